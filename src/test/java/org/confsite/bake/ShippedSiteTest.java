package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.confsite.support.LinkChecker;
import org.confsite.support.SharedSites;
import org.confsite.support.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dg.o 2024 site as shipped: every page type, only sourced facts, no broken internal link. */
@ExtendWith(SharedSites.class)
class ShippedSiteTest {
    static Path out;

    @BeforeAll
    static void bakeShippedSite(SharedSites.Sites sites) {
        out = sites.shipped();
    }

    @Test
    void everyInternalLinkAndAssetResolves() {
        LinkChecker links = new LinkChecker(out, "/");
        assertEquals(List.of(), links.broken());
        assertTrue(links.count() > 300, "checked " + links.count());
    }

    @Test
    void hasEveryPageType() {
        for (String page : List.of("index.html", "about.html", "programme.html", "speakers.html", "venue.html",
                "awards.html", "accessibility.html", "news/index.html", "404.html", "feed.xml", "sitemap.xml",
                "sessions/taipei-night.html", "speakers/chiang-wan-an.html", "css/site.css")) {
            assertTrue(Files.isRegularFile(out.resolve(page)), page);
        }
        try (var posts = Files.list(out.resolve("news"))) {
            assertTrue(posts.count() >= 4, "news index and at least three posts");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void knownFactsAreShownAndUnknownsAreToBeAnnounced() {
        Document night = TestSites.html(out, "sessions/taipei-night.html");
        assertTrue(night.selectFirst(".facts").text().contains("Thursday 13 June 2024"));
        assertTrue(night.selectFirst(".facts").text().contains("The Regent Taipei"));
        assertTrue(night.selectFirst(".facts").text().toLowerCase(java.util.Locale.ROOT).contains("time to be announced"),
                night.selectFirst(".facts").text());
        Document programme = TestSites.html(out, "programme.html");
        assertEquals(4, programme.select("section.day").size());
        assertEquals(List.of("taipei-night.html"), programme.select("section.day a[href^=sessions/]").eachAttr("href").stream()
                .map(h -> h.replace("sessions/", "")).distinct().toList(), "the one session with a known day");
        String intro = programme.selectFirst("main").text();
        for (String known : List.of("Smart Cities, Artificial Intelligence, and Improving Citizens' Quality of Life",
                "Achieving Net Zero Carbon Emissions", "ten former chairs of the Digital Government Society")) {
            assertTrue(intro.contains(known), known);
        }
        assertEquals(List.of("speakers/chiang-wan-an.html", "speakers/helen-liu.html", "speakers/hui-min-chen.html",
                "speakers/shih-lung-chao.html"), TestSites.html(out, "speakers.html").select("main a[href^=speakers/]")
                .eachAttr("href").stream().distinct().sorted().toList(), "only the people the sources name");
        Document home = TestSites.html(out, "index.html");
        assertTrue(home.selectFirst(".hero").text().contains("Internet of Beings: Transforming Public Governance"));
        assertEquals(3, home.select(".news-list li").size());
    }

    @Test
    void noPageShowsAnIllustrativeEntry() throws Exception {
        List<Path> pages;
        try (var files = Files.walk(out)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() > 40, pages.size() + " pages");
        for (Path page : pages) {
            Document doc = TestSites.html(out, out.relativize(page).toString());
            assertTrue(doc.select(".sample-note, .badge-sample").isEmpty(), page + " marks something illustrative");
            String text = doc.text();
            for (String word : List.of("Illustrative", "illustrative", "Sample", "placeholder", "示意")) {
                assertFalse(text.contains(word), page + " says '" + word + "'");
            }
        }
        for (String file : List.of("programme.ics", "schedule.xml", "schedule.json", "agenda-data.js", "search-index.js")) {
            String text = TestSites.text(out.resolve(file));
            assertFalse(text.contains("Illustrative") || text.contains("TENTATIVE"), file);
        }
    }

    @Test
    void everyNewsPostCitesItsSource() {
        Document index = TestSites.html(out, "news/index.html");
        List<String> posts = index.select(".news-list li > a").eachAttr("href");
        assertTrue(posts.size() >= 3);
        for (String href : posts) {
            Document post = TestSites.html(out, "news/" + href);
            assertFalse(post.select(".sources cite").isEmpty(), href + " cites a source");
        }
    }

    @Test
    void theProgrammeDataFilesAreWrittenAndReadBack() throws Exception {
        for (String file : List.of("programme.ics", "calendar/2024-06-13.ics", "sessions/taipei-night.ics", "schedule.xml",
                "schedule.json", "robots.txt")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        try (var reader = Files.newBufferedReader(out.resolve("programme.ics"))) {
            var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(reader);
            assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
            assertEquals(1, calendar.getComponents("VEVENT").size(), "the banquet, all day, as its time is not known");
        }
        var schedule = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(out.resolve("schedule.xml").toFile());
        assertEquals("dgo2024", schedule.getElementsByTagName("acronym").item(0).getTextContent());
        assertEquals(0, schedule.getElementsByTagName("event").getLength(), "no session has a known time yet");
        assertEquals(4, new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("schedule.json").toFile())
                .get("schedule").get("conference").get("days").size());
        Document data = TestSites.html(out, "programme-data.html");
        assertEquals(List.of("programme.ics", "calendar/2024-06-13.ics", "dates.ics", "schedule.xml", "schedule.json", "feed.xml",
                "sitemap.xml"), data.select("table.exports th[scope=row] a").eachAttr("href"));
    }

    @Test
    void theImportantDatesAreTheTwoTheSourcesGiveBothPast() throws Exception {
        // The conference and the Taipei Night banquet (FACTS.md); built in 2030, both are past.
        Document en = TestSites.html(out, "dates.html");
        assertEquals(List.of("conference", "taipei-night"), en.select(".date-list li").eachAttr("id"));
        assertEquals(List.of("Past", "Past"), en.select(".date-list li .date-state").eachText());
        assertEquals("Tuesday 11 June 2024 – Friday 14 June 2024 Past", en.selectFirst("#conference .date-when").text());
        assertEquals("2024年6月13日（四） 已過", TestSites.html(out, "zh-tw/dates.html").selectFirst("#taipei-night .date-when").text());
        assertEquals(null, TestSites.html(out, "index.html").selectFirst("#home_dates"), "no date to come on the home page");
        for (String file : List.of("dates.ics", "zh-tw/dates.ics")) {
            try (var reader = Files.newBufferedReader(out.resolve(file))) {
                var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(reader);
                assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
                assertEquals(List.of("date.conference@dgo2024.example.org", "date.taipei-night@dgo2024.example.org"),
                        calendar.getComponents("VEVENT").stream().map(e -> e.getProperty("UID").orElseThrow().getValue())
                                .toList(), file);
            }
        }
    }

    @Test
    void everyPageLoadsOnlyFromTheSiteItselfUnderAStrictContentSecurityPolicy() throws Exception {
        List<Path> pages;
        try (var files = Files.walk(out)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            Document doc = TestSites.html(out, out.relativize(page).toString());
            String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertTrue(csp.startsWith("default-src 'self'; script-src 'self'; style-src 'self';"), page + ": " + csp);
            for (var e : doc.select("link[rel=stylesheet], link[rel=icon], script[src], img[src], iframe, video, source")) {
                String address = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertFalse(address.matches("(?i)(https?:)?//.*"), page + ": " + e.outerHtml() + " loads from elsewhere");
            }
            // Scripts only from files of the site (the search page's); no script or style written in the page.
            assertTrue(doc.select("[style], script:not([src]):not([type=application/ld+json]), [onclick], [onload]").isEmpty(),
                    page + ": nothing inline");
            for (var a : doc.select("a[href^=http]")) {
                assertEquals("noopener", a.attr("rel"), page + ": " + a.outerHtml());
            }
        }
    }

    @Test
    void theSiteLinksToTheOrganisationsItNamesAndTheSourcesItCites() {
        for (String lang : List.of("", "zh-tw/")) {
            List<String> about = TestSites.html(out, lang + "about.html").select("main a[href^=https]").eachAttr("href");
            assertTrue(about.containsAll(List.of("https://dgsociety.org/", "https://www.ntu.edu.tw/", "https://www.gov.taipei/",
                    "https://ntubeats.ntu.edu.tw/enews/008/06.html")), lang + about);
            assertTrue(TestSites.html(out, lang + "news/best-paper-award.html").select(".sources a[href]").eachAttr("href")
                    .stream().anyMatch(h -> h.startsWith("https://english.doit.gov.taipei/")), lang + "the award's source");
            assertTrue(TestSites.html(out, lang + "news/conference-in-numbers.html").select(".sources a[href]").eachAttr("href")
                    .contains("https://ntubeats.ntu.edu.tw/enews/008/06.html"), lang + "the figures' source");
        }
    }

    /**
     * The Chinese pages name the hosts and the organiser one way: 臺 (never the variant 台) in
     * 臺北, 臺灣 and 臺大, the hosts in full (臺北市政府, 國立臺灣大學), the hosts labelled
     * 共同主辦單位, and the society written out (數位政府學會) before its initials DGS on each page.
     */
    @Test
    void theChinesePagesNameTheHostsAndTheOrganiserOneWay() throws Exception {
        List<Path> pages;
        try (var files = Files.walk(out.resolve("zh-tw"))) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 20, "pages checked: " + pages.size());
        for (Path page : pages) {
            Document doc = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
            String text = doc.body().text();
            String name = out.relativize(page).toString();
            for (String variant : List.of("台北", "台灣", "台大", "北市府", "臺北市府", "台北市政府")) {
                assertFalse(text.contains(variant), name + " writes " + variant);
            }
            String main = doc.select("main").text();
            int dgs = main.indexOf("DGS");
            if (dgs >= 0) {
                int society = main.indexOf("數位政府學會");
                assertTrue(society >= 0 && society < dgs, name + " says DGS before 數位政府學會: " + main);
            }
        }
        Document home = TestSites.html(out, "zh-tw/index.html");
        assertEquals("共同主辦單位", home.select(".facts dt").get(2).text());
        assertEquals("臺北市政府、國立臺灣大學", home.select(".facts dd").get(2).text());
        assertEquals("數位政府學會（Digital Government Society, DGS）", home.select(".facts dd").get(3).text());
    }
}
