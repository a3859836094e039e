package org.confsite.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.support.FixtureData;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of {@link ProgrammeLoader}, each from the valid fixture data with one thing broken, and
 * each with its exact message, line and column. Hostile input must fail with a {@link SiteException}
 * (never another exception); how fast is measured by scripts/benchmark.sh, not here.
 */
class ProgrammeValidationTest {
    private static final String SLUG_HINT = " (use letters a-z, digits and single hyphens, e.g. opening-keynote)";
    private static final String TIME_HINT =
            " (write 24-hour \"HH:MM\" in the conference's time zone, e.g. \"09:30\", or YYYY-MM-DDTHH:MM)";
    private static final String SYNTAX_HINT = " (check indentation with spaces, quoting and the ':' after each key)";
    private static final String LINK_HINT = " is not a web address or a path of this site"
            + " (write https://..., mailto:... or a site path such as files/slides.pdf)";
    private static final String PHOTO_HINT = " (a jpg, png, webp, avif, gif or svg file, e.g. photo: img/people/ada.jpg)";
    private static final String KINDS =
            "keynote, talk, paper, panel, poster, doctoral, demo, workshop, tutorial, forum, ceremony, social, visit, break";

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

    private void writeBytes(String file, byte[] bytes) {
        fixture.writeBytes(file, bytes);
    }

    private void edit(String file, String from, String to) {
        fixture.edit(file, from, to);
    }

    private void restore(String file) {
        fixture.restore(file);
    }

    private void append(String file, String yaml) {
        fixture.append(file, yaml);
    }

    private Programme load() {
        return fixture.load();
    }

    private List<String> errors() {
        return fixture.errors();
    }

    /** For hostile input: nothing but a SiteException, and no hang. */
    private List<String> hostileErrors() {
        return errors();
    }

    // ---- wrong types ----

    @Test
    void aListOrMappingWhereASingleValueIsExpectedIsReportedOnce() {
        write("rooms.yaml", """
                rooms:
                  - id: [hall]
                    name: Main Hall
                  - id: side
                    name: [Side, Room]
                    floor: {level: 1}
                """);
        edit("sessions.yaml", "title: Opening keynote", "title: [Opening, keynote]");
        // The room whose id is written as a list still counts as declared: 'room: hall' is not reported.
        assertEquals(List.of(
                "data/rooms.yaml:2:9: 'id' must be a single value, not a list or mapping",
                "data/rooms.yaml:5:11: 'name' must be a single value, not a list or mapping",
                "data/rooms.yaml:6:12: 'floor' must be a single value, not a list or mapping",
                "data/sessions.yaml:4:12: 'title' must be a single value, not a list or mapping"), errors());
    }

    @Test
    void capacityMustBeAWholeNumberInRange() {
        write("rooms.yaml", """
                rooms:
                  - id: hall
                    name: Main Hall
                    capacity: lots
                  - id: side
                    name: Side Room
                    capacity: 0
                  - id: big
                    name: Big
                    capacity: 1000001
                  - id: half
                    name: Half
                    capacity: 12.5
                  - id: fine
                    name: Fine
                    capacity: 1_000
                """);
        assertEquals(List.of(
                "data/rooms.yaml:4:15: 'capacity' must be a whole number from 1 to 1000000, not 'lots'",
                "data/rooms.yaml:7:15: 'capacity' must be a whole number from 1 to 1000000, not '0'",
                "data/rooms.yaml:10:15: 'capacity' must be a whole number from 1 to 1000000, not '1000001'",
                "data/rooms.yaml:13:15: 'capacity' must be a whole number from 1 to 1000000, not '12.5'"), errors());
    }

    @Test
    void sampleMustBeTrueOrFalse() {
        edit("rooms.yaml", "    sample: true", "    sample: maybe");
        edit("speakers.yaml", "    sample: true", "    sample: 1");
        edit("papers.yaml", "    sample: true", "    sample: [true]");
        edit("sessions.yaml", "    sample: true", "    sample: yes");
        assertEquals(List.of(
                "data/rooms.yaml:10:13: 'sample' must be true or false",
                "data/speakers.yaml:14:13: 'sample' must be true or false",
                "data/papers.yaml:11:13: 'sample' must be a single value, not a list or mapping"), errors());
    }

    @Test
    void languageMustBeALanguageTagAndDoNotRecordAFlag() {
        edit("sessions.yaml", "    language: zh-hant\n    do_not_record: true\n",
                "    language: english\n    do_not_record: sometimes\n");
        edit("sessions.yaml", "    title: Opening keynote\n", "    title: Opening keynote\n    language: en_GB_x!\n");
        edit("sessions.yaml", "    title: Papers A\n", "    title: Papers A\n    language: [en, fr]\n    origin: {a: b}\n");
        String hint = " (write a BCP 47 tag such as en, zh-Hant or pt-BR)";
        assertEquals(List.of(
                "data/sessions.yaml:5:15: 'language' is not a language tag: 'en_GB_x!'" + hint,
                "data/sessions.yaml:23:15: 'language' must be a single value, not a list or mapping",
                "data/sessions.yaml:24:13: 'origin' must be a single value, not a list or mapping",
                "data/sessions.yaml:55:15: 'language' is not a language tag: 'english'" + hint,
                "data/sessions.yaml:56:20: 'do_not_record' must be true or false"), errors());
    }

    @Test
    void aWellFormedLanguageTagIsAccepted() {
        for (String tag : List.of("en", "zh-Hant", "zh-TW", "pt-BR", "de-CH-1996", "yue")) {
            fixture.restore("sessions.yaml");
            edit("sessions.yaml", "    language: zh-hant\n", "    language: " + tag + "\n");
            assertEquals(tag, load().session("dinner").language());
        }
    }

    @Test
    void coordinatesMustBeNumbersInRangeAndComeInPairs() {
        edit("conference.yaml", "latitude: 25.0173", "latitude: north");
        edit("conference.yaml", "longitude: 121.5397", "longitude: 200");
        assertEquals(List.of(
                "data/conference.yaml:17:13: 'latitude' must be a number from -90 to 90, not 'north'",
                "data/conference.yaml:18:14: 'longitude' must be a number from -180 to 180, not '200'"), errors());

        edit("conference.yaml", "  latitude: north\n  longitude: 200\n", "  latitude: 91\n");
        assertEquals(List.of(
                "data/conference.yaml:17:13: 'latitude' must be a number from -90 to 90, not '91'",
                "data/conference.yaml:17:13: give both latitude and longitude, or neither"), errors());

        edit("conference.yaml", "  latitude: 91\n", "  longitude: -180.5\n");
        assertEquals(List.of(
                "data/conference.yaml:17:14: 'longitude' must be a number from -180 to 180, not '-180.5'",
                "data/conference.yaml:17:14: give both latitude and longitude, or neither"), errors());

        edit("conference.yaml", "  longitude: -180.5\n", "  latitude: -90\n  longitude: 180\n");
        Venue venue = load().getConference().venue();
        assertEquals(new BigDecimal("-90"), venue.latitude());
        assertEquals(new BigDecimal("180"), venue.longitude());
    }

    @Test
    void linksMustBeAList() {
        edit("speakers.yaml", "    links:\n      - title: Ada's site\n        url: https://ada.example.org/\n",
                "    links: https://ada.example.org/\n");
        edit("sessions.yaml", """
                    links:
                      - title: Slides
                        url: https://example.org/slides
                      - title: About the conference
                        url: about.html
                """, """
                    links:
                      title: Slides
                      url: https://example.org/slides
                """);
        assertEquals(List.of(
                "data/speakers.yaml:7:12: 'links' must be a list of entries starting with '- '",
                "data/sessions.yaml:13:7: 'links' must be a list of entries starting with '- '"), errors());
    }

