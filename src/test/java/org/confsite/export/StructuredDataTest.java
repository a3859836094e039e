package org.confsite.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.confsite.support.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON-LD, Open Graph and Twitter tags, canonical URLs and robots.txt of the fixture site. */
class StructuredDataTest {
    private static final String BASE = "https://fixture.example.org/conf/";
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void bakeFixture() {
        Path site = TestSites.copyFixture(tmp);
        TestSites.bake(site, TestSites.NOW);
        out = site.resolve("out");
    }

    private static JsonNode ld(String page) {
        Document doc = TestSites.html(out, page);
        var scripts = doc.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), page);
        try {
            return new ObjectMapper().readTree(scripts.get(0).data());
        } catch (Exception e) {
            throw new AssertionError(page + ": not JSON: " + scripts.get(0).data(), e);
        }
    }

    @Test
    void theHomePageDescribesTheConferenceWithPlaceOrganisersAndSessions() {
        JsonNode c = ld("index.html");
        assertEquals("https://schema.org", c.get("@context").asText());
        assertEquals("ConferenceEvent", c.get("@type").asText());
        assertEquals(BASE + "#conference", c.get("@id").asText());
        assertEquals("2030-03-04T09:00:00+08:00", c.get("startDate").asText(), "the first session's start, with offset");
        assertEquals("2030-03-05T23:59:59+08:00", c.get("endDate").asText(), "the last day's end when it has no timed session");
        assertEquals("https://schema.org/EventScheduled", c.get("eventStatus").asText());
        assertEquals("https://schema.org/OfflineEventAttendanceMode", c.get("eventAttendanceMode").asText());
        JsonNode place = c.get("location");
        assertEquals("Place", place.get("@type").asText());
        assertEquals("PostalAddress", place.get("address").get("@type").asText());
        assertEquals("1 Test Road", place.get("address").get("streetAddress").asText());
        assertEquals("10617", place.get("address").get("postalCode").asText());
        assertEquals("TW", place.get("address").get("addressCountry").asText());
        assertEquals(25.0173, place.get("geo").get("latitude").asDouble());
        assertEquals(List.of("Fixture Society", "Host One", "Host Two"),
                c.get("organizer").findValuesAsText("name"));
        assertEquals(List.of("opening", "coffee"), c.get("subEvent").findValuesAsText("@id").stream()
                .map(u -> u.replaceAll(".*/|\\.html", "")).toList(), "every session but the illustrative ones");
        assertEquals(BASE + "sessions/opening.html", c.get("subEvent").get(0).get("@id").asText());
        assertEquals(BASE + "img/social-card.png", c.get("image").asText());
        assertFalse(c.get("subEvent").get(0).has("@context"), "one @context, at the top");
    }

    @Test
    void aSessionIsAnEventOfTheConference() {
        JsonNode e = ld("sessions/opening.html");
        assertEquals("Event", e.get("@type").asText());
        assertEquals("2030-03-04T09:00:00+08:00", e.get("startDate").asText());
        assertEquals("2030-03-04T10:00:00+08:00", e.get("endDate").asText());
        assertEquals(BASE + "#conference", e.get("superEvent").get("@id").asText());
        assertEquals("Main Hall, Fixture Hall, 1F", e.get("location").get("name").asText());
        assertEquals("Ada Example", e.get("performer").get(0).get("name").asText());
        assertEquals("1 Test Road", e.get("location").get("address").get("streetAddress").asText(),
                "a room in the venue's building has the venue's address");
    }

    @Test
    void hostileTextCannotCloseTheScriptElement() {
        Document doc = TestSites.html(out, "speakers/cy.html");
        String raw = doc.select("script[type=application/ld+json]").get(0).data();
        assertFalse(raw.contains("<"), "every < escaped: " + raw);
        assertEquals("Cy <i>Author</i>", ld("speakers/cy.html").get("name").asText(), "the text itself is intact");
        assertEquals(List.of("../js/offline.js"), doc.select("script:not([type=application/ld+json])").eachAttr("src"),
                "no executable script but the site's own file");
    }

    @Test
    void illustrativeSessionsAndPeopleAreNotAnnouncedAsFacts() {
        for (String page : List.of("sessions/hostile.html", "sessions/papers-a.html", "sessions/dinner.html",
                "speakers/bob.html")) {
            assertTrue(TestSites.html(out, page).select("script[type=application/ld+json]").isEmpty(), page);
        }
    }

    @Test
    void newsPostsAreArticlesAndPeoplePersons() {
        JsonNode a = ld("news/first.html");
        assertEquals("NewsArticle", a.get("@type").asText());
        assertEquals("First news", a.get("headline").asText());
        assertEquals("2030-01-10T00:00:00+08:00", a.get("datePublished").asText());
        assertEquals(BASE + "news/first.html", a.get("mainEntityOfPage").asText());
        assertEquals("Fixture Conf 2030", a.get("publisher").get("name").asText());
        JsonNode p = ld("speakers/ada.html");
        assertEquals("Person", p.get("@type").asText());
        assertEquals("Ada Example", p.get("name").asText());
        assertEquals("Example University", p.get("affiliation").get("name").asText());
        assertEquals("https://ada.example.org/", p.get("sameAs").get(0).asText());
    }

    @Test
    void everyPageHasLinkPreviewTags() throws Exception {
        try (var files = java.nio.file.Files.walk(out)) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".html")).toList();
            assertTrue(pages.size() > 25);
            for (Path page : pages) {
                Document doc = TestSites.html(out, out.relativize(page).toString());
                assertEquals(BASE + "img/social-card.png", meta(doc, "og:image"), page.toString());
                assertEquals("1200", meta(doc, "og:image:width"));
                assertEquals("630", meta(doc, "og:image:height"));
                assertFalse(meta(doc, "og:title").isEmpty(), page.toString());
                assertNotNull(doc.selectFirst("meta[name=twitter:card]"), page.toString());
            }
        }
    }

    @Test
    void everyPageHasOpenGraphAndTwitterTagsWithAbsoluteUrls() {
        Document post = TestSites.html(out, "news/first.html");
        assertEquals("article", meta(post, "og:type"));
        assertEquals("First news", meta(post, "og:title"));
        assertEquals(BASE + "news/first.html", meta(post, "og:url"));
        assertEquals(BASE + "news/first.html", post.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(BASE + "img/social-card.png", meta(post, "og:image"));
        assertEquals("A card with the <conference> name", meta(post, "og:image:alt"));
        assertEquals("en_GB", meta(post, "og:locale"));
        assertEquals("summary_large_image", post.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals(BASE + "img/social-card.png", post.selectFirst("meta[name=twitter:image]").attr("content"));
        assertEquals("profile", meta(TestSites.html(out, "speakers/ada.html"), "og:type"));
        Document home = TestSites.html(out, "index.html");
        assertEquals("website", meta(home, "og:type"));
        assertEquals(BASE, meta(home, "og:url"));
        assertNotNull(TestSites.html(out, "404.html").selectFirst("meta[property=og:title]"));
    }

    private static String meta(Document doc, String property) {
        return doc.selectFirst("meta[property=" + property + "]").attr("content");
    }

    @Test
    void theSitemapListsGeneratedPagesAndASiteInASubFolderHasNoRobotsTxt() {
        assertFalse(java.nio.file.Files.exists(out.resolve("robots.txt")), "crawlers read robots.txt only at a host's root");
        String sitemap = TestSites.text(out.resolve("sitemap.xml"));
        for (String page : List.of("sessions/opening.html", "speakers/cy.html", "papers/testing-papers.html",
                "programme/kind/keynote.html", "programme-data.html")) {
            assertTrue(sitemap.contains("<loc>" + BASE + page + "</loc>"), page);
        }
        assertFalse(sitemap.contains("draft"), "drafts never");
    }
}
