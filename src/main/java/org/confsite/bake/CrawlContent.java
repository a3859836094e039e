package org.confsite.bake;

import java.time.ZoneId;
import java.util.Set;
import org.confsite.markdown.ContentRules;
import org.confsite.markdown.FrontMatterMarkdownEngine;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

/**
 * Crawls {@code content/} with JBake's crawler ({@link ContentCrawler}) and our Markdown engine,
 * registered for {@code .md} and {@code .markdown} through JBake's {@link Engines}: every file
 * read on all cores first, then stored in the in-memory store in the crawler's order. Stops the
 * build here if the sources read so far have problems.
 */
final class CrawlContent implements Step {
    @Override
    public String phase() {
        return "content";
    }

    @Override
    public String run(Build b) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : b.config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
        // Without a readable conference the build fails anyway; UTC only lets the pages be checked.
        b.zone = b.programme != null ? b.programme.getConference().timeZone() : ZoneId.of("UTC");
        b.engine = new FrontMatterMarkdownEngine(b.markdown, new ContentRules(b.site.root(), b.site.content(), b.zone,
                b.site.newsFolder(), Bakery.CONTENT_TYPES, Set.of(Bakery.NOT_FOUND_TYPE), b.site.basePath(),
                b.site.languages()), b.cache == null ? null : b.cache.content());
        if (b.site.languages().size() > 1) {
            // A site in two languages has tags in the second one, most often in a script without Latin letters.
            Slugs.prepareInBackground();
        }
        Engines.register("md", b.engine);
        Engines.register("markdown", b.engine);
        if (b.contentFiles != null) {
            b.engine.prepare(b.contentFiles.pages(), b.config);
        }
        new ContentCrawler(b.db, b.config, b.cache, b.files.content()).crawl();
        b.problems.addAll(b.engine.problems());
        b.problems.throwIfAny();
        b.crawled = b.engine.documents();
        b.engine.warnings().forEach(w -> b.warnings.add(w.toString()));
        return b.crawled.size() + " Markdown files";
    }
}
