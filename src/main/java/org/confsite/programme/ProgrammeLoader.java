package org.confsite.programme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the programme from the data folder once, checks it, and joins it by id. Every problem in
 * every file is collected; {@link #load} then fails once with all of them.
 */
public final class ProgrammeLoader {
    /** Ids become file names and URLs: lowercase ASCII only. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern HTTP = Pattern.compile("https?://[^\\s/]+\\S*");
    private static final Pattern WEB = Pattern.compile("(https?://[^\\s/]+\\S*|mailto:\\S+@\\S+)");
    private static final Pattern SITE_PATH = Pattern.compile("/?(?!/)[^\\s:]*(#\\S*)?");
    /** Link destinations in Markdown: inline [text](url), autolinks <url> and reference definitions [id]: url. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile(
            "\\]\\(\\s*<?([^\\s<>()]*(?:\\([^\\s()]*\\)[^\\s<>()]*)*)|<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]*)>|(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)");
    private static final Pattern UNSAFE = Pattern.compile(org.confsite.markdown.Markdown.UNSAFE_LINK);
    private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*\\.(jpe?g|png|webp|avif|gif|svg)");

    private final Path dataDir;
    private final String dataName;
    private final Path assetsDir;
    private final String assetsName;
    private final Problems problems = new Problems();
    private final Set<String> emptyFiles = new java.util.HashSet<>();
    private final Translations translations;

    private ProgrammeLoader(Path dataDir, String dataName, Path assetsDir, String assetsName, Set<String> languages) {
        this.translations = new Translations(languages);
        this.dataDir = dataDir;
        this.dataName = dataName;
        this.assetsDir = assetsDir;
        this.assetsName = assetsName;
    }

    /**
     * @param dataDir  the data folder
     * @param dataName how the folder is named in messages, e.g. {@code data}
     */
    public static Programme load(Path dataDir, String dataName) {
        return new ProgrammeLoader(dataDir, dataName, null, null, Set.of()).load();
    }

    /**
     * As {@link #load(Path, String)}, for a site in several languages.
     *
     * @param languages the keys under which entries may carry translated fields (the other languages' folders)
     */
    public static Programme load(Path dataDir, String dataName, Set<String> languages) {
        return new ProgrammeLoader(dataDir, dataName, null, null, languages).load();
    }

    /** As {@link #load(Path, String)}, also checking that speakers' photos are in the assets folder. */
    public static Programme load(Path dataDir, String dataName, Path assetsDir, String assetsName) {
        return new ProgrammeLoader(dataDir, dataName, assetsDir, assetsName, Set.of()).load();
    }

    /** As {@link #load(Path, String, Path, String)}, with the keys of translated fields. */
    public static Programme load(Path dataDir, String dataName, Path assetsDir, String assetsName, Set<String> languages) {
        return new ProgrammeLoader(dataDir, dataName, assetsDir, assetsName, languages).load();
    }

    private Programme load() {
        YamlMap conferenceYaml = read("conference.yaml", true);
        Conference conference = conferenceYaml == null ? null : ConferenceReader.read(conferenceYaml, translations);
        Catalog<Room> rooms = byId("rooms.yaml", "rooms", this::room, "room");
        Catalog<Track> tracks = byId("tracks.yaml", "tracks", this::track, "track");
        Catalog<Speaker> speakers = byId("speakers.yaml", "speakers", this::speaker, "speaker");
        Catalog<Paper> papers = byId("papers.yaml", "papers", y -> paper(y, speakers), "paper");
        List<Session> sessions = new ArrayList<>();
        Map<String, YamlMap> sessionYaml = new LinkedHashMap<>();
        Set<String> sessionIds = new HashSet<>();
        List<YamlMap> sessionEntries = list("sessions.yaml", "sessions");
        for (YamlMap y : sessionEntries == null ? List.<YamlMap>of() : sessionEntries) {
            Session s = session(y, conference, rooms, tracks, speakers, papers);
            // A repeated id is reported even when one of the two entries has other problems.
            String id = y.optText("id").filter(i -> ID.matcher(i).matches()).orElse(null);
            if (id != null && !sessionIds.add(id)) {
                y.problem("id", "duplicate session id '" + id + "'", "ids must be unique; rename one");
                continue;
            }
            if (s != null) {
                sessionYaml.put(s.id(), y);
                sessions.add(s);
            }
        }
        if (conference != null) {
            checkRoomClashes(sessions, sessionYaml);
        }
        problems.throwIfAny();
        return new Programme(conference, List.copyOf(rooms.items().values()), List.copyOf(tracks.items().values()),
                List.copyOf(speakers.items().values()), List.copyOf(papers.items().values()), sessions, translations);
    }

    private YamlMap read(String fileName, boolean required) {
        Path file = dataDir.resolve(fileName);
        String display = dataName + "/" + fileName;
        if (!Files.isRegularFile(file)) {
            if (required) {
                problems.add(Problem.inFile(display, "file is missing", "create it; see docs/programme.md"));
            }
            return null;
        }
        try {
            String text = YamlSource.readText(file, display);
            Optional<Node> root = YamlSource.compose(text, display, 0);
            if (root.isEmpty()) {
                emptyFiles.add(fileName);
                if (required) {
                    problems.add(Problem.inFile(display, "file is empty", "see docs/programme.md"));
                }
                return null;
            }
            return YamlMap.of(display, root.get(), problems, "the file");
        } catch (org.confsite.error.SiteException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * The entries of a file's top-level list: none when the file is missing or empty; null when it
     * exists but its entries cannot be read (it cannot be parsed, or has no top-level list).
     */
    private List<YamlMap> list(String fileName, String key) {
        if (!Files.isRegularFile(dataDir.resolve(fileName))) {
            return List.of();
        }
        YamlMap file = read(fileName, false);
        if (file == null) {
            return emptyFiles.contains(fileName) ? List.of() : null;
        }
        file.rejectUnknown(Set.of(key));
        if (!file.has(key)) {
            file.problem(key, "missing top-level '" + key + ":' list", "start the file with " + key + ":");
            return null;
        }
        List<YamlMap> entries = file.maps(key);
        return file.node(key).orElseThrow() instanceof SequenceNode ? entries : null;
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
        Set<String> ids = new HashSet<>();
        for (YamlMap y : entries) {
            // An id written wrongly (e.g. in capitals, or as a list) still counts as declared, so
            // references to it are not reported a second time.
            List<Node> idNodes = y.node("id").map(n -> n instanceof SequenceNode seq ? seq.getValue() : List.of(n))
                    .orElse(List.of());
            for (Node n : idNodes) {
                if (n instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    declared.add(scalar.getValue().strip());
                    declared.add(scalar.getValue().strip().toLowerCase(java.util.Locale.ROOT));
                }
            }
            String id = id(y);
            T value = reader.apply(y);
            // A repeated id is reported even when one of the two entries has other problems.
            if (id != null && !ids.add(id)) {
                y.problem("id", "duplicate " + what + " id '" + id + "'", "ids must be unique; rename one");
            } else if (id != null && value != null) {
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
        y.rejectUnknown(translations.allowing(Set.of("id", "name", "building", "floor", "capacity", "accessibility",
                "sample")));
        y.optText("id").ifPresent(id -> translations.read(y, "room", id, Translations.ROOM));
        String name = y.text("name");
        // Every field is read, and so checked, even when the entry is already known to be broken.
        String building = y.optText("building").orElse("");
        String floor = y.optText("floor").orElse("");
        Integer capacity = y.optInteger("capacity", 1, 1_000_000).orElse(null);
        String accessibility = y.optText("accessibility").orElse("");
        boolean sample = y.flag("sample");
        return name == null ? null
                : new Room(y.optText("id").orElse(""), name, building, floor, capacity, accessibility, sample);
    }

    private Track track(YamlMap y) {
        y.rejectUnknown(translations.allowing(Set.of("id", "name", "colour")));
        y.optText("id").ifPresent(id -> translations.read(y, "track", id, Translations.TRACK));
        String name = y.text("name");
        String colour = y.optText("colour").orElse("");
        if (y.has("colour") && colour.isEmpty()) {
            y.problem("colour", "'colour' is empty: in YAML an unquoted # starts a comment",
                    "quote the colour, e.g. colour: \"#1f6f8b\"");
        } else if (!colour.isEmpty() && !COLOUR.matcher(colour).matches()) {
            y.problem("colour", "'colour' must be a hex colour like \"#1f6f8b\", not '" + colour + "'", null);
            colour = "";
        }
        return name == null ? null : new Track(y.optText("id").orElse(""), name, colour.toLowerCase(java.util.Locale.ROOT));
    }

    private Speaker speaker(YamlMap y) {
        y.rejectUnknown(translations.allowing(Set.of("id", "name", "affiliation", "country", "bio", "photo", "links",
                "sample")));
        y.optText("id").ifPresent(id -> translations.read(y, "speaker", id, Translations.SPEAKER));
        String name = y.text("name");
        String affiliation = y.optText("affiliation").orElse("");
        String country = y.optText("country").orElse("");
        String bio = markdown(y, "bio");
        String photo = photo(y);
        List<Link> links = links(y);
        boolean sample = y.flag("sample");
        return name == null ? null
                : new Speaker(y.optText("id").orElse(""), name, affiliation, country, bio, photo, links, sample);
    }

    private String photo(YamlMap y) {
        String photo = y.optText("photo").orElse("");
        if (photo.isEmpty()) {
            return "";
        }
        if (!IMAGE.matcher(photo).matches() || photo.contains("..")) {
            y.problem("photo", "'photo' must be the path of an image in the assets folder, not '" + photo + "'",
                    "a jpg, png, webp, avif, gif or svg file, e.g. photo: img/people/ada.jpg");
            return "";
        }
        if (assetsDir != null && !Files.isRegularFile(assetsDir.resolve(photo))) {
            y.problem("photo", "photo '" + photo + "' is not in " + assetsName + "/",
                    "put the image at " + assetsName + "/" + photo + ", or correct the path");
            return "";
        }
        return photo;
    }

    /** Markdown text of a field; a link in it to a script, data or another host without scheme is a problem. */
    private String markdown(YamlMap y, String key) {
        String text = y.optText(key).orElse("");
        java.util.regex.Matcher m = MARKDOWN_LINK.matcher(text);
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (UNSAFE.matcher(url).matches()) {
                y.problem(key, "'" + key + "' links to '" + url + "', which pages do not allow",
                        "link to https://..., mailto:... or a path of this site");
            }
        }
        return text;
    }

    private List<Link> links(YamlMap owner) {
        List<Link> links = new ArrayList<>();
        for (YamlMap y : owner.maps("links")) {
            y.rejectUnknown(Set.of("title", "url"));
            String title = y.text("title");
            String url = y.text("url");
            if (url != null && (url.startsWith("www.") || !WEB.matcher(url).matches() && !SITE_PATH.matcher(url).matches())) {
                y.problem("url", "link '" + url + "' is not a web address or a path of this site",
                        "write https://..., mailto:... or a site path such as files/slides.pdf");
                url = null;
            }
            if (title != null && url != null) {
                links.add(new Link(title, url, y.at(y.node("url").orElseThrow(), "", null)));
            }
        }
        return links;
    }

    private Paper paper(YamlMap y, Catalog<Speaker> speakers) {
        y.rejectUnknown(translations.allowing(Set.of("id", "title", "authors", "abstract", "doi", "url", "sample")));
        y.optText("id").ifPresent(id -> translations.read(y, "paper", id, Translations.PAPER));
        String title = y.text("title");
        List<Speaker> authors = references(y, "authors", speakers, "author", "speaker");
        String abstractText = markdown(y, "abstract");
        boolean sample = y.flag("sample");
        String doi = y.optText("doi").orElse("");
        if (!doi.isEmpty() && !DOI.matcher(doi).matches()) {
            y.problem("doi", "'doi' is not a DOI: '" + doi + "'",
                    "write the DOI alone, starting 10., e.g. 10.1145/3657054.3657060");
            doi = "";
        }
        String url = y.optText("url").orElse("");
        if (!url.isEmpty() && !HTTP.matcher(url).matches()) {
            y.problem("url", "'url' is not a web address: '" + url + "'", "write https://...");
            url = "";
        }
        return title == null ? null : new Paper(y.optText("id").orElse(""), title, authors, abstractText, doi, url, sample);
    }

    private Session session(YamlMap y, Conference conference, Catalog<Room> rooms, Catalog<Track> tracks,
            Catalog<Speaker> speakers, Catalog<Paper> papers) {
        y.rejectUnknown(translations.allowing(Set.of("id", "kind", "title", "date", "start", "end", "room", "track",
                "chairs", "speakers", "papers", "abstract", "links", "sample")));
        y.optText("id").ifPresent(id -> translations.read(y, "session", id, Translations.SESSION));
        String id = id(y);
        String title = y.text("title");
        SessionKind kind = kind(y);
        ZoneId zone = conference == null ? null : conference.timeZone();
        LocalDate date = y.has("date") || !y.has("start") ? ConferenceReader.date(y, "date") : null;
        // A date written wrongly was reported; the times on it are not reported again as having no date.
        boolean dateBroken = y.has("date") && date == null;
        ZonedDateTime start = zone == null || dateBroken ? null : when(y, "start", date, zone);
        if (date == null && start != null && !y.has("date")) {
            date = start.toLocalDate();
        } else if (date != null && start != null && !start.toLocalDate().equals(date)) {
            y.problem("start", "start " + start.toLocalDateTime() + " is not on the session's date " + date,
                    "correct one of them, or leave date out");
            start = null;
        }
        ZonedDateTime end = zone == null || date == null ? null : when(y, "end", date, zone);
        boolean startGiven = y.optText("start").isPresent();
        if (startGiven != y.optText("end").isPresent()) {
            y.problem(startGiven ? "start" : "end", "give both start and end, or neither when the time is not known", null);
        } else if (start != null && end != null && !end.isAfter(start)) {
            y.problem("end", "end " + clock(end, date) + " is not after start " + clock(start, date),
                    "for a session that runs past midnight, write end as YYYY-MM-DDTHH:MM");
            start = null;
        }
        if (date != null && conference != null && !conference.isDay(date)) {
            y.problem(y.has("date") ? "date" : "start", "date " + date + " is outside the conference ("
                    + conference.startDate() + " to " + conference.endDate() + ")", "check the year and month");
        } else if (start != null && end != null && conference != null && end.toLocalDate().isAfter(conference.endDate())
                && !end.equals(conference.endDate().plusDays(1).atStartOfDay(zone))) {
            y.problem("end", "end " + end.toLocalDateTime() + " is after the conference's last day, "
                    + conference.endDate(), "end the session by midnight of the last day");
        }
        Room room = reference(y, "room", rooms, dataName + "/rooms.yaml");
        Track track = reference(y, "track", tracks, dataName + "/tracks.yaml");
        List<Speaker> chairs = references(y, "chairs", speakers, "speaker", "speaker");
        List<Speaker> people = references(y, "speakers", speakers, "speaker", "speaker");
        List<Paper> presented = references(y, "papers", papers, "paper", "paper");
        List<Link> links = links(y);
        String abstractText = markdown(y, "abstract");
        boolean sample = y.flag("sample");
        if (id == null || title == null || kind == null || date == null || conference == null) {
            return null;
        }
        boolean timed = start != null && end != null && end.isAfter(start);
        return new Session(id, kind, title, date, timed ? start : null, timed ? end : null, room, track, chairs, people,
                presented, abstractText, links, sample);
    }

    /** "09:30" on the session's own date, or the full local date and time otherwise. */
    private static String clock(ZonedDateTime t, LocalDate date) {
        return t.toLocalDate().equals(date) ? t.toLocalTime().toString() : t.toLocalDateTime().toString();
    }

    /**
     * A session's start or end: "HH:MM" on {@code date}, a local date and time, or a date and
     * time with an offset. Local times are read in the conference's zone; one that does not exist
     * there (clocks going forward) or happens twice (clocks going back) is a problem.
     */
    private ZonedDateTime when(YamlMap y, String key, LocalDate date, ZoneId zone) {
        Optional<String> found = y.optText(key);
        if (found.isEmpty()) {
            return null;
        }
        String text = found.get();
        LocalDateTime local;
        if (TIME.matcher(text).matches()) {
            if (date == null) {
                y.problem(key, "'" + key + "' " + text + " has no date", "add date: YYYY-MM-DD to the session");
                return null;
            }
            local = date.atTime(LocalTime.parse(text));
        } else {
            String iso = text.replaceFirst("^(\\d{4}-\\d\\d-\\d\\d) ", "$1T");
            try {
                return OffsetDateTime.parse(iso).atZoneSameInstant(zone);
            } catch (DateTimeParseException e) {
                // not with an offset; perhaps a local date and time
            }
            try {
                local = LocalDateTime.parse(iso);
            } catch (DateTimeParseException e) {
                y.problem(key, "'" + key + "' is not a time: '" + text + "'",
                        "write 24-hour \"HH:MM\" in the conference's time zone, e.g. \"09:30\", or YYYY-MM-DDTHH:MM");
                return null;
            }
        }
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            y.problem(key, "'" + key + "' " + local + " does not exist in " + zone.getId()
                    + ": the clocks go forward then", "correct the time");
            return null;
        }
        if (offsets.size() > 1) {
            y.problem(key, "'" + key + "' " + local + " happens twice in " + zone.getId() + ": the clocks go back then",
                    "add the offset, e.g. " + local + offsets.get(0).getId());
            return null;
        }
        return ZonedDateTime.ofLocal(local, zone, offsets.get(0));
    }

    /** A list of ids of one catalog, each checked: unknown ones and repeats are problems. */
    private <T> List<T> references(YamlMap y, String key, Catalog<T> known, String what, String fileStem) {
        List<T> out = new ArrayList<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (YamlMap.Item item : y.items(key)) {
            String ref = item.text();
            T value = known.items().get(ref);
            // Located at the item itself, which may be on a line of its own.
            if (!listed.add(ref)) {
                y.problems().add(y.at(item.node(), what + " '" + ref + "' is listed twice", "remove one of them"));
            } else if (value != null) {
                out.add(value);
            } else if (!known.knows(ref)) {
                y.problems().add(y.at(item.node(), "unknown " + what + " '" + ref + "'",
                        hintFor(ref, known.declared(), dataName + "/" + fileStem + "s.yaml")));
            }
        }
        return out;
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
        // Only ids written correctly are suggested: 'Room-B' is itself an error.
        String near = Suggest.nearest(id, known.stream().filter(k -> ID.matcher(k).matches()).toList());
        return near != null ? "did you mean '" + near + "'?" : "add it to " + where;
    }

    /**
     * Each session that starts before an earlier one in its room has ended is reported once, naming
     * the earlier session that ends last: linear after sorting, however many sessions share a time.
     */
    private void checkRoomClashes(List<Session> sessions, Map<String, YamlMap> yaml) {
        List<Session> timed = sessions.stream().filter(s -> s.isTimed() && s.room() != null)
                .sorted(java.util.Comparator.comparing(Session::start).thenComparing(Programme.TIMETABLE_ORDER)).toList();
        Map<String, Session> lastEnding = new java.util.HashMap<>();
        for (Session b : timed) {
            Session a = lastEnding.get(b.room().id());
            if (a != null && b.start().isBefore(a.end())) {
                yaml.get(b.id()).problem("room", "session '" + b.id() + "' overlaps '" + a.id() + "' in room '"
                        + a.room().id() + "'", "move one of them to another room or time");
            }
            if (a == null || b.end().isAfter(a.end())) {
                lastEnding.put(b.room().id(), b);
            }
        }
    }
}
