package org.confsite.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store, kept in memory instead of an OrientDB database: the same answers to the
 * same questions, without the database's start (seconds; see docs/benchmark.md) or a record write per
 * document.
 *
 * <p>A build is one process and keeps nothing between runs, so the store has nothing to persist:
 * the documents live in a map by source URI, in the order they were added. Queries that JBake
 * sorts "by date desc" sort the same way, undated documents last; OrientDB leaves the order of
 * equal dates unspecified, here it is the order of insertion. The store is for one thread at a
 * time, like JBake's.
 */
public final class MemoryContentStore extends ContentStore {
    private final Map<String, DocumentModel> bySourceUri = new LinkedHashMap<>();
    private final List<DocumentModel> unkeyed = new ArrayList<>();
    private boolean active;

    public MemoryContentStore() {
        super("memory", "confsite");
    }

    @Override
    public void startup() {
        active = true;
    }

    @Override
    public void close() {
        active = false;
    }

    @Override
    public void drop() {
        bySourceUri.clear();
        unkeyed.clear();
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void addDocument(DocumentModel document) {
        String uri = document.getSourceuri();
        if (uri == null) {
            unkeyed.add(document);
        } else {
            // A source URI names one document, as JBake's crawler deletes the old one before adding.
            bySourceUri.remove(uri);
            bySourceUri.put(uri, document);
        }
    }

    @Override
    public void deleteContent(String uri) {
        bySourceUri.remove(uri);
        unkeyed.removeIf(d -> uri.equals(d.getSourceuri()));
    }

    @Override
    public void deleteAllByDocType(String docType) {
        bySourceUri.values().removeIf(d -> docType.equals(d.getType()));
        unkeyed.removeIf(d -> docType.equals(d.getType()));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        for (DocumentModel d : all()) {
            if (!Boolean.TRUE.equals(d.get(ModelAttributes.RENDERED)) && Boolean.TRUE.equals(d.get(ModelAttributes.CACHED))
                    && Objects.equals(d.getType(), document.getType())
                    && Objects.equals(d.getSourceuri(), document.getSourceuri())) {
                d.setRendered(true);
            }
        }
    }

    @Override
    public long getDocumentCount(String docType) {
        return all().stream().filter(ofType(docType)).count();
    }

    @Override
    public long getPublishedCount(String docType) {
        return all().stream().filter(ofType(docType).and(MemoryContentStore::published)).count();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return select(d -> uri.equals(d.getSourceuri()), false, false);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> found = new DocumentList<>();
        DocumentModel d = bySourceUri.get(uri);
        if (d != null) {
            DocumentModel status = new DocumentModel();
            status.setSha1(d.getSha1());
            status.setRendered(Boolean.TRUE.equals(d.get(ModelAttributes.RENDERED)));
            found.add(status);
        }
        return found;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return getPublishedContent("post", applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(ofType("post").and(MemoryContentStore::published).and(tagged(tag)), true, false);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> documents = new DocumentList<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            documents.addAll(select(ofType(docType).and(MemoryContentStore::published).and(tagged(tag)), true, false));
        }
        return documents;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return getPublishedContent(docType, false);
    }

    private DocumentList<DocumentModel> getPublishedContent(String docType, boolean applyPaging) {
        return select(ofType(docType).and(MemoryContentStore::published), true, applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return getAllContent(docType, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return select(ofType(docType), true, applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(d -> !Boolean.TRUE.equals(d.get(ModelAttributes.RENDERED)), true, false);
    }

    @Override
    public Set<String> getTags() {
        return tagsOf(ofType("post").and(MemoryContentStore::published));
    }

    @Override
    public Set<String> getAllTags() {
        Set<String> tags = new TreeSet<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            tags.addAll(tagsOf(ofType(docType).and(MemoryContentStore::published)));
        }
        return tags;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // Nothing outlives a build: there is no cache to clear.
    }

    private Collection<DocumentModel> all() {
        if (unkeyed.isEmpty()) {
            return bySourceUri.values();
        }
        List<DocumentModel> all = new ArrayList<>(bySourceUri.values());
        all.addAll(unkeyed);
        return all;
    }

    private DocumentList<DocumentModel> select(Predicate<DocumentModel> filter, boolean newestFirst, boolean applyPaging) {
        List<DocumentModel> found = new ArrayList<>();
        for (DocumentModel d : all()) {
            if (filter.test(d)) {
                found.add(d);
            }
        }
        if (newestFirst) {
            found.sort(Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.<Date>reverseOrder())));
        }
        int from = 0;
        int to = found.size();
        if (applyPaging && getStart() >= 0 && getLimit() > 0) {
            from = (int) Math.min(found.size(), getStart());
            to = (int) Math.min(found.size(), from + getLimit());
        }
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(found.subList(from, to));
        return list;
    }

    private Set<String> tagsOf(Predicate<DocumentModel> filter) {
        Set<String> tags = new TreeSet<>();
        for (DocumentModel d : all()) {
            if (filter.test(d)) {
                tags.addAll(tagList(d));
            }
        }
        return tags;
    }

    private static Predicate<DocumentModel> ofType(String docType) {
        return d -> docType.equals(d.getType());
    }

    private static boolean published(DocumentModel d) {
        return ModelAttributes.Status.PUBLISHED.equals(d.getStatus());
    }

    private static Predicate<DocumentModel> tagged(String tag) {
        return d -> tagList(d).contains(tag);
    }

    private static List<String> tagList(DocumentModel d) {
        Object tags = d.get(ModelAttributes.TAGS);
        if (tags instanceof String[] array) {
            return List.of(array);
        }
        if (tags instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
