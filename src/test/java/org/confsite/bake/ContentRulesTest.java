package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What may stand in content/ and how it is checked. */
class ContentRulesTest {
    @TempDir
    Path tmp;
    Path site;

    @BeforeEach
    void copyFixture() {
        site = TestSites.copyFixture(tmp);
    }

    private List<String> problems() {
        SiteException e = assertThrows(SiteException.class, () -> TestSites.bake(site, TestSites.NOW));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void jbakeHeadersAreCheckedLikeFrontMatter() {
        TestSites.write(site.resolve("content/news/legacy.md"), "title=Legacy\ntype=post\nstatus=published\n~~~~~~\nBody\n");
        TestSites.write(site.resolve("content/news/legacy2.md"), "title=Legacy 2\ndate=2030-13-45\ntype=post\n~~~~~~\nBody\n");
        assertEquals(List.of(
                "content/news/legacy.md:1: a news post needs a 'date' (add date: YYYY-MM-DD)",
                "content/news/legacy2.md:2: 'date' is not a date: '2030-13-45' (write YYYY-MM-DD, or YYYY-MM-DD HH:MM in the conference's time zone)"),
                problems());
    }

    @Test
    void headersWithQuotesColonsAndHashesWindowsLineEndingsAndDotsCloseAreRead() {
        TestSites.write(site.resolve("content/news/legacy.md"),
                "title=He said \"hi\": it's #1 - really\ndate=2030-01-05\ntype=post\ntags=a, b: c, #d\n~~~~~~\nBody\n");
        TestSites.write(site.resolve("content/venue.md"), "---\r\ntitle: \"Venue: here\"\r\n...\r\nText\r\n");
        TestSites.bake(site, TestSites.NOW);
        Path out = site.resolve("out");
        assertEquals("He said \"hi\": it's #1 - really", TestSites.html(out, "news/legacy.html").selectFirst("h1").text());
        assertEquals(List.of("a", "b: c", "#d"), TestSites.html(out, "news/legacy.html").select(".tag").eachText());
        assertEquals("Venue: here", TestSites.html(out, "venue.html").selectFirst("h1").text());
        assertEquals("Text", TestSites.html(out, "venue.html").selectFirst(".prose").text());
    }

    @Test
    void problemsOfDataContentFilesAndPagesComeTogether() {
        TestSites.write(site.resolve("content/extra.html"), "<p>raw</p>");
        TestSites.write(site.resolve("content/Welcome.MD"), "---\ntitle: Welcome\n---\n");
        TestSites.write(site.resolve("content/bad.md"), "---\ntitle: [\n---\n");
        TestSites.write(site.resolve("data/tracks.yaml"),
                "tracks:\n  - id: Core\n    name: Core\n  - id: extra\n    name: Extra\n");
        assertEquals(List.of(
                "data/tracks.yaml:2:9: id 'Core' is not a lowercase ASCII slug (use letters a-z, digits and single hyphens, e.g. opening-keynote)",
                "content/Welcome.MD: a page's extension must be .md (rename it to end in .md)",
                "content/extra.html: not a page (.md) or a file type published from content/ (write pages in Markdown; "
                        + "put other files in the assets folder, which is copied as it is)",
                "content/bad.md:3:1: YAML syntax: expected the node content, but found '<stream end>' "
                        + "(check indentation with spaces, quoting and the ':' after each key)"),
                problems());
    }

    @Test
    void emptyRequiredValuesAndMalformedSourcesAreLocated() {
        TestSites.write(site.resolve("content/about.md"), "---\ntitle:\n---\nText\n");
        TestSites.write(site.resolve("content/news/first.md"),
                "---\ntitle: First\ndate: 2030-01-10\nsources:\n  - {publisher: P, url: ftp://x}\n---\nBody\n");
        TestSites.write(site.resolve("content/news/second.md"),
                "---\ntitle: Second\ndate: 2030-01-11\nsources: hello\n---\nBody\n");
        assertEquals(List.of(
                "content/about.md:2:7: required field 'title' is empty (give it a value)",
                "content/news/first.md:5:5: missing required field 'title' (add title: ...)",
                "content/news/first.md:5:25: 'url' must be an absolute http(s) address",
                "content/news/second.md:4:10: 'sources' must be a list of {title: ..., publisher: ...}"),
                problems());
    }

    @Test
    void unknownFilesInContentAreErrorsAndEditorLeftoversAreIgnored() throws IOException {
        TestSites.write(site.resolve("content/extra.html"), "<p>raw</p>");
        TestSites.write(site.resolve("content/notes.docx"), "x");
        assertEquals(List.of(
                "content/extra.html: not a page (.md) or a file type published from content/ (write pages in Markdown; "
                        + "put other files in the assets folder, which is copied as it is)",
                "content/notes.docx: not a page (.md) or a file type published from content/ (write pages in Markdown; "
                        + "put other files in the assets folder, which is copied as it is)"),
                problems());

        Files.delete(site.resolve("content/extra.html"));
        Files.delete(site.resolve("content/notes.docx"));
        TestSites.write(site.resolve("content/news/draft.md~"), "---\ntitle: Draft backup\n---\nSecret\n");
        TestSites.write(site.resolve("content/.hidden/page.md"), "---\ntitle: Hidden\n---\nSecret\n");
        TestSites.write(site.resolve("content/images/photo.png"), "not really a png");
        TestSites.bake(site, TestSites.NOW);
        Path out = site.resolve("out");
        assertFalse(Files.exists(out.resolve("news/draft.md~")), "a draft's backup is not published");
        assertFalse(Files.exists(out.resolve(".hidden")), "hidden folders are not published");
        assertTrue(Files.isRegularFile(out.resolve("images/photo.png")), "images beside pages are published");
    }

    @Test
    void anExistingFolderNotWrittenByTheToolIsNeverReplaced() throws IOException {
        Path out = site.resolve("out");
        TestSites.write(out.resolve("precious.txt"), "keep me");
        assertEquals(List.of("site.yaml: the output folder " + out + " exists and was not written by this tool; "
                + "it would be replaced (delete or rename it, or choose another output folder)"), problems());
        assertEquals("keep me", TestSites.text(out.resolve("precious.txt")));

        Files.delete(out.resolve("precious.txt"));
        TestSites.bake(site, TestSites.NOW);
        assertTrue(OutputSwap.isOwn(out), "recorded beside it as the tool's own");
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".confsite")).toList(),
                    "the published folder carries no marker of the build");
        }
        TestSites.bake(site, TestSites.NOW);
        assertTrue(Files.isRegularFile(out.resolve("index.html")), "a folder the tool wrote is replaced");
    }

    @Test
    void anOutputThatIsAFileIsRefused() {
        TestSites.write(site.resolve("out"), "notes");
        assertEquals(List.of("site.yaml: the output " + site.resolve("out") + " is a file, not a folder "
                + "(choose a folder for the output)"), problems());
        assertEquals("notes", TestSites.text(site.resolve("out")));
    }

    @Test
    void onlyOldLeftoversOfInterruptedBuildsAreSwept() throws IOException {
        Path stale = site.resolve(".out.building-999999999-123");
        TestSites.write(stale.resolve("index.html"), "half");
        Path old = site.resolve(".out.old-999999998");
        TestSites.write(old.resolve("index.html"), "old");
        Path running = site.resolve(".out.building-1-456");
        TestSites.write(running.resolve("index.html"), "another build, still writing");
        Path lookalike = site.resolve(".out.building-notes");
        TestSites.write(lookalike.resolve("keep.txt"), "not ours");
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Files.setLastModifiedTime(stale, twoHoursAgo);
        Files.setLastModifiedTime(old, twoHoursAgo);
        Files.setLastModifiedTime(lookalike, twoHoursAgo);
        TestSites.bake(site, TestSites.NOW);
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(running), "a recent staging folder may be another build's");
        assertTrue(Files.exists(lookalike), "a folder not named by the tool is left alone");
    }

    @Test
    void theReplacedSiteStaysHiddenUntilTheNextBuildDeletesIt() throws IOException {
        TestSites.bake(site, TestSites.NOW);
        assertEquals(List.of(), siblings(".out.old-"), "nothing replaced yet");
        TestSites.bake(site, TestSites.NOW);
        List<Path> first = siblings(".out.old-");
        assertEquals(1, first.size(), "the first site, replaced by the second: " + first);
        assertTrue(Files.isRegularFile(first.get(0).resolve("index.html")));
        TestSites.bake(site, TestSites.NOW);
        List<Path> second = siblings(".out.old-");
        assertEquals(1, second.size(), "only the site the last build replaced: " + second);
        assertFalse(Files.exists(first.get(0)), "the earlier one is deleted");
        assertEquals(List.of(), siblings(".out.deleting-"), "and its deletion finished with the build");
    }

    @Test
    void aDeletionInterruptedLongAgoIsFinishedAndARecentOneLeftToItsBuild() throws IOException {
        Path stale = site.resolve(".out.deleting-999999999-1");
        TestSites.write(stale.resolve("news/index.html"), "half deleted");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = site.resolve(".out.deleting-1-2");
        TestSites.write(recent.resolve("index.html"), "another build is deleting this");
        TestSites.bake(site, TestSites.NOW);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(recent));
    }

    private List<Path> siblings(String prefix) throws IOException {
        try (var files = Files.list(site)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    @Test
    void aSiteLeftAsideByACrashIsPutBackFirst() throws IOException {
        TestSites.bake(site, TestSites.NOW);
        Path out = site.resolve("out");
        Path aside = site.resolve(".out.old-999999997");
        Files.move(out, aside); // as if the build crashed between its two renames
        TestSites.write(site.resolve("content/bad.md"), "---\ntitle: [\n---\n");
        assertThrows(SiteException.class, () -> TestSites.bake(site, TestSites.NOW));
        assertTrue(Files.isRegularFile(out.resolve("index.html")), "the previous site is back in place");
        assertFalse(Files.exists(aside));
    }

    @Test
    void sitePathsInProgrammeLinksMustLeadSomewhere() {
        String sessions = TestSites.text(site.resolve("data/sessions.yaml"));
        TestSites.write(site.resolve("data/sessions.yaml"), sessions.replace("url: about.html", "url: abuot.html#top")
                + "    links:\n      - {title: Feed, url: /feed.xml}\n      - {title: Style, url: css/site.css}\n"
                + "      - {title: Home, url: \"#top\"}\n      - {title: Missing, url: files/slides.pdf}\n");
        assertEquals(List.of(
                "data/sessions.yaml:16:14: link 'abuot.html#top' leads to no page or file of this site (did you mean 'about.html'?)",
                "data/sessions.yaml:59:31: link 'files/slides.pdf' leads to no page or file of this site "
                        + "(correct the path, or put the file in the assets folder)"),
                problems());
    }

    @Test
    void aNamedDayShowsItsNameEscapedInTheProgramme() {
        TestSites.write(site.resolve("data/conference.yaml"), TestSites.text(site.resolve("data/conference.yaml"))
                + "days:\n  - date: 2030-03-04\n    name: \"Opening <b>day</b>\"\n");
        TestSites.bake(site, TestSites.NOW);
        org.jsoup.nodes.Document programme = TestSites.html(site.resolve("out"), "programme.html");
        assertEquals(List.of("Monday 4 March 2030: Opening <b>day</b>", "Tuesday 5 March 2030"),
                programme.select("section.day > h2").eachText());
        assertTrue(programme.select("h2 b").isEmpty(), "the name is text");
    }

    @Test
    void anImageWithoutTextAlternativeIsAnErrorAtItsLine() {
        TestSites.write(site.resolve("content/gallery.md"),
                "---\ntitle: Gallery\n---\nText\n\n![](photo.jpg)\n\n![A cat on a chair](cat.jpg)\n");
        assertEquals(List.of("content/gallery.md:6:5: the image 'photo.jpg' has no text alternative (say what it shows for "
                + "people who cannot see it: ![A description of the picture](photo.jpg))"), problems());
    }

    @Test
    void warningsNameWhatToFixWithoutStoppingTheBuild() {
        TestSites.write(site.resolve("data/speakers.yaml"), TestSites.text(site.resolve("data/speakers.yaml"))
                + "  - id: carol\n    name: Carol Idle\n");
        TestSites.write(site.resolve("data/sessions.yaml"), TestSites.text(site.resolve("data/sessions.yaml"))
                + "  - id: clash\n    kind: panel\n    title: Clash\n    date: 2030-03-04\n    start: \"09:30\"\n"
                + "    end: \"10:30\"\n    room: side\n    speakers: [ada]\n");
        Bakery.Report report = TestSites.bake(site, TestSites.NOW);
        assertEquals(List.of(
                "site.yaml: base_url https://fixture.example.org/conf/ is an example address (set the real one before publishing)",
                "data/sessions.yaml: speaker 'ada' is booked in 'opening' and 'clash' at the same time "
                        + "(move one session, or give one of them another speaker)",
                "data/speakers.yaml: speaker 'carol' has no session or paper (add them to one, or remove them)"),
                report.warnings());
    }
}
