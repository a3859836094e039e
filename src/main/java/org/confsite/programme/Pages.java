package org.confsite.programme;

/**
 * Where the programme's pages and files are in the site: the one place these addresses are
 * spelled. Each record answers for itself ({@link Session#page()}, {@link Speaker#page()} ...),
 * and templates, calendars, schedules, search and structured data ask it.
 */
public final class Pages {
    private Pages() {
    }

    public static String session(String id) {
        return "sessions/" + id + ".html";
    }

    /** A session's own calendar file. */
    public static String sessionCalendar(String id) {
        return "sessions/" + id + ".ics";
    }

    public static String person(String id) {
        return "speakers/" + id + ".html";
    }

    public static String paper(String id) {
        return "papers/" + id + ".html";
    }

    /** The programme filtered to one kind of session. */
    public static String kind(String id) {
        return "programme/kind/" + id + ".html";
    }

    /** The programme filtered to one track. */
    public static String track(String id) {
        return "programme/track/" + id + ".html";
    }
}
