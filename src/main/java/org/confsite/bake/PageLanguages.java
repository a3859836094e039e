package org.confsite.bake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.confsite.config.Language;
import org.jbake.model.DocumentModel;

/**
 * Which languages have their own copy of a site path, as the main language names it. Most pages,
 * the feed, the search index and the calendars are in every language ({@code zh-tw/about.html});
 * a post written in one language ({@code lang: zh-TW}) and a tag page are in theirs only, at that
 * path in its folder, and in no other (no English {@code news/night-market.html}).
 */
final class PageLanguages {
    private final Set<String> everywhere;
    /** Page path to the folders of the languages it is published in, for the pages not in every language. */
    private final Map<String, Set<String>> some;

    private PageLanguages(Set<String> everywhere, Map<String, Set<String>> some) {
        this.everywhere = Set.copyOf(everywhere);
        this.some = Map.copyOf(some);
    }

    /**
     * @param everywhere the paths every language has
     * @param pages      the main language's pages and those in one language only ({@link Editions#ONLY})
     */
    static PageLanguages of(Set<String> everywhere, List<DocumentModel> pages) {
        Map<String, Set<String>> some = new HashMap<>();
        for (DocumentModel d : pages) {
            if (d.get(Editions.ONLY) instanceof String only) {
                some.computeIfAbsent((String) d.get("uri"), p -> new TreeSet<>()).add(only);
            }
        }
        some.replaceAll((p, folders) -> Set.copyOf(folders));
        return new PageLanguages(everywhere, some);
    }

    /** Whether {@code language} has its own copy of {@code path} (as the main language names it). */
    boolean has(Language language, String path) {
        return everywhere.contains(path) || some.getOrDefault(path, Set.of()).contains(language.folder());
    }

    /** The addresses of a page in the languages it is published in: {@code zh-tw/news/night-market.html}. */
    static List<String> addresses(DocumentModel page, List<Language> languages) {
        String uri = (String) page.get("uri");
        return languages.stream().filter(l -> !(page.get(Editions.ONLY) instanceof String only) || only.equals(l.folder()))
                .map(l -> l.path(uri)).toList();
    }
}
