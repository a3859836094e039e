package org.confsite.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.confsite.support.CommandLine;
import org.confsite.support.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init DIR} with options: a site in two languages that builds, and every refusal of a bad value. */
class InitCommandTest {
    private static final String NAME = "Harbour <Forum> 2027";

    @TempDir
    static Path tmp;
    static Path site;
    static CommandLine init;

    @BeforeAll
    static void initOneSite() {
        site = tmp.resolve("harbour");
        init = CommandLine.run("init", site.toString(), "--name", NAME, "--full-name", "Harbour Forum on Open Cities",
                "--start", "2027-09-14", "--end", "2027-09-16", "--time-zone", "Europe/Lisbon", "--city", "Porto",
                "--country", "Portugal", "--languages", "en,zh-tw", "--base-url", "https://forum.example.net/2027");
    }

    private static String[] withDefaults(String dir, String... replaced) {
        List<String> args = new java.util.ArrayList<>(List.of("init", dir, "--name", "N", "--start", "2027-09-14", "--end",
                "2027-09-16", "--time-zone", "Europe/Lisbon", "--city", "Porto", "--country", "Portugal"));
        for (int i = 0; i < replaced.length; i += 2) {
            args.set(args.indexOf(replaced[i]) + 1, replaced[i + 1]);
        }
        return args.toArray(String[]::new);
    }

    @Test
    void initWritesASiteThatBuildsAndChecksWithTheBuiltInTheme() {
        assertEquals(0, init.code(), init.toString());
        assertFalse(Files.exists(site.resolve("templates")), "no copy of the theme");
        assertFalse(Files.exists(site.resolve("assets")), "no copy of the theme");

        CommandLine build = CommandLine.run("build", "--source", site.toString());
        assertEquals(0, build.code(), build.toString());
        assertTrue(build.out().contains("zh-tw: 10 of 10 pages translated"), build.out());
        CommandLine check = CommandLine.run("check", "--source", site.toString());
        assertEquals(0, check.code(), check.toString());

        Path out = site.resolve("target/site");
        Document home = TestSites.html(out, "index.html");
        assertEquals(NAME, home.selectFirst("h1").text());
        assertTrue(home.selectFirst("main").text().contains("takes place in Porto, Portugal, from 14 September 2027 to"
                + " 16 September 2027."), home.selectFirst("main").text());
        assertTrue(home.select("main script, main Forum").isEmpty(), "the name is text, not markup");
        Document zh = TestSites.html(out, "zh-tw/index.html");
        assertTrue(zh.selectFirst("main").text().contains("2027年9月14日至2027年9月16日"), zh.selectFirst("main").text());
        assertEquals(1, TestSites.html(out, "news/index.html").select("main a[href$=welcome.html]").size());
    }

    @Test
    void initPrintsWhatItMadeAndTheNextCommands() {
        assertTrue(init.out().startsWith("Created the site in " + site.toAbsolutePath().normalize() + ":\n"), init.out());
        assertTrue(init.out().contains("content/ (20 pages)"), init.out());
        assertTrue(init.out().contains("  cd " + site + "\n  java -jar confsite.jar build\n  java -jar confsite.jar serve"),
                init.out());
        assertTrue(init.out().lines().count() <= 10, init.out());
    }

    @Test
    void theWorkflowPinsTheGeneratorOnceAndTheSettingsHoldTheValues() {
        String workflow = TestSites.text(site.resolve(".github/workflows/site.yml"));
        assertEquals(1, workflow.split("CONFSITE_VERSION: ", -1).length - 1, workflow);
        assertTrue(workflow.contains("ref: v${{ env.CONFSITE_VERSION }}"), workflow);
        // Built daily at 00:05 in Lisbon, which in September is 23:05 UTC the day before.
        assertTrue(workflow.contains("- cron: \"5 23 * * *\""), workflow);
        String settings = TestSites.text(site.resolve("site.yaml"));
        assertTrue(settings.contains("base_url: \"https://forum.example.net/2027/\""), settings);
        assertTrue(settings.contains("  - {tag: zh-TW, folder: zh-tw, messages: zh_TW, locale: zh-TW}"), settings);
        String conference = TestSites.text(site.resolve("data/conference.yaml"));
        assertTrue(conference.contains("name: \"Harbour <Forum> 2027\"\nfull_name: \"Harbour Forum on Open Cities\"\n"
                + "start_date: 2027-09-14\nend_date: 2027-09-16\ntime_zone: Europe/Lisbon\n"), conference);
        assertTrue(TestSites.text(site.resolve("data/sessions.yaml")).endsWith("\nsessions: []\n"));
    }

