package org.confsite.programme;

import java.util.List;

/**
 * A paper, presented in one or more sessions. Authors are people of {@code speakers.yaml}, in
 * the paper's order. {@code doi} is e.g. "10.1145/3657054.3657060" or ""; {@code url} is "" when
 * not given. {@code origin} says where an imported paper came from (e.g. {@code easychair:12}),
 * "" for one written by hand; it is never shown or exported. {@code links} are further typed
 * links (slides, a recording, code), shown on the paper's page.
 */
public record Paper(String id, String title, List<Speaker> authors, String abstractText, String doi, String url,
        boolean sample, String origin, List<Link> links) {

    public Paper {
        authors = List.copyOf(authors);
        links = List.copyOf(links);
    }

    /** A paper without links of its own. */
    public Paper(String id, String title, List<Speaker> authors, String abstractText, String doi, String url,
            boolean sample, String origin) {
        this(id, title, authors, abstractText, doi, url, sample, origin, List.of());
    }

    /** A paper written by hand (no origin). */
    public Paper(String id, String title, List<Speaker> authors, String abstractText, String doi, String url,
            boolean sample) {
        this(id, title, authors, abstractText, doi, url, sample, "", List.of());
    }

    /** The paper's page in the site, e.g. {@code papers/taipeipass.html}. */
    public String page() {
        return Pages.paper(id);
    }

    /** The address to read the paper: its DOI resolved, else its link, else "". */
    public String getReadUrl() {
        return doi.isEmpty() ? url : Doi.resolve(doi);
    }
}
