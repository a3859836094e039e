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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a commit can hold, tried as an attacker and a careless editor would, against the command
 * line: each refused case exits 1 with a located message and no stack trace, and leaves the
 * published site byte for byte as it was; each accepted case builds and publishes nothing it
 * should not. One site is built once and its sources put back after each case.
 */
class HostileInputTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path pristine;
    static Map<String, String> published;

    /** A change to the site's sources, made before the command runs. */
    @FunctionalInterface
    interface Setup {
        void apply(Path site) throws Exception;
    }

    /**
     * @param expected text the command's output must contain (its errors for exit 1), or, when
     *                 {@code page} is given, that page of the built site
     */
    record Case(String name, Setup setup, int exit, String expected, String page, String... command) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void buildOnce() throws IOException {
        site = TestSites.copyFixtureWithTheme(tmp);
        pristine = tmp.resolve("pristine");
        TestSites.copyTree(site, pristine);
        assertEquals(0, Main.run(new String[] {"build", "--source", site.toString()}, quiet(), quiet()));
        published = TestSites.files(site.resolve("out"), true);
    }

    @AfterEach
    void putTheSourcesBack() throws IOException {
        try (Stream<Path> entries = Files.list(site)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals("out") && !name.startsWith(".out")) {
                    if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        org.confsite.bake.OutputSwap.deleteTree(entry);
                    } else {
                        Files.delete(entry);
                    }
                }
            }
        }
        try (Stream<Path> entries = Files.list(pristine)) {
            for (Path entry : entries.toList()) {
                TestSites.copyTree(entry, site.resolve(entry.getFileName().toString()));
            }
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    static Stream<Case> cases() {
        String post = "---\ntitle: %s\ndate: 2024-06-12\n---\n%s\n";
        return Stream.of(
                // The site folder is a boundary.
                refused("a link to a folder outside the site", s -> link(s, "content/etc", "/etc"),
                        "content/etc: is a link to /etc, outside the site folder (put the file itself here: the build"
                        + " reads and publishes nothing outside "),
                refused("a link to a file outside the site, in assets", s -> link(s, "assets/passwd.txt", "/etc/passwd"),
                        "assets/passwd.txt: is a link to /etc/passwd, outside the site folder"),
                refused("a link into /proc (the build used to walk it forever)", s -> link(s, "content/proc", "/proc/self"),
                        "content/proc: is a link to /proc/self, outside the site folder"),
                refused("a data file that is a link to /dev/zero", s -> {
                    Files.delete(s.resolve("data/rooms.yaml"));
                    link(s, "data/rooms.yaml", "/dev/zero");
                }, "data/rooms.yaml: is a link to /dev/zero, outside the site folder"),
                refused("site.yaml as a link out of the site", s -> {
                    Path outside = tmp.resolve("elsewhere.yaml");
                    Files.copy(s.resolve("site.yaml"), outside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.delete(s.resolve("site.yaml"));
                    link(s, "site.yaml", outside.toString());
                }, "site.yaml: is a link to " + tmp.resolve("elsewhere.yaml") + ", outside the site folder"),
                refused("a link to a folder inside the site, which would loop", s -> link(s, "content/loop", ".."),
                        "content/loop: is a link to the folder ..; links to folders are not followed (move or copy the"
                        + " folder here instead)"),
                refused("a link to a hidden file of the site (.git/config holds a CI token)", s -> {
                    TestSites.write(s.resolve(".git/config"), "[http] extraheader = AUTHORIZATION: basic c2VjcmV0");
                    link(s, "content/config.txt", "../.git/config");
                }, "content/config.txt: is a link to ../.git/config, a hidden file or folder of the site"),
                refused("a link that leads nowhere", s -> link(s, "content/gone.md", "missing.md"),
                        "content/gone.md: is a link to missing.md, which does not exist"),
                refused("a named pipe (reading it would wait forever)", s -> {
                    Process mkfifo = new ProcessBuilder("mkfifo", s.resolve("content/pipe.md").toString()).start();
                    assertEquals(0, mkfifo.waitFor());
                }, "content/pipe.md: is neither a file nor a folder (a pipe, socket or device) (remove it)"),
                refused("the templates folder as a link out of the site", s -> {
                    TestSites.copyTree(s.resolve("templates"), tmp.resolve("outside-templates"));
                    org.confsite.bake.OutputSwap.deleteTree(s.resolve("templates"));
                    link(s, "templates", tmp.resolve("outside-templates").toString());
                }, "templates: the folder leads outside the site folder"),
                refused("a source folder outside the site in site.yaml", s -> append(s, "site.yaml",
                        "folders:\n  content: ../\n"),
                        "site.yaml:18:12: 'content' must be a folder inside the site folder, not '../' (name it relative to"
                        + " site.yaml, e.g. content)"),
                refused("an output folder outside the site in site.yaml", s -> Files.writeString(s.resolve("site.yaml"),
                        TestSites.text(s.resolve("site.yaml")).replace("output: out", "output: /tmp/elsewhere")),
                        "site.yaml:5:9: 'output' must be a folder inside the site folder, not '/tmp/elsewhere'"),
                refused("JBake's own settings file", s -> TestSites.write(s.resolve("jbake.properties"),
                        "img.path.update=true\n"),
                        "jbake.properties: JBake's own settings file is not read: this site is configured in site.yaml"),
                accepted("a link to a picture inside the site is followed", s -> link(s, "content/card.png",
                        "../assets/img/social-card.png"), "Built "),
                refused("new with a data file linked out of the site", s -> {
                    Files.delete(s.resolve("data/speakers.yaml"));
                    link(s, "data/speakers.yaml", "/etc/passwd");
                }, "data/speakers.yaml: is a link to /etc/passwd, outside the site folder", "new", "speaker", "Eve"),
                refused("check with a link out of the site", s -> link(s, "content/etc", "/etc"),
                        "content/etc: is a link to /etc, outside the site folder", "check"),

                // No input ends in a stack trace.
                refused("20,000 nested quotes", s -> TestSites.write(s.resolve("content/news/deep.md"),
                        post.formatted("Deep", ">".repeat(20_000) + " x")),
                        "content/news/deep.md:5:1: the text nests more than 100 levels deep"),
                refused("5,000 nested emphasis marks", s -> TestSites.write(s.resolve("content/news/deep.md"),
                        post.formatted("Deep", "Text\n\n" + "*a ".repeat(5_000) + "x" + " b*".repeat(5_000))),
                        "content/news/deep.md:7:1: the text"),
                refused("a line that takes Flexmark hours (20,000 bare www. addresses)", s -> TestSites.write(
                        s.resolve("content/news/slow.md"), post.formatted("Slow", "www.a".repeat(20_000))),
                        "content/news/slow.md:5:1: the text would take too long to read"),
                refused("a NUL byte in a post", s -> TestSites.write(s.resolve("content/news/nul.md"),
                        post.formatted("Nul", "Text\u0000more")),
                        "content/news/nul.md:5:5: contains the control character U+0000"),
                refused("a picture saved as .md", s -> Files.write(s.resolve("content/news/photo.md"),
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, (byte) 0xff, (byte) 0xd8}),
                        "content/news/photo.md:1: is not valid UTF-8 (byte 0) (save the file with UTF-8 encoding)"),
                refused("an empty .md file", s -> TestSites.write(s.resolve("content/empty.md"), ""),
                        "content/empty.md:1:1: no front matter"),
                refused("a 9 MB page", s -> TestSites.write(s.resolve("content/huge.md"), "---\ntitle: Huge\n---\n"
                        + "A line of text.\n".repeat(600_000)),
                        "content/huge.md: file is 9.2 MB, more than the 8 MB allowed"),
                refused("front matter nested 50 deep", s -> TestSites.write(s.resolve("content/nest.md"),
                        "---\ntitle: Nest\nx: " + "[".repeat(50) + "]".repeat(50) + "\n---\nText\n"),
                        "content/nest.md:3: YAML: Nesting Depth exceeded max 40"),
                refused("front matter with a billion laughs", s -> {
                    StringBuilder bomb = new StringBuilder("---\ntitle: Laughs\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
                    for (int i = 1; i < 60; i++) {
                        bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                                .append(i - 1).append("]\n");
                    }
                    TestSites.write(s.resolve("content/laughs.md"), bomb + "---\nText\n");
                }, "content/laughs.md:29: YAML: Number of aliases for non-scalar nodes exceeds the specified max=50"),
                refused("a YAML tag naming a Java class in front matter", s -> TestSites.write(s.resolve("content/tag.md"),
                        "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                        + " [\"http://example.org/\"]]]]\n---\nText\n"),
                        "content/tag.md:2:8: a YAML tag naming a type (tag:yaml.org,2002:javax.script.ScriptEngineManager) is"
                        + " not allowed (remove the !!... tag and write the value as text)"),
                refused("20,000 nested lists in the programme", s -> TestSites.write(s.resolve("data/tracks.yaml"),
                        "tracks: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n"),
                        "data/tracks.yaml:1: YAML: Nesting Depth exceeded max 40"),
                refused("a 9 MB programme file", s -> TestSites.write(s.resolve("data/speakers.yaml"),
                        "speakers:\n" + "  # padding padding padding padding padding padding\n".repeat(180_000)),
                        "data/speakers.yaml: file is 9 MB, more than the 8 MB allowed"),
                refused("a programme file in Latin-1", s -> Files.write(s.resolve("data/rooms.yaml"),
                        "rooms:\n  - id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)),
                        "data/rooms.yaml:2: is not valid UTF-8"),

                // Templates come with the commit too.
                refused("a template that runs a command", s -> append(s, "templates/page.ftlh",
                        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
                        "Instantiating freemarker.template.utility.Execute is not allowed in the template for security reasons"),
                refused("a template that reaches the file system", s -> append(s, "templates/page.ftlh",
                        "${site.root().toFile().getParentFile().list()?size}"), "templates/page.ftlh:"),
                refused("a template that includes itself", s -> append(s, "templates/page.ftlh", "<#include \"page.ftlh\">"),
                        "nests without end (a macro, function or #include of the templates probably calls itself"),

                // Editors' mistakes are caught where they are made.
                refused("tags written as one string", s -> TestSites.write(s.resolve("content/news/tags.md"),
                        "---\ntitle: Tags\ndate: 2024-06-12\ntags: forums, photos\n---\nText\n"),
                        "content/news/tags.md:4:7: 'tags' must be a list, not a single value (write tags: [forums, photos])"),
                refused("the text 'new post' wrote, published", s -> TestSites.write(s.resolve("content/news/new.md"),
                        "---\ntitle: New\ndate: 2024-06-12\nsummary: \"\"\n---\nWrite the post here. While `status: draft`"
                        + " stays above, the post is not published;\ndelete that line to publish it.\n"),
                        "content/news/new.md:6:1: the text that 'new' wrote for you to replace is still here"),
                refused("a raw <img> without alt", s -> TestSites.write(s.resolve("content/news/img.md"),
                        post.formatted("Img", "A picture:\n\n<p><img src=\"/img/social-card.png\"></p>")),
                        "content/news/img.md:7:14: the image '/img/social-card.png' has no text alternative (say what it"
                        + " shows for people who cannot see it: <img alt=\"A description of the picture\" ...>"),
                refused("two posts whose names differ only in case", s -> {
                    TestSites.write(s.resolve("content/news/Smart-City-Forums.md"), post.formatted("Forums", "A"));
                    TestSites.write(s.resolve("content/news/smart-city-forums.md"), post.formatted("Forums again", "B"));
                }, "content/news/smart-city-forums.md: its name differs only in case from content/news/Smart-City-Forums.md"),
                refused("a link that leads nowhere, located as written", s -> TestSites.write(s.resolve("content/news/reg.md"),
                        post.formatted("Register", "Text first.\n\nPlease [register](/registration.html) now.")),
                        "content/news/reg.md:7:19: link '/registration.html' leads to no page or file of this site"),
                refused("a date that does not exist", s -> TestSites.write(s.resolve("content/news/date.md"),
                        "---\ntitle: Leap\ndate: 2023-02-29\n---\nText\n"),
                        "content/news/date.md:3:7: 'date' is not a date: '2023-02-29'"),
                accepted("a misspelt field is a warning with a suggestion", s -> TestSites.write(
                        s.resolve("content/news/typo.md"), "---\ntitle: Typo\ndate: 2024-06-12\nsumary: A summary\n---\nText\n"),
                        "warning: content/news/typo.md:4:1: 'sumary' is not a field; did you mean 'summary'?"),
                refused("a misspelt field under check --strict", s -> TestSites.write(
                        s.resolve("content/news/typo.md"), "---\ntitle: Typo\ndate: 2024-06-12\ntitel: Typo\n---\nText\n"),
                        "content/news/typo.md:4:1: 'titel' is not a field; did you mean 'title'?", "check", "--strict"),
                accepted("a second post with the title of another", s -> {
                    TestSites.write(s.resolve("content/news/a.md"), post.formatted("Registration opens", "A"));
                    TestSites.write(s.resolve("content/news/b.md"), post.formatted("Registration Opens", "B"));
                }, "warning: content/news/b.md: has the same title as content/news/a.md, 'Registration Opens'"),

                // Accepted, and harmless.
                shown("script in a session title is shown as text", s -> Files.writeString(s.resolve("data/sessions.yaml"),
                        TestSites.text(s.resolve("data/sessions.yaml")).replace("title: Coffee",
                                "title: \"<script>alert(1)</script>Coffee\"")),
                        "sessions/coffee.html", "&lt;script&gt;alert(1)&lt;/script&gt;Coffee"),
                shown("a javascript: link is written as text", s -> TestSites.write(s.resolve("content/js.md"),
                        "---\ntitle: JS\n---\n[click](javascript:alert(1)) and [data](DATA:text/html,x)\n"),
                        "js.html", "<p>click and data</p>"),
                shown("Windows line ends and a byte-order mark", s -> TestSites.write(s.resolve("content/crlf.md"),
                        "\uFEFF---\r\ntitle: CRLF\r\n---\r\nLine one\r\nLine two\r\n"), "crlf.html", "Line one"),
                // SnakeYAML 2.3 failed when the 1,024th character of a YAML text was the first half of an
                // emoji (a surrogate pair): one of these two has it there, whichever way the text is cut.
                shown("emoji across the YAML reader's 1,024-character window", s -> {
                    String emoji = "\uD83C\uDF89".repeat(600);
                    TestSites.write(s.resolve("content/emoji-even.md"),
                            "---\ntitle: Emoji one\nsummary: \"" + emoji + "\"\n---\nText\n");
                    TestSites.write(s.resolve("content/emoji-odd.md"),
                            "---\ntitle: Emoji two\nsummary: \"x" + emoji + "\"\n---\nText\n");
                }, "emoji-odd.html", "x\uD83C\uDF89\uD83C\uDF89"),
                shown("a single line of a megabyte", s -> TestSites.write(s.resolve("content/long.md"),
                        "---\ntitle: Long\n---\n" + "word ".repeat(200_000) + "\n"), "long.html", "word word"),
                accepted("a folder named like a page", s -> Files.createDirectories(s.resolve("content/folder.md")),
                        "Built "));
    }

    private static Case refused(String name, Setup setup, String expected, String... command) {
        return new Case(name, setup, 1, expected, null, command.length == 0 ? new String[] {"build"} : command);
    }

    private static Case accepted(String name, Setup setup, String expected) {
        return new Case(name, setup, 0, expected, null, "build");
    }

    /** Built, and {@code page} of the site shows {@code text}. */
    private static Case shown(String name, Setup setup, String page, String text) {
        return new Case(name, setup, 0, text, page, "build");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileInputIsRefusedWithALocatedMessageOrBuiltSafely(Case c) throws Exception {
        c.setup().apply(site);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = Stream.concat(Stream.of(c.command()), Stream.of("--source", site.toString())).toArray(String[]::new);
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(c.exit(), exit, said);
        assertFalse(said.contains("\tat ") || said.contains("Exception in thread"), "no stack trace:\n" + said);
        if (exit == 1) {
            assertTrue(said.contains(c.expected()), "expected\n" + c.expected() + "\nin\n" + said);
            assertEquals(published, TestSites.files(site.resolve("out"), true), "the published site is untouched");
        } else if (c.page() != null) {
            assertTrue(TestSites.text(site.resolve("out").resolve(c.page())).contains(c.expected()),
                    c.page() + " shows " + c.expected());
            published = TestSites.files(site.resolve("out"), true);
        } else {
            assertTrue(said.contains(c.expected()), "expected\n" + c.expected() + "\nin\n" + said);
            published = TestSites.files(site.resolve("out"), true);
        }
        assertFalse(Files.exists(site.resolve("out/etc/passwd")) || Files.exists(site.resolve("out/passwd.txt")),
                "nothing from outside the site is published");
    }

    @Test
    void aFollowedLinkPublishesTheFileItLeadsTo() throws Exception {
        link(site, "content/card.png", "../assets/img/social-card.png");
        assertEquals(0, Main.run(new String[] {"build", "--source", site.toString()}, quiet(), quiet()));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(site.resolve("assets/img/social-card.png")),
                Files.readAllBytes(site.resolve("out/card.png"))));
        assertFalse(Files.isSymbolicLink(site.resolve("out/card.png")), "published as a file, not as a link");
        published = TestSites.files(site.resolve("out"), true);
    }

    @Test
    void anInternalErrorIsOneLineNamingTheFileWithTheDebugHint() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.internalError(new org.confsite.error.FileFailure("content/news/a.md", new StackOverflowError()),
                false, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        assertEquals(List.of("confsite: internal error while processing content/news/a.md: java.lang.StackOverflowError",
                "  (run again with --debug for details, and report it)"), err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static void link(Path site, String at, String target) throws IOException {
        Files.createDirectories(site.resolve(at).getParent());
        Files.createSymbolicLink(site.resolve(at), Path.of(target));
    }

    private static void append(Path site, String file, String text) throws IOException {
        Files.writeString(site.resolve(file), text, java.nio.file.StandardOpenOption.APPEND);
    }
}
