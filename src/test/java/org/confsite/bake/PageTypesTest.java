package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertEquals("Fixture Hall 1 Test Road 10617 Taipei, Taiwan Open the location in a map application",
                doc.selectFirst("address.venue-address").text());
        assertEquals("geo:25.0173,121.5397", doc.selectFirst("address a[href^=geo:]").attr("href"));
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
    void timetableGridHasRoomsAsColumnsAndParallelSessionsSideBySide() {
        Document doc = page("programme.html", "Programme");
        List<Element> days = doc.select("section.day");
        assertEquals(2, days.size());
        assertEquals("day_2030-03-04", days.get(0).id());
        assertEquals("Tuesday 5 March 2030", days.get(1).selectFirst("h2").text());
        Element grid = days.get(0).selectFirst("table.timetable-grid");
        assertEquals(List.of("Time", "Main Hall", "Side Room Illustrative"), grid.select("thead th[scope=col]").eachText());
        List<Element> rows = grid.select("tbody > tr");
        assertEquals(List.of("09:00", "10:00", "10:30", "11:30", "12:00"), rows.stream()
                .map(r -> r.selectFirst("th[scope=row]").text()).toList(), "a row per time boundary, the 10:00 gap included");
        assertEquals(List.of("Opening keynote"), rows.get(0).select("td.session-cell a.title").eachText());
        assertEquals(1, rows.get(0).select("td.empty").size(), "nothing in the side room at 09:00");
        assertEquals(2, rows.get(1).select("td.empty").size(), "nothing anywhere from 10:00 to 10:30");
        List<Element> parallel = rows.get(2).select("td.session-cell");
        assertEquals(List.of("Papers A", "<script>alert('x')</script> & \"quoted\" panel"),
                parallel.stream().map(td -> td.selectFirst("a.title").text()).toList(), "parallel sessions side by side");
        assertEquals("2", parallel.get(0).attr("rowspan"), "Papers A spans its 90 minutes: two rows");
        assertEquals("", parallel.get(1).attr("rowspan"), "the panel ends at 11:30: one row");
        assertEquals("10:30–12:00", parallel.get(0).selectFirst(".when").text(), "each cell says its own time");
        assertEquals("Core track", parallel.get(0).selectFirst(".track-name").text(), "the track named, not only coloured");
        assertEquals(List.of("td"), rows.get(3).select("> td").stream().map(Element::tagName).toList(),
                "at 11:30 the hall's cell is spanned from above; only the side room's empty cell is written");
        Element coffee = rows.get(4).selectFirst("td.session-cell");
        assertEquals("2", coffee.attr("colspan"), "a break without a room, alone in its time, spans every room");
        assertEquals("Coffee", coffee.selectFirst("a.title").text());
        assertEquals("track-core", parallel.get(0).classNames().stream().filter(c -> c.startsWith("track-")).findFirst()
                .orElseThrow(), "the track's colour comes from a class, not an inline style");
        assertTrue(doc.select("[style]").isEmpty(), "no inline styles");
        assertNotNull(doc.selectFirst(".sample-note"), "the page explains illustrative entries");
        assertTrue(doc.selectFirst(".zone-note").text().contains("Asia/Taipei, UTC+08:00"));
    }

    @Test
    void timetableListGroupsSessionsByTimeSlotForPhones() {
        Document doc = page("programme.html", "Programme");
        Element day1 = doc.selectFirst("#day_2030-03-04 .timetable-list");
        assertTrue(day1.hasClass("has-grid"), "hidden on wide screens, where the grid is shown");
        List<Element> slots = day1.select("li.slot");
        assertEquals(List.of("09:00", "10:30", "12:00"), slots.stream().map(s -> s.selectFirst("h3").text()).toList());
        assertEquals(List.of("Papers A", "<script>alert('x')</script> & \"quoted\" panel"),
                slots.get(1).select("h4 a").eachText(), "parallel sessions in one slot, in room order");
        assertEquals("10:30–12:00 Papers A Illustrative", slots.get(1).selectFirst("h4").text(),
                "the heading announces time and title, and the mark of a sample paper in it");
        assertEquals("Paper session · Main Hall · Core track", slots.get(1).selectFirst(".meta").text());
        Element day2 = doc.selectFirst("#day_2030-03-05");
        assertNull(day2.selectFirst("table"), "no grid for a day without timed sessions");
        assertFalse(day2.selectFirst(".timetable-list").hasClass("has-grid"), "the list is shown at every width");
        assertEquals("Time to be announced", day2.selectFirst("li.slot h3").text());
        assertEquals("Conference dinner", day2.selectFirst("li.slot h4 a").text());
    }

    @Test
    void filterPagesShowOneKindOrTrackWithoutScript() {
        Document programme = page("programme.html", "Programme");
        assertEquals(List.of("Whole programme", "Keynote", "Paper session", "Panel", "Social event", "Break"),
                programme.select("nav.filters ul").get(0).select("a").eachText(), "only kinds in use");
        assertEquals("programme/track/core.html", programme.selectFirst("nav.filters a:contains(Core track)").attr("href"));
        Document keynotes = page("programme/kind/keynote.html", "Programme: Keynote");
        assertEquals(List.of("Opening keynote"), keynotes.select("h4 a").eachText());
        assertEquals("../../sessions/opening.html", keynotes.selectFirst("h4 a").attr("href"));
        assertEquals("page", keynotes.selectFirst("nav.filters a:contains(Keynote)").attr("aria-current"));
        assertNull(keynotes.selectFirst(".sample-note"), "nothing illustrative among the keynotes");
        assertNotNull(page("programme/kind/panel.html", "Programme: Panel").selectFirst(".sample-note"),
                "the illustrative panel's badge is explained");
        Document core = page("programme/track/core.html", "Programme: Core track");
        assertEquals(List.of("Opening keynote", "Papers A"), core.select("h4 a").eachText());
        assertEquals("2 sessions. Show the whole programme.", core.selectFirst("main p").text());
    }

    @Test
    void sessionPageShowsTimeRoomSpeakersAndEscapedAbstract() {
        Document doc = page("sessions/opening.html", "Opening keynote");
        String facts = doc.select(".facts").text();
        assertTrue(facts.contains("Monday 4 March 2030, 09:00–10:00 (Asia/Taipei, UTC+08:00)"), facts);
        assertTrue(facts.contains("Main Hall, Fixture Hall, 1F"), facts);
        assertTrue(facts.contains("Capacity 300 seats"), facts);
        assertTrue(facts.contains("Access Step-free entrance <b>and</b> a hearing loop"), "escaped room text: " + facts);
        assertEquals("2030-03-04T09:00:00+08:00", doc.selectFirst(".facts time[datetime*=T]").attr("datetime"));
        assertEquals("../speakers/ada.html", doc.selectFirst(".facts a:contains(Ada Example)").attr("href"));
        assertTrue(facts.contains("Chairs Bob Sample"), facts);
        assertEquals("opening", doc.selectFirst(".prose strong").text());
        assertEquals("../programme.html", doc.selectFirst(".prose a").attr("href"));
        Element slides = doc.selectFirst(".link-list a:contains(Slides)");
        assertEquals("https://example.org/slides", slides.attr("href"));
        assertEquals("noopener", slides.attr("rel"), "links to other sites are marked");
        assertEquals("../about.html", doc.selectFirst(".link-list a:contains(About the conference)").attr("href"));
        assertEquals("", doc.selectFirst(".link-list a:contains(About the conference)").attr("rel"));
        assertNull(doc.selectFirst(".room-nav .previous"), "the first session in its room");
        assertEquals("../sessions/papers-a.html", doc.selectFirst(".room-nav .next a").attr("href"));
    }

    /** Any script element but the JSON-LD data and the site's own script files. */
    private static final String OWN_SCRIPTS_EXCEPTED =
            "script:not([type=application/ld+json]):not([src$=js/agenda.js]):not([src$=js/offline.js])";

    @Test
    void paperSessionListsPapersWithAuthorsAndPaperPagesLinkBack() {
        Document doc = page("sessions/papers-a.html", "Papers A");
        assertEquals(List.of("Testing papers thoroughly", "<b>Bold</b> & <script>alert('p')</script> paper"),
                doc.select(".paper-list > li > a").eachText(), "papers in the order presented");
        assertEquals("Ada Example (Example University), Cy <i>Author</i> (Paper Institute)",
                doc.selectFirst(".paper-list .authors").text());
        assertTrue(doc.select(OWN_SCRIPTS_EXCEPTED + ", b, i").isEmpty(),
                "titles and names from YAML are text");
        assertEquals("../sessions/opening.html", doc.selectFirst(".room-nav .previous a").attr("href"));
        Document paper = page("papers/testing-papers.html", "Testing papers thoroughly");
        assertEquals("https://doi.org/10.1234/fixture.1", paper.selectFirst(".facts a[href*=doi]").attr("href"));
        assertEquals("../sessions/papers-a.html", paper.selectFirst(".facts a:contains(Papers A)").attr("href"));
        Document hostile = page("papers/hostile-paper.html", "<b>Bold</b> & <script>alert('p')</script> paper");
        assertNotNull(hostile.selectFirst(".sample-note"), "an illustrative paper says so");
    }

    @Test
    void papersAndAuthorsIndexes() {
        Document papers = page("papers.html", "Papers");
        assertEquals(List.of("<b>Bold</b> & <script>alert('p')</script> paper", "Testing papers thoroughly"),
                papers.select(".paper-index > li > a").eachText(), "by title");
        Document authors = page("authors.html", "Authors");
        assertEquals(List.of("Ada Example", "Bob Sample", "Cy <i>Author</i>"), authors.select(".author-index > li > a").eachText());
        assertEquals(List.of("Testing papers thoroughly"), authors.select(".author-index > li").get(0).select(".paper-list a")
                .eachText());
    }

    @Test
    void hostileTextFromYamlIsShownAsTextNeverAsMarkup() {
        Document doc = page("sessions/hostile.html", "<script>alert('x')</script> & \"quoted\" panel");
        assertTrue(doc.select(OWN_SCRIPTS_EXCEPTED).isEmpty(),
                "no script element but the JSON-LD data and the site's own agenda script");
        assertTrue(doc.select("img").isEmpty(), "no img element from the abstract");
        assertTrue(doc.selectFirst(".prose").text().contains("<img src=x onerror=alert(1)> text"));
        assertNotNull(doc.selectFirst(".sample-note"));
        Document programme = TestSites.html(out, "programme.html");
        assertEquals(List.of("js/agenda.js", "js/now.js", "js/offline.js"), programme.select("script").eachAttr("src"),
                "only the site's own scripts");
    }

    @Test
    void sessionPageShowsDescriptionLanguageAndRecordingOptOutButNotOrigin() {
        Document doc = page("sessions/dinner.html", "Conference dinner");
        Element details = doc.selectFirst("section[aria-labelledby=details_title]");
        assertEquals("Details", details.selectFirst("h2").text());
        assertEquals("More detail: <script>alert('d')</script>", details.selectFirst(".prose").text(), "escaped Markdown");
        assertNotNull(details.selectFirst(".prose em"));
        Element language = doc.select(".facts > div").stream().filter(d -> d.selectFirst("dt").text().equals("Language"))
                .findFirst().orElseThrow();
        assertEquals("Chinese (Traditional)", language.selectFirst("dd").text(), "zh-hant named in the page's language");
        assertEquals("Not recorded: the speakers asked that this session not be recorded.",
                doc.selectFirst(".not-recorded").text());
        assertFalse(doc.html().contains("0c1f"), "where the entry came from is not shown");
        Document opening = page("sessions/opening.html", "Opening keynote");
        assertNull(opening.selectFirst(".not-recorded"));
        assertNull(opening.selectFirst("section[aria-labelledby=details_title]"));
        assertTrue(opening.select(".facts dt").eachText().stream().noneMatch("Language"::equals));
    }

    @Test
    void speakersIndexAndSpeakerPage() {
        Document index = page("speakers.html", "Speakers");
        assertEquals(List.of("Ada Example", "Bob Sample", "Cy <i>Author</i>"), index.select(".speaker-list li > a").eachText());
        Document ada = page("speakers/ada.html", "Ada Example");
        assertEquals(List.of("Opening keynote · Speaker", "Papers A · Author", "<script>alert('x')</script> & \"quoted\" panel · Speaker"),
                ada.select(".session-list li").stream().map(li -> li.text().replaceAll(" · Monday.*", "")).toList(),
                "every session of the speaker with their role, in time order");
        assertEquals(List.of("Testing papers thoroughly"), ada.select("#papers_title + .paper-list a").eachText());
        assertEquals("Example University, Taiwan", ada.selectFirst("p.affiliation").text());
        assertEquals("https://ada.example.org/", ada.selectFirst(".link-list a").attr("href"));
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
        // Its tags lead to their pages, which list the posts with the tag, newest first, in a site of one language too.
        assertEquals(List.of("../news/tags/one.html", "../news/tags/two.html"),
                post.select(".post-meta a[rel=tag]").eachAttr("href"));
        Document two = page("news/tags/two.html", "News tagged “two”");
        assertEquals(List.of("Second news: with a colon", "First news"), two.select(".news-list li > a").eachText());
        assertEquals(List.of("legacy 1 post", "one 1 post", "two 2 posts"),
                page("news/tags/index.html", "Tags").select(".tag-list li").eachText());
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
        assertEquals(39, report.pages(), "HTML pages written (the search, agenda and tag pages included)");
    }
}
