package org.confsite.bake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.confsite.config.Language;
import org.confsite.config.SitePaths;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.jbake.model.DocumentModel;

/**
 * The site's pages in each of its languages. The main language's pages are the crawled and
 * generated documents; another language's edition of a page has the same path under the
 * language's folder ({@code zh-tw/about.html}) and is made from the page's translation, kept
 * beside it ({@code content/about.zh-tw.md}), or, when there is none yet, from the page itself,
 * marked so that templates say it is not translated and mark its text as the main language.
 *
 * <p>A translation is written as if it were at its page's place: its links are the page's
 * links. Each edition's links are then moved ({@link SitePaths#relocate}): a link to a page or another
 * file the language has leads to the language's copy, any other (pictures, schedules) to the
 * one file all languages share.
 */
public final class Editions {
    /** A document's language: the folder of its language, "" for the main one. */
    static final String LANGUAGE = "language";
    /** The page's path in the main language, the same for all its editions. */
    static final String PAGE = "page_uri";
    /** The tags of the languages a page is written in, e.g. "[en, zh-Hant-TW]". */
    static final String WRITTEN_IN = "written_in";
    /** On an edition shown untranslated: the tag of the language its text is in. */
    static final String UNTRANSLATED = "untranslated";
    /**
     * On a page published in one language only (a post with {@code lang:}, a tag page): the folder
     * of that language. Its page path ({@link #PAGE}) is as the main language would name it; its
     * address is that path in its language ({@code zh-tw/news/night-market.html}).
     */
    static final String ONLY = org.confsite.markdown.FrontMatter.ONLY_IN;
    /** On a post published in the main language only because no other language has translated it yet. */
    static final String AWAITING = org.confsite.markdown.FrontMatter.AWAITING_TRANSLATION;
    /** Fields of a page that its translation cannot change. */
    private static final Set<String> KEPT = Set.of("type", "date", "uri", "sourceuri", "rootpath", "noExtensionUri",
            "slug");

    private Editions() {
    }

    /**
     * The crawled documents split into pages and translations.
     *
     * @param stems each page's file as {@link #key} spells it without the language, worked out
     *              once: every page's translation is looked up once per language and step
     */
    record Split(List<DocumentModel> pages, Map<String, DocumentModel> translations, Map<String, String> stems) {
        DocumentModel translation(Language language, DocumentModel page, Path content) {
            if (page.getFile() == null) {
                return null;
            }
            String stem = stems.computeIfAbsent(page.getFile(), f -> stem(SitePaths.display(content, Path.of(f))));
            return translations.get(language.folder() + "\u0000" + stem);
        }
    }

    /**
     * The language folder a file's name says it translates into ({@code about.zh-tw.md}: zh-tw),
     * or null for a page.
     */
    public static String translationFolder(Path file, List<Language> languages) {
        String name = stem(file.getFileName().toString());
        for (Language l : languages) {
            if (!l.isMain() && name.endsWith("." + l.folder())) {
                return l.folder();
            }
        }
        return null;
    }

