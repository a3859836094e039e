package org.confsite.bake;

import freemarker.template.Configuration;
import java.util.Map;
import org.confsite.markdown.ContentCache;

/**
 * What a {@code serve} session keeps from one build to the next, so that a rebuild after an edit
 * does only the work the edit calls for: the Markdown files' documents ({@link ContentCache}),
 * Freemarker's parsed templates (re-read when a template file changes) and what each page was
 * made from ({@link RenderPlan}), so that only the pages an edit touches are rendered again, and
 * what was made of each page's HTML (its text for the search, its hash). A
 * build without a session starts from nothing; the output is the same either way.
 */
public final class RebuildCache {
    private final ContentCache content = new ContentCache();
    private final ContentCrawler.Session crawls = new ContentCrawler.Session();
    private Configuration templates;
    private RenderPlan.Record lastBuild;
    private final boolean drafts;
    /** Each page's text for the search index, by its HTML. */
    private final TextMemo searchTexts = new TextMemo(org.confsite.export.SearchIndex::text);
    /** The hash of each page's HTML ({@link RenderPlan}'s fingerprints), by the HTML. */
    private final TextMemo textHashes = new TextMemo(RenderPlan::sha1);
    /** Successful builds so far. */
    private long builds;
    /** The folders beside the output known to hold a build's site whole (by {@link OutputSwap#identity}), and which build. */
    private final Map<String, Long> whole = new java.util.HashMap<>();

    /** @param drafts whether drafts are built as pages, marked as drafts (the preview) */
    public RebuildCache(boolean drafts) {
        this.drafts = drafts;
    }

    public RebuildCache() {
        this(false);
    }

    public boolean showsDrafts() {
        return drafts;
    }

    public ContentCache content() {
        return content;
    }

    /** What the crawls of the session keep (the walk of the content folder, the files' addresses). */
    ContentCrawler.Session crawls() {
        return crawls;
    }

    /** The Freemarker configuration of the last build, or null before the first. */
    public synchronized Configuration templates() {
        return templates;
    }

    synchronized void keepTemplates(Configuration configuration) {
        this.templates = configuration;
    }

    /** What the last successful build rendered, or null. */
    synchronized RenderPlan.Record lastBuild() {
        return lastBuild;
    }

    synchronized void rememberBuild(RenderPlan.Record record) {
        this.lastBuild = record;
    }

    /** The number the next successful build will have. */
    synchronized long nextBuild() {
        return builds + 1;
    }

    /**
     * A build is about to write over this folder: which build's site it held whole, or 0 when
     * not known. From now on it is not whole any more (the build may fail half-way).
     */
    synchronized long claim(String folder) {
        Long build = folder == null ? null : whole.remove(folder);
        return build == null ? 0 : build;
    }

    /** Build {@code build} succeeded: its site, whole, is the folder {@code folder} (null: not known). */
    synchronized void published(String folder, long build) {
        builds = build;
        if (folder != null) {
            whole.put(folder, build);
        }
        // Two folders take turns as the site and the one written over; older ones are deleted.
        whole.values().removeIf(b -> b < build - 2);
    }

    /** Each page's text for the search index, as the last build made them. */
    TextMemo searchTexts() {
        return searchTexts;
    }

    /** The hash of each page's HTML, as the last build made them. */
    TextMemo textHashes() {
        return textHashes;
    }
}
