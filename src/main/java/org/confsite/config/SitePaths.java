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
}
