package org.confsite.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confsite.export.OfflineCache;
import org.confsite.support.Browser;
import org.confsite.support.SharedSites;
import org.confsite.support.StaticServer;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * After a first visit, the programme opens without network; a new build replaces what was kept.
 * On a copy of the shared shipped site (the test writes a new build over it) with a server of its
 * own; the shared browser forgets that site at the end.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedSites.class)
class OfflineBrowserTest {
    @TempDir
    Path tmp;

    /** The cache the service worker filled, once it holds at least {@code files} paths: the paths it holds. */
    @SuppressWarnings("unchecked")
    private static List<String> cached(Browser browser, String cacheName, int files) {
        return (List<String>) browser.waiting(Duration.ofSeconds(20)).until(d -> {
            Object keys = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "caches.has('" + cacheName + "').then(function (has) {"
                    + "  if (!has) { done(null); return; }"
                    + "  caches.open('" + cacheName + "').then(function (c) { return c.keys(); })"
                    + "    .then(function (r) { done(r.map(function (q) { return new URL(q.url).pathname; })); });"
                    + "});");
            return keys instanceof List<?> list && list.size() >= files ? list : null;
        });
    }

    /** The files the site's service worker keeps. */
    private static List<String> workerFiles(Path out) throws java.io.IOException {
        Matcher files = Pattern.compile("var FILES = (\\[.*?\\]);").matcher(TestSites.text(out.resolve(OfflineCache.WORKER)));
        assertTrue(files.find());
        return List.of(new ObjectMapper().readValue(files.group(1), String[].class));
    }

    private static String cacheName(Path out) {
        Matcher m = Pattern.compile("var CACHE = '([^']+)'").matcher(TestSites.text(out.resolve(OfflineCache.WORKER)));
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void afterAFirstVisitTheProgrammeOpensWithoutNetworkAndANewBuildReplacesTheCache(SharedSites.Sites sites) throws Exception {
        Path out = tmp.resolve("site");
        TestSites.copyTree(sites.shipped(), out);
        String first = cacheName(out);
        Browser browser = sites.browser();
        StaticServer server = new StaticServer(out);
        try {
            try {
                browser.open(server.url("index.html"));
                List<String> list = workerFiles(out);
                assertTrue(list.size() > 30, list.toString());
                List<String> kept = cached(browser, first, list.size());
                for (String page : List.of("/programme.html", "/sessions/taipei-night.html", "/speakers/chiang-wan-an.html",
                        "/zh-tw/programme.html", "/zh-tw/sessions/taipei-night.html", "/css/site.css", "/js/vendor/fuse.min.js")) {
                    assertTrue(kept.contains(page), page + " in " + kept);
                }

                // A new build: the worker's cache name changes, and the new files replace the old.
                Path programme = out.resolve("programme.html");
                TestSites.write(programme, TestSites.text(programme).replace("</main>", "<p id=\"rebuilt\">Rebuilt</p></main>"));
                Files.write(out.resolve(OfflineCache.WORKER), OfflineCache.worker(out, list));
                String second = cacheName(out);
                assertNotEquals(first, second);
                browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.getRegistration().then(function (r) { return r.update(); })"
                        + ".then(function () { done(true); }, function () { done(false); });");
                cached(browser, second, list.size());
                browser.waiting(Duration.ofSeconds(20)).until(d -> Boolean.FALSE.equals(
                        browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                                + "caches.has('" + first + "').then(done);")));
            } finally {
                server.close();
            }
            // No network: the server is gone.
            browser.open(server.url("programme.html"));
            assertTrue(browser.driver().getTitle().startsWith("Programme"), browser.driver().getTitle());
            assertEquals("Rebuilt", browser.driver().findElement(By.id("rebuilt")).getText(), "the new build's page");
            browser.open(server.url("sessions/taipei-night.html"));
            assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("Taipei Night banquet"));
            browser.open(server.url("zh-tw/sessions/taipei-night.html"));
            assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("晚宴"));
            // The agenda works offline too: its script and data were kept.
            browser.open(server.url("agenda.html#s=taipei-night"));
            assertTrue(browser.driver().findElement(By.id("agenda")).isDisplayed());
        } finally {
            browser.forget(server.origin());
        }
    }
}
