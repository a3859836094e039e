package org.confsite.programme;

import java.util.List;

/**
 * A paper, presented in one or more sessions. Authors are people of {@code speakers.yaml}, in
 * the paper's order. {@code doi} is e.g. "10.1145/3657054.3657060" or ""; {@code url} is "" when
 * not given. {@code origin} says where an imported paper came from (e.g. {@code easychair:12}),
 * "" for one written by hand; it is never shown or exported.
 */
public record Paper(String id, String title, List<Speaker> authors, String abstractText, String doi, String url,
        boolean sample, String origin) {

    public Paper {
        authors = List.copyOf(authors);
    }

    /** A paper written by hand (no origin). */
    public Paper(String id, String title, List<Speaker> authors, String abstractText, String doi, String url,
            boolean sample) {
        this(id, title, authors, abstractText, doi, url, sample, "");
    }

    /** The paper's page in the site, e.g. {@code papers/taipeipass.html}. */
    public String page() {
        return Pages.paper(id);
    }

    /** The address to read the paper: its DOI resolved, else its link, else "". */
    public String getReadUrl() {
        return doi.isEmpty() ? url : "https://doi.org/" + encodePath(doi);
    }

    /** A DOI's suffix may hold any printable character; those with a meaning in a URL are %-encoded. */
    private static String encodePath(String doi) {
        StringBuilder out = new StringBuilder();
        for (byte b : doi.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/:;()@!$*+,=".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
