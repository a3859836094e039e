package org.confsite.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.confsite.support.SharedSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The schedule.json and schedule.xml of the dg.o site with its illustrative programme (the shipped
 * one has no timed session yet) read the way a conference app reads a pretalx or
 * frab export: by looking each property up and failing on the first one missing (a Python app's
 * {@code event['description']} raises KeyError). Every conference, room, track, day, event and
 * person must carry every property those exports write, null or empty when there is nothing to say.
 */
@ExtendWith(SharedSites.class)
class ScheduleAppReadingTest {
    private static final List<String> CONFERENCE = List.of("acronym", "title", "description", "start", "end",
            "daysCount", "timeslot_duration", "time_zone_name", "url", "tracks", "rooms", "days");
    private static final List<String> ROOM = List.of("name", "slug", "guid", "description", "capacity");
    private static final List<String> TRACK = List.of("name", "slug", "color");
    private static final List<String> DAY = List.of("index", "date", "day_start", "day_end", "rooms");
    private static final List<String> EVENT = List.of("guid", "code", "id", "logo", "date", "start", "end", "duration",
            "room", "slug", "url", "title", "subtitle", "track", "type", "language", "abstract", "description",
            "recording_license", "do_not_record", "persons", "links", "attachments");
    private static final List<String> PERSON = List.of("code", "name", "guid", "id", "url", "avatar", "biography",
            "links");
    private static final List<String> REFERENCE = List.of("type", "title", "url");

    private static final List<String> XML_EVENT = List.of("date", "start", "duration", "room", "slug", "url",
            "recording", "title", "subtitle", "track", "type", "language", "abstract", "description", "logo", "persons",
            "links", "attachments");
    private static final List<String> XML_RECORDING = List.of("license", "optout");

    static JsonNode json;
    static Document xml;

    @BeforeAll
    static void bakeTheIllustrativeProgramme(SharedSites.Sites sites) throws Exception {
        Path out = sites.illustrative();
        json = new ObjectMapper().readTree(out.resolve("schedule.json").toFile());
        xml = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(out.resolve("schedule.xml").toFile());
    }

    /** Every key of {@code keys} in {@code node}, or the list of what is missing, saying where. */
    private static List<String> missing(JsonNode node, List<String> keys, String where) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            if (!node.has(key)) {
                out.add(where + " has no '" + key + "'");
            }
        }
        return out;
    }

    private static void eachEvent(Consumer<JsonNode> action) {
        for (JsonNode day : json.path("schedule").path("conference").path("days")) {
            day.path("rooms").forEach(events -> events.forEach(action));
        }
    }

    @Test
    void everyJsonObjectHasEveryPropertyAnAppLooksUp() throws IOException {
        JsonNode conference = json.path("schedule").path("conference");
        List<String> problems = new ArrayList<>(missing(json.path("schedule"), List.of("version", "base_url", "conference"),
                "schedule"));
        problems.addAll(missing(conference, CONFERENCE, "conference"));
        conference.path("rooms").forEach(r -> problems.addAll(missing(r, ROOM, "room " + r.path("name"))));
        conference.path("tracks").forEach(t -> problems.addAll(missing(t, TRACK, "track " + t.path("name"))));
        conference.path("days").forEach(d -> problems.addAll(missing(d, DAY, "day " + d.path("date"))));
        List<JsonNode> events = new ArrayList<>();
        eachEvent(events::add);
        for (JsonNode e : events) {
            String where = "event " + e.path("slug");
            problems.addAll(missing(e, EVENT, where));
            e.path("persons").forEach(p -> problems.addAll(missing(p, PERSON, where + ", person " + p.path("name"))));
            e.path("persons").forEach(p -> p.path("links").forEach(l -> problems.addAll(missing(l, REFERENCE,
                    where + ", link of " + p.path("name")))));
            e.path("links").forEach(l -> problems.addAll(missing(l, REFERENCE, where + ", link " + l.path("url"))));
        }
        assertEquals(List.of(), problems);
        assertEquals(13, events.size(), "every timed session of the illustrative programme");
        assertTrue(events.stream().anyMatch(e -> e.path("persons").size() > 0), "people were checked too");
        assertTrue(conference.path("rooms").size() > 1 && conference.path("tracks").size() > 0, "rooms and tracks too");
    }

    @Test
    void valuesHaveTheTypesAppsExpectWhereTheFormatAllowsNull() {
        eachEvent(e -> {
            String where = e.path("slug").asText();
            for (String text : List.of("guid", "code", "date", "start", "end", "duration", "room", "slug", "url", "title",
                    "type", "language", "abstract", "description", "recording_license")) {
                assertTrue(e.path(text).isTextual(), where + ": " + text + " is text");
            }
            assertTrue(e.path("id").isInt(), where);
            assertTrue(e.path("do_not_record").isBoolean(), where);
            assertTrue(e.path("logo").isNull(), where);
            for (String list : List.of("persons", "links", "attachments")) {
                assertTrue(e.path(list).isArray(), where + ": " + list + " is a list");
            }
            for (String textOrNull : List.of("subtitle", "track")) {
                assertTrue(e.path(textOrNull).isTextual() || e.path(textOrNull).isNull(), where + ": " + textOrNull);
            }
            e.path("persons").forEach(p -> {
                assertTrue(p.path("biography").isTextual(), where + ": " + p);
                assertTrue(p.path("avatar").isTextual() || p.path("avatar").isNull(), where + ": " + p);
                assertTrue(p.path("id").isInt() && p.path("code").isTextual() && p.path("guid").isTextual(), where + ": " + p);
            });
        });
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

    private static List<String> missingChildren(Element parent, List<String> names, String where) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (children(parent, name).size() != 1) {
                out.add(where + " has " + children(parent, name).size() + " <" + name + ">");
            }
        }
        return out;
    }

    private static List<String> missingAttributes(Element e, List<String> names, String where) {
        return names.stream().filter(n -> !e.hasAttribute(n)).map(n -> where + " has no " + n + "=\"...\"").toList();
    }

    @Test
    void everyXmlEventHasEveryElementAnAppLooksUp() {
        Element root = xml.getDocumentElement();
        List<String> problems = new ArrayList<>(missingChildren(root, List.of("version", "conference"), "<schedule>"));
        problems.addAll(missingChildren(children(root, "conference").get(0), List.of("acronym", "title", "start", "end",
                "days", "timeslot_duration", "time_zone_name", "base_url", "url"), "<conference>"));
        int events = 0;
        for (Element day : children(root, "day")) {
            problems.addAll(missingAttributes(day, List.of("index", "date", "start", "end"), "<day>"));
            for (Element room : children(day, "room")) {
                problems.addAll(missingAttributes(room, List.of("name", "guid"), "<room>"));
                for (Element event : children(room, "event")) {
                    events++;
                    String where = "event " + event.getAttribute("guid");
                    problems.addAll(missingAttributes(event, List.of("guid", "id", "code"), where));
                    problems.addAll(missingChildren(event, XML_EVENT, where));
                    children(event, "recording").forEach(r -> problems.addAll(missingChildren(r, XML_RECORDING, where)));
                    children(event, "persons").forEach(ps -> children(ps, "person").forEach(p ->
                            problems.addAll(missingAttributes(p, List.of("id", "guid"), where + ", person"))));
                    children(event, "links").forEach(ls -> children(ls, "link").forEach(l ->
                            problems.addAll(missingAttributes(l, List.of("href", "type"), where + ", link"))));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(13, events, "every timed session of the illustrative programme");
    }
}
