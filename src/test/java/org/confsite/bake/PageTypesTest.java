package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.confsite.support.LinkChecker;
import org.confsite.support.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One smoke test per page type, on the fixture site baked once with the real templates. */
class PageTypesTest {
    @TempDir
    static Path tmp;
    static Path out;
    static Bakery.Report report;

    @BeforeAll
    static void bakeFixture() {
        Path site = TestSites.copyFixture(tmp);
        report = TestSites.bake(site, TestSites.NOW);
        out = site.resolve("out");
    }

    /** Title, single h1, shared layout (skip link first, landmarks, menu), and no broken links. */
    private static Document page(String path, String h1) {
        Document doc = TestSites.html(out, path);
        assertAll(path,
                () -> assertEquals(1, doc.select("h1").size(), "one h1"),
                () -> assertEquals(h1, doc.selectFirst("h1").text()),
                () -> assertEquals("en", doc.selectFirst("html").attr("lang")),
                () -> assertTrue(doc.title().contains("Fixture Conf 2030"), doc.title()),
                () -> assertEquals("Jump to the content zone at the center", doc.selectFirst("body a").text()),
                () -> assertNotNull(doc.selectFirst("header a[accesskey=U]")),
                () -> assertNotNull(doc.selectFirst("main#main_content a[accesskey=C]")),
                () -> assertNotNull(doc.selectFirst("footer a[accesskey=Z]")),
                () -> assertEquals(5, doc.select("nav.menu li").size()));
        return doc;
    }

