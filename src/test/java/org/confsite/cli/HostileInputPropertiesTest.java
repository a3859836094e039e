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
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.confsite.bake.OutputSwap;
import org.confsite.support.TestSites;

/**
 * Generated sources, ordinary and hostile (deep nesting, unclosed marks, control characters,
 * broken encodings, odd YAML, scripts, Chinese), fed to the command line: the build exits 0 or 1,
 * never 2 or with a stack trace; when it exits 1 every problem names its file (and, for problems
 * inside a file, the line), and the site published before is left exactly as it was.
 */
class HostileInputPropertiesTest {
    /** A problem line: a source file, optionally :line[:col], then the message. */
    private static final Pattern LOCATED = Pattern.compile(
            "(site\\.yaml|jbake\\.properties|(content|data|templates|assets)/[^:]+)(:\\d+(:\\d+)?)?: .+");
    private static Path tmp;
    private static Path site;
    private static Path pristine;
    private static Map<String, String> published;

    @BeforeContainer
    static void buildOnce() throws IOException {
        tmp = Files.createTempDirectory("confsite-properties-");
        site = TestSites.copyFixtureWithTheme(tmp);
        pristine = tmp.resolve("pristine");
        TestSites.copyTree(site, pristine);
        assertEquals(0, run("build").exit());
        published = TestSites.files(site.resolve("out"), true);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        OutputSwap.deleteTree(tmp);
    }

    @AfterTry
    void putTheSourcesBack() throws IOException {
        for (String folder : List.of("content", "data")) {
            OutputSwap.deleteTree(site.resolve(folder));
            TestSites.copyTree(pristine.resolve(folder), site.resolve(folder));
        }
    }

    record Outcome(int exit, String out, String err) {
    }

