package org.confsite.bake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.confsite.config.Language;
import org.confsite.config.SitePaths;
import org.jbake.model.DocumentModel;

/**
 * The pages of the news tags, one set per language, each in that language only: a page per tag
 * used by the language's posts ({@code news/tags/awards.html}, {@code zh-tw/news/tags/ye-shi.html})
 * and the list of them all ({@code news/tags/index.html}). A language's posts are its translations
 * (whose tags may differ from the main post's) and those written in it only; a post not translated
 * yet is on the main language's tag pages only.
 */
final class TagPages {
    /** A page listing the posts of one tag; its {@link #TAG} field is the tag's slug. */
    static final String TAG_TYPE = "tag";
    /** The list of every tag of a language. */
    static final String INDEX_TYPE = "tags";
    static final String TAG = "tag";

    private TagPages() {
    }

    /** The pages, and a warning for each tag written in several ways. */
    record Made(List<DocumentModel> pages, List<String> warnings) {
    }

    /**
     * @param pages   the main language's published pages, and the posts in one language only
     * @param display names a document's file
     */
    static Made create(List<DocumentModel> pages, Editions.Split split, List<Language> languages, Path content,
            String newsFolder, Function<DocumentModel, String> display) {
        List<DocumentModel> made = new ArrayList<>();
        Set<String> warnings = new TreeSet<>();
        for (Language language : languages) {
            List<DocumentModel> posts = pages.stream().filter(d -> "post".equals(d.getType()))
                    .filter(d -> !(d.get(Editions.ONLY) instanceof String only) || only.equals(language.folder())).toList();
            Tags tags = Tags.of(posts, p -> Editions.tagsIn(language, p, split, content), newsFolder, language.locale());
            if (tags.isEmpty()) {
                continue;
            }
            made.add(page(INDEX_TYPE, tags.getIndex(), "tags", language));
            for (Tags.Tag tag : tags.getAll()) {
                DocumentModel d = page(TAG_TYPE, tag.page(), tag.name(), language);
                d.put(TAG, tag.slug());
                made.add(d);
            }
            for (DocumentModel post : posts) {
                for (String written : Editions.tagsIn(language, post, split, content)) {
                    Tags.Tag tag = tags.get(Tags.slug(written));
                    if (!written.equals(tag.name())) {
                        DocumentModel t = language.isMain() ? null : split.translation(language, post, content);
                        warnings.add(display.apply(t != null && t.get("tags") instanceof String[] own && own.length > 0
                                ? t : post) + ": the tag '" + written + "' has the address of '" + tag.name() + "' ("
                                + tag.page() + ") and is shown as it (write the tag one way in every post)");
                    }
                }
            }
        }
        return new Made(made, List.copyOf(warnings));
    }

    private static DocumentModel page(String type, String uri, String title, Language language) {
        DocumentModel d = ProgrammeDocuments.base(type, uri, title);
        d.setRootPath(SitePaths.rootFor(uri));
        d.put(Editions.ONLY, language.folder());
        return d;
    }
}
