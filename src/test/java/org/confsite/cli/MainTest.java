package org.confsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an editor meets it: exit codes, one line per problem, no stack traces. */
class MainTest {
    @TempDir
    Path tmp;
    Path site;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void fixtureOnTheRealTheme() throws IOException {
        site = TestSites.copyFixtureWithTheme(tmp);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildPrintsOneLinePerPhaseAndWhereTheSiteIs() {
        assertEquals(0, run("build", "--source", site.toString()), err());
        String text = out.toString(StandardCharsets.UTF_8);
        for (String phase : new String[] {"  data ", "  content ", "  render ", "  assets ", "  exports ", "  publish "}) {
            assertTrue(text.contains(phase), "phase line " + phase + " in\n" + text);
        }
        assertTrue(text.contains("Site: " + site.resolve("out").toAbsolutePath().normalize()), text);
        assertTrue(text.lines().count() < 12, "a summary, not a log:\n" + text);
        assertTrue(Files.isRegularFile(site.resolve("out/index.html")));
        assertEquals("", err());
    }

    @Test
    void badDataFailsWithLocatedProblemsAndLeavesThePreviousSiteIntact() throws IOException {
        assertEquals(0, run("build", "--source", site.toString()));
        Map<String, String> before = snapshot(site.resolve("out"));
        TestSites.write(site.resolve("data/rooms.yaml"), "rooms:\n  - id: hall\n    name: [Main Hall\n");
        TestSites.write(site.resolve("content/news/first.md"), "---\ntitle: First\ndate: 2030-13-45\n---\nBody\n");

        assertEquals(1, run("build", "--source", site.toString()));
        String[] lines = err().split("\n");
        assertTrue(lines[0].startsWith("data/rooms.yaml:4:1: YAML syntax: "), lines[0]);
        assertTrue(lines[1].startsWith("content/news/first.md:3:7: 'date' is not a date"), lines[1]);
        assertEquals("Build failed: 2 problems to fix.", lines[2]);
        assertFalse(err().contains("Exception"), err());
        assertFalse(err().contains("\tat "), err());
        assertEquals(before, snapshot(site.resolve("out")), "previous site untouched");

        TestSites.write(site.resolve("data/rooms.yaml"),
                "rooms:\n  - id: hall\n    name: Main Hall\n  - id: side\n    name: S\n");
        assertEquals(1, run("build", "--source", site.toString()));
        assertTrue(err().startsWith("content/news/first.md:3:7: 'date' is not a date: '2030-13-45' "
                + "(write YYYY-MM-DD, or YYYY-MM-DD HH:MM in the conference's time zone)\n"), err());
        assertEquals(before, snapshot(site.resolve("out")), "previous site untouched");
        try (Stream<Path> left = Files.list(site)) {
            assertEquals(List.of(site.resolve(".out.confsite")), left.filter(p -> p.getFileName().toString().startsWith(".out"))
                    .toList(), "no staging folder left; only the record that out/ is the tool's");
        }
    }

    @Test
    void programmeErrorsAndHostileYamlFailFastAndLeaveThePublishedSiteByteIdentical() throws IOException {
        assertEquals(0, run("build", "--source", site.toString()), err());
        Map<String, String> before = snapshot(site.resolve("out"));
        String sessions = TestSites.text(site.resolve("data/sessions.yaml"));
        TestSites.write(site.resolve("data/sessions.yaml"), sessions.replace("room: side\n    speakers: [ada, bob]",
                "room: hall\n    speakers: [ada, bob]").replace("papers: [testing-papers, hostile-paper]",
                "papers: [testing-paper, hostile-paper]"));
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            bomb.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append(", *").append((char) (c - 1)).append("]\n");
        }
        TestSites.write(site.resolve("data/tracks.yaml"), "tracks: []\n" + bomb);
        int code = run("build", "--source", site.toString());
        assertEquals(1, code);
        List<String> lines = err().lines().toList();
        assertTrue(lines.get(0).startsWith("data/tracks.yaml:19: YAML: Number of aliases for non-scalar nodes exceeds"),
                lines.get(0));
        assertEquals(List.of(
                "data/sessions.yaml:28:14: unknown paper 'testing-paper' (did you mean 'testing-papers'?)",
                "data/sessions.yaml:25:11: session 'papers-a' overlaps 'hostile' in room 'hall' (move one of them to another "
                        + "room or time)",
                "Build failed: 3 problems to fix.",
                "The previous site in " + site.resolve("out") + " was left as it was."), lines.subList(1, lines.size()));
        assertFalse(err().contains("Exception"), err());
        assertEquals(before, snapshot(site.resolve("out")), "previous site byte-identical");
    }

