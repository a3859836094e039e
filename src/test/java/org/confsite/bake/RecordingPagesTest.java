package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.confsite.support.SharedSites;
import org.confsite.support.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed links and recordings on the pages of the dg.o site with the illustrative programme, in
 * English and Chinese: the session with a recording on YouTube names the host only in the link to
 * the video and in its Content-Security-Policy, which allows that player's frames there and
 * nowhere else; a paper lists its links with their types.
 */
@ExtendWith(SharedSites.class)
class RecordingPagesTest {
    /** The policy of every page: everything from the site itself, frames included. */
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    private static final String RECORDED = "sessions/research-papers.html";
    private static final String VIDEO = "https://www.youtube.com/watch?v=sample-vid1&t=95";
    /** Anything that names a host of YouTube or Vimeo, or of what their players load (thumbnails, scripts, videos). */
    private static final Pattern VIDEO_HOST = Pattern.compile("(?i)youtube|youtu\\.be|ytimg|googlevideo|vimeo");

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void bake(SharedSites.Sites sites) {
        out = sites.illustrative();
    }

    private static String policy(Document doc) {
        return doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    }

    @Test
    void theRecordingIsAButtonAndALinkAndNothingOfTheHostLoadsBeforeTheClick() {
        for (String lang : List.of("", "zh-tw/")) {
            String page = lang + RECORDED;
            String html = TestSites.text(out.resolve(page));
            Document doc = TestSites.html(out, page);
            assertEquals(POLICY + "; frame-src https://www.youtube-nocookie.com", policy(doc), page);
            Element preview = doc.selectFirst("section[aria-labelledby=recording_title] .video-preview");
            assertEquals("youtube", preview.attr("data-provider"));
            assertEquals("sample-vid1", preview.attr("data-video"));
            assertEquals("95", preview.attr("data-start"));
            Element button = preview.selectFirst("button[type=button].video-load");
            assertTrue(button.hasAttr("hidden"), "shown by video.js, so that without scripts only the link is there");
            Element link = preview.selectFirst("a.video-link");
            assertEquals(VIDEO, link.attr("href"));
            String title = doc.selectFirst("h1").text();
            if (lang.isEmpty()) {
                assertEquals("Play “" + title + "” here (loads content from YouTube)", button.text());
                assertEquals("“" + title + "” on YouTube", link.text());
                assertEquals(title + " (video player from YouTube)", preview.attr("data-frame-title"));
                assertEquals("Recording", doc.selectFirst("#recording_title").text());
            } else {
                assertEquals("在此播放「" + title + "」（將載入 YouTube 的內容）", button.text());
                assertEquals("YouTube 上的「" + title + "」", link.text());
                assertEquals("錄影", doc.selectFirst("#recording_title").text());
            }
            String root = lang.isEmpty() ? "../" : "../../";
            assertTrue(doc.select("script[src]").eachAttr("src").contains(root + "js/video.js"));
            // No frame, picture, script or style from elsewhere: the host is named twice, in the link and in the policy.
            assertEquals(List.of(), doc.select("iframe, img[src*=//], script[src*=//], link[href*=//][rel=stylesheet]")
                    .eachAttr("src"));
            List<String> named = new ArrayList<>();
            Matcher m = VIDEO_HOST.matcher(html);
            while (m.find()) {
                named.add(html.substring(Math.max(0, m.start() - 40), Math.min(html.length(), m.end() + 20)));
            }
            String withoutLinkAndPolicy = html.replace("href=\"" + VIDEO.replace("&", "&amp;") + "\"", "")
                    .replace("; frame-src https://www.youtube-nocookie.com\"", "\"");
            // The host's name as text for visitors (YouTube), and the provider's key for the script, name no address.
            List<String> left = new ArrayList<>();
            Matcher rest = Pattern.compile("(?i)[a-z0-9.-]*(youtube|youtu\\.be|ytimg|googlevideo|vimeo)[a-z0-9.-]*\\.[a-z]{2,}"
                    + "|//[^\"\\s]*(youtube|youtu\\.be|vimeo)").matcher(withoutLinkAndPolicy);
            while (rest.find()) {
                left.add(rest.group());
            }
            assertEquals(List.of(), left, page + " names a video host elsewhere: " + named);
            // The slides are listed as a typed link; the recording is not listed twice.
            assertEquals(List.of(lang.isEmpty() ? "Slides: View the slides" : "投影片：檢視投影片"),
                    doc.select("section[aria-labelledby=links_title] li.link-slides").eachText());
            assertEquals(List.of(), doc.select(".link-list a[href*=youtube]").eachAttr("href"));
        }
    }

