package org.confsite.export;

import java.nio.charset.StandardCharsets;
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
import java.util.function.Function;
import java.util.regex.Pattern;
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
 * What both formats of the schedule show, worked out once from the programme: the places
 * (rooms in use, then the place of sessions without a room), each day's events by place, the
 * stable ids and guids ({@link StableIds}), the acronym, slugs and absolute addresses. Written
 * as XML by {@link ScheduleXml} and as JSON by {@link ScheduleJson}; see {@link ScheduleExport}
 * for the rules.
 */
final class Schedule {
    /** The key naming the place of sessions without a room; room ids never hold "_", so no room has it. */
    static final String NO_ROOM_KEY = "no_room";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** A slug of a room or track both schemas accept: the id, when it has at least two characters. */
    private static final Pattern ROOM_SLUG = Pattern.compile("[a-z0-9_-]+[a-z0-9]");
    private static final Pattern TRACK_SLUG = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]");
    /** Characters a URI may hold as they are; others are %-encoded as UTF-8. */
    private static final String URI_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + "-._~:/?#[]@!$&'()*+,;=%";

    /** A room, or the place of sessions without one ({@code room} null). */
    record Place(String name, String guid, String slug, Room room) {
    }

    /** A person as both formats show them: {@code avatar} is null without a photo, {@code biography} "" without a bio. */
    record Person(String name, int id, String code, String guid, String url, String avatar, String biography,
            List<Ref> links) {
    }

    record Ref(String type, String title, String url) {
    }

    /** One exported session with every value both formats show. */
    record Event(Session session, Place place, int id, String code, String guid, String date, String start, String end,
            String duration, String slug, String url, String language, List<Person> persons, List<Ref> links,
            List<Ref> attachments) {
    }

    record DayPlan(int index, LocalDate date, String start, String end, Map<Place, List<Event>> rooms) {
    }

    final Programme programme;
    final Conference conference;
    final ZoneId zone;
    final String baseUrl;
    final String language;
    final String acronym;
    final List<DayPlan> days = new ArrayList<>();
    private final StableIds ids;
    private final List<Place> places = new ArrayList<>();
    private final Map<String, Place> placesByRoom = new LinkedHashMap<>();
    private final Place noRoom;
    private final Map<String, Integer> eventIds;
    private final Map<String, Integer> personIds;
    private final Map<String, String> eventCodes;
    private final Map<String, String> personCodes;
    private final String sampleLabel;
    private final LinkRefs refs;
    /** While the days are planned: the end of the day before. */
    private ZonedDateTime previousEnd;

    /** See {@link ScheduleExport#ScheduleExport(Programme, String, String, String, String, Function)}. */
    Schedule(Programme programme, String baseUrl, String language, String noRoomName, String sampleLabel,
            Function<Link, String> linkTitles) {
        this.sampleLabel = sampleLabel;
        if (!baseUrl.matches("https?://[^/\\s]+/\\S*") || !baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("the site's address must be an absolute http(s) URL ending in /: " + baseUrl);
        }
        this.programme = programme;
        this.conference = programme.getConference();
        this.zone = conference.timeZone();
        this.baseUrl = encode(baseUrl);
        this.refs = new LinkRefs(this.baseUrl, linkTitles);
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
        noRoom = new Place(uniqueName(noRoomName, names), ids.guid("rooms/" + NO_ROOM_KEY).toString(), NO_ROOM_KEY, null);
        places.add(noRoom);
        eventIds = ids.integerIds(programme.getSessions().stream().map(Session::id).toList(), "sessions/");
        Set<String> people = new LinkedHashSet<>(programme.getSpeakers().stream().map(Speaker::id).toList());
        programme.getSessions().forEach(s -> s.people().forEach(p -> people.add(p.id())));
        personIds = ids.integerIds(List.copyOf(people), "speakers/");
        eventCodes = codes(programme.getSessions().stream().map(Session::id).toList(), "sessions/");
        personCodes = codes(List.copyOf(people), "speakers/");
        int index = 1;
        for (Day day : programme.getDays()) {
            days.add(plan(index++, day));
        }
    }

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
        List<Person> persons = s.people().stream().map(this::person).toList();
        List<Ref> links = new ArrayList<>(refs.links(s.links()));
        // Every paper presented: where to read it, else its page here (which names its authors).
        for (Paper paper : s.papers()) {
            String url = paper.getReadUrl().isEmpty() ? baseUrl + paper.page() : encode(paper.getReadUrl());
            links.add(new Ref("paper", paper.title(), url));
        }
        return new Event(s, place, eventIds.get(s.id()), eventCodes.get(s.id()), ids.guid(s.page()).toString(),
                dateTime(start), start.format(CLOCK), dateTime(s.end()), duration, slug,
                baseUrl + s.page(), s.language().isEmpty() ? language : s.language(), persons, links,
                refs.attachments(s.links()));
    }

    private Person person(Speaker p) {
        String avatar = p.photo().isEmpty() ? null : baseUrl + encode(p.photo());
        return new Person(p.name(), personIds.get(p.id()), personCodes.get(p.id()), ids.guid(p.page()).toString(),
                baseUrl + p.page(), avatar, p.bio(), refs.all(p.links()));
    }

    /**
     * Short codes of the kind pretalx gives talks and speakers (six digits and capital letters),
     * derived from each key's guid like {@link StableIds#integerIds}, so they stay the same from
     * build to build; a rare collision moves the later key (in sorted order) to the next free code.
     */
    private Map<String, String> codes(List<String> keys, String pathPrefix) {
        long space = 36L * 36 * 36 * 36 * 36 * 36;
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        Set<Long> taken = new HashSet<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : sorted) {
            long n = (ids.guid(pathPrefix + key).getLeastSignificantBits() >>> 1) % space;
            while (!taken.add(n)) {
                n = (n + 1) % space;
            }
            String code = Long.toString(n, 36).toUpperCase(Locale.ROOT);
            out.put(key, "0".repeat(6 - code.length()) + code);
        }
        return out;
    }

    /** An address with its non-URI characters %-encoded as UTF-8. */
    static String encode(String url) {
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
    String timeslot() {
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
    List<Track> tracks() {
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
    List<Place> placesInUse() {
        return places.stream().filter(p -> days.stream().anyMatch(d -> d.rooms().containsKey(p))).toList();
    }

    static String trackSlug(Track track) {
        return TRACK_SLUG.matcher(track.id()).matches() ? track.id() : null;
    }

    /** The illustrative mark of a session, or null. */
    String subtitle(Session s) {
        return s.isIllustrative() && !sampleLabel.isEmpty() ? sampleLabel : null;
    }
}
