package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts and future-dated posts are published nowhere: not as pages, in lists, the feed or the sitemap. */
class PublicationTest {
    @TempDir
    Path tmp;

    @Test
    void draftsAndFuturePostsAppearNowhere() {
        Path site = TestSites.copyFixture(tmp);
        Bakery.Report report = TestSites.bake(site, TestSites.NOW);
        Path out = site.resolve("out");
        assertEquals(1, report.drafts());
        assertEquals(1, report.scheduled());
        for (String name : List.of("draft", "future")) {
            assertFalse(Files.exists(out.resolve("news/" + name + ".html")), name + " page");
            assertFalse(Files.exists(out.resolve("news/" + name + "-draft.html")), name + " as JBake's -draft page");
            assertFalse(TestSites.text(out.resolve("feed.xml")).contains("news/" + name), name + " in feed");
            assertFalse(TestSites.text(out.resolve("sitemap.xml")).contains("news/" + name), name + " in sitemap");
            assertFalse(TestSites.text(out.resolve("news/index.html")).contains(name + ".html"), name + " in news index");
            assertFalse(TestSites.text(out.resolve("index.html")).contains(name + ".html"), name + " on home");
        }
    }

    @Test
    void aFuturePostAppearsOnceItsDateHasPassedInTheConferenceZone() {
        Path site = TestSites.copyFixture(tmp);
        Path out = site.resolve("out");
        // future.md is dated 2030-02-01: midnight in Taipei is 2030-01-31T16:00Z.
        TestSites.bake(site, Instant.parse("2030-01-31T15:59:59Z"));
        assertFalse(Files.exists(out.resolve("news/future.html")));
        TestSites.bake(site, Instant.parse("2030-01-31T16:00:00Z"));
        assertTrue(Files.exists(out.resolve("news/future.html")));
        assertTrue(TestSites.text(out.resolve("feed.xml")).contains("news/future.html"));
        assertTrue(TestSites.text(out.resolve("sitemap.xml")).contains("news/future.html"));
    }

    @Test
    void sourceDateEpochSetsTheBuildClock() {
        assertEquals(Instant.parse("2024-06-11T00:00:00Z"), BuildClock.fromEnvironment("1718064000", Instant.EPOCH));
        assertEquals(Instant.EPOCH, BuildClock.fromEnvironment(null, Instant.EPOCH));
        assertEquals(Instant.EPOCH, BuildClock.fromEnvironment(" ", Instant.EPOCH));
    }

    @Test
    void aDeletedOrUnpublishedPostDisappearsFromEveryListingOnTheNextBuild() throws java.io.IOException {
        Path site = TestSites.copyFixture(tmp.resolve("gone"));
        Path out = site.resolve("out");
        TestSites.bake(site, TestSites.NOW);
        TestSites.bake(site, TestSites.NOW); // the next build writes over a site that holds the posts
        for (String listing : List.of("index.html", "news/index.html", "feed.xml", "sitemap.xml")) {
            assertTrue(TestSites.text(out.resolve(listing)).contains("news/first.html"), listing);
            assertTrue(TestSites.text(out.resolve(listing)).contains("news/second.html"), listing);
        }
        // (about.md links to the first post: a link to a draft is allowed, one to a deleted page is not.)
        Files.delete(site.resolve("content/news/second.md"));
        Path first = site.resolve("content/news/first.md");
        TestSites.write(first, TestSites.text(first).replace("status: published", "status: draft"));
        TestSites.bake(site, TestSites.NOW);
        assertFalse(Files.exists(out.resolve("news/first.html")));
        assertFalse(Files.exists(out.resolve("news/second.html")));
        for (String listing : List.of("index.html", "news/index.html", "feed.xml", "sitemap.xml")) {
            String text = TestSites.text(out.resolve(listing));
            assertFalse(text.contains("news/second.html"), listing);
            assertFalse(text.contains("news/first.html") || text.contains("First news"), listing);
        }
    }
}
