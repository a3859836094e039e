package org.confsite.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, driven
 * by Selenium. Nothing is downloaded: when the browser or its driver is missing, the test fails
 * and says what to install; it never passes by skipping.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private static final Duration POLL = Duration.ofMillis(20);

    private final ChromeDriver driver;

    public Browser() {
        this(CHROMIUM, DRIVER);
    }

    /** A browser from the given executables; fails, saying what to install, when one is missing. */
    public Browser(Path chromium, Path chromedriver) {
        for (Path needed : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(needed)) {
                throw new AssertionError(needed + " is missing: the browser tests need Chromium and ChromeDriver. "
                        + "Install them with: apt-get install -y chromium chromium-driver "
                        + "(or set CHROMIUM and CHROMEDRIVER to where they are)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=1280,900", "--force-device-scale-factor=1", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a page and waits until it has loaded, stylesheets and deferred scripts included.
     * ChromeDriver's own wait sometimes ends at "interactive" while a site's service worker is
     * being installed (its first visit): a page measured then has no styles yet.
     */
    public void open(String url) {
        driver.get(url);
        waiting(Duration.ofSeconds(30)).withMessage(() -> url + " did not finish loading in 30 s")
                .until(d -> "complete".equals(driver.executeScript("return document.readyState;")));
    }

    /**
     * A wait of at most {@code timeout} that asks again every 20 ms: Selenium's default of 500 ms
     * would add up to half a second to each wait that is not over at the first look.
     */
    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    /** What {@code script}, run in the page, returns: a list of strings (one round trip for a list of elements). */
    @SuppressWarnings("unchecked")
    public List<String> strings(String script, Object... args) {
        return List.copyOf((List<String>) driver.executeScript(script, args));
    }

    /** Forgets all that the site of {@code origin} stored: local storage, service workers, caches. */
    public void forget(String origin) {
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
    }

    /** The viewport's width in CSS pixels, and light or dark colours (prefers-color-scheme). */
    public void emulate(int width, boolean dark) {
        driver.manage().window().setSize(new Dimension(width, 900));
        scheme(dark);
    }

    /** Light or dark colours (prefers-color-scheme), applied to the page open now without loading it again. */
    public void scheme(boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
