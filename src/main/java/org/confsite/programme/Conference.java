package org.confsite.programme;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The conference itself, from {@code data/conference.yaml}; {@code dayNames} may name some of its days. */
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
        Venue venue,
        Map<LocalDate, String> dayNames) {

    public Conference {
        hosts = List.copyOf(hosts);
        dayNames = Map.copyOf(dayNames);
    }

    /** The name given to a day in {@code days:}, e.g. "Workshops", or "". */
    public String dayName(LocalDate date) {
        return dayNames.getOrDefault(date, "");
    }

    /** Every day from the first to the last, in order. */
    public List<LocalDate> days() {
        return startDate.datesUntil(endDate.plusDays(1)).toList();
    }

    public boolean isDay(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
