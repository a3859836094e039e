package org.confsite.programme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.confsite.yaml.Suggest;
import org.confsite.yaml.YamlMap;

/**
 * Fields that entries of several files share, each read and checked the same way wherever it is:
 * Markdown text, links, a photo, references to other entries by id.
 */
public final class Fields {
    private static final Pattern WEB = Pattern.compile("(https?://[^\\s/]+\\S*|mailto:\\S+@\\S+)");
    private static final Pattern HTTP = Pattern.compile("https?://[^\\s/]+\\S*");
    private static final Pattern SITE_PATH = Pattern.compile("/?(?!/)[^\\s:]*(#\\S*)?");
    /** Link destinations in Markdown: inline [text](url), autolinks <url> and reference definitions [id]: url. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile(
            "\\]\\(\\s*<?([^\\s<>()]*(?:\\([^\\s()]*\\)[^\\s<>()]*)*)|<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]*)>|(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)");
    private static final Pattern UNSAFE = Pattern.compile(org.confsite.config.SitePaths.UNSAFE_LINK);
    private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*\\.(jpe?g|png|webp|avif|gif|svg)");

    private final String dataName;
    private final Path assetsDir;
    private final String assetsName;

    /**
     * @param dataName   how the data folder is named in messages
     * @param assetsDir  the assets folder, where photos must be, or null not to check them
     */
    public Fields(String dataName, Path assetsDir, String assetsName) {
        this.dataName = dataName;
        this.assetsDir = assetsDir;
        this.assetsName = assetsName;
    }

    /** The photo in {@code photo:}, checked: "" when none or wrong. */
    public String photo(YamlMap y) {
        return picture(y, "photo");
    }

    /** The path of a picture in the assets folder under {@code key}, checked: "" when none or wrong. */
    public String picture(YamlMap y, String key) {
        String photo = y.optText(key).orElse("");
        if (photo.isEmpty()) {
            return "";
        }
        if (!IMAGE.matcher(photo).matches() || photo.contains("..")) {
            y.problem(key, "'" + key + "' must be the path of an image in the assets folder, not '" + photo + "'",
                    "a jpg, png, webp, avif, gif or svg file, e.g. " + key + ": img/people/ada.jpg");
            return "";
        }
        if (assetsDir != null && !Files.isRegularFile(assetsDir.resolve(photo))) {
            y.problem(key, key + " '" + photo + "' is not in " + assetsName + "/",
                    "put the image at " + assetsName + "/" + photo + ", or correct the path");
            return "";
        }
        return photo;
    }

