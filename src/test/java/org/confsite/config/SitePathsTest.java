package org.confsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Moving a page's links into another language's folder. */
class SitePathsTest {
    private static final Language ZH = new Language("zh-Hant-TW", "zh-tw", "zh_TW", Locale.TAIWAN);
    /** The paths each language has its own copy of: its pages and its feed. */
    private static final Set<String> LOCALIZED = Set.of("index.html", "programme.html", "news/index.html",
            "news/a.html", "feed.xml");

    private static String moved(String html, String uri, String basePath) {
        return SitePaths.relocate(html, uri, ZH, LOCALIZED::contains, basePath, false);
    }

    @Test
    void linksToPagesLeadToTheLanguagesPagesAndOthersToTheSharedFiles() {
        assertEquals("<a href=\"../programme.html\">p</a> <img src=\"../../news/photo.png\" alt=\"\">",
                moved("<a href=\"../programme.html\">p</a> <img src=\"photo.png\" alt=\"\">", "news/a.html", "/"));
        assertEquals("<a href=\"news/\">n</a><a href=\"../css/site.css\">c</a><a href=\"feed.xml\">f</a>",
                moved("<a href=\"news/\">n</a><a href=\"css/site.css\">c</a><a href=\"feed.xml\">f</a>", "index.html", "/"));
        // From the site root, with the base path of a site in a sub-folder, query and fragment kept.
        assertEquals("<a href=\"/conf/zh-tw/programme.html?day=2&amp;x=1#t\">p</a>",
                moved("<a href=\"/conf/programme.html?day=2&amp;x=1#t\">p</a>", "about.html", "/conf/"));
        // Within the page, other sites, mail: as they are.
        String same = "<a href=\"#top\">t</a><a href=\"https://example.org/a.html\">e</a><a href=\"mailto:a@b.c\">m</a>";
        assertEquals(same, moved(same, "news/a.html", "/"));
    }

    @Test
    void everyLinkKeepsItsSpellingSoNothingDecodedBecomesMarkup() {
        assertEquals("<a href=\"../../news/x%22%20onmouseover%3D%22alert(1).png\">x</a>",
                moved("<a href=\"x%22%20onmouseover%3D%22alert(1).png\">x</a>", "news/a.html", "/"));
        assertEquals("<img src=\"../../news/a%23b.png\" alt=\"\">", moved("<img src=\"a%23b.png\" alt=\"\">", "news/a.html", "/"));
    }

    @Test
    void srcsetAndSingleQuotesAreMovedToo() {
        assertEquals("<img src='../../news/p.png' srcset=\"../../news/p.png 1x, ../../news/big.png 2x\" alt=''>",
                moved("<img src='p.png' srcset=\"p.png 1x, big.png 2x\" alt=''>", "news/a.html", "/"));
        // Only those attributes: data-href is the page's own business.
        assertEquals("<p data-href=\"p.png\">x</p>", moved("<p data-href=\"p.png\">x</p>", "news/a.html", "/"));
    }

    @Test
    void thePageServedAtAnyAddressLinksFromTheBasePath() {
        assertEquals("<a href=\"/conf/zh-tw/programme.html\">p</a><a href=\"/conf/css/site.css\">c</a>",
                SitePaths.relocate("<a href=\"programme.html\">p</a><a href=\"/conf/css/site.css\">c</a>", "404.html", ZH,
                        LOCALIZED::contains, "/conf/", true));
    }
}
