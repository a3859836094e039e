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
import org.confsite.programme.LinkType;
import org.confsite.programme.Programme;
import org.confsite.programme.ProgrammeLoader;
import org.confsite.programme.Session;
import org.confsite.programme.VideoEmbed;
import org.confsite.programme.Speaker;
import org.confsite.support.SyntheticProgramme;
import org.confsite.support.TestSites;
import org.confsite.template.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a site's own schedule.xml or schedule.json gives back the programme it was exported
 * from: every session the export carries (those with a time) with its id, kind, title, times,
 * room, track, people, texts, language, links and recording opt-out; the people with their names
 * (and biographies, which only the JSON carries). A link comes back with the title the export
 * gave it (its own, else its type's in English) at its absolute address; typed as recordings and
 * slides, and as a paper when it was a file of the site; plain otherwise (docs/importing.md).
 */
class RoundTripTest {
    private static final String BASE = "https://roundtrip.example.org/conf/";
    private static final Messages ENGLISH = Messages.load(TestSites.PROJECT.resolve("templates/i18n/messages_en.properties"),
            "messages_en.properties", java.util.Locale.UK);

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
        assertTrue(original.getSessions().stream().anyMatch(s -> s.links().stream().anyMatch(Link::isTyped)));
        for (boolean json : List.of(false, true)) {
            Programme back = roundTrip(original, data, json);
            assertEquals(describe(original, json, true), describe(back, json, false), json ? "schedule.json" : "schedule.xml");
        }
    }

    @Test
    void everyTypeOfLinkComesBackAsDocumented() {
        Path data = tmp.resolve("typed/data");
        TestSites.copyTree(TestSites.FIXTURE.resolve("data"), data);
        TestSites.write(data.resolve("sessions.yaml"), """
                sessions:
                  - id: typed-links
                    kind: talk
                    title: Every type of link
                    date: 2030-03-04
                    start: "10:00"
                    end: "11:00"
                    links:
                      - {type: video, url: "https://youtu.be/abcdefghijk"}
                      - {type: video, url: "https://media.example.org/talk.mp4", title: Elsewhere}
                      - {type: video, url: "https://vimeo.com/channels/x", embed: false}
                      - {type: slides, url: files/slides.pdf}
                      - {type: slides, url: "https://slides.example.org/deck", title: Deck}
                      - {type: paper, url: /files/paper.pdf}
                      - {type: paper, url: "https://papers.example.org/p.pdf"}
                      - {type: doi, url: "10.5555/a<b>"}
                      - {type: code, url: "https://code.example.org/repo"}
                      - {type: link, title: Plain, url: "https://example.org/"}
                      - {title: Mail, url: "mailto:talk@example.org"}
                """);
        Programme original = ProgrammeLoader.load(data, "data");
        assertEquals(11, original.session("typed-links").links().size());
        for (boolean json : List.of(false, true)) {
            Programme back = roundTrip(original, data, json);
            assertEquals(describe(original, json, true), describe(back, json, false), json ? "schedule.json" : "schedule.xml");
            assertEquals(List.of("video", "video", "link", "slides", "link", "link", "link", "link", "link", "slides", "paper"),
                    back.session("typed-links").links().stream().map(l -> l.type().id()).toList());
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
            assertEquals(describe(original, json, true), describe(back, json, false), json ? "schedule.json" : "schedule.xml");
        }
    }

    private Programme roundTrip(Programme original, Path data, boolean json) {
        Path site = tmp.resolve((json ? "json-" : "xml-") + data.getParent().getFileName());
        TestSites.write(site.resolve("site.yaml"), "base_url: " + BASE + "\nlanguages:\n"
                + "  - {tag: en, messages: en, locale: en-GB}\n"
                + "  - {tag: zh-Hant-TW, folder: zh-tw, messages: zh_TW, locale: zh-TW}\n");
        TestSites.write(site.resolve("data/conference.yaml"), TestSites.text(data.resolve("conference.yaml")));
        ScheduleExport export = new ScheduleExport(original, BASE, "en", "Elsewhere", "",
                l -> ENGLISH.get(l.type().titleKey(), List.of(l.url())));
        Path file = site.resolve(json ? "schedule.json" : "schedule.xml");
        TestSites.write(file, json ? export.toJson() : export.toXml());
        try {
            Importer.apply(SiteConfig.load(site), ScheduleImport.read(file, file.getFileName().toString(), null), false);
        } catch (org.confsite.error.SiteException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
        return ProgrammeLoader.load(site.resolve("data"), "data", java.util.Set.of("zh-tw"));
    }

    /** The sessions an export carries, one line each, sorted by id; the links of the {@code original} as they come back. */
    private static String describe(Programme p, boolean withBios, boolean original) {
        return p.getSessions().stream().filter(Session::isTimed).sorted(java.util.Comparator.comparing(Session::id))
                .map(s -> String.join(" | ", s.id(), s.kind().id(), s.title(), s.start().toString(), s.end().toString(),
                        s.room() == null ? "-" : s.room().name(), s.track() == null ? "-" : s.track().name() + s.track().colour(),
                        s.people().stream().map(sp -> person(sp, withBios)).collect(Collectors.joining(", ")),
                        s.abstractText().strip(), s.description().strip(), s.language(), String.valueOf(s.doNotRecord()),
                        inExportOrder(s.links(), original).stream().map(l -> link(l, original))
                                .collect(Collectors.joining(", "))))
                .collect(Collectors.joining("\n"));
    }

    private static String person(Speaker sp, boolean withBio) {
        return sp.name() + (withBio ? " [" + sp.bio().strip() + "]" : "");
    }

    /** The links of an {@code original} in the order they come back: the files of the site (attachments) last. */
    private static List<Link> inExportOrder(List<Link> links, boolean original) {
        if (!original) {
            return links;
        }
        java.util.function.Predicate<Link> file = l -> (l.type() == LinkType.SLIDES || l.type() == LinkType.PAPER)
                && l.isSitePath();
        return java.util.stream.Stream.concat(links.stream().filter(file.negate()), links.stream().filter(file)).toList();
    }

    /**
     * A link as an app sees it: its title, else its type's; a path of the site at its absolute
     * address, a DOI at doi.org. With its type as it comes back from an {@code original}.
     */
    private static String link(Link l, boolean original) {
        String url = l.isSitePath() ? BASE + l.url().replaceFirst("^/", "") : l.getHref();
        String title = l.title().isEmpty() ? ENGLISH.get(l.type().titleKey(), List.of(l.url())) : l.title();
        LinkType type = l.type();
        // A recording on YouTube or Vimeo that names no video the site can show (written with embed: false) comes back plain.
        boolean video = type == LinkType.VIDEO && (VideoEmbed.hostOf(l.url()) == null || VideoEmbed.of(l.url()).isPresent());
        if (original && !(video || type == LinkType.SLIDES || type == LinkType.PAPER && l.isSitePath())) {
            type = LinkType.LINK;
        }
        return type.id() + ": " + title + " <" + url.replace("<", "%3C").replace(">", "%3E") + ">";
    }

    private static void copyIfMissing(Path from, Path to, String... names) {
        for (String name : names) {
            if (!Files.exists(to.resolve(name))) {
                TestSites.write(to.resolve(name), TestSites.text(from.resolve(name)));
            }
        }
    }
}
