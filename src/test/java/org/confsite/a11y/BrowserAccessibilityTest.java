package org.confsite.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confsite.sitedata.InfoPage;
import org.confsite.support.Axe;
import org.confsite.support.Browser;
import org.confsite.support.SharedSites;
import org.confsite.support.StaticServer;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The dg.o site in headless Chromium: axe-core finds no WCAG 2.1 A/AA violation on any page type,
 * as shipped (tag pages included), on the news of the fixture in two languages (posts in one
 * language, a list marking the other language's, a list of tags) and, for the pages a fuller
 * programme changes, with the illustrative programme (a timetable of several rooms, a session with
 * papers, clashes), in both languages, on a phone and a desktop, in light and dark colours (the
 * views {@link #views} chooses); no page scrolls sideways at 320 CSS pixels; the keyboard reaches
 * the skip link first and it moves focus to the content. Asked for with {@code -Dscreenshots}, a
 * screenshot of each page in its first view, and of the print view, is kept in
 * {@code target/screenshots/} for people to look at (a third of a second each: not taken by default).
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedSites.class)
class BrowserAccessibilityTest {
    /** One page of each type of the shipped site. */
    static final Map<String, String> PAGE_TYPES = new LinkedHashMap<>();
    /** The pages a programme of several days, rooms and timed sessions changes, on the site with the illustrative programme. */
    static final Map<String, String> ILLUSTRATIVE_PAGES = new LinkedHashMap<>();

    static {
        PAGE_TYPES.put("home", "index.html");
        PAGE_TYPES.put("page", "about.html");
        PAGE_TYPES.put("programme", "programme.html");
        PAGE_TYPES.put("filter", "programme/kind/ceremony.html");
        PAGE_TYPES.put("session", "sessions/taipei-night.html");
        PAGE_TYPES.put("speakers", "speakers.html");
        PAGE_TYPES.put("speaker", "speakers/chiang-wan-an.html");
        PAGE_TYPES.put("papers", "papers.html");
        PAGE_TYPES.put("paper", "papers/best-paper-taipeipass-taipeion.html");
        PAGE_TYPES.put("authors", "authors.html");
        PAGE_TYPES.put("newsindex", "news/index.html");
        PAGE_TYPES.put("post", "news/best-paper-award.html");
        PAGE_TYPES.put("tag", "news/tags/awards.html");
        PAGE_TYPES.put("exports", "programme-data.html");
        PAGE_TYPES.put("accessibility", "accessibility.html");
        PAGE_TYPES.put("notfound", "no-such-page.html");
        PAGE_TYPES.put("search", "search.html?q=Taipei");
        PAGE_TYPES.put("agenda", "agenda.html#s=taipei-night");
        ILLUSTRATIVE_PAGES.put("illustrative programme", "programme.html");
        ILLUSTRATIVE_PAGES.put("illustrative filter", "programme/kind/forum.html");
        // A session with papers, typed links and a recording shown on request (a button until the visitor asks).
        ILLUSTRATIVE_PAGES.put("illustrative session", "sessions/research-papers.html");
        ILLUSTRATIVE_PAGES.put("illustrative speaker", "speakers/sample-speaker.html");
        ILLUSTRATIVE_PAGES.put("illustrative papers", "papers.html");
        ILLUSTRATIVE_PAGES.put("illustrative agenda", "agenda.html#s=workshop,doctoral-colloquium,taipei-night");
        // The same page types in Traditional Chinese, the 404 page as it is served under zh-tw/.
        for (Map<String, String> pages : List.of(PAGE_TYPES, ILLUSTRATIVE_PAGES)) {
            for (var type : new ArrayList<>(pages.entrySet())) {
                // The Chinese posts have Chinese tags: 獎項 is at jiang-xiang.html.
                String page = "notfound".equals(type.getKey()) ? "404.html"
                        : "tag".equals(type.getKey()) ? "news/tags/jiang-xiang.html" : type.getValue();
                pages.put("zh-tw " + type.getKey(), "zh-tw/" + page);
            }
        }
    }

    static final int PHONE = 390;
    static final int DESKTOP = SharedSites.DESKTOP;
    static final Path SCREENSHOTS = TestSites.PROJECT.resolve("target/screenshots");
    static final boolean SCREENSHOTS_ASKED = System.getProperty("screenshots") != null
            && !"false".equals(System.getProperty("screenshots"));

    @TempDir
    static Path tmp;
    static StaticServer server;
    static StaticServer illustrative;
    /** A site made by init with a pretalx-style schedule and an EasyChair export imported. */
    static StaticServer imported;
    /** The fixture with posts in one language and in both, tags and authors ({@link TestSites#newsInTwoLanguages}). */
    static StaticServer news;
    static Browser browser;

    @BeforeAll
    static void serveTheShippedSiteAndTheIllustrativeProgramme(SharedSites.Sites sites) throws Exception {
        server = sites.server(sites.shipped());
        illustrative = sites.server(sites.illustrative());
        imported = sites.server(sites.imported());
        news = sites.server(sites.news());
        browser = sites.browser();
        Files.createDirectories(SCREENSHOTS);
    }

    /** Every page checked: the shipped site's page types, the illustrative programme's pages, a site made by init and import. */
    private static Map<String, String> allPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        PAGE_TYPES.forEach((type, page) -> pages.put(type, server.url(page)));
        ILLUSTRATIVE_PAGES.forEach((type, page) -> pages.put(type, illustrative.url(page)));
        Map<String, String> fromImport = new LinkedHashMap<>();
        fromImport.put("programme", "programme.html");
        fromImport.put("session", "sessions/open-budgets-fictional-edition-1.html");
        fromImport.put("post with a wide photo", "news/a-wide-photo.html");
        fromImport.put("home with sponsors and registration", "index.html");
        for (InfoPage info : InfoPage.values()) {
            fromImport.put(info.getType(), info.getUri());
        }
        fromImport.forEach((type, page) -> {
            pages.put("imported " + type, imported.url(page));
            pages.put("zh-tw imported " + type, imported.url("zh-tw/" + page));
        });
        // A post in each language only (byline, tags, a hostile tag), a news list marking a post of the other
        // language, and a list of tags.
        pages.put("one-language post", news.url("news/speaker-dinner.html"));
        pages.put("zh-tw one-language post", news.url("zh-tw/news/night-market.html"));
        pages.put("news in two languages", news.url("news/index.html"));
        pages.put("zh-tw tags", news.url("zh-tw/news/tags/index.html"));
        return pages;
    }

    /** A way of showing a page: the window's width and the colour scheme. */
    record View(int width, boolean dark) {
        static final View DESKTOP_LIGHT = new View(DESKTOP, false);
        static final View PHONE_DARK = new View(PHONE, true);

        String name() {
            return width + (dark ? " dark" : " light");
        }
    }

    /**
     * The views each page is checked in. Every page in one: an English page at desktop width in
     * light colours, a Chinese page on a phone in dark colours; so each page type is checked in
     * both languages, both colour schemes and both layouts. The pages whose layout changes most
     * between the two widths (the header and menu of every page, the timetable, a session, the
     * agenda) are checked in all four: with every rule in light colours at each width, and with
     * the rules colours decide in dark ones.
     */
    static List<View> views(String page) {
        if (ALL_VIEWS.contains(page)) {
            return List.of(new View(PHONE, false), new View(PHONE, true), new View(DESKTOP, false), new View(DESKTOP, true));
        }
        return List.of(page.startsWith("zh-tw ") ? View.PHONE_DARK : View.DESKTOP_LIGHT);
    }

    static final java.util.Set<String> ALL_VIEWS = java.util.Set.of("home", "zh-tw home", "programme", "session", "agenda",
            "illustrative programme", "zh-tw illustrative agenda");

    /** What one pass over every page in its views found (see {@link #survey}). */
    record Survey(Map<View, List<Map.Entry<String, String>>> byView, java.util.Set<String> seen, List<String> violations,
            List<String> wide) {
    }

    private static Survey survey;

    /**
     * Every page of {@link #allPages} in each of its {@link #views}, once for the tests that read
     * it: axe's violations in each view, and in the page's first view whether it scrolls sideways
     * at 320 CSS pixels (the viewport narrowed in place, without loading the page again).
     */
    static synchronized Survey survey() throws Exception {
        if (survey != null) {
            return survey;
        }
        List<String> violations = new ArrayList<>();
        List<String> wide = new ArrayList<>();
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        Map<View, List<Map.Entry<String, String>>> byView = new LinkedHashMap<>();
        try (AutoCloseable axeInEveryPage = Axe.onEveryPage(browser.driver())) {
            for (int width : List.of(DESKTOP, PHONE)) {
                for (var page : allPages().entrySet()) {
                    List<View> here = views(page.getKey()).stream().filter(v -> v.width() == width).toList();
                    if (here.isEmpty()) {
                        continue;
                    }
                    browser.emulate(width, here.get(0).dark());
                    browser.open(page.getValue());
                    if (page.getKey().endsWith("illustrative session")) {
                        // axe checks the recording's button as visitors see it: shown by video.js.
                        browser.waiting(java.time.Duration.ofSeconds(30))
                                .until(d -> d.findElement(By.cssSelector("button.video-load")).isDisplayed());
                    }
                    // A page checked in both colour schemes at this width is loaded once: the site's
                    // colours follow prefers-color-scheme in CSS alone, with no transition to wait for.
                    Object firstBackground = null;
                    for (View v : here) {
                        browser.scheme(v.dark());
                        Object background = browser.driver().executeScript(
                                "return getComputedStyle(document.body).backgroundColor;");
                        if (firstBackground == null) {
                            firstBackground = background;
                        } else if (firstBackground.equals(background)) {
                            violations.add(page.getKey() + " " + v.name()
                                    + ": the page's colours did not change with the scheme");
                        }
                        byView.computeIfAbsent(v, k -> new ArrayList<>()).add(page);
                        // Every rule in the page's first view at this width; in the other scheme, the
                        // rules that colours decide (the layout and the markup are the same).
                        violations.addAll(v == here.get(0) ? axe(page.getKey() + " " + v.name())
                                : axeColours(page.getKey() + " " + v.name()));
                        if (seen.add(page.getKey())) {
                            screenshot(page.getKey().replace(' ', '-') + "-" + v.width() + (v.dark() ? "-dark" : ""));
                            tooWideAt320().ifPresent(widths -> wide.add(page.getKey() + ": " + widths));
                        }
                    }
                }
            }
        }
        survey = new Survey(byView, seen, violations, wide);
        return survey;
    }

    /**
     * With the viewport of the page open narrowed in place to 320 CSS pixels: the document's width
     * and the viewport's ("scrollWidth clientWidth") when the page scrolls sideways, else nothing.
     */
    private static java.util.Optional<String> tooWideAt320() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            @SuppressWarnings("unchecked")
            List<Long> w = (List<Long>) browser.driver().executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            return w.get(0) > w.get(1) ? java.util.Optional.of(w.get(0) + " " + w.get(1)) : java.util.Optional.empty();
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void axeFindsNoWcag21AaViolationOnAnyPageTypeInEitherLanguageColourSchemeOrLayout() throws Exception {
        Survey s = survey();
        assertEquals(allPages().keySet(), s.seen(), "every page checked");
        assertTrue(s.seen().containsAll(ALL_VIEWS), "the pages checked in every view are pages of the list");
        for (String page : List.of("home", "zh-tw home", "session", "zh-tw session", "illustrative agenda",
                "zh-tw illustrative agenda")) {
            assertTrue(s.byView().values().stream().anyMatch(l -> l.stream().anyMatch(e -> e.getKey().equals(page))), page);
        }
        for (View v : List.of(View.DESKTOP_LIGHT, View.PHONE_DARK, new View(PHONE, false), new View(DESKTOP, true))) {
            assertTrue(s.byView().containsKey(v), "checked in " + v.name());
        }
        assertEquals(List.of(), s.violations());
    }

    @Test
    void at320CssPixelsNoPageScrollsSideways() throws Exception {
        Survey s = survey();
        assertEquals(allPages().keySet(), s.seen(), "every page measured");
        assertEquals(List.of(), s.wide(), "WCAG 1.4.10 reflow: content width and viewport width");
    }

    /** axe's colour rules ({@link Axe#COLOUR_RULES}) on the page in the browser: each violation, saying {@code where}. */
    static List<String> axeColours(String where) {
        Axe.Report report = Axe.checkColours(browser.driver());
        assertTrue(report.passes().contains("color-contrast") || report.violations().stream()
                .anyMatch(v -> v.startsWith("color-contrast ")), "axe checked the contrast on " + where + ": " + report);
        return report.violations().stream().map(v -> where + ": " + v).toList();
    }

    /**
     * axe-core on the page in the browser ({@link Axe}): WCAG 2.1 A and AA, and axe's best
     * practices for structure (one main landmark, one h1, headings in order, all content in
     * landmarks); each violation, saying {@code where}.
     */
    static List<String> axe(String where) {
        Axe.Report report = Axe.check(browser.driver());
        assertTrue(report.passes().size() > 10, "axe ran on " + where + ": " + report.passes());
        return report.violations().stream().map(v -> where + ": " + v).toList();
    }

    /**
     * The important dates marked today, under way and past, on the dates page and the home page
     * (the fixture site built on the tests' day; the site made by init, whose pages of every
     * {@link InfoPage} the main check covers, is built on the real day, when its dates are all to
     * come), on a desktop in light colours and on a phone in dark ones, and neither scrolls sideways
     * at 320 pixels.
     */
    @Test
    void axeFindsNoViolationOnTheDatesMarkedTodayUnderWayAndPast() throws Exception {
        Path source = TestSites.withDatesAndGallery(TestSites.bilingual(TestSites.copyFixtureWithTheme(tmp.resolve("dates"))));
        Path out = new org.confsite.bake.Bakery(org.confsite.config.SiteConfig.load(source), TestSites.NOW,
                org.confsite.bake.Console.silent()).bake().output();
        List<String> pages = List.of("dates.html", "index.html");
        List<String> violations = new ArrayList<>();
        List<String> wide = new ArrayList<>();
        try (StaticServer dates = new StaticServer(out)) {
            for (View view : List.of(View.DESKTOP_LIGHT, View.PHONE_DARK)) {
                browser.emulate(view.width(), view.dark());
                for (String page : pages) {
                    browser.open(dates.url(page));
                    violations.addAll(axe(page + " " + view.name()));
                    screenshot("dates-" + page.replace(".html", "") + "-" + view.width() + (view.dark() ? "-dark" : ""));
                }
            }
            for (String page : pages) {
                browser.open(dates.url(page));
                tooWideAt320().ifPresent(widths -> wide.add(page + ": " + widths));
            }
        }
        assertEquals(List.of(), violations);
        assertEquals(List.of(), wide, "WCAG 1.4.10 reflow: content width and viewport width");
    }

    @Test
    void axeReportsViolationsWhenThereAreSome() throws Exception {
        try (StaticServer badServer = openOnePage("bad", "<!DOCTYPE html><html><head><title>x</title></head><body>"
                + "<img src=\"x.png\"><p style=\"color:#bbb;background:#fff\">pale text</p><a href=\"#\"></a></body></html>")) {
            List<String> ids = brokenRules();
            assertTrue(ids.containsAll(List.of("color-contrast", "html-has-lang", "image-alt", "link-name")), ids.toString());
            // The same with axe loaded into the page as it opens, as the survey of every page has it.
            try (AutoCloseable axeInEveryPage = Axe.onEveryPage(browser.driver())) {
                browser.open(badServer.url("index.html"));
                assertEquals(ids, brokenRules());
            }
        }
    }

    /**
     * The check of a page's second colour scheme, as the survey switches it in place: the colour
     * rules find pale text that only the dark colours have, on a page they pass in light ones.
     */
    @Test
    void theColourRulesFindTextTooPaleInTheDarkSchemeOnly() throws Exception {
        try (StaticServer server = openOnePage("dark-only", "<!DOCTYPE html><html lang=en><head><title>x</title><style>"
                + "p { color: #222; background: #fff } @media (prefers-color-scheme: dark) { p { color: #333; background: #000 } }"
                + "</style></head><body><main><h1>A page</h1><p>Text readable in light colours only.</p></main></body></html>")) {
            assertEquals(List.of(), axeColours("light"));
            browser.scheme(true);
            List<String> dark = axeColours("dark");
            assertTrue(dark.size() == 1 && dark.get(0).startsWith("dark: color-contrast at [\"p\"]"), dark.toString());
        }
    }

    /**
     * A site of one page, {@code index.html} (and a 404 page), in the folder {@code name} of the
     * tests' own: its server, with the page open at desktop width in light colours.
     */
    private static StaticServer openOnePage(String name, String indexHtml) {
        Path site = tmp.resolve(name);
        TestSites.write(site.resolve("index.html"), indexHtml);
        TestSites.write(site.resolve("404.html"), "<!DOCTYPE html><html lang=en><head><title>404</title></head></html>");
        StaticServer server = new StaticServer(site);
        browser.emulate(DESKTOP, false);
        browser.open(server.url("index.html"));
        return server;
    }

    /** The ids of the rules axe finds broken on the page open, each once, sorted. */
    private static List<String> brokenRules() {
        return Axe.check(browser.driver()).violations().stream().map(v -> v.substring(0, v.indexOf(' '))).distinct().sorted()
                .toList();
    }

    @Test
    void theReflowMeasureSeesAPageWiderThan320Pixels() throws Exception {
        try (StaticServer wideServer = openOnePage("wide", "<!DOCTYPE html><html lang=en><head><title>x</title>"
                + "<meta name=viewport content=\"width=device-width\"></head>"
                + "<body><p style=\"width:400px\">a paragraph 400 pixels wide</p></body></html>")) {
            assertTrue(tooWideAt320().isPresent(), "a paragraph 400 pixels wide scrolls sideways at 320");
            assertEquals(String.valueOf(DESKTOP), String.valueOf(browser.driver().executeScript(
                    "return document.documentElement.clientWidth;")), "the viewport is put back after the measure");
        }
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheContent() {
        browser.emulate(DESKTOP, false);
        for (String page : List.of("index.html", "programme.html", "sessions/taipei-night.html", "zh-tw/index.html",
                "zh-tw/sessions/taipei-night.html")) {
            browser.open(server.url(page));
            // Start keyboard navigation from the top of the document, as a visitor who has just
            // arrived does (a window that has not got focus yet would take the Tab elsewhere).
            browser.driver().executeScript("window.focus(); if (document.activeElement) { document.activeElement.blur(); }");
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals(page.startsWith("zh-tw/") ? "跳到主要內容" : "Jump to the content zone at the center", focused.getText(),
                    page);
            assertTrue(focused.isDisplayed(), "the skip link shows when it has focus");
            focused.sendKeys(Keys.ENTER);
            assertEquals("main_content", browser.driver().switchTo().activeElement().getAttribute("id"),
                    page + ": focus moved to the main content");
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement next = browser.driver().switchTo().activeElement();
            assertTrue(isInside(next, "main_content"), page + ": the next Tab stays in the content, at "
                    + next.getTagName() + " " + next.getText());
        }
    }

    @Test
    void printingShowsNoNavigationKeepsTimesAndRoomsAndWritesOutLinks() throws Exception {
        browser.emulate(DESKTOP, false);
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String page : List.of("programme.html", "sessions/research-papers.html")) {
                browser.open(illustrative.url(page));
                for (String hidden : List.of(".menu", ".languages", ".skip-link", ".guide", ".footer-links")) {
                    for (WebElement e : browser.driver().findElements(By.cssSelector(hidden))) {
                        assertFalse(e.isDisplayed(), page + ": " + hidden + " is not printed");
                    }
                }
                Object inside = browser.driver().executeScript("var a = document.querySelector('main a[href$=\".html\"]');"
                        + "return getComputedStyle(a, '::after').content;");
                assertEquals("none", inside, page + ": a link within the site prints no address");
                screenshot("print-" + page.replace('/', '-').replace(".html", ""));
            }
            // The shipped pages link to no other site yet: a page on the site's stylesheet shows the rule.
            Path sample = tmp.resolve("print");
            Files.createDirectories(sample.resolve("css"));
            Files.copy(TestSites.PROJECT.resolve("assets/css/site.css"), sample.resolve("css/site.css"));
            TestSites.write(sample.resolve("index.html"), "<!DOCTYPE html><html lang=en><head><title>x</title>"
                    + "<link rel=stylesheet href=css/site.css></head><body><main><p><a class=external "
                    + "href=\"https://www.example.org/report\">The report</a></p></main></body></html>");
            TestSites.write(sample.resolve("404.html"), "<!DOCTYPE html><html lang=en><head><title>404</title></head></html>");
            try (StaticServer printServer = new StaticServer(sample)) {
                browser.open(printServer.url("index.html"));
                Object outside = browser.driver().executeScript("var a = document.querySelector('main a.external');"
                        + "return getComputedStyle(a, '::after').content;");
                assertEquals("\" (https://www.example.org/report)\"", outside, "a link to another site prints its address");
            }
            browser.open(illustrative.url("programme.html"));
            WebElement list = browser.driver().findElement(By.cssSelector("#day_2024-06-12 .timetable-list"));
            assertTrue(list.isDisplayed(), "the programme prints as the list by time slot");
            assertTrue(list.getText().contains("11:00–12:30") && list.getText().contains("Room A"), list.getText());
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aMissingBrowserFailsWithWhatToInstall() {
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> new Browser(tmp.resolve("no-chromium"), Path.of("/usr/bin/chromedriver")));
        assertTrue(e.getMessage().contains("apt-get install -y chromium chromium-driver"), e.getMessage());
    }

    @Test
    void theAccessKeysLeadToTheHeaderTheContentAndTheFooter() {
        browser.emulate(DESKTOP, false);
        browser.open(server.url("index.html"));
        Map<String, String> targets = Map.of("U", "site_header", "C", "main_content", "Z", "site_footer");
        for (var key : targets.entrySet()) {
            WebElement marker = browser.driver().findElement(By.cssSelector("a[accesskey='" + key.getKey() + "']"));
            assertTrue(marker.getText().startsWith(":::"), marker.getText());
            assertTrue(marker.getAccessibleName().contains("(access key " + key.getKey() + ")"),
                    "the marker's name says what it is: " + marker.getAccessibleName());
            assertEquals("#" + key.getValue(), marker.getAttribute("href").replaceAll(".*#", "#"));
            assertNotNull(browser.driver().findElement(By.id(key.getValue())));
            assertFalse(marker.getAttribute("title").isEmpty(), "the marker's title says it too");
            marker.sendKeys(Keys.ENTER);
            assertEquals(key.getValue(), browser.driver().switchTo().activeElement().getAttribute("id"),
                    "following the marker puts the keyboard focus in its area");
        }
    }

    private static boolean isInside(WebElement element, String id) {
        Object inside = browser.driver().executeScript(
                "return !!arguments[0].closest('#' + arguments[1]);", element, id);
        return Boolean.TRUE.equals(inside);
    }

    /** The whole page, not only the viewport, when screenshots were asked for ({@code -Dscreenshots}). */
    private static void screenshot(String name) throws Exception {
        if (!SCREENSHOTS_ASKED) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) browser.driver().executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 12000);
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
