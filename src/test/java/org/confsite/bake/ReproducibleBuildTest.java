package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TimeZone;
import org.confsite.support.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, same bytes, whatever the machine's time zone; times always in the conference's zone. */
class ReproducibleBuildTest {
    @TempDir
    Path tmp;
    private final TimeZone original = TimeZone.getDefault();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(original);
    }

    @Test
    void outputIsByteIdenticalUnderUtcAndTaipeiAndNewYork() throws IOException {
        Map<String, String> utc = bakeUnder("UTC");
        Map<String, String> taipei = bakeUnder("Asia/Taipei");
        Map<String, String> newYork = bakeUnder("America/New_York");
        assertTrue(utc.size() > 20, "files: " + utc.size());
        assertEquals(utc, taipei);
        assertEquals(utc, newYork);
    }

    @Test
    void timesAreShownInTheConferenceZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        Path site = TestSites.copyFixture(tmp.resolve("la"));
        TestSites.bake(site, TestSites.NOW);
        Document post = TestSites.html(site.resolve("out"), "news/second.html");
        // "date: 2030-01-20 18:30" with no zone means 18:30 in Taipei.
        assertEquals("Sunday 20 January 2030", post.selectFirst(".post-meta time").text());
        Document session = TestSites.html(site.resolve("out"), "sessions/opening.html");
        assertEquals("2030-03-04T09:00:00+08:00", session.selectFirst(".facts time[datetime*=T]").attr("datetime"));
    }

    private Map<String, String> bakeUnder(String zone) throws IOException {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        Path site = TestSites.copyFixture(tmp.resolve(zone.replace('/', '-')));
        TestSites.bake(site, TestSites.NOW);
        return TestSites.files(site.resolve("out"), false);
    }
}
