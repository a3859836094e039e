package org.confsite.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.confsite.programme.Conference;
import org.confsite.programme.Paper;
import org.confsite.programme.Programme;
import org.confsite.programme.ProgrammeLoader;
import org.confsite.programme.Room;
import org.confsite.programme.Session;
import org.confsite.programme.Speaker;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The schedule.xml and schedule.json export, parsed back and checked against the rules of the
 * published schemas (written out here) and what the conference apps rely on.
 */
class ScheduleExportTest {
    private static final String BASE = "https://fixture.example.org/";
    private static final String ELSEWHERE = "Elsewhere";

    // The rules of the format, as its XML Schema and JSON Schema state them.
    private static final Pattern XML_ACRONYM = Pattern.compile("[a-z0-9_-]{4,}");
    private static final Pattern JSON_ACRONYM = Pattern.compile("^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$");
    private static final Pattern XML_SLUG = Pattern.compile("[a-z0-9_]{4,}-[a-z0-9\\-_]{4,}");
    private static final Pattern JSON_SLUG = Pattern.compile("^[a-z0-9_-]+[a-z0-9]$");
    private static final Pattern XML_TRACK_SLUG = Pattern.compile("[a-z][a-z0-9-]+");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");
    private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Pattern DURATION = Pattern.compile("[0-9]{2}:[0-5][0-9]");
    private static final Pattern HTTP = Pattern.compile("https?://[^\\s]+");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");

    @TempDir
    Path tmp;
    Programme fixture;

    @BeforeEach
    void load() {
        fixture = ProgrammeLoader.load(TestSites.FIXTURE.resolve("data"), "data");
    }

    private static ScheduleExport export(Programme p) {
        return new ScheduleExport(p, BASE, "en", ELSEWHERE);
    }

    // ---- reading the output back

    private static Document xml(String text) {
        try {
            var factory = DocumentBuilderFactory.newDefaultInstance();
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML", e);
        }
    }

    private static Document xml(Programme p) {
        return xml(export(p).toXml());
    }

    private static JsonNode json(Programme p) {
        try {
            return new ObjectMapper().readTree(export(p).toJson());
        } catch (Exception e) {
            throw new AssertionError("not JSON", e);
        }
    }

    private static List<Element> children(Node parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Node parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one <" + name + "> in <" + parent.getNodeName() + ">");
        return found.get(0);
    }

    private static String text(Node parent, String name) {
        return child(parent, name).getTextContent();
    }

    /** Every event of the XML, by the session id in its url. */
    private static Map<String, Element> xmlEvents(Document doc) {
        Map<String, Element> out = new LinkedHashMap<>();
        for (Element day : children(doc.getDocumentElement(), "day")) {
            for (Element room : children(day, "room")) {
                for (Element event : children(room, "event")) {
                    assertEquals(null, out.put(sessionId(text(event, "url")), event), "each session once");
                }
            }
        }
        return out;
    }

