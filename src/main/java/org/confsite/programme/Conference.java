package org.confsite.programme;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The conference itself, from {@code data/conference.yaml}. */
public record Conference(
        String name,
        String fullName,
        String acronym,
        String theme,
        String description,
        LocalDate startDate,
        LocalDate endDate,
        ZoneId timeZone,
        String organiser,
        List<String> hosts,
        Venue venue) {

    public Conference {
        hosts = List.copyOf(hosts);
    }

    /** Every day from the first to the last, in order. */
    public List<LocalDate> days() {
        return startDate.datesUntil(endDate.plusDays(1)).toList();
    }

    public boolean isDay(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