    @Test
    void itemsOfSpeakersAndChairsMustBeIdsNotMappings() {
        edit("sessions.yaml", "    chairs: [bob]\n    speakers: [ada]\n",
                "    chairs: {id: bob}\n    speakers:\n      - id: ada\n      - bob\n");
        assertEquals(List.of(
                "data/sessions.yaml:10:13: 'chairs' must be a list like [a, b]",
                "data/sessions.yaml:12:9: each item of 'speakers' must be a single value"), errors());
    }

    // ---- required fields ----

    @Test
    void conferenceRequiresNameDatesTimeZoneAndVenue() {
        write("conference.yaml", "acronym: FC\n");
        assertEquals(List.of(
                "data/conference.yaml:1:1: missing required field 'name' (add name: ...)",
                "data/conference.yaml:1:1: missing required field 'start_date' (add start_date: ...)",
                "data/conference.yaml:1:1: missing required field 'end_date' (add end_date: ...)",
                "data/conference.yaml:1:1: missing required field 'time_zone' (add time_zone: ...)",
                "data/conference.yaml:1:1: missing required field 'venue' (add venue: with name, city and country)"),
                errors());
    }

    @Test
    void venueRequiresNameCityAndCountry() {
        String venue = TestSites.text(data.resolve("conference.yaml"));
        venue = venue.substring(venue.indexOf("venue:"));
        edit("conference.yaml", venue, "venue:\n  street_address: 1 Test Road\n");
        assertEquals(List.of(
                "data/conference.yaml:11:3: missing required field 'name' (add name: ...)",
                "data/conference.yaml:11:3: missing required field 'city' (add city: ...)",
                "data/conference.yaml:11:3: missing required field 'country' (add country: ...)"), errors());

        // Not a mapping at all: said once, not as three missing fields.
        edit("conference.yaml", "venue:\n  street_address: 1 Test Road\n", "venue: Fixture Hall, Taipei\n");
        assertEquals(List.of(
                "data/conference.yaml:10:8: 'venue' must be a mapping of key: value lines (indent its fields under it)"),
                errors());
    }

    @Test
    void roomsTracksSpeakersAndPapersRequireTheirFields() {
        write("rooms.yaml", """
                rooms:
                  - id: hall
                    building: Fixture Hall
                  - id: side
                    name: Side Room
                """);
        write("tracks.yaml", """
                tracks:
                  - id: core
                    colour: "#1f6f8b"
                  - id: extra
                    name: Extra track
                """);
        write("speakers.yaml", """
                speakers:
                  - id: ada
                    affiliation: Example University
                  - id: bob
                    name: Bob Sample
                  - id: cy
                    name: Cy
                  - name: No Id
                """);
        write("papers.yaml", """
                papers:
                  - id: testing-papers
                    authors: [ada, cy]
                  - id: hostile-paper
                    title: Hostile
                """);
        // The sessions refer to hall, core, ada and testing-papers: entries already reported, not again.
        assertEquals(List.of(
                "data/rooms.yaml:2:5: missing required field 'name' (add name: ...)",
                "data/tracks.yaml:2:5: missing required field 'name' (add name: ...)",
                "data/speakers.yaml:2:5: missing required field 'name' (add name: ...)",
                "data/speakers.yaml:8:5: missing required field 'id' (add id: ...)",
                "data/papers.yaml:2:5: missing required field 'title' (add title: ...)"), errors());
    }

    @Test
    void sessionRequiresIdKindTitleAndDate() {
        write("sessions.yaml", """
                sessions:
                  - title: No id
                    kind: panel
                    date: 2030-03-04
                  - id: no-kind
                    title: No kind
                    date: 2030-03-04
                  - id: no-title
                    kind: panel
                    date: 2030-03-04
                  - id: no-date
                    kind: panel
                    title: No date
                """);
        assertEquals(List.of(
                "data/sessions.yaml:2:5: missing required field 'id' (add id: ...)",
                "data/sessions.yaml:5:5: missing required field 'kind' (add kind: ...)",
                "data/sessions.yaml:8:5: missing required field 'title' (add title: ...)",
                "data/sessions.yaml:11:5: missing required field 'date' (add date: ...)"), errors());
    }

    @Test
    void linkRequiresTitleAndUrl() {
        edit("sessions.yaml", """
                      - title: Slides
                        url: https://example.org/slides
                      - title: About the conference
                        url: about.html
                """, """
                      - title: Slides
                      - url: about.html
                """);
        assertEquals(List.of(
                "data/sessions.yaml:13:9: missing required field 'url' (add url: ...)",
                "data/sessions.yaml:14:9: missing required field 'title' (add title: ...)"), errors());
    }

    @Test
    void requiredValuesMustNotBeEmpty() {
        write("rooms.yaml", """
                rooms:
                  - id: hall
                    name: ""
                  - id: side
                    name: ~
                  - id: third
                    name:
                  - id: fourth
                    name: "   "
                  - id: ""
                    name: Fifth
                """);
        assertEquals(List.of(
                "data/rooms.yaml:3:11: required field 'name' is empty (give it a value)",
                "data/rooms.yaml:5:11: required field 'name' is empty (give it a value)",
                "data/rooms.yaml:7:10: required field 'name' is empty (give it a value)",
                "data/rooms.yaml:9:11: required field 'name' is empty (give it a value)",
                "data/rooms.yaml:10:9: required field 'id' is empty (give it a value)"), errors());
    }

    @Test
    void anEntryThatIsNotAMappingIsReportedOnce() {
        append("sessions.yaml", "  - just a title\n");
        assertEquals(List.of(
                "data/sessions.yaml:55:5: each entry of 'sessions' must be a mapping of key: value lines "
                        + "(indent its fields under it)"), errors());
    }

    // ---- unknown fields ----

    @Test
    void unknownFieldsNearAKnownOneSuggestIt() {
        edit("conference.yaml", "  country_code: TW\n", "  country_code: TW\n  citty: Taipei\n");
        append("conference.yaml", "acronim: FC\n");
        edit("rooms.yaml", "    capacity: 300\n", "    capacity: 300\n    capacty: 300\n");
        edit("tracks.yaml", "    colour: \"#1F6F8B\"\n", "    colour: \"#1F6F8B\"\n    color: red\n");
        edit("speakers.yaml", "    affiliation: Example University\n",
                "    affiliation: Example University\n    afiliation: Example University\n");
        edit("speakers.yaml", "        url: https://ada.example.org/\n",
                "        url: https://ada.example.org/\n        titl: Site\n");
        edit("papers.yaml", "    authors: [ada, cy]\n", "    authors: [ada, cy]\n    author: [ada]\n");
        edit("sessions.yaml", "    title: Opening keynote\n", "    title: Opening keynote\n    tittle: Opening\n");
        edit("sessions.yaml", "        url: about.html\n", "        url: about.html\n        ulr: about.html\n");
        assertEquals(List.of(
                "data/conference.yaml:20:1: unknown field 'acronim' (did you mean 'acronym'?)",
                "data/conference.yaml:17:3: unknown field 'citty' (did you mean 'city'?)",
                "data/rooms.yaml:7:5: unknown field 'capacty' (did you mean 'capacity'?)",
                "data/tracks.yaml:5:5: unknown field 'color' (did you mean 'colour'?)",
                "data/speakers.yaml:5:5: unknown field 'afiliation' (did you mean 'affiliation'?)",
                "data/speakers.yaml:11:9: unknown field 'titl' (did you mean 'title'?)",
                "data/papers.yaml:5:5: unknown field 'author' (did you mean 'authors'?)",
                "data/sessions.yaml:5:5: unknown field 'tittle' (did you mean 'title'?)",
                "data/sessions.yaml:18:9: unknown field 'ulr' (did you mean 'url'?)"), errors());
    }

