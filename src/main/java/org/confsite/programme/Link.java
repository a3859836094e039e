package org.confsite.programme;

import org.confsite.error.Problem;

/**
 * A link shown with a session, a paper or a person: what it leads to ({@code type}), its text
 * ("" when a typed link has none: pages then name it by its type), and an http(s) or mailto
 * address, a site path, or for {@link LinkType#DOI} the DOI alone. {@code embed} is false when
 * the editor asked for a recording to be shown as a plain link only. {@code source} locates the
 * url in its YAML file (its message is empty), so that a site path leading nowhere can be
 * reported where it was written.
 */
public record Link(LinkType type, String title, String url, boolean embed, Problem source) {

    /** A plain link, as data without a {@code type} writes it. */
    public Link(String title, String url, Problem source) {
        this(LinkType.LINK, title, url, true, source);
    }

    /** True for a path of this site, as opposed to a web or mail address or a DOI. */
    public boolean isSitePath() {
        return type != LinkType.DOI && !url.matches("(?i)(https?|mailto):.*");
    }

    /** True for a link with a type other than the plain {@link LinkType#LINK}: pages show its type's label. */
    public boolean isTyped() {
        return type != LinkType.LINK;
    }

    /** Where the link leads: a DOI resolved at doi.org, any other address as written. */
    public String getHref() {
        return type == LinkType.DOI ? Doi.resolve(url) : url;
    }

    /** The recording a session page shows in a click-to-load frame, or null (not a video, not on a known host, or not wanted). */
    public VideoEmbed getVideo() {
        return type == LinkType.VIDEO && embed ? VideoEmbed.of(url).orElse(null) : null;
    }
}
