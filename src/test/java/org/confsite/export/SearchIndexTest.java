package org.confsite.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The search index is Fuse.js's own format, made from the pages' text. */
class SearchIndexTest {
    private static JsonNode parse(byte[] script) throws Exception {
        String text = new String(script, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("window.confsiteSearch=") && text.endsWith(";\n"), text);
        return new ObjectMapper().readTree(text.substring("window.confsiteSearch=".length(), text.length() - 2));
    }

    @Test
    void recordsHoldEachFieldsTextAndFusesLengthNorm() throws Exception {
        SearchIndex index = new SearchIndex();
        index.addPage("about.html", "page", "About  the\nconference", "Summary.", "<p>A &amp; B&#39;s <b>x</b>&#x4E2D;</p>");
        index.add(new SearchIndex.Entry("sessions/a.html", "session", "臺北之夜", ""));
        JsonNode data = parse(index.script());
        assertEquals("about.html", data.at("/docs/0/u").asText());
        assertEquals("page", data.at("/docs/0/k").asText());
        assertEquals("About the conference", data.at("/docs/0/t").asText());
        JsonNode keys = data.at("/index/keys");
        assertEquals("t", keys.get(0).at("/id").asText());
        assertEquals(1.0, keys.get(0).at("/weight").asDouble() + keys.get(1).at("/weight").asDouble(), 1e-9);
        assertEquals(0, data.at("/index/records/0/i").asInt());
        assertEquals("About the conference", data.at("/index/records/0/$/0/v").asText());
        assertEquals(0.577, data.at("/index/records/0/$/0/n").asDouble(), "1/sqrt(3 words)");
        assertEquals("Summary. A & B's x 中", data.at("/index/records/0/$/1/v").asText());
        // An empty field has no record, as Fuse itself writes it.
        assertEquals("臺北之夜", data.at("/index/records/1/$/0/v").asText());
        assertFalse(data.at("/index/records/1/$").has("1"));
        assertEquals(1.0, data.at("/index/records/1/$/0/n").asDouble());
    }

    @Test
    void longTextIsCutAtAWordAndHostileTextStaysText() throws Exception {
        SearchIndex index = new SearchIndex();
        index.addPage("a.html", "news", "</script><script>alert(1)</script>", null, "<p>" + "word ".repeat(1000) + "</p>");
        JsonNode data = parse(index.script());
        String text = data.at("/index/records/0/$/1/v").asText();
        assertTrue(text.length() <= SearchIndex.MAX_TEXT && text.endsWith("word"), text.length() + " " + text);
        assertEquals("</script><script>alert(1)</script>", data.at("/docs/0/t").asText(), "shown with textContent by search.js");
        assertEquals(0.5, SearchIndex.norm("a b c d"));
    }

    @Test
    void theLibraryIsOnTheClassPath() {
        String js = new String(SearchIndex.library(SearchIndex.LIBRARY), StandardCharsets.UTF_8);
        assertTrue(js.contains("Fuse") && js.length() > 10_000, "fuse.min.js from the WebJar");
        assertTrue(new String(SearchIndex.library(SearchIndex.LIBRARY_LICENSE), StandardCharsets.UTF_8).contains("Apache"));
    }
}
