package org.confsite.template;

import org.confsite.markdown.Markdown;

/**
 * What a template knows about the page it renders: where it sits relative to the site root, and
 * the one helper for every link ({@link #url}), so that no template works out paths itself.
 */
public final class PageContext {
    private final String uri;
    private final String root;
    private final String baseUrl;
    private final Markdown markdown;

    /**
     * @param uri     the page's output path from the site root, e.g. {@code news/post.html}
     * @param root    the prefix that leads back to the site root: {@code ../} per folder level, or
     *                the base path for pages served at any address (404)
     * @param baseUrl the site's absolute base URL, ending in {@code /}
     */
    public PageContext(String uri, String root, String baseUrl, Markdown markdown) {
        this.uri = uri;
        this.root = root;
        this.baseUrl = baseUrl;
        this.markdown = markdown;
    }

    public static PageContext relative(String uri, String baseUrl, Markdown markdown) {
        int depth = (int) uri.chars().filter(c -> c == '/').count();
        return new PageContext(uri, "../".repeat(depth), baseUrl, markdown);
    }

    public String getUri() {
        return uri;
    }

    public String getRoot() {
        return root;
    }

    /** A link from this page to a site path such as {@code programme.html} or {@code css/site.css}. */
    public String url(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        String link = root + p;
        return link.isEmpty() ? "./" : link;
    }

    /** The absolute URL of a site path, for feeds, sitemaps and canonical links. */
    public String abs(String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** This page's absolute URL. */
    public String getCanonical() {
        return abs(uri.equals("index.html") ? "" : uri);
    }

    /** True when {@code path} is this page, for {@code aria-current}. */
    public boolean isCurrent(String path) {
        return uri.equals(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Markdown from data files (abstracts, bios) as HTML with any HTML in it escaped. */
    public String md(String text) {
        return text == null || text.isBlank() ? "" : markdown.renderEscaped(text, root);
    }
}