    /**
     * Sorts translations from pages. A translation of a page that is not there at all (not even as a
     * draft) is an error; one of a page not published (a draft, a post not yet due) is left out.
     *
     * @param all      every crawled document, published or not, to tell a missing page from an unpublished one
     * @param display  names a document's file
     */
    static Split split(List<DocumentModel> docs, List<DocumentModel> all, List<Language> languages, Path content,
            Path root, java.util.function.Function<DocumentModel, String> display) {
        Map<String, DocumentModel> sources = new HashMap<>();
        for (DocumentModel d : all) {
            if (d.getFile() != null && translationFolder(Path.of(d.getFile()), languages) == null) {
                sources.put(key("", content, Path.of(d.getFile())), d);
            }
        }
        List<DocumentModel> pages = new ArrayList<>();
        Map<String, DocumentModel> translations = new HashMap<>();
        Problems problems = new Problems();
        for (DocumentModel d : all) {
            String folder = d.getFile() == null ? null : translationFolder(Path.of(d.getFile()), languages);
            DocumentModel page = folder == null ? null
                    : sources.get(key("", content, content.resolve(original(content, Path.of(d.getFile()), folder))));
            if (page != null && page.get(ONLY) instanceof String only) {
                String named = languages.stream().filter(l -> l.folder().equals(only)).findFirst().map(Language::tag)
                        .orElse(only);
                problems.add(Problem.at(display.apply(d), 1, 1, "this file translates " + display.apply(page)
                        + ", which is written in one language only (lang: " + named + ")",
                        "delete this file, or remove the lang: line from " + display.apply(page)
                        + " to publish the post in every language with this translation"));
            }
        }
        for (DocumentModel d : docs) {
            String folder = d.getFile() == null ? null : translationFolder(Path.of(d.getFile()), languages);
            if (folder == null) {
                pages.add(d);
                continue;
            }
            String page = original(content, Path.of(d.getFile()), folder);
            if (!sources.containsKey(key("", content, content.resolve(page)))) {
                problems.add(Problem.at(display.apply(d), 1, 1, "this file translates "
                        + SitePaths.display(root, content.resolve(page)) + ", which is not there",
                        "a translation is named after the page it translates and kept beside it (about." + folder
                        + ".md translates about.md): create the page, or rename this file"));
            } else if (d.get("slug") != null) {
                problems.add(Problem.at(display.apply(d), 1, 1, "a translation cannot have its own slug",
                        "remove the slug: line; the page in every language has the address of the page it translates"));
            } else {
                translations.put(key(folder, content, content.resolve(page)), d);
            }
        }
        problems.throwIfAny();
        return new Split(pages, translations, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * Publishes each post that no other language has translated yet in the main language only
     * ({@link #ONLY}, {@link #AWAITING}): the other languages list it, marked with its language and
     * linked to its one page, instead of publishing a copy of it under their folder. A page keeps
     * its copies (the menus and links of each language lead to its pages); so does a post that some
     * languages have translated and others not, in a site of three languages or more.
     */
    static void keepUntranslatedPostsInTheMainLanguage(Split split, List<Language> languages, Path content) {
        List<Language> others = languages.stream().filter(l -> !l.isMain()).toList();
        if (others.isEmpty()) {
            return;
        }
        String main = languages.stream().filter(Language::isMain).findFirst().orElseThrow().folder();
        for (DocumentModel page : split.pages()) {
            if ("post".equals(page.getType()) && page.getFile() != null && page.get(ONLY) == null
                    && others.stream().allMatch(l -> split.translation(l, page, content) == null)) {
                page.put(ONLY, main);
                page.put(AWAITING, Boolean.TRUE);
            }
        }
    }

    /**
     * Gives the translations their page's address, so that their links are checked as the page's
     * are. Call after the pages have their final addresses. Returns the translations of these pages.
     */
    static List<DocumentModel> placeTranslations(Split split, List<Language> languages, Path content) {
        List<DocumentModel> placed = new ArrayList<>();
        for (Language l : languages) {
            for (DocumentModel page : split.pages()) {
                DocumentModel t = split.translation(l, page, content);
                if (t != null) {
                    t.setUri((String) page.get("uri"));
                    t.put("uri", page.get("uri"));
                    placed.add(t);
                }
            }
        }
        return placed;
    }

    /**
     * The pages of {@code language}: each of {@code pages} translated, or as it is and marked.
     *
     * @param localized whether a site path (as the main language names it) has a copy in each language
     */
    static List<DocumentModel> of(Language language, Language main, Split split, List<DocumentModel> pages, Path content,
            Predicate<String> localized, String basePath) {
        List<DocumentModel> out = new ArrayList<>(pages.size());
        for (DocumentModel page : pages) {
            String uri = (String) page.get("uri");
            if (page.get(ONLY) instanceof String only && !only.equals(language.folder())) {
                continue; // written in another language only
            }
            if (language.isMain()) {
                page.put(PAGE, uri);
                page.put(LANGUAGE, language.folder());
                out.add(page);
                continue;
            }
            DocumentModel edition = new DocumentModel();
            edition.putAll(page);
            DocumentModel t = split.translation(language, page, content);
            if (t != null) {
                t.forEach((k, v) -> {
                    if (!KEPT.contains(k) && !(v instanceof Object[] array && array.length == 0)) {
                        edition.put(k, v);
                    }
                });
            } else if (page.getFile() != null && page.get(ONLY) == null) {
                edition.put(UNTRANSLATED, main.tag());
            }
            String at = language.path(uri);
            edition.setUri(at);
            edition.put("uri", at);
            edition.put(PAGE, uri);
            edition.put(LANGUAGE, language.folder());
            edition.setRootPath(SitePaths.rootFor(at));
            if (edition.get("body") instanceof String body) {
                boolean anywhere = Bakery.NOT_FOUND_TYPE.equals(page.getType());
                edition.setBody(SitePaths.relocate(body, uri, language, localized, basePath, anywhere));
            }
            out.add(edition);
        }
        return out;
    }

    /**
     * The tags a page has in {@code language}: its translation's when the translation gives some,
     * else its own (as {@link #of} makes the language's edition of it).
     */
    static String[] tagsIn(Language language, DocumentModel page, Split split, Path content) {
        DocumentModel t = language.isMain() ? null : split.translation(language, page, content);
        if (t != null && t.get("tags") instanceof String[] tags && tags.length > 0) {
            return tags;
        }
        return page.get("tags") instanceof String[] tags ? tags : new String[0];
    }

    /** The file a translation translates, relative to the content folder, e.g. {@code news/a.md}. */
    private static String original(Path content, Path translation, String folder) {
        String rel = SitePaths.display(content, translation);
        String stem = stem(rel);
        String ext = rel.substring(stem.length());
        return stem.substring(0, stem.length() - folder.length() - 1) + ext;
    }

    /** A page's key: its path in the content folder without the extension, and the language. */
    private static String key(String folder, Path content, Path file) {
        return folder + "\u0000" + stem(SitePaths.display(content, file));
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') && dot > 0 ? name.substring(0, dot) : name;
    }
}
