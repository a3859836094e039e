package org.confsite.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confsite.config.Language;
import org.jbake.model.DocumentModel;

/**
 * Every page in every language ({@link Editions}): the translation where there is one, else the
 * main language's page with a notice; a page in one language only, in that one. In a site written
 * over, clears the way for them.
 */
final class MakeEditions implements Step {
    @Override
    public String phase() {
        return "content";
    }

    @Override
    public String run(Build b) {
        List<Language> languages = b.languages();
        Map<String, List<DocumentModel>> editions = new LinkedHashMap<>();
        List<DocumentModel> all = new ArrayList<>();
        for (Language language : languages) {
            List<DocumentModel> ofLanguage = Editions.of(language, b.site.mainLanguage(), b.split, b.pages, b.site.content(),
                    p -> b.pageLanguages.has(language, p), b.site.basePath());
            editions.put(language.folder(), ofLanguage);
            all.addAll(ofLanguage);
        }
        all.sort(Comparator.comparing(d -> (String) d.get("uri")));
        Set<String> untranslated = new HashSet<>();
        all.stream().filter(d -> d.get(Editions.UNTRANSLATED) != null).forEach(d -> untranslated.add((String) d.get("uri")));
        // Which languages each page is written in shows in every edition's head (hreflang): a
        // page whose translation comes or goes is rendered again, not taken from the last build.
        for (DocumentModel d : all) {
            String page = (String) d.get(Editions.PAGE);
            d.put(Editions.WRITTEN_IN, languages.stream().filter(l -> b.pageLanguages.has(l, page))
                    .filter(l -> l.isMain() || !untranslated.contains(l.path(page))).map(Language::tag).toList().toString());
        }
        if (b.stage.reused()) {
            Set<String> toWrite = new HashSet<>(b.linkable);
            toWrite.addAll(b.assetPaths);
            b.stage.makeRoom(toWrite);
        }
        b.editions = editions;
        b.all = all;
        b.untranslated = untranslated;
        return null;
    }
}