    @Test
    void unknownFieldsFarFromAnyListWhatIsAllowed() {
        edit("conference.yaml", "  country_code: TW\n", "  country_code: TW\n  phone: \"123\"\n");
        append("conference.yaml", "website: https://example.org/\n");
        edit("rooms.yaml", "    capacity: 300\n", "    capacity: 300\n    seats: 300\n");
        edit("tracks.yaml", "    colour: \"#1F6F8B\"\n", "    colour: \"#1F6F8B\"\n    description: The core\n");
        edit("speakers.yaml", "    affiliation: Example University\n",
                "    affiliation: Example University\n    email: ada@example.org\n");
        edit("speakers.yaml", "        url: https://ada.example.org/\n",
                "        url: https://ada.example.org/\n        description: Her site\n");
        edit("papers.yaml", "    authors: [ada, cy]\n", "    authors: [ada, cy]\n    pages_count: 12\n");
        edit("sessions.yaml", "    title: Opening keynote\n", "    title: Opening keynote\n    location: Hall\n");
        edit("sessions.yaml", "        url: about.html\n", "        url: about.html\n        description: About\n");
        assertEquals(List.of(
                "data/conference.yaml:20:1: unknown field 'website' (allowed: acronym, days, description, end_date, full_name, "
                        + "hosts, name, organiser, start_date, theme, time_zone, venue)",
                "data/conference.yaml:17:3: unknown field 'phone' (allowed: city, country, country_code, latitude, "
                        + "longitude, name, postal_code, street_address)",
                "data/rooms.yaml:7:5: unknown field 'seats' (allowed: accessibility, building, capacity, floor, id, name, origin, sample)",
                "data/tracks.yaml:5:5: unknown field 'description' (allowed: colour, id, name, origin)",
                "data/speakers.yaml:5:5: unknown field 'email' (allowed: affiliation, bio, country, id, links, name, origin, photo, sample)",
                "data/speakers.yaml:11:9: unknown field 'description' (allowed: embed, title, type, url)",
                "data/papers.yaml:5:5: unknown field 'pages_count' (allowed: abstract, authors, doi, id, links, origin, sample, title, url)",
                "data/sessions.yaml:5:5: unknown field 'location' (allowed: abstract, chairs, date, description, "
                        + "do_not_record, end, id, kind, language, links, origin, papers, room, sample, speakers, start, title, "
                        + "track)",
                "data/sessions.yaml:18:9: unknown field 'description' (allowed: embed, title, type, url)"), errors());
    }

    @Test
    void ofTwoEquallyNearFieldsTheFirstAlphabeticallyIsSuggested() {
        // 'kend' is one edit from both 'end' and 'kind': the answer must not depend on a set's order.
        edit("sessions.yaml", "    title: Opening keynote\n", "    title: Opening keynote\n    kend: x\n");
        assertEquals(List.of("data/sessions.yaml:5:5: unknown field 'kend' (did you mean 'end'?)"), errors());
    }

    @Test
    void everyFieldOfABrokenEntryIsStillChecked() {
        edit("conference.yaml", "  city: Taipei\n", "");
        edit("conference.yaml", "  street_address: 1 Test Road\n", "  street_address: [1 Test Road]\n");
        edit("conference.yaml", "theme: Testing everything\n", "theme: [Testing, everything]\n");
        write("rooms.yaml", "rooms:\n  - id: hall\n    floor: [1]\n    sample: maybe\n  - id: side\n    name: Side Room\n");
        write("speakers.yaml", "speakers:\n  - id: ada\n    bio: [x]\n    sample: maybe\n  - id: bob\n    name: Bob\n"
                + "  - id: cy\n    name: Cy\n");
        write("papers.yaml", "papers:\n  - id: testing-papers\n    abstract: [x]\n    sample: maybe\n");
        write("sessions.yaml", "sessions:\n  - id: opening\n    title: Opening\n    date: 2030-03-04\n"
                + "    abstract: {a: b}\n    sample: maybe\n");
        assertEquals(List.of(
                "data/conference.yaml:11:3: missing required field 'city' (add city: ...)",
                "data/conference.yaml:12:19: 'street_address' must be a single value, not a list or mapping",
                "data/conference.yaml:4:8: 'theme' must be a single value, not a list or mapping",
                "data/rooms.yaml:2:5: missing required field 'name' (add name: ...)",
                "data/rooms.yaml:3:12: 'floor' must be a single value, not a list or mapping",
                "data/rooms.yaml:4:13: 'sample' must be true or false",
                "data/speakers.yaml:2:5: missing required field 'name' (add name: ...)",
                "data/speakers.yaml:3:10: 'bio' must be a single value, not a list or mapping",
                "data/speakers.yaml:4:13: 'sample' must be true or false",
                "data/papers.yaml:2:5: missing required field 'title' (add title: ...)",
                "data/papers.yaml:3:15: 'abstract' must be a single value, not a list or mapping",
                "data/papers.yaml:4:13: 'sample' must be true or false",
                "data/sessions.yaml:2:5: missing required field 'kind' (add kind: ...)",
                "data/sessions.yaml:5:15: 'abstract' must be a single value, not a list or mapping",
                "data/sessions.yaml:6:13: 'sample' must be true or false"), errors());
    }

    @Test
    void aFileWithoutItsTopLevelListIsReportedAndReferencesToItAreNot() {
        edit("rooms.yaml", "rooms:\n", "room:\n");
        write("tracks.yaml", "- id: core\n  name: Core track\n");
        write("speakers.yaml", "speakers: ada\n");
        assertEquals(List.of(
                "data/rooms.yaml:1:1: unknown field 'room' (did you mean 'rooms'?)",
                "data/rooms.yaml:1:1: missing top-level 'rooms:' list (start the file with rooms:)",
                "data/tracks.yaml:1:1: the file must be a mapping of key: value lines (indent its fields under it)",
                "data/tracks.yaml:1:1: missing top-level 'tracks:' list (start the file with tracks:)",
                "data/speakers.yaml:1:11: 'speakers' must be a list of entries starting with '- '"), errors());
    }

    // ---- duplicates ----

    @Test
    void duplicateKeys() {
        edit("conference.yaml", "  city: Taipei\n", "  city: Taipei\n  city: Taipei City\n");
        edit("rooms.yaml", "    name: Main Hall\n", "    name: Main Hall\n    name: Great Hall\n");
        append("speakers.yaml", "speakers: []\n");
        assertEquals(List.of(
                "data/conference.yaml:15:3: duplicate key 'city' (keep one of them)",
                "data/rooms.yaml:4:5: duplicate key 'name' (keep one of them)",
                "data/speakers.yaml:18:1: duplicate key 'speakers' (keep one of them)"), errors());
    }

    @Test
    void duplicateIdsOfEveryKind() {
        append("rooms.yaml", "  - id: hall\n    name: Another hall\n");
        append("tracks.yaml", "  - id: core\n    name: Core again\n");
        append("speakers.yaml", "  - id: ada\n    name: Ada again\n");
        append("papers.yaml", "  - id: testing-papers\n    title: Again\n");
        append("sessions.yaml", "  - id: opening\n    kind: keynote\n    title: Again\n    date: 2030-03-04\n");
        assertEquals(List.of(
                "data/rooms.yaml:11:9: duplicate room id 'hall' (ids must be unique; rename one)",
                "data/tracks.yaml:7:9: duplicate track id 'core' (ids must be unique; rename one)",
                "data/speakers.yaml:18:9: duplicate speaker id 'ada' (ids must be unique; rename one)",
                "data/papers.yaml:12:9: duplicate paper id 'testing-papers' (ids must be unique; rename one)",
                "data/sessions.yaml:55:9: duplicate session id 'opening' (ids must be unique; rename one)"), errors());
    }

