package org.confsite.programme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.confsite.error.Problems;
import org.confsite.yaml.YamlMap;
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

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern HTTP = Pattern.compile("https?://[^\\s/]+\\S*");
    private static final Pattern WEB = Pattern.compile("(https?://[^\\s/]+\\S*|mailto:\\S+@\\S+)");
    private static final Pattern SITE_PATH = Pattern.compile("/?(?!/)[^\\s:]*(#\\S*)?");
    /** Link destinations in Markdown: inline [text](url), autolinks <url> and reference definitions [id]: url. */
    private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*\\.(jpe?g|png|webp|avif|gif|svg)");

    private final Path dataDir;
    private final String dataName;
    private final Path assetsDir;
    private final String assetsName;
    private final Problems problems = new Problems();
    private final org.confsite.yaml.DataFolder folder;
    private final Translations translations;
    private final Fields fields;

    private ProgrammeLoader(Path dataDir, String dataName, Path assetsDir, String assetsName, Set<String> languages) {
        this.translations = new Translations(languages);
        this.dataDir = dataDir;
        this.dataName = dataName;
        this.folder = new org.confsite.yaml.DataFolder(dataDir, dataName, problems);
        this.assetsDir = assetsDir;
        this.assetsName = assetsName;
        this.fields = new Fields(dataName, assetsDir, assetsName);
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
        SessionReader sessions = new SessionReader(fields, translations, dataName);
        List<Session> read = new ArrayList<>();
        Map<String, YamlMap> sessionYaml = new LinkedHashMap<>();
        Set<String> sessionIds = new HashSet<>();
        List<YamlMap> sessionEntries = list("sessions.yaml", "sessions");
        for (YamlMap y : sessionEntries == null ? List.<YamlMap>of() : sessionEntries) {
            Session s = sessions.read(y, conference, rooms, tracks, speakers, papers);
            // A repeated id is reported even when one of the two entries has other problems.
            String id = y.optText("id").filter(i -> ID.matcher(i).matches()).orElse(null);
            if (id != null && !sessionIds.add(id)) {
                y.problem("id", "duplicate session id '" + id + "'", "ids must be unique; rename one");
                continue;
            }
            if (s != null) {
                sessionYaml.put(s.id(), y);
                read.add(s);
            }
        }
        if (conference != null) {
            SessionReader.checkRoomClashes(read, sessionYaml);
        }
        problems.throwIfAny();
        return new Programme(conference, List.copyOf(rooms.items().values()), List.copyOf(tracks.items().values()),
                List.copyOf(speakers.items().values()), List.copyOf(papers.items().values()), read, translations);
    }

    private YamlMap read(String fileName, boolean required) {
        return folder.read(fileName, required);
    }

    private List<YamlMap> list(String fileName, String key) {
        return folder.list(fileName, key);
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

    /** The entry's id, checked: null (with a problem) when it is missing or not a slug. */
    static String id(YamlMap y) {
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
                "sample", "origin")));
        y.optText("id").ifPresent(id -> translations.read(y, "room", id, Translations.ROOM));
        String name = y.text("name");
        // Every field is read, and so checked, even when the entry is already known to be broken.
        String building = y.optText("building").orElse("");
        String floor = y.optText("floor").orElse("");
        Integer capacity = y.optInteger("capacity", 1, 1_000_000).orElse(null);
        String accessibility = y.optText("accessibility").orElse("");
        boolean sample = y.flag("sample");
        String origin = y.optText("origin").orElse("");
        return name == null ? null
                : new Room(y.optText("id").orElse(""), name, building, floor, capacity, accessibility, sample, origin);
    }

    private Track track(YamlMap y) {
        y.rejectUnknown(translations.allowing(Set.of("id", "name", "colour", "origin")));
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
        String origin = y.optText("origin").orElse("");
        return name == null ? null
                : new Track(y.optText("id").orElse(""), name, colour.toLowerCase(java.util.Locale.ROOT), origin);
    }

    private Speaker speaker(YamlMap y) {
        y.rejectUnknown(translations.allowing(Set.of("id", "name", "affiliation", "country", "bio", "photo", "links",
                "sample", "origin")));
        y.optText("id").ifPresent(id -> translations.read(y, "speaker", id, Translations.SPEAKER));
        String name = y.text("name");
        String affiliation = y.optText("affiliation").orElse("");
        String country = y.optText("country").orElse("");
        String bio = fields.markdown(y, "bio");
        String photo = fields.photo(y);
        List<Link> links = fields.links(y);
        boolean sample = y.flag("sample");
        String origin = y.optText("origin").orElse("");
        return name == null ? null
                : new Speaker(y.optText("id").orElse(""), name, affiliation, country, bio, photo, links, sample, origin);
    }

    private Paper paper(YamlMap y, Catalog<Speaker> speakers) {
        y.rejectUnknown(translations.allowing(Set.of("id", "title", "authors", "abstract", "doi", "url", "links", "sample",
                "origin")));
        y.optText("id").ifPresent(id -> translations.read(y, "paper", id, Translations.PAPER));
        String title = y.text("title");
        List<Speaker> authors = fields.references(y, "authors", speakers, "author", "speaker");
        String abstractText = fields.markdown(y, "abstract");
        boolean sample = y.flag("sample");
        String doi = y.optText("doi").orElse("");
        if (!doi.isEmpty() && !Doi.PATTERN.matcher(doi).matches()) {
            y.problem("doi", "'doi' is not a DOI: '" + doi + "'",
                    "write the DOI alone, starting 10., e.g. 10.1145/3657054.3657060");
            doi = "";
        }
        String url = y.optText("url").orElse("");
        if (!url.isEmpty() && !HTTP.matcher(url).matches()) {
            y.problem("url", "'url' is not a web address: '" + url + "'", "write https://...");
            url = "";
        }
        List<Link> links = fields.links(y);
        String origin = y.optText("origin").orElse("");
        return title == null ? null
                : new Paper(y.optText("id").orElse(""), title, authors, abstractText, doi, url, sample, origin, links);
    }

}
