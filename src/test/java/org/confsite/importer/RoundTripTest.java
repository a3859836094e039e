package org.confsite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.confsite.config.SiteConfig;
import org.confsite.export.ScheduleExport;
import org.confsite.programme.Link;
import org.confsite.programme.Programme;
import org.confsite.programme.ProgrammeLoader;
import org.confsite.programme.Session;
import org.confsite.programme.Speaker;
import org.confsite.support.SyntheticProgramme;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a site's own schedule.xml or schedule.json gives back the programme it was exported
 * from: every session the export carries (those with a time) with its id, kind, title, times,
 * room, track, people, texts, language, links and recording opt-out; the people with their names
 * (and biographies, which only the JSON carries).
 */
class RoundTripTest {
    private static final String BASE = "https://roundtrip.example.org/conf/";

    @TempDir
    Path tmp;

    @Test
    void theIllustrativeDgoProgrammeComesBackFromItsXmlAndItsJson() {
        Path data = tmp.resolve("dgo/data");
        TestSites.copyTree(TestSites.PROJECT.resolve("src/test/resources/illustrative-programme/data"), data);
        TestSites.copyTree(TestSites.PROJECT.resolve("data"), tmp.resolve("shipped"));
        copyIfMissing(tmp.resolve("shipped"), data, "conference.yaml", "tracks.yaml");
        Programme original = ProgrammeLoader.load(data, "data", java.util.Set.of("zh-tw"));
        assertTrue(original.getSessions().stream().filter(Session::isTimed).count() >= 10);
        for (boolean json : List.of(false, true)) {
            Programme back = roundTrip(original, data, json);
            assertEquals(describe(original, json), describe(back, json), json ? "schedule.json" : "schedule.xml");
        }
    }

    @Test
    void aSyntheticProgrammeOfFourHundredSessionsComesBack() {
        Path data = tmp.resolve("synthetic/data");
        int sessions = SyntheticProgramme.write(data, 4, 10, 10);
        Programme original = ProgrammeLoader.load(data, "data");
        assertEquals(sessions, original.getSessions().size());
        for (boolean json : List.of(false, true)) {
            Programme back = roundTrip(original, data, json);
            assertEquals(describe(original, json), describe(back, json), json ? "schedule.json" : "schedule.xml");
        }
    }

    private Programme roundTrip(Programme original, Path data, boolean json) {
        Path site = tmp.resolve((json ? "json-" : "xml-") + data.getParent().getFileName());
        TestSites.write(site.resolve("site.yaml"), "base_url: " + BASE + "\nlanguages:\n"
                + "  - {tag: en, messages: en, locale: en-GB}\n"
                + "  - {tag: zh-Hant-TW, folder: zh-tw, messages: zh_TW, locale: zh-TW}\n");
        TestSites.write(site.resolve("data/conference.yaml"), TestSites.text(data.resolve("conference.yaml")));
        ScheduleExport export = new ScheduleExport(original, BASE, "en", "Elsewhere");
        Path file = site.resolve(json ? "schedule.json" : "schedule.xml");
        TestSites.write(file, json ? export.toJson() : export.toXml());
        try {
            Importer.apply(SiteConfig.load(site), ScheduleImport.read(file, file.getFileName().toString(), null), false);
        } catch (org.confsite.error.SiteException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
        return ProgrammeLoader.load(site.resolve("data"), "data", java.util.Set.of("zh-tw"));
    }

    /** The sessions an export carries, one line each, sorted by id. */
    private static String describe(Programme p, boolean withBios) {
        return p.getSessions().stream().filter(Session::isTimed).sorted(java.util.Comparator.comparing(Session::id))
                .map(s -> String.join(" | ", s.id(), s.kind().id(), s.title(), s.start().toString(), s.end().toString(),
                        s.room() == null ? "-" : s.room().name(), s.track() == null ? "-" : s.track().name() + s.track().colour(),
                        s.people().stream().map(sp -> person(sp, withBios)).collect(Collectors.joining(", ")),
                        s.abstractText().strip(), s.description().strip(), s.language(), String.valueOf(s.doNotRecord()),
                        s.links().stream().map(RoundTripTest::link).collect(Collectors.joining(", "))))
                .collect(Collectors.joining("\n"));
    }

    private static String person(Speaker sp, boolean withBio) {
        return sp.name() + (withBio ? " [" + sp.bio().strip() + "]" : "");
    }

    /** A link as an app sees it: a path of the site is its absolute address. */
    private static String link(Link l) {
        String url = l.url().matches("(?i)(https?|mailto):.*") ? l.url() : BASE + l.url().replaceFirst("^/", "");
        return l.title() + " <" + url + ">";
    }

    private static void copyIfMissing(Path from, Path to, String... names) {
        for (String name : names) {
            if (!Files.exists(to.resolve(name))) {
                TestSites.write(to.resolve(name), TestSites.text(from.resolve(name)));
            }
        }
    }
}
