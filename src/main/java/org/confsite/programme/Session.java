package org.confsite.programme;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One item of the timetable. {@code start} and {@code end} are both null when the time is not
 * known yet; {@code room} and {@code track} may be null. {@code abstractText} and
 * {@code description} (the longer text shown after it) are Markdown shown with HTML escaped, ""
 * when not given. {@code sample} marks a day, time or room that is a placeholder.
 * {@code language} is the BCP 47 tag of the language spoken (e.g. {@code zh-Hant}), "" when not
 * given; {@code doNotRecord} says the speakers opted out of recording; {@code origin} says where
 * an imported session came from (e.g. {@code schedule:1f3c...}), "" for one written by hand, and
 * is never shown or exported.
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
        boolean sample,
        String description,
        String language,
        boolean doNotRecord,
        String origin) {

    public Session {
        chairs = List.copyOf(chairs);
        speakers = List.copyOf(speakers);
        papers = List.copyOf(papers);
        links = List.copyOf(links);
    }

    /** A session written by hand without a description, language, recording opt-out or origin. */
    public Session(String id, SessionKind kind, String title, LocalDate date, ZonedDateTime start, ZonedDateTime end,
            Room room, Track track, List<Speaker> chairs, List<Speaker> speakers, List<Paper> papers,
            String abstractText, List<Link> links, boolean sample) {
        this(id, kind, title, date, start, end, room, track, chairs, speakers, papers, abstractText, links, sample,
                "", "", false, "");
    }

    /**
     * The name of the session's language in the language of the page ({@code page}), e.g.
     * "Chinese (Traditional)" or "中文 (繁體)" for {@code zh-Hant}; "" when not given.
     */
    public String languageName(Locale page) {
        return language.isEmpty() ? "" : Locale.forLanguageTag(language).getDisplayName(page);
    }

    /** The session's page in the site, e.g. {@code sessions/opening-keynote.html}. */
    public String page() {
        return Pages.session(id);
    }

    /** The session's own calendar file, e.g. {@code sessions/opening-keynote.ics}. */
    public String calendar() {
        return Pages.sessionCalendar(id);
    }

    /** The recordings shown as click-to-load previews, in the order written. */
    public List<Link> previews() {
        return links.stream().filter(l -> l.getVideo() != null).toList();
    }

    /** The links listed as links: all but the recordings shown as previews. */
    public List<Link> listedLinks() {
        return links.stream().filter(l -> l.getVideo() == null).toList();
    }

    /** The origins the page's previews load their players from, once each, sorted: what its CSP allows in frames. */
    public List<String> frameSources() {
        return previews().stream().map(l -> l.getVideo().frameOrigin()).distinct().sorted().toList();
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