    /** Markdown text of a field; a link in it to a script, data or another host without scheme is a problem. */
    public String markdown(YamlMap y, String key) {
        String text = y.optText(key).orElse("");
        java.util.regex.Matcher m = MARKDOWN_LINK.matcher(text);
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (UNSAFE.matcher(url).matches()) {
                y.problem(key, "'" + key + "' links to '" + url + "', which pages do not allow",
                        "link to https://..., mailto:... or a path of this site");
            }
        }
        return text;
    }

    /**
     * The entries of {@code links:}, each {@code {type, title, url, embed}}. Without a type (or with
     * {@code type: link}) a link needs a title and may lead to a web or mail address or a site path;
     * a typed link may leave its title out, and its address is checked for its type.
     */
    public List<Link> links(YamlMap owner) {
        List<Link> links = new ArrayList<>();
        for (YamlMap y : owner.maps("links")) {
            y.rejectUnknown(Set.of("type", "title", "url", "embed"));
            LinkType type = linkType(y);
            // A plain link is shown by its title; a typed one (or one whose type is wrong) may go without.
            String title = type == LinkType.LINK ? y.text("title") : y.optText("title").orElse("");
            String url = y.text("url");
            boolean embed = !y.has("embed") || y.flag("embed");
            if (y.has("embed") && type != null && type != LinkType.VIDEO) {
                y.problem("embed", "'embed' is for links of type video only", "remove it, or write type: video");
            }
            if (url != null && type != null) {
                url = checkedUrl(y, type, url, embed);
            }
            if (title != null && url != null && type != null) {
                links.add(new Link(type, title, url, embed, y.at(y.node("url").orElseThrow(), "", null)));
            }
        }
        return links;
    }

    /** The link's type: {@link LinkType#LINK} when not given, null (with a problem) when unknown. */
    private static LinkType linkType(YamlMap y) {
        Optional<String> text = y.optText("type");
        if (text.isEmpty()) {
            return y.has("type") && !(y.node("type").orElseThrow() instanceof org.yaml.snakeyaml.nodes.ScalarNode)
                    ? null : LinkType.LINK;
        }
        Optional<LinkType> type = LinkType.fromId(text.get());
        if (type.isEmpty()) {
            String near = Suggest.nearest(text.get(), LinkType.ids());
            y.problem("type", "unknown link type '" + text.get() + "'",
                    near != null ? "did you mean '" + near + "'?" : "use one of " + String.join(", ", LinkType.ids()));
        }
        return type.orElse(null);
    }

    /** The url if it suits the link's type; null, with a problem, if not. */
    private static String checkedUrl(YamlMap y, LinkType type, String url, boolean embed) {
        boolean web = HTTP.matcher(url).matches();
        // "www.example.org" is a host written without its scheme, not a path of this site.
        boolean sitePath = !url.startsWith("www.") && SITE_PATH.matcher(url).matches();
        String problem = null;
        String hint = null;
        switch (type) {
            case LINK -> {
                if (!sitePath && !WEB.matcher(url).matches()) {
                    problem = "link '" + url + "' is not a web address or a path of this site";
                    hint = "write https://..., mailto:... or a site path such as files/slides.pdf";
                }
            }
            case VIDEO, CODE -> {
                if (!web) {
                    problem = type.id() + " link '" + url + "' is not a web address";
                    hint = "write https://..." + (type == LinkType.VIDEO ? ", e.g. https://www.youtube.com/watch?v=..." : "");
                } else if (type == LinkType.VIDEO && embed && VideoEmbed.hostOf(url) != null
                        && VideoEmbed.of(url).isEmpty()) {
                    problem = "video link '" + url + "' is on " + VideoEmbed.hostOf(url) + " but names no video it can show";
                    hint = "write one video's address, e.g. https://www.youtube.com/watch?v=XXXXXXXXXXX or "
                            + "https://vimeo.com/123456789, or add embed: false to show it as a plain link";
                }
            }
            case SLIDES, PAPER -> {
                if (!web && !sitePath) {
                    problem = type.id() + " link '" + url + "' is not a web address or a path of this site";
                    hint = "write https://... or a site path such as files/slides.pdf";
                }
            }
            case DOI -> {
                if (!Doi.PATTERN.matcher(url).matches()) {
                    problem = "doi link '" + url + "' is not a DOI";
                    hint = "write the DOI alone, starting 10., e.g. 10.1145/3657054.3657060";
                }
            }
            default -> throw new IllegalStateException(type.toString());
        }
        if (problem != null) {
            y.problem("url", problem, hint);
            return null;
        }
        return url;
    }

    /** A list of ids of one catalog, each checked: unknown ones and repeats are problems. */
    <T> List<T> references(YamlMap y, String key, Catalog<T> known, String what, String fileStem) {
        List<T> out = new ArrayList<>();
        Set<String> listed = new java.util.HashSet<>();
        for (YamlMap.Item item : y.items(key)) {
            String ref = item.text();
            T value = known.items().get(ref);
            // Located at the item itself, which may be on a line of its own.
            if (!listed.add(ref)) {
                y.problems().add(y.at(item.node(), what + " '" + ref + "' is listed twice", "remove one of them"));
            } else if (value != null) {
                out.add(value);
            } else if (!known.knows(ref)) {
                y.problems().add(y.at(item.node(), "unknown " + what + " '" + ref + "'",
                        hintFor(ref, known.declared(), dataName + "/" + fileStem + "s.yaml")));
            }
        }
        return out;
    }

    <T> T reference(YamlMap y, String key, Catalog<T> known, String where) {
        Optional<String> ref = y.optText(key);
        if (ref.isEmpty()) {
            return null;
        }
        T value = known.items().get(ref.get());
        if (value == null && !known.knows(ref.get())) {
            y.problem(key, "unknown " + key + " '" + ref.get() + "'", hintFor(ref.get(), known.declared(), where));
        }
        return value;
    }

    private static String hintFor(String id, java.util.Collection<String> known, String where) {
        // Only ids written correctly are suggested: 'Room-B' is itself an error.
        String near = Suggest.nearest(id, known.stream().filter(k -> ProgrammeLoader.ID.matcher(k).matches()).toList());
        return near != null ? "did you mean '" + near + "'?" : "add it to " + where;
    }
}
