package org.confsite.programme;

import org.confsite.error.Problem;

/**
 * A link shown with a session or a person: its text and an http(s) or mailto address or a site
 * path. {@code source} locates the url in its YAML file (its message is empty), so that a site
 * path leading nowhere can be reported where it was written.
 */
public record Link(String title, String url, Problem source) {

    /** True for a path of this site, as opposed to a web or mail address. */
    public boolean isSitePath() {
        return !url.matches("(?i)(https?|mailto):.*");
    }
}
