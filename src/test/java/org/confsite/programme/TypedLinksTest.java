package org.confsite.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.confsite.support.FixtureData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links with a type (video, slides, paper, doi, code) on sessions, papers and people: how they
 * are read, and every problem with its file, line and column.
 */
class TypedLinksTest {
    private static final String LINKS = """
                links:
                  - title: Slides
                    url: https://example.org/slides
                  - title: About the conference
                    url: about.html
            """;

    @TempDir
    Path tmp;
    FixtureData fixture;

    @BeforeEach
    void copyFixtureData() {
        fixture = new FixtureData(tmp);
    }

    /** Puts {@code links} (lines indented under "links:") in place of the opening session's links, from line 13. */
    private void sessionLinks(String links) {
        fixture.edit("sessions.yaml", LINKS, "    links:\n" + links);
    }

    private static String describe(Link l) {
        return l.type().id() + " [" + l.title() + "] " + l.url() + " -> " + l.getHref()
                + (l.getVideo() == null ? "" : " embed " + l.getVideo().embedUrl());
    }

    @Test
    void typedLinksAreReadWithTheirTypeTheirOptionalTitleAndWhereTheyLead() {
        sessionLinks("""
                      - type: video
                        url: https://www.youtube.com/watch?v=abcdefghijk
                      - type: slides
                        url: about.html
                        title: Slides (PDF, 2 MB)
                      - type: doi
                        url: 10.1145/3657054.3657060
                      - type: paper
                        url: https://papers.example.org/p.pdf
                      - type: code
                        url: https://code.example.org/repo
                      - type: link
                        title: Plain
                        url: https://example.org/
                      - title: Untyped
                        url: mailto:x@example.org
                      - type: video
                        url: https://vimeo.com/76979871
                        embed: false
                """);
        Session s = fixture.load().session("opening");
        assertEquals(List.of(
                "video [] https://www.youtube.com/watch?v=abcdefghijk -> https://www.youtube.com/watch?v=abcdefghijk"
                        + " embed https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1",
                "slides [Slides (PDF, 2 MB)] about.html -> about.html",
                "doi [] 10.1145/3657054.3657060 -> https://doi.org/10.1145/3657054.3657060",
                "paper [] https://papers.example.org/p.pdf -> https://papers.example.org/p.pdf",
                "code [] https://code.example.org/repo -> https://code.example.org/repo",
                "link [Plain] https://example.org/ -> https://example.org/",
                "link [Untyped] mailto:x@example.org -> mailto:x@example.org",
                "video [] https://vimeo.com/76979871 -> https://vimeo.com/76979871"),
                s.links().stream().map(TypedLinksTest::describe).toList());
        // The recording with a player is shown as a preview; the rest, the one with embed: false too, as links.
        assertEquals(List.of("https://www.youtube.com/watch?v=abcdefghijk"), s.previews().stream().map(Link::url).toList());
        assertEquals(7, s.listedLinks().size());
        assertEquals(List.of("https://www.youtube-nocookie.com"), s.frameSources());
        // A DOI is no path of this site: the link checker leaves it alone; a slides path it checks.
        assertEquals(List.of(false, true, false), s.links().subList(0, 3).stream().map(Link::isSitePath).toList());
    }

    @Test
    void aPageWithRecordingsOnBothHostsAllowsBothPlayersOnceEach() {
        sessionLinks("""
                      - {type: video, url: "https://vimeo.com/76979871"}
                      - {type: video, url: "https://youtu.be/abcdefghijk"}
                      - {type: video, url: "https://www.youtube.com/live/abcdefghijk?t=1h2m3s"}
                """);
        Session s = fixture.load().session("opening");
        assertEquals(List.of("https://player.vimeo.com", "https://www.youtube-nocookie.com"), s.frameSources());
        assertEquals(3723, s.previews().get(2).getVideo().start());
        assertEquals(List.of(), fixture.load().session("papers-a").frameSources());
    }

