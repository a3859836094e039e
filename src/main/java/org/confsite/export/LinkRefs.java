package org.confsite.export;

import java.util.List;
import java.util.function.Function;
import org.confsite.programme.Link;
import org.confsite.programme.LinkType;

/**
 * How the schedule formats carry the links of a session or person. The formats know a link's
 * {@code type} from a short list (slides, paper, web, blog, article, media, related, activitypub)
 * and tell {@code links} (pages elsewhere) from {@code attachments} (files of the event):
 *
 * <table>
 * <caption>Link types in schedule.xml and schedule.json</caption>
 * <tr><th>data</th><th>exported as</th></tr>
 * <tr><td>link</td><td>a link of type web</td></tr>
 * <tr><td>video</td><td>a link of type media (the formats have no field for a recording)</td></tr>
 * <tr><td>slides</td><td>an attachment of type slides when it is a file of this site, else a link of type slides</td></tr>
 * <tr><td>paper</td><td>an attachment of type paper when it is a file of this site, else a link of type related</td></tr>
 * <tr><td>doi, code</td><td>a link of type related (a DOI at its doi.org address)</td></tr>
 * </table>
 *
 * A link of type paper is kept for the papers presented (papers.yaml), which an import of this
 * generator's own export leaves out; a session's own paper elsewhere is "related" so that it
 * comes back. Every reference has a title: the link's own, else {@code titles} gives one.
 */
final class LinkRefs {
    private final String baseUrl;
    private final Function<Link, String> titles;

    /**
     * @param baseUrl the site's address, %-encoded, ending in "/"
     * @param titles  the title of a link without one, in the export's language
     */
    LinkRefs(String baseUrl, Function<Link, String> titles) {
        this.baseUrl = baseUrl;
        this.titles = titles;
    }

    /** A link's title when it has none and no messages are at hand: its address (a DOI for a DOI). */
    static String addressAsTitle(Link link) {
        return link.title().isEmpty() ? link.url() : link.title();
    }

    /** The links that are not attachments, in the order written. */
    List<Schedule.Ref> links(List<Link> links) {
        return links.stream().filter(l -> !isAttachment(l)).map(this::ref).toList();
    }

    /** The links that are files of this site of type slides or paper. */
    List<Schedule.Ref> attachments(List<Link> links) {
        return links.stream().filter(LinkRefs::isAttachment).map(this::ref).toList();
    }

    /** Every link, as links: a person has no attachments. */
    List<Schedule.Ref> all(List<Link> links) {
        return links.stream().map(this::ref).toList();
    }

    static boolean isAttachment(Link l) {
        return (l.type() == LinkType.SLIDES || l.type() == LinkType.PAPER) && l.isSitePath();
    }

    /** The format's type of a link. */
    static String type(Link l) {
        return switch (l.type()) {
            case LINK -> "web";
            case VIDEO -> "media";
            case SLIDES -> "slides";
            case PAPER -> isAttachment(l) ? "paper" : "related";
            case DOI, CODE -> "related";
        };
    }

    private Schedule.Ref ref(Link l) {
        String title = l.title().isEmpty() ? titles.apply(l) : l.title();
        return new Schedule.Ref(type(l), title, absolute(l));
    }

    /** A site path made absolute on the site's address; any address with its non-URI characters %-encoded. */
    private String absolute(Link link) {
        String url = link.isSitePath() ? baseUrl + link.url().replaceFirst("^/", "") : link.getHref();
        return Schedule.encode(url);
    }
}
