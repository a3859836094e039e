package org.confsite.sitedata;

import java.time.LocalDate;

/**
 * An important date of the conference, from {@code data/dates.yaml}: a deadline, a notification,
 * the conference itself. One day, or a period from {@code date} to {@code end} (both included).
 *
 * @param key   its anchor in the dates page and the stem of its calendar UID: the entry's
 *              {@code id}, or made from its date and text ({@link DatesReader#keyOf})
 * @param end   the last day of a period, or null for one day
 * @param url   where to read more (a submission system, a call), or ""
 * @param state where the date stands on the build's day, in the conference's time zone
 */
public record ImportantDate(String key, String what, LocalDate date, LocalDate end, String url, State state,
        Localized tr) {

    /** Upcoming, happening now (the day itself, or a day of the period), or past. */
    public enum State {
        UPCOMING, NOW, PAST;

        /** For templates: {@code d.state.key}, e.g. "now". */
        public String getKey() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Where a date from {@code first} to {@code last} stands on {@code today}. */
    static State stateOn(LocalDate first, LocalDate last, LocalDate today) {
        if (today.isBefore(first)) {
            return State.UPCOMING;
        }
        return today.isAfter(last) ? State.PAST : State.NOW;
    }

    /** The last day: {@code end} for a period, else the date. */
    public LocalDate getLastDay() {
        return end == null ? date : end;
    }

    /** Whether it is a period of more than one day. */
    public boolean isPeriod() {
        return end != null && end.isAfter(date);
    }

    public boolean isPast() {
        return state == State.PAST;
    }

    ImportantDate in(String language) {
        return new ImportantDate(key, tr.get(language, "what", what), date, end, url, state, tr);
    }
}
