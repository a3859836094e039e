package org.confsite.template;

import java.util.List;
import java.util.function.Predicate;
import org.confsite.config.Language;
import org.confsite.config.SitePaths;
import org.confsite.markdown.Markdown;

/**
 * What a template knows about the page it renders: where it sits relative to the site root, its
 * language, and the one helper for every link ({@link #url}), so that no template works out
 * paths itself. A page of another language than the main one links to that language's copy of
 * every page (and of every file each language has, such as the feed), and to the one shared copy
 * of anything else (stylesheets, pictures, schedules).
 */
public final class PageContext {
    private final String uri;
    private final String page;
    private final String root;
    private final String baseUrl;
    private final String basePath;
    private final boolean servedAnywhere;
    private final Markdown markdown;
    private final Language language;
    private final List<Language> languages;
    private final Predicate<String> localized;
    private final Predicate<String> untranslated;
    private final java.util.function.Function<String, org.confsite.images.Picture> pictures;

    /**
     * @param uri       the page's site path, e.g. {@code zh-tw/news/post.html}
     * @param page      the same page's path in the main language, e.g. {@code news/post.html}
     * @param localized    whether a site path (as the main language names it) has a copy in each language
     * @param untranslated whether a page (by its own path, e.g. zh-tw/venue.html) shows the main
     *                     language's text, not yet translated
     */
    private PageContext(String uri, String page, String root, String baseUrl, String basePath, boolean servedAnywhere,
            Markdown markdown, Language language, List<Language> languages, Predicate<String> localized,
            Predicate<String> untranslated, java.util.function.Function<String, org.confsite.images.Picture> pictures) {
        this.uri = uri;
        this.page = page;
        this.root = root;
        this.baseUrl = baseUrl;
        this.basePath = basePath;
        this.servedAnywhere = servedAnywhere;
        this.markdown = markdown;
        this.language = language;
        this.languages = List.copyOf(languages);
        this.localized = localized;
        this.untranslated = untranslated;
        this.pictures = pictures;
    }

    /**
     * A page of {@code language}: {@code page} is its path in the main language; its own path is
     * {@code language.path(page)}. Links are relative to it, or, when {@code servedAnywhere} (the
     * 404 page, shown for any address), start at {@code basePath}, and it has no canonical URL.
     */
    public static PageContext of(String page, Language language, List<Language> languages, Predicate<String> localized,
            Predicate<String> untranslated, String baseUrl, String basePath, boolean servedAnywhere, Markdown markdown) {
        return of(page, language, languages, localized, untranslated, baseUrl, basePath, servedAnywhere, markdown, p -> null);
    }

    /** As above, with the pictures published in several widths, by site path ({@link #srcset}). */
    public static PageContext of(String page, Language language, List<Language> languages, Predicate<String> localized,
            Predicate<String> untranslated, String baseUrl, String basePath, boolean servedAnywhere, Markdown markdown,
            java.util.function.Function<String, org.confsite.images.Picture> pictures) {
        String uri = language.path(page);
        return new PageContext(uri, page, servedAnywhere ? basePath : SitePaths.rootFor(uri), baseUrl, basePath,
                servedAnywhere, markdown, language, languages, localized, untranslated, pictures);
    }

    /**
     * A picture's smaller copies as a {@code srcset} of links from this page, e.g.
     * {@code ../img/ada-480w.jpg 480w, ../img/ada-960w.jpg 960w}; "" when it has none.
     */
    public String srcset(String path) {
        org.confsite.images.Picture picture = pictures.apply(SitePaths.fromRoot(path));
        if (picture == null || picture.widths().isEmpty()) {
            return "";
        }
        return String.join(", ", picture.widths().stream().map(w -> url(picture.copy(w)) + " " + w + "w").toList());
    }

    /** A picture's width and height in pixels, as {@code width="..." height="..."} wants them; empty when not known. */
    public List<Integer> pictureSize(String path) {
        org.confsite.images.Picture picture = pictures.apply(SitePaths.fromRoot(path));
        return picture == null ? List.of() : List.of(picture.width(), picture.height());
    }

    /** The link to the copy of a picture a browser without {@code srcset} loads (the picture itself when it has no copies). */
    public String pictureSrc(String path) {
        org.confsite.images.Picture picture = pictures.apply(SitePaths.fromRoot(path));
        return url(picture == null ? SitePaths.fromRoot(path) : picture.fallback());
    }

