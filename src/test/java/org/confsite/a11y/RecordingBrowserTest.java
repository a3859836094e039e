package org.confsite.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.confsite.programme.VideoEmbed;
import org.confsite.support.Browser;
import org.confsite.support.SharedSites;
import org.confsite.support.StaticServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A session's recording in a real browser, on the dg.o site with the illustrative programme:
 * nothing is requested from another host and no frame exists until the visitor presses the
 * button (with the keyboard, or a click); then the button gives way to the privacy-enhanced
 * player, with a title, on the host the page's policy allows. Without scripts, the link is there.
 * The network is not reachable here: only the page is checked, not that the video plays.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedSites.class)
class RecordingBrowserTest {
    private static final String PAGE = "sessions/research-papers.html";
    private static final String PLAYER = VideoEmbed.of("https://www.youtube.com/watch?v=sample-vid1&t=95").orElseThrow()
            .embedUrl();

    static StaticServer server;
    static Browser browser;

    @BeforeAll
    static void serveTheIllustrativeProgramme(SharedSites.Sites sites) {
        Path out = sites.illustrative();
        server = sites.server(out);
        browser = sites.browser();
    }

    private Object js(String script) {
        return browser.driver().executeScript(script);
    }

    /** The button, once video.js has shown it (on a busy machine, a moment after the load). */
    private WebElement shownButton() {
        return browser.waiting(Duration.ofSeconds(30)).until(d -> {
            WebElement b = d.findElement(By.cssSelector(".video-preview button.video-load"));
            return b.isDisplayed() ? b : null;
        });
    }

    private WebElement frame() {
        return browser.waiting(Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector(".video-preview iframe")).stream().findFirst().orElse(null));
    }

    /** Every resource the page has requested, by address, that is not of the site's own origin. */
    @SuppressWarnings("unchecked")
    private List<String> requestedElsewhere() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                + ".filter(function (n) { return n.indexOf(location.origin + '/') !== 0; });");
    }

    @Test
    void nothingLoadsFromTheHostBeforeTheKeyboardAsksThenThePlayerComesWithATitle() {
        browser.open(server.url(PAGE));
        WebElement button = shownButton();
        String title = browser.driver().findElement(By.tagName("h1")).getText();
        assertEquals("Play “" + title + "” here (loads content from YouTube)", button.getText());
        // Loaded, scripts run: no frame, and every request went to the site itself.
        assertEquals(0L, js("return document.querySelectorAll('iframe').length;"));
        assertEquals(List.of(), requestedElsewhere());
        assertTrue((Long) js("return performance.getEntriesByType('resource').length;") >= 3, "the page's own files are counted");

        // The keyboard reaches the button and presses it.
        js("document.querySelector('button.video-load').focus();");
        assertEquals("video-load", js("return document.activeElement.className;"));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

        WebElement frame = frame();
        assertEquals(PLAYER, frame.getAttribute("src"));
        assertTrue(PLAYER.startsWith("https://www.youtube-nocookie.com/embed/sample-vid1?"), PLAYER);
        assertEquals(title + " (video player from YouTube)", frame.getAttribute("title"));
        assertEquals(0, browser.driver().findElements(By.cssSelector("button.video-load")).size(), "the button gave way");
        assertEquals("IFRAME", js("return document.activeElement.tagName;"), "focus moved to the player");
        // The player's origin is the one the page's policy allows in frames.
        String policy = String.valueOf(js("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content;"));
        assertTrue(policy.endsWith("; frame-src https://www.youtube-nocookie.com"), policy);
        // The plain link is still beside it.
        assertEquals("https://www.youtube.com/watch?v=sample-vid1&t=95",
                browser.driver().findElement(By.cssSelector(".video-preview a.video-link")).getAttribute("href"));
    }

    @Test
    void aClickOnTheChinesePageLoadsThePlayerThere() {
        browser.open(server.url("zh-tw/" + PAGE));
        WebElement button = shownButton();
        assertTrue(button.getText().startsWith("在此播放「") && button.getText().endsWith("」（將載入 YouTube 的內容）"),
                button.getText());
        assertEquals(List.of(), requestedElsewhere());
        assertEquals(0L, js("return document.querySelectorAll('iframe').length;"));
        button.click();
        WebElement frame = frame();
        assertEquals(PLAYER, frame.getAttribute("src"));
        assertTrue(frame.getAttribute("title").endsWith("（YouTube 影片播放器）"), frame.getAttribute("title"));
    }

    @Test
    void withoutScriptsTheButtonStaysHiddenAndTheLinkLeadsToTheVideo() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open(server.url(PAGE));
            assertFalse(browser.driver().findElement(By.cssSelector("button.video-load")).isDisplayed());
            WebElement link = browser.driver().findElement(By.cssSelector(".video-preview a.video-link"));
            assertTrue(link.isDisplayed());
            assertEquals("https://www.youtube.com/watch?v=sample-vid1&t=95", link.getAttribute("href"));
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