    /** Every event of the JSON, by the session id in its url. */
    private static Map<String, JsonNode> jsonEvents(JsonNode root) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode day : root.path("schedule").path("conference").path("days")) {
            day.path("rooms").fields().forEachRemaining(room -> room.getValue().forEach(event ->
                    assertEquals(null, out.put(sessionId(event.path("url").asText()), event), "each session once")));
        }
        return out;
    }

    private static String sessionId(String url) {
        assertTrue(url.startsWith(BASE + "sessions/") && url.endsWith(".html"), url);
        return url.substring((BASE + "sessions/").length(), url.length() - ".html".length());
    }

    private static List<String> timedIds(Programme p) {
        return p.getSessions().stream().filter(Session::isTimed).map(Session::id).toList();
    }

    // ---- changing the programme

    private static Programme withSessions(Programme p, UnaryOperator<Session> change) {
        return withRooms(p, p.getRooms(), change);
    }

    private static Programme withRooms(Programme p, List<Room> rooms, UnaryOperator<Session> change) {
        return new Programme(p.getConference(), rooms, p.getTracks(), p.getSpeakers(), p.getPapers(),
                p.getSessions().stream().map(change).toList());
    }

    private static Session copy(Session s, String id, String title, ZonedDateTime start, ZonedDateTime end, Room room) {
        return new Session(id, s.kind(), title, start == null ? s.date() : start.toLocalDate(), start, end, room, s.track(),
                s.chairs(), s.speakers(), s.papers(), s.abstractText(), s.links(), s.sample());
    }

    private Path fixtureDataCopy() {
        Path data = tmp.resolve("data");
        TestSites.copyTree(TestSites.FIXTURE.resolve("data"), data);
        return data;
    }

    private static void replaceIn(Path file, String from, String to) throws Exception {
        Files.writeString(file, Files.readString(file).replace(from, to));
    }

    // ---- the tests

    @Test
    void conferenceHasTheFormatsFields() {
        Element conference = child(xml(fixture).getDocumentElement(), "conference");
        assertEquals("The Fixture Conference on Testing", text(conference, "title"), "the full name");
        assertEquals("2030-03-04", text(conference, "start"));
        assertEquals("2030-03-05", text(conference, "end"));
        assertEquals("2", text(conference, "days"));
        assertEquals("00:15", text(conference, "timeslot_duration"));
        assertEquals("Asia/Taipei", text(conference, "time_zone_name"));
        assertEquals(BASE, text(conference, "base_url"));
        assertEquals(BASE, text(conference, "url"));
        assertFalse(text(xml(fixture).getDocumentElement(), "version").isBlank());

        JsonNode schedule = json(fixture).path("schedule");
        assertEquals(text(xml(fixture).getDocumentElement(), "version"), schedule.path("version").asText(),
                "one version for both files");
        assertEquals(BASE, schedule.path("base_url").asText());
        assertFalse(schedule.has("rooms"), "rooms are listed in the conference only");
        JsonNode c = schedule.path("conference");
        assertEquals("The Fixture Conference on Testing", c.path("title").asText());
        assertEquals("2030-03-04", c.path("start").asText());
        assertEquals("2030-03-05", c.path("end").asText());
        assertEquals(2, c.path("daysCount").asInt());
        assertEquals("00:15", c.path("timeslot_duration").asText());
        assertEquals("Asia/Taipei", c.path("time_zone_name").asText());
        assertEquals(BASE, c.path("url").asText());
    }

    @Test
    void everyDayIsPresentWithItsIndexAndTimesWithOffset() {
        List<Element> days = children(xml(fixture).getDocumentElement(), "day");
        JsonNode jsonDays = json(fixture).path("schedule").path("conference").path("days");
        List<LocalDate> dates = fixture.getConference().days();
        assertEquals(dates.size(), days.size());
        assertEquals(dates.size(), jsonDays.size());
        for (int i = 0; i < dates.size(); i++) {
            Element day = days.get(i);
            JsonNode jsonDay = jsonDays.get(i);
            assertEquals(Integer.toString(i + 1), day.getAttribute("index"));
            assertEquals(i + 1, jsonDay.path("index").asInt());
            assertEquals(dates.get(i).toString(), day.getAttribute("date"));
            assertEquals(dates.get(i).toString(), jsonDay.path("date").asText());
            for (String time : List.of(day.getAttribute("start"), day.getAttribute("end"),
                    jsonDay.path("day_start").asText(), jsonDay.path("day_end").asText())) {
                assertTrue(DATE_TIME.matcher(time).matches(), time);
            }
            assertEquals(day.getAttribute("start"), jsonDay.path("day_start").asText());
            assertEquals(day.getAttribute("end"), jsonDay.path("day_end").asText());
        }
        assertEquals("2030-03-04T09:00:00+08:00", days.get(0).getAttribute("start"), "the first session's start");
        assertEquals("2030-03-04T12:30:00+08:00", days.get(0).getAttribute("end"), "the last session's end");
        assertEquals("2030-03-05T00:00:00+08:00", days.get(1).getAttribute("start"), "a day without timed sessions");
        assertEquals("2030-03-05T23:59:00+08:00", days.get(1).getAttribute("end"));
        assertTrue(children(days.get(1), "room").isEmpty());
        assertEquals(0, jsonDays.get(1).path("rooms").size());
    }

    @Test
    void everyTimedSessionIsThereOnceAndUntimedOnesAreLeftOut() {
        List<String> timed = timedIds(fixture);
        assertEquals(List.of("opening", "papers-a", "hostile", "coffee"), timed);
        assertEquals(Set.copyOf(timed), xmlEvents(xml(fixture)).keySet());
        assertEquals(Set.copyOf(timed), jsonEvents(json(fixture)).keySet());
        assertFalse(export(fixture).toXml().contains("dinner"), "the dinner has no time yet");
        assertFalse(export(fixture).toJson().contains("dinner"));
    }

    @Test
    void idsAreUniquePositiveIntegersAndGuidsAreStableIds() {
        StableIds stable = new StableIds(BASE);
        Map<String, Integer> expectedIds = stable.integerIds(fixture.getSessions().stream().map(Session::id).toList(),
                "sessions/");
        Map<String, Element> xmlEvents = xmlEvents(xml(fixture));
        Map<String, JsonNode> jsonEvents = jsonEvents(json(fixture));
        Set<String> guids = new HashSet<>();
        Set<Integer> ids = new HashSet<>();
        for (String id : timedIds(fixture)) {
            String guid = stable.guid("sessions/" + id + ".html").toString();
            Element x = xmlEvents.get(id);
            JsonNode j = jsonEvents.get(id);
            assertTrue(UUID.matcher(x.getAttribute("guid")).matches());
            assertEquals(guid, x.getAttribute("guid"));
            assertEquals(guid, j.path("guid").asText());
            int n = Integer.parseInt(x.getAttribute("id"));
            assertTrue(n > 0);
            assertEquals(expectedIds.get(id), n);
            assertTrue(j.path("id").isInt());
            assertEquals(n, j.path("id").asInt());
            assertTrue(guids.add(guid), "unique guid");
            assertTrue(ids.add(n), "unique id");
        }
    }

    @Test
    void idsAndGuidsSurviveAMoveToAnotherRoomAndTime() {
        Room hall = fixture.getRooms().get(0);
        Room side = fixture.getRooms().get(1);
        Programme moved = withSessions(fixture, s -> switch (s.id()) {
            case "opening" -> copy(s, s.id(), s.title(), s.start().plusDays(1).plusHours(5), s.end().plusDays(1).plusHours(5),
                    side);
            case "hostile" -> copy(s, s.id(), s.title(), s.start().plusHours(3), s.end().plusHours(3), hall);
            case "coffee" -> copy(s, s.id(), s.title(), s.start(), s.end(), hall);
            default -> s;
        });
        Map<String, Element> before = xmlEvents(xml(fixture));
        Map<String, Element> after = xmlEvents(xml(moved));
        Map<String, JsonNode> jsonAfter = jsonEvents(json(moved));
        assertEquals("Side Room", text(after.get("opening"), "room"), "really moved");
        assertEquals("2030-03-05T14:00:00+08:00", text(after.get("opening"), "date"));
        assertEquals("Main Hall", text(after.get("coffee"), "room"));
        for (String id : timedIds(fixture)) {
            assertEquals(before.get(id).getAttribute("guid"), after.get(id).getAttribute("guid"), id);
            assertEquals(before.get(id).getAttribute("id"), after.get(id).getAttribute("id"), id);
            assertEquals(before.get(id).getAttribute("guid"), jsonAfter.get(id).path("guid").asText(), id);
            assertEquals(before.get(id).getAttribute("id"), jsonAfter.get(id).path("id").asText(), id);
        }
        assertNotEquals(text(xml(fixture).getDocumentElement(), "version"), text(xml(moved).getDocumentElement(), "version"),
                "the version changes with the programme");
    }

    @Test
    void timesAreClockTimesDurationsAndDatesWithOffset() {
        Map<String, Element> xmlEvents = xmlEvents(xml(fixture));
        Map<String, JsonNode> jsonEvents = jsonEvents(json(fixture));
        Map<String, List<String>> expected = Map.of(
                "opening", List.of("09:00", "01:00", "2030-03-04T09:00:00+08:00", "2030-03-04T10:00:00+08:00"),
                "papers-a", List.of("10:30", "01:30", "2030-03-04T10:30:00+08:00", "2030-03-04T12:00:00+08:00"),
                "hostile", List.of("10:30", "01:00", "2030-03-04T10:30:00+08:00", "2030-03-04T11:30:00+08:00"),
                "coffee", List.of("12:00", "00:30", "2030-03-04T12:00:00+08:00", "2030-03-04T12:30:00+08:00"));
        expected.forEach((id, values) -> {
            Element x = xmlEvents.get(id);
            JsonNode j = jsonEvents.get(id);
            assertEquals(values, List.of(text(x, "start"), text(x, "duration"), text(x, "date"), values.get(3)), id);
            assertEquals(values, List.of(j.path("start").asText(), j.path("duration").asText(), j.path("date").asText(),
                    j.path("end").asText()), id);
        });
        for (Element x : xmlEvents.values()) {
            assertTrue(CLOCK.matcher(text(x, "start")).matches());
            assertTrue(DURATION.matcher(text(x, "duration")).matches());
            assertTrue(DATE_TIME.matcher(text(x, "date")).matches());
        }
    }

    @Test
    void aSessionPastMidnightAndALongOneKeepHoursAndMinutes() {
        Programme late = withSessions(fixture, s -> s.id().equals("papers-a")
                ? copy(s, s.id(), s.title(), s.start().withHour(20).withMinute(5),
                        s.start().plusDays(1).withHour(7).withMinute(50), s.room())
                : s);
        Element x = xmlEvents(xml(late)).get("papers-a");
        assertEquals("20:05", text(x, "start"));
        assertEquals("11:45", text(x, "duration"));
        assertEquals("2030-03-05T07:50:00+08:00", children(xml(late).getDocumentElement(), "day").get(0).getAttribute("end"),
                "the day ends when its last session does");
        assertEquals("2030-03-05T07:50:00+08:00", children(xml(late).getDocumentElement(), "day").get(1).getAttribute("start"),
                "the next day, without timed sessions, starts then: days do not overlap");
        assertEquals("00:05", text(child(xml(late).getDocumentElement(), "conference"), "timeslot_duration"),
                "times on a five-minute grid");
    }

    @Test
    void slugsAndTheAcronymFitBothSchemas() {
        Programme shortIds = withSessions(fixture, s -> switch (s.id()) {
            case "coffee" -> copy(s, "a", s.title(), s.start(), s.end(), s.room());
            case "hostile" -> copy(s, "b12", s.title(), s.start(), s.end(), s.room());
            default -> s;
        });
        for (Programme p : List.of(fixture, shortIds)) {
            Document doc = xml(p);
            String acronym = text(child(doc.getDocumentElement(), "conference"), "acronym");
            assertEquals("fixtureconf2030", acronym);
            assertTrue(XML_ACRONYM.matcher(acronym).matches() && JSON_ACRONYM.matcher(acronym).find(), acronym);
            assertEquals(acronym, json(p).path("schedule").path("conference").path("acronym").asText());
            Set<String> slugs = new HashSet<>();
            for (Element e : xmlEvents(doc).values()) {
                String slug = text(e, "slug");
                assertTrue(XML_SLUG.matcher(slug).matches(), "XML Schema: " + slug);
                assertTrue(JSON_SLUG.matcher(slug).find(), "JSON Schema: " + slug);
                assertTrue(slugs.add(slug), "unique: " + slug);
            }
            assertEquals(slugs, new HashSet<>(jsonEvents(json(p)).values().stream().map(e -> e.path("slug").asText()).toList()));
        }
        assertEquals("fixtureconf2030-session_a", text(xmlEvents(xml(shortIds)).get("a"), "slug"));
        assertEquals("fixtureconf2030-opening", text(xmlEvents(xml(shortIds)).get("opening"), "slug"));
    }

    @Test
    void acronymsFromNamesThatDoNotFit() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("dg.o 2024", "dgo2024");
        cases.put("dg.o", "dgo2030");
        cases.put("Café-Conf", "cafeconf");
        cases.put("臺北", "2030");
        cases.put("36C3", "36c3");
        cases.forEach((name, expected) -> {
            Conference c = fixture.getConference();
            String acronym = ScheduleExport.acronym(new Conference(name, c.fullName(), c.acronym(), c.theme(), c.description(),
                    c.startDate(), c.endDate(), c.timeZone(), c.organiser(), c.hosts(), c.venue(), c.dayNames()));
            assertEquals(expected, acronym, name);
            assertTrue(XML_ACRONYM.matcher(acronym).matches() && JSON_ACRONYM.matcher(acronym).find(), acronym);
        });
    }

    @Test
    void peopleAreChairsSpeakersAndAuthorsEachOnceWithTheirGuid() {
        StableIds stable = new StableIds(BASE);
        Map<String, Integer> personIds = stable.integerIds(fixture.getSpeakers().stream().map(Speaker::id).toList(),
                "speakers/");
        Map<String, Element> xmlEvents = xmlEvents(xml(fixture));
        Map<String, JsonNode> jsonEvents = jsonEvents(json(fixture));
        Map<String, List<String>> expected = Map.of("opening", List.of("bob", "ada"), "papers-a", List.of("cy", "ada", "bob"),
                "hostile", List.of("ada", "bob"), "coffee", List.of());
        expected.forEach((id, people) -> {
            List<Element> persons = children(child(xmlEvents.get(id), "persons"), "person");
            JsonNode jsonPersons = jsonEvents.get(id).path("persons");
            assertEquals(people.size(), persons.size(), id);
            assertEquals(people.size(), jsonPersons.size(), id);
            for (int i = 0; i < people.size(); i++) {
                Speaker speaker = fixture.speaker(people.get(i));
                String guid = stable.guid("speakers/" + speaker.id() + ".html").toString();
                assertEquals(speaker.name(), persons.get(i).getTextContent());
                assertEquals(guid, persons.get(i).getAttribute("guid"));
                assertEquals(personIds.get(speaker.id()).toString(), persons.get(i).getAttribute("id"));
                JsonNode p = jsonPersons.get(i);
                assertEquals(speaker.name(), p.path("name").asText());
                assertEquals(guid, p.path("guid").asText());
                assertEquals(BASE + "speakers/" + speaker.id() + ".html", p.path("url").asText());
                assertFalse(p.has("public_name"), "a person is of one kind only: name, not public_name and id");
            }
        });
    }

    @Test
    void theSessionsDescriptionLanguageAndRecordingOptOutAreExportedAndItsOriginIsNot() {
        // The fixture's dinner has them, but no time: here it takes the hostile panel's.
        Session dinner = fixture.session("dinner");
        Programme p = withSessions(fixture, s -> s.id().equals("hostile") ? new Session(s.id(), s.kind(), s.title(),
                s.date(), s.start(), s.end(), s.room(), s.track(), s.chairs(), s.speakers(), s.papers(), s.abstractText(),
                s.links(), s.sample(), dinner.description(), dinner.language(), dinner.doNotRecord(), dinner.origin()) : s);
        Element hostile = xmlEvents(xml(p)).get("hostile");
        JsonNode jsonHostile = jsonEvents(json(p)).get("hostile");
        String description = "More *detail*: <script>alert('d')</script>";
        assertEquals(description, text(hostile, "description"), "the Markdown as written");
        assertEquals(description, jsonHostile.path("description").asText());
        assertEquals("zh-Hant", text(hostile, "language"), "the tag in its usual case");
        assertEquals("zh-Hant", jsonHostile.path("language").asText());
        assertEquals("true", text(child(hostile, "recording"), "optout"));
        assertEquals("", text(child(hostile, "recording"), "license"));
        assertTrue(jsonHostile.path("do_not_record").asBoolean());
        Element opening = xmlEvents(xml(fixture)).get("opening");
        JsonNode jsonOpening = jsonEvents(json(fixture)).get("opening");
        assertEquals("", text(opening, "description"), "none given");
        assertEquals("", jsonOpening.path("description").asText());
        assertEquals("en", text(opening, "language"), "the site's language when none is given");
        assertEquals("false", text(child(opening, "recording"), "optout"));
        assertTrue(jsonOpening.path("do_not_record").isBoolean() && !jsonOpening.path("do_not_record").asBoolean());
        assertEquals("schedule:<b>0c1f</b>", dinner.origin());
        for (String text : List.of(export(p).toXml(), export(p).toJson())) {
            assertFalse(text.contains("0c1f"), "origin is not exported");
        }
        assertEquals("fixtureconf2030-hostile", jsonHostile.path("slug").asText(), "the session id after the acronym");
    }

    @Test
    void personsCarryTheirBiographyPhotoAndLinks() {
        JsonNode ada = jsonEvents(json(fixture)).get("opening").path("persons").get(1);
        assertEquals("Ada Example", ada.path("name").asText());
        assertEquals("Ada works on *examples*. <b>not bold</b>", ada.path("biography").asText(), "the bio's Markdown");
        assertTrue(ada.path("avatar").isNull(), "no photo");
        assertEquals("https://ada.example.org/", ada.path("links").get(0).path("url").asText());
        assertEquals("web", ada.path("links").get(0).path("type").asText());
        JsonNode cy = jsonEvents(json(fixture)).get("papers-a").path("persons").get(0);
        assertEquals("Cy <i>Author</i>", cy.path("name").asText());
        assertEquals("", cy.path("biography").asText(), "no bio");
        Speaker withPhoto = new Speaker("ada", "Ada Example", "", "", "", "img/people/ada ü.jpg", List.of(), false);
        Programme p = new Programme(fixture.getConference(), fixture.getRooms(), fixture.getTracks(),
                fixture.getSpeakers(), fixture.getPapers(), fixture.getSessions().stream().map(s -> s.id().equals("opening")
                        ? new Session(s.id(), s.kind(), s.title(), s.date(), s.start(), s.end(), s.room(), s.track(),
                                List.of(), List.of(withPhoto), List.of(), "", List.of(), false) : s).toList());
        assertEquals(BASE + "img/people/ada%20%C3%BC.jpg",
                jsonEvents(json(p)).get("opening").path("persons").get(0).path("avatar").asText());
    }

    @Test
    void eventsAndPersonsHaveStableCodesOfSixDigitsAndCapitals() {
        Pattern code = Pattern.compile("[0-9A-Z]{6}");
        Map<String, Element> xmlEvents = xmlEvents(xml(fixture));
        Map<String, JsonNode> jsonEvents = jsonEvents(json(fixture));
        Set<String> codes = new HashSet<>();
        for (String id : timedIds(fixture)) {
            String c = xmlEvents.get(id).getAttribute("code");
            assertTrue(code.matcher(c).matches(), c);
            assertEquals(c, jsonEvents.get(id).path("code").asText());
            assertTrue(codes.add(c), "unique: " + c);
            for (JsonNode person : jsonEvents.get(id).path("persons")) {
                assertTrue(code.matcher(person.path("code").asText()).matches(), person.toString());
            }
        }
        Programme moved = withSessions(fixture, s -> s.id().equals("opening")
                ? copy(s, s.id(), s.title(), s.start().plusHours(3), s.end().plusHours(3), s.room()) : s);
        assertEquals(xmlEvents.get("opening").getAttribute("code"), xmlEvents(xml(moved)).get("opening").getAttribute("code"));
    }

    @Test
    void everyPaperPresentedIsALinkToReadItOrToItsPage() {
        Paper unlinked = new Paper("plain", "A paper without a link", List.of(), "", "", "", false);
        Programme p = new Programme(fixture.getConference(), fixture.getRooms(), fixture.getTracks(),
                fixture.getSpeakers(), List.of(unlinked), fixture.getSessions().stream().map(s -> s.id().equals("papers-a")
                        ? new Session(s.id(), s.kind(), s.title(), s.date(), s.start(), s.end(), s.room(), s.track(),
                                s.chairs(), List.of(), List.of(unlinked), "", List.of(), false) : s).toList());
        JsonNode link = jsonEvents(json(p)).get("papers-a").path("links").get(0);
        assertEquals("paper", link.path("type").asText());
        assertEquals("A paper without a link", link.path("title").asText());
        assertEquals(BASE + "papers/plain.html", link.path("url").asText());
    }

    @Test
    void linksAreAbsolute() {
        Element opening = xmlEvents(xml(fixture)).get("opening");
        List<String> hrefs = children(child(opening, "links"), "link").stream().map(l -> l.getAttribute("href")).toList();
        assertEquals(List.of("https://example.org/slides", BASE + "about.html"), hrefs, "a site path made absolute");
        JsonNode jsonLinks = jsonEvents(json(fixture)).get("opening").path("links");
        assertEquals("Slides", jsonLinks.get(0).path("title").asText());
        assertEquals(BASE + "about.html", jsonLinks.get(1).path("url").asText());
        List<String> doi = children(child(xmlEvents(xml(fixture)).get("papers-a"), "links"), "link").stream()
                .map(l -> l.getAttribute("href")).toList();
        assertEquals(List.of("https://doi.org/10.1234/fixture.1", "https://example.org/p2"), doi, "the papers to read");
        Set<String> types = Set.of("slides", "paper", "web", "blog", "article", "media", "related", "activitypub");
        for (JsonNode event : jsonEvents(json(fixture)).values()) {
            assertTrue(HTTP.matcher(event.path("url").asText()).matches());
            for (JsonNode link : event.path("links")) {
                assertTrue(HTTP.matcher(link.path("url").asText()).matches(), link.toString());
                assertTrue(types.contains(link.path("type").asText()), link.toString());
            }
        }
    }

    @Test
    void roomsFollowTheRoomsFileAndSessionsWithoutOneGoElsewhere() {
        StableIds stable = new StableIds(BASE);
        Element day = children(xml(fixture).getDocumentElement(), "day").get(0);
        List<Element> rooms = children(day, "room");
        assertEquals(List.of("Main Hall", "Side Room", ELSEWHERE), rooms.stream().map(r -> r.getAttribute("name")).toList());
        assertEquals(stable.guid("rooms/hall").toString(), rooms.get(0).getAttribute("guid"));
        assertEquals(stable.guid("rooms/" + ScheduleExport.NO_ROOM_KEY).toString(), rooms.get(2).getAttribute("guid"));
        assertEquals(List.of("opening", "papers-a"), children(rooms.get(0), "event").stream()
                .map(e -> sessionId(text(e, "url"))).toList(), "in order of start");
        assertEquals(ELSEWHERE, text(child(rooms.get(2), "event"), "room"));

        JsonNode conference = json(fixture).path("schedule").path("conference");
        List<String> keys = new ArrayList<>();
        conference.path("days").get(0).path("rooms").fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("Main Hall", "Side Room", ELSEWHERE), keys);
        JsonNode hall = conference.path("rooms").get(0);
        assertEquals("Main Hall", hall.path("name").asText());
        assertEquals(stable.guid("rooms/hall").toString(), hall.path("guid").asText());
        assertEquals("hall", hall.path("slug").asText());
        assertEquals(300, hall.path("capacity").asInt());
        assertTrue(conference.path("rooms").get(1).path("capacity").isNull(), "not known");
        assertTrue(conference.path("rooms").get(1).path("description").isNull(), "no building or floor");
        assertEquals(ScheduleExport.NO_ROOM_KEY, conference.path("rooms").get(2).path("slug").asText());
        assertEquals(3, conference.path("rooms").size());
        for (JsonNode room : conference.path("rooms")) {
            assertTrue(UUID.matcher(room.path("guid").asText()).matches());
            assertTrue(!room.has("slug") || JSON_SLUG.matcher(room.path("slug").asText()).find());
        }
    }

    @Test
    void aRoomNamedLikeThePlaceWithoutRoomsKeepsThemApart() {
        Room annex = new Room("annex", ELSEWHERE, "", "", null, "", false);
        List<Room> rooms = Stream.concat(fixture.getRooms().stream(), Stream.of(annex)).toList();
        Programme p = withRooms(fixture, rooms, s -> s.id().equals("hostile")
                ? copy(s, s.id(), s.title(), s.start(), s.end(), annex) : s);
        List<String> names = children(children(xml(p).getDocumentElement(), "day").get(0), "room").stream()
                .map(r -> r.getAttribute("name")).toList();
        assertEquals(List.of("Main Hall", ELSEWHERE, ELSEWHERE + " (2)"), names);
    }

    @Test
    void tracksHaveTheirColourAndSlug() {
        List<Element> tracks = children(child(xml(fixture).getDocumentElement(), "conference"), "track");
        assertEquals(1, tracks.size(), "the extra track has only the untimed dinner");
        assertEquals("Core track", tracks.get(0).getAttribute("name"));
        assertEquals("#1f6f8b", tracks.get(0).getAttribute("color"));
        assertTrue(XML_TRACK_SLUG.matcher(tracks.get(0).getAttribute("slug")).matches());
        JsonNode track = json(fixture).path("schedule").path("conference").path("tracks").get(0);
        assertEquals("Core track", track.path("name").asText());
        assertTrue(COLOR.matcher(track.path("color").asText()).matches());
        assertTrue(JSON_SLUG.matcher(track.path("slug").asText()).find());
        Map<String, JsonNode> events = jsonEvents(json(fixture));
        assertEquals("Core track", events.get("opening").path("track").asText());
        assertTrue(events.get("hostile").path("track").isNull(), "no track");
        assertEquals("", text(xmlEvents(xml(fixture)).get("hostile"), "track"));
        assertEquals("keynote", events.get("opening").path("type").asText());
        assertEquals("en", events.get("opening").path("language").asText());
    }

    @Test
    void hostileTextRoundTripsExactly() {
        String title = "<b>\"Quoted\"</b> & 'apostrophes' ]]> 臺北 — 😀";
        String roomName = "Hall \"A\" <&> 臺北";
        Room hostileRoom = new Room("hall", roomName, "", "", null, "", false);
        List<Room> rooms = List.of(hostileRoom, fixture.getRooms().get(1));
        Programme p = withRooms(fixture, rooms, s -> s.id().equals("opening")
                ? copy(s, s.id(), title, s.start(), s.end(), hostileRoom) : s);
        String xmlText = export(p).toXml();
        assertTrue(xmlText.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xmlText.substring(0, 60));
        assertTrue(xmlText.contains("臺北"), "written as characters, not references");
        Document doc = xml(xmlText);
        Element opening = xmlEvents(doc).get("opening");
        assertEquals(title, text(opening, "title"));
        assertEquals(roomName, text(opening, "room"));
        assertEquals(roomName, children(children(doc.getDocumentElement(), "day").get(0), "room").get(0).getAttribute("name"));
        assertEquals("<img src=x onerror=alert(1)> text", text(xmlEvents(doc).get("hostile"), "abstract"));
        JsonNode event = jsonEvents(json(p)).get("opening");
        assertEquals(title, event.path("title").asText());
        assertEquals(roomName, event.path("room").asText());
        assertEquals("Cy <i>Author</i>", jsonEvents(json(p)).get("papers-a").path("persons").get(0).path("name").asText());
    }

    @Test
    void theSitesAddressMustBeAbsolute() {
        assertThrows(IllegalArgumentException.class, () -> new ScheduleExport(fixture, "site/", "en", ELSEWHERE));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleExport(fixture, "https://x.example.org", "en", ELSEWHERE));
    }

    @Test
    void theOutputIsTheSameOnEveryBuild() {
        ScheduleExport first = export(fixture);
        ScheduleExport again = export(ProgrammeLoader.load(TestSites.FIXTURE.resolve("data"), "data"));
        assertEquals(first.toXml(), first.toXml());
        assertEquals(first.toJson(), first.toJson());
        assertEquals(first.toXml(), again.toXml());
        assertEquals(first.toJson(), again.toJson());
        assertTrue(first.toJson().endsWith("}\n"));
        assertTrue(first.toXml().endsWith("</schedule>\n"));
        assertFalse(first.toXml().contains("\r") || first.toJson().contains("\r"));
    }

    @Test
    void summerInBerlinShowsItsOffset() throws Exception {
        Path data = fixtureDataCopy();
        for (String file : List.of("conference.yaml", "sessions.yaml")) {
            replaceIn(data.resolve(file), "2030-03-04", "2030-07-04");
            replaceIn(data.resolve(file), "2030-03-05", "2030-07-05");
        }
        replaceIn(data.resolve("conference.yaml"), "Asia/Taipei", "Europe/Berlin");
        Programme berlin = ProgrammeLoader.load(data, "data");
        Document doc = xml(berlin);
        Element opening = xmlEvents(doc).get("opening");
        assertEquals("2030-07-04T09:00:00+02:00", text(opening, "date"));
        assertEquals("09:00", text(opening, "start"), "the local clock time");
        assertEquals("Europe/Berlin", text(child(doc.getDocumentElement(), "conference"), "time_zone_name"));
        List<Element> days = children(doc.getDocumentElement(), "day");
        assertEquals("2030-07-04T09:00:00+02:00", days.get(0).getAttribute("start"));
        assertEquals("2030-07-05T00:00:00+02:00", days.get(1).getAttribute("start"));
        assertEquals("2030-07-05T23:59:00+02:00", days.get(1).getAttribute("end"));
        JsonNode root = json(berlin);
        assertEquals("Europe/Berlin", root.path("schedule").path("conference").path("time_zone_name").asText());
        JsonNode event = jsonEvents(root).get("opening");
        assertEquals("2030-07-04T09:00:00+02:00", event.path("date").asText());
        assertEquals("2030-07-04T10:00:00+02:00", event.path("end").asText());
        assertTrue(Stream.of(export(berlin).toJson(), export(berlin).toXml()).noneMatch(t -> t.contains("+08:00")));
    }

    @Test
    void illustrativeSessionsAreMarkedInTheirSubtitleAndTheXmlSaysWhereItIsPublished() throws Exception {
        ScheduleExport marked = new ScheduleExport(fixture, BASE, "en", ELSEWHERE, "Illustrative");
        Document doc = xml(marked.toXml());
        assertEquals(BASE + "schedule.xml", child(doc.getDocumentElement(), "url").getTextContent());
        Map<String, String> subtitles = new java.util.TreeMap<>();
        var events = doc.getElementsByTagName("event");
        for (int i = 0; i < events.getLength(); i++) {
            Element e = (Element) events.item(i);
            subtitles.put(child(e, "title").getTextContent(), child(e, "subtitle").getTextContent());
        }
        assertEquals("", subtitles.get("Opening keynote"));
        assertEquals("Illustrative", subtitles.get("<script>alert('x')</script> & \"quoted\" panel"));
        assertEquals("Illustrative", subtitles.get("Papers A"), "a session presenting an illustrative paper");
        JsonNode json = new ObjectMapper().readTree(marked.toJson());
        List<String> jsonSubtitles = new ArrayList<>();
        json.get("schedule").get("conference").get("days").forEach(day -> day.get("rooms").forEach(room -> room.forEach(
                e -> jsonSubtitles.add(e.get("title").asText() + "="
                        + (e.get("subtitle").isNull() ? "null" : e.get("subtitle").asText())))));
        assertTrue(jsonSubtitles.contains("Opening keynote=null"), jsonSubtitles.toString());
        assertTrue(jsonSubtitles.contains("Papers A=Illustrative"), jsonSubtitles.toString());
    }
}
