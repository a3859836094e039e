package org.confsite.programme;

/** A link shown with a session or a person: its text and an http(s) address or a site path. */
public record Link(String title, String url) {
}
