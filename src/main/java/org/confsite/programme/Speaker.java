package org.confsite.programme;

import java.util.List;

/**
 * A person who speaks, chairs or writes a paper. {@code bio} is Markdown shown with HTML escaped;
 * {@code photo} is a path under the assets folder, or "" for none. {@code sample} marks a
 * placeholder, not a real person. {@code origin} says where an imported person came from (e.g.
 * {@code schedule:1f3c...}), "" for one written by hand; it is never shown or exported.
 */
public record Speaker(String id, String name, String affiliation, String country, String bio, String photo,
        List<Link> links, boolean sample, String origin) {

    public Speaker {
        links = List.copyOf(links);
    }

    /** A person written by hand (no origin). */
    public Speaker(String id, String name, String affiliation, String country, String bio, String photo,
            List<Link> links, boolean sample) {
        this(id, name, affiliation, country, bio, photo, links, sample, "");
    }

    /** The person's page in the site, e.g. {@code speakers/helen-liu.html}. */
    public String page() {
        return Pages.person(id);
    }
}
