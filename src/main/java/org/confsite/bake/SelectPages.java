package org.confsite.bake;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jbake.model.DocumentModel;

/**
 * Decides what is published: no drafts (the preview shows them, marked) and nothing dated after
 * the build's "now"; translations set aside to be placed at their pages; every page an ASCII
 * address; one page per session, person, paper, kind and track, the search and agenda pages
 * and each language's tag pages when the theme has their templates; no two pages at one address.
 * A post written in one language only ({@code lang:}) is among the pages, at its path as the main
 * language would name it, marked with its language ({@link Editions#ONLY}); so is a post no other
 * language has translated yet, in the main language ({@link Editions#keepUntranslatedPostsInTheMainLanguage}).
 */
final class SelectPages implements Step {
    @Override
    public String phase() {
        return "content";
    }

    @Override
    public String run(Build b) {
        Map<Publication.State, List<DocumentModel>> byState = new EnumMap<>(Publication.State.class);
        for (Publication.State s : Publication.State.values()) {
            byState.put(s, new ArrayList<>());
        }
        b.crawled.forEach(d -> byState.get(Publication.of(d, b.now)).add(d));
        b.byState = byState;
        List<DocumentModel> pages = new ArrayList<>(byState.get(Publication.State.PUBLISHED));
        if (b.preview()) {
            // The preview shows drafts as pages, listed like the others and marked on their page.
            for (DocumentModel draft : byState.get(Publication.State.DRAFT)) {
                draft.setStatus("published");
                draft.put(Bakery.DRAFT_MARK, Boolean.TRUE);
                pages.add(draft);
            }
        }
        b.split = Editions.split(pages, b.crawled, b.languages(), b.site.content(), b.site.root(), b::fileOf);
        Editions.keepUntranslatedPostsInTheMainLanguage(b.split, b.languages(), b.site.content());
        pages = new ArrayList<>(b.split.pages());
        b.warnings.addAll(Warnings.sameTitles(pages, b::fileOf));
        PageUris.assign(pages, b::fileOf);
        b.translations = Editions.placeTranslations(b.split, b.languages(), b.site.content());
        List<DocumentModel> generated = new ArrayList<>(ProgrammeDocuments.create(b.programme));
        generated.addAll(InfoDocuments.create(b.info));
        // A theme made before these pages existed has no template for them: the site is built without.
        for (String[] page : new String[][] {{Bakery.SEARCH_TYPE, "search.html"}, {Bakery.AGENDA_TYPE, "agenda.html"}}) {
            if (Files.isRegularFile(b.site.templates().resolve(page[0] + ".ftlh"))) {
                generated.add(generatedPage(page[0], page[1]));
            } else {
                b.missingPages.add(page[1]);
            }
        }
        // The tag pages of each language, when the theme has their templates.
        if (Files.isRegularFile(b.site.templates().resolve(TagPages.TAG_TYPE + ".ftlh"))
                && Files.isRegularFile(b.site.templates().resolve(TagPages.INDEX_TYPE + ".ftlh"))) {
            TagPages.Made tags = TagPages.create(pages, b.split, b.languages(), b.site.content(), b.site.newsFolder(),
                    b::fileOf);
            generated.addAll(tags.pages());
            b.warnings.addAll(tags.warnings());
            b.tagPages = true;
        }
        generated.forEach(b.db::addDocument);
        pages.addAll(generated);
        pages.sort(Comparator.comparing(d -> (String) d.get("uri")));
        // A page in a language's folder (content/zh-tw/about.md) is that language's page's address: say why.
        CheckLinks.requireOwnFolders(b.languages(), pages.stream().filter(d -> d.get(Editions.ONLY) == null)
                .map(d -> (String) d.get("uri")).collect(java.util.stream.Collectors.toSet()), List.of());
        PageUris.requireUnique(pages, d -> PageLanguages.addresses(d, b.languages()), b::fileOf);
        b.pages = pages;
        return null;
    }

    /** A page of each language made from no file: the search page, the agenda (template: the type's). */
    private static DocumentModel generatedPage(String type, String uri) {
        DocumentModel d = ProgrammeDocuments.base(type, uri, type);
        d.setRootPath("");
        return d;
    }
}
