package org.confsite.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.confsite.programme.Conference;
import org.confsite.programme.Day;
import org.confsite.programme.Link;
import org.confsite.programme.Paper;
import org.confsite.programme.Programme;
import org.confsite.programme.Room;
import org.confsite.programme.Session;
import org.confsite.programme.Speaker;
import org.confsite.programme.Track;

/**
 * The programme in the conference schedule exchange format (c3voc / frab): {@code schedule.xml}
 * and {@code schedule.json}, as read by conference apps such as Giggity, EventFahrplan, ConfClerk
 * and pyfahrplan. The output depends only on the programme and the arguments, so it is the same
 * on every build; ids and guids come from {@link StableIds} and survive a change of time or room.
 *
 * <ul>
 * <li>Only sessions with a time are exported: the format cannot place the others.</li>
 * <li>Every conference day is a {@code day}; its start and end are those of its first and last
 * session, and 00:00 to 23:59 for a day without timed sessions.</li>
 * <li>Sessions without a room are in a place named {@code noRoomName}, after the rooms.</li>
 * <li>The acronym is the conference's short name in lowercase ASCII letters and digits
 * ("dg.o 2024" gives "dgo2024"), with the start year added if that is shorter than 4.</li>
 * <li>An event's slug is the acronym, "-" and the session's id; ids shorter than 4 characters
 * get "session_" in front (ids never hold "_", so slugs stay unique).</li>
 * <li>The version is a fingerprint of the exported content: it changes exactly when the
 * programme shown changes.</li>
 * </ul>
 */
