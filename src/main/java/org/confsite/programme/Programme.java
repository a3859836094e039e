package org.confsite.programme;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The whole programme, joined by ids and immutable. Sessions are kept in timetable order: by
 * date, timed sessions by start then room, sessions without a time last in their day.
 *
 * <p>Somewhat over 300 lines, and kept whole: it is the one object templates ask about the
 * programme, and its joins (who is in which session, which paper where, the days, the
 * translations) answer from the same indexes.
 */
public final class Programme {
    public static final Comparator<Session> TIMETABLE_ORDER = Comparator
            .comparing(Session::date)
            .thenComparing(s -> s.isTimed() ? 0 : 1)
            .thenComparing(s -> s.isTimed() ? s.start().toLocalTime() : LocalTime.MIN)
            .thenComparing(s -> s.room() == null ? "" : s.room().name())
            .thenComparing(Session::id);

    /** How a person takes part in a session. */
    public enum Role {
        CHAIR, SPEAKER, AUTHOR;

        /** The message key of the role's label, e.g. {@code role.chair}. */
        public String messageKey() {
            return "role." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A session a person takes part in, and how: one or more roles, in the order of {@link Role}. */
    public record Appearance(Session session, List<Role> roles) {
        public Appearance {
            roles = List.copyOf(roles);
        }

        /** True when the person is on stage, as chair or speaker, not only as an author. */
        public boolean isOnStage() {
            return roles.contains(Role.CHAIR) || roles.contains(Role.SPEAKER);
        }
    }

    private final Conference conference;
    private final Translations translations;
    /** The language key this programme's text is in ("" for the main language). */
    private final String language;
    private final List<Room> rooms;
    private final List<Track> tracks;
    private final List<Speaker> speakers;
    private final List<Paper> papers;
    private final List<Session> sessions;
    private final Map<String, Session> sessionsById = new LinkedHashMap<>();
    private final Map<String, Speaker> speakersById = new LinkedHashMap<>();
    private final Map<String, Paper> papersById = new LinkedHashMap<>();
    private final Map<String, List<Appearance>> appearances = new LinkedHashMap<>();
    private final Map<String, List<Paper>> papersByAuthor = new LinkedHashMap<>();
    private final Map<String, List<Session>> sessionsByPaper = new LinkedHashMap<>();
    private final Map<String, Session> previousInRoom = new LinkedHashMap<>();
    private final Map<String, Session> nextInRoom = new LinkedHashMap<>();
    private final List<Day> days;
    private final Map<java.time.LocalDate, Timetable> timetables = new LinkedHashMap<>();
    private final List<SessionKind> kindsInUse;
    private final List<Track> tracksInUse;

    public Programme(Conference conference, List<Room> rooms, List<Track> tracks, List<Speaker> speakers,
            List<Paper> papers, List<Session> sessions) {
        this(conference, rooms, tracks, speakers, papers, sessions, Translations.none(), "", null);
    }

    Programme(Conference conference, List<Room> rooms, List<Track> tracks, List<Speaker> speakers,
            List<Paper> papers, List<Session> sessions, Translations translations) {
        this(conference, rooms, tracks, speakers, papers, sessions, translations, "", null);
    }

    /** @param names the order of people's names and papers' titles in this language; null: by lowercase text */
    private Programme(Conference conference, List<Room> rooms, List<Track> tracks, List<Speaker> speakers,
            List<Paper> papers, List<Session> sessions, Translations translations, String language,
            java.text.Collator names) {
        this.translations = translations;
        this.language = language;
        this.conference = conference;
        this.rooms = List.copyOf(rooms);
        this.tracks = List.copyOf(tracks);
        Comparator<String> text = names != null ? names::compare
                : Comparator.comparing((String t) -> t.toLowerCase(Locale.ROOT));
        this.speakers = speakers.stream().sorted(Comparator.comparing(Speaker::name, text).thenComparing(Speaker::id)).toList();
        this.papers = papers.stream().sorted(Comparator.comparing(Paper::title, text).thenComparing(Paper::id)).toList();
        this.sessions = sessions.stream().sorted(TIMETABLE_ORDER).toList();
        this.speakers.forEach(s -> speakersById.put(s.id(), s));
        this.papers.forEach(p -> papersById.put(p.id(), p));
        for (Paper paper : this.papers) {
            for (Speaker author : paper.authors()) {
                papersByAuthor.computeIfAbsent(author.id(), k -> new ArrayList<>()).add(paper);
            }
        }
        Map<String, Session> lastInRoom = new LinkedHashMap<>();
        for (Session session : this.sessions) {
            sessionsById.put(session.id(), session);
            Map<String, Set<Role>> roles = new LinkedHashMap<>();
            session.chairs().forEach(p -> roles.computeIfAbsent(p.id(), k -> EnumSet.noneOf(Role.class)).add(Role.CHAIR));
            session.speakers().forEach(p -> roles.computeIfAbsent(p.id(), k -> EnumSet.noneOf(Role.class)).add(Role.SPEAKER));
            for (Paper paper : session.papers()) {
                sessionsByPaper.computeIfAbsent(paper.id(), k -> new ArrayList<>()).add(session);
                paper.authors().forEach(p -> roles.computeIfAbsent(p.id(), k -> EnumSet.noneOf(Role.class)).add(Role.AUTHOR));
            }
            roles.forEach((person, set) -> appearances.computeIfAbsent(person, k -> new ArrayList<>())
                    .add(new Appearance(session, List.copyOf(set))));
            if (session.isTimed() && session.room() != null) {
                Session before = lastInRoom.put(session.room().id(), session);
                if (before != null) {
                    previousInRoom.put(session.id(), before);
                    nextInRoom.put(before.id(), session);
                }
            }
        }
        List<Day> byDay = new ArrayList<>();
        for (var date : conference.days()) {
            List<Session> ofDay = this.sessions.stream().filter(s -> s.date().equals(date)).toList();
            byDay.add(new Day(date, conference.dayName(date), ofDay));
        }
        this.days = List.copyOf(byDay);
        // Read by the filter menu of every programme page: worked out once.
        Set<SessionKind> kinds = EnumSet.noneOf(SessionKind.class);
        Set<String> trackIds = new java.util.HashSet<>();
        for (Session s : this.sessions) {
            kinds.add(s.kind());
            if (s.track() != null) {
                trackIds.add(s.track().id());
            }
        }
        this.kindsInUse = List.copyOf(kinds);
        this.tracksInUse = this.tracks.stream().filter(t -> trackIds.contains(t.id())).toList();
    }

    /**
     * The programme with its text in another language of the site ({@code key}: the language's
     * folder, e.g. {@code zh-tw}): every translated field replaced, the others as they are; people
     * and papers in the order of that language ({@code locale}: Chinese names by strokes). The
     * same programme for the main language ({@code ""}).
     */
    public Programme in(String key, Locale locale) {
        if (key.isEmpty()) {
            return this;
        }
        Translations t = translations;
        Map<String, Room> roomsOf = new LinkedHashMap<>();
        rooms.forEach(r -> roomsOf.put(r.id(), new Room(r.id(), t.text(key, "room", r.id(), "name", r.name()),
                t.text(key, "room", r.id(), "building", r.building()), t.text(key, "room", r.id(), "floor", r.floor()),
                r.capacity(), t.text(key, "room", r.id(), "accessibility", r.accessibility()), r.sample(), r.origin())));
        Map<String, Track> tracksOf = new LinkedHashMap<>();
        tracks.forEach(tr -> tracksOf.put(tr.id(), new Track(tr.id(), t.text(key, "track", tr.id(), "name", tr.name()),
                tr.colour(), tr.origin())));
        Map<String, Speaker> peopleOf = new LinkedHashMap<>();
        speakers.forEach(p -> peopleOf.put(p.id(), new Speaker(p.id(), t.text(key, "speaker", p.id(), "name", p.name()),
                t.text(key, "speaker", p.id(), "affiliation", p.affiliation()),
                t.text(key, "speaker", p.id(), "country", p.country()), t.text(key, "speaker", p.id(), "bio", p.bio()),
                p.photo(), p.links(), p.sample(), p.origin())));
        Map<String, Paper> papersOf = new LinkedHashMap<>();
        papers.forEach(p -> papersOf.put(p.id(), new Paper(p.id(), t.text(key, "paper", p.id(), "title", p.title()),
                p.authors().stream().map(a -> peopleOf.get(a.id())).toList(),
                t.text(key, "paper", p.id(), "abstract", p.abstractText()), p.doi(), p.url(), p.sample(), p.origin(),
                p.links())));
        List<Session> translated = sessions.stream().map(s -> new Session(s.id(), s.kind(),
                t.text(key, "session", s.id(), "title", s.title()), s.date(), s.start(), s.end(),
                s.room() == null ? null : roomsOf.get(s.room().id()), s.track() == null ? null : tracksOf.get(s.track().id()),
                s.chairs().stream().map(p -> peopleOf.get(p.id())).toList(),
                s.speakers().stream().map(p -> peopleOf.get(p.id())).toList(),
                s.papers().stream().map(p -> papersOf.get(p.id())).toList(),
                t.text(key, "session", s.id(), "abstract", s.abstractText()), s.links(), s.sample(),
                t.text(key, "session", s.id(), "description", s.description()), s.language(), s.doNotRecord(),
                s.origin())).toList();
        Conference c = conference;
        Venue v = c.venue();
        Venue venue = new Venue(t.text(key, "venue", "", "name", v.name()),
                t.text(key, "venue", "", "street_address", v.streetAddress()), v.postalCode(),
                t.text(key, "venue", "", "city", v.city()), t.text(key, "venue", "", "country", v.country()),
                v.countryCode(), v.latitude(), v.longitude());
        Map<java.time.LocalDate, String> dayNames = new LinkedHashMap<>();
        c.dayNames().forEach((d, n) -> dayNames.put(d, t.text(key, "day", d.toString(), "name", n)));
        Conference conf = new Conference(c.name(), t.text(key, "conference", "", "full_name", c.fullName()), c.acronym(),
                t.text(key, "conference", "", "theme", c.theme()), t.text(key, "conference", "", "description",
                c.description()), c.startDate(), c.endDate(), c.timeZone(),
                t.text(key, "conference", "", "organiser", c.organiser()),
                t.list(key, "conference", "", "hosts", c.hosts()), venue, dayNames);
        return new Programme(conf, List.copyOf(roomsOf.values()), List.copyOf(tracksOf.values()),
                List.copyOf(peopleOf.values()), List.copyOf(papersOf.values()), translated, translations, key,
                java.text.Collator.getInstance(locale));
    }

    /**
     * For a template: whether a field of a session, person, paper, room or track is shown
     * untranslated in this programme's language (e.g. {@code untranslated(s, "title")}), so that
     * the page can mark that text as the main language's.
     */
    public boolean untranslated(Object item, String field) {
        if (language.isEmpty()) {
            return false;
        }
        String kind;
        String id;
        if (item instanceof Session s) {
            kind = "session";
            id = s.id();
        } else if (item instanceof Speaker p) {
            kind = "speaker";
            id = p.id();
        } else if (item instanceof Paper p) {
            kind = "paper";
            id = p.id();
        } else if (item instanceof Room r) {
            kind = "room";
            id = r.id();
        } else if (item instanceof Track t) {
            kind = "track";
            id = t.id();
        } else {
            return false;
        }
        return !translations.has(language, kind, id, "abstractText".equals(field) ? "abstract" : field);
    }


    public Conference getConference() {
        return conference;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    /** Everyone in speakers.yaml, in alphabetical order of name. */
    public List<Speaker> getSpeakers() {
        return speakers;
    }

    /** Papers in alphabetical order of title. */
    public List<Paper> getPapers() {
        return papers;
    }

    /** The people who wrote at least one paper, in alphabetical order of name. */
    public List<Speaker> getAuthors() {
        return speakers.stream().filter(s -> papersByAuthor.containsKey(s.id())).toList();
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public List<Day> getDays() {
        return days;
    }

    public Session session(String id) {
        return sessionsById.get(id);
    }

    public Speaker speaker(String id) {
        return speakersById.get(id);
    }

    public Paper paper(String id) {
        return papersById.get(id);
    }

    /** The sessions a person chairs or speaks in (not those presenting their papers), in timetable order. */
    public List<Session> sessionsOf(String speakerId) {
        return appearancesOf(speakerId).stream().filter(Appearance::isOnStage).map(Appearance::session).toList();
    }

    /** Every session a person takes part in, as chair, speaker or author, in timetable order. */
    public List<Appearance> appearancesOf(String speakerId) {
        return appearances.getOrDefault(speakerId, List.of());
    }

    /** The papers a person wrote, in alphabetical order of title. */
    public List<Paper> papersOf(String speakerId) {
        return papersByAuthor.getOrDefault(speakerId, List.of());
    }

    /** The sessions where a paper is presented. */
    public List<Session> sessionsOfPaper(String paperId) {
        return sessionsByPaper.getOrDefault(paperId, List.of());
    }

    /** The timed session before this one in the same room, across days, or null. */
    public Session previousInRoom(Session session) {
        return previousInRoom.get(session.id());
    }

    /** The timed session after this one in the same room, across days, or null. */
    public Session nextInRoom(Session session) {
        return nextInRoom.get(session.id());
    }

    /** The kinds that at least one session has, in the order of {@link SessionKind}. */
    public List<SessionKind> getKindsInUse() {
        return kindsInUse;
    }

    /** The tracks that at least one session is in, in the order of tracks.yaml. */
    public List<Track> getTracksInUse() {
        return tracksInUse;
    }

    public List<Session> sessionsOfKind(String kindId) {
        return sessions.stream().filter(s -> s.kind().id().equals(kindId)).toList();
    }

    public List<Session> sessionsOfTrack(String trackId) {
        return sessions.stream().filter(s -> s.track() != null && s.track().id().equals(trackId)).toList();
    }

    /** The day's grid of rooms and times, computed once. */
    public synchronized Timetable timetable(Day day) {
        return timetables.computeIfAbsent(day.date(), d -> Timetable.of(day.sessions(), rooms));
    }

    /** Sessions grouped by day and by start time, for lists (phones, print, filtered views). */
    public List<Timetable.DaySlots> slotsByDay(List<Session> selection) {
        List<Timetable.DaySlots> out = new ArrayList<>();
        for (Day day : days) {
            List<Session> ofDay = selection.stream().filter(s -> s.date().equals(day.date())).toList();
            if (!ofDay.isEmpty()) {
                out.add(new Timetable.DaySlots(day.date(), Timetable.slots(ofDay), ofDay.stream()
                        .filter(s -> !s.isTimed()).toList()));
            }
        }
        return out;
    }

    public boolean hasSamples() {
        return sessions.stream().anyMatch(Session::isIllustrative) || speakers.stream().anyMatch(Speaker::sample)
                || papers.stream().anyMatch(Paper::sample);
    }
}
