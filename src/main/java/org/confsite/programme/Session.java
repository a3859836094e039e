package org.confsite.programme;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One item of the timetable. {@code start} and {@code end} are both null when the time is not
 * known yet; {@code room} and {@code track} may be null. {@code abstractText} is Markdown shown
 * with HTML escaped. {@code sample} marks a day, time or room that is a placeholder.
 */
public record Session(
        String id,
        SessionKind kind,
        String title,
        LocalDate date,
        ZonedDateTime start,
        ZonedDateTime end,
        Room room,
        Track track,
        List<Speaker> speakers,
        String abstractText,
        boolean sample) {

    public Session {
        speakers = List.copyOf(speakers);
    }

    public boolean isTimed() {
        return start != null;
    }

    /** True when anything shown of the session is a placeholder: itself, or its room. */
    public boolean isIllustrative() {
        return sample || (room != null && room.sample());
    }
}
