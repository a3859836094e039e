package org.confsite.programme;

/** A room or place where sessions happen; {@code sample} marks a placeholder. */
public record Room(String id, String name, String location, boolean sample) {
}