public final class ScheduleExport {
    /** The JSON Schema the JSON follows. */
    static final String JSON_SCHEMA = "https://c3voc.de/schedule/schema.json";
    /** The XML Schema the XML follows. */
    static final String XML_SCHEMA = "https://c3voc.de/schedule/schema.xsd";
    static final String GENERATOR = "confsite";
    /** The key naming the place of sessions without a room; room ids never hold "_", so no room has it. */
    static final String NO_ROOM_KEY = "no_room";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** What the JSON schema allows as {@code time_zone_name} (searched, as JSON Schema does, not matched). */
    private static final Pattern JSON_ZONE = Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");
    /** A slug of a room or track both schemas accept: the id, when it has at least two characters. */
    private static final Pattern ROOM_SLUG = Pattern.compile("[a-z0-9_-]+[a-z0-9]");
    private static final Pattern TRACK_SLUG = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]");
    /** Characters a URI may hold as they are; others are %-encoded as UTF-8. */
    private static final String URI_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + "-._~:/?#[]@!$&'()*+,;=%";

    /** A room, or the place of sessions without one ({@code room} null). */
    private record Place(String name, String guid, String slug, Room room) {
    }

    private record Person(String name, int id, String guid, String url) {
    }

    private record Ref(String type, String title, String url) {
    }

    /** One exported session with every value both formats show. */
    private record Event(Session session, Place place, int id, String guid, String date, String start, String end,
            String duration, String slug, String url, String description, List<Person> persons, List<Ref> links) {
    }

    private record DayPlan(int index, LocalDate date, String start, String end, Map<Place, List<Event>> rooms) {
    }

    private final Programme programme;
    private final Conference conference;
    private final ZoneId zone;
    private final String baseUrl;
    private final String language;
    private final StableIds ids;
    private final String acronym;
    private final List<Place> places = new ArrayList<>();
    private final Map<String, Place> placesByRoom = new LinkedHashMap<>();
    private final Place noRoom;
    private final Map<String, Integer> eventIds;
    private final Map<String, Integer> personIds;
    private final List<DayPlan> days = new ArrayList<>();
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
    private final ObjectNode conferenceJson;
    private final String version;
    private final String sampleLabel;
    /** While the days are planned: the end of the day before. */
    private ZonedDateTime previousEnd;

    /**
     * @param baseUrl    the site's absolute address ending in "/"
     * @param language   the language of the sessions, e.g. "en"
     * @param noRoomName the room name used for sessions without a room (from the message bundle, e.g. "Elsewhere")
     */
    public ScheduleExport(Programme programme, String baseUrl, String language, String noRoomName) {
        this(programme, baseUrl, language, noRoomName, "");
    }

    /**
     * As {@link #ScheduleExport(Programme, String, String, String)}, with the word that marks an
     * illustrative session (one whose day, time, room or papers are placeholders) in its subtitle,
     * since the format has no field of its own for it.
     */
    public ScheduleExport(Programme programme, String baseUrl, String language, String noRoomName, String sampleLabel) {
        this.sampleLabel = sampleLabel;
        if (!baseUrl.matches("https?://[^/\\s]+/\\S*") || !baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("the site's address must be an absolute http(s) URL ending in /: " + baseUrl);
        }
        this.programme = programme;
        this.conference = programme.getConference();
        this.zone = conference.timeZone();
        this.baseUrl = encode(baseUrl);
        this.language = language;
        this.ids = new StableIds(baseUrl);
        this.acronym = acronym(conference);
        Set<String> names = new HashSet<>();
        for (Room room : programme.getRooms()) {
            addRoom(room, names);
        }
        for (Session s : programme.getSessions()) {
            if (s.room() != null && !placesByRoom.containsKey(s.room().id())) {
                addRoom(s.room(), names);
            }
        }
        noRoom = new Place(uniqueName(noRoomName, names), ids.guid("rooms/" + NO_ROOM_KEY).toString(), null, null);
        places.add(noRoom);
        eventIds = ids.integerIds(programme.getSessions().stream().map(Session::id).toList(), "sessions/");
        Set<String> people = new LinkedHashSet<>(programme.getSpeakers().stream().map(Speaker::id).toList());
        programme.getSessions().forEach(s -> s.people().forEach(p -> people.add(p.id())));
        personIds = ids.integerIds(List.copyOf(people), "speakers/");
        int index = 1;
        for (Day day : programme.getDays()) {
            days.add(plan(index++, day));
        }
        conferenceJson = conferenceJson();
        version = fingerprint(conferenceJson);
    }

    /** The schedule as XML text (UTF-8, with its declaration), ending in a newline. */
    public String toXml() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            Xml x = new Xml(w);
            w.writeStartDocument("UTF-8", "1.0");
            x.open("schedule", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                    "xsi:noNamespaceSchemaLocation", XML_SCHEMA);
            x.empty("generator", "name", GENERATOR);
            x.leaf("url", baseUrl + Exports.SCHEDULE_XML);
            x.leaf("version", version);
            writeConference(x);
            for (DayPlan day : days) {
                writeDay(x, day);
            }
            x.close();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the schedule as XML", e);
        }
        return out + "\n";
    }

    /** The schedule as pretty-printed JSON text, ending in a newline. */
    public String toJson() {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", JSON_SCHEMA);
        root.putObject("generator").put("name", GENERATOR);
        ObjectNode schedule = root.putObject("schedule");
        schedule.put("version", version);
        schedule.put("base_url", baseUrl);
        schedule.set("conference", conferenceJson);
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

    // ---- the model both formats are written from

    private void addRoom(Room room, Set<String> names) {
        String slug = ROOM_SLUG.matcher(room.id()).matches() ? room.id() : null;
        Place place = new Place(uniqueName(room.name(), names), ids.guid("rooms/" + room.id()).toString(), slug, room);
        places.add(place);
        placesByRoom.put(room.id(), place);
    }

    /** Apps join events to rooms by name: a name already taken gets " (2)", " (3)"... */
    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private DayPlan plan(int index, Day day) {
        List<Session> timed = day.sessions().stream().filter(Session::isTimed).toList();
        Map<Place, List<Event>> rooms = new LinkedHashMap<>();
        for (Place place : places) {
            List<Event> events = timed.stream().filter(s -> placeOf(s) == place).map(s -> event(s, place)).toList();
            if (!events.isEmpty()) {
                rooms.put(place, events);
            }
        }
        ZonedDateTime dayStart = day.date().atStartOfDay(zone);
        // A day without timed sessions starts when the day before ended, if that ran past midnight.
        ZonedDateTime start = timed.stream().map(Session::start).min(ZonedDateTime::compareTo)
                .orElse(previousEnd != null && previousEnd.isAfter(dayStart) ? previousEnd : dayStart);
        ZonedDateTime end = timed.stream().map(Session::end).max(ZonedDateTime::compareTo)
                .orElse(ZonedDateTime.of(day.date(), LocalTime.of(23, 59), zone));
        if (end.isBefore(start)) {
            end = start;
        }
        previousEnd = end;
        return new DayPlan(index, day.date(), dateTime(start), dateTime(end), rooms);
    }

    private Place placeOf(Session s) {
        return s.room() == null ? noRoom : placesByRoom.get(s.room().id());
    }

    private Event event(Session s, Place place) {
        ZonedDateTime start = s.start().withZoneSameInstant(zone);
        long minutes = Duration.between(s.start(), s.end()).toMinutes();
        String duration = String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
        String slug = acronym + "-" + (s.id().length() >= 4 ? s.id() : "session_" + s.id());
        List<Person> persons = s.people().stream().map(p -> new Person(p.name(), personIds.get(p.id()),
                ids.guid(p.page()).toString(), baseUrl + p.page())).toList();
        List<Ref> links = new ArrayList<>();
        for (Link link : s.links()) {
            links.add(new Ref("web", link.title(), absolute(link)));
        }
        for (Paper paper : s.papers()) {
            if (!paper.getReadUrl().isEmpty()) {
                links.add(new Ref("paper", paper.title(), encode(paper.getReadUrl())));
            }
        }
        String description = s.papers().stream().map(p -> p.authors().isEmpty() ? p.title()
                : p.title() + " — " + p.authors().stream().map(Speaker::name).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        return new Event(s, place, eventIds.get(s.id()), ids.guid(s.page()).toString(),
                dateTime(start), start.format(CLOCK), dateTime(s.end()), duration, slug,
                baseUrl + s.page(), description, persons, links);
    }

    /** A site path made absolute on the site's address; any address with its non-URI characters %-encoded. */
    private String absolute(Link link) {
        String url = link.isSitePath() ? baseUrl + link.url().replaceFirst("^/", "") : link.url();
        return encode(url);
    }

    private static String encode(String url) {
        StringBuilder out = new StringBuilder();
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && URI_CHARS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private String dateTime(ZonedDateTime t) {
        return t.withZoneSameInstant(zone).format(DATE_TIME);
    }

    /** The conference's short name as lowercase ASCII letters and digits, at least 4 long. */
    static String acronym(Conference conference) {
        String folded = Normalizer.normalize(conference.name(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        if (folded.length() < 4) {
            folded += Math.abs(conference.startDate().getYear());
        }
        return folded.length() < 4 ? (folded + "____").substring(0, 4) : folded;
    }

    /** The grid the times fit on: 15 minutes when every start and duration allows, else 5, else 1. */
    private String timeslot() {
        int slot = 15;
        for (DayPlan day : days) {
            for (List<Event> events : day.rooms().values()) {
                for (Event e : events) {
                    long start = e.session().start().withZoneSameInstant(zone).toLocalTime().toSecondOfDay() / 60;
                    long length = Duration.between(e.session().start(), e.session().end()).toMinutes();
                    while (start % slot != 0 || length % slot != 0) {
                        slot = slot == 15 ? 5 : 1;
                    }
                }
            }
        }
        return String.format(Locale.ROOT, "00:%02d", slot);
    }

    /** Tracks of exported sessions, in the order of tracks.yaml. */
    private List<Track> tracks() {
        Set<String> used = new HashSet<>();
        days.forEach(d -> d.rooms().values().forEach(list -> list.forEach(e -> {
            if (e.session().track() != null) {
                used.add(e.session().track().id());
            }
        })));
        List<Track> out = new ArrayList<>(programme.getTracks().stream().filter(t -> used.contains(t.id())).toList());
        for (Session s : programme.getSessions()) {
            if (s.isTimed() && s.track() != null && used.contains(s.track().id())
                    && out.stream().noneMatch(t -> t.id().equals(s.track().id()))) {
                out.add(s.track());
            }
        }
        return out;
    }

    /** Rooms (and the place without a room) where exported sessions happen, in the order of rooms.yaml. */
    private List<Place> placesInUse() {
        return places.stream().filter(p -> days.stream().anyMatch(d -> d.rooms().containsKey(p))).toList();
    }

    private static String trackSlug(Track track) {
        return TRACK_SLUG.matcher(track.id()).matches() ? track.id() : null;
    }

    // ---- XML

    private void writeConference(Xml x) throws XMLStreamException {
        x.open("conference");
        x.leaf("acronym", acronym);
        x.leaf("title", conference.fullName());
        x.leaf("start", conference.startDate().toString());
        x.leaf("end", conference.endDate().toString());
        x.leaf("days", Integer.toString(days.size()));
        x.leaf("timeslot_duration", timeslot());
        x.leaf("time_zone_name", zone.getId());
        x.leaf("base_url", baseUrl);
        x.leaf("url", baseUrl);
        for (Track track : tracks()) {
            List<String> attributes = new ArrayList<>(List.of("name", track.name()));
            if (!track.colour().isEmpty()) {
                attributes.addAll(List.of("color", track.colour().toLowerCase(Locale.ROOT)));
            }
            if (trackSlug(track) != null) {
                attributes.addAll(List.of("slug", trackSlug(track)));
            }
            x.leaf("track", track.name(), attributes.toArray(String[]::new));
        }
        x.close();
    }

    private void writeDay(Xml x, DayPlan day) throws XMLStreamException {
        String[] attributes = {"index", Integer.toString(day.index()), "date", day.date().toString(),
            "start", day.start(), "end", day.end()};
        if (day.rooms().isEmpty()) {
            x.empty("day", attributes);
            return;
        }
        x.open("day", attributes);
        for (Map.Entry<Place, List<Event>> room : day.rooms().entrySet()) {
            x.open("room", "name", room.getKey().name(), "guid", room.getKey().guid());
            for (Event e : room.getValue()) {
                writeEvent(x, e);
            }
            x.close();
        }
        x.close();
    }

    private void writeEvent(Xml x, Event e) throws XMLStreamException {
        Session s = e.session();
        x.open("event", "guid", e.guid(), "id", Integer.toString(e.id()));
        x.leaf("date", e.date());
        x.leaf("start", e.start());
        x.leaf("duration", e.duration());
        x.leaf("room", e.place().name());
        x.leaf("slug", e.slug());
        x.leaf("url", e.url());
        x.leaf("title", s.title());
        x.leaf("subtitle", subtitle(s) == null ? "" : subtitle(s));
        x.leaf("track", s.track() == null ? "" : s.track().name());
        x.leaf("type", s.kind().id());
        x.leaf("language", language);
        x.leaf("abstract", s.abstractText());
        if (!e.description().isEmpty()) {
            x.leaf("description", e.description());
        }
        if (e.persons().isEmpty()) {
            x.empty("persons");
        } else {
            x.open("persons");
            for (Person p : e.persons()) {
                x.leaf("person", p.name(), "id", Integer.toString(p.id()), "guid", p.guid());
            }
            x.close();
        }
        if (e.links().isEmpty()) {
            x.empty("links");
        } else {
            x.open("links");
            for (Ref link : e.links()) {
                x.leaf("link", link.title(), "href", link.url(), "type", link.type());
            }
            x.close();
        }
        x.close();
    }

    /** Writes elements one a line, indented by two spaces a level. */
    private static final class Xml {
        private final XMLStreamWriter w;
        private int depth;

        Xml(XMLStreamWriter w) {
            this.w = w;
        }

        private void line() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }

        private void attributes(String... nameValues) throws XMLStreamException {
            for (int i = 0; i < nameValues.length; i += 2) {
                w.writeAttribute(nameValues[i], nameValues[i + 1]);
            }
        }

        void open(String name, String... attributes) throws XMLStreamException {
            line();
            w.writeStartElement(name);
            attributes(attributes);
            depth++;
        }

        void close() throws XMLStreamException {
            depth--;
            line();
            w.writeEndElement();
        }

        void leaf(String name, String text, String... attributes) throws XMLStreamException {
            line();
            w.writeStartElement(name);
            attributes(attributes);
            w.writeCharacters(text);
            w.writeEndElement();
        }

        void empty(String name, String... attributes) throws XMLStreamException {
            line();
            w.writeEmptyElement(name);
            attributes(attributes);
        }
    }

    /** The illustrative mark of a session, or null. */
    private String subtitle(Session s) {
        return s.isIllustrative() && !sampleLabel.isEmpty() ? sampleLabel : null;
    }

    // ---- JSON

    private ObjectNode conferenceJson() {
        ObjectNode c = mapper.createObjectNode();
        c.put("acronym", acronym);
        c.put("title", conference.fullName());
        if (!conference.description().isEmpty()) {
            c.put("description", conference.description());
        }
        c.put("start", conference.startDate().toString());
        c.put("end", conference.endDate().toString());
        c.put("daysCount", days.size());
        c.put("timeslot_duration", timeslot());
        if (JSON_ZONE.matcher(zone.getId()).find()) {
            c.put("time_zone_name", zone.getId());
        }
        c.put("url", baseUrl);
        ArrayNode tracks = c.putArray("tracks");
        for (Track track : tracks()) {
            ObjectNode t = tracks.addObject();
            t.put("name", track.name());
            if (trackSlug(track) != null) {
                t.put("slug", trackSlug(track));
            }
            if (!track.colour().isEmpty()) {
                t.put("color", track.colour().toLowerCase(Locale.ROOT));
            }
        }
        ArrayNode rooms = c.putArray("rooms");
        for (Place place : placesInUse()) {
            ObjectNode r = rooms.addObject();
            r.put("name", place.name());
            if (place.slug() != null) {
                r.put("slug", place.slug());
            }
            r.put("guid", place.guid());
            if (place.room() != null && place.room().capacity() != null) {
                r.put("capacity", place.room().capacity());
            }
            if (place.room() != null && !place.room().getWhere().isEmpty()) {
                r.put("description", place.room().getWhere());
            }
        }
        ArrayNode dayNodes = c.putArray("days");
        for (DayPlan day : days) {
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

    private ObjectNode eventJson(Event e) {
        Session s = e.session();
        ObjectNode n = mapper.createObjectNode();
        n.put("guid", e.guid());
        n.put("id", e.id());
        n.put("date", e.date());
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("duration", e.duration());
        n.put("room", e.place().name());
        n.put("slug", e.slug());
        n.put("url", e.url());
        n.put("title", s.title());
        if (subtitle(s) == null) {
            n.putNull("subtitle");
        } else {
            n.put("subtitle", subtitle(s));
        }
        if (s.track() == null) {
            n.putNull("track");
        } else {
            n.put("track", s.track().name());
        }
        n.put("type", s.kind().id());
        n.put("language", language);
        n.put("abstract", s.abstractText());
        if (!e.description().isEmpty()) {
            n.put("description", e.description());
        }
        ArrayNode persons = n.putArray("persons");
        for (Person p : e.persons()) {
            // name without public_name: a person of the "pretalx" kind only, as the schema's oneOf asks.
            persons.addObject().put("name", p.name()).put("guid", p.guid()).put("id", p.id()).put("url", p.url());
        }
        ArrayNode links = n.putArray("links");
        for (Ref link : e.links()) {
            links.addObject().put("type", link.type()).put("title", link.title()).put("url", link.url());
        }
        return n;
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
