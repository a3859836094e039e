package org.confsite.importer;

import java.util.List;

/**
 * A schedule export as read, before it is checked: the frab {@code schedule.xml} and the
 * {@code schedule.json} of pretalx, frab and this generator, in one shape. Values are as the
 * file wrote them (null when absent); {@code line} is where each item is in the file.
 */
public record Exported(String file, String generator, String title, String acronym, String start, String end,
        String timeZone, String baseUrl, List<Room> rooms, List<Track> tracks, List<Event> events) {

    public Exported {
        rooms = List.copyOf(rooms);
        tracks = List.copyOf(tracks);
        events = List.copyOf(events);
    }

    /** A room, in the order the export lists rooms. */
    public record Room(String name, String slug, String guid, int line) {
    }

    public record Track(String name, String slug, String colour, int line) {
    }

    /**
     * One event as listed under one day and room.
     *
     * @param day          the date of the day it is listed under (YYYY-MM-DD)
     * @param date         its start as written, a date and time with an offset
     * @param namesAsText  the people came as one string of names, not as persons
     */
    public record Event(int line, String day, String room, String guid, String id, String slug, String title,
            String subtitle, String type, String date, String start, String duration, String track, String language,
            String abstractText, String description, Boolean doNotRecord, List<Person> persons, List<Link> links,
            boolean namesAsText) {
    }

    /** A person; {@code key} is the export's own id for them (code, id or guid), or null; {@code url} their page. */
    public record Person(String key, String name, String biography, String url, int line) {
    }

    /** A link or, when {@code attachment}, an attachment (a file of the event); {@code type} as the export wrote it. */
    public record Link(String title, String url, String type, boolean attachment) {

        public Link(String title, String url, String type) {
            this(title, url, type, false);
        }
    }
}
