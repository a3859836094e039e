package org.confsite.programme;

/**
 * A thematic strand of the programme; {@code colour} is "#rrggbb", or "" for none. {@code origin}
 * says where an imported track came from, "" for one written by hand; never shown or exported.
 */
public record Track(String id, String name, String colour, String origin) {
    /** A track written by hand (no origin). */
    public Track(String id, String name, String colour) {
        this(id, name, colour, "");
    }

    /** The programme filtered to this track, e.g. {@code programme/track/research.html}. */
    public String page() {
        return Pages.track(id);
    }
}
