package org.confsite.markdown;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.confsite.config.Language;

/**
 * What the Markdown engine needs to know about the site.
 *
 * @param siteRoot      the folder of site.yaml, against which file names are shown
 * @param contentDir    the content folder; a page's links start from its place in it
 * @param zone          the conference's time zone, in which dates without an offset are read
 * @param newsFolder    files under content/&lt;newsFolder&gt;/ default to type {@code post}
 * @param types         the document types there are templates for
 * @param absoluteTypes types whose pages are served at any address (404): their links start at
 *                      {@code basePath} instead of being relative to the file
 * @param basePath      the path part of the site's base URL
 * @param translations  the suffixes of translations ({@code zh-tw} for {@code about.zh-tw.md}): such a
 *                      file takes its type and date from the page it translates
 * @param languages     the site's languages, the main one first: a post may say it is written in one
 *                      of them only ({@code lang: zh-TW})
 */
public record ContentRules(Path siteRoot, Path contentDir, ZoneId zone, String newsFolder, Set<String> types,
        Set<String> absoluteTypes, String basePath, Set<String> translations, List<Language> languages) {

    public ContentRules {
        types = Set.copyOf(types);
        absoluteTypes = Set.copyOf(absoluteTypes);
        translations = Set.copyOf(translations);
        languages = List.copyOf(languages);
    }

    /** The rules of a site in these languages (the main one first). */
    public ContentRules(Path siteRoot, Path contentDir, ZoneId zone, String newsFolder, Set<String> types,
            Set<String> absoluteTypes, String basePath, List<Language> languages) {
        this(siteRoot, contentDir, zone, newsFolder, types, absoluteTypes, basePath, languages.stream()
                .filter(l -> !l.isMain()).map(Language::folder).collect(java.util.stream.Collectors.toSet()), languages);
    }

    /** The rules of a site in one language. */
    public ContentRules(Path siteRoot, Path contentDir, ZoneId zone, String newsFolder, Set<String> types,
            Set<String> absoluteTypes, String basePath) {
        this(siteRoot, contentDir, zone, newsFolder, types, absoluteTypes, basePath, Set.of(), List.of());
    }

    /** Whether the file is a translation of another page ({@code about.zh-tw.md}). */
    boolean isTranslation(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return translations.stream().anyMatch(t -> stem.endsWith("." + t));
    }

    /** The type of a file that does not name one: {@code post} in the news folder, else {@code page}. */
    String defaultType(Path file) {
        Path rel = contentDir.toAbsolutePath().relativize(file.toAbsolutePath());
        return rel.getNameCount() > 1 && rel.getName(0).toString().equals(newsFolder) ? "post" : "page";
    }

    /** "../" once per folder between the file and the content root. */
    String rootOf(Path file) {
        Path rel = contentDir.toAbsolutePath().relativize(file.toAbsolutePath());
        return "../".repeat(rel.getNameCount() - 1);
    }
}