    @Test
    void noGeneratedFileMentionsTheDgoSite() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("dg.o"), file + " mentions dg.o");
                assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("taipei"), file + " mentions Taipei");
            }
        }
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedAndLeftAsItWas() throws IOException {
        Path dir = tmp.resolve("taken");
        TestSites.write(dir.resolve("notes.txt"), "mine");
        CommandLine run = CommandLine.run(withDefaults(dir.toString()));
        assertEquals(1, run.code(), run.toString());
        assertEquals(dir + ": exists and is not an empty folder; nothing was written (give the name of a new folder)\n",
                run.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("notes.txt")), left.toList());
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsOneLineNotAStackTrace() {
        Path file = tmp.resolve("plain.txt");
        TestSites.write(file, "not a folder");
        CommandLine run = CommandLine.run(withDefaults(file.resolve("site").toString()));
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.err().endsWith(file.resolve("site") + ": cannot be written: " + file.resolve("site")
                + ": Not a directory (choose a folder you may write to, and delete what this run wrote into it)\n"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void badDatesZonesAndLanguagesAreEachNamedWithWhatToWrite() {
        Path dir = tmp.resolve("bad");
        CommandLine run = CommandLine.run(withDefaults(dir.toString(), "--start", "2027-02-30", "--time-zone", "Europe/Lisbn",
                "--name", " "));
        assertEquals(1, run.code(), run.toString());
        assertEquals("""
                --name: is empty (give a value)
                --start: '2027-02-30' is not a date (write it as YYYY-MM-DD, e.g. 2027-09-14)
                --time-zone: unknown time zone 'Europe/Lisbn' (use a tz database name such as Europe/Berlin or America/Chicago)
                """, run.err());
        assertFalse(Files.exists(dir), "nothing written");

        run = CommandLine.run(withDefaults(dir.toString(), "--end", "2027-09-13"));
        assertEquals("--end: the last day 2027-09-13 is before the first day 2027-09-14 (swap --start and --end)\n", run.err());

        List<String> args = new java.util.ArrayList<>(List.of(withDefaults(dir.toString())));
        args.addAll(List.of("--languages", "en,zh_TW!"));
        run = CommandLine.run(args.toArray(String[]::new));
        assertEquals("--languages: 'zh_TW!' is not a language tag (write BCP 47 tags separated by commas, e.g. en,zh-tw)\n",
                run.err());
        args.set(args.size() - 1, "en,fr");
        run = CommandLine.run(args.toArray(String[]::new));
        assertEquals(1, run.code(), run.toString());
        assertEquals("--languages: the theme has no interface text in 'fr' (use en or zh-tw; a language is added to a site"
                + " by giving it a message bundle (see docs/theming.md in the generator))\n", run.err());
        assertFalse(Files.exists(dir), "nothing written");
    }

    @Test
    void withoutAConsoleAMissingValueListsTheOptionsToGive() {
        Path dir = tmp.resolve("missing");
        CommandLine run = CommandLine.run("init", dir.toString(), "--name", "N", "--city", "Porto", "--country", "Portugal",
                "--end", "2027-09-16");
        assertEquals(1, run.code(), run.toString());
        assertEquals("init: missing --start, --time-zone (give them as options, e.g. --start 2027-09-14 --time-zone"
                + " Europe/Berlin; or run init in a terminal to be asked)\n", run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(dir), "nothing written");
    }
}
