package org.confsite.programme;

/** A thematic strand of the programme; {@code colour} is "#rrggbb", or "" for none. */
public record Track(String id, String name, String colour) {
    /** The programme filtered to this track, e.g. {@code programme/track/research.html}. */
    public String page() {
        return Pages.track(id);
    }
}
