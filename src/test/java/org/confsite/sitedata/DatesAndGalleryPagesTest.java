package org.confsite.sitedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.confsite.bake.Bakery;
import org.confsite.bake.Console;
import org.confsite.config.SiteConfig;
import org.confsite.support.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The important dates and the photo gallery of {@code src/test/resources/site-dates}, in English
 * and Traditional Chinese, on the fixture site (the conference on 4-5 March 2030) built on the
 * tests' day, 25 January 2030 in Taipei: two dates past, one today, a period under way, three to
 * come. The pages, the home page's section, the calendars read back with ical4j, the photos'
 * copies.
 */
class DatesAndGalleryPagesTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path out;

    @BeforeAll
    static void bake() {
        site = TestSites.withDatesAndGallery(TestSites.bilingual(TestSites.copyFixtureWithTheme(tmp.resolve("with"))));
        out = bakeAt(TestSites.NOW, "out");
    }

    /** Builds the site at {@code now} into its folder {@code folder}. */
    private static Path bakeAt(Instant now, String folder) {
        return new Bakery(SiteConfig.load(site).withOutput(site.resolve(folder)), now, Console.silent()).bake().output();
    }

    private static Document page(String path) {
        return TestSites.html(out, path);
    }

    private static List<String> keys(Element list) {
        return list.select("li").eachAttr("id");
    }

    @Test
    void datesToComeFirstInDateOrderThenThePastOnesMarkedInWords() {
        Document en = page("dates.html");
        assertEquals("Important dates", en.selectFirst("h1").text());
        assertEquals(List.of("Coming up", "Past"), en.select("main h2").eachText());
        Element upcoming = en.selectFirst("#dates_upcoming + ol");
        assertEquals(List.of("poster-submissions", "reviewers-meeting", "notification", "camera-ready", "conference"),
                keys(upcoming));
        assertEquals(List.of("call-for-papers", "2030-01-24-full-paper-submission-deadline"),
                keys(en.selectFirst("#dates_past + ol")));
        // The state of each date is in its text, not only in its style.
        Element poster = en.getElementById("poster-submissions");
        assertEquals("Sunday 20 January 2030 – Thursday 31 January 2030 Under way", poster.selectFirst(".date-when").text());
        assertEquals("2030-01-20", poster.select("time").get(0).attr("datetime"));
        assertEquals("2030-01-31", poster.select("time").get(1).attr("datetime"));
        assertEquals("Today", en.getElementById("reviewers-meeting").selectFirst(".date-state").text());
        assertNull(en.getElementById("notification").selectFirst(".date-state"), "a date to come has no mark");
        for (Element past : en.select("#dates_past + ol li")) {
            assertEquals("Past", past.selectFirst(".date-state").text(), past.outerHtml());
            assertTrue(past.hasClass("date-past"));
        }
        Element deadline = en.getElementById("2030-01-24-full-paper-submission-deadline");
        assertEquals("Thursday 24 January 2030 Past", deadline.selectFirst(".date-when").text());
        assertEquals("https://example.org/submit", deadline.selectFirst(".date-what a").attr("href"));
        // Markup in the data is text.
        assertTrue(en.html().contains("Reviewers' &lt;meeting&gt; &amp; \"chat\""),
                en.getElementById("reviewers-meeting").html());
        assertEquals("dates.ics", en.selectFirst("a[type=text/calendar]").attr("href"));
        assertTrue(en.selectFirst(".zone-note").text().contains("Asia/Taipei"), en.selectFirst(".zone-note").text());
    }

    @Test
    void theDatesPageInChineseWritesDatesAsTaiwanDoes() {
        Document zh = page("zh-tw/dates.html");
        assertEquals("重要日期", zh.selectFirst("h1").text());
        assertEquals(List.of("即將到來", "已過日期"), zh.select("main h2").eachText());
        assertEquals("2030年1月20日（日） – 2030年1月31日（四） 進行中",
                zh.getElementById("poster-submissions").selectFirst(".date-when").text());
        assertEquals("海報投稿", zh.getElementById("poster-submissions").selectFirst(".date-what").text());
        assertEquals("今天", zh.getElementById("reviewers-meeting").selectFirst(".date-state").text());
        assertEquals("2030年1月24日（四） 已過",
                zh.getElementById("2030-01-24-full-paper-submission-deadline").selectFirst(".date-when").text());
        // Shown untranslated, the text is marked as English; a translated one is not marked.
        assertEquals("en", zh.getElementById("reviewers-meeting").selectFirst(".date-what").attr("lang"));
        assertEquals("", zh.getElementById("notification").selectFirst(".date-what").attr("lang"));
        assertEquals("dates.ics", zh.selectFirst("a[type=text/calendar]").attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("zh-tw/dates.ics")));
    }

    @Test
    void theHomePageShowsTheNextThreeDatesAndLeadsToThePage() {
        Document en = page("index.html");
        Element section = en.selectFirst("section:has(#home_dates)");
        assertNotNull(section);
        assertEquals("Important dates", section.selectFirst("h2").text());
        assertEquals(List.of("Poster submissions", "Reviewers' <meeting> & \"chat\"", "Notification of acceptance"),
                section.select(".date-what").eachText());
        assertEquals(List.of(), section.select("li[id]"), "the anchors are the dates page's");
        assertEquals("dates.html", section.selectFirst("a[href$=dates.html]").attr("href"));
        Document zh = page("zh-tw/index.html");
        assertEquals(List.of("海報投稿", "Reviewers' <meeting> & \"chat\"", "錄取通知"),
                zh.select("section:has(#home_dates) .date-what").eachText());
        assertEquals("所有重要日期", zh.selectFirst("section:has(#home_dates) a[href$=dates.html]").text());
    }

    @Test
    void whenEveryDateIsPastTheHomePageHasNoSectionAndThePageSaysSo() {
        Path later = bakeAt(Instant.parse("2031-01-01T00:00:00Z"), "out-2031");
        for (String home : List.of("index.html", "zh-tw/index.html")) {
            assertNull(TestSites.html(later, home).selectFirst("#home_dates"), home);
        }
        Document en = TestSites.html(later, "dates.html");
        assertNull(en.selectFirst("#dates_upcoming"));
        assertEquals("Every date below has passed.", en.selectFirst(".dates-all-past").text());
        assertEquals(7, en.select("#dates_past + ol li .date-state-past").size());
        assertEquals("以下日期皆已過。", TestSites.html(later, "zh-tw/dates.html").selectFirst(".dates-all-past").text());
    }

    @Test
    void theBuildsDayIsTheConferencesNotUtcs() {
        // 17:00 UTC on the 24th is 01:00 on the 25th in Taipei: the deadline of the 24th has passed there.
        Path late = bakeAt(Instant.parse("2030-01-24T17:00:00Z"), "out-late");
        Element deadline = TestSites.html(late, "dates.html").getElementById("2030-01-24-full-paper-submission-deadline");
        assertEquals("Past", deadline.selectFirst(".date-state").text());
        // 15:00 UTC is 23:00 in Taipei, still the 24th.
        Path early = bakeAt(Instant.parse("2030-01-24T15:00:00Z"), "out-early");
        deadline = TestSites.html(early, "dates.html").getElementById("2030-01-24-full-paper-submission-deadline");
        assertEquals("Today", deadline.selectFirst(".date-state").text());
    }

    private static Calendar calendar(Path file) throws Exception {
        return new CalendarBuilder().build(new StringReader(TestSites.text(file)));
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Map<String, VEvent> byUid(Calendar c) {
        return c.<VEvent>getComponents("VEVENT").stream().collect(Collectors.toMap(e -> value(e, Property.UID), e -> e));
    }

    @Test
    void theCalendarHoldsEveryDateAsAnAllDayEventWithStableUids() throws Exception {
        Map<String, VEvent> en = byUid(calendar(out.resolve("dates.ics")));
        String host = "@fixture.example.org/conf";
        assertEquals(7, en.size());
        assertTrue(en.keySet().containsAll(List.of("date.poster-submissions" + host,
                "date.2030-01-24-full-paper-submission-deadline" + host)), en.keySet().toString());
        VEvent poster = en.get("date.poster-submissions" + host);
        // All-day: DATE values, the end the day after the last (RFC 5545 counts it out).
        assertEquals("20300120", value(poster, Property.DTSTART));
        assertEquals("DATE", poster.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.VALUE).orElseThrow()
                .getValue());
        assertEquals("20300201", value(poster, Property.DTEND));
        VEvent meeting = en.get("date.reviewers-meeting" + host);
        assertEquals("20300125", value(meeting, Property.DTSTART));
        assertEquals("20300126", value(meeting, Property.DTEND));
        assertEquals("Reviewers' <meeting> & \"chat\"", value(meeting, Property.SUMMARY));
        assertEquals("TRANSPARENT", value(meeting, Property.TRANSP));
        assertEquals("20300125T000000Z", value(meeting, Property.DTSTAMP), "the build's clock");
        assertEquals("https://fixture.example.org/conf/dates.html#reviewers-meeting", value(meeting, Property.URL));
        assertEquals("https://example.org/cfp#notification", value(en.get("date.notification" + host), Property.URL));

        Calendar zhCalendar = calendar(out.resolve("zh-tw/dates.ics"));
        Map<String, VEvent> zh = byUid(zhCalendar);
        assertEquals(en.keySet(), zh.keySet(), "the same events in each language");
        VEvent zhPoster = zh.get("date.poster-submissions" + host);
        assertEquals("海報投稿", value(zhPoster, Property.SUMMARY));
        assertEquals("zh-Hant-TW", zhPoster.getProperty(Property.SUMMARY).orElseThrow().getParameter(Parameter.LANGUAGE)
                .orElseThrow().getValue());
        assertEquals("https://fixture.example.org/conf/zh-tw/dates.html#poster-submissions", value(zhPoster, Property.URL));
        // Not translated: the English text, marked as English.
        VEvent zhMeeting = zh.get("date.reviewers-meeting" + host);
        assertEquals("Reviewers' <meeting> & \"chat\"", value(zhMeeting, Property.SUMMARY));
        assertEquals("en", zhMeeting.getProperty(Property.SUMMARY).orElseThrow().getParameter(Parameter.LANGUAGE)
                .orElseThrow().getValue());
        assertEquals("Fixture Conf 2030 重要日期", zhCalendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());

        // Another build, another day: the same UIDs, a newer stamp and sequence.
        Map<String, VEvent> later = byUid(calendar(bakeAt(Instant.parse("2030-06-01T00:00:00Z"), "out-june")
                .resolve("dates.ics")));
        assertEquals(en.keySet(), later.keySet());
        VEvent laterPoster = later.get("date.poster-submissions" + host);
        assertEquals("20300601T000000Z", value(laterPoster, Property.DTSTAMP));
        assertTrue(Integer.parseInt(value(laterPoster, Property.SEQUENCE)) > Integer.parseInt(value(poster, Property.SEQUENCE)));
    }

    @Test
    void theCalendarIsListedWithTheOtherFiles() {
        for (String page : List.of("programme-data.html", "zh-tw/programme-data.html")) {
            Element link = TestSites.html(out, page).selectFirst("table.exports a[href$=dates.ics]");
            assertNotNull(link, page);
            assertEquals("dates.ics", link.attr("href"));
        }
    }

    @Test
    void theGalleryShowsThePhotosInOrderEachAFigureInSeveralWidths() {
        Document en = page("gallery.html");
        assertEquals("Photos", en.selectFirst("h1").text());
        List<Element> figures = en.select("ul.gallery > li > figure");
        assertEquals(List.of("The opening session in the main hall", "Posters in the <foyer>", "The conference dinner",
                "A name badge", "The closing session"), figures.stream().map(f -> f.selectFirst("figcaption").text()).toList());
        Element opening = figures.get(0).selectFirst("img");
        assertEquals("img/gallery/opening-480w.jpg 480w, img/gallery/opening-960w.jpg 960w, img/gallery/opening-1600w.jpg 1600w",
                opening.attr("srcset"));
        assertEquals("img/gallery/opening-960w.jpg", opening.attr("src"));
        assertEquals("2000", opening.attr("width"));
        assertEquals("1333", opening.attr("height"));
        assertEquals("The opening session in the main hall", opening.attr("alt"), "the caption, when no alt is given");
        assertTrue(opening.attr("sizes").endsWith("100vw"), opening.attr("sizes"));
        // Linked to the largest copy, which is published.
        assertEquals("img/gallery/opening-1600w.jpg", figures.get(0).selectFirst("a").attr("href"));
        for (String copy : opening.attr("srcset").split(" \\d+w,? ?")) {
            assertTrue(Files.isRegularFile(out.resolve(copy)), copy);
        }
        assertEquals("Two people reading a poster on a board", figures.get(1).selectFirst("img").attr("alt"));
        assertEquals("img/gallery/posters-480w.jpg 480w", figures.get(1).selectFirst("img").attr("srcset"));
        assertEquals("img/gallery/posters-480w.jpg", figures.get(1).selectFirst("a").attr("href"));
        // Too small for copies: the picture itself, its size given.
        Element badge = figures.get(3).selectFirst("img");
        assertEquals("", badge.attr("srcset"));
        assertEquals("img/gallery/badge.png", badge.attr("src"));
        assertEquals("300", badge.attr("width"));
        assertEquals("img/gallery/badge.png", figures.get(3).selectFirst("a").attr("href"));
        // The first row loads at once, the rest when scrolled to.
        assertEquals(List.of("", "", "", "lazy", "lazy"), en.select(".gallery img").stream().map(i -> i.attr("loading")).toList());
        assertTrue(en.html().contains("Posters in the &lt;foyer&gt;"));
    }

    @Test
    void theGalleryInChineseWithItsCaptionsAndTextAlternatives() {
        Document zh = page("zh-tw/gallery.html");
        assertEquals("活動照片", zh.selectFirst("h1").text());
        List<Element> figures = zh.select("ul.gallery > li > figure");
        assertEquals("開幕式於主會場舉行", figures.get(0).selectFirst("figcaption").text());
        assertEquals("開幕式於主會場舉行", figures.get(0).selectFirst("img").attr("alt"), "the translated caption");
        assertEquals("兩人在展示板前閱讀海報", figures.get(1).selectFirst("img").attr("alt"));
        // Not translated: the caption and the text alternative taken from it are marked as English.
        assertEquals("en", figures.get(2).selectFirst("figcaption").attr("lang"));
        assertEquals("en", figures.get(2).selectFirst("a").attr("lang"));
        assertEquals("", figures.get(0).selectFirst("figcaption").attr("lang"));
        assertEquals("", figures.get(0).selectFirst("a").attr("lang"));
        // The pictures are shared: the Chinese page links to the same files.
        assertEquals("../img/gallery/opening-1600w.jpg", figures.get(0).selectFirst("a").attr("href"));
    }

    @Test
    void theFooterOfEveryLanguageLeadsToBothPages() {
        assertEquals(List.of("Important dates", "Photos"), page("about.html").select(".footer-links a[href$=dates.html], "
                + ".footer-links a[href$=gallery.html]").eachText());
        assertEquals(List.of("重要日期", "活動照片"), page("zh-tw/about.html").select(".footer-links a[href$=dates.html], "
                + ".footer-links a[href$=gallery.html]").eachText());
    }

    @Test
    void withoutTheFilesThereIsNoPageCalendarOrSection(@TempDir Path dir) {
        Path plain = TestSites.bilingual(TestSites.copyFixture(dir));
        Path built = TestSites.bake(plain, TestSites.NOW).output();
        for (String file : List.of("dates.html", "dates.ics", "gallery.html", "zh-tw/dates.ics")) {
            assertFalse(Files.exists(built.resolve(file)), file);
        }
        assertNull(TestSites.html(built, "index.html").selectFirst("#home_dates"));
        assertNull(TestSites.html(built, "programme-data.html").selectFirst("a[href$=dates.ics]"));
    }

    @Test
    void aPhotoThatIsNoPictureStopsTheBuildAtItsFile(@TempDir Path dir) throws Exception {
        Path broken = TestSites.withDatesAndGallery(TestSites.bilingual(TestSites.copyFixtureWithTheme(dir)));
        Files.writeString(broken.resolve("assets/img/gallery/dinner.jpg"), "not a picture");
        org.confsite.error.SiteException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.confsite.error.SiteException.class, () -> new Bakery(SiteConfig.load(broken), TestSites.NOW,
                        Console.silent()).bake());
        assertEquals(List.of("assets/img/gallery/dinner.jpg: is not a JPEG or PNG picture this build can read (save it again"
                + " as JPEG (photos) or PNG)"), e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aGalleryFolderLinkedOutsideTheSiteStopsTheBuildBeforeAnythingIsRead(@TempDir Path dir) throws Exception {
        Path linked = TestSites.withDatesAndGallery(TestSites.bilingual(TestSites.copyFixtureWithTheme(dir.resolve("a"))));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        TestSites.copyTree(linked.resolve("assets/img/gallery"), outside);
        try (var files = Files.walk(linked.resolve("assets/img/gallery"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        Files.createSymbolicLink(linked.resolve("assets/img/gallery"), outside);
        org.confsite.error.SiteException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.confsite.error.SiteException.class, () -> new Bakery(SiteConfig.load(linked), TestSites.NOW,
                        Console.silent()).bake());
        assertEquals(List.of("assets/img/gallery: is a link to " + outside + ", outside the site folder (put the file"
                + " itself here: the build reads and publishes nothing outside " + linked.toRealPath() + ")"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void theStateOfADateOnADay() {
        LocalDate day = LocalDate.of(2030, 1, 25);
        assertEquals(ImportantDate.State.UPCOMING, ImportantDate.stateOn(day.plusDays(1), day.plusDays(1), day));
        assertEquals(ImportantDate.State.NOW, ImportantDate.stateOn(day, day, day));
        assertEquals(ImportantDate.State.NOW, ImportantDate.stateOn(day.minusDays(3), day, day), "the last day of a period");
        assertEquals(ImportantDate.State.PAST, ImportantDate.stateOn(day.minusDays(3), day.minusDays(1), day));
    }
}
