package org.confsite.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.confsite.support.Browser;
import org.confsite.support.SharedSites;
import org.confsite.support.StaticServer;
import org.confsite.support.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The search page in a real browser: English and Chinese queries, the keyboard, and no JavaScript. */
@org.junit.jupiter.api.extension.ExtendWith(SharedSites.class)
class SearchBrowserTest {
    static Path out;
    static StaticServer server;
    static Browser browser;

    @BeforeAll
    static void serveTheShippedSite(SharedSites.Sites sites) {
        out = sites.shipped();
        server = sites.server(out);
        browser = sites.browser();
    }

    /** Opens the search page of {@code page} with a query and waits for the results to be announced. */
    private String search(String page, String query) {
        browser.open(server.url(page) + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return waitForStatus();
    }

    private String waitForStatus() {
        return browser.waiting(Duration.ofSeconds(30)).until(d -> {
            String text = d.findElement(By.id("search_status")).getText();
            return text.isEmpty() ? null : text;
        });
    }

    /** The text of each marked word of the results, read in one round trip (one per element took seconds). */
    private List<String> marks() {
        return browser.strings("return Array.from(document.querySelectorAll('#search_results mark'), m => m.innerText);");
    }

    /** The address of each result's link, in one round trip. */
    private List<String> links() {
        return browser.strings("return Array.from(document.querySelectorAll('#search_results a'), a => a.href);");
    }


    @Test
    void anEnglishSearchListsResultsByKindWithTheWordsMarked() {
        String status = search("search.html", "Taipei");
        assertTrue(status.matches("\\d+ results for “Taipei”\\."), status);
        List<String> groups = browser.driver().findElements(By.cssSelector("#search_results h2")).stream()
                .map(WebElement::getText).toList();
        assertTrue(groups.stream().anyMatch(g -> g.startsWith("Sessions (")), groups.toString());
        assertTrue(groups.stream().anyMatch(g -> g.startsWith("News (")), groups.toString());
        assertTrue(marks().stream().allMatch(m -> m.equalsIgnoreCase("taipei")) && !marks().isEmpty(), marks().toString());
        assertTrue(links().contains(server.url("sessions/taipei-night.html")), links().toString());
        assertFalse(browser.driver().findElement(By.id("search_all")).isDisplayed(), "the plain index gives way to the results");
        // Two words: both must be there.
        String both = search("search.html", "Taipei Night");
        assertTrue(links().contains(server.url("sessions/taipei-night.html")), both);
        assertTrue(links().size() < 20, links().toString());
    }

    @Test
    void aChineseSearchFindsChineseText() {
        String status = search("zh-tw/search.html", "臺北");
        assertTrue(status.matches("「臺北」共有 \\d+ 筆結果。"), status);
        assertTrue(marks().contains("臺北"), marks().toString());
        assertTrue(links().stream().allMatch(l -> l.startsWith(server.url("zh-tw/"))), "Chinese pages only: " + links());
        assertTrue(links().contains(server.url("zh-tw/news/best-paper-award.html")), links().toString());
        // A name in Chinese finds the person.
        search("zh-tw/search.html", "蔣萬安");
        assertTrue(links().contains(server.url("zh-tw/speakers/chiang-wan-an.html")), links().toString());
    }

    @Test
    void eitherWayOfWritingACharacterFindsTheSameAndTheTextIsShownAsWritten() {
        String formal = search("zh-tw/search.html", "臺北");
        List<String> found = links();
        String common = search("zh-tw/search.html", "台北");
        assertEquals(formal.replace("臺北", "台北"), common);
        assertEquals(found, links());
        assertTrue(!marks().isEmpty() && marks().stream().allMatch(m -> m.equals("臺北")), "marked as written: " + marks());
    }

    @Test
    void snippetsStartAndEndOnWholeWords() {
        search("search.html", "Taipei");
        List<String> cut = browser.driver().findElements(By.cssSelector("#search_results li p")).stream()
                .map(WebElement::getText).filter(s -> s.startsWith("… ") || s.endsWith(" …")).toList();
        assertFalse(cut.isEmpty(), "some texts are long enough to be cut");
        // The texts as indexed: the script's JSON, read back.
        String script = TestSites.text(out.resolve("search-index.js"));
        String index;
        try {
            index = new com.fasterxml.jackson.databind.ObjectMapper().readTree(script.substring(script.indexOf('{'),
                    script.lastIndexOf('}') + 1)).findValuesAsText("v").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String s : cut) {
            String body = s.replaceFirst("^… ", "").replaceFirst(" …$", "");
            assertTrue(!s.startsWith("… ") || index.contains(" " + body), "starts on a word: " + s);
            assertTrue(!s.endsWith(" …") || index.contains(body + " "), "ends on a word: " + s);
        }
    }

    @Test
    void theBoxWorksFromTheKeyboardAndSaysWhenNothingIsFound() {
        browser.open(server.url("search.html"));
        WebElement box = browser.driver().findElement(By.id("search_q"));
        assertEquals("Words to find", browser.driver().findElement(By.cssSelector("label[for=search_q]")).getText());
        box.sendKeys("Chiang" + Keys.ENTER);
        String status = waitForStatus();
        assertTrue(status.matches("\\d+ results? for “Chiang”\\."), status);
        assertTrue(links().contains(server.url("speakers/chiang-wan-an.html")), links().toString());
        assertTrue(browser.driver().getCurrentUrl().endsWith("?q=Chiang"), "the address keeps the query");
        box.clear();
        box.sendKeys("xyzzyplugh" + Keys.ENTER);
        browser.waiting(Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("search_status")).getText().startsWith("Nothing found"));
        assertTrue(links().isEmpty());
    }

    @Test
    void withoutJavaScriptTheSearchPageIsAPlainIndexOfEveryPage() {
        Document page = TestSites.html(out, "search.html");
        assertEquals("search.html", page.selectFirst("form[role=search]").attr("action"));
        assertEquals("q", page.selectFirst("form[role=search] input").attr("name"));
        List<String> linked = page.select("#search_all a").eachAttr("href");
        for (String expected : List.of("sessions/taipei-night.html", "speakers/chiang-wan-an.html", "news/best-paper-award.html",
                "about.html", "papers/best-paper-taipeipass-taipeion.html")) {
            assertTrue(linked.contains(expected), expected + " in " + linked);
        }
        assertTrue(TestSites.html(out, "zh-tw/search.html").select("#search_all a").eachText().contains("蔣萬安"));
    }
}
