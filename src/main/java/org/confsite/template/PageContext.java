package org.confsite.template;

import org.confsite.config.SitePaths;
import org.confsite.markdown.Markdown;

/**
 * What a template knows about the page it renders: where it sits relative to the site root, and
 * the one helper for every link ({@link #url}), so that no template works out paths itself.
 */
public final class PageContext {
    private final String uri;
    private final String root;
    private final String baseUrl;
    private final boolean servedAnywhere;
    private final Markdown markdown;

    private PageContext(String uri, String root, String baseUrl, boolean servedAnywhere, Markdown markdown) {
        this.uri = uri;
        this.root = root;
        this.baseUrl = baseUrl;
        this.servedAnywhere = servedAnywhere;
        this.markdown = markdown;
    }

    /** A page at {@code uri} (e.g. {@code news/post.html}) whose links are relative to it. */
    public static PageContext relative(String uri, String baseUrl, Markdown markdown) {
        return new PageContext(uri, SitePaths.rootFor(uri), baseUrl, false, markdown);
    }

    /** A page shown for any address (404): links start at the site's base path; no canonical URL. */
    public static PageContext servedAnywhere(String uri, String basePath, String baseUrl, Markdown markdown) {
        return new PageContext(uri, basePath, baseUrl, true, markdown);
    }

    public String getUri() {
        return uri;
    }

    public String getRoot() {
        return root;
    }

    /** A link from this page to a site path such as {@code programme.html} or {@code css/site.css}. */
    public String url(String path) {
        String link = root + SitePaths.fromRoot(path);
        return link.isEmpty() ? "./" : link;
    }

    /**
     * A link from data (a session's or a person's links): web and mail addresses as they are,
     * anything else as a path of this site.
     */
    public String link(String url) {
        return url.matches("(?i)(https?|mailto):.*") ? url : url(url);
    }

    /** True for a link that leaves this site. */
    public boolean isExternal(String url) {
        return url.matches("(?i)https?:.*");
    }

    /** The absolute URL of a site path, for feeds, sitemaps and canonical links. */
    public String abs(String path) {
        return baseUrl + SitePaths.fromRoot(path);
    }

    /** This page's absolute URL, or null for a page shown at any address. */
    public String getCanonical() {
        return servedAnywhere ? null : abs(uri.equals("index.html") ? "" : uri);
    }

    /** True when {@code path} is this page, for {@code aria-current}. */
    public boolean isCurrent(String path) {
        return uri.equals(SitePaths.fromRoot(path));
    }

    /** Markdown from data files (abstracts, bios) as HTML with any HTML in it escaped. */
    public String md(String text) {
        return text == null || text.isBlank() ? "" : markdown.renderEscaped(text, root);
    }
}
