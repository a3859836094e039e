package org.confsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.confsite.config.SiteConfig;
import org.confsite.support.Browser;
import org.confsite.support.SharedSites;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.FluentWait;

/** The preview against a running server: drafts marked, rebuild on save, reload, errors in the browser. */
@ExtendWith(SharedSites.class)
class PreviewServerTest {
    @TempDir
    Path tmp;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int port;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Starts the preview of {@code site} on a free port, on a thread of its own; it serves until interrupted. */
    private Thread start(Path site, PrintStream console) throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        SiteConfig config = TestSites.config(site).withOutput(site.resolve("out-preview"));
        Thread server = new Thread(() -> new PreviewServer(config, port, console, console).run(), "preview");
        server.setDaemon(true);
        server.start();
        return server;
    }

    /** The build number the server reports. */
    private long build() {
        try {
            return Long.parseLong(get(PreviewServer.BUILD_PATH).body().trim());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Waits until the server reports a build number above {@code after} (asking again every 50 ms,
     * for at most 60 s: a busy machine builds slowly); returns it.
     */
    private long buildAfter(long after) {
        return new FluentWait<>(this).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(50))
                // The server starts after the first build.
                .ignoring(java.io.UncheckedIOException.class)
                .withMessage(() -> "no rebuild after build " + after + " in 60 s")
                .until(t -> {
                    long n = t.build();
                    return n > after ? n : null;
                });
    }

    @Test
    void previewShowsDraftsRebuildsOnSaveAndShowsErrorsInTheBrowser() throws Exception {
        Path site = TestSites.copyFixture(tmp);
        // The fixture's posts are dated 2030; the preview runs on today's clock.
        Path post = site.resolve("content/news/now.md");
        TestSites.write(post, "---\ntitle: A post of today\ndate: 2024-06-01\n---\nThe first text.\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Thread server = start(site, new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            long build = buildAfter(0);

            HttpResponse<String> home = get("/index.html");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("<script src=\"" + PreviewServer.RELOAD_SCRIPT + "\" defer></script></body>"));
            assertTrue(get(PreviewServer.RELOAD_SCRIPT).body().contains("location.reload()"));

            HttpResponse<String> draft = get("/news/draft.html");
            assertEquals(200, draft.statusCode(), "the preview shows drafts");
            assertTrue(draft.body().contains("class=\"draft-banner\""), draft.body());
            HttpResponse<String> published = get("/news/now.html");
            assertEquals(200, published.statusCode());
            assertFalse(published.body().contains("draft-banner"), "a published post has no banner");
            assertFalse(Files.exists(site.resolve("out")), "the preview never writes the site's own output");

            TestSites.write(post, TestSites.text(post) + "\nA sentence added while previewing.\n");
            build = buildAfter(build);
            String edited = get("/news/now.html").body();
            assertTrue(edited.contains("A sentence added while previewing."), log.toString(StandardCharsets.UTF_8) + edited);

            TestSites.write(site.resolve("content/news/broken.md"), "---\ntitle: [\ndate: 2029-01-01\n---\n");
            build = buildAfter(build);
            HttpResponse<String> broken = get("/about.html");
            assertEquals(500, broken.statusCode());
            assertTrue(broken.body().contains("The site does not build"), broken.body());
            assertTrue(broken.body().contains("content/news/broken.md:4:1: YAML syntax"), broken.body());
            assertTrue(broken.body().contains(PreviewServer.RELOAD_SCRIPT), "the error page reloads by itself too");

            Files.delete(site.resolve("content/news/broken.md"));
            build = buildAfter(build);
            HttpResponse<String> fixed = get("/about.html");
            assertEquals(200, fixed.statusCode());
            assertFalse(fixed.body().contains("The site does not build"));

            // A folder made while previewing is watched too: a later save in it rebuilds.
            Path page = site.resolve("content/travel/getting-there.md");
            Files.createDirectories(page.getParent());
            build = buildAfter(build);
            TestSites.write(page, "---\ntitle: Getting there\n---\nBy metro.\n");
            build = buildAfter(build);
            assertTrue(get("/travel/getting-there.html").body().contains("By metro."));
            TestSites.write(page, "---\ntitle: Getting there\n---\nBy metro or bus.\n");
            buildAfter(build);
            assertTrue(get("/travel/getting-there.html").body().contains("By metro or bus."));
        } finally {
            server.interrupt();
        }
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("Build failed; still serving the last good site."));
    }

    @Test
    void anOpenPageInABrowserReloadsItselfAfterASave(SharedSites.Sites sites) throws Exception {
        Path site = TestSites.copyFixture(tmp);
        Path post = site.resolve("content/news/now.md");
        TestSites.write(post, "---\ntitle: A post of today\ndate: 2024-06-01\n---\nBefore the edit.\n");
        Thread server = start(site, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Browser browser = sites.browser();
        try {
            long build = buildAfter(0);
            var driver = browser.driver();
            browser.open("http://localhost:" + port + "/news/now.html");
            assertTrue(driver.getPageSource().contains("Before the edit."));
            // A mark on the page itself: gone once the page has reloaded.
            driver.executeScript("window.notReloaded = true;");
            TestSites.write(post, TestSites.text(post).replace("Before the edit.", "After the edit."));
            buildAfter(build);
            browser.waiting(Duration.ofSeconds(60)).withMessage("the page reloaded by itself within 60 s")
                    .until(d -> d.getPageSource().contains("After the edit."));
            assertEquals(null, driver.executeScript("return window.notReloaded === undefined ? null : true;"));
        } finally {
            server.interrupt();
            browser.forget("http://localhost:" + port);
        }
    }

    @Test
    void problemsAreEscapedOnTheErrorPage() {
        String page = PreviewServer.errorPage(java.util.List.of("content/a.md:1:1: <script>alert(1)</script> & more"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), page);
        assertFalse(page.contains("<script>alert"));
    }
}