    private static Outcome run(String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {command, "--source", site.toString()}, new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Property(tries = 60)
    void anyPostBuildsOrIsRefusedWithLocatedProblems(@ForAll("posts") byte[] post, @ForAll("pages") byte[] page)
            throws IOException {
        Files.write(site.resolve("content/news/generated.md"), post);
        Files.write(site.resolve("content/generated-page.md"), page);
        check(run("build"));
    }

    @Property(tries = 40)
    void anyProgrammeBuildsOrIsRefusedWithLocatedProblems(@ForAll("sessions") String sessions) throws IOException {
        Files.writeString(site.resolve("data/sessions.yaml"), sessions);
        check(run("build"));
    }

    private static void check(Outcome o) {
        String said = o.out() + o.err();
        assertTrue(o.exit() == 0 || o.exit() == 1, "exit " + o.exit() + ":\n" + said);
        assertFalse(said.contains("\tat ") || said.contains("Exception"), "no stack trace:\n" + said);
        if (o.exit() == 1) {
            List<String> problems = o.err().lines().filter(l -> !l.startsWith("Build failed: ")
                    && !l.startsWith("The previous site in ")).toList();
            assertFalse(problems.isEmpty(), said);
            for (String problem : problems) {
                assertTrue(LOCATED.matcher(problem).matches(), "a located problem: " + problem);
                if (problem.startsWith("content/news/generated.md: ") || problem.startsWith("content/generated-page.md: ")) {
                    // Problems with a whole file: size, encoding, links out of the site, names; else a line.
                    assertTrue(problem.matches("[^:]+: (file is|is not|is a link|its name|link '|cannot).*"), problem);
                }
            }
            assertEquals(published, TestSites.files(site.resolve("out"), true), "the published site is untouched");
        } else {
            published = TestSites.files(site.resolve("out"), true);
        }
    }

    /** Pieces of Markdown, plain and hostile, repeated from once to thousands of times. */
    private static Arbitrary<String> markdown() {
        Arbitrary<String> piece = Arbitraries.of("Text ", "臺北市政府 ", "🎉 ", "\u202Eevil ", "\u200B", ">", "> ", "*", "_",
                "**", "~~", "[", "](", ")", "![", "`", "```\n", "|a|b|\n|-|-|\n|1|2|\n", "- ", "  - ", "1. ", "    code\n",
                "<div>", "</div>", "<img src=\"/img/social-card.png\">", "<img src=x alt=\"\">",
                "<script>alert(1)</script>", "<a href=\"javascript:alert(1)\">x</a>", "[ok](/about.html)",
                "[gone](/nowhere.html)", "![A card](/img/social-card.png)", "![](/img/social-card.png)", "www.a",
                "&amp;", "&#0;", "\\", "{#id}", "[^1]", "[^1]: note\n", "---\n", "~~~~~~\n", "\n", "\n\n", "\t", "\r\n",
                "\u0000", "\u0007", "\u0085", "Write the post here.", "## Heading {#h}\n", "[r]: /about.html\n", "[r]");
        Arbitrary<Integer> times = Arbitraries.integers().between(1, 3).flatMap(size -> switch (size) {
            case 1 -> Arbitraries.integers().between(1, 3);
            case 2 -> Arbitraries.integers().between(4, 200);
            default -> Arbitraries.integers().between(1_000, 25_000);
        });
        Arbitrary<String> repeated = Combinators.combine(piece, times).as((p, n) -> p.repeat(Math.min(n, 200_000 / p.length())));
        return repeated.list().ofMinSize(0).ofMaxSize(12).map(list -> String.join("", list));
    }

    /** A value for a front matter field: ordinary, or YAML that means something else. */
    private static Arbitrary<String> yamlValue() {
        return Arbitraries.oneOf(Arbitraries.of("Registration opens", "\"Quoted: with colon\"", "臺北", "", "~", "[a, b]",
                        "{a: b}", "&anchor x", "*anchor", "!!binary aGk=", "!!javax.script.ScriptEngineManager []",
                        "\"unclosed", "'it''s'", "|\n  block\n", "2024-06-12", "2024-02-30", "2024-06-12 25:00",
                        "forums, photos", "[" + "[".repeat(60) + "]".repeat(61), "# comment", "- item", "\"\\u0000\""),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<byte[]> posts() {
        Arbitrary<String> field = Combinators.combine(Arbitraries.of("title", "date", "status", "tags", "summary", "type",
                "sumary", "titel", "sources", "slug", "uri", "params", "x"), yamlValue()).as((k, v) -> k + ": " + v + "\n");
        Arbitrary<String> front = field.list().ofMaxSize(8).map(fields -> String.join("", fields));
        Arbitrary<String> text = Combinators.combine(Arbitraries.of("---\ntitle: A post\ndate: 2024-06-12\n", "---\n",
                "", "title=A post\ndate=2024-06-12\ntype=post\nstatus=published\n"), front,
                Arbitraries.of("---\n", "...\n", "~~~~~~\n", ""), markdown()).as((open, fields, close, body) ->
                open + fields + close + body);
        return bytes(text);
    }

    @Provide
    Arbitrary<byte[]> pages() {
        return bytes(markdown().map(body -> "---\ntitle: A page\n---\n" + body));
    }

    /** Text as UTF-8, or sometimes broken: cut in the middle of a character, Latin-1, a byte-order mark. */
    private static Arbitrary<byte[]> bytes(Arbitrary<String> text) {
        return Combinators.combine(text, Arbitraries.integers().between(0, 9)).as((t, how) -> switch (how) {
            case 0 -> t.getBytes(StandardCharsets.ISO_8859_1);
            case 1 -> ("\uFEFF" + t).getBytes(StandardCharsets.UTF_8);
            case 2 -> {
                byte[] b = (t + "臺").getBytes(StandardCharsets.UTF_8);
                yield java.util.Arrays.copyOf(b, b.length - 1);
            }
            default -> t.getBytes(StandardCharsets.UTF_8);
        });
    }

    @Provide
    Arbitrary<String> sessions() {
        Arbitrary<String> field = Combinators.combine(Arbitraries.of("title", "kind", "date", "start", "end", "room",
                "track", "speakers", "chairs", "papers", "abstract", "links", "sample", "id", "speaker", "zh-tw"),
                Arbitraries.oneOf(yamlValue(), Arbitraries.of("keynote", "hall", "side", "core", "ada", "[ada, bob]",
                        "\"09:00\"", "\"25:61\"", "2030-03-04", "2030-03-04T23:30", "[{title: x, url: /nowhere.html}]",
                        "{title: 臺北}")), markdown().map(m -> m.replace("\n", " ")))
                .as((k, v, md) -> "    " + k + ": " + ("abstract".equals(k) ? "\"" + md.replace("\\", "\\\\")
                        .replace("\"", "\\\"") + "\"" : v) + "\n");
        Arbitrary<String> entry = Combinators.combine(Arbitraries.of("opening", "new-one", "Bad Id", "opening", ""),
                field.list().ofMaxSize(8)).as((id, fields) -> "  - id: " + id + "\n" + String.join("", fields));
        return entry.list().ofMinSize(1).ofMaxSize(4).map(entries -> "sessions:\n" + String.join("", entries)
                + TestSites.text(pristine.resolve("data/sessions.yaml")).substring("sessions:\n".length()));
    }
}
