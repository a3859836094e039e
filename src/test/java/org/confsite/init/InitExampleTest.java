package org.confsite.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.confsite.support.CommandLine;
import org.confsite.support.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init DIR --example}: a fictional conference with a three-day programme that builds. */
class InitExampleTest {
    @TempDir
    static Path tmp;
    static Path site;
    static CommandLine build;

    @BeforeAll
    static void initAndBuildTheExample() {
        site = tmp.resolve("example");
        CommandLine init = CommandLine.run("init", site.toString(), "--example");
        assertEquals(0, init.code(), init.toString());
        build = CommandLine.run("build", "--source", site.toString());
    }

    @Test
    void theExampleBuildsWithItsWholeProgramme() throws IOException {
        assertEquals(0, build.code(), build.toString());
        assertTrue(build.out().contains("  data      32 sessions, 12 people, 8 papers, 4 rooms"), build.out());
        Path out = site.resolve("target/site");
        try (Stream<Path> sessions = Files.list(out.resolve("sessions"))) {
            assertEquals(32, sessions.filter(p -> p.toString().endsWith(".html")).count());
        }
        Document programme = TestSites.html(out, "programme.html");
        assertEquals(3, programme.select("main h2[id^=day_]").size(), programme.select("main h2").eachText().toString());
        assertEquals(4, TestSites.text(out.resolve("css/tracks.css")).split("\\.track-", -1).length - 1);
    }

    @Test
    void theExampleShowsTypedLinksAndARecordingOnRequest() {
        Path out = site.resolve("target/site");
        Document keynote = TestSites.html(out, "sessions/keynote-open-by-default.html");
        assertEquals("youtube", keynote.selectFirst(".video-preview").attr("data-provider"));
        assertEquals("Play “Recording of the keynote (fictional)” here (loads content from YouTube)",
                keynote.selectFirst(".video-preview button").text());
        assertTrue(keynote.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                .endsWith("; frame-src https://www.youtube-nocookie.com"));
        assertEquals("Slides: Slides (PDF, fictional)", keynote.selectFirst("li.link-slides").text());
        Document tutorial = TestSites.html(out, "sessions/tutorial-linked-data.html");
        assertEquals("vimeo", tutorial.selectFirst(".video-preview").attr("data-provider"));
        assertEquals("Code: See the source code", tutorial.selectFirst("li.link-code").text());
        Document paper = TestSites.html(out, "papers/open-budgets-small-towns.html");
        assertEquals("https://doi.org/10.5555/example.0001", paper.selectFirst("li.link-doi a").attr("href"));
    }

    @Test
    void theExampleHasItsImportantDatesCountedBackFromItsFirstDay() throws Exception {
        assertEquals(0, build.code(), build.toString());
        Path out = site.resolve("target/site");
        Document dates = TestSites.html(out, "dates.html");
        // Which are past depends on the day the test runs (the build's clock); the dates do not.
        assertEquals(List.of("call-for-papers", "camera-ready", "conference", "notification", "registration",
                "submission-deadline"), dates.select(".date-list li").eachAttr("id").stream().sorted().toList());
        assertEquals(List.of("2030-03-21", "2030-05-20", "2030-07-19", "2030-07-19", "2030-08-08", "2030-09-10",
                "2030-09-17", "2030-09-19"), dates.select(".date-list time").eachAttr("datetime").stream().sorted().toList());
        try (var reader = Files.newBufferedReader(out.resolve("dates.ics"))) {
            var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(reader);
            assertEquals(6, calendar.getComponents("VEVENT").size());
        }
    }

    @Test
    void everyoneAndEverythingInTheExampleIsMarkedFictional() {
        String people = TestSites.text(site.resolve("data/speakers.yaml"));
        assertEquals(12, people.split("\n    sample: true", -1).length - 1);
        assertEquals(12, people.split("\\(fictional\\)\"\n", -1).length - 1, "each affiliation says it is fictional");
        String conference = TestSites.text(site.resolve("data/conference.yaml"));
        assertTrue(conference.contains("full_name: \"Example Conference on Civic Technology (fictional)\""), conference);
        String sessions = TestSites.text(site.resolve("data/sessions.yaml"));
        assertEquals(32, sessions.split("\n    sample: true", -1).length - 1);
        assertTrue(sessions.startsWith("# The conference programme: one entry per session"), "the field documentation first");
    }
}