    @Test
    void aDuplicateIdIsReportedEvenWhenOneOfTheEntriesIsBroken() {
        append("tracks.yaml", "  - id: extra\n    colour: red\n");
        append("sessions.yaml", "  - id: dinner\n    kind: dinner\n    title: Dinner again\n    date: 2030-03-05\n");
        assertEquals(List.of(
                "data/tracks.yaml:7:5: missing required field 'name' (add name: ...)",
                "data/tracks.yaml:8:13: 'colour' must be a hex colour like \"#1f6f8b\", not 'red'",
                "data/tracks.yaml:7:9: duplicate track id 'extra' (ids must be unique; rename one)",
                "data/sessions.yaml:56:11: unknown session kind 'dinner' (use one of " + KINDS + ")",
                "data/sessions.yaml:55:9: duplicate session id 'dinner' (ids must be unique; rename one)"), errors());
    }

    // ---- references ----

    @Test
    void unknownReferencesNearAKnownIdSuggestIt() {
        edit("papers.yaml", "authors: [ada, cy]", "authors: [ad, cy]");
        write("sessions.yaml", """
                sessions:
                  - id: a
                    kind: keynot
                    title: A
                    date: 2030-03-04
                    room: hal
                    track: cor
                    chairs: [bobb]
                    speakers: [adda]
                    papers: [testing-paper]
                """);
        assertEquals(List.of(
                "data/papers.yaml:4:15: unknown author 'ad' (did you mean 'ada'?)",
                "data/sessions.yaml:3:11: unknown session kind 'keynot' (did you mean 'keynote'?)",
                "data/sessions.yaml:6:11: unknown room 'hal' (did you mean 'hall'?)",
                "data/sessions.yaml:7:12: unknown track 'cor' (did you mean 'core'?)",
                "data/sessions.yaml:8:14: unknown speaker 'bobb' (did you mean 'bob'?)",
                "data/sessions.yaml:9:16: unknown speaker 'adda' (did you mean 'ada'?)",
                "data/sessions.yaml:10:14: unknown paper 'testing-paper' (did you mean 'testing-papers'?)"), errors());
    }

    @Test
    void unknownReferencesFarFromAnyIdSayWhereToAddThem() {
        edit("papers.yaml", "authors: [ada, cy]", "authors: [ada, zoe-quinn]");
        write("sessions.yaml", """
                sessions:
                  - id: a
                    kind: lecture
                    title: A
                    date: 2030-03-04
                    room: auditorium
                    track: industry
                    chairs: [zebedee]
                    speakers: [xavier]
                    papers: [nothing-like-it]
                """);
        assertEquals(List.of(
                "data/papers.yaml:4:20: unknown author 'zoe-quinn' (add it to data/speakers.yaml)",
                "data/sessions.yaml:3:11: unknown session kind 'lecture' (use one of " + KINDS + ")",
                "data/sessions.yaml:6:11: unknown room 'auditorium' (add it to data/rooms.yaml)",
                "data/sessions.yaml:7:12: unknown track 'industry' (add it to data/tracks.yaml)",
                "data/sessions.yaml:8:14: unknown speaker 'zebedee' (add it to data/speakers.yaml)",
                "data/sessions.yaml:9:16: unknown speaker 'xavier' (add it to data/speakers.yaml)",
                "data/sessions.yaml:10:14: unknown paper 'nothing-like-it' (add it to data/papers.yaml)"), errors());
    }

    @Test
    void theSameIdListedTwice() {
        edit("papers.yaml", "authors: [ada, cy]", "authors: [ada, cy, ada]");
        write("sessions.yaml", """
                sessions:
                  - id: a
                    kind: panel
                    title: A
                    date: 2030-03-04
                    chairs: [bob, bob]
                    speakers: [ada, cy, ada]
                    papers: [hostile-paper, hostile-paper]
                """);
        assertEquals(List.of(
                "data/papers.yaml:4:24: author 'ada' is listed twice (remove one of them)",
                "data/sessions.yaml:6:19: speaker 'bob' is listed twice (remove one of them)",
                "data/sessions.yaml:7:25: speaker 'ada' is listed twice (remove one of them)",
                "data/sessions.yaml:8:29: paper 'hostile-paper' is listed twice (remove one of them)"), errors());
    }

    @Test
    void referenceProblemsAreLocatedAtTheItemItself() {
        write("sessions.yaml", """
                sessions:
                  - id: a
                    kind: panel
                    title: A
                    date: 2030-03-04
                    chairs: [zed]
                    speakers:
                      - ada
                      - zed
                      - ada
                """);
        assertEquals(List.of(
                "data/sessions.yaml:6:14: unknown speaker 'zed' (add it to data/speakers.yaml)",
                "data/sessions.yaml:9:9: unknown speaker 'zed' (add it to data/speakers.yaml)",
                "data/sessions.yaml:10:9: speaker 'ada' is listed twice (remove one of them)"), errors());
    }

    @Test
    void aReferenceToABrokenEntryIsNotReportedAgain() {
        write("rooms.yaml", """
                rooms:
                  - id: hall
                    capacity: 300
                  - id: Side
                    name: Side Room
                """);
        write("tracks.yaml", """
                tracks:
                  - id: core
                  - id: extra
                    name: Extra track
                """);
        write("speakers.yaml", """
                speakers:
                  - id: ada
                  - id: bob
                    name: Bob Sample
                  - id: cy
                    name: Cy
                """);
        write("papers.yaml", """
                papers:
                  - id: testing-papers
                    authors: [ada, cy]
                  - id: hostile-paper
                    title: Hostile
                    authors: [bob]
                """);
        assertEquals(List.of(
                "data/rooms.yaml:2:5: missing required field 'name' (add name: ...)",
                "data/rooms.yaml:4:9: id 'Side' is not a lowercase ASCII slug" + SLUG_HINT,
                "data/tracks.yaml:2:5: missing required field 'name' (add name: ...)",
                "data/speakers.yaml:2:5: missing required field 'name' (add name: ...)",
                "data/papers.yaml:2:5: missing required field 'title' (add title: ...)"), errors());
    }

    @Test
    void referencesToAFileThatCannotBeParsedAreNotReported() {
        write("rooms.yaml", "rooms:\n  - id: hall\n    name: [Main Hall\n");
        write("tracks.yaml", "tracks:\n  - id: core\n\tname: Core track\n");
        write("speakers.yaml", "speakers:\n  - id: ada\n    name: \"Ada Example\n");
        write("papers.yaml", "papers:\n - id: testing-papers\n  title: Testing\n");
        assertEquals(List.of(
                "data/rooms.yaml:4:1: YAML syntax: expected ',' or ']', but got <stream end>" + SYNTAX_HINT,
                "data/tracks.yaml:3:1: YAML syntax: a tab character cannot indent YAML" + SYNTAX_HINT,
                "data/speakers.yaml:3:11: YAML syntax: the quote that starts here is never closed" + SYNTAX_HINT,
                "data/papers.yaml:3:3: YAML syntax: expected <block end>, but found '<block mapping start>'" + SYNTAX_HINT),
                errors());
    }