    @Test
    void papersAndPeopleHaveTypedLinksTooBesideThePapersDoiAndUrl() {
        fixture.edit("papers.yaml", "    doi: 10.1234/fixture.1\n", """
                    doi: 10.1234/fixture.1
                    links:
                      - {type: slides, url: "https://slides.example.org/t.pdf"}
                      - {type: video, url: "https://youtu.be/abcdefghijk", title: Talk}
                """);
        fixture.edit("speakers.yaml", "      - title: Ada's site\n", "      - type: code\n        title: Ada's site\n");
        Programme p = fixture.load();
        assertEquals(List.of("slides [] https://slides.example.org/t.pdf -> https://slides.example.org/t.pdf",
                "video [Talk] https://youtu.be/abcdefghijk -> https://youtu.be/abcdefghijk"
                        + " embed https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1"),
                p.paper("testing-papers").links().stream().map(TypedLinksTest::describe).toList());
        assertEquals("https://doi.org/10.1234/fixture.1", p.paper("testing-papers").getReadUrl());
        assertEquals(LinkType.CODE, p.speaker("ada").links().get(0).type());
        // The Chinese programme keeps them.
        assertEquals(2, p.in("zh-tw", java.util.Locale.TAIWAN).paper("testing-papers").links().size());
    }

    @Test
    void anUnknownTypeIsReportedWithTheNearestOrTheList() {
        sessionLinks("""
                      - type: vidoe
                        url: https://youtu.be/abcdefghijk
                      - type: podcast
                        title: Episode
                        url: https://example.org/ep1
                      - type: [video]
                        url: https://youtu.be/abcdefghijk
                """);
        assertEquals(List.of(
                "data/sessions.yaml:13:15: unknown link type 'vidoe' (did you mean 'video'?)",
                "data/sessions.yaml:15:15: unknown link type 'podcast' (use one of link, video, slides, paper, doi, code)",
                "data/sessions.yaml:18:15: 'type' must be a single value, not a list or mapping"), fixture.errors());
    }

    @Test
    void eachTypeAllowsItsOwnKindOfAddress() {
        sessionLinks("""
                      - type: video
                        url: files/talk.mp4
                      - type: video
                        url: mailto:video@example.org
                      - type: code
                        url: www.example.org/repo
                      - type: slides
                        url: mailto:slides@example.org
                      - type: paper
                        url: javascript:alert(1)
                      - type: doi
                        url: https://doi.org/10.1145/3657054.3657060
                      - type: doi
                        url: 10.12/x
                      - type: link
                        title: Evil
                        url: data:text/html,hi
                """);
        assertEquals(List.of(
                "data/sessions.yaml:14:14: video link 'files/talk.mp4' is not a web address"
                        + " (write https://..., e.g. https://www.youtube.com/watch?v=...)",
                "data/sessions.yaml:16:14: video link 'mailto:video@example.org' is not a web address"
                        + " (write https://..., e.g. https://www.youtube.com/watch?v=...)",
                "data/sessions.yaml:18:14: code link 'www.example.org/repo' is not a web address (write https://...)",
                "data/sessions.yaml:20:14: slides link 'mailto:slides@example.org' is not a web address or a path of this site"
                        + " (write https://... or a site path such as files/slides.pdf)",
                "data/sessions.yaml:22:14: paper link 'javascript:alert(1)' is not a web address or a path of this site"
                        + " (write https://... or a site path such as files/slides.pdf)",
                "data/sessions.yaml:24:14: doi link 'https://doi.org/10.1145/3657054.3657060' is not a DOI"
                        + " (write the DOI alone, starting 10., e.g. 10.1145/3657054.3657060)",
                "data/sessions.yaml:26:14: doi link '10.12/x' is not a DOI"
                        + " (write the DOI alone, starting 10., e.g. 10.1145/3657054.3657060)",
                "data/sessions.yaml:29:14: link 'data:text/html,hi' is not a web address or a path of this site"
                        + " (write https://..., mailto:... or a site path such as files/slides.pdf)"), fixture.errors());
    }

