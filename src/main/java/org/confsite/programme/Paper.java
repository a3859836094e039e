package org.confsite.programme;

import java.util.List;

/**
 * A paper, presented in one or more sessions. Authors are people of {@code speakers.yaml}, in
 * the paper's order. {@code doi} is e.g. "10.1145/3657054.3657060" or ""; {@code url} is "" when
 * not given.
 */
public record Paper(String id, String title, List<Speaker> authors, String abstractText, String doi, String url,
        boolean sample) {

    public Paper {
        authors = List.copyOf(authors);
    }

    /** The address to read the paper: its DOI resolved, else its link, else "". */
    public String getReadUrl() {
        return doi.isEmpty() ? url : "https://doi.org/" + doi;
    }
}
