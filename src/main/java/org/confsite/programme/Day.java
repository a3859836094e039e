package org.confsite.programme;

import java.time.LocalDate;
import java.util.List;

/** A conference day and its sessions: timed ones by start, then those whose time is not known. */
public record Day(LocalDate date, List<Session> sessions) {
    public Day {
        sessions = List.copyOf(sessions);
    }
}
