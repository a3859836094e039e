package org.confsite.config;

import java.nio.file.Path;

/** Small path rules shared by the pipeline, the Markdown engine and the templates. */
public final class SitePaths {
    private SitePaths() {
    }

    /** A path as an editor should see it in a message: relative to the site's root when inside it. */
    public static String display(Path root, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** The prefix that leads from a page at {@code uri} (e.g. {@code news/a.html}) back to the site root: {@code ../}. */
    public static String rootFor(String uri) {
        return "../".repeat((int) uri.chars().filter(c -> c == '/').count());
    }

    /** A site path without its leading slash: {@code /about.html} and {@code about.html} are the same page. */
    public static String fromRoot(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile("((?:href|src)=\")([^\"]*)(\")");
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*|^//.*");

    /**
     * The site path a link on the page at {@code uri} leads to, without query or fragment, e.g.
     * {@code programme.html}; a folder's path ends in {@code index.html}. Null when the link
     * leaves the site (another path on the host, or above the site's root).
     */
    public static String resolve(String uri, String url, String basePath) {
        String target = url.replaceFirst("[#?].*", "");
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
     * shared file. Links to other sites and within the page are left as they are.
     *
     * @param anywhere whether the page is served at any address (404): its links start at {@code basePath}
     */
    public static String relocate(String html, String uri, Language language,
            java.util.function.Predicate<String> localized, String basePath, boolean anywhere) {
        String at = language.path(uri);
        java.util.regex.Matcher m = TARGET.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            String url = m.group(2);
            String moved = url;
            if (!url.isEmpty() && !url.startsWith("#") && !SCHEME.matcher(url.replace("&amp;", "&")).matches()) {
                String path = resolve(uri, url.replace("&amp;", "&"), basePath);
                if (path != null) {
                    int cut = firstOf(url, '#', '?');
                    String rest = cut < 0 ? "" : url.substring(cut);
                    boolean folderLink = url.substring(0, cut < 0 ? url.length() : cut).endsWith("/")
                            || url.substring(0, cut < 0 ? url.length() : cut).isEmpty();
                    String target = localized.test(path) ? language.path(path) : path;
                    if (folderLink && target.endsWith("index.html")) {
                        target = target.substring(0, target.length() - "index.html".length());
                    }
                    String folder = language.folder() + "/";
                    String link = url.startsWith("/") || anywhere ? basePath + target
                            : target.startsWith(folder) ? rootFor(uri) + target.substring(folder.length())
                            : rootFor(at) + target;
                    moved = (link.isEmpty() ? "./" : link) + rest;
                }
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1) + moved + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

}