    @Test
    void anEmptyFileHasNoEntriesSoReferencesToItAreUnknown() {
        write("rooms.yaml", "# no rooms yet\n");
        assertEquals(List.of(
                "data/sessions.yaml:8:11: unknown room 'hall' (add it to data/rooms.yaml)",
                "data/sessions.yaml:25:11: unknown room 'hall' (add it to data/rooms.yaml)",
                "data/sessions.yaml:35:11: unknown room 'side' (add it to data/rooms.yaml)",
                "data/sessions.yaml:48:11: unknown room 'side' (add it to data/rooms.yaml)"), errors());
    }

    // ---- the conference ----

    @Test
    void conferenceDatesTimeZoneCountryCodeAndHosts() {
        edit("conference.yaml", "start_date: 2030-03-04", "start_date: 4 March 2030");
        edit("conference.yaml", "time_zone: Asia/Taipei", "time_zone: Asia/Taipeh");
        edit("conference.yaml", "country_code: TW", "country_code: tw");
        edit("conference.yaml", "hosts: [Host One, Host Two]", "hosts: {one: Host One}");
        assertEquals(List.of(
                "data/conference.yaml:5:13: 'start_date' is not a date: '4 March 2030' (write it as YYYY-MM-DD, e.g. 2024-06-13)",
                "data/conference.yaml:7:12: unknown time zone 'Asia/Taipeh' (use a tz database name such as Asia/Taipei)",
                "data/conference.yaml:16:17: country_code must be two capital letters (ISO 3166-1) (e.g. TW)",
                "data/conference.yaml:9:8: 'hosts' must be a list like [a, b]"), errors());
    }

    @Test
    void conferenceEndsOnOrAfterItsStart() {
        edit("conference.yaml", "start_date: 2030-03-04", "start_date: 2030-03-06");
        assertEquals(List.of("data/conference.yaml:6:11: end_date 2030-03-05 is before start_date 2030-03-06 (swap them)"),
                errors());
    }

    @Test
    void conferenceFileMissingEmptyOrWithAKeyThatIsNotText() throws IOException {
        Files.delete(data.resolve("conference.yaml"));
        assertEquals(List.of("data/conference.yaml: file is missing (create it; see docs/programme.md)"), errors());

        write("conference.yaml", "# to do\n");
        assertEquals(List.of("data/conference.yaml: file is empty (see docs/programme.md)"), errors());

        restore("conference.yaml");
        write("conference.yaml", "? [a, b]\n: c\n" + TestSites.text(data.resolve("conference.yaml")));
        assertEquals(List.of("data/conference.yaml:1:3: a key must be plain text (write key: value)"), errors());
    }

    // ---- times ----

    @Test
    void endMustBeAfterStart() {
        write("sessions.yaml", """
                sessions:
                  - id: equal
                    kind: panel
                    title: Equal
                    date: 2030-03-04
                    start: "10:00"
                    end: "10:00"
                  - id: before
                    kind: panel
                    title: Before
                    date: 2030-03-04
                    start: "10:00"
                    end: 2030-03-04T09:00
                  - id: overnight
                    kind: social
                    title: Overnight
                    date: 2030-03-04
                    start: "22:00"
                    end: 2030-03-05T01:00
                """);
        String hint = " (for a session that runs past midnight, write end as YYYY-MM-DDTHH:MM)";
        assertEquals(List.of(
                "data/sessions.yaml:7:10: end 10:00 is not after start 10:00" + hint,
                "data/sessions.yaml:13:10: end 09:00 is not after start 10:00" + hint), errors());
    }

    @Test
    void malformedTimes() {
        write("sessions.yaml", """
                sessions:
                  - id: a
                    kind: panel
                    title: A
                    date: 2030-03-04
                    start: "9:00"
                    end: "24:00"
                  - id: b
                    kind: panel
                    title: B
                    date: 2030-03-04
                    start: noon
                    end: 2030-03-04T25:00
                """);
        assertEquals(List.of(
                "data/sessions.yaml:6:12: 'start' is not a time: '9:00'" + TIME_HINT,
                "data/sessions.yaml:7:10: 'end' is not a time: '24:00'" + TIME_HINT,
                "data/sessions.yaml:12:12: 'start' is not a time: 'noon'" + TIME_HINT,
                "data/sessions.yaml:13:10: 'end' is not a time: '2030-03-04T25:00'" + TIME_HINT), errors());
    }

    @Test
    void fullDateTimeFormsAreAccepted() {
        write("sessions.yaml", """
                sessions:
                  - id: local
                    kind: panel
                    title: Local date and time
                    start: 2030-03-04T09:00
                    end: "10:00"
                  - id: space
                    kind: panel
                    title: With a space
                    date: 2030-03-04
                    start: 2030-03-04 09:00
                    end: 2030-03-04 10:00
                  - id: offset
                    kind: panel
                    title: With an offset
                    start: 2030-03-04T01:00Z
                    end: 2030-03-04T10:00+08:00
                """);
        Programme p = load();
        ZonedDateTime nine = ZonedDateTime.parse("2030-03-04T09:00+08:00[Asia/Taipei]");
        ZonedDateTime ten = ZonedDateTime.parse("2030-03-04T10:00+08:00[Asia/Taipei]");
        for (String id : List.of("local", "space", "offset")) {
            Session s = p.session(id);
            assertEquals(LocalDate.parse("2030-03-04"), s.date(), id);
            assertEquals(nine, s.start(), id);
            assertEquals(ten, s.end(), id);
        }
    }

    @Test
    void startMustBeOnTheSessionsDate() {
        write("sessions.yaml", """
                sessions:
                  - id: a
                    kind: panel
                    title: A
                    date: 2030-03-05
                    start: 2030-03-04T09:00
                    end: "10:00"
                  - id: b
                    kind: panel
                    title: B
                    date: 2030-03-04
                    start: 2030-03-04T17:00Z
                    end: 2030-03-05T02:00
                """);
        String hint = " (correct one of them, or leave date out)";
        assertEquals(List.of(
                "data/sessions.yaml:6:12: start 2030-03-04T09:00 is not on the session's date 2030-03-05" + hint,
                "data/sessions.yaml:12:12: start 2030-03-05T01:00 is not on the session's date 2030-03-04" + hint),
                errors());
    }

    @Test
    void startAndEndComeTogetherAndAClockTimeNeedsADate() {
        write("sessions.yaml", """
                sessions:
                  - id: a
                    kind: panel
                    title: A
                    date: 2030-03-04
                    start: "09:00"
                  - id: b
                    kind: panel
                    title: B
                    date: 2030-03-04
                    end: "10:00"
                  - id: c
                    kind: panel
                    title: C
                    start: "09:00"
                    end: "10:00"
                """);
        assertEquals(List.of(
                "data/sessions.yaml:6:12: give both start and end, or neither when the time is not known",
                "data/sessions.yaml:11:10: give both start and end, or neither when the time is not known",
                "data/sessions.yaml:15:12: 'start' 09:00 has no date (add date: YYYY-MM-DD to the session)"), errors());
    }

    @Test
    void aMalformedDateIsReportedOnceNotAgainForTheTimesOnIt() {
        write("sessions.yaml", """
                sessions:
                  - id: a
                    kind: panel
                    title: A
                    date: 2030-3-4
                    start: "09:00"
                    end: "10:00"
                  - id: b
                    kind: panel
                    title: B
                    date:
                    start: "09:00"
                    end: "10:00"
                """);
        assertEquals(List.of(
                "data/sessions.yaml:5:11: 'date' is not a date: '2030-3-4' (write it as YYYY-MM-DD, e.g. 2024-06-13)",
                "data/sessions.yaml:11:10: required field 'date' is empty (give it a value)"), errors());
    }

