package org.confsite.sitedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The pages of committees, sponsors, registration, editions and contact, in English and
 * Traditional Chinese, built from the fictional files of {@code src/test/resources/site-data} on
 * the tests' day (2030-01-25, the conference in March 2030); and none of them without the files.
 */
class SiteDataPagesTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void bake() {
        Path site = TestSites.withSiteData(TestSites.bilingual(TestSites.copyFixtureWithTheme(tmp.resolve("with"))));
        out = new Bakery(SiteConfig.load(site), TestSites.NOW, Console.silent()).bake().output();
    }

    private static Document page(String path) {
        return TestSites.html(out, path);
    }

    private static List<String> texts(Document doc, String css) {
        return doc.select(css).eachText();
    }

    @Test
    void committeesInOrderWithTheirMembersInBothLanguages() {
        Document en = page("committees.html");
        assertEquals(List.of("Organising committee", "Programme committee"), texts(en, "main h2"));
        assertEquals(List.of("Ada Placeholder", "林測試", "Zoë O'Example", "Bo Sample"), texts(en, ".member-name"));
        assertEquals("General chair", en.selectFirst(".member-role").text());
        // Markup in the data is text: the affiliation is shown as written, escaped.
        assertTrue(en.html().contains("Institut d'Essai &lt;Test&gt;"), en.select(".affiliation").outerHtml());
        assertEquals("https://example.org/ada", en.selectFirst(".member-name a").attr("href"));
        assertEquals("fictional", en.selectFirst(".committee .prose em").text());

        Document zh = page("zh-tw/committees.html");
        assertEquals("委員會", zh.selectFirst("h1").text());
        assertEquals(List.of("籌備委員會", "議程委員會"), texts(zh, "main h2"));
        assertEquals("大會主席", zh.selectFirst(".member-role").text());
        assertEquals("無名大學、德國", zh.selectFirst(".affiliation").text());
        // A name not translated is marked as the main language's text; a translated field is not.
        Element ada = zh.selectFirst(".member-name");
        assertEquals("en", ada.attr("lang"));
        assertEquals("", zh.selectFirst(".member-role").attr("lang"));
        assertEquals("en", zh.select(".member-role").get(2).attr("lang"), "Programme chair is not translated");
    }

    @Test
    void aMembersPhotoComesInSmallerCopiesWithItsSize() {
        Element img = page("committees.html").selectFirst("img.member-photo");
        assertNotNull(img);
        assertEquals("900", img.attr("width"));
        assertEquals("900", img.attr("height"));
        assertTrue(img.attr("srcset").contains("480w"), img.outerHtml());
        assertEquals("", img.attr("alt"), "the name beside it says who it is");
        String copy = img.attr("srcset").split(" ")[0];
        assertTrue(Files.isRegularFile(out.resolve(copy)), copy);
    }

    @Test
    void sponsorsTierByTierWithLogosDescribed() {
        Document en = page("sponsors.html");
        assertEquals(List.of("Gold sponsors", "Partners"), texts(en, "main h2"));
        List<String> alts = en.select(".sponsor-logo").eachAttr("alt");
        assertEquals(List.of("Example Cloud Ltd", "Nowhere Foundation, a green circle"), alts);
        assertEquals("https://example.com/", en.selectFirst(".sponsor-list a").attr("href"));
        assertEquals("測試市政府", en.selectFirst(".sponsor-name").text());

        Document zh = page("zh-tw/sponsors.html");
        assertEquals(List.of("金級贊助", "合作單位"), texts(zh, "main h2"));
        // The logo described by the name is described by the translated name.
        assertEquals("範例雲端公司", zh.selectFirst(".sponsor-logo").attr("alt"));
        assertEquals("en", zh.select(".sponsor-list > li").get(1).attr("lang"));
    }

    @Test
    void registrationIsOpenOnTheBuildsDayWithTheEndedRateMarked() {
        Document en = page("registration.html");
        assertEquals("Registration is open until Sunday 1 September 2030.", en.selectFirst(".registration-state").text());
        assertEquals("https://example.org/register", en.selectFirst("a.button").attr("href"));
        List<Element> rows = en.select(".prices tbody tr");
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).hasClass("ended"), rows.get(0).outerHtml());
        assertEquals("ended on Tuesday 15 January 2030", rows.get(0).selectFirst(".price-until").text());
        assertEquals(null, rows.get(1).selectFirst(".price-until"), "a fee without a last day says none");
        assertFalse(rows.get(1).hasClass("ended"));
        assertEquals("NT$3,000", rows.get(0).select("td").get(0).text());
        assertEquals("US$150.50", rows.get(2).select("td").get(0).text());
        assertEquals("with a student card", rows.get(2).selectFirst(".price-note").text());

        Document zh = page("zh-tw/registration.html");
        assertEquals("現正受理報名，至2030年9月1日（日）截止。", zh.selectFirst(".registration-state").text());
        assertEquals("早鳥報名", zh.selectFirst(".prices tbody th span").text());
        assertEquals("已於2030年1月15日（二）截止", zh.selectFirst(".price-until").text());
        assertEquals("大會晚宴", zh.selectFirst(".prose em").text());

        Document home = page("index.html");
        assertNotNull(home.selectFirst("#home_registration"), "the home page says registration is open");
        assertEquals("registration.html", home.selectFirst("#home_registration ~ p a[href$=registration.html]").attr("href"));
    }

    @Test
    void editionsToComeThenPastNewestFirst() {
        Document en = page("editions.html");
        assertEquals(List.of("Coming editions", "Past editions"), texts(en, "main h2"));
        assertEquals(List.of("2032", "2029", "2028"), texts(en, ".edition-year"));
        assertEquals("https://example.org/2029/", en.select(".edition-list a").get(0).attr("href"));
        Document zh = page("zh-tw/editions.html");
        assertTrue(zh.selectFirst(".edition-list li").text().contains("臺灣高雄市"), zh.selectFirst(".edition-list li").text());
    }

    @Test
    void contactWithMailPhoneAddressAndACheckedLink() {
        Document en = page("contact.html");
        assertEquals("mailto:forum@example.org", en.selectFirst(".contact a[href^=mailto]").attr("href"));
        assertEquals("tel:+886212345678", en.selectFirst(".contact a[href^=tel]").attr("href"));
        assertEquals(3, en.select("address br").size() + 1);
        assertEquals("accessibility.html", en.selectFirst(".link-list a").attr("href"));
        Document zh = page("zh-tw/contact.html");
        assertTrue(zh.selectFirst("address").text().startsWith("100 臺北市"), zh.selectFirst("address").text());
        assertEquals("", zh.selectFirst("address").attr("lang"));
    }

    @Test
    void theFooterAndTheHomePageLeadToThePagesThatExist() {
        for (String home : List.of("index.html", "zh-tw/index.html")) {
            Document doc = page(home);
            assertEquals(List.of("committees.html", "sponsors.html", "registration.html", "editions.html", "contact.html"),
                    doc.select(".footer-links a").eachAttr("href").stream()
                            .filter(h -> !h.contains("accessibility") && !h.contains("feed") && !h.contains("programme-data"))
                            .toList(), home);
            assertEquals(2, doc.select(".home-sponsors h3").size(), home);
        }
        assertEquals("贊助與合作單位", page("zh-tw/index.html").selectFirst("#home_sponsors").text());
    }

    @Test
    void withoutTheFilesThereAreNoSuchPagesOrLinks(@TempDir Path dir) {
        Path site = TestSites.bilingual(TestSites.copyFixture(dir));
        Path built = TestSites.bake(site, TestSites.NOW).output();
        for (InfoPage p : InfoPage.values()) {
            assertFalse(Files.exists(built.resolve(p.getUri())), p.getUri());
        }
        Document home = TestSites.html(built, "index.html");
        assertNull(home.selectFirst("#home_sponsors"));
        assertNull(home.selectFirst("#home_registration"));
        assertFalse(home.select(".footer-links").html().contains("committees"));
    }
}
