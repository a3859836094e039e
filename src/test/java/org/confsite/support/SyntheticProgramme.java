package org.confsite.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A large fictional programme written as data files, in the shapes real conferences have: many
 * rooms over several days, tracks with colours, people with Chinese and accented names, sessions
 * with descriptions, other languages, links, recording opt-outs, and a night past midnight.
 */
public final class SyntheticProgramme {
    private static final String[] KINDS = {"talk", "paper", "panel", "workshop", "keynote", "tutorial", "demo", "forum"};
    private static final String[] FAMILY = {"陳", "林", "Müller", "O'Brien", "Nguyễn", "García", "黃", "Kowalski"};
    private static final String[] GIVEN = {"怡君", "Zoë", "Łukasz", "Ana-María", "志明", "Søren", "Amélie", "建宏"};

    private SyntheticProgramme() {
    }

    /**
     * Writes conference, rooms, tracks, speakers and sessions into {@code data}: {@code days} days
     * from 2030-03-04 in Europe/Berlin (whose clocks do not change then), {@code rooms} rooms,
     * {@code slots} sessions per room per day, and on the first evening one session past midnight.
     */
    public static int write(Path data, int days, int rooms, int slots) {
        LocalDate first = LocalDate.parse("2030-03-04");
        TestSites.write(data.resolve("conference.yaml"), "name: Synthetic 2030\n"
                + "full_name: Synthetic Conference 2030 (fictional)\n"
                + "acronym: syn30\nstart_date: " + first + "\nend_date: " + first.plusDays(days - 1)
                + "\ntime_zone: Europe/Berlin\nvenue: {name: Nowhere Hall, city: Berlin, country: Germany}\n");
        StringBuilder r = new StringBuilder("rooms:\n");
        for (int i = 0; i < rooms; i++) {
            r.append("  - id: room-").append(i).append("\n    name: \"Room ").append(i).append(i % 3 == 0 ? " (Großer Saal)" : "")
                    .append("\"\n");
        }
        TestSites.write(data.resolve("rooms.yaml"), r.toString());
        TestSites.write(data.resolve("tracks.yaml"), "tracks:\n"
                + "  - id: open-data\n    name: \"Open data\"\n    colour: \"#1d6f42\"\n"
                + "  - id: civic-tech\n    name: \"公民科技\"\n    colour: \"#8a3b12\"\n");
        int people = rooms * slots;
        StringBuilder s = new StringBuilder("speakers:\n");
        for (int i = 0; i < people; i++) {
            String name = FAMILY[i % FAMILY.length].matches("\\p{IsHan}") ? FAMILY[i % FAMILY.length] + GIVEN[(i / 8) % 8]
                    : GIVEN[(i / 8) % 8] + " " + FAMILY[i % FAMILY.length];
            s.append("  - id: p").append(i).append("\n    name: \"").append(name).append(' ').append(i).append("\"\n");
            if (i % 4 == 0) {
                s.append("    bio: |\n      Fictional person ").append(i).append(", *made up* for tests.\n\n      第二段。\n");
            }
        }
        TestSites.write(data.resolve("speakers.yaml"), s.toString());
        StringBuilder e = new StringBuilder("sessions:\n");
        int count = 0;
        for (int d = 0; d < days; d++) {
            for (int room = 0; room < rooms; room++) {
                for (int slot = 0; slot < slots; slot++) {
                    int n = count++;
                    int minutes = 9 * 60 + slot * 60;
                    e.append("  - id: s").append(n).append("\n    kind: ").append(KINDS[n % KINDS.length])
                            .append("\n    title: \"Session ").append(n).append(n % 7 == 0 ? ": 城市與資料 \\\"quoted\\\"" : "")
                            .append("\"\n    date: ").append(first.plusDays(d)).append("\n    start: \"")
                            .append(clock(minutes)).append("\"\n    end: \"").append(clock(minutes + 45))
                            .append("\"\n    room: room-")
                            .append(room).append('\n');
                    if (n % 2 == 0) {
                        e.append("    track: ").append(n % 4 == 0 ? "open-data" : "civic-tech").append('\n');
                    }
                    e.append("    speakers: [p").append(n % people).append(n % 3 == 0 ? ", p" + ((n + 1) % people) : "")
                            .append("]\n    abstract: |\n      Abstract of session ").append(n)
                            .append(".\n\n      Second line <b>as text</b>.\n");
                    if (n % 5 == 0) {
                        e.append("    description: |\n      A longer description of ").append(n).append(".\n");
                    }
                    if (n % 6 == 0) {
                        e.append("    language: de\n");
                    }
                    if (n % 9 == 0) {
                        e.append("    do_not_record: true\n");
                    }
                    if (n % 10 == 0) {
                        e.append("    links:\n      - {title: \"Slides\", url: \"https://example.org/slides/").append(n)
                                .append("\"}\n");
                    }
                }
            }
        }
        e.append("  - id: night\n    kind: social\n    title: \"Night past midnight\"\n    date: ").append(first)
                .append("\n    start: \"23:00\"\n    end: ").append(first.plusDays(1)).append("T01:30\n    room: room-0\n");
        TestSites.write(data.resolve("sessions.yaml"), e.toString());
        TestSites.write(data.resolve("papers.yaml"), "papers: []\n");
        return count + 1;
    }

    private static String clock(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
