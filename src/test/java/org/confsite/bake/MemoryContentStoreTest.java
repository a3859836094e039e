package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-memory store answers JBake's questions as JBake's OrientDB store does, for the same documents. */
class MemoryContentStoreTest {
    private static ContentStore orient;
    private static MemoryContentStore memory;

    @BeforeAll
    static void fill() {
        DocumentTypes.resetDocumentTypes();
        DocumentTypes.addDocumentType("post");
        DocumentTypes.addDocumentType("page");
        orient = new ContentStore("memory", "memory-store-test");
        orient.startup();
        memory = new MemoryContentStore();
        memory.startup();
        for (ContentStore store : List.of(orient, memory)) {
            store.addDocument(doc("news/a.html", "post", "published", 10, new String[] {"x", "y"}));
            store.addDocument(doc("news/b.html", "post", "published", 30, List.of("y")));
            store.addDocument(doc("news/c.html", "post", "draft", 20, new String[] {"x"}));
            store.addDocument(doc("news/d.html", "post", "published", 25, new String[] {"z"}));
            store.addDocument(doc("about.html", "page", "published", 5, new String[] {"x", "w"}));
            store.addDocument(doc("old.html", "page", "published", 1, null));
            store.deleteContent("old.html");
            store.addDocument(doc("news/e.html", "post", "published", 40, null));
        }
    }

    @AfterAll
    static void close() {
        orient.drop();
        orient.close();
        memory.close();
    }

    private static DocumentModel doc(String uri, String type, String status, int day, Object tags) {
        DocumentModel d = new DocumentModel();
        d.setSourceUri(uri);
        d.setUri(uri);
        d.setType(type);
        d.setStatus(status);
        d.setDate(new Date(day * 86_400_000L));
        d.setSha1("sha-" + uri);
        d.setRendered(false);
        d.setCached(true);
        if (tags != null) {
            d.put("tags", tags);
        }
        return d;
    }

    private static List<String> uris(DocumentList<DocumentModel> docs) {
        return docs.stream().map(d -> (String) d.get("sourceuri")).toList();
    }

    private static void same(Function<ContentStore, DocumentList<DocumentModel>> query) {
        assertEquals(uris(query.apply(orient)), uris(query.apply(memory)));
    }

    @Test
    void listsAreTheSameDocumentsInTheSameOrder() {
        assertEquals(List.of("news/e.html", "news/b.html", "news/d.html", "news/a.html"), uris(memory.getPublishedPosts()));
        same(ContentStore::getPublishedPosts);
        same(ContentStore::getPublishedPages);
        same(s -> s.getAllContent("post"));
        same(s -> s.getPublishedContent("page"));
        same(s -> s.getPublishedPostsByTag("x"));
        same(s -> s.getPublishedPostsByTag("y"));
        same(s -> s.getPublishedDocumentsByTag("x"));
        same(ContentStore::getUnrenderedContent);
        same(s -> s.getDocumentByUri("news/c.html"));
    }

    @Test
    void countsAndTagsAreTheSame() {
        for (String type : List.of("post", "page", "none")) {
            assertEquals(orient.getDocumentCount(type), memory.getDocumentCount(type), type);
            assertEquals(orient.getPublishedCount(type), memory.getPublishedCount(type), type);
        }
        assertEquals(orient.getTags(), memory.getTags());
        assertEquals(orient.getAllTags(), memory.getAllTags());
        assertTrue(memory.getAllTags().contains("w"));
    }

    @Test
    void theCrawlersStatusLookupIsTheSame() {
        for (String uri : List.of("news/a.html", "old.html", "missing.html")) {
            DocumentList<DocumentModel> o = orient.getDocumentStatus(uri);
            DocumentList<DocumentModel> m = memory.getDocumentStatus(uri);
            assertEquals(o.size(), m.size(), uri);
            if (!o.isEmpty()) {
                assertEquals(o.get(0).getSha1(), m.get(0).getSha1());
                assertEquals(o.get(0).getRendered(), m.get(0).getRendered());
            }
        }
    }

    @Test
    void pagingTakesTheSameSlice() {
        for (ContentStore store : List.of(orient, memory)) {
            store.setStart(1);
            store.setLimit(2);
        }
        try {
            same(s -> s.getPublishedPosts(true));
            same(s -> s.getAllContent("post", true));
            assertEquals(2, memory.getPublishedPosts(true).size());
        } finally {
            orient.resetPagination();
            memory.resetPagination();
        }
    }
}
