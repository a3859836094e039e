package org.confsite.bake;

import java.util.function.UnaryOperator;
import org.confsite.config.Language;
import org.confsite.export.SearchIndex;

/**
 * The search library from its WebJar, with its licence, and each language's search index, made
 * from its pages and posts (not the 404 page) and its programme.
 */
final class WriteSearch implements Step {
    @Override
    public String phase() {
        return "exports";
    }

    @Override
    public String run(Build b) throws java.io.IOException {
        b.write(b.out().resolve(SearchIndex.LIBRARY_PATH), SearchIndex.library(SearchIndex.LIBRARY));
        b.write(b.out().resolve(SearchIndex.LIBRARY_LICENSE_PATH), SearchIndex.library(SearchIndex.LIBRARY_LICENSE));
        // In a serve session, each page's text as the last build made it: only an edited one is made again.
        TextMemo.Round texts = b.cache == null ? null : b.cache.searchTexts().round();
        UnaryOperator<String> textOf = html -> html == null || texts == null ? SearchIndex.text(html) : texts.apply(html);
        for (Language language : b.languages()) {
            SearchIndex index = new SearchIndex();
            // The programme's pages come from the programme itself.
            index.addAll(b.editions.get(language.folder()).parallelStream()
                    .filter(d -> d.getFile() != null && !Bakery.NOT_FOUND_TYPE.equals(d.getType()))
                    .map(d -> SearchIndex.page((String) d.get(Editions.PAGE), "post".equals(d.getType()) ? "news" : "page",
                            (String) d.get("title"), (String) d.get("summary"), d.getBody(), textOf))
                    .toList());
            index.addProgramme(b.programmes.get(language.folder()));
            b.write(b.out().resolve(language.path(SearchIndex.FILE)), index.script());
        }
        if (texts != null) {
            texts.keep();
        }
        return b.languages().size() + " search indexes";
    }
}
