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
 * address; one page per session, person, paper, kind and track, and the search and agenda pages
 * when the theme has their templates; no two pages at one address.
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
        generated.forEach(b.db::addDocument);
        pages.addAll(generated);
        pages.sort(Comparator.comparing(d -> (String) d.get("uri")));
        PageUris.requireUnique(pages, b::fileOf);
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
