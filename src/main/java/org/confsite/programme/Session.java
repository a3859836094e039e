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
        List<Speaker> chairs,
        List<Speaker> speakers,
        List<Paper> papers,
        String abstractText,
        List<Link> links,
        boolean sample) {

    public Session {
        chairs = List.copyOf(chairs);
        speakers = List.copyOf(speakers);
        papers = List.copyOf(papers);
        links = List.copyOf(links);
    }

    /** The session's page in the site, e.g. {@code sessions/opening-keynote.html}. */
    public String page() {
        return Pages.session(id);
    }

    /** The session's own calendar file, e.g. {@code sessions/opening-keynote.ics}. */
    public String calendar() {
        return Pages.sessionCalendar(id);
    }

    public boolean isTimed() {
        return start != null;
    }

    /** True when anything shown of the session is a placeholder: itself, its room or a paper. */
    public boolean isIllustrative() {
        return sample || (room != null && room.sample()) || papers.stream().anyMatch(Paper::sample);
    }

    /** Everyone on stage: chairs, speakers and the papers' authors, each once, in that order. */
    public List<Speaker> people() {
        java.util.LinkedHashMap<String, Speaker> all = new java.util.LinkedHashMap<>();
        chairs.forEach(p -> all.putIfAbsent(p.id(), p));
        speakers.forEach(p -> all.putIfAbsent(p.id(), p));
        papers.forEach(paper -> paper.authors().forEach(p -> all.putIfAbsent(p.id(), p)));
        return List.copyOf(all.values());
    }
}
