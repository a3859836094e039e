package org.confsite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.confsite.error.SiteException;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading frab and pretalx exports, tidy and untidy, into an import plan. */
class ScheduleImportTest {
    static final Path FIXTURES = TestSites.PROJECT.resolve("src/test/resources/import");

    @TempDir
    Path dir;

    static ImportPlan.Part part(ImportPlan plan, String file) {
        return plan.parts().stream().filter(p -> p.file().equals(file)).findFirst().orElseThrow();
    }

    static Map<String, Object> session(ImportPlan plan, String title) {
        return part(plan, "sessions.yaml").entries().stream().map(ImportPlan.Entry::fields)
                .filter(f -> title.equals(f.get("title"))).findFirst().orElseThrow(() -> new AssertionError(title));
    }

    @Test
    void aFrabExportOfFourDaysInBerlinWithANightPastMidnight() {
        ImportPlan plan = ScheduleImport.read(FIXTURES.resolve("frab-berlin.xml"), "frab-berlin.xml", null);
        List<ImportPlan.Entry> sessions = part(plan, "sessions.yaml").entries();
        assertEquals(102, sessions.size());
        assertEquals(List.of("Saal Spree", "Saal Havel", "Werkstatt 1", "Werkstatt 2", "Foyer"),
                part(plan, "rooms.yaml").entries().stream().map(e -> e.fields().get("name")).toList());
        assertEquals(Map.of("name", "Daten & Karten", "colour", "#2a4d8f"), part(plan, "tracks.yaml").entries().get(2).fields());
        assertEquals("Europe/Berlin", plan.conference().get("time_zone"));
        assertEquals(LocalDate.parse("2030-09-15"), plan.conference().get("end_date"));

        Map<String, Object> late = session(plan, "Nachtschicht: Hackathon-Finale");
        assertEquals(LocalDate.parse("2030-09-14"), late.get("date"));
        assertEquals("22:30", late.get("start"));
        assertEquals("2030-09-15T00:30", late.get("end"), "a session past midnight ends on the next day's date");
        Map<String, Object> afterMidnight = session(plan, "Mitternachtslesung");
        assertEquals(LocalDate.parse("2030-09-15"), afterMidnight.get("date"), "listed under the 14th, held on the 15th");
        assertEquals("01:00", afterMidnight.get("start"));
        assertEquals("social", afterMidnight.get("kind"));

        assertTrue(sessions.stream().allMatch(e -> e.origin().startsWith("schedule:")));
        assertEquals(sessions.size(), sessions.stream().map(ImportPlan.Entry::origin).distinct().count());
        assertTrue(sessions.stream().map(ImportPlan.Entry::fields).anyMatch(f -> Boolean.TRUE.equals(f.get("do_not_record"))));
        // Most events are in German: that is the programme's language; the English ones say so.
        assertTrue(sessions.stream().map(ImportPlan.Entry::fields).noneMatch(f -> "de".equals(f.get("language"))));
        assertTrue(sessions.stream().map(ImportPlan.Entry::fields).anyMatch(f -> "en".equals(f.get("language"))));
        assertTrue(sessions.stream().map(ImportPlan.Entry::fields).map(f -> f.get("kind")).toList()
                .containsAll(List.of("talk", "workshop", "panel", "keynote", "break")));
    }

    @Test
    void aPretalxJsonKeepsBiographiesCodesAndRecordingOptOuts() {
        ImportPlan plan = ScheduleImport.read(FIXTURES.resolve("pretalx.json"), "pretalx.json", null);
        List<ImportPlan.Entry> people = part(plan, "speakers.yaml").entries();
        assertEquals(3, people.size());
        ImportPlan.Entry mei = people.stream().filter(p -> p.origin().equals("schedule-person:QX7RPA")).findFirst().orElseThrow();
        assertTrue(mei.fields().get("bio").toString().startsWith("梅玲是一位虛構的講者"));
        assertEquals("mei-ling-fictional", mei.preferredId());
        assertEquals("chen-xu-gou", people.stream().filter(p -> p.origin().equals("schedule-person:ZZ91QW")).findFirst()
                .orElseThrow().preferredId(), "a Chinese name gets a pinyin id");
        assertEquals("gong-min-ke-ji", part(plan, "tracks.yaml").entries().get(1).preferredId());
        assertEquals("Asia/Taipei", plan.conference().get("time_zone"));
        Map<String, Object> first = part(plan, "sessions.yaml").entries().get(0).fields();
        assertTrue(first.get("abstract").toString().contains("<script>"), "kept as written; the site escapes it when shown");
        assertTrue(part(plan, "sessions.yaml").entries().stream().anyMatch(e -> "zh-TW".equals(e.fields().get("language"))));
    }

