package org.confsite.importer;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.confsite.bake.Slugs;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.programme.VideoEmbed;

/**
 * Turns a schedule export into this site's programme: rooms in the export's order, tracks with
 * their colours, people, and sessions with their kind (from the event's type), times in the
 * conference's zone (days past midnight included), texts, links, languages and recording
 * opt-outs. Every quirk of a real export is either assumed with a warning that says what was
 * assumed, or a problem at the event's line.
 */
final class ScheduleMapping {
    static final Set<String> SESSION_FIELDS = Set.of("kind", "title", "date", "start", "end", "room", "track", "speakers",
            "abstract", "description", "language", "links", "do_not_record");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern DAYS_CLOCK = Pattern.compile("(\\d+)[:.](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern SPEAKER_PAGE = Pattern.compile(".*/speakers/([a-z0-9]+(?:-[a-z0-9]+)*)\\.html");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:[,;、，]|\\s+and\\s+|\\s+&\\s+|\\s+und\\s+)\\s*");
    /** Words of an event's type, and the session kind each means; the first that matches wins. */
    private static final List<Map.Entry<String, String>> TYPE_WORDS = List.of(
            Map.entry("keynote", "keynote"), Map.entry("plenary", "keynote"), Map.entry("panel", "panel"),
            Map.entry("poster", "poster"), Map.entry("doctoral", "doctoral"), Map.entry("demo", "demo"),
            Map.entry("workshop", "workshop"), Map.entry("tutorial", "tutorial"), Map.entry("forum", "forum"),
            Map.entry("ceremony", "ceremony"), Map.entry("opening", "ceremony"), Map.entry("closing", "ceremony"),
            Map.entry("award", "ceremony"), Map.entry("break", "break"), Map.entry("lunch", "break"),
            Map.entry("coffee", "break"), Map.entry("social", "social"), Map.entry("party", "social"),
            Map.entry("reception", "social"), Map.entry("dinner", "social"), Map.entry("visit", "visit"),
            Map.entry("tour", "visit"), Map.entry("paper", "paper"), Map.entry("talk", "talk"),
            Map.entry("lecture", "talk"), Map.entry("presentation", "talk"));
    private static final Set<String> KINDS = Set.of("keynote", "paper", "panel", "poster", "doctoral", "demo", "workshop",
            "tutorial", "forum", "ceremony", "social", "visit", "break", "talk");

    private final Exported in;
    private final Problems problems;
    private final ImportPlan plan = new ImportPlan();
    private final boolean ownExport;

    private ScheduleMapping(Exported in, Problems problems) {
        this.in = in;
        this.problems = problems;
        this.ownExport = "confsite".equals(in.generator());
    }

    /** The plan, or null with the problems added when the export is refused. */
    static ImportPlan map(Exported in, String zoneOption, Problems problems) {
        return new ScheduleMapping(in, problems).run(zoneOption);
    }

