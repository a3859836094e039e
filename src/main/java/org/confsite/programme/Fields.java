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

    public List<Link> links(YamlMap owner) {
        List<Link> links = new ArrayList<>();
        for (YamlMap y : owner.maps("links")) {
            y.rejectUnknown(Set.of("title", "url"));
            String title = y.text("title");
            String url = y.text("url");
            if (url != null && (url.startsWith("www.") || !WEB.matcher(url).matches() && !SITE_PATH.matcher(url).matches())) {
                y.problem("url", "link '" + url + "' is not a web address or a path of this site",
                        "write https://..., mailto:... or a site path such as files/slides.pdf");
                url = null;
            }
            if (title != null && url != null) {
                links.add(new Link(title, url, y.at(y.node("url").orElseThrow(), "", null)));
            }
        }
        return links;
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