    @Test
    void theQuirksOfRealExportsAreAssumedWithAWarningThatSaysWhat() {
        ImportPlan plan = ScheduleImport.read(FIXTURES.resolve("quirky.xml"), "quirky.xml", null);
        String warnings = String.join("\n", plan.warnings());
        assertTrue(warnings.contains("empty acronym"), warnings);
        assertTrue(warnings.contains("is listed 2 times (rooms Hall A, Hall B); kept once, in Hall A"), warnings);
        assertTrue(warnings.contains("1 events name their people as one string"), warnings);
        assertTrue(warnings.contains("give their date in UTC ('Z') with the same clock time"), warnings);
        assertTrue(warnings.contains("'Hackathon'"), warnings);
        assertTrue(warnings.contains("javascript:alert(1)"), warnings);
        assertEquals(2, part(plan, "sessions.yaml").entries().size());
        Map<String, Object> welcome = session(plan, "Welcome & \"hello\" <everyone>");
        assertEquals("10:00", welcome.get("start"), "10:00Z read as the local 10:00 in Berlin");
        assertEquals("ceremony", welcome.get("kind"));
        // Ada is person 9 elsewhere in the export: one person, not two.
        assertEquals(List.of("Ada Example", "Björn Beispiel", "Chen Shili"),
                part(plan, "speakers.yaml").entries().stream().map(e -> e.fields().get("name")).toList());
        assertEquals(List.of(Map.of("title", "ok", "url", "https://example.org/x")),
                session(plan, "A plenary listed in two rooms").get("links"));
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n <!ENTITY s SYSTEM \"" + secret.toUri() + "\">\n"
                + " <!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n"
                + "<schedule><conference><title>&s;&b;</title></conference></schedule>\n");
        SiteException e = assertThrows(SiteException.class, () -> ScheduleImport.read(xxe, "xxe.xml", null));
        String said = e.problems().toString();
        assertTrue(said.contains("xxe.xml:2:1: the file declares a DOCTYPE"), said);
        assertFalse(said.contains("TOP-SECRET"), said);
    }

    @Test
    void brokenFilesAreLocatedAndNothingIsPlanned() throws Exception {
        Path xml = dir.resolve("broken.xml");
        Files.writeString(xml, "<schedule>\n<conference>\n<title>x</titel>\n</conference></schedule>\n");
        String xmlSaid = assertThrows(SiteException.class, () -> ScheduleImport.read(xml, "broken.xml", null))
                .problems().toString();
        assertTrue(xmlSaid.contains("broken.xml:3:1: not well-formed XML"), xmlSaid);

        Path json = dir.resolve("broken.json");
        Files.writeString(json, "{\"schedule\": {\n  \"conference\": {\n    \"title\": \"x\",,\n  }\n}}\n");
        String jsonSaid = assertThrows(SiteException.class, () -> ScheduleImport.read(json, "broken.json", null))
                .problems().toString();
        assertTrue(jsonSaid.contains("broken.json:3:1: not valid JSON"), jsonSaid);

        Path events = dir.resolve("events.xml");
        Files.writeString(events, """
                <schedule><conference><title>T</title><start>2030-01-01</start><end>2030-01-02</end>
                <time_zone_name>Europe/Berlin</time_zone_name></conference>
                <day date="2030-01-01"><room name="R">
                <event id="1"><date>2030-01-01T10:00:00+01:00</date><start>10:00</start>\
                <duration>1h</duration><title>A</title></event>
                <event id="2"><date>2031-01-01T10:00:00+01:00</date><start>10:00</start>\
                <duration>01:00</duration><title>B</title></event>
                <event id="3"><date>2030-01-01T12:00:00+01:00</date><start>12:00</start>\
                <duration>01:00</duration><title></title></event>
                </room></day></schedule>
                """);
        String eventsSaid = assertThrows(SiteException.class, () -> ScheduleImport.read(events, "events.xml", null))
                .problems().toString();
        assertTrue(eventsSaid.contains("events.xml:4:1: event 'A' has duration '1h', not HH:MM"), eventsSaid);
        assertTrue(eventsSaid.contains("events.xml:5:1: event 'B' starts on 2031-01-01, outside the conference"), eventsSaid);
        assertTrue(eventsSaid.contains("events.xml:6:1: event '3' has no title"), eventsSaid);
    }

    @Test
    void aFileFarLargerThanAnyScheduleIsNotRead() throws Exception {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ScheduleImport.MAX_BYTES + 1);
        }
        String said = assertThrows(SiteException.class, () -> ScheduleImport.read(huge, "huge.xml", null)).problems().toString();
        assertTrue(said.contains("huge.xml: is larger than 64 MB"), said);
    }

    @Test
    void withoutAZoneNameTheOffsetsOrTheOptionDecide() throws Exception {
        Path noZone = dir.resolve("nozone.json");
        Files.writeString(noZone, TestSites.text(FIXTURES.resolve("pretalx.json"))
                .replace("\"time_zone_name\": \"Asia/Taipei\",", ""));
        ImportPlan fromOffsets = ScheduleImport.read(noZone, "nozone.json", null);
        assertEquals("UTC+08:00", fromOffsets.conference().get("time_zone"));
        assertTrue(String.join("\n", fromOffsets.warnings()).contains("give --time-zone"));
        assertEquals("Asia/Taipei", ScheduleImport.read(noZone, "nozone.json", "Asia/Taipei").conference().get("time_zone"));
        String said = assertThrows(SiteException.class, () -> ScheduleImport.read(noZone, "nozone.json", "Mars/Olympus"))
                .problems().toString();
        assertTrue(said.contains("--time-zone: 'Mars/Olympus' is not a time zone"), said);
    }
}