    private ImportPlan run(String zoneOption) {
        LocalDate start = date(in.start(), "conference start");
        LocalDate end = date(in.end(), "conference end");
        ZoneId zone = zone(zoneOption);
        if (start == null || end == null || zone == null) {
            return null;
        }
        String acronym = in.acronym() == null ? "" : in.acronym();
        if (acronym.isEmpty()) {
            plan.warn(in.file() + ": the conference has an empty acronym; data/conference.yaml keeps its own");
        } else {
            plan.conference.put("acronym", acronym);
        }
        if (in.title() == null || in.title().isEmpty()) {
            problems.add(Problem.inFile(in.file(), "the conference has no title", "export the schedule again"));
        } else {
            plan.conference.put("full_name", in.title());
        }

        Map<String, String> roomOrigins = rooms();
        Map<String, String> trackOrigins = tracks();
        List<Exported.Event> events = distinct(in.events());
        ImportPlan.Part speakers = new ImportPlan.Part("speakers.yaml", "speakers", "schedule-person:", Set.of("name", "bio"),
                new ArrayList<>());
        Map<String, String> personOrigins = new HashMap<>();
        String mainLanguage = events.stream().map(Exported.Event::language).filter(l -> l != null && !l.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Map<String, String> keyedByName = new HashMap<>();
        events.forEach(e -> e.persons().stream().filter(p -> p.key() != null && p.name() != null)
                .forEach(p -> keyedByName.putIfAbsent(p.name(), p.key())));
        List<ImportPlan.Entry> sessions = new ArrayList<>();
        Set<String> unknownTypes = new LinkedHashSet<>();
        int zMarked = 0;
        int namesAsText = 0;
        int subtitles = 0;
        LocalDate lastDay = end;
        for (Exported.Event e : events) {
            Map<String, Object> f = new LinkedHashMap<>();
            String title = e.title();
            if (title == null || title.isEmpty()) {
                problems.add(Problem.at(in.file(), e.line(), 1, "event " + name(e) + " has no title",
                        "give it one in the source system"));
                continue;
            }
            f.put("kind", kind(e.type(), unknownTypes));
            f.put("title", title);
            Times times = times(e, zone);
            if (times == null) {
                continue;
            }
            zMarked += times.zAssumedLocal ? 1 : 0;
            LocalDate day = times.start.toLocalDate();
            if (day.isBefore(start) || day.isAfter(end.plusDays(1))) {
                problems.add(Problem.at(in.file(), e.line(), 1, "event " + name(e) + " starts on " + day
                        + ", outside the conference (" + start + " to " + end + ")", "correct its date in the source system"));
                continue;
            }
            if (day.isAfter(lastDay)) {
                lastDay = day;
            }
            f.put("date", day);
            if (times.end != null) {
                f.put("start", clock(times.start, day, zone));
                f.put("end", clock(times.end, day, zone));
            }
            Exported.Room room = in.rooms().stream().filter(r -> r.name() != null && r.name().equals(e.room()))
                    .findFirst().orElse(null);
            if (room != null && roomOrigins.containsKey(room.name())) {
                f.put("room", new ImportPlan.Ref(roomOrigins.get(room.name())));
            }
            if (e.track() != null && trackOrigins.containsKey(e.track())) {
                f.put("track", new ImportPlan.Ref(trackOrigins.get(e.track())));
            }
            List<ImportPlan.Ref> people = new ArrayList<>();
            for (Exported.Person p : e.persons()) {
                List<Exported.Person> split = p.key() == null && e.namesAsText() ? split(p) : List.of(p);
                for (Exported.Person one : split) {
                    if (one.name() == null || one.name().isEmpty()) {
                        problems.add(Problem.at(in.file(), one.line(), 1, "a person of event " + name(e) + " has no name",
                                "give the person a name in the source system"));
                        continue;
                    }
                    // A person named only by text is the person of that name the export lists elsewhere.
                    String key = one.key() != null ? one.key() : keyedByName.getOrDefault(one.name(), one.name());
                    String origin = "schedule-person:" + key;
                    if (!personOrigins.containsKey(origin)) {
                        personOrigins.put(origin, origin);
                        Map<String, Object> person = new LinkedHashMap<>();
                        person.put("name", one.name());
                        if (one.biography() != null && !one.biography().isEmpty()) {
                            person.put("bio", one.biography());
                        }
                        speakers.entries().add(new ImportPlan.Entry(origin, personId(one), person, one.line()));
                    }
                    ImportPlan.Ref ref = new ImportPlan.Ref(origin);
                    if (!people.contains(ref)) {
                        people.add(ref);
                    }
                }
            }
            namesAsText += e.namesAsText() ? 1 : 0;
            if (!people.isEmpty()) {
                f.put("speakers", people);
            }
            putText(f, "abstract", e.abstractText());
            putText(f, "description", e.description());
            if (e.language() != null && !e.language().isEmpty() && !e.language().equals(mainLanguage)) {
                String tag = Locale.forLanguageTag(e.language().replace('_', '-')).toLanguageTag();
                if ("und".equals(tag)) {
                    plan.warn(in.file() + ":" + e.line() + ": language '" + e.language() + "' of event " + name(e)
                            + " is not a language tag; left out");
                } else {
                    f.put("language", tag);
                }
            }
            List<Map<String, Object>> links = links(e);
            if (!links.isEmpty()) {
                f.put("links", links);
            }
            if (Boolean.TRUE.equals(e.doNotRecord())) {
                f.put("do_not_record", true);
            }
            subtitles += e.subtitle() != null && !e.subtitle().isEmpty() && !ownExport ? 1 : 0;
            sessions.add(new ImportPlan.Entry("schedule:" + key(e), sessionId(e, acronym), f, e.line()));
        }
        if (!unknownTypes.isEmpty()) {
            plan.warn(in.file() + ": event types " + String.join(", ", unknownTypes.stream().map(t -> "'" + t + "'").toList())
                    + " are not session kinds of this site; those events were imported as kind: talk");
        }
        if (zMarked > 0) {
            plan.warn(in.file() + ": " + zMarked + " events give their date in UTC ('Z') with the same clock time as their"
                    + " start; read as local times in " + zone.getId());
        }
        if (namesAsText > 0) {
            plan.warn(in.file() + ": " + namesAsText + " events name their people as one string; split at commas and 'and'");
        }
        if (subtitles > 0) {
            plan.warn(in.file() + ": " + subtitles + " events have a subtitle; this site has no subtitle field, so they were"
                    + " left out");
        }
        if (lastDay.isAfter(end)) {
            plan.warn(in.file() + ": events start after midnight of the last day; end_date set to " + lastDay);
        }
        plan.conference.put("start_date", start);
        plan.conference.put("end_date", lastDay);
        plan.conference.put("time_zone", zone.getId());
        plan.add(speakers);
        plan.add(new ImportPlan.Part("sessions.yaml", "sessions", "schedule:", SESSION_FIELDS, sessions));
        return plan;
    }

    private Map<String, String> rooms() {
        Map<String, String> origins = new LinkedHashMap<>();
        List<ImportPlan.Entry> entries = new ArrayList<>();
        for (Exported.Room r : in.rooms()) {
            if (r.name() == null || r.name().isEmpty()) {
                problems.add(Problem.at(in.file(), r.line(), 1, "a room has no name", "name every room in the source system"));
                continue;
            }
            if (ownExport && in.baseUrl() != null && in.baseUrl().matches("https?://.+/")
                    && org.confsite.export.ScheduleExport.noRoomGuid(in.baseUrl()).equals(r.guid())) {
                continue; // this generator's column of sessions that have no room
            }
            String origin = "schedule-room:" + (r.guid() != null && !r.guid().isEmpty() ? r.guid() : r.name());
            origins.put(r.name(), origin);
            String id = r.slug() != null && Slugs.isSlug(r.slug()) ? r.slug() : Slugs.transliterated(r.name());
            entries.add(new ImportPlan.Entry(origin, id.isEmpty() ? "room" : id, new LinkedHashMap<>(Map.of("name", r.name())),
                    r.line()));
        }
        plan.add(new ImportPlan.Part("rooms.yaml", "rooms", "schedule-room:", Set.of("name"), entries));
        return origins;
    }

    private Map<String, String> tracks() {
        Map<String, String> origins = new LinkedHashMap<>();
        List<ImportPlan.Entry> entries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        in.events().forEach(e -> used.add(e.track()));
        List<Exported.Track> all = new ArrayList<>(in.tracks());
        // Tracks that events name but the conference does not list.
        used.stream().filter(t -> t != null && !t.isEmpty() && all.stream().noneMatch(x -> t.equals(x.name()))).sorted()
                .forEach(t -> all.add(new Exported.Track(t, null, null, 1)));
        for (Exported.Track t : all) {
            if (t.name() == null || t.name().isEmpty() || origins.containsKey(t.name())) {
                continue;
            }
            String origin = "schedule-track:" + t.name();
            origins.put(t.name(), origin);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", t.name());
            if (t.colour() != null && COLOUR.matcher(t.colour()).matches()) {
                f.put("colour", t.colour().toLowerCase(Locale.ROOT));
            } else if (t.colour() != null && !t.colour().isEmpty()) {
                plan.warn(in.file() + ":" + t.line() + ": track '" + t.name() + "' has colour '" + t.colour()
                        + "', not #rrggbb; left out");
            }
            String id = t.slug() != null && Slugs.isSlug(t.slug()) ? t.slug() : Slugs.transliterated(t.name());
            entries.add(new ImportPlan.Entry(origin, id.isEmpty() ? "track" : id, f, t.line()));
        }
        plan.add(new ImportPlan.Part("tracks.yaml", "tracks", "schedule-track:", Set.of("name", "colour"), entries));
        return origins;
    }

    /** Each event once: an event listed again (in another room, or twice) is kept where it is first listed. */
    private List<Exported.Event> distinct(List<Exported.Event> events) {
        Map<String, List<Exported.Event>> byKey = new LinkedHashMap<>();
        for (Exported.Event e : events) {
            byKey.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
        }
        List<Exported.Event> kept = new ArrayList<>();
        byKey.forEach((k, list) -> {
            kept.add(list.get(0));
            if (list.size() > 1) {
                plan.warn(in.file() + ":" + list.get(1).line() + ": event " + name(list.get(0)) + " is listed " + list.size()
                        + " times (rooms " + list.stream().map(Exported.Event::room).distinct().collect(Collectors.joining(", "))
                        + "); kept once, in " + list.get(0).room() + " (line " + list.get(0).line() + ")");
            }
        });
        kept.sort(Comparator.comparingInt(Exported.Event::line));
        return kept;
    }

    private static String key(Exported.Event e) {
        if (e.guid() != null && !e.guid().isEmpty()) {
            return e.guid();
        }
        if (e.id() != null && !e.id().isEmpty()) {
            return e.id();
        }
        return e.slug() != null && !e.slug().isEmpty() ? e.slug() : "line-" + e.line();
    }

    private static String name(Exported.Event e) {
        return "'" + (e.title() == null || e.title().isEmpty() ? key(e) : e.title()) + "'";
    }

    private String kind(String type, Set<String> unknown) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT).strip();
        if (KINDS.contains(t)) {
            return t;
        }
        for (Map.Entry<String, String> word : TYPE_WORDS) {
            if (t.contains(word.getKey())) {
                return word.getValue();
            }
        }
        if (!t.isEmpty()) {
            unknown.add(type);
        }
        return "talk";
    }

    private record Times(ZonedDateTime start, ZonedDateTime end, boolean zAssumedLocal) {
    }

    /** The event's start and end in the conference's zone; null (with a problem) when they cannot be read. */
    private Times times(Exported.Event e, ZoneId zone) {
        ZonedDateTime start;
        boolean assumed = false;
        String date = e.date();
        LocalTime clock = e.start() == null ? null : clock(e.start());
        if (date != null && !date.isEmpty()) {
            try {
                OffsetDateTime at = OffsetDateTime.parse(date);
                start = at.atZoneSameInstant(zone);
                boolean utcMarked = at.getOffset().equals(ZoneOffset.UTC);
                if (utcMarked && clock != null && at.toLocalTime().equals(clock)
                        && !zone.getRules().getOffset(at.toInstant()).equals(ZoneOffset.UTC)) {
                    start = at.toLocalDateTime().atZone(zone);
                    assumed = true;
                }
            } catch (DateTimeParseException notOffset) {
                try {
                    start = LocalDateTime.parse(date).atZone(zone);
                } catch (DateTimeParseException e2) {
                    problems.add(Problem.at(in.file(), e.line(), 1, "event " + name(e) + " has date '" + date
                            + "', not a date and time", "the export writes e.g. 2024-06-11T09:00:00+08:00"));
                    return null;
                }
            }
        } else if (e.day() != null && clock != null) {
            LocalDate day = date(e.day(), "day of event " + name(e));
            if (day == null) {
                return null;
            }
            start = day.atTime(clock).atZone(zone);
        } else {
            problems.add(Problem.at(in.file(), e.line(), 1, "event " + name(e) + " has no date", "give it a date and start"));
            return null;
        }
        Duration length = duration(e.duration());
        if (length == null) {
            problems.add(Problem.at(in.file(), e.line(), 1, "event " + name(e) + " has duration '" + e.duration()
                    + "', not HH:MM", "give its length as HH:MM"));
            return null;
        }
        if (length.isZero()) {
            plan.warn(in.file() + ":" + e.line() + ": event " + name(e) + " lasts 00:00; imported with its date only");
            return new Times(start, null, assumed);
        }
        return new Times(start, start.plus(length), assumed);
    }

    private static LocalTime clock(String text) {
        Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            return null;
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private static Duration duration(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher days = DAYS_CLOCK.matcher(text.strip());
        if (days.matches()) {
            return Duration.ofDays(Long.parseLong(days.group(1))).plusHours(Long.parseLong(days.group(2)))
                    .plusMinutes(Long.parseLong(days.group(3)));
        }
        Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) > 59) {
            return null;
        }
        return Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)));
    }

    /** "HH:MM" on the session's date; the full local date and time past midnight; with the offset when the clock repeats. */
    private static String clock(ZonedDateTime t, LocalDate day, ZoneId zone) {
        LocalDateTime local = t.toLocalDateTime();
        if (zone.getRules().getValidOffsets(local).size() > 1) {
            return local.withSecond(0).withNano(0) + t.getOffset().getId();
        }
        String hm = String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
        return t.toLocalDate().equals(day) ? hm : t.toLocalDate() + "T" + hm;
    }

    private LocalDate date(String text, String what) {
        if (text == null || text.isEmpty()) {
            problems.add(Problem.inFile(in.file(), "the " + what + " date is missing", "export the schedule again"));
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.inFile(in.file(), "the " + what + " date '" + text + "' is not YYYY-MM-DD",
                    "export the schedule again"));
            return null;
        }
    }

    /** The zone: the option, else the export's time_zone_name, else one read from the events' offsets. */
    private ZoneId zone(String option) {
        String name = option != null ? option : in.timeZone();
        if (name != null && !name.isEmpty()) {
            try {
                return ZoneId.of(name);
            } catch (DateTimeException e) {
                problems.add(Problem.inFile(option != null ? "--time-zone" : in.file(), "'" + name + "' is not a time zone",
                        "give an IANA zone name such as Europe/Berlin or Asia/Taipei"));
                return null;
            }
        }
        Set<ZoneOffset> offsets = new LinkedHashSet<>();
        for (Exported.Event e : in.events()) {
            try {
                offsets.add(OffsetDateTime.parse(e.date()).getOffset());
            } catch (DateTimeParseException | NullPointerException ignored) {
                // an event without a readable date is reported with its line later
            }
        }
        if (offsets.size() == 1) {
            ZoneOffset offset = offsets.iterator().next();
            plan.warn(in.file() + ": the export names no time zone; its times are all at " + offset.getId()
                    + ", so the zone is UTC" + offset.getId() + " (give --time-zone, e.g. Europe/Berlin, for a named zone)");
            return ZoneId.ofOffset("UTC", offset);
        }
        problems.add(Problem.inFile(in.file(), "the export names no time zone and its times have "
                + (offsets.isEmpty() ? "no offsets" : "several offsets (" + offsets + ")"),
                "give the conference's zone: --time-zone Europe/Berlin"));
        return null;
    }

    private List<Exported.Person> split(Exported.Person p) {
        List<Exported.Person> people = new ArrayList<>();
        for (String name : NAME_SEPARATORS.split(p.name())) {
            if (!name.isBlank()) {
                people.add(new Exported.Person(null, name.strip(), null, null, p.line()));
            }
        }
        return people;
    }

    private List<Map<String, Object>> links(Exported.Event e) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (Exported.Link l : e.links()) {
            String url = l.url() == null ? "" : l.url().strip();
            if (!url.matches("(?i)(https?://|mailto:)\\S+")) {
                plan.warn(in.file() + ":" + e.line() + ": link '" + url + "' of event " + name(e)
                        + " is not an http(s) or mailto address; left out");
                continue;
            }
            if (ownExport && !l.attachment() && "paper".equals(l.type())) {
                continue; // this generator lists a session's papers as links; papers.yaml holds them
            }
            Map<String, Object> link = new LinkedHashMap<>();
            String type = linkType(l, url);
            if (type != null) {
                link.put("type", type);
            }
            link.put("title", l.title() == null || l.title().isEmpty() ? url : l.title());
            link.put("url", url);
            links.add(link);
        }
        return links;
    }

    /**
     * The type a link comes back with: slides (a link or attachment of type slides), a paper (an
     * attachment of type paper), a video (a link of type media, on a host whose player the site
     * can show, or on another host); null for a plain link: the formats' other types (web,
     * related ...) say nothing a page shows, and a mail address is always plain.
     */
    private static String linkType(Exported.Link l, String url) {
        if (l.type() == null || !url.matches("(?i)https?://\\S+")) {
            return null;
        }
        return switch (l.type()) {
            case "slides" -> "slides";
            case "paper" -> l.attachment() ? "paper" : null;
            case "media" -> VideoEmbed.hostOf(url) == null || VideoEmbed.of(url).isPresent() ? "video" : null;
            default -> null;
        };
    }

    private static void putText(Map<String, Object> f, String key, String text) {
        if (text != null && !text.isBlank()) {
            f.put(key, text.strip().replace("\r\n", "\n"));
        }
    }

    /** The session's id: the slug without the acronym (this generator's slugs are acronym-id), else the title's. */
    private static String sessionId(Exported.Event e, String acronym) {
        String slug = e.slug() == null ? "" : e.slug();
        String prefix = acronym.toLowerCase(Locale.ROOT) + "-";
        if (!acronym.isEmpty() && slug.startsWith(prefix)) {
            // This generator writes ids shorter than four characters as session_<id> (the schemas' minimum length).
            String rest = slug.substring(prefix.length()).replaceFirst("^session_", "");
            if (Slugs.isSlug(rest) && !Character.isDigit(rest.charAt(0))) {
                return rest;
            }
        }
        return shorten(Slugs.transliterated(e.title() == null ? "" : e.title()), "session");
    }

    private String personId(Exported.Person p) {
        if (p.url() != null) {
            Matcher m = SPEAKER_PAGE.matcher(p.url());
            if (ownExport && m.matches()) {
                return m.group(1);
            }
        }
        return shorten(Slugs.transliterated(p.name()), "person");
    }

    /** At most 60 characters, cut at a hyphen; {@code fallback} when nothing is left. */
    static String shorten(String slug, String fallback) {
        if (slug.isEmpty()) {
            return fallback;
        }
        if (slug.length() <= 60) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', 60);
        return slug.substring(0, cut > 20 ? cut : 60).replaceAll("-+$", "");
    }
}