    @Test
    void sessionsMustBeWithinTheConferenceDays() {
        write("sessions.yaml", """
                sessions:
                  - id: after
                    kind: panel
                    title: After
                    date: 2030-03-06
                  - id: before
                    kind: panel
                    title: Before
                    start: 2030-03-03T09:00
                    end: 2030-03-03T10:00
                  - id: late
                    kind: social
                    title: Late
                    date: 2030-03-05
                    start: "22:00"
                    end: 2030-03-06T00:30
                """);
        assertEquals(List.of(
                "data/sessions.yaml:5:11: date 2030-03-06 is outside the conference (2030-03-04 to 2030-03-05) "
                        + "(check the year and month)",
                "data/sessions.yaml:9:12: date 2030-03-03 is outside the conference (2030-03-04 to 2030-03-05) "
                        + "(check the year and month)",
                "data/sessions.yaml:16:10: end 2030-03-06T00:30 is after the conference's last day, 2030-03-05 "
                        + "(end the session by midnight of the last day)"), errors());
    }

    @Test
    void aSessionMayEndAtMidnightAfterTheLastDay() {
        write("sessions.yaml", """
                sessions:
                  - id: midnight
                    kind: social
                    title: Until midnight
                    date: 2030-03-05
                    start: "22:00"
                    end: 2030-03-06T00:00
                """);
        assertEquals(ZonedDateTime.parse("2030-03-06T00:00+08:00[Asia/Taipei]"), load().session("midnight").end());
    }

    @Test
    void sessionsInOneRoomMustNotOverlapButMayTouch() {
        write("sessions.yaml", """
                sessions:
                  - id: first
                    kind: panel
                    title: First
                    date: 2030-03-04
                    start: "09:00"
                    end: "10:00"
                    room: hall
                  - id: touching
                    kind: panel
                    title: Touching
                    date: 2030-03-04
                    start: "10:00"
                    end: "11:00"
                    room: hall
                  - id: elsewhere
                    kind: panel
                    title: Elsewhere
                    date: 2030-03-04
                    start: "09:30"
                    end: "10:30"
                    room: side
                  - id: clash
                    kind: panel
                    title: Clash
                    date: 2030-03-04
                    start: "10:30"
                    end: "11:30"
                    room: hall
                """);
        assertEquals(List.of(
                "data/sessions.yaml:29:11: session 'clash' overlaps 'touching' in room 'hall' "
                        + "(move one of them to another room or time)"), errors());

        edit("sessions.yaml", "    start: \"10:30\"\n    end: \"11:30\"\n    room: hall\n",
                "    start: \"11:00\"\n    end: \"11:30\"\n    room: hall\n");
        assertEquals(4, load().getSessions().size());
    }

    @Test
    void aLocalTimeThatDoesNotExistBecauseTheClocksGoForward() {
        edit("conference.yaml", "start_date: 2030-03-04\nend_date: 2030-03-05\ntime_zone: Asia/Taipei",
                "start_date: 2030-03-31\nend_date: 2030-04-01\ntime_zone: Europe/Berlin");
        write("sessions.yaml", """
                sessions:
                  - id: gap
                    kind: social
                    title: In the gap
                    date: 2030-03-31
                    start: "02:30"
                    end: "03:30"
                  - id: around
                    kind: social
                    title: Around the gap
                    date: 2030-03-31
                    start: "01:30"
                    end: "03:00"
                """);
        assertEquals(List.of(
                "data/sessions.yaml:6:12: 'start' 2030-03-31T02:30 does not exist in Europe/Berlin: the clocks go forward then "
                        + "(correct the time)"), errors());

        edit("sessions.yaml", "start: \"02:30\"", "start: \"01:00\"");
        Session around = load().session("around");
        assertEquals(ZonedDateTime.parse("2030-03-31T01:30+01:00[Europe/Berlin]"), around.start());
        assertEquals(ZonedDateTime.parse("2030-03-31T03:00+02:00[Europe/Berlin]"), around.end());
    }

    @Test
    void aLocalTimeThatHappensTwiceBecauseTheClocksGoBack() {
        edit("conference.yaml", "start_date: 2030-03-04\nend_date: 2030-03-05\ntime_zone: Asia/Taipei",
                "start_date: 2030-10-27\nend_date: 2030-10-28\ntime_zone: Europe/Berlin");
        write("sessions.yaml", """
                sessions:
                  - id: twice
                    kind: social
                    title: Twice
                    date: 2030-10-27
                    start: "02:30"
                    end: "03:30"
                  - id: with-offset
                    kind: social
                    title: With the offset
                    start: 2030-10-27T02:30+01:00
                    end: 2030-10-27T03:30
                """);
        assertEquals(List.of(
                "data/sessions.yaml:6:12: 'start' 2030-10-27T02:30 happens twice in Europe/Berlin: the clocks go back then "
                        + "(add the offset, e.g. 2030-10-27T02:30+02:00)"), errors());

        edit("sessions.yaml", "start: \"02:30\"", "start: \"01:30\"");
        Session second = load().session("with-offset");
        assertEquals(ZonedDateTime.parse("2030-10-27T02:30+01:00[Europe/Berlin]"), second.start());
        assertEquals(ZonedDateTime.parse("2030-10-27T03:30+01:00[Europe/Berlin]"), second.end());
    }

    // ---- values ----

    @Test
    void idsMustBeLowercaseAsciiSlugs() {
        append("rooms.yaml", "  - id: Main_Hall\n    name: Main Hall again\n");
        append("tracks.yaml", "  - id: extra-\n    name: Extra again\n");
        append("speakers.yaml", "  - id: émile\n    name: Émile\n");
        append("papers.yaml", "  - id: a--b\n    title: A and B\n");
        append("sessions.yaml", "  - id: 2030 opening\n    kind: keynote\n    title: Again\n    date: 2030-03-04\n");
        assertEquals(List.of(
                "data/rooms.yaml:11:9: id 'Main_Hall' is not a lowercase ASCII slug" + SLUG_HINT,
                "data/tracks.yaml:7:9: id 'extra-' is not a lowercase ASCII slug" + SLUG_HINT,
                "data/speakers.yaml:18:9: id 'émile' is not a lowercase ASCII slug" + SLUG_HINT,
                "data/papers.yaml:12:9: id 'a--b' is not a lowercase ASCII slug" + SLUG_HINT,
                "data/sessions.yaml:55:9: id '2030 opening' is not a lowercase ASCII slug" + SLUG_HINT), errors());
    }

    @Test
    void colourMustBeAQuotedHexColour() {
        write("tracks.yaml", """
                tracks:
                  - id: core
                    name: Core track
                    colour: #1f6f8b
                  - id: extra
                    name: Extra track
                    colour: "#12345"
                  - id: named
                    name: Named
                    colour: red
                  - id: bare
                    name: Bare
                    colour: "1f6f8b"
                """);
        assertEquals(List.of(
                "data/tracks.yaml:4:12: 'colour' is empty: in YAML an unquoted # starts a comment "
                        + "(quote the colour, e.g. colour: \"#1f6f8b\")",
                "data/tracks.yaml:7:13: 'colour' must be a hex colour like \"#1f6f8b\", not '#12345'",
                "data/tracks.yaml:10:13: 'colour' must be a hex colour like \"#1f6f8b\", not 'red'",
                "data/tracks.yaml:13:13: 'colour' must be a hex colour like \"#1f6f8b\", not '1f6f8b'"), errors());

        restore("tracks.yaml");
        assertEquals("#1f6f8b", load().getTracks().get(0).colour(), "kept in lowercase");
    }