    @Test
    void everyOtherPageKeepsThePolicyThatAllowsNoFrameFromElsewhere() throws IOException {
        List<String> differ = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String page = out.relativize(file).toString().replace('\\', '/');
                if (page.equals(RECORDED) || page.equals("zh-tw/" + RECORDED)) {
                    continue;
                }
                Document doc = TestSites.html(out, page);
                if (doc.selectFirst("meta[http-equiv=Content-Security-Policy]") == null) {
                    continue; // a redirect page, say
                }
                pages++;
                if (!POLICY.equals(policy(doc))) {
                    differ.add(page + ": " + policy(doc));
                }
                assertNull(doc.selectFirst(".video-preview"), page);
            }
        }
        assertTrue(pages > 100, pages + " pages");
        assertEquals(List.of(), differ);
    }

    @Test
    void hostileTitlesOfRecordingsAndLinksStayText() {
        Path site = TestSites.copyFixture(tmp.resolve("hostile"));
        String evil = "\" onmouseover=\"alert(1)\" <iframe src=//evil.example></iframe>";
        String sessions = TestSites.text(site.resolve("data/sessions.yaml"));
        String at = "    speakers: [ada, bob]\n    abstract: \"<img";
        assertTrue(sessions.contains(at));
        String quoted = "'" + evil.replace("'", "''") + "'";
        TestSites.write(site.resolve("data/sessions.yaml"), sessions.replace(at, "    speakers: [ada, bob]\n    links:\n"
                + "      - {type: video, url: \"https://youtu.be/abcdefghijk?t=5\"}\n"
                + "      - {type: video, url: \"https://player.vimeo.com/video/76979871?h=0a1b2c3d4e\", title: " + quoted + "}\n"
                + "      - {type: slides, url: \"https://example.org/s?a=1&b=<2>\", title: " + quoted + "}\n"
                + "    abstract: \"<img"));
        TestSites.bake(site, TestSites.NOW);
        Document doc = TestSites.html(site.resolve("out"), "sessions/hostile.html");
        String title = "<script>alert('x')</script> & \"quoted\" panel";
        assertEquals(List.of("Play “" + title + "” here (loads content from YouTube)",
                "Play “" + evil + "” here (loads content from Vimeo)"), doc.select(".video-preview button").eachText());
        assertEquals(List.of(title + " (video player from YouTube)", evil + " (video player from Vimeo)"),
                doc.select(".video-preview").eachAttr("data-frame-title"));
        assertEquals(List.of("Slides: " + evil), doc.select("li.link-slides").eachText());
        assertEquals("https://example.org/s?a=1&b=<2>", doc.selectFirst("li.link-slides a").attr("href"));
        assertEquals(List.of(), doc.select("iframe, [onmouseover], main script"), "nothing became markup");
        assertEquals(POLICY + "; frame-src https://player.vimeo.com https://www.youtube-nocookie.com", policy(doc));
    }

    @Test
    void aPapersSlidesOnThisSiteAreCheckedLikeEverySitePathAndADoiIsNot() {
        Path site = TestSites.copyFixture(tmp.resolve("paper-links"));
        String papers = TestSites.text(site.resolve("data/papers.yaml"));
        TestSites.write(site.resolve("data/papers.yaml"), papers.replace("    doi: 10.1234/fixture.1\n",
                "    doi: 10.1234/fixture.1\n    links:\n      - {type: doi, url: 10.1234/fixture.2}\n"
                        + "      - {type: slides, url: abuot.html}\n"));
        org.confsite.error.SiteException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.confsite.error.SiteException.class, () -> TestSites.bake(site, TestSites.NOW));
        assertEquals(List.of("data/papers.yaml:9:29: link 'abuot.html' leads to no page or file of this site"
                + " (did you mean 'about.html'?)"), e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aPaperListsItsLinksWithTheirTypesInEachLanguage() {
        Document en = TestSites.html(out, "papers/sample-paper-one.html");
        assertEquals(List.of("DOI: 10.5555/sample-paper-one", "Slides: Slides (PDF, illustrative)", "Code: See the source code",
                "Recording: Watch the recording"), en.select("section[aria-labelledby=links_title] li").eachText());
        assertEquals("https://doi.org/10.5555/sample-paper-one", en.selectFirst("li.link-doi a").attr("href"));
        // A paper's recording is a link: its page has no player, and its policy allows none.
        assertEquals("https://vimeo.com/100000001", en.selectFirst("li.link-video a.external").attr("href"));
        assertEquals(POLICY, policy(en));
        Document zh = TestSites.html(out, "zh-tw/papers/sample-paper-one.html");
        assertEquals(List.of("DOI：10.5555/sample-paper-one", "投影片：Slides (PDF, illustrative)", "程式碼：檢視原始碼",
                "錄影：觀看錄影"), zh.select("section[aria-labelledby=links_title] li").eachText());
        assertEquals("相關連結", zh.selectFirst("#links_title").text());
    }
}
