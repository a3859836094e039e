package org.confsite.programme;

import java.util.List;

/**
 * A person who speaks, chairs or writes a paper. {@code bio} is Markdown shown with HTML escaped;
 * {@code photo} is a path under the assets folder, or "" for none. {@code sample} marks a
 * placeholder, not a real person.
 */
public record Speaker(String id, String name, String affiliation, String country, String bio, String photo,
        List<Link> links, boolean sample) {

    public Speaker {
        links = List.copyOf(links);
    }

    /** The person's page in the site, e.g. {@code speakers/helen-liu.html}. */
    public String page() {
        return Pages.person(id);
    }
}
