package org.confsite.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Small path rules shared by the pipeline, the Markdown engine and the templates. */
public final class SitePaths {
    private SitePaths() {
    }

    /** A path as an editor should see it in a message: relative to the site's root when inside it. */
    public static String display(Path root, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        for (var layer : LAYERS.entrySet()) {
            // Relative to the layered folder itself (an asset's address), a path is just that.
            if (abs.startsWith(layer.getKey()) && !base.startsWith(layer.getKey())) {
                Path rel = layer.getKey().relativize(abs);
                String shown = rel.toString().isEmpty() ? layer.getValue().shown()
                        : layer.getValue().shown() + "/" + rel.toString().replace('\\', '/');
                boolean own = rel.toString().isEmpty() || Files.exists(layer.getValue().own().resolve(rel.toString()));
                return own ? shown : shown + " (built-in theme)";
            }
        }
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** A folder the build reads in place of a site folder, with the name editors know it by. */
    private record Layer(String shown, Path own) {
    }

    private static final Map<Path, Layer> LAYERS = new ConcurrentHashMap<>();

    /**
     * Files under {@code folder} (where the theme's layers are put together) are shown as the
     * site's {@code shown} folder, marked "(built-in theme)" when the site's folder {@code own} has
     * no such file.
     */
    public static void showAs(Path folder, String shown, Path own) {
        LAYERS.put(folder.toAbsolutePath().normalize(), new Layer(shown, own));
    }

    /** The prefix that leads from a page at {@code uri} (e.g. {@code news/a.html}) back to the site root: {@code ../}. */
    public static String rootFor(String uri) {
        return "../".repeat((int) uri.chars().filter(c -> c == '/').count());
    }

    /** A site path without its leading slash: {@code /about.html} and {@code about.html} are the same page. */
    public static String fromRoot(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /**
     * Addresses never made links, in editors' Markdown and in the data's: any scheme but http(s),
     * mailto and tel (so no javascript:, data: or vbscript:, whatever the case), and "//host".
     */
    public static final String UNSAFE_LINK = "(?is)\\s*(?!(?:https?|mailto|tel):)[a-z][a-z0-9+.-]*:.*|\\s*//.*";

    /** A link in HTML: the attribute, then its value in double (3) or single (4) quotes. */
    private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile(
            "(?i)(?<=\\s)(href|src|srcset)=(\"([^\"]*)\"|'([^']*)')");
    /** One address of a srcset, with the spaces around it and its descriptor (2x, 640w). */
    private static final java.util.regex.Pattern SRCSET_CANDIDATE = java.util.regex.Pattern.compile("(\\s*)(\\S+)(.*)",
            java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*|^//.*");

    /**
     * The site path a link on the page at {@code uri} leads to, without query or fragment, e.g.
     * {@code programme.html}; a folder's path ends in {@code index.html}. Null when the link
     * leaves the site (another path on the host, or above the site's root).
     */
    public static String resolve(String uri, String url, String basePath) {
        int end = 0;
        while (end < url.length() && url.charAt(end) != '#' && url.charAt(end) != '?') {
            end++;
        }
        String target = url.substring(0, end);
        try {
            String path;
            if (target.startsWith("/")) {
                if (!target.startsWith(basePath)) {
                    return null; // another site's path on this host
                }
                path = target.substring(basePath.length());
            } else {
                path = new java.net.URI(null, null, "/" + uri, null).resolve(new java.net.URI(null, null, target, null))
                        .getPath().substring(1);
            }
            path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            if (path.startsWith("../") || path.contains("/../")) {
                return null;
            }
            return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return target;
        }
    }

    /**
     * Moves the links of HTML written for the page at {@code uri} to that page's copy in
     * {@code language}: a link to a path the language has leads into its folder, any other to the
     * shared file. Links to other sites and within the page are left as they are, and every link
     * keeps its spelling (percent-escapes, entities): only the path before it changes.
     * {@code href}, {@code src} and each address of a {@code srcset} are moved, in either quotes.
     *
     * @param anywhere whether the page is served at any address (404): its links start at {@code basePath}
     */
    public static String relocate(String html, String uri, Language language,
            java.util.function.Predicate<String> localized, String basePath, boolean anywhere) {
        java.util.regex.Matcher m = TARGET.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            boolean doubleQuoted = m.group(3) != null;
            String value = doubleQuoted ? m.group(3) : m.group(4);
            String moved;
            if ("srcset".equalsIgnoreCase(m.group(1))) {
                java.util.StringJoiner set = new java.util.StringJoiner(",");
                for (String candidate : value.split(",", -1)) {
                    java.util.regex.Matcher c = SRCSET_CANDIDATE.matcher(candidate);
                    set.add(c.matches() ? c.group(1) + move(c.group(2), uri, language, localized, basePath, anywhere)
                            + c.group(3) : candidate);
                }
                moved = set.toString();
            } else {
                moved = move(value, uri, language, localized, basePath, anywhere);
            }
            char quote = doubleQuoted ? '"' : '\'';
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1) + "=" + quote + moved + quote));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One link of {@link #relocate}, as written in the HTML (entities and percent-escapes kept). */
    private static String move(String url, String uri, Language language, java.util.function.Predicate<String> localized,
            String basePath, boolean anywhere) {
        String plain = url.replace("&amp;", "&");
        int cut = firstOf(url, '#', '?');
        String raw = cut < 0 ? url : url.substring(0, cut);
        if (raw.isEmpty() || SCHEME.matcher(plain).matches()) {
            return url; // within the page, or another site
        }
        String path = resolve(uri, plain, basePath);
        if (path == null) {
            return url;
        }
        String rawPath;
        if (raw.startsWith("/")) {
            rawPath = raw.substring(basePath.length());
        } else {
            try {
                rawPath = java.net.URI.create("/" + uri).resolve(java.net.URI.create(raw)).getRawPath().substring(1);
            } catch (IllegalArgumentException e) {
                return url; // not a URL a browser would follow as written either
            }
        }
        String target = localized.test(path) ? language.path(rawPath) : rawPath;
        String folder = language.folder() + "/";
        String link = raw.startsWith("/") || anywhere ? basePath + target
                : target.startsWith(folder) ? rootFor(uri) + target.substring(folder.length())
                : rootFor(language.path(uri)) + target;
        return (link.isEmpty() ? "./" : link) + (cut < 0 ? "" : url.substring(cut));
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

}
