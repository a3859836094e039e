package org.confsite.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.confsite.support.FixtureData;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgrammeLoaderTest {
    @TempDir
    Path tmp;
    FixtureData fixture;
    Path data;

    @BeforeEach
    void copyFixtureData() {
        fixture = new FixtureData(tmp);
        data = fixture.dir();
    }

    private void write(String file, String yaml) {
        fixture.write(file, yaml);
    }

    private List<String> errors() {
        return fixture.errors();
    }

    @Test
    void loadsAndJoinsTheFixtureProgramme() {
        Programme p = ProgrammeLoader.load(data, "data");
        assertEquals(5, p.getSessions().size());
        Session opening = p.session("opening");
        assertEquals(SessionKind.KEYNOTE, opening.kind());
        assertEquals(ZonedDateTime.parse("2030-03-04T09:00+08:00[Asia/Taipei]"), opening.start());
        assertEquals("Main Hall", opening.room().name());
        assertEquals("Core track", opening.track().name());
        assertEquals(List.of("ada"), opening.speakers().stream().map(Speaker::id).toList());
        assertEquals(List.of("bob"), opening.chairs().stream().map(Speaker::id).toList());
        assertEquals(List.of("Slides", "About the conference"), opening.links().stream().map(Link::title).toList());
        assertEquals(List.of("opening", "hostile"), p.sessionsOf("ada").stream().map(Session::id).toList());
        assertEquals(List.of("opening:[SPEAKER]", "papers-a:[AUTHOR]", "hostile:[SPEAKER]"), p.appearancesOf("ada").stream()
                .map(a -> a.session().id() + ":" + a.roles()).toList(), "sessions, and the session presenting a paper");
        assertEquals(List.of("papers-a:[CHAIR, AUTHOR]"), p.appearancesOf("cy").stream()
                .map(a -> a.session().id() + ":" + a.roles()).toList(), "a chair who wrote one of the session's papers");
        assertEquals(List.of("papers-a"), p.sessionsOf("cy").stream().map(Session::id).toList());
        assertEquals(List.of("testing-papers", "hostile-paper"),
                p.session("papers-a").papers().stream().map(Paper::id).toList(), "papers in the order presented");
        assertEquals(List.of("ada", "cy"), p.paper("testing-papers").authors().stream().map(Speaker::id).toList());
        assertEquals(List.of("Ada Example", "Bob Sample", "Cy <i>Author</i>"),
                p.getAuthors().stream().map(Speaker::name).toList());
        assertEquals("https://doi.org/10.1234/fixture.1", p.paper("testing-papers").getReadUrl());
        assertEquals("#1f6f8b", p.getTracks().get(0).colour(), "colours are kept in lowercase");
        Room hall = opening.room();
        assertEquals(300, hall.capacity());
        assertEquals("Fixture Hall, 1F", hall.getWhere());
        assertEquals("25.0173", p.getConference().venue().latitude().toPlainString());
        assertEquals(ZonedDateTime.parse("2030-03-04T12:00+08:00[Asia/Taipei]"), p.session("coffee").start(),
                "a start with its date needs no date field");
        assertEquals(java.time.LocalDate.parse("2030-03-04"), p.session("coffee").date());
        assertEquals("papers-a", p.nextInRoom(opening).id());
        assertEquals(null, p.previousInRoom(opening));
        assertEquals(2, p.getDays().size());
        assertEquals(List.of("dinner"), p.getDays().get(1).sessions().stream().map(Session::id).toList());
        assertTrue(p.session("dinner").start() == null, "no time given: time to be announced");
        assertTrue(p.hasSamples());
    }

    @Test
    void descriptionLanguageRecordingOptOutAndOriginAreRead() {
        Session dinner = ProgrammeLoader.load(TestSites.FIXTURE.resolve("data"), "data").session("dinner");
        assertEquals("More *detail*: <script>alert('d')</script>", dinner.description());
        assertEquals("zh-Hant", dinner.language(), "the tag in its usual case");
        assertTrue(dinner.doNotRecord());
        assertEquals("schedule:<b>0c1f</b>", dinner.origin());
        assertEquals("Chinese (Traditional)", dinner.languageName(java.util.Locale.UK));
        assertEquals("中文 (繁體)", dinner.languageName(java.util.Locale.TAIWAN));
        Session opening = ProgrammeLoader.load(TestSites.FIXTURE.resolve("data"), "data").session("opening");
        assertEquals(List.of("", "", false, ""), List.of(opening.description(), opening.language(), opening.doNotRecord(),
                opening.origin()), "none given");
        assertEquals("", opening.languageName(java.util.Locale.UK));
    }

    @Test
    void anImportedEntryOfEveryKindKeepsItsOriginAndATalkIsAKind() {
        fixture.edit("rooms.yaml", "    capacity: 300\n", "    capacity: 300\n    origin: schedule:room-1\n");
        fixture.edit("tracks.yaml", "    colour: \"#1F6F8B\"\n", "    colour: \"#1F6F8B\"\n    origin: schedule:track-1\n");
        fixture.edit("speakers.yaml", "    affiliation: Example University\n",
                "    affiliation: Example University\n    origin: schedule:ABC123\n");
        fixture.edit("papers.yaml", "    authors: [ada, cy]\n", "    authors: [ada, cy]\n    origin: easychair:12\n");
        fixture.edit("sessions.yaml", "    kind: keynote\n", "    kind: talk\n    origin: schedule:1f3c\n");
        Programme p = fixture.load();
        assertEquals("schedule:room-1", p.getRooms().get(0).origin());
        assertEquals("schedule:track-1", p.getTracks().get(0).origin());
        assertEquals("schedule:ABC123", p.speaker("ada").origin());
        assertEquals("easychair:12", p.paper("testing-papers").origin());
        assertEquals(SessionKind.TALK, p.session("opening").kind());
        assertEquals("schedule:1f3c", p.session("opening").origin());
        assertEquals("", p.speaker("bob").origin(), "written by hand");
    }

    @Test
    void theDescriptionIsTranslatedLikeTheAbstract() {
        fixture.edit("sessions.yaml", "    origin: \"schedule:<b>0c1f</b>\"\n",
                "    origin: \"schedule:<b>0c1f</b>\"\n    zh-tw:\n      description: 更多**細節**\n");
        Programme p = ProgrammeLoader.load(fixture.dir(), "data", java.util.Set.of("zh-tw"));
        Programme zh = p.in("zh-tw", java.util.Locale.TAIWAN);
        assertEquals("更多**細節**", zh.session("dinner").description());
        assertEquals("More *detail*: <script>alert('d')</script>", p.session("dinner").description());
        assertEquals("zh-Hant", zh.session("dinner").language());
        assertTrue(zh.session("dinner").doNotRecord());
        assertEquals(false, zh.untranslated(zh.session("dinner"), "description"));
        assertEquals(true, zh.untranslated(zh.session("dinner"), "abstract"));
    }

    @Test
    void yamlSyntaxErrorNamesFileLineAndColumn() {
        write("rooms.yaml", "rooms:\n  - id: hall\n    name: Main Hall\n  - id: [oops\n");
        assertEquals(List.of("data/rooms.yaml:5:1: YAML syntax: expected ',' or ']', but got <stream end> "
                + "(check indentation with spaces, quoting and the ':' after each key)"), errors());
    }

    @Test
    void missingRequiredFieldAndUnknownFieldWithSuggestion() {
        write("speakers.yaml", "speakers:\n  - id: ada\n    nmae: Ada\n  - id: bob\n    name: Bob\n  - id: cy\n    name: Cy\n");
        assertEquals(List.of(
                "data/speakers.yaml:3:5: unknown field 'nmae' (did you mean 'name'?)",
                "data/speakers.yaml:2:5: missing required field 'name' (add name: ...)"), errors());
    }

    @Test
    void unknownReferencesAreReportedTogetherWithHints() {
        write("sessions.yaml", """
                sessions:
                  - id: s1
                    kind: keynot
                    title: One
                    date: 2030-03-04
                    room: hal
                    speakers: [ada, zed, ada]
                """);
        assertEquals(List.of(
                "data/sessions.yaml:3:11: unknown session kind 'keynot' (did you mean 'keynote'?)",
                "data/sessions.yaml:6:11: unknown room 'hal' (did you mean 'hall'?)",
                "data/sessions.yaml:7:21: unknown speaker 'zed' (add it to data/speakers.yaml)",
                "data/sessions.yaml:7:26: speaker 'ada' is listed twice (remove one of them)"), errors());
    }

    @Test
    void timesDatesIdsAndClashesAreChecked() {
        write("sessions.yaml", """
                sessions:
                  - id: a
                    kind: talk-ish
                    title: A
                    date: 2030-03-04
                    start: "10:00"
                    end: "09:00"
                  - id: B Bad
                    kind: panel
                    title: B
                    date: 2031-01-01
                  - id: c
                    kind: panel
                    title: C
                    date: 2030-03-04
                    start: "9:00"
                    end: "10:00"
                  - id: d
                    kind: panel
                    title: D
                    date: 2030-03-04
                    start: "09:00"
                    end: "10:00"
                    room: hall
                  - id: e
                    kind: panel
                    title: E
                    date: 2030-03-04
                    start: "09:30"
                    end: "11:00"
                    room: hall
                  - id: e
                    kind: panel
                    title: E again
                    date: 2030-03-05
                """);
        assertEquals(List.of(
                "data/sessions.yaml:3:11: unknown session kind 'talk-ish' (use one of keynote, talk, paper, panel, poster, "
                        + "doctoral, demo, workshop, tutorial, forum, ceremony, social, visit, break)",
                "data/sessions.yaml:7:10: end 09:00 is not after start 10:00 (for a session that runs past midnight, "
                        + "write end as YYYY-MM-DDTHH:MM)",
                "data/sessions.yaml:8:9: id 'B Bad' is not a lowercase ASCII slug (use letters a-z, digits and single hyphens, e.g. opening-keynote)",
                "data/sessions.yaml:11:11: date 2031-01-01 is outside the conference (2030-03-04 to 2030-03-05) (check the year and month)",
                "data/sessions.yaml:16:12: 'start' is not a time: '9:00' (write 24-hour \"HH:MM\" in the conference's time "
                        + "zone, e.g. \"09:30\", or YYYY-MM-DDTHH:MM)",
                "data/sessions.yaml:32:9: duplicate session id 'e' (ids must be unique; rename one)",
                "data/sessions.yaml:31:11: session 'e' overlaps 'd' in room 'hall' (move one of them to another room or time)"),
                errors());
    }

    @Test
    void anEmptyFileIsAnEmptyListAndReferencesToItAreStillChecked() {
        write("rooms.yaml", "# no rooms yet\n");
        List<String> errors = errors();
        assertEquals("data/sessions.yaml:8:11: unknown room 'hall' (add it to data/rooms.yaml)", errors.get(0));
        assertEquals(4, errors.size(), errors.toString());
    }

    @Test
    void suggestionsAreWellFormedIdsNeverTheMisspeltOnes() {
        write("rooms.yaml", "rooms:\n  - id: Hall-B\n    name: B\n  - id: hall-c\n    name: C\n  - id: side\n    name: S\n");
        write("sessions.yaml",
                "sessions:\n  - id: s1\n    kind: panel\n    title: One\n    date: 2030-03-04\n    room: hall-x\n");
        assertEquals(List.of(
                "data/rooms.yaml:2:9: id 'Hall-B' is not a lowercase ASCII slug (use letters a-z, digits and single hyphens, "
                        + "e.g. opening-keynote)",
                "data/sessions.yaml:6:11: unknown room 'hall-x' (did you mean 'hall-b'?)"), errors());
    }

    @Test
    void markdownInDataMayNotLinkToScriptsOrDataOrSchemelessHosts() {
        write("speakers.yaml", """
                speakers:
                  - id: ada
                    name: Ada
                    bio: "[me](JavaScript:alert(1)) and <data:text/html,x> and [fine](https://ada.example.org)"
                  - id: bob
                    name: Bob
                    bio: |
                      See [site][s].

                      [s]: //evil.example/
                  - id: cy
                    name: Cy
                    bio: "[ok](/about.html) [mail](mailto:cy@example.org)"
                """);
        String hint = ", which pages do not allow (link to https://..., mailto:... or a path of this site)";
        assertEquals(List.of(
                "data/speakers.yaml:4:10: 'bio' links to 'JavaScript:alert(1)'" + hint,
                "data/speakers.yaml:4:10: 'bio' links to 'data:text/html,x'" + hint,
                "data/speakers.yaml:7:10: 'bio' links to '//evil.example/'" + hint), errors());
    }

    @Test
    void aDoiIsLinkedWithItsUrlCharactersEncoded() {
        assertEquals("https://doi.org/10.1000/a%23b%3Fc%25d%3Ce", new Paper("x", "T", List.of(), "", "10.1000/a#b?c%d<e", "", false)
                .getReadUrl());
        assertEquals("https://doi.org/10.1145/3657054.3657060", new Paper("x", "T", List.of(), "", "10.1145/3657054.3657060",
                "", false).getReadUrl());
    }

    @Test
    void daysMayBeNamedOnlyOnceAndOnlyWithinTheConference() {
        String conference = TestSites.text(data.resolve("conference.yaml"));
        write("conference.yaml", conference + "days:\n  - date: 2030-03-04\n    name: \"Opening <b>day</b>\"\n");
        List<Day> days = ProgrammeLoader.load(data, "data").getDays();
        assertEquals(List.of("Opening <b>day</b>", ""), days.stream().map(Day::name).toList());
        write("conference.yaml", conference + "days:\n  - date: 2030-03-04\n    name: One\n"
                + "  - date: 2030-03-04\n    name: Again\n  - date: 2030-03-09\n    name: Late\n  - {date: 2030-03-05, nmae: x}\n");
        assertEquals(List.of(
                "data/conference.yaml:22:11: day 2030-03-04 is named twice (keep one of them)",
                "data/conference.yaml:24:11: day 2030-03-09 is outside the conference (2030-03-04 to 2030-03-05) "
                        + "(name only days from start_date to end_date)",
                "data/conference.yaml:26:24: unknown field 'nmae' (did you mean 'name'?)",
                "data/conference.yaml:26:5: missing required field 'name' (add name: ...)"), errors());
    }

    @Test
    void anEmptyStartOrEndIsNotSilentlyDropped() {
        write("sessions.yaml", """
                sessions:
                  - id: s1
                    kind: panel
                    title: One
                    date: 2030-03-04
                    start: ""
                    end: "10:00"
                """);
        assertEquals(List.of("data/sessions.yaml:7:10: give both start and end, or neither when the time is not known"),
                errors());
    }

    @Test
    void linksMustBeWebAddressesOrSitePaths() {
        write("speakers.yaml", """
                speakers:
                  - id: ada
                    name: Ada
                    links:
                      - {title: Site, url: www.example.org}
                      - {title: Script, url: "javascript:alert(1)"}
                      - {title: Mail, url: "mailto:ada@example.org"}
                      - {title: Slides, url: files/slides.pdf}
                  - id: bob
                    name: Bob
                  - id: cy
                    name: Cy
                """);
        write("papers.yaml", "papers:\n  - id: testing-papers\n    title: T\n    url: mailto:x@example.org\n"
                + "  - id: hostile-paper\n    title: H\n");
        assertEquals(List.of(
                "data/speakers.yaml:5:28: link 'www.example.org' is not a web address or a path of this site "
                        + "(write https://..., mailto:... or a site path such as files/slides.pdf)",
                "data/speakers.yaml:6:30: link 'javascript:alert(1)' is not a web address or a path of this site "
                        + "(write https://..., mailto:... or a site path such as files/slides.pdf)",
                "data/papers.yaml:4:10: 'url' is not a web address: 'mailto:x@example.org' (write https://...)"), errors());
    }

    @Test
    void duplicateIdsAndDuplicateKeys() {
        write("rooms.yaml",
                "rooms:\n  - id: hall\n    name: A\n    name: B\n  - id: hall\n    name: C\n  - id: side\n    name: S\n");
        assertEquals(List.of("data/rooms.yaml:4:5: duplicate key 'name' (keep one of them)",
                "data/rooms.yaml:5:9: duplicate room id 'hall' (ids must be unique; rename one)"), errors());
    }

    @Test
    void missingConferenceFile() throws IOException {
        Files.delete(data.resolve("conference.yaml"));
        List<String> errors = errors();
        assertEquals("data/conference.yaml: file is missing (create it; see docs/programme.md)", errors.get(0));
    }

    @Test
    void nonUtf8TabsAndControlCharactersAreClearErrors() throws IOException {
        byte[] latin1 = {'t', 'r', 'a', 'c', 'k', 's', ':', '\n', ' ', ' ', '-', ' ', (byte) 0xC3, '\n'};
        Files.write(data.resolve("tracks.yaml"), latin1);
        write("rooms.yaml", "rooms:\n\t- id: hall\n");
        write("speakers.yaml", "speakers:\n  - id: ada\n    name: \"A\u0007da\"\n");
        assertEquals(List.of(
                "data/rooms.yaml:2:1: YAML syntax: a tab character cannot indent YAML (check indentation with spaces, quoting and the ':' after each key)",
                "data/tracks.yaml:2: is not valid UTF-8 (byte 12) (save the file with UTF-8 encoding)",
                "data/speakers.yaml:3:13: contains the control character U+0007 (delete it; it is invisible in most editors)"),
                errors());
    }

    @Test
    void byteOrderMarkIsAccepted() {
        write("tracks.yaml", "\uFEFFtracks:\n  - id: core\n    name: Core track\n  - id: extra\n    name: Extra\n");
        assertEquals("Core track", ProgrammeLoader.load(data, "data").getTracks().get(0).name());
    }

    @Test
    void hostileYamlFailsFastWithoutExhaustingMemory() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev)
                    .append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        write("tracks.yaml", "tracks: []\n" + bomb);
        String deep = "rooms: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        write("rooms.yaml", deep);
        List<String> errors = errors();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("data/rooms.yaml:1: YAML: Nesting Depth exceeded"), errors.get(0));
        assertTrue(errors.get(1).startsWith("data/tracks.yaml:15: YAML: Number of aliases for non-scalar nodes exceeds"),
                errors.get(1));
    }
}
