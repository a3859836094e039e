package org.confsite.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.confsite.support.SharedSites;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the dg.o site and of the fixture site passes the Nu HTML Checker with no error and no warning. */
@ExtendWith(SharedSites.class)
class HtmlValidationTest {
    @TempDir
    Path tmp;

    /** Collects what the checker says, as "file:line:col: message". */
    private static final class Collector implements ErrorHandler {
        final List<String> found = new ArrayList<>();
        Path file;

        /** The page being checked, by line. */
        List<String> lines = List.of();

        @Override
        public void warning(SAXParseException e) {
            // The checker applies script-src to every inline script; a JSON-LD data block is never
            // run, so the HTML standard exempts it from the policy (browsers load it without a report).
            if (e.getMessage().startsWith("Inline script violates Content Security Policy") && e.getLineNumber() > 0
                    && e.getLineNumber() <= lines.size()
                    && lines.get(e.getLineNumber() - 1).contains("<script type=\"application/ld+json\">")) {
                return;
            }
            found.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": warning: " + e.getMessage());
        }

        @Override
        public void error(SAXParseException e) {
            found.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": error: " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            found.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
        }
    }

    private static List<String> check(Path site) throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        for (Path page : pages) {
            collector.file = site.relativize(page);
            collector.lines = Files.readAllLines(page);
            // Read as the page a visitor loads over HTTPS: a file: address has no origin, so the
            // checker's Content-Security-Policy rules would find 'self' matching nothing.
            try (var in = Files.newInputStream(page)) {
                org.xml.sax.InputSource source = new org.xml.sax.InputSource(in);
                source.setEncoding("UTF-8");
                source.setSystemId("https://site.test/" + site.relativize(page).toString().replace('\\', '/'));
                validator.checkHtmlInputSource(source);
            }
        }
        assertTrue(pages.size() > 25, "checked " + pages.size() + " pages");
        return collector.found;
    }

    @Test
    void everyPageOfTheShippedSiteIsValidHtml(SharedSites.Sites sites) throws Exception {
        assertEquals(List.of(), check(sites.shipped()));
    }

    @Test
    void everyPageOfTheIllustrativeProgrammeIsValidHtml(SharedSites.Sites sites) throws Exception {
        // Timetables of several rooms, breaks across every column, clashes: what the shipped site has no data for yet;
        // typed links on sessions and papers, and a recording shown on request, in both languages.
        Path out = sites.illustrative();
        assertEquals(List.of(), check(out));
        for (String lang : List.of("", "zh-tw/")) {
            assertTrue(TestSites.html(out, lang + "sessions/research-papers.html").select(".video-preview button, li.link-slides")
                    .size() == 2, lang + "a recording and a typed link were checked");
            assertTrue(TestSites.html(out, lang + "papers/sample-paper-one.html").select(".link-list li.link-doi").size() == 1);
        }
    }

    @Test
    void everyPageOfASiteMadeByInitAndImportIsValidHtml(SharedSites.Sites sites) throws Exception {
        // Imported text holds markup (<script> in an abstract): it is shown as text, and the pages stay valid.
        Path out = sites.imported();
        assertEquals(List.of(), check(out));
        assertTrue(TestSites.text(out.resolve("programme.html")).contains("Open budgets, fictional edition"));
        for (org.confsite.sitedata.InfoPage info : org.confsite.sitedata.InfoPage.values()) {
            assertTrue(Files.isRegularFile(out.resolve("zh-tw/" + info.getUri())), info.getUri() + " was checked");
        }
        String session = TestSites.text(out.resolve("sessions/open-budgets-fictional-edition-1.html"));
        assertTrue(session.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !session.contains("<script>alert"), session);
    }

    @Test
    void everyPageOfTheFixtureSiteIsValidHtmlHostileTextIncluded() throws Exception {
        Path site = TestSites.copyFixture(tmp);
        TestSites.bake(site, TestSites.NOW);
        assertEquals(List.of(), check(site.resolve("out")));
    }

    @Test
    void theDatesAndGalleryPagesAreValidHtmlInBothLanguages() throws Exception {
        // Dates past, today, under way and to come (the home page's section too); photos with and
        // without copies; captions in Chinese, and markup in the data shown as text.
        Path site = TestSites.withDatesAndGallery(TestSites.bilingual(TestSites.copyFixtureWithTheme(tmp)));
        Path out = new org.confsite.bake.Bakery(org.confsite.config.SiteConfig.load(site), TestSites.NOW,
                org.confsite.bake.Console.silent()).bake().output();
        for (String page : List.of("dates.html", "zh-tw/dates.html", "gallery.html", "zh-tw/gallery.html")) {
            assertTrue(Files.isRegularFile(out.resolve(page)), page);
        }
        assertEquals(List.of(), check(out));
    }

    @Test
    void everyPageOfTheNewsInTwoLanguagesIsValidHtml(SharedSites.Sites sites) throws Exception {
        // Posts in one language only, lists marking them in the other, tag pages of each language, bylines.
        Path out = sites.news();
        assertEquals(List.of(), check(out));
        assertTrue(Files.isRegularFile(out.resolve("zh-tw/news/night-market.html"))
                && Files.isRegularFile(out.resolve("zh-tw/news/tags/ye-shi.html")));
    }

    @Test
    void theCheckerFindsErrorsWhenThereAreSome() throws Exception {
        Path bad = tmp.resolve("bad");
        TestSites.write(bad.resolve("a.html"), "<!DOCTYPE html><html lang=en><head><title>x</title></head><body>"
                + "<p><div>block in p</div><img src=x.png></p></body></html>");
        for (int i = 0; i < 25; i++) {
            TestSites.write(bad.resolve("ok" + i + ".html"),
                    "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p>ok</p></body></html>");
        }
        List<String> found = check(bad);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("a.html:") && f.contains("error") && f.contains("alt")),
                found.toString());
    }
}