    @Test
    void problemsInEveryMarkdownFileAreReportedTogether() {
        TestSites.write(site.resolve("content/about.md"), "---\ntitle: About\ntype: pgae\n---\nText\n");
        TestSites.write(site.resolve("content/venue.md"), "---\ntitle: Venue\n  bad: indent\n---\nText\n");
        TestSites.write(site.resolve("content/accessibility.md"), "No front matter here.\n");
        assertEquals(1, run("build", "--source", site.toString()));
        assertEquals(List.of(
                "content/about.md:3:7: unknown type 'pgae' (did you mean 'page'?)",
                "content/accessibility.md:1:1: no front matter (start the file with a --- line, a title: line, and another --- line)",
                "content/venue.md:3:6: YAML syntax: mapping values are not allowed here (check indentation with spaces, "
                        + "quoting and the ':' after each key)",
                "Build failed: 3 problems to fix.",
                "The previous site in " + site.resolve("out") + " was left as it was."), err().lines().toList());
    }

    @Test
    void aMessageKeyMissingFromTheBundleIsAnErrorNamingTheKey() throws IOException {
        Path templates = site.resolve("templates");
        Path bundle = templates.resolve("i18n/messages_en.properties");
        Path chinese = templates.resolve("i18n/messages_zh_TW.properties");
        // Missing in one language: named with the file that lacks it, before anything is built.
        Files.writeString(chinese, TestSites.text(chinese).replaceAll("(?m)^nav\\.about = .*$", ""));
        assertEquals(1, run("build", "--source", site.toString()));
        assertTrue(err().contains("messages_zh_TW.properties: missing message key 'nav.about' (add a line nav.about = ... "
                + "in this language (messages_en.properties has it))"), err());
        // Missing in every language: named where a template asks for it.
        Files.writeString(bundle, TestSites.text(bundle).replaceAll("(?m)^nav\\.about = .*$", ""));
        assertEquals(1, run("build", "--source", site.toString()));
        assertTrue(err().contains("layout.ftlh:"), err());
        assertTrue(err().contains("missing message key 'nav.about'"), err());
    }

    @Test
    void wrongUsageExitsWithTwoAndTheUsage() {
        assertEquals(2, run("biuld"));
        String choices = "confsite: invalid choice: 'biuld' (choose from 'build', 'serve', 'check', 'new', 'init', 'import')";
        assertTrue(err().contains(choices), err());
        assertTrue(err().contains("Did you mean: confsite build?"), err());
        assertTrue(err().contains("usage: confsite [-h] [-V] COMMAND ..."), err());
        assertEquals(2, run("build", "--port", "80"));
        assertTrue(err().contains("confsite: unrecognized arguments: '--port'"), err());
        assertTrue(err().contains("(confsite build --help lists the options)"), err());
        assertEquals(2, run("serve", "--port", "0"));
        assertTrue(err().contains("argument --port: invalid choice: '0' (choose from {1..65535})"), err());
        assertEquals(2, run());
        assertTrue(err().startsWith("confsite: no command given"), err());
    }

