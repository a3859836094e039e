package org.confsite.programme;

/** A thematic strand of the programme. */
public record Track(String id, String name) {
}