    @Test
    void doiAndPaperUrlMustBeWellFormed() {
        write("papers.yaml", """
                papers:
                  - id: testing-papers
                    title: Testing
                    authors: [ada, cy]
                    doi: https://doi.org/10.1234/fixture.1
                    url: ftp://example.org/p
                  - id: hostile-paper
                    title: Hostile
                    authors: [bob]
                    doi: "10.12/x"
                    url: mailto:someone@example.org
                  - id: third
                    title: Third
                    doi: 10.1234/ok
                    url: /papers/third.pdf
                  - id: fourth
                    title: Fourth
                    url: javascript:alert(1)
                """);
        String doiHint = " (write the DOI alone, starting 10., e.g. 10.1145/3657054.3657060)";
        assertEquals(List.of(
                "data/papers.yaml:5:10: 'doi' is not a DOI: 'https://doi.org/10.1234/fixture.1'" + doiHint,
                "data/papers.yaml:6:10: 'url' is not a web address: 'ftp://example.org/p' (write https://...)",
                "data/papers.yaml:10:10: 'doi' is not a DOI: '10.12/x'" + doiHint,
                "data/papers.yaml:11:10: 'url' is not a web address: 'mailto:someone@example.org' (write https://...)",
                "data/papers.yaml:15:10: 'url' is not a web address: '/papers/third.pdf' (write https://...)",
                "data/papers.yaml:18:10: 'url' is not a web address: 'javascript:alert(1)' (write https://...)"), errors());
    }

    @Test
    void linkUrlsMustBeWebAddressesOrSitePaths() {
        write("speakers.yaml", """
                speakers:
                  - id: ada
                    name: Ada Example
                    links:
                      - title: Evil
                        url: javascript:alert(1)
                      - title: Evil too
                        url: " JavaScript:alert(1)"
                      - title: Data
                        url: data:text/html,hi
                      - title: Elsewhere
                        url: //evil.example/x
                      - title: Mail
                        url: mailto:ada@example.org
                      - title: Slides
                        url: files/slides.pdf
                      - title: Site
                        url: https://ada.example.org/
                  - id: bob
                    name: Bob Sample
                  - id: cy
                    name: Cy
                """);
        assertEquals(List.of(
                "data/speakers.yaml:6:14: link 'javascript:alert(1)'" + LINK_HINT,
                "data/speakers.yaml:8:14: link 'JavaScript:alert(1)'" + LINK_HINT,
                "data/speakers.yaml:10:14: link 'data:text/html,hi'" + LINK_HINT,
                "data/speakers.yaml:12:14: link '//evil.example/x'" + LINK_HINT), errors());

        String text = TestSites.text(data.resolve("speakers.yaml"));
        write("speakers.yaml", text.substring(0, text.indexOf("      - title: Evil\n"))
                + text.substring(text.indexOf("      - title: Mail\n")));
        assertEquals(List.of("Mail mailto:ada@example.org", "Slides files/slides.pdf", "Site https://ada.example.org/"),
                load().speaker("ada").links().stream().map(l -> l.title() + " " + l.url()).toList());
    }

    @Test
    void photoMustBeAPathInsideTheAssetsFolder() {
        edit("speakers.yaml", "    affiliation: Example University\n",
                "    affiliation: Example University\n    photo: img/../../secret.png\n");
        edit("speakers.yaml", "    affiliation: Illustrative entry\n",
                "    affiliation: Illustrative entry\n    photo: /etc/bob.png\n");
        edit("speakers.yaml", "    affiliation: Paper Institute\n", "    affiliation: Paper Institute\n    photo: img\\cy.png\n");
        assertEquals(List.of(
                "data/speakers.yaml:5:12: 'photo' must be the path of an image in the assets folder, "
                        + "not 'img/../../secret.png'" + PHOTO_HINT,
                "data/speakers.yaml:14:12: 'photo' must be the path of an image in the assets folder, not '/etc/bob.png'"
                        + PHOTO_HINT,
                "data/speakers.yaml:20:12: 'photo' must be the path of an image in the assets folder, not 'img\\cy.png'"
                        + PHOTO_HINT), errors());
    }

    @Test
    void photoMustExistInTheAssetsFolder() throws IOException {
        Path assets = tmp.resolve("assets");
        Files.createDirectories(assets.resolve("img/speakers"));
        Files.write(assets.resolve("img/speakers/ada.jpg"), new byte[] {1});
        edit("speakers.yaml", "    affiliation: Example University\n",
                "    affiliation: Example University\n    photo: img/speakers/ada.jpg\n");
        edit("speakers.yaml", "    affiliation: Illustrative entry\n",
                "    affiliation: Illustrative entry\n    photo: img/speakers/bob.png\n");
        SiteException e = assertThrows(SiteException.class, () -> ProgrammeLoader.load(data, "data", assets, "assets"));
        assertEquals(List.of("data/speakers.yaml:14:12: photo 'img/speakers/bob.png' is not in assets/ "
                + "(put the image at assets/img/speakers/bob.png, or correct the path)"),
                e.problems().stream().map(Problem::toString).toList());

        Files.write(assets.resolve("img/speakers/bob.png"), new byte[] {1});
        Programme p = ProgrammeLoader.load(data, "data", assets, "assets");
        assertEquals("img/speakers/ada.jpg", p.speaker("ada").photo());
        assertEquals("img/speakers/bob.png", p.speaker("bob").photo());
    }

    // ---- one run ----

    @Test
    void problemsInSeveralFilesAreReportedInOneRun() {
        append("conference.yaml", "website: https://example.org/\n");
        edit("rooms.yaml", "capacity: 300", "capacity: lots");
        edit("speakers.yaml", "    name: \"Cy <i>Author</i>\"\n", "    nam: Cy\n");
        edit("sessions.yaml", "    room: hall\n    track: core\n    chairs: [bob]\n",
                "    room: hal\n    track: core\n    chairs: [bob]\n");
        assertEquals(List.of(
                "data/conference.yaml:19:1: unknown field 'website' (allowed: acronym, days, description, end_date, full_name, "
                        + "hosts, name, organiser, start_date, theme, time_zone, venue)",
                "data/rooms.yaml:6:15: 'capacity' must be a whole number from 1 to 1000000, not 'lots'",
                "data/speakers.yaml:16:5: unknown field 'nam' (did you mean 'name'?)",
                "data/speakers.yaml:15:5: missing required field 'name' (add name: ...)",
                "data/sessions.yaml:8:11: unknown room 'hal' (did you mean 'hall'?)"), errors());
    }

    // ---- hostile input ----