    @Test
    void everyCommandHasHelpAndTheToolAVersion() {
        for (String command : List.of("build", "serve", "check", "new")) {
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: confsite " + command + " "), out.toString());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("--source DIR"), command);
        }
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Exit codes: 0 done;"));
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("confsite .*, JBake 2\\.7\\.0, Java .*\\R"), out.toString());
    }

    @Test
    void optionsMayBeWrittenWithAnEqualsSign() {
        assertEquals(0, run("check", "--source=" + site));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("No problems: "), err());
    }

    @Test
    void refusesAnOutputFolderThatWouldReplaceTheSources() {
        for (String output : new String[] {site.toString(), site.resolve("content").toString(), site.getParent().toString()}) {
            assertEquals(1, run("build", "--source", site.toString(), "--output", output), output);
            assertTrue(err().startsWith("site.yaml: the output folder "), err());
        }
        assertTrue(Files.isRegularFile(site.resolve("content/about.md")), "sources untouched");
    }

    @Test
    void missingSiteFileIsAProblemNotACrash() {
        assertEquals(1, run("build", "--source", tmp.resolve("nowhere").toString()));
        assertTrue(err().startsWith("site.yaml: not found in "), err());
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** Runs a command on the fixture site ({@code --source} added). */
    private int inSite(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--source";
        all[args.length + 1] = site.toString();
        return run(all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    // The editors' commands: new starts a file without ever overwriting one; check writes nothing.

    @Test
    void aNewPostIsADraftDatedTodayInTaipeiWithAnAsciiName() {
        assertEquals(0, inSite("new", "post", "Registration: now open!"), err());
        Path post = site.resolve("content/news/registration-now-open.md");
        assertTrue(out().contains("Created " + post.toAbsolutePath().normalize()), out());
        String text = TestSites.text(post);
        assertTrue(text.startsWith("---\ntitle: \"Registration: now open!\"\ndate: "
                + LocalDate.now(ZoneId.of("Asia/Taipei")) + "\nstatus: draft\n"), text);
        // A draft is not published: no page, no news entry.
        assertEquals(0, inSite("build"), err());
        assertFalse(Files.exists(site.resolve("out/news/registration-now-open.html")));
        assertFalse(TestSites.text(site.resolve("out/news/index.html")).contains("Registration: now open!"));
    }

    @Test
    void chineseTitlesGetPinyinNames() {
        assertEquals(0, inSite("new", "post", "台北智慧城市論壇"), err());
        assertTrue(Files.exists(site.resolve("content/news/tai-bei-zhi-hui-cheng-shi-lun-tan.md")), out());
        assertEquals(0, inSite("new", "page", "Café «Tuesday»"), err());
        assertTrue(Files.exists(site.resolve("content/cafe-tuesday.md")), out());
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path about = site.resolve("content/about.md");
        byte[] before = Files.readAllBytes(about);
        assertEquals(1, inSite("new", "page", "About"));
        assertTrue(err().contains("content/about.md: already exists; nothing was written"), err());
        assertEquals(new String(before, StandardCharsets.UTF_8), TestSites.text(about));
    }

    @Test
    void sessionsAndPeopleAreAppendedAsIllustrativeEntriesThatBuild() throws IOException {
        assertEquals(0, inSite("new", "session", "Closing: awards & thanks"), err());
        assertEquals(0, inSite("new", "speaker", "陳 Hui-Min"), err());
        String sessions = TestSites.text(site.resolve("data/sessions.yaml"));
        assertTrue(sessions.contains("- id: closing-awards-thanks\n"), sessions);
        assertTrue(sessions.contains("title: \"Closing: awards & thanks\""), sessions);
        assertTrue(TestSites.text(site.resolve("data/speakers.yaml")).contains("- id: chen-hui-min\n"));
        assertEquals(0, inSite("build"), err());
        assertTrue(TestSites.text(site.resolve("out/sessions/closing-awards-thanks.html"))
                .contains("Closing: awards &amp; thanks"));

        byte[] before = Files.readAllBytes(site.resolve("data/sessions.yaml"));
        assertEquals(1, inSite("new", "session", "Closing: awards & thanks"));
        assertTrue(err().contains("already has an entry with id 'closing-awards-thanks'"), err());
        assertEquals(new String(before, StandardCharsets.UTF_8), TestSites.text(site.resolve("data/sessions.yaml")));
    }

    @Test
    void aNewTranslationIsADraftBesideThePageHoldingItsTextAndPublishesOnceNotADraft() throws IOException {
        // One language: nothing to translate into.
        assertEquals(1, inSite("new", "translation", "content/about.md"));
        assertTrue(err().contains("the site has one language"), err());
        Files.writeString(site.resolve("site.yaml"), TestSites.text(site.resolve("site.yaml")).replace(
                "language: en\nlocale: en-GB\n", "languages:\n  - {tag: en, messages: en, locale: en-GB}\n  - {tag: zh-Hant-TW, folder: zh-tw, messages: zh_TW}\n"));
        assertEquals(0, inSite("new", "translation", "content/about.md"), err());
        Path translation = site.resolve("content/about.zh-tw.md");
        String text = TestSites.text(translation);
        assertTrue(text.startsWith("---\ntitle: \"About the fixture\"\nsummary: \"What the fixture is.\"\nstatus: draft\n---\n"
                + "About text with a footnote."), text);
        assertTrue(out().contains("zh-tw/about.html shows the page untranslated"), out());
        // A draft: the Chinese page is still the English one, with its notice.
        assertEquals(0, inSite("build"), err());
        assertTrue(TestSites.text(site.resolve("out/zh-tw/about.html")).contains("translation-note"));
        Files.writeString(translation, text.replace("status: draft\n", "").replace("title: \"About the fixture\"",
                "title: \"關於\""));
        assertEquals(0, inSite("build"), err());
        String page = TestSites.text(site.resolve("out/zh-tw/about.html"));
        assertTrue(page.contains("<h1>關於</h1>") && !page.contains("translation-note"), page);
        // Never over an existing translation, and never a translation of a translation or of no page.
        assertEquals(1, inSite("new", "translation", "content/about.md"));
        assertTrue(err().contains("content/about.zh-tw.md: already exists; nothing was written"), err());
        assertEquals(1, inSite("new", "translation", "content/about.zh-tw.md"));
        assertTrue(err().contains("is itself a translation"), err());
        assertEquals(1, inSite("new", "translation", "content/nothing.md"));
        assertTrue(err().contains("'content/nothing.md' is not a Markdown page of this site"), err());
        // A page named by its full path; a page whose front matter is broken: a located error, no trace.
        assertEquals(0, inSite("new", "translation", site.resolve("content/venue.md").toAbsolutePath().toString()), err());
        assertTrue(Files.exists(site.resolve("content/venue.zh-tw.md")));
        TestSites.write(site.resolve("content/broken.md"), "---\ntitle: \"Unclosed\n---\nText.\n");
        assertEquals(1, inSite("new", "translation", "content/broken.md"));
        assertTrue(err().contains("content/broken.md:2:"), err());
        assertFalse(err().contains("internal error") || err().contains("Exception"), err());
        assertFalse(Files.exists(site.resolve("content/broken.zh-tw.md")));
        // A post written in one language only has no translation.
        TestSites.write(site.resolve("content/news/only.md"), "---\ntitle: Only\ndate: 2030-01-02\nlang: en\n---\nText.\n");
        assertEquals(1, inSite("new", "translation", "content/news/only.md"));
        assertTrue(err().contains("content/news/only.md:4:7: the post is written in one language only (lang: en)"), err());
        assertFalse(Files.exists(site.resolve("content/news/only.zh-tw.md")));
    }

    @Test
    void aKindThatIsNotOneIsAUsageError() {
        assertEquals(2, inSite("new", "talk", "Something"));
        assertTrue(err().contains("argument kind: invalid choice: 'talk' (choose from {post,page,session,speaker,translation})"),
                err());
    }

    @Test
    void checkReportsWithoutWritingTheSite() throws IOException {
        assertEquals(0, inSite("check"), err());
        assertTrue(out().startsWith("No problems: "), out());
        assertFalse(Files.exists(site.resolve("out")), "check writes no site");

        assertEquals(0, inSite("build"), err());
        byte[] index = Files.readAllBytes(site.resolve("out/index.html"));
        TestSites.write(site.resolve("content/news/broken.md"), "---\ntitle: [\ndate: 2029-01-01\n---\n");
        assertEquals(1, inSite("check"));
        assertTrue(err().contains("content/news/broken.md:"), err());
        assertTrue(err().contains("Build failed: 1 problem to fix."), err());
        assertEquals(new String(index, StandardCharsets.UTF_8), TestSites.text(site.resolve("out/index.html")));
    }

    @Test
    void checkFindsLinksInPagesThatLeadNowhere() {
        TestSites.write(site.resolve("content/links.md"), "---\ntitle: Links\n---\n"
                + "[fine](/about.html) [also fine](/venue.md#map) [folder](news/) [picture](/img/social-card.png) "
                + "[calendar](/programme.ics) [elsewhere](https://example.org/) [here](#top) [mail](mailto:a@example.org) "
                + "[a draft](/news/draft.html)\n\n[typo](/progamme.html) [wrong extension](about.md)\n");
        assertEquals(1, inSite("check"));
        assertEquals(List.of(
                "content/links.md:6:8: link '/progamme.html' leads to no page or file of this site (did you mean 'programme.html'?)",
                "content/links.md:6:42: link 'about.md' leads to no page or file of this site (correct the address; a link to "
                        + "another page ends in .html, or starts with / to name its .md file)",
                "Build failed: 2 problems to fix."), err().lines().toList());
    }
}
