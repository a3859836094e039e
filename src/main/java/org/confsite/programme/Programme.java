package org.confsite.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole programme, joined by ids and immutable. Sessions are kept in timetable order: by
 * date, timed sessions by start then room, sessions without a time last in their day.
 */
public final class Programme {
    public static final Comparator<Session> TIMETABLE_ORDER = Comparator
            .comparing(Session::date)
            .thenComparing(s -> s.isTimed() ? 0 : 1)
            .thenComparing(s -> s.isTimed() ? s.start().toLocalTime() : java.time.LocalTime.MIN)
            .thenComparing(s -> s.room() == null ? "" : s.room().name())
            .thenComparing(Session::id);

    private final Conference conference;
    private final List<Room> rooms;
    private final List<Track> tracks;
    private final List<Speaker> speakers;
    private final List<Session> sessions;
    private final Map<String, Session> sessionsById = new LinkedHashMap<>();
    private final Map<String, Speaker> speakersById = new LinkedHashMap<>();
    private final Map<String, List<Session>> sessionsBySpeaker = new LinkedHashMap<>();
    private final List<Day> days;

    public Programme(Conference conference, List<Room> rooms, List<Track> tracks, List<Speaker> speakers,
            List<Session> sessions) {
        this.conference = conference;
        this.rooms = List.copyOf(rooms);
        this.tracks = List.copyOf(tracks);
        this.speakers = speakers.stream()
                .sorted(Comparator.comparing((Speaker s) -> s.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Speaker::id))
                .toList();
        this.sessions = sessions.stream().sorted(TIMETABLE_ORDER).toList();
        this.speakers.forEach(s -> speakersById.put(s.id(), s));
        for (Session session : this.sessions) {
            sessionsById.put(session.id(), session);
            for (Speaker speaker : session.speakers()) {
                sessionsBySpeaker.computeIfAbsent(speaker.id(), k -> new ArrayList<>()).add(session);
            }
        }
        List<Day> byDay = new ArrayList<>();
        for (var date : conference.days()) {
            byDay.add(new Day(date, this.sessions.stream().filter(s -> s.date().equals(date)).toList()));
        }
        this.days = List.copyOf(byDay);
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

    /** Speakers in alphabetical order of name. */
    public List<Speaker> getSpeakers() {
        return speakers;
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

    /** The sessions a speaker takes part in, in timetable order. */
    public List<Session> sessionsOf(String speakerId) {
        return sessionsBySpeaker.getOrDefault(speakerId, List.of());
    }

    public boolean hasSamples() {
        return sessions.stream().anyMatch(Session::sample) || speakers.stream().anyMatch(Speaker::sample);
    }
}