    @Test
    void aRecordingOnYouTubeOrVimeoMustNameOneVideoUnlessShownAsAPlainLink() {
        String hint = " (write one video's address, e.g. https://www.youtube.com/watch?v=XXXXXXXXXXX or https://vimeo.com/123456789,"
                + " or add embed: false to show it as a plain link)";
        sessionLinks("""
                      - type: video
                        url: https://www.youtube.com/@someone
                      - type: video
                        url: "https://www.youtube.com/watch?v=abcdefghij\\"onload=\\"alert(1)"
                      - type: video
                        url: https://www.youtube.com:8443/watch?v=abcdefghijk
                      - type: video
                        url: https://www.youtube.com/watch?v=abcdefghijk&v=zyxwvutsrqp
                      - type: video
                        url: https://vimeo.com/channels/staffpicks
                      - type: video
                        url: https://www.youtube.com/@someone
                        embed: false
                """);
        assertEquals(List.of(
                "data/sessions.yaml:14:14: video link 'https://www.youtube.com/@someone' is on YouTube but names no video"
                        + " it can show" + hint,
                "data/sessions.yaml:16:14: video link 'https://www.youtube.com/watch?v=abcdefghij\"onload=\"alert(1)' is on"
                        + " YouTube but names no video it can show" + hint,
                "data/sessions.yaml:18:14: video link 'https://www.youtube.com:8443/watch?v=abcdefghijk' is on YouTube"
                        + " but names no video it can show" + hint,
                "data/sessions.yaml:20:14: video link 'https://www.youtube.com/watch?v=abcdefghijk&v=zyxwvutsrqp' is on"
                        + " YouTube but names no video it can show" + hint,
                "data/sessions.yaml:22:14: video link 'https://vimeo.com/channels/staffpicks' is on Vimeo but names no video"
                        + " it can show" + hint), fixture.errors());
    }

    @Test
    void anAddressElsewhereThatOnlyMentionsAVideoHostIsAPlainRecordingLink() {
        sessionLinks("""
                      - {type: video, url: "https://www.youtube.com.evil.example/watch?v=abcdefghijk"}
                      - {type: video, url: "https://evil.example/?u=https://www.youtube.com/watch?v=abcdefghijk"}
                      - {type: video, url: "https://someone@www.youtube.com/watch?v=abcdefghijk"}
                      - {type: video, url: "https://media.example.org/recordings/opening.mp4"}
                """);
        Session s = fixture.load().session("opening");
        assertEquals(4, s.links().size());
        s.links().forEach(l -> assertNull(l.getVideo(), l.url()));
        assertEquals(List.of(), s.frameSources());
    }

    @Test
    void embedIsAFlagForVideosOnly() {
        sessionLinks("""
                      - type: slides
                        url: https://example.org/slides
                        embed: false
                      - type: video
                        url: https://youtu.be/abcdefghijk
                        embed: perhaps
                """);
        assertEquals(List.of(
                "data/sessions.yaml:15:16: 'embed' is for links of type video only (remove it, or write type: video)",
                "data/sessions.yaml:18:16: 'embed' must be true or false"), fixture.errors());
    }

    @Test
    void aPlainLinkStillNeedsATitleAndATypedOneNeedsAnAddress() {
        sessionLinks("""
                      - type: link
                        url: https://example.org/
                      - url: https://example.org/
                      - type: slides
                        title: Slides
                """);
        assertEquals(List.of(
                "data/sessions.yaml:13:9: missing required field 'title' (add title: ...)",
                "data/sessions.yaml:15:9: missing required field 'title' (add title: ...)",
                "data/sessions.yaml:16:9: missing required field 'url' (add url: ...)"), fixture.errors());
    }
}
