package org.confsite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Re-importing updates what came from the source and keeps what editors wrote. */
class DataMergeTest {
    private static final String FILE = """
            # Sessions: the header editors wrote.
            sessions:
              # Added by hand: not from the import.
              - id: opening
                kind: ceremony
                title: "Opening"   # a comment inside
                date: 2030-09-12

              # The keynote's room is confirmed.
              - id: keynote
                origin: "schedule:k1"
                kind: keynote
                title: "Old title"
                date: 2030-09-12
                zh-tw:
                  title: "主題演講"

              - id: dropped
                origin: "schedule:gone"
                kind: talk
                title: "Cancelled"
                date: 2030-09-12
            # the end
            """;

    private static ImportPlan.Part part(ImportPlan.Entry... entries) {
        return new ImportPlan.Part("sessions.yaml", "sessions", "schedule:", ScheduleMapping.SESSION_FIELDS,
                new ArrayList<>(List.of(entries)));
    }

    private static ImportPlan.Entry entry(String origin, String id, String title, String abstractText) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("kind", "talk");
        f.put("title", title);
        f.put("date", LocalDate.parse("2030-09-12"));
        if (abstractText != null) {
            f.put("abstract", abstractText);
        }
        return new ImportPlan.Entry(origin, id, f, 1);
    }

    @Test
    void reImportUpdatesItsOwnEntriesAndKeepsTheEditors() {
        ImportPlan.Part part = part(entry("schedule:k1", "new-title", "New title", "Line one.\n\nLine \"two\": #3"),
                entry("schedule:n1", "opening", "Opening", null));
        DataMerge.Result r = DataMerge.merge("data/sessions.yaml", FILE, part, new HashMap<>());
        String text = r.text();
        assertTrue(text.startsWith("# Sessions: the header editors wrote.\nsessions:\n  # Added by hand: not from the import.\n"
                + "  - id: opening\n    kind: ceremony\n    title: \"Opening\"   # a comment inside\n"), text);
        assertTrue(text.contains("  # The keynote's room is confirmed.\n  - id: keynote\n    origin: \"schedule:k1\"\n"
                + "    kind: talk\n    title: \"New title\"\n"), "its id stays, its comment stays:\n" + text);
        assertTrue(text.contains("    zh-tw:\n      title: \"主題演講\"\n"), "the editor's translation stays:\n" + text);
        assertFalse(text.contains("Cancelled"), text);
        assertTrue(text.contains("  - id: opening-2\n    origin: \"schedule:n1\"\n"), "a new entry never takes a hand-made id:\n"
                + text);
        assertTrue(text.endsWith("# the end\n"), text);
        assertEquals(List.of("opening-2"), r.changes().added());
        assertEquals(List.of("keynote"), r.changes().changed());
        assertEquals(List.of("dropped"), r.changes().removed());

        Map<String, Object> loaded = new Yaml().load(text);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) loaded.get("sessions");
        assertEquals("Line one.\n\nLine \"two\": #3\n", sessions.get(1).get("abstract"));
        assertEquals(3, sessions.size());

        DataMerge.Result again = DataMerge.merge("data/sessions.yaml", text, part, new HashMap<>());
        assertEquals(text, again.text(), "importing the same export twice changes nothing");
        assertFalse(again.changes().any());
    }

    @Test
    void hostileTextIsWrittenAsTextAndReadBackTheSame() {
        String nasty = "\"quoted\" \\ back\u0007bell\ttab: - [x] {y} &a *b !c %d @e `f` #g\u2028sep\uFEFF";
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", nasty);
        f.put("abstract", "  starts with spaces\nand has\u0000 a NUL");
        ImportPlan.Part part = new ImportPlan.Part("speakers.yaml", "speakers", "schedule-person:", Set.of("title", "abstract"),
                List.of(new ImportPlan.Entry("schedule-person:1", "x", f, 1)));
        String text = DataMerge.merge("s.yaml", "", part, new HashMap<>()).text();
        Map<String, Object> loaded = new Yaml().load(text);
        @SuppressWarnings("unchecked")
        Map<String, Object> one = ((List<Map<String, Object>>) loaded.get("speakers")).get(0);
        assertEquals(nasty, one.get("title"));
        assertEquals("  starts with spaces\nand has\u0000 a NUL", one.get("abstract"));
    }

    @Test
    void anEmptyListOfAnInitSiteReceivesEntries() {
        String text = DataMerge.merge("data/rooms.yaml", "# Rooms.\nrooms: []\n",
                new ImportPlan.Part("rooms.yaml", "rooms", "schedule-room:", Set.of("name"),
                        List.of(new ImportPlan.Entry("schedule-room:a", "hall", new LinkedHashMap<>(Map.of("name", "Hall")), 1))),
                new HashMap<>()).text();
        assertEquals("# Rooms.\nrooms:\n  - id: hall\n    origin: \"schedule-room:a\"\n    name: \"Hall\"\n", text);
    }
}
