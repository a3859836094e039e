package org.confsite.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.confsite.programme.Session;
import org.confsite.programme.Track;

/**
 * The schedule as {@code schedule.json}, valid against the format's JSON Schema (draft-06), and
 * the schedule's version: a fingerprint of the conference as exported, which changes exactly
 * when the programme shown changes.
 */
final class ScheduleJson {
    /** The JSON Schema the JSON follows. */
    static final String JSON_SCHEMA = "https://c3voc.de/schedule/schema.json";
    /** What the JSON schema allows as {@code time_zone_name} (searched, as JSON Schema does, not matched). */
    private static final Pattern JSON_ZONE = Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");

    private final Schedule schedule;
    private final ObjectMapper mapper = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
    private final ObjectNode conferenceJson;
    private final String version;

    ScheduleJson(Schedule schedule) {
        this.schedule = schedule;
        this.conferenceJson = conferenceJson();
        this.version = fingerprint(conferenceJson);
    }

    /** The first 12 hex digits of the SHA-256 of the exported conference. */
    String version() {
        return version;
    }

    /** The schedule as pretty-printed JSON text, ending in a newline. */
    String text() {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", JSON_SCHEMA);
        root.putObject("generator").put("name", ScheduleExport.GENERATOR);
        ObjectNode node = root.putObject("schedule");
        node.put("version", version);
        node.put("base_url", schedule.baseUrl);
        node.set("conference", conferenceJson);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schedule as JSON", e);
        }
    }

    private ObjectNode conferenceJson() {
        ObjectNode c = mapper.createObjectNode();
        c.put("acronym", schedule.acronym);
        c.put("title", schedule.conference.fullName());
        c.put("description", schedule.conference.description());
        c.put("start", schedule.conference.startDate().toString());
        c.put("end", schedule.conference.endDate().toString());
        c.put("daysCount", schedule.days.size());
        c.put("timeslot_duration", schedule.timeslot());
        if (JSON_ZONE.matcher(schedule.zone.getId()).find()) {
            c.put("time_zone_name", schedule.zone.getId());
        }
        c.put("url", schedule.baseUrl);
        ArrayNode tracks = c.putArray("tracks");
        for (Track track : schedule.tracks()) {
            ObjectNode t = tracks.addObject();
            t.put("name", track.name());
            if (Schedule.trackSlug(track) != null) {
                t.put("slug", Schedule.trackSlug(track));
            }
            t.put("color", track.colour().toLowerCase(Locale.ROOT));
        }
        ArrayNode rooms = c.putArray("rooms");
        for (Schedule.Place place : schedule.placesInUse()) {
            ObjectNode r = rooms.addObject();
            r.put("name", place.name());
            if (place.slug() != null) {
                r.put("slug", place.slug());
            }
            r.put("guid", place.guid());
            Integer capacity = place.room() == null ? null : place.room().capacity();
            if (capacity == null) {
                r.putNull("capacity");
            } else {
                r.put("capacity", capacity);
            }
            String where = place.room() == null ? "" : place.room().getWhere();
            if (where.isEmpty()) {
                r.putNull("description");
            } else {
                r.put("description", where);
            }
        }
        ArrayNode dayNodes = c.putArray("days");
        for (Schedule.DayPlan day : schedule.days) {
            ObjectNode d = dayNodes.addObject();
            d.put("index", day.index());
            d.put("date", day.date().toString());
            d.put("day_start", day.start());
            d.put("day_end", day.end());
            ObjectNode byRoom = d.putObject("rooms");
            day.rooms().forEach((place, events) -> {
                ArrayNode list = byRoom.putArray(place.name());
                events.forEach(e -> list.add(eventJson(e)));
            });
        }
        return c;
    }

    /**
     * Every property frab and pretalx write for an event, null or empty when there is nothing to
     * say (pretalx's {@code feedback_url} is left out: this site has no feedback page, and the
     * schema allows no empty address).
     */
    private ObjectNode eventJson(Schedule.Event e) {
        Session s = e.session();
        ObjectNode n = mapper.createObjectNode();
        n.put("guid", e.guid());
        n.put("code", e.code());
        n.put("id", e.id());
        n.putNull("logo");
        n.put("date", e.date());
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("duration", e.duration());
        n.put("room", e.place().name());
        n.put("slug", e.slug());
        n.put("url", e.url());
        n.put("title", s.title());
        if (schedule.subtitle(s) == null) {
            n.putNull("subtitle");
        } else {
            n.put("subtitle", schedule.subtitle(s));
        }
        if (s.track() == null) {
            n.putNull("track");
        } else {
            n.put("track", s.track().name());
        }
        n.put("type", s.kind().id());
        n.put("language", e.language());
        n.put("abstract", s.abstractText());
        n.put("description", s.description());
        n.put("recording_license", "");
        n.put("do_not_record", s.doNotRecord());
        ArrayNode persons = n.putArray("persons");
        for (Schedule.Person p : e.persons()) {
            // name without public_name: a person of the "pretalx" kind only, as the schema's oneOf asks.
            ObjectNode person = persons.addObject().put("code", p.code()).put("name", p.name()).put("guid", p.guid())
                    .put("id", p.id()).put("url", p.url()).put("avatar", p.avatar()).put("biography", p.biography());
            references(person.putArray("links"), p.links());
        }
        references(n.putArray("links"), e.links());
        references(n.putArray("attachments"), e.attachments());
        return n;
    }

    private static void references(ArrayNode out, java.util.List<Schedule.Ref> refs) {
        for (Schedule.Ref ref : refs) {
            out.addObject().put("type", ref.type()).put("title", ref.title()).put("url", ref.url());
        }
    }

    /** The first 12 hex digits of the SHA-256 of the exported conference. */
    private String fingerprint(ObjectNode node) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                hex.append(String.format(Locale.ROOT, "%02x", hash[i] & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the schedule", e);
        }
    }
}
