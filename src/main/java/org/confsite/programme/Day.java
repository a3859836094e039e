package org.confsite.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * A conference day and its sessions: timed ones by start, then those whose time is not known.
 * {@code name} is the day's name from {@code days:} in conference.yaml, or "".
 */
public record Day(LocalDate date, String name, List<Session> sessions) {
    public Day {
        sessions = List.copyOf(sessions);
    }
}