    @Test
    void billionLaughsAliasBomb() {
        StringBuilder bomb = new StringBuilder("tracks: []\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        write("tracks.yaml", bomb.toString());
        assertEquals(List.of("data/tracks.yaml:11: YAML: Number of aliases for non-scalar nodes exceeds the specified max=50 "
                + "(simplify the file: no more than 50 aliases and 40 levels of nesting)"), hostileErrors());
    }

    @Test
    void deepNesting() {
        write("rooms.yaml", "rooms: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        write("tracks.yaml", "tracks: " + "{a: ".repeat(5000) + "x" + "}".repeat(5000) + "\n");
        write("speakers.yaml", "speakers:\n" + "- ".repeat(5000) + "x\n");
        String hint = " (simplify the file: no more than 50 aliases and 40 levels of nesting)";
        assertEquals(List.of(
                "data/rooms.yaml:1: YAML: Nesting Depth exceeded max 40" + hint,
                "data/tracks.yaml:1: YAML: Nesting Depth exceeded max 40" + hint,
                "data/speakers.yaml:2: YAML: Nesting Depth exceeded max 40" + hint), hostileErrors());
    }

    @Test
    void aListWrittenAsOneValueSaysHowToWriteTheList() {
        write("sessions.yaml", """
                sessions:
                  - id: a
                    kind: panel
                    title: A
                    date: 2030-03-04
                    speakers: ada, bob
                """);
        assertEquals(List.of("data/sessions.yaml:6:15: 'speakers' must be a list, not a single value "
                + "(write speakers: [ada, bob])"), errors());
    }

    @Test
    void aFileOverEightMegabytesIsRefusedWithoutBeingParsed() {
        StringBuilder big = new StringBuilder("sessions:\n  - id: big\n    kind: panel\n    title: Big\n"
                + "    date: 2030-03-04\n    abstract: |\n");
        String line = "      " + "x".repeat(1017) + "\n";
        while (big.length() < 9 * 1024 * 1024) {
            big.append(line);
        }
        big.setLength(9 * 1024 * 1024 - 2);
        // Were it parsed, this unclosed bracket would be a syntax error rather than the size.
        big.append("[\n");
        write("sessions.yaml", big.toString());
        assertEquals(List.of("data/sessions.yaml: file is 9 MB, more than the 8 MB allowed "
                + "(split it or remove what does not belong in it)"), hostileErrors());

        // One byte over: rounded up, not down to "8 MB, more than the 8 MB allowed".
        big.setLength(8 * 1024 * 1024 - 1);
        big.append("\n\n");
        write("sessions.yaml", big.toString());
        assertEquals(List.of("data/sessions.yaml: file is 8.1 MB, more than the 8 MB allowed "
                + "(split it or remove what does not belong in it)"), hostileErrors());
    }

    @Test
    void aSevenMegabyteAbstractLoads() {
        String paragraph = "All work and no play makes a long abstract & <b>no</b> \"harm\". ".repeat(16) + "\n";
        String text = paragraph.repeat(7 * 1024 * 1024 / paragraph.length());
        write("sessions.yaml", "sessions:\n  - id: long\n    kind: panel\n    title: Long\n    date: 2030-03-04\n"
                + "    abstract: |\n" + text.indent(6));
        Programme p = load();
        assertEquals(text.strip(), p.session("long").abstractText());
    }

    @Test
    void aSevenMegabyteFileOfManySessionsLoads() {
        StringBuilder yaml = new StringBuilder("sessions:\n");
        int n = 0;
        while (yaml.length() < 7 * 1000 * 1000) {
            yaml.append("  - id: session-").append(n).append("\n    kind: paper\n    title: Session ").append(n)
                    .append(" of many, all at once\n    date: 2030-03-0").append(4 + n % 2)
                    .append("\n    start: \"09:00\"\n    end: \"10:00\"\n    track: core\n    speakers: [ada]\n");
            n++;
        }
        write("sessions.yaml", yaml.toString());
        Programme p = load();
        assertEquals(n, p.getSessions().size());
    }

    @Test
    void manySessionsInOneRoomAtOnceFailQuicklyWithOneProblemEach() {
        StringBuilder yaml = new StringBuilder("sessions:\n");
        for (int i = 0; i < 5000; i++) {
            yaml.append("  - id: s").append(i).append("\n    kind: panel\n    title: S\n    date: 2030-03-04\n")
                    .append("    start: \"09:00\"\n    end: \"10:00\"\n    room: hall\n");
        }
        write("sessions.yaml", yaml.toString());
        List<String> errors = hostileErrors();
        assertEquals(4999, errors.size());
        assertEquals("data/sessions.yaml:15:11: session 's1' overlaps 's0' in room 'hall' "
                + "(move one of them to another room or time)", errors.get(0));
    }

    @Test
    void bytesThatAreNotUtf8() {
        writeBytes("tracks.yaml", new byte[] {'t', 'r', 'a', 'c', 'k', 's', ':', '\n', ' ', ' ', '-', ' ', (byte) 0xC3, '\n'});
        writeBytes("speakers.yaml", "speakers:\n  - id: ada\n    name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(
                "data/tracks.yaml:2: is not valid UTF-8 (byte 12) (save the file with UTF-8 encoding)",
                "data/speakers.yaml:3: is not valid UTF-8 (byte 35) (save the file with UTF-8 encoding)"), hostileErrors());
    }

    @Test
    void aByteOrderMarkIsAcceptedAndDoesNotShiftColumns() {
        write("tracks.yaml", "\uFEFFtracks:\n  - id: core\n    name: Core track\n  - id: extra\n    name: Extra track\n");
        Programme p = load();
        assertEquals("Core track", p.getTracks().get(0).name());

        write("tracks.yaml", "\uFEFFtracks:\n  - id: core\n    nme: Core track\n  - id: extra\n    name: Extra track\n");
        assertEquals(List.of(
                "data/tracks.yaml:3:5: unknown field 'nme' (did you mean 'name'?)",
                "data/tracks.yaml:2:5: missing required field 'name' (add name: ...)"), hostileErrors());
    }

    @Test
    void aTabUsedForIndentation() {
        write("rooms.yaml", "rooms:\n\t- id: hall\n\t  name: Main Hall\n");
        assertEquals(List.of("data/rooms.yaml:2:1: YAML syntax: a tab character cannot indent YAML" + SYNTAX_HINT),
                hostileErrors());
    }

    @Test
    void controlCharacters() {
        write("speakers.yaml", "speakers:\n  - id: ada\n    name: \"A\u0007da\"\n");
        write("rooms.yaml", "rooms:\n  - id: hall\n    name: Main \u007F Hall\n");
        write("tracks.yaml", "tracks:\n  - id: core\n    name: Core \u0085 track\n");
        write("papers.yaml", "papers:\n  - id: testing-papers\n    title: Testing \uFFFE papers\n");
        String hint = " (delete it; it is invisible in most editors)";
        assertEquals(List.of(
                "data/rooms.yaml:3:16: contains the control character U+007F" + hint,
                "data/tracks.yaml:3:16: contains the control character U+0085" + hint,
                "data/speakers.yaml:3:13: contains the control character U+0007" + hint,
                "data/papers.yaml:3:20: contains the character U+FFFE" + hint), hostileErrors());
    }

    @Test
    void aNulByte() {
        writeBytes("rooms.yaml", "rooms:\n  - id: hall\n    name: Main\u0000Hall\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("data/rooms.yaml:3:15: contains the control character U+0000 "
                + "(delete it; it is invisible in most editors)"), hostileErrors());
    }

    @Test
    void anUnclosedQuote() {
        write("papers.yaml", "papers:\n  - id: testing-papers\n    title: \"Testing papers\n    authors: [ada, cy]\n");
        assertEquals(List.of("data/papers.yaml:3:12: YAML syntax: the quote that starts here is never closed" + SYNTAX_HINT),
                hostileErrors());
    }

    // ---- hostile strings ----

    @Test
    void markupQuotesAndAmpersandsAreKeptAsWritten() {
        String title = "<script>alert('x')</script> & \"quoted\" title";
        String name = "O'Brien & <b>Sons</b> \"Ltd\"";
        String abstractText = "<img src=x onerror=alert(1)> & 'single' \"double\" &amp; text";
        edit("sessions.yaml", "    title: Opening keynote\n",
                "    title: \"<script>alert('x')</script> & \\\"quoted\\\" title\"\n");
        edit("sessions.yaml", "      The **opening**. See [the programme](/programme.html).\n", "      " + abstractText + "\n");
        edit("speakers.yaml", "    name: Ada Example\n", "    name: 'O''Brien & <b>Sons</b> \"Ltd\"'\n");
        edit("papers.yaml", "    title: Testing papers thoroughly\n", "    title: " + title + "\n");
        Programme p = load();
        assertEquals(title, p.session("opening").title());
        assertEquals(abstractText, p.session("opening").abstractText());
        assertEquals(name, p.speaker("ada").name());
        assertEquals(title, p.paper("testing-papers").title());
    }
}
