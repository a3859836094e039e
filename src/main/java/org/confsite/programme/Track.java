package org.confsite.programme;

/** A thematic strand of the programme; {@code colour} is "#rrggbb", or "" for none. */
public record Track(String id, String name, String colour) {
}
