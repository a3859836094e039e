package org.confsite.programme;

/** A person who speaks, chairs or presents; {@code bio} is Markdown shown with HTML escaped. */
public record Speaker(String id, String name, String affiliation, String bio, boolean sample) {
}
