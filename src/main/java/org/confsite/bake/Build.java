package org.confsite.bake;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confsite.config.Language;
import org.confsite.config.SiteConfig;
import org.confsite.config.SiteFiles;
import org.confsite.config.SitePaths;
import org.confsite.error.Problems;
import org.confsite.markdown.FrontMatterMarkdownEngine;
import org.confsite.markdown.Markdown;
import org.confsite.programme.Programme;
import org.confsite.template.Messages;
import org.confsite.template.SiteTemplateEngine;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * What the steps of one build share, filled in the order of {@link Bakery#STEPS}: each field says
 * which step sets it. Data flows one way: a step reads what the steps before it set.
 */
final class Build {
    // Given.
    final SiteConfig site;
    final Instant now;
    /** What earlier builds of a {@code serve} session kept, or null. */
    final RebuildCache cache;
    /** The source folders' files, checked against the site's boundary. */
    final SiteFiles.Listing files;
    /** Where the site is written, and how (a new folder, or a replaced site written over). */
    final OutputStage stage;
    final DefaultJBakeConfiguration config;
    /**
     * In a {@code serve} session, when the folder written over holds an earlier build's site
     * whole: that build's number ({@link RebuildCache#claim}); else 0.
     */
    long stageHolds;
    final MemoryContentStore db = new MemoryContentStore();
    final Markdown markdown = new Markdown();
    /** Problems found so far; the steps that read sources collect them, and the first step that needs them whole throws. */
    final Problems problems = new Problems();
    /** Warnings, printed after the summary; errors under {@code --strict}. */
    final List<String> warnings = new ArrayList<>();

    // ReadSources.
    Programme programme;
    /** Committees, sponsors, contact, registration, editions: empty parts when their files are not there. */
    org.confsite.sitedata.SiteData info = org.confsite.sitedata.SiteData.NONE;
    ContentFiles contentFiles;
    /** Per language folder ("" for the main language). */
    Map<String, Messages> messages;

    // CrawlContent.
    ZoneId zone;
    FrontMatterMarkdownEngine engine;
    List<DocumentModel> crawled;

    // SelectPages.
    /** The crawled documents by whether they are published now. */
    Map<Publication.State, List<DocumentModel>> byState;
    Editions.Split split;
    /** The main language's pages: published Markdown pages and the generated ones, sorted by address. */
    List<DocumentModel> pages;
    /** The translations' documents (their text, placed at the page they translate). */
    List<DocumentModel> translations;
    /** Whether the site has tag pages (its theme has their templates). */
    boolean tagPages;
    /** Pages the theme has no template for, and so are not built (agenda.html, search.html). */
    final List<String> missingPages = new ArrayList<>();

    // CheckLinks.
    /** Paths each language has its own copy of (its pages, feed, calendars, search and agenda data). */
    Set<String> localized;
    /** Which languages have each path: {@link #localized}, and the pages in one language only. */
    PageLanguages pageLanguages;
    /** Every path the site will have, every language included. */
    Set<String> linkable;
    /** The assets folder's files as site paths. */
    List<String> assetPaths;

    // SizeImages.
    /** The pictures pages show that are published in several widths, by site path, with their files. */
    final Map<org.confsite.images.Picture, java.nio.file.Path> pictures = new java.util.LinkedHashMap<>();
    /** Every picture read, by site path (those too small for copies too), for the templates ({@code here.srcset}). */
    final Map<String, org.confsite.images.Picture> picturesByPath = new java.util.HashMap<>();

    // MakeEditions.
    /** Per language folder: its pages. */
    Map<String, List<DocumentModel>> editions;
    /** Every page of every language, sorted by address. */
    List<DocumentModel> all;
    /** The addresses of pages shown untranslated. */
    Set<String> untranslated;

    // PrepareTemplates.
    /** Per language folder: the programme in that language. */
    Map<String, Programme> programmes;
    SiteTemplateEngine templates;
    PageWriter writer;
    RenderPlan plan;

    Build(SiteConfig site, Instant now, RebuildCache cache, SiteFiles.Listing files, OutputStage stage) {
        this.site = site;
        this.now = now;
        this.cache = cache;
        this.files = files;
        this.stage = stage;
        this.config = JBakeSettings.of(site, stage.dir());
    }

    /** The folder the site is being written in. */
    Path out() {
        return stage.dir();
    }

    /** Whether drafts are built as pages (the preview), which registers no service worker. */
    boolean preview() {
        return cache != null && cache.showsDrafts();
    }

    /** In a {@code serve} session, the number of this build if it succeeds; else 0. */
    long number() {
        return cache == null ? 0 : cache.nextBuild();
    }

    /** A path as an editor names it: relative to the site's folder. */
    String display(Path path) {
        return SitePaths.display(site.root(), path);
    }

    /** The source file of a document as an editor names it ("data" for a generated page). */
    String fileOf(DocumentModel doc) {
        return PageUris.fileOf(doc, site.root());
    }

    List<Language> languages() {
        return site.languages();
    }

    /** Writes a file of the site (left as it is when it already holds these bytes). */
    void write(Path file, byte[] bytes) throws java.io.IOException {
        stage.write(file, bytes);
    }
}
