package org.confsite.bake;

import freemarker.template.Configuration;
import org.confsite.markdown.ContentCache;

/**
 * What a {@code serve} session keeps from one build to the next, so that a rebuild after an edit
 * does only the work the edit calls for: the Markdown files' documents ({@link ContentCache}),
 * Freemarker's parsed templates (re-read when a template file changes) and what each page was
 * made from ({@link RenderPlan}), so that only the pages an edit touches are rendered again. A
 * build without a session starts from nothing; the output is the same either way.
 */
public final class RebuildCache {
    private final ContentCache content = new ContentCache();
    private Configuration templates;
    private RenderPlan.Record lastBuild;
    private final boolean drafts;

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
}
