package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.confsite.error.SiteException;
import org.confsite.support.LinkChecker;
import org.confsite.support.SharedSites;
import org.confsite.support.TestSites;
import org.confsite.template.Formats;
import org.confsite.template.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site in two languages: every page in English at the root and in Traditional Chinese under
 * zh-tw/, the switcher and hreflang links between them, untranslated pages shown with a notice,
 * and dates, feeds, calendars and structured data per language.
 */
@ExtendWith(SharedSites.class)
class LanguagesTest {
    private static final String BASE = "https://dgo2024.example.org/";
    private static final String ZH = "zh-Hant-TW";

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void bakeTheShippedSite(SharedSites.Sites sites) {
        out = sites.shipped();
    }

    /** Every HTML page of a built site by its path (e.g. "news/index.html"). */
    private static List<String> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** The site path a link on the page at {@code page} leads to ("/"-paths start at the site's root). */
    private static String target(String page, String href) {
        String path = href.startsWith("/") ? href.substring(1)
                : URI.create("/" + page).resolve(href).getPath().substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private static String pretty(String path) {
        return path.endsWith("index.html") && !path.contains("news/") ? path.substring(0, path.length() - 10) : path;
    }

    /** A page of one language only: the page of a tag its posts have (the list of tags is in both). */
    private static boolean oneLanguage(String page) {
        return page.replaceFirst("^zh-tw/", "").matches("news/tags/(?!index\\.html).*");
    }

    @Test
    void everyPageHasItsTwinInTheOtherLanguageAndTheSwitcherLeadsThereAndBack() throws IOException {
        List<String> all = pages(out);
        List<String> english = all.stream().filter(p -> !p.startsWith("zh-tw/") && !oneLanguage(p)).toList();
        List<String> chinese = all.stream().filter(p -> p.startsWith("zh-tw/") && !oneLanguage(p)).toList();
        assertEquals(english.size(), chinese.size(), "one Chinese page per English page");
        assertTrue(english.size() > 20, english.size() + " pages");
        // The tag pages: the Chinese translations have tags of their own (獎項 ...), so each language has its own;
        // the switcher of one leads to the other language's list of tags.
        List<String> tagPages = all.stream().filter(LanguagesTest::oneLanguage).toList();
        assertTrue(tagPages.containsAll(List.of("news/tags/awards.html", "zh-tw/news/tags/jiang-xiang.html")),
                tagPages.toString());
        for (String page : tagPages) {
            boolean zh = page.startsWith("zh-tw/");
            Element other = TestSites.html(out, page).selectFirst("nav.languages a[hreflang=" + (zh ? "en" : ZH) + "]");
            assertEquals((zh ? "" : "zh-tw/") + "news/tags/index.html", target(page, other.attr("href")), page);
        }
        // Every page type: the generated ones (sessions, people, papers, filters) and the Markdown ones.
        for (String type : List.of("index.html", "about.html", "programme.html", "programme/kind/", "programme/track/",
                "sessions/", "speakers.html", "speakers/", "papers.html", "papers/", "authors.html", "news/index.html",
                "news/best-paper-award.html", "programme-data.html", "accessibility.html", "404.html")) {
            assertTrue(english.stream().anyMatch(p -> p.startsWith(type)), type);
        }
        for (String page : english) {
            String twin = "zh-tw/" + page;
            assertTrue(chinese.contains(twin), twin);
            Document en = TestSites.html(out, page);
            Document zh = TestSites.html(out, twin);
            assertEquals("en", en.selectFirst("html").attr("lang"), page);
            assertEquals(ZH, zh.selectFirst("html").attr("lang"), twin);
            Element there = en.selectFirst("nav.languages a[hreflang=" + ZH + "]");
            Element back = zh.selectFirst("nav.languages a[hreflang=en]");
            assertNotNull(there, page + ": a link to the Chinese page");
            assertNotNull(back, twin + ": a link to the English page");
            assertEquals(twin, target(page, there.attr("href")), page);
            assertEquals(page, target(twin, back.attr("href")), twin);
            // Each link names its language in that language, and says which language it is in.
            assertEquals("繁體中文", there.text());
            assertEquals(ZH, there.attr("lang"));
            assertEquals("English", back.text());
            assertEquals("en", back.attr("lang"));
            assertEquals(1, en.select("nav.languages a").size(), page + ": no link to the page's own language");
        }
    }

    @Test
    void everyPageHeadListsTheHreflangSetAndTheSitemapListsEveryPageWithItsAlternates() throws IOException {
        int checked = 0;
        for (String page : pages(out)) {
            if (page.endsWith("404.html")) {
                // Served at any address: no canonical URL, no alternates in the head.
                assertTrue(TestSites.html(out, page).select("link[hreflang]").isEmpty(), page);
                continue;
            }
            String english = page.startsWith("zh-tw/") ? page.substring(6) : page;
            Map<String, String> alternates = new TreeMap<>();
            for (Element link : TestSites.html(out, page).select("head link[rel=alternate][hreflang]")) {
                assertNull(alternates.put(link.attr("hreflang"), link.attr("href")), page + ": one link per language");
            }
            assertEquals(oneLanguage(page) ? Map.of() : Map.of("en", BASE + pretty(english), ZH, BASE + "zh-tw/"
                    + pretty(english), "x-default", BASE + pretty(english)), alternates, page);
            assertEquals(BASE + pretty(page), TestSites.html(out, page).selectFirst("link[rel=canonical]").attr("href"));
            checked++;
        }
        assertTrue(checked > 40, checked + " pages");

        Document sitemap = Jsoup.parse(TestSites.text(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locs = new ArrayList<>();
        for (Element url : sitemap.select("url")) {
            String loc = url.selectFirst("loc").text();
            locs.add(loc);
            Map<String, String> alternates = new TreeMap<>();
            url.select("xhtml|link").forEach(l -> alternates.put(l.attr("hreflang"), l.attr("href")));
            String english = loc.replace(BASE + "zh-tw/", BASE);
            assertEquals(oneLanguage(loc.substring(BASE.length())) ? Map.of()
                    : Map.of("en", english, ZH, english.replace(BASE, BASE + "zh-tw/"), "x-default", english), alternates, loc);
        }
        assertEquals(checked, locs.size(), "every page but the 404s, in both languages");
        assertTrue(locs.contains(BASE) && locs.contains(BASE + "zh-tw/") && locs.contains(BASE + "zh-tw/about.html"),
                locs.toString());
    }

    @Test
    void chinesePagesLinkToChinesePagesAndToTheSharedFilesAndNothingIsBroken() {
        Document about = TestSites.html(out, "zh-tw/about.html");
        assertEquals("../css/site.css", about.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("programme.html", about.selectFirst("nav.menu a[href*=programme]").attr("href"));
        // A link written /news/smart-city-forums.html in the translation leads to the Chinese post.
        assertTrue(about.select(".prose a").stream().anyMatch(a -> a.attr("href").equals("news/smart-city-forums.html")));
        Document session = TestSites.html(out, "zh-tw/sessions/taipei-night.html");
        assertEquals("zh-tw/sessions/taipei-night.ics", target("zh-tw/sessions/taipei-night.html",
                session.selectFirst(".calendar-link a").attr("href")), "the Chinese calendar");
        assertEquals("../feed.xml", session.selectFirst("link[type='application/atom+xml']").attr("href"));
        LinkChecker links = new LinkChecker(out, "/");
        assertEquals(List.of(), links.broken());
    }

    @Test
    void chineseNamesAreListedInChineseOrder() {
        List<String> names = TestSites.html(out, "zh-tw/speakers.html").select("main li > a[href*=speakers/]").eachText();
        assertTrue(names.containsAll(List.of("蔣萬安", "劉康慧", "趙式隆", "陳慧敏")), names.toString());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(java.text.Collator.getInstance(Locale.TAIWAN));
        assertEquals(sorted, names);
        List<String> english = TestSites.html(out, "speakers.html").select("main li > a[href*=speakers/]").eachText();
        List<String> alphabetical = new ArrayList<>(english);
        alphabetical.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(alphabetical, english);
    }

    @Test
    void datesAndTimesAreWrittenTheWayEachLanguageWritesThemInTaipeiTimeWithTheZoneShown(SharedSites.Sites sites)
            throws IOException {
        ZoneId taipei = ZoneId.of("Asia/Taipei");
        Messages en = Messages.load(TestSites.PROJECT.resolve("templates/i18n/messages_en.properties"), "en", Locale.UK);
        Messages zh = Messages.load(TestSites.PROJECT.resolve("templates/i18n/messages_zh_TW.properties"), "zh",
                Locale.TAIWAN);
        ZonedDateTime evening = ZonedDateTime.of(2024, 6, 13, 18, 30, 0, 0, taipei);
        Formats fe = new Formats(taipei, evening.toInstant(), en);
        Formats fz = new Formats(taipei, evening.toInstant(), zh);
        assertEquals("2024年6月13日（四）", fz.date(LocalDate.of(2024, 6, 13)));
        assertEquals("6月13日（四）", fz.day(LocalDate.of(2024, 6, 13)));
        assertEquals("2024年6月13日（四） 18:30", fz.date(evening) + zh.get("format.dateTimeSeparator", List.of())
                + fz.time(evening));
        assertEquals("Thursday 13 June 2024, 18:30", fe.date(evening) + en.get("format.dateTimeSeparator", List.of())
                + fe.time(evening));
        // A time in another zone is shown in Taipei's.
        assertEquals("18:30", fz.time(evening.withZoneSameInstant(ZoneId.of("Europe/London"))));
        assertEquals("6月13日", fz.dateShort(evening));
        assertEquals("Asia/Taipei，UTC+08:00", fz.zoneLabel());

        // On the pages: a timed session's "when" in each language, with the zone. The shipped site has
        // no session with a known time yet, so these are the illustrative programme's pages.
        Path fuller = sites.illustrative();
        Pattern zhWhen = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日（[一二三四五六日]） \\d\\d:\\d\\d–\\d\\d:\\d\\d"
                + "（Asia/Taipei，UTC\\+08:00）");
        Pattern enWhen = Pattern.compile("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d–\\d\\d:\\d\\d "
                + "\\(Asia/Taipei, UTC\\+08:00\\)");
        int timed = 0;
        for (String page : pages(fuller.resolve("sessions"))) {
            String en1 = TestSites.html(fuller, "sessions/" + page).selectFirst(".facts dd").text();
            String zh1 = TestSites.html(fuller, "zh-tw/sessions/" + page).selectFirst(".facts dd").text();
            if (en1.matches(".*\\d\\d:\\d\\d–.*")) {
                timed++;
                assertTrue(enWhen.matcher(en1).matches(), en1);
                assertTrue(zhWhen.matcher(zh1).matches(), zh1);
            }
        }
        assertTrue(timed > 5, timed + " timed sessions");
    }

    @Test
    void feedsCalendarsAndStructuredDataComeInEachLanguage() {
        String feed = TestSites.text(out.resolve("zh-tw/feed.xml"));
        assertTrue(feed.contains("xml:lang=\"" + ZH + "\""), feed);
        assertTrue(feed.contains("<id>" + BASE + "zh-tw/</id>"), "the Chinese feed's own id");
        assertTrue(feed.contains("href=\"" + BASE + "zh-tw/news/best-paper-award.html\""), feed);
        assertTrue(feed.contains("蔣萬安"), "the Chinese posts' text");
        String english = TestSites.text(out.resolve("feed.xml"));
        assertTrue(english.contains("<id>" + BASE + "</id>") && english.contains("xml:lang=\"en\""), english);
        assertEquals("feed.xml", TestSites.html(out, "zh-tw/index.html").selectFirst("link[type='application/atom+xml']")
                .attr("href"), "the Chinese page announces the Chinese feed");

        String zhCalendar = TestSites.text(out.resolve("zh-tw/sessions/taipei-night.ics"));
        String enCalendar = TestSites.text(out.resolve("sessions/taipei-night.ics"));
        assertTrue(zhCalendar.contains("SUMMARY;LANGUAGE=" + ZH + ":"), zhCalendar);
        assertTrue(zhCalendar.contains("晚宴"), "the session's Chinese title");
        assertTrue(zhCalendar.contains("URL:" + BASE + "zh-tw/sessions/taipei-night.html"), zhCalendar);
        assertTrue(enCalendar.contains("SUMMARY;LANGUAGE=en:"), enCalendar);
        assertEquals(uid(enCalendar), uid(zhCalendar), "the same event in both calendars");
        assertTrue(Files.isRegularFile(out.resolve("zh-tw/programme.ics")));

        String ld = TestSites.html(out, "zh-tw/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(ld.replace(" ", "").contains("\"inLanguage\":\"" + ZH + "\""), ld);
        assertTrue(ld.replace(" ", "").contains("\"url\":\"" + BASE + "zh-tw/\""), ld);
        assertTrue(ld.contains("第25屆數位政府研究國際研討會"), ld);
        String post = TestSites.html(out, "news/best-paper-award.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(post.replace(" ", "").contains("\"inLanguage\":\"en\""), post);
    }

    private static String uid(String calendar) {
        Matcher m = Pattern.compile("UID:(\\S+)").matcher(calendar);
        assertTrue(m.find(), calendar);
        return m.group(1);
    }

    /** The fixture site published in English and Chinese, with one page and one post translated. */
    private static Path bilingualFixture(Path dir) {
        Path site = TestSites.bilingual(TestSites.copyFixtureWithTheme(dir));
        TestSites.write(site.resolve("content/about.zh-tw.md"), "---\ntitle: 關於\n---\n"
                + "關於本站，[最新消息](/news/first.md)，[首頁](/)，[英文消息](/news/second.md)。\n\n## 數字 {#figures}\n");
        TestSites.write(site.resolve("content/news/first.zh-tw.md"), "---\ntitle: 第一則消息\nsummary: 第一則。\n---\n中文內文。\n");
        return site;
    }

    @Test
    void aPageNotYetTranslatedIsShownInEnglishWithANoticeAndMarkedAsEnglish() throws IOException {
        Path site = bilingualFixture(tmp.resolve("fallback"));
        Bakery.Report report = TestSites.bake(site, TestSites.NOW);
        Path built = site.resolve("out");
        // The build says which pages are not translated yet.
        Bakery.Translated zh = report.translations().get("zh-tw");
        assertTrue(zh.untranslated().contains("content/venue.md"), zh.toString());
        assertFalse(zh.untranslated().contains("content/about.md") || zh.untranslated().contains("content/news/first.md"),
                zh.toString());
        assertEquals(zh.pages() - 2, zh.untranslated().size(), zh.toString());
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        report.printSummary(
                new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("zh-tw: 2 of " + zh.pages()
                + " pages translated; not translated yet: content/404.md, "), printed.toString());

        Document translated = TestSites.html(built, "zh-tw/about.html");
        assertNull(translated.selectFirst(".translation-note"), "a translated page has no notice");
        assertEquals("關於", translated.selectFirst("h1").text());
        assertFalse(translated.selectFirst("h1").hasAttr("lang"));
        assertEquals("zh-tw/news/first.html", target("zh-tw/about.html", translated.selectFirst(".prose a").attr("href")),
                "the Chinese post");
        assertNotNull(translated.getElementById("figures"), "the heading keeps the English page's anchor");

        Document untranslated = TestSites.html(built, "zh-tw/venue.html");
        Element note = untranslated.selectFirst(".translation-note");
        assertNotNull(note, "the notice");
        assertEquals("本頁尚未譯成中文，以下為英文原文。", note.text());
        assertFalse(note.hasAttr("lang"), "the notice is in the page's language");
        assertEquals("Venue", untranslated.selectFirst("h1").text());
        assertEquals("en", untranslated.selectFirst("h1").attr("lang"));
        assertEquals("en", untranslated.selectFirst(".prose").attr("lang"));
        assertEquals("zh-Hant-TW", untranslated.selectFirst("html").attr("lang"), "the interface is Chinese");
        assertEquals("跳到主要內容", untranslated.selectFirst(".skip-link").text());

        // A translated post is listed in Chinese. A post not translated yet has no Chinese copy: the
        // Chinese list links to the English page, marked as English, and names the language.
        Document news = TestSites.html(built, "zh-tw/news/index.html");
        Element first = news.selectFirst(".news-list a[href$=news/first.html]");
        assertEquals("第一則消息", first.text());
        assertFalse(first.hasAttr("lang"));
        assertEquals("zh-tw/news/first.html", target("zh-tw/news/index.html", first.attr("href")));
        Element second = news.selectFirst(".news-list a[href$=news/second.html]");
        assertEquals("news/second.html", target("zh-tw/news/index.html", second.attr("href")), "the English page");
        assertEquals("en", second.attr("lang"), second.outerHtml());
        assertEquals("en", second.attr("hreflang"), second.outerHtml());
        assertTrue(second.parent().text().contains("English"), "the language named beside it: " + second.parent().text());
        assertFalse(Files.exists(built.resolve("zh-tw/news/second.html")), "no copy of the English post");
        assertEquals("news/second.html", target("zh-tw/about.html",
                translated.selectFirst(".prose a[href*=second]").attr("href")), "a Chinese page links to the English post");
        assertFalse(TestSites.text(built.resolve("zh-tw/feed.xml")).contains("news/second.html"),
                "the Chinese feed carries Chinese posts");
        Element switcher = TestSites.html(built, "news/second.html").selectFirst("nav.languages a[hreflang=" + ZH + "]");
        assertEquals("zh-tw/news/index.html", target("news/second.html", switcher.attr("href")));
        // The translated post keeps its English original's date.
        assertEquals(TestSites.html(built, "news/first.html").selectFirst(".post-meta time").attr("datetime"),
                TestSites.html(built, "zh-tw/news/first.html").selectFirst(".post-meta time").attr("datetime"));

        // Search engines: the copy points to the English page as its original, and neither lists the
        // other as its Chinese version; the translated page and its original list each other.
        String fixture = "https://fixture.example.org/conf/";
        assertEquals(fixture + "venue.html", untranslated.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(untranslated.select("link[hreflang]").isEmpty());
        assertTrue(TestSites.html(built, "venue.html").select("link[hreflang]").isEmpty());
        assertEquals(fixture + "zh-tw/about.html", translated.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of("en", ZH, "x-default"), translated.select("link[hreflang]").eachAttr("hreflang"));
        String sitemap = TestSites.text(built.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>" + fixture + "zh-tw/about.html</loc>"), sitemap);
        assertFalse(sitemap.contains(fixture + "zh-tw/venue.html"), sitemap);

        LinkChecker links = new LinkChecker(built, "/conf/");
        assertEquals(List.of(), links.broken());
        // The English pages are as they were: no notice, no marks.
        assertTrue(TestSites.html(built, "venue.html").select(".translation-note, h1[lang]").isEmpty());
    }

    @Test
    void translatedProgrammeFieldsAreShownAndTheOthersMarkedAsEnglish() {
        Path site = bilingualFixture(tmp.resolve("data"));
        Path sessions = site.resolve("data/sessions.yaml");
        TestSites.write(sessions, TestSites.text(sessions).replace("    title: Opening keynote\n",
                "    title: Opening keynote\n    zh-tw:\n      title: 開幕專題演講\n"));
        TestSites.bake(site, TestSites.NOW);
        Path built = site.resolve("out");
        Element title = TestSites.html(built, "zh-tw/sessions/opening.html").selectFirst("h1");
        assertEquals("開幕專題演講", title.text());
        assertFalse(title.hasAttr("lang"));
        assertEquals("Opening keynote", TestSites.html(built, "sessions/opening.html").selectFirst("h1").text());
        // A person's name not translated: shown in English, marked so.
        Element person = TestSites.html(built, "zh-tw/sessions/opening.html").selectFirst(".facts a[href*=speakers/]");
        assertEquals("en", person.attr("lang"), person.outerHtml());
        // So are a room's name and a track's, in the session's facts and in the timetable.
        Document opening = TestSites.html(built, "zh-tw/sessions/opening.html");
        assertFalse(opening.select(".facts dd span[lang=en]").isEmpty(), opening.select(".facts").outerHtml());
        assertEquals("en", opening.selectFirst(".facts .track").attr("lang"));
        assertFalse(TestSites.html(built, "zh-tw/programme.html").select("th .col-name span[lang=en]").isEmpty());
        assertTrue(TestSites.html(built, "sessions/opening.html").select("[lang]").stream()
                .allMatch(e -> e.tagName().equals("html") || e.hasAttr("hreflang")), "no marks on the English pages");

        TestSites.write(sessions, TestSites.text(sessions).replace("      title: 開幕專題演講\n", "      titel: 開幕專題演講\n"));
        SiteException e = assertThrows(SiteException.class, () -> TestSites.bake(site, TestSites.NOW));
        String message = e.getMessage();
        assertTrue(message.contains("sessions.yaml") && message.contains("titel"), message);
        assertTrue(message.contains("title"), "names the field meant: " + message);
    }

    @Test
    void aTranslationOfNoPageOrWithItsOwnSlugIsAnErrorNamingTheFile() {
        Path site = bilingualFixture(tmp.resolve("orphan"));
        TestSites.write(site.resolve("content/sponsors.zh-tw.md"), "---\ntitle: 贊助\n---\n贊助。\n");
        SiteException e = assertThrows(SiteException.class, () -> TestSites.bake(site, TestSites.NOW));
        assertTrue(e.getMessage().contains("content/sponsors.zh-tw.md"), e.getMessage());
        assertTrue(e.getMessage().contains("translates content/sponsors.md, which is not there"), e.getMessage());

        Path slugged = bilingualFixture(tmp.resolve("slug"));
        TestSites.write(slugged.resolve("content/venue.zh-tw.md"), "---\ntitle: 會場\nslug: huichang\n---\n會場。\n");
        e = assertThrows(SiteException.class, () -> TestSites.bake(slugged, TestSites.NOW));
        assertTrue(e.getMessage().contains("content/venue.zh-tw.md") && e.getMessage().contains("slug"), e.getMessage());
    }

    @Test
    void aSecondLanguageWithoutAFolderIsAConfigurationError() {
        Path site = TestSites.copyFixtureWithTheme(tmp.resolve("config"));
        TestSites.write(site.resolve("site.yaml"), TestSites.text(site.resolve("site.yaml")).replace(
                "language: en\nlocale: en-GB\n", "languages:\n  - {tag: en, messages: en}\n  - {tag: zh-Hant-TW, messages: zh_TW}\n"));
        SiteException e = assertThrows(SiteException.class, () -> TestSites.bake(site, TestSites.NOW));
        assertTrue(e.getMessage().contains("site.yaml") && e.getMessage().contains("needs a folder"), e.getMessage());

        // A language's folder that the site already uses would overwrite its pages, or they it.
        Path clash = TestSites.bilingual(TestSites.copyFixtureWithTheme(tmp.resolve("clash")));
        TestSites.write(clash.resolve("content/zh-tw/about.md"),
                "---\ntitle: A page in a folder named like the language\n---\nx\n");
        e = assertThrows(SiteException.class, () -> TestSites.bake(clash, TestSites.NOW));
        assertTrue(e.getMessage().contains("site.yaml: the folder 'zh-tw' of language zh-Hant-TW is also a folder of the site"
                + " (zh-tw/about.html)"), e.getMessage());
    }

    @Test
    void aSiteWhoseOwnTemplatesPredateSearchAndAgendaGetsThemFromTheBuiltInTheme() throws IOException {
        Path site = TestSites.copyFixtureWithTheme(tmp.resolve("oldtheme"));
        Files.delete(site.resolve("templates/search.ftlh"));
        Files.delete(site.resolve("templates/agenda.ftlh"));
        Bakery.Report report = new Bakery(org.confsite.config.SiteConfig.load(site), TestSites.NOW, Console.silent()).bake();
        assertTrue(Files.exists(site.resolve("out/search.html")) && Files.exists(site.resolve("out/agenda.html")));
        assertTrue(report.warnings().stream().noneMatch(w -> w.contains("search.ftlh")), report.warnings().toString());
        assertTrue(Files.exists(site.resolve("out/sessions/opening.html")));
    }

    @Test
    void anEnglishPageMayLinkToAChinesePageAndDataLinksKeepTheirQuery() {
        Path site = bilingualFixture(tmp.resolve("cross"));
        TestSites.write(site.resolve("content/venue.md"), TestSites.text(site.resolve("content/venue.md"))
                + "\n[中文](/zh-tw/about.html), [feed](/zh-tw/feed.xml)\n");
        Path sessions = site.resolve("data/sessions.yaml");
        TestSites.write(sessions, TestSites.text(sessions).replaceFirst("(?m)^(\\s+- title: Slides\\n\\s+url: )\\S+",
                "$1/about.html?from=opening#figures"));
        TestSites.bake(site, TestSites.NOW);
        Path built = site.resolve("out");
        assertTrue(TestSites.text(built.resolve("venue.html")).contains("href=\"zh-tw/about.html\""));
        Element slides = TestSites.html(built, "zh-tw/sessions/opening.html").selectFirst(".link-list a");
        assertEquals("zh-tw/about.html", target("zh-tw/sessions/opening.html", slides.attr("href").replaceFirst("[?#].*", "")),
                slides.outerHtml());
        assertTrue(slides.attr("href").endsWith("?from=opening#figures"), slides.outerHtml());
    }
}
