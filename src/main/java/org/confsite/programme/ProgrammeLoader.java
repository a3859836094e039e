package org.confsite.programme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.yaml.Suggest;
import org.confsite.yaml.YamlMap;
import org.confsite.yaml.YamlSource;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the programme from the data folder once, checks it, and joins it by id. Every problem in
 * every file is collected; {@link #load} then fails once with all of them.
 */
public final class ProgrammeLoader {
    /** Ids become file names and URLs: lowercase ASCII only. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final Path dataDir;
    private final String dataName;
    private final Problems problems = new Problems();

    private ProgrammeLoader(Path dataDir, String dataName) {
        this.dataDir = dataDir;
        this.dataName = dataName;
    }

    /**
     * @param dataDir  the data folder
     * @param dataName how the folder is named in messages, e.g. {@code data}
     */
    public static Programme load(Path dataDir, String dataName) {
        return new ProgrammeLoader(dataDir, dataName).load();
    }

    private Programme load() {
        YamlMap conferenceYaml = read("conference.yaml", true);
        Conference conference = conferenceYaml == null ? null : ConferenceReader.read(conferenceYaml);
        Catalog<Room> rooms = byId("rooms.yaml", "rooms", this::room, "room");
        Catalog<Track> tracks = byId("tracks.yaml", "tracks", this::track, "track");
        Catalog<Speaker> speakers = byId("speakers.yaml", "speakers", this::speaker, "speaker");
        List<Session> sessions = new ArrayList<>();
        Map<String, YamlMap> sessionYaml = new LinkedHashMap<>();
        List<YamlMap> sessionEntries = list("sessions.yaml", "sessions");
        for (YamlMap y : sessionEntries == null ? List.<YamlMap>of() : sessionEntries) {
            Session s = session(y, conference, rooms, tracks, speakers);
            if (s == null) {
                continue;
            }
            if (sessionYaml.containsKey(s.id())) {
                y.problem("id", "duplicate session id '" + s.id() + "'", "ids must be unique; rename one");
                continue;
            }
            sessionYaml.put(s.id(), y);
            sessions.add(s);
        }
        if (conference != null) {
            checkRoomClashes(sessions, sessionYaml);
        }
        problems.throwIfAny();
        return new Programme(conference, List.copyOf(rooms.items().values()), List.copyOf(tracks.items().values()),
                List.copyOf(speakers.items().values()), sessions);
    }

    private YamlMap read(String fileName, boolean required) {
        Path file = dataDir.resolve(fileName);
        String display = dataName + "/" + fileName;
        if (!Files.isRegularFile(file)) {
            if (required) {
                problems.add(Problem.inFile(display, "file is missing", "create it; see the README's editor section"));
            }
            return null;
        }
        try {
            String text = YamlSource.readText(file, display);
            Optional<Node> root = YamlSource.compose(text, display, 0);
            if (root.isEmpty()) {
                if (required) {
                    problems.add(Problem.inFile(display, "file is empty", "see the README's editor section"));
                }
                return null;
            }
            return YamlMap.of(display, root.get(), problems, "the file");
        } catch (org.confsite.error.SiteException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** The entries of a file's top-level list; null when the file exists but cannot be read. */
    private List<YamlMap> list(String fileName, String key) {
        if (!Files.isRegularFile(dataDir.resolve(fileName))) {
            return List.of();
        }
        YamlMap file = read(fileName, false);
        if (file == null) {
            return null;
        }
        file.rejectUnknown(Set.of(key));
        if (!file.has(key)) {
            file.problem(key, "missing top-level '" + key + ":' list", "start the file with " + key + ":");
        }
        return file.maps(key);
    }

    /**
     * The valid entries of one kind by id, plus every id that was written at all: a reference to
     * an entry that is itself broken is not reported again. {@code complete} is false when the
     * file could not be parsed, and then references to that kind are not checked.
     */
    private record Catalog<T>(Map<String, T> items, java.util.Set<String> declared, boolean complete) {
        boolean knows(String id) {
            return !complete || declared.contains(id);
        }
    }

    private <T> Catalog<T> byId(String fileName, String key, Function<YamlMap, T> reader, String what) {
        List<YamlMap> entries = list(fileName, key);
        Map<String, T> out = new LinkedHashMap<>();
        java.util.Set<String> declared = new java.util.HashSet<>();
        if (entries == null) {
            return new Catalog<>(out, declared, false);
        }
        for (YamlMap y : entries) {
            // An id written wrongly (e.g. in capitals) still counts as declared, so references to it
            // are not reported a second time.
            y.optText("id").ifPresent(id -> {
                declared.add(id);
                declared.add(id.toLowerCase(java.util.Locale.ROOT));
            });
            String id = id(y);
            T value = reader.apply(y);
            if (id == null || value == null) {
                continue;
            }
            if (out.containsKey(id)) {
                y.problem("id", "duplicate " + what + " id '" + id + "'", "ids must be unique; rename one");
            } else {
                out.put(id, value);
            }
        }
        return new Catalog<>(out, declared, true);
    }

    private String id(YamlMap y) {
        String id = y.text("id");
        if (id != null && !ID.matcher(id).matches()) {
            y.problem("id", "id '" + id + "' is not a lowercase ASCII slug",
                    "use letters a-z, digits and single hyphens, e.g. opening-keynote");
            return null;
        }
        return id;
    }

    private Room room(YamlMap y) {
        y.rejectUnknown(Set.of("id", "name", "location", "sample"));
        String name = y.text("name");
        return name == null ? null
                : new Room(y.optText("id").orElse(""), name, y.optText("location").orElse(""), y.flag("sample"));
    }

    private Track track(YamlMap y) {
        y.rejectUnknown(Set.of("id", "name"));
        String name = y.text("name");
        return name == null ? null : new Track(y.optText("id").orElse(""), name);
    }

    private Speaker speaker(YamlMap y) {
        y.rejectUnknown(Set.of("id", "name", "affiliation", "bio", "sample"));
        String name = y.text("name");
        return name == null ? null : new Speaker(y.optText("id").orElse(""), name,
                y.optText("affiliation").orElse(""), y.optText("bio").orElse(""), y.flag("sample"));
    }

    private Session session(YamlMap y, Conference conference, Catalog<Room> rooms, Catalog<Track> tracks,
            Catalog<Speaker> speakers) {
        y.rejectUnknown(Set.of("id", "kind", "title", "date", "start", "end", "room", "track", "speakers", "abstract", "sample"));
        String id = id(y);
        String title = y.text("title");
        SessionKind kind = kind(y);
        LocalDate date = ConferenceReader.date(y, "date");
        if (date != null && conference != null && !conference.isDay(date)) {
            y.problem("date", "date " + date + " is outside the conference (" + conference.startDate() + " to "
                    + conference.endDate() + ")", "check the year and month");
        }
        LocalTime start = time(y, "start");
        LocalTime end = time(y, "end");
        if ((start == null) != (end == null) && !(y.has("start") && y.has("end"))) {
            y.problem(start == null ? "end" : "start", "give both start and end, or neither when the time is not known", null);
        } else if (start != null && end != null && !end.isAfter(start)) {
            y.problem("end", "end " + end + " is not after start " + start, "sessions end on the day they start");
        }
        Room room = reference(y, "room", rooms, dataName + "/rooms.yaml");
        Track track = reference(y, "track", tracks, dataName + "/tracks.yaml");
        List<Speaker> people = new ArrayList<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (String speakerId : y.textList("speakers")) {
            Speaker s = speakers.items().get(speakerId);
            if (!listed.add(speakerId)) {
                y.problem("speakers", "speaker '" + speakerId + "' is listed twice", "remove one of them");
            } else if (s != null) {
                people.add(s);
            } else if (!speakers.knows(speakerId)) {
                y.problem("speakers", "unknown speaker '" + speakerId + "'",
                        hintFor(speakerId, speakers.declared(), dataName + "/speakers.yaml"));
            }
        }
        if (id == null || title == null || kind == null || date == null || conference == null) {
            return null;
        }
        ZoneId zone = conference.timeZone();
        boolean timed = start != null && end != null && end.isAfter(start);
        return new Session(id, kind, title, date, timed ? date.atTime(start).atZone(zone) : null,
                timed ? date.atTime(end).atZone(zone) : null, room, track, people, y.optText("abstract").orElse(""),
                y.flag("sample"));
    }

    private SessionKind kind(YamlMap y) {
        String text = y.text("kind");
        if (text == null) {
            return null;
        }
        Optional<SessionKind> kind = SessionKind.fromId(text);
        if (kind.isEmpty()) {
            String near = Suggest.nearest(text, SessionKind.ids());
            y.problem("kind", "unknown session kind '" + text + "'",
                    near != null ? "did you mean '" + near + "'?" : "use one of " + String.join(", ", SessionKind.ids()));
        }
        return kind.orElse(null);
    }

    private LocalTime time(YamlMap y, String key) {
        Optional<String> text = y.optText(key);
        if (text.isEmpty()) {
            return null;
        }
        if (!TIME.matcher(text.get()).matches()) {
            y.problem(key, "'" + key + "' is not a time: '" + text.get() + "'",
                    "write 24-hour \"HH:MM\" in quotes, in the conference's time zone, e.g. \"09:30\"");
            return null;
        }
        return LocalTime.parse(text.get());
    }

    private <T> T reference(YamlMap y, String key, Catalog<T> known, String where) {
        Optional<String> ref = y.optText(key);
        if (ref.isEmpty()) {
            return null;
        }
        T value = known.items().get(ref.get());
        if (value == null && !known.knows(ref.get())) {
            y.problem(key, "unknown " + key + " '" + ref.get() + "'", hintFor(ref.get(), known.declared(), where));
        }
        return value;
    }

    private static String hintFor(String id, java.util.Collection<String> known, String where) {
        String near = Suggest.nearest(id, known);
        return near != null ? "did you mean '" + near + "'?" : "add it to " + where;
    }

    private void checkRoomClashes(List<Session> sessions, Map<String, YamlMap> yaml) {
        List<Session> timed = sessions.stream().filter(s -> s.isTimed() && s.room() != null)
                .sorted(Programme.TIMETABLE_ORDER).toList();
        for (int i = 0; i < timed.size(); i++) {
            Session a = timed.get(i);
            for (int j = i + 1; j < timed.size() && timed.get(j).start().isBefore(a.end()); j++) {
                Session b = timed.get(j);
                if (b.room().id().equals(a.room().id())) {
                    yaml.get(b.id()).problem("room", "session '" + b.id() + "' overlaps '" + a.id() + "' in room '"
                            + a.room().id() + "'", "move one of them to another room or time");
                }
            }
        }
    }
}