    @Test
    void homeShowsConferenceFactsBodyAndLatestNews() {
        Document doc = page("index.html", "Fixture Conf 2030");
        assertTrue(doc.select(".facts").text().contains("Monday 4 March 2030"), doc.select(".facts").text());
        assertTrue(doc.select(".facts").text().contains("Fixture Hall, Taipei, Taiwan"));
        assertEquals("Highlights", doc.selectFirst(".prose h2").text());
        List<String> latest = doc.select(".news-list li > a").eachText();
        assertEquals(List.of("Second news: with a colon", "First news"), latest, "on_home: 2, newest first");
        assertEquals("https://fixture.example.org/conf/", doc.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void markdownPageRendersTablesFootnotesAndHeadingLinks() {
        Document doc = page("about.html", "About the fixture");
        assertNotNull(doc.selectFirst(".prose table.table th"), "table");
        assertNotNull(doc.selectFirst(".prose .footnotes"), "footnotes");
        assertEquals("figures", doc.selectFirst(".prose h2").id(), "headings get ids to link to");
        assertEquals("news/first.html", doc.selectFirst(".prose a:contains(link to news)").attr("href"),
                "root-relative .md link made relative .html");
        assertEquals("page", doc.selectFirst("nav.menu a[href=about.html]").attr("aria-current"),
                "the page is in the menu and marked current");
    }

    @Test
    void programmeListsDaysInTimeOrderWithKindRoomAndSampleMarks() {
        Document doc = page("programme.html", "Programme");
        List<Element> days = doc.select("section.day");
        assertEquals(2, days.size());
        assertEquals("day_2030-03-04", days.get(0).id());
        List<String> titles = days.get(0).select("tbody th.title > a").eachText();
        assertEquals("Opening keynote", titles.get(0));
        assertEquals("09:00–10:00", days.get(0).selectFirst("tbody td.time").text());
        assertEquals("Keynote", days.get(0).selectFirst("tbody td.kind").text());
        assertEquals("Main Hall", days.get(0).selectFirst("tbody td.room").text());
        assertEquals("time to be announced", days.get(1).selectFirst("tbody td.time").text());
        assertEquals(2, doc.select("tbody .badge-sample").size(), "the sample session and the one in a placeholder room");
        assertNotNull(doc.selectFirst(".sample-note"), "the page explains illustrative entries");
        assertTrue(doc.selectFirst(".zone-note").text().contains("Asia/Taipei, UTC+08:00"));
    }

    @Test
    void sessionPageShowsTimeRoomSpeakersAndEscapedAbstract() {
        Document doc = page("sessions/opening.html", "Opening keynote");
        assertTrue(doc.select(".facts").text().contains("Monday 4 March 2030, 09:00–10:00"), doc.select(".facts").text());
        assertEquals("2030-03-04T09:00:00+08:00", doc.selectFirst(".facts time[datetime*=T]").attr("datetime"));
        assertEquals("../speakers/ada.html", doc.selectFirst(".facts a:contains(Ada Example)").attr("href"));
        assertEquals("opening", doc.selectFirst(".prose strong").text());
        assertEquals("../programme.html", doc.selectFirst(".prose a").attr("href"));
    }

    @Test
    void hostileTextFromYamlIsShownAsTextNeverAsMarkup() {
        Document doc = page("sessions/hostile.html", "<script>alert('x')</script> & \"quoted\" panel");
        assertTrue(doc.select("script").isEmpty(), "no script element");
        assertTrue(doc.select("img").isEmpty(), "no img element from the abstract");
        assertTrue(doc.selectFirst(".prose").text().contains("<img src=x onerror=alert(1)> text"));
        assertNotNull(doc.selectFirst(".sample-note"));
        Document programme = TestSites.html(out, "programme.html");
        assertTrue(programme.select("script").isEmpty());
    }

    @Test
    void speakersIndexAndSpeakerPage() {
        Document index = page("speakers.html", "Speakers");
        assertEquals(List.of("Ada Example", "Bob Sample"), index.select(".speaker-list li > a").eachText());
        Document ada = page("speakers/ada.html", "Ada Example");
        assertEquals(List.of("Opening keynote", "<script>alert('x')</script> & \"quoted\" panel"),
                ada.select(".session-list a").eachText(), "every session of the speaker, in time order");
        assertTrue(ada.select("b").isEmpty(), "HTML in a bio is escaped");
        Document bob = page("speakers/bob.html", "Bob Sample");
        assertNotNull(bob.selectFirst(".sample-note"));
    }

    @Test
    void newsIndexAndPostWithSources() {
        Document index = page("news/index.html", "News");
        assertEquals(List.of("Second news: with a colon", "First news", "Legacy header news"),
                index.select(".news-list li > a").eachText());
        Document post = page("news/first.html", "First news");
        assertEquals("2030-01-10", post.selectFirst(".post-meta time").attr("datetime"));
        assertEquals("A source", post.selectFirst(".sources cite").text());
        assertEquals("../index.html", post.selectFirst("a.brand").attr("href"));
    }

    @Test
    void jbakeHeaderFormatStillWorks() {
        Document doc = page("news/legacy.html", "Legacy header news");
        assertTrue(doc.selectFirst(".prose").text().contains("Written with JBake's own header."));
    }

    @Test
    void notFoundPageLinksFromTheSiteRoot() {
        Document doc = page("404.html", "Page not found");
        assertEquals("/conf/css/site.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("/conf/index.html", doc.selectFirst(".prose a").attr("href"));
        assertNull(doc.selectFirst("link[rel=canonical]"), "a page shown at any address has no canonical URL");
    }

    @Test
    void nonAsciiFileNamesGetAsciiUrls() {
        assertTrue(Files.isRegularFile(out.resolve("chinese-page.html")), "slug from front matter");
        assertTrue(Files.isRegularFile(out.resolve("cafe.html")), "accents folded");
        try (var files = Files.list(out)) {
            assertTrue(files.allMatch(p -> p.getFileName().toString().matches("[\\x21-\\x7e]+")),
                    "every output name is printable ASCII");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void atomFeedHasAbsoluteLinksAndOnlyPublishedPosts() {
        String feed = TestSites.text(out.resolve("feed.xml"));
        assertTrue(feed.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), "XML declaration first");
        Document xml = org.jsoup.Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(List.of("https://fixture.example.org/conf/news/second.html",
                "https://fixture.example.org/conf/news/first.html", "https://fixture.example.org/conf/news/legacy.html"),
                xml.select("entry > id").eachText());
        assertEquals("2030-01-20T18:30:00+08:00", xml.selectFirst("feed > updated").text());
    }

    @Test
    void everyInternalLinkResolves() {
        LinkChecker links = new LinkChecker(out, "/conf/");
        assertEquals(List.of(), links.broken());
        assertTrue(links.count() > 100, "checked " + links.count() + " links");
        assertEquals(18, report.pages(), "HTML pages written");
    }
}
