package org.confsite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.confsite.support.CommandLine;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newcomer's walk, on the command line: init, import schedule, import easychair, build and
 * check, then the re-imports of an updated export, which keep what editors added.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportCommandTest {
    static final Path FIXTURES = TestSites.PROJECT.resolve("src/test/resources/import");

    @TempDir
    static Path tmp;
    static Path site;
    static String source;

    @BeforeAll
    static void initAndImport() {
        site = tmp.resolve("forum");
        source = site.toString();
        CommandLine init = CommandLine.run("init", source, "--name", "Fictional Forum 2030", "--start", "2030-09-12",
                "--end", "2030-09-15", "--time-zone", "Europe/Berlin", "--city", "Berlin", "--country", "Germany",
                "--languages", "en,zh-tw", "--base-url", "https://www.fictional-forum.net/");
        assertEquals(0, init.code(), init.toString());
    }

    private static CommandLine run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--source";
        all[args.length + 1] = source;
        return CommandLine.run(all);
    }

    @Test
    @Order(1)
    void fromAnEmptyFolderToACheckedSite() {
        CommandLine schedule = run("import", "schedule", FIXTURES.resolve("frab-berlin.xml").toString());
        assertEquals(0, schedule.code(), schedule.toString());
        assertTrue(schedule.out().contains("data/sessions.yaml: 102 added, 0 changed, 0 removed"), schedule.out());
        assertTrue(schedule.out().contains("data/rooms.yaml: 5 added"), schedule.out());
        CommandLine easychair = run("import", "easychair", FIXTURES.resolve("easychair/submission.csv").toString(),
                FIXTURES.resolve("easychair/author.csv").toString());
        assertEquals(0, easychair.code(), easychair.toString());
        assertTrue(easychair.out().contains("data/papers.yaml: "), easychair.out());
        assertFalse(TestSites.text(site.resolve("data/speakers.yaml")).contains("@"), "no e-mail address is written");

        CommandLine build = run("build");
        assertEquals(0, build.code(), build.toString());
        CommandLine check = run("check", "--strict");
        assertEquals(0, check.code(), check.toString());
        Path out = site.resolve("target/site");
        assertTrue(Files.exists(out.resolve("sessions/mitternachtslesung.html")), "the session past midnight has its page");
        String programme = TestSites.text(out.resolve("programme.html"));
        assertTrue(programme.contains("Saal Spree") && programme.contains("Mitternachtslesung"));
    }

    @Test
    @Order(2)
    void reImportingTheSameExportChangesNothing() {
        String before = TestSites.text(site.resolve("data/sessions.yaml"));
        CommandLine again = run("import", "schedule", FIXTURES.resolve("frab-berlin.xml").toString());
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("data/sessions.yaml: 0 added, 0 changed, 0 removed"), again.out());
        assertEquals(before, TestSites.text(site.resolve("data/sessions.yaml")));
    }

    @Test
    @Order(3)
    void anUpdatedExportUpdatesItsEntriesAndKeepsTheEditors() {
        Path sessions = site.resolve("data/sessions.yaml");
        // An editor translates an imported session and adds a session of their own.
        String text = TestSites.text(sessions);
        String marker = "    title: \"Mitternachtslesung\"\n";
        assertTrue(text.contains(marker), text);
        TestSites.write(sessions, text.replace(marker, marker + "    zh-tw:\n      title: \"午夜朗讀\"\n")
                + "\n  # Added by hand.\n  - id: hand-made-lunch\n    kind: break\n    title: \"Lunch\"\n    date: 2030-09-13\n");
        String export = TestSites.text(FIXTURES.resolve("frab-berlin.xml"))
                .replace("Mitternachtslesung", "Lesung um Mitternacht");
        int cut = export.indexOf("<event guid=", export.indexOf("<room name=\"Foyer\">"));
        int end = export.indexOf("</event>", cut) + "</event>".length();
        Path updated = tmp.resolve("updated.xml");
        TestSites.write(updated, export.substring(0, cut) + export.substring(end));

        CommandLine dry = run("import", "schedule", updated.toString(), "--dry-run");
        assertTrue(dry.out().contains("1 changed, 1 removed") && dry.out().contains("Nothing written"), dry.toString());
        assertTrue(TestSites.text(sessions).contains("Mitternachtslesung"), "a dry run writes nothing");

        CommandLine real = run("import", "schedule", updated.toString());
        assertEquals(0, real.code(), real.toString());
        assertTrue(real.out().contains("data/sessions.yaml: 0 added, 1 changed, 1 removed"
                + " (changed mitternachtslesung; removed mittagspause"),
                real.out());
        String after = TestSites.text(sessions);
        assertTrue(after.contains("  - id: mitternachtslesung\n"), "its id, and so its address, stays");
        assertTrue(after.contains("    title: \"Lesung um Mitternacht\"\n"));
        assertTrue(after.contains("      title: \"午夜朗讀\"\n"), "the editor's translation stays");
        assertTrue(after.contains("  # Added by hand.\n  - id: hand-made-lunch\n"), "the editor's session stays");
        assertEquals(0, run("check").code());
    }

    @Test
    @Order(4)
    void aRefusedImportWritesNothingAndSaysWhere() throws Exception {
        String before = TestSites.text(site.resolve("data/sessions.yaml"));
        Path bad = tmp.resolve("bad.xml");
        TestSites.write(bad, TestSites.text(FIXTURES.resolve("frab-berlin.xml")).replaceFirst("<duration>00:45</duration>",
                "<duration>45 min</duration>"));
        CommandLine refused = run("import", "schedule", bad.toString());
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().matches("(?s).*bad.xml:\\d+:1: event '[^']+' has duration '45 min', not HH:MM.*"),
                refused.err());
        assertFalse(refused.err().contains("\tat "), "no stack trace");
        assertEquals(before, TestSites.text(site.resolve("data/sessions.yaml")));
        try (var files = Files.list(site.resolve("data"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")), "no temporary file is left");
        }
    }
}
