package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.confsite.markdown.ContentRules;
import org.confsite.markdown.FrontMatterMarkdownEngine;
import org.confsite.markdown.Markdown;
import org.confsite.support.TestSites;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast crawler gives the same documents, in the same order, as JBake's own. */
class ContentCrawlerTest {
    @TempDir
    Path tmp;

    @Test
    void documentsAreTheStockCrawlersWithTheSameUrisHashesAndRoots() {
        Path site = TestSites.copyFixture(tmp);
        // Names that exercise the URI rules: a space, non-ASCII, a nested folder, a dot in the name.
        TestSites.write(site.resolve("content/news/with space.md"), "---\ntitle: A\ndate: 2029-01-02\n---\nA\n");
        TestSites.write(site.resolve("content/news/台北.md"), "---\ntitle: B\ndate: 2029-01-03\n---\nB\n");
        TestSites.write(site.resolve("content/guides/deep/v1.2.md"), "---\ntitle: C\n---\nC\n");
        TestSites.write(site.resolve("content/news-archive.md"), "---\ntitle: D\n---\nD\n");
        List<DocumentModel> stock = crawl(site, Crawler::new);
        List<DocumentModel> fast = crawl(site, ContentCrawler::new);
        assertTrue(stock.size() > 10, "documents: " + stock.size());
        assertEquals(stock, fast);
        assertTrue(fast.stream().anyMatch(d -> "news/with+space.html".equals(d.get("uri"))), fast.toString());
    }

    private List<DocumentModel> crawl(Path site, BiFunction<ContentStore, DefaultJBakeConfiguration, Crawler> crawler) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(site.toFile(), tmp.resolve("out").toFile(), true);
        config.setContentFolder(site.resolve("content").toFile());
        DocumentTypes.resetDocumentTypes();
        for (String type : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
        Bakery.CONTENT_TYPES.forEach(DocumentTypes::addDocumentType);
        FrontMatterMarkdownEngine engine = new FrontMatterMarkdownEngine(new Markdown(), new ContentRules(site,
                site.resolve("content"), ZoneId.of("Asia/Taipei"), "news", Bakery.CONTENT_TYPES, Set.of("notfound"), "/"));
        Engines.register("md", engine);
        MemoryContentStore store = new MemoryContentStore();
        crawler.apply(store, config).crawl();
        assertEquals(List.of(), engine.problems());
        // Arrays (the tags) compare by identity: compare their elements.
        return engine.documents().stream().map(d -> {
            DocumentModel copy = new DocumentModel();
            d.forEach((k, v) -> copy.put(k, v instanceof Object[] array ? List.of(array) : v));
            return copy;
        }).toList();
    }
}