    /** The link to the largest copy of a picture (the picture itself when it has no copies), e.g. for a gallery's photo. */
    public String pictureLargest(String path) {
        org.confsite.images.Picture picture = pictures.apply(SitePaths.fromRoot(path));
        if (picture == null || picture.widths().isEmpty()) {
            return url(SitePaths.fromRoot(path));
        }
        return url(picture.copy(picture.widths().get(picture.widths().size() - 1)));
    }

    /**
     * The languages the page {@code page} (as the main language names it) is written in: the main
     * one, and each other that has translated it. A page shown untranslated is a copy, which
     * search engines are told of by its canonical link, not as an alternate in another language.
     */
    public List<Language> editionsOf(String page) {
        return languages.stream().filter(l -> l.isMain() || !untranslated.test(l.path(page))).toList();
    }

    /** The languages this page is written in (see {@link #editionsOf}). */
    public List<Language> getEditions() {
        return editionsOf(page);
    }

    public String getUri() {
        return uri;
    }

    /** The page's path in the main language, the same in every language. */
    public String getPage() {
        return page;
    }

    public String getRoot() {
        return root;
    }

    /** The language of this page. */
    public Language getLanguage() {
        return language;
    }

    /** Every language of the site, the main one first. */
    public List<Language> getLanguages() {
        return languages;
    }

    /** The path of {@code path} (as the main language names it) in this page's language. */
    private String inLanguage(String path, Language in) {
        String p = SitePaths.fromRoot(path);
        if (in.isMain()) {
            return p;
        }
        int hash = p.indexOf('#');
        int query = p.indexOf('?');
        int cut = hash < 0 ? query : query < 0 ? hash : Math.min(hash, query);
        String file = cut < 0 ? p : p.substring(0, cut);
        return localized.test(file.isEmpty() || file.endsWith("/") ? file + "index.html" : file) ? in.path(p) : p;
    }

    /** A link from this page to a site path such as {@code programme.html} or {@code css/site.css}. */
    public String url(String path) {
        return fromHere(inLanguage(path, language));
    }

    /** The link to a site path: within this page's language folder, without leaving and entering it again. */
    private String fromHere(String target) {
        String folder = language.folder() + "/";
        String link = !servedAnywhere && !language.isMain() && target.startsWith(folder)
                ? SitePaths.rootFor(page) + target.substring(folder.length()) : root + target;
        return link.isEmpty() ? "./" : link;
    }

    /** A link from this page to the same page in {@code other}. */
    public String alternate(Language other) {
        return fromHere(inLanguage(page, other));
    }

    /** The absolute URL of this page in {@code other}, for {@code hreflang} links. */
    public String alternateAbs(Language other) {
        return absIn(page, other);
    }

    /** The absolute URL of the page {@code page} (as the main language names it) in {@code other}. */
    public String absIn(String page, Language other) {
        return abs(pretty(inLanguage(page, other)));
    }

    /** The absolute URL of a page, a home page's as its folder ({@code zh-tw/}), for feeds and sitemaps. */
    public String absPage(String uri) {
        return abs(pretty(uri));
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

    /** The absolute URL of a site path (as the main language names it) in this page's language. */
    public String absHere(String path) {
        return abs(inLanguage(path, language));
    }

    /** This page's absolute URL, or null for a page shown at any address. */
    public String getCanonical() {
        if (servedAnywhere) {
            return null;
        }
        // A copy of the main language's page, shown until it is translated, points to the original.
        return abs(pretty(untranslated.test(uri) ? page : uri));
    }

    /** A home page's address as its folder: {@code zh-tw/} for {@code zh-tw/index.html}. */
    private String pretty(String path) {
        for (Language l : languages) {
            if (path.equals(l.path("index.html"))) {
                return path.substring(0, path.length() - "index.html".length());
            }
        }
        return path;
    }

    /** True when {@code path} is this page, for {@code aria-current}. */
    public boolean isCurrent(String path) {
        return page.equals(SitePaths.fromRoot(path));
    }

    /** Markdown from data files (abstracts, bios) as HTML with any HTML in it escaped. */
    public String md(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String html = markdown.renderEscaped(text, language.isMain() ? root : SitePaths.rootFor(page));
        return language.isMain() ? html : SitePaths.relocate(html, page, language, localized, basePath, servedAnywhere);
    }
}
