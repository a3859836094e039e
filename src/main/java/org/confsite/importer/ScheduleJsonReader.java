package org.confsite.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confsite.error.Problem;
import org.confsite.error.Problems;

/**
 * Reads a {@code schedule.json} (pretalx, frab, this generator) keeping the line of every value,
 * so that each problem names its place in the file. Nesting and string lengths are bounded.
 */
final class ScheduleJsonReader {
    private final String file;
    private final Problems problems;

    ScheduleJsonReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** A value and the line it starts on: a map, a list, a string, a number, a boolean or null. */
    private record J(Object value, int line) {
        J get(String key) {
            return value instanceof Map<?, ?> map && map.get(key) instanceof J j ? j : new J(null, line);
        }

        @SuppressWarnings("unchecked")
        Map<String, J> map() {
            return value instanceof Map<?, ?> ? (Map<String, J>) value : Map.of();
        }

        @SuppressWarnings("unchecked")
        List<J> list() {
            return value instanceof List<?> ? (List<J>) value : List.of();
        }

        String text() {
            return value == null || value instanceof Map || value instanceof List ? null : value.toString().strip();
        }
    }

    Exported read(Path path) throws IOException {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).build())
                .build();
        J root;
        try (JsonParser parser = factory.createParser(path.toFile())) {
            parser.nextToken();
            root = value(parser);
            if (parser.nextToken() != null) {
                problems.add(Problem.at(file, parser.currentLocation().getLineNr(), 1, "text after the end of the JSON",
                        "export the schedule again"));
                return null;
            }
        } catch (JsonParseException e) {
            problems.add(Problem.at(file, Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr()), 1,
                    "not valid JSON: " + e.getOriginalMessage(), "export the schedule again"));
            return null;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            problems.add(Problem.inFile(file, "too deeply nested or too long a string for a schedule: " + e.getMessage(),
                    "import a real schedule export"));
            return null;
        }
        J schedule = root.get("schedule");
        J conference = schedule.get("conference");
        if (!(conference.value() instanceof Map)) {
            problems.add(Problem.at(file, root.line(), 1, "there is no schedule.conference object",
                    "import a pretalx or frab schedule.json"));
            return null;
        }
        List<Exported.Room> rooms = new ArrayList<>();
        for (J r : conference.get("rooms").list()) {
            rooms.add(new Exported.Room(r.get("name").text(), r.get("slug").text(), r.get("guid").text(), r.line()));
        }
        List<Exported.Track> tracks = new ArrayList<>();
        for (J t : conference.get("tracks").list()) {
            tracks.add(new Exported.Track(t.get("name").text(), t.get("slug").text(), t.get("color").text(), t.line()));
        }
        List<Exported.Event> events = new ArrayList<>();
        for (J day : conference.get("days").list()) {
            day.get("rooms").map().forEach((roomName, list) -> {
                if (rooms.stream().noneMatch(r -> roomName.equals(r.name()))) {
                    rooms.add(new Exported.Room(roomName, null, null, list.line()));
                }
                for (J e : list.list()) {
                    events.add(event(e, day.get("date").text(), roomName));
                }
            });
        }
        return new Exported(file, root.get("generator").get("name").text(), conference.get("title").text(),
                conference.get("acronym").text(), conference.get("start").text(), conference.get("end").text(),
                conference.get("time_zone_name").text(), schedule.get("base_url").text(), rooms, tracks, events);
    }

    private Exported.Event event(J e, String day, String roomName) {
        List<Exported.Person> persons = new ArrayList<>();
        J people = e.get("persons");
        boolean namesAsText = false;
        if (people.text() != null && !people.text().isEmpty()) {
            namesAsText = true;
            persons.add(new Exported.Person(null, people.text(), null, null, people.line()));
        }
        for (J p : people.list()) {
            String key = first(p.get("code").text(), p.get("id").text(), p.get("guid").text());
            String name = first(p.get("public_name").text(), p.get("name").text(), p.get("full_public_name").text());
            persons.add(new Exported.Person(key, name, p.get("biography").text(), p.get("url").text(), p.line()));
        }
        List<Exported.Link> links = new ArrayList<>();
        for (J l : e.get("links").list()) {
            links.add(new Exported.Link(l.get("title").text(), l.get("url").text(), l.get("type").text()));
        }
        for (J a : e.get("attachments").list()) {
            links.add(new Exported.Link(a.get("title").text(), a.get("url").text(), a.get("type").text(), true));
        }
        Object optout = e.get("do_not_record").value();
        String room = e.get("room").text();
        return new Exported.Event(e.line(), day, room == null || room.isEmpty() ? roomName : room, e.get("guid").text(),
                e.get("id").text(), e.get("slug").text(), e.get("title").text(), e.get("subtitle").text(),
                e.get("type").text(), e.get("date").text(), e.get("start").text(), e.get("duration").text(),
                e.get("track").text(), e.get("language").text(), e.get("abstract").text(), e.get("description").text(),
                optout instanceof Boolean b ? b : null, persons, links, namesAsText);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private J value(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, J> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                map.put(key, value(parser));
            }
            return new J(map, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<J> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(parser));
            }
            return new J(list, line);
        }
        return switch (token) {
            case VALUE_STRING -> new J(parser.getText(), line);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new J(parser.getText(), line);
            case VALUE_TRUE -> new J(Boolean.TRUE, line);
            case VALUE_FALSE -> new J(Boolean.FALSE, line);
            default -> new J(null, line);
        };
    }
}
