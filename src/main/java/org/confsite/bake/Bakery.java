package org.confsite.bake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.confsite.config.Language;
import org.confsite.config.SiteConfig;
import org.confsite.config.SiteFiles;
import org.confsite.config.SitePaths;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.error.SiteException;
import org.confsite.export.AgendaData;
import org.confsite.export.Exports;
import org.confsite.export.OfflineCache;
import org.confsite.export.SearchIndex;
import org.confsite.markdown.ContentRules;
import org.confsite.markdown.FrontMatterMarkdownEngine;
import org.confsite.markdown.Markdown;
import org.confsite.programme.Programme;
import org.confsite.programme.ProgrammeLoader;
import org.confsite.template.Messages;
import org.confsite.template.PageContext;
import org.confsite.template.SiteTemplateEngine;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

/**
 * The pipeline: JBake's {@code Oven.bake()} re-done step by step so that the programme's pages
 * join the crawled content, and so that each slow or wrong stock part is replaced behind JBake's
 * own extension points. Data in (YAML, Markdown), documents baked, files out:
 *
 * <ol>
 * <li>read {@code data/} into a checked {@link Programme}; sort the files of {@code content/};
 * <li>crawl {@code content/} with JBake's {@link Crawler} and our Markdown engine;
 * <li>keep what is published (no drafts, nothing dated after now), give every page an ASCII URL;
 * <li>add one document per session and speaker;
 * <li>render each document once through JBake's {@link Renderer} and our template engine, then
 *     the feed and sitemap, and copy assets with JBake's {@link Asset};
 * <li>swap the new site into place only if all of that succeeded.
 * </ol>
 */
public final class Bakery {
    /** Document types and the template each is rendered with ({@code <type>.ftlh}). */
    public static final Set<String> CONTENT_TYPES = Set.of("page", "post", "home", "programme", "speakers",
            "papers", "authors", "exports", "newsindex", "notfound");
    public static final String NOT_FOUND_TYPE = "notfound";
    /** The search page: generated, one per language. */
    public static final String SEARCH_TYPE = "search";
    /** The visitor's own agenda: generated, one per language. */
    public static final String AGENDA_TYPE = "agenda";
    /** Set on a draft that the preview shows: its page says it is a draft. */
    public static final String DRAFT_MARK = "preview_draft";

    static {
        // OrientDB, under JBake's content store, logs start-up chatter through java.util.logging;
        // the build prints its own summary instead.
        java.util.logging.LogManager.getLogManager().reset();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
    }

    /**
     * How the documents are stored, read and written. Both give the same site, byte for byte
     * ({@code PipelineEquivalenceTest}); {@code REFERENCE} is kept to prove it and to measure
     * what {@code FAST} saves.
     */
    public enum Pipeline {
        /** JBake's stock parts as they come: an OrientDB content store, files parsed and pages written one at a time. */
        REFERENCE,
        /** The documents kept in a {@link MemoryContentStore}; files parsed and pages written on every core. */
        FAST
    }

    private final SiteConfig site;
    private final Instant now;
    private final Console console;
    private final Pipeline pipeline;
    private final Session session;
    /** Whether warnings stop the build ({@code --strict}). */
    private boolean strict;
    /** The files of the source folders, checked against the site's boundary. */
    private SiteFiles.Listing files;
    /** This build's plan, kept by the session once the build has been published. */
    private RenderPlan renderPlan;

    public Bakery(SiteConfig site, Instant now, Console console) {
        this(site, now, console, Pipeline.FAST);
    }

    /** @param strict whether a warning stops the build like an error (nothing is published) */
    public Bakery(SiteConfig site, Instant now, Console console, boolean strict) {
        this(site, now, console, Pipeline.FAST, null);
        this.strict = strict;
    }

    public Bakery(SiteConfig site, Instant now, Console console, Pipeline pipeline) {
        this(site, now, console, pipeline, null);
    }

    /** @param session what earlier builds of this {@code serve} session kept, or null */
    public Bakery(SiteConfig site, Instant now, Console console, Pipeline pipeline, Session session) {
        this.site = site;
        this.now = now;
        this.console = console;
        this.pipeline = pipeline;
        this.session = session;
    }

    /**
     * What one build did.
     *
     * @param pages    HTML pages written (the feed and sitemap not counted)
     * @param warnings     things worth fixing that do not stop the build
     * @param translations per language but the main one (its folder): how its Markdown pages stand
     */
    public record Report(int pages, int drafts, int scheduled, List<String> warnings, long millis, Path output,
            Map<String, Translated> translations) {
    }

    /**
     * How many of the main language's Markdown pages a language has translated.
     *
     * @param untranslated the files of the pages it shows untranslated, as editors name them
     */
    public record Translated(int pages, List<String> untranslated) {
    }

    public Report bake() {
        long start = System.nanoTime();
        // Before any source is read: nothing outside the site folder is read or published.
        files = SiteFiles.scan(site);
        requireFolder(site.content(), "content");
        requireFolder(site.templates(), "templates");
        OutputSwap.requireSafe(site);
        // Problems of the data, the content files and every Markdown file are reported together.
        Problems problems = new Problems();
        Programme programme = collect(problems, () -> console.timed("data",
                () -> ProgrammeLoader.load(site.data(), display(site.data()), site.assets(), display(site.assets()),
                        languageKeys(site)),
                p -> p.getSessions().size() + " sessions, " + p.getSpeakers().size() + " people, "
                        + p.getPapers().size() + " papers, " + p.getRooms().size() + " rooms"));
        ContentFiles contentFiles = collect(problems, () -> ContentFiles.sort(files.content(), site.content(), site.root()));
        Map<String, Messages> messages = new java.util.LinkedHashMap<>();
        for (Language language : site.languages()) {
            Path bundle = Messages.fileFor(site.templates(), language.messages());
            Messages m = collect(problems, () -> Messages.load(bundle, display(bundle), language.locale()));
            if (m != null) {
                messages.put(language.folder(), m);
            }
        }
        collect(problems, () -> {
            Messages.requireSameKeys(Messages.fileFor(site.templates(), site.language()), this::display);
            return null;
        });
        problems.addAll(ContentFiles.caseClashes(files.assets(), site.assets(), site.root()));
        if (!site.socialImage().isEmpty() && !Files.isRegularFile(site.assets().resolve(site.socialImage()))) {
            problems.add(Problem.inFile(SiteConfig.FILE_NAME, "social_image '" + site.socialImage() + "' is not in "
                    + display(site.assets()) + "/", "put the picture there, or correct the path"));
        }

        OutputSwap.Stage stage = OutputSwap.stage(site.output());
        OutputSwap.Sweep sweep = OutputSwap.sweep(site.output());
        Report report;
        try {
            report = bakeInto(stage, programme, contentFiles, messages, problems);
            if (strict && !report.warnings().isEmpty()) {
                throw new SiteException(report.warnings().stream().map(Problem::ofWarning).toList());
            }
            console.timed("publish", () -> {
                OutputSwap.prune(stage);
                OutputSwap.commit(stage.dir(), site.output());
                return site.output();
            }, out -> "moved into " + display(out));
            if (session != null) {
                session.rememberBuild(renderPlan == null ? null : renderPlan.record());
            }
        } catch (RuntimeException e) {
            OutputSwap.discard(stage, site.output());
            throw e;
        } finally {
            sweep.join();
        }
        return new Report(report.pages(), report.drafts(), report.scheduled(), report.warnings(),
                (System.nanoTime() - start) / 1_000_000, report.output(), report.translations());
    }

    private static <T> T collect(Problems problems, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (SiteException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** The keys of translated fields in data files: the folders of the languages but the main one. */
    public static Set<String> languageKeys(SiteConfig site) {
        Set<String> keys = new java.util.HashSet<>();
        site.languages().stream().filter(l -> !l.isMain()).forEach(l -> keys.add(l.folder()));
        return keys;
    }

    private Report bakeInto(OutputSwap.Stage stage, Programme programme, ContentFiles contentFiles,
            Map<String, Messages> messages, Problems problems) {
        Path out = stage.dir();
        DefaultJBakeConfiguration config = jbakeConfiguration(out);
        boolean fast = pipeline == Pipeline.FAST;
        ContentStore db = fast ? new MemoryContentStore() : console.timed("store", () -> {
            ContentStore store = new ContentStore(config.getDatabaseStore(), config.getDatabasePath());
            store.startup();
            store.updateSchema();
            return store;
        }, store -> "JBake content store started");
        try {
            registerDocumentTypes(config);
            Markdown markdown = new Markdown();
            // Without a readable conference the build fails anyway; UTC only lets the pages be checked.
            ZoneId zone = programme != null ? programme.getConference().timeZone() : ZoneId.of("UTC");
            FrontMatterMarkdownEngine engine = new FrontMatterMarkdownEngine(markdown, new ContentRules(site.root(),
                    site.content(), zone, site.newsFolder(), CONTENT_TYPES, Set.of(NOT_FOUND_TYPE), site.basePath(),
                    languageKeys(site)),
                    session == null ? null : session.content());
            Engines.register("md", engine);
            Engines.register("markdown", engine);
            List<DocumentModel> crawled = console.timed("content", () -> {
                if (fast && contentFiles != null) {
                    engine.prepare(contentFiles.pages(), config);
                }
                (fast ? new ContentCrawler(db, config) : new Crawler(db, config)).crawl();
                problems.addAll(engine.problems());
                problems.throwIfAny();
                return engine.documents();
            }, docs -> docs.size() + " Markdown files");

            Map<Publication.State, List<DocumentModel>> byState = new EnumMap<>(Publication.State.class);
            for (Publication.State s : Publication.State.values()) {
                byState.put(s, new ArrayList<>());
            }
            crawled.forEach(d -> byState.get(Publication.of(d, now)).add(d));
            List<DocumentModel> pages = new ArrayList<>(byState.get(Publication.State.PUBLISHED));
            if (session != null && session.showsDrafts()) {
                // The preview shows drafts as pages, listed like the others and marked on their page.
                for (DocumentModel draft : byState.get(Publication.State.DRAFT)) {
                    draft.setStatus("published");
                    draft.put(DRAFT_MARK, Boolean.TRUE);
                    pages.add(draft);
                }
            }
            List<Language> languages = site.languages();
            Editions.Split split = Editions.split(pages, crawled, languages, site.content(), site.root(),
                    d -> PageUris.fileOf(d, site.root()));
            pages = new ArrayList<>(split.pages());
            List<String> fileWarnings = new ArrayList<>();
            engine.warnings().forEach(w -> fileWarnings.add(w.toString()));
            fileWarnings.addAll(Warnings.sameTitles(pages, d -> PageUris.fileOf(d, site.root())));
            PageUris.assign(pages, d -> PageUris.fileOf(d, site.root()));
            List<DocumentModel> translations = Editions.placeTranslations(split, languages, site.content());
            List<DocumentModel> generated = new ArrayList<>(ProgrammeDocuments.create(programme));
            // A theme made before these pages existed has no template for them: the site is built without.
            List<String> missing = new ArrayList<>();
            for (String[] page : new String[][] {{SEARCH_TYPE, "search.html"}, {AGENDA_TYPE, "agenda.html"}}) {
                if (Files.isRegularFile(site.templates().resolve(page[0] + ".ftlh"))) {
                    generated.add(generatedPage(page[0], page[1]));
                } else {
                    missing.add(page[1]);
                }
            }
            generated.forEach(db::addDocument);
            pages.addAll(generated);
            pages.sort(Comparator.comparing(d -> (String) d.get("uri")));
            PageUris.requireUnique(pages, d -> PageUris.fileOf(d, site.root()));
            Set<String> pageUris = new java.util.HashSet<>();
            pages.forEach(d -> pageUris.add((String) d.get("uri")));
            // Each language has its own copy of these: its pages, its feed and its calendars.
            Set<String> localized = new java.util.HashSet<>(pageUris);
            localized.add(site.feedFile());
            localized.add(SearchIndex.FILE);
            localized.add(AgendaData.FILE);
            localized.addAll(Exports.calendarPaths(programme));
            Set<String> published = new java.util.HashSet<>(pageUris);
            published.addAll(List.of(site.feedFile(), site.sitemapFile(), TrackStyles.FILE, SearchIndex.FILE, AgendaData.FILE,
                    OfflineCache.WORKER,
                    SearchIndex.LIBRARY_PATH, SearchIndex.LIBRARY_LICENSE_PATH));
            published.addAll(Exports.paths(programme));
            contentFiles.assets().forEach(f -> published.add(SitePaths.display(site.content(), f)));
            SiteLinks.check(programme, published, site.assets());
            Set<String> pending = new java.util.HashSet<>();
            byState.get(Publication.State.DRAFT).forEach(d -> pending.add((String) d.get("uri")));
            byState.get(Publication.State.SCHEDULED).forEach(d -> pending.add((String) d.get("uri")));
            List<String> assets = assetPaths();
            requireOwnFolders(languages, published, assets);
            // Pages may link to another language's pages too (a link to /zh-tw/about.html).
            Set<String> linkable = new java.util.HashSet<>(published);
            for (Language language : languages) {
                localized.forEach(p -> linkable.add(language.path(p)));
            }
            List<DocumentModel> written = new ArrayList<>(pages);
            written.addAll(translations);
            PageLinks.check(written, d -> d.getFile() == null ? List.of() : engine.linksOf(Path.of(d.getFile())), linkable,
                    pending, site.assets(), site.basePath(), d -> PageUris.fileOf(d, site.root()));

            Language main = site.mainLanguage();
            Map<String, List<DocumentModel>> editions = new java.util.LinkedHashMap<>();
            List<DocumentModel> all = new ArrayList<>();
            for (Language language : languages) {
                List<DocumentModel> ofLanguage = Editions.of(language, main, split, pages, site.content(), localized::contains,
                        site.basePath());
                editions.put(language.folder(), ofLanguage);
                all.addAll(ofLanguage);
            }
            all.sort(Comparator.comparing(d -> (String) d.get("uri")));
            Set<String> untranslated = new java.util.HashSet<>();
            all.stream().filter(d -> d.get(Editions.UNTRANSLATED) != null).forEach(d -> untranslated.add((String) d.get("uri")));
            // Which languages each page is written in shows in every edition's head (hreflang): a
            // page whose translation comes or goes is rendered again, not taken from the last build.
            for (DocumentModel d : all) {
                String page = (String) d.get(Editions.PAGE);
                d.put(Editions.WRITTEN_IN, languages.stream().filter(l -> l.isMain() || !untranslated.contains(l.path(page)))
                        .map(Language::tag).toList().toString());
            }
            if (stage.reused()) {
                Set<String> toWrite = new java.util.HashSet<>(linkable);
                toWrite.addAll(assets);
                OutputSwap.makeRoom(stage, toWrite);
            }

            Map<String, String> names = new java.util.LinkedHashMap<>();
            Map<String, SiteTemplateEngine.LanguageModel> byLanguage = new java.util.LinkedHashMap<>();
            // The programme in each language, made once: the pages, calendars, search and agenda read it.
            Map<String, Programme> programmes = new java.util.HashMap<>();
            for (Language language : languages) {
                Messages m = messages.get(language.folder());
                Programme inLanguage = programme.in(language.key(), language.locale());
                programmes.put(language.folder(), inLanguage);
                names.put(language.folder(), m.get("language.name", List.of()));
                byLanguage.put(language.folder(), new SiteTemplateEngine.LanguageModel(SiteModel.ofLanguage(site, language,
                        inLanguage, m, editions.get(language.folder())), m));
            }
            SiteTemplateEngine templates = new SiteTemplateEngine(db, config, site.templates(), display(site.templates()),
                    SiteModel.shared(site, pages, all, names), byLanguage, TimeZone.getTimeZone(zone),
                    doc -> pageContext(doc, markdown, localized, untranslated), session == null ? null : session.templates());
            if (session != null) {
                session.keepTemplates(templates.configuration());
            }
            RenderPlan plan = fast && session != null ? RenderPlan.of(session.lastBuild(), site, all) : null;
            PageWriter writer = fast ? new PageWriter(db, config, templates, stage, plan) : null;
            Renderer renderer = fast ? writer : new Renderer(db, config, templates);
            console.timed("render", () -> {
                Parallel.forEach(all, fast, doc -> render(renderer, doc));
                run(() -> renderer.renderFeed(site.feedFile()));
                for (Language language : languages) {
                    if (!language.isMain()) {
                        run(() -> renderFeed(templates, language, out, stage));
                    }
                }
                run(() -> renderer.renderSitemap(site.sitemapFile()));
                return all.size();
            }, n -> n + " pages" + (plan == null || plan.unchangedCount() == 0 ? ""
                    : " (" + plan.unchangedCount() + " unchanged since the last build)") + ", " + site.feedFile() + ", "
                    + site.sitemapFile());
            renderPlan = plan;

            console.timed("assets", () -> copyAssets(config, contentFiles) + TrackStyles.write(out, programme),
                    n -> n + " files");
            // Read from the sources, not the output: a site written over still holds the last build's file.
            boolean ownRobots = Files.isRegularFile(site.assets().resolve(Exports.ROBOTS))
                    || contentFiles.assets().contains(site.content().resolve(Exports.ROBOTS));
            // Crawlers read robots.txt only at the root of a host: a site in a sub-folder has none.
            boolean robots = !ownRobots && "/".equals(site.basePath());
            List<DocumentModel> mainPages = pages;
            console.timed("exports", () -> {
                int files = Exports.write(out, programme, site.baseUrl(), main.tag(), site.sitemapFile(), now,
                        messages.get(""), robots, stage::write, fast);
                for (Language language : languages) {
                    if (!language.isMain()) {
                        files += Exports.writeCalendars(out.resolve(language.folder()),
                                programmes.get(language.folder()), site.baseUrl(),
                                site.baseUrl() + language.path(""), language.tag(), now, messages.get(language.folder()),
                                stage::write, fast);
                    }
                }
                files += writeSearch(out, stage, programmes, editions);
                if (session != null && session.showsDrafts()) {
                    return files; // the preview registers no service worker: its pages change with every save
                }
                writeWorker(out, stage, offlineFiles(mainPages));
                return files + 1;
            }, n -> n + " calendars, schedules, search indexes and robots.txt");
            boolean draftsShown = session != null && session.showsDrafts();
            Map<String, Translated> translated = new java.util.LinkedHashMap<>();
            int markdownPages = (int) pages.stream().filter(d -> d.getFile() != null).count();
            for (Language language : languages) {
                if (!language.isMain()) {
                    translated.put(language.folder(), new Translated(markdownPages, editions.get(language.folder()).stream()
                            .filter(d -> d.get(Editions.UNTRANSLATED) != null).map(d -> PageUris.fileOf(d, site.root()))
                            .sorted().toList()));
                }
            }
            List<String> warnings = new ArrayList<>(fileWarnings);
            warnings.addAll(Warnings.of(site, programme));
            missing.forEach(p -> warnings.add(display(site.templates()) + ": no " + p.replace(".html", ".ftlh")
                    + ", so the site has no " + p + " (copy the template from the confsite theme to add the page)"));
            return new Report(all.size(), draftsShown ? 0 : byState.get(Publication.State.DRAFT).size(),
                    byState.get(Publication.State.SCHEDULED).size(), List.copyOf(warnings), 0, site.output(), translated);
        } finally {
            db.drop();
            db.close();
        }
    }

    private DefaultJBakeConfiguration jbakeConfiguration(Path out) {
        DefaultJBakeConfiguration config = JBakeSettings.of(site, out);
        for (String type : CONTENT_TYPES) {
            config.setTemplateFileNameForDocType(type, type + ".ftlh");
        }
        config.setTemplateFileNameForDocType(ProgrammeDocuments.SESSION_TYPE, "session.ftlh");
        config.setTemplateFileNameForDocType(ProgrammeDocuments.SPEAKER_TYPE, "speaker.ftlh");
        config.setTemplateFileNameForDocType(ProgrammeDocuments.PAPER_TYPE, "paper.ftlh");
        config.setTemplateFileNameForDocType(ProgrammeDocuments.FILTER_TYPE, "filter.ftlh");
        config.setTemplateFileNameForDocType(SEARCH_TYPE, "search.ftlh");
        config.setTemplateFileNameForDocType(AGENDA_TYPE, "agenda.ftlh");
        config.setTemplateFileNameForDocType("feed", "feed.ftlx");
        config.setTemplateFileNameForDocType("sitemap", "sitemap.ftlx");
        return config;
    }

    private static void registerDocumentTypes(DefaultJBakeConfiguration config) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
    }

    /**
     * A language's folder must be its own: a page, a file of content/ or of the assets folder in a
     * folder of that name would be overwritten by the language's pages, or overwrite them.
     */
    private void requireOwnFolders(List<Language> languages, Set<String> published, List<String> assets) {
        Problems problems = new Problems();
        for (Language language : languages) {
            if (language.isMain()) {
                continue;
            }
            String folder = language.folder() + "/";
            java.util.Optional<String> clash = java.util.stream.Stream.concat(published.stream(), assets.stream())
                    .filter(p -> p.startsWith(folder)).sorted().findFirst();
            clash.ifPresent(p -> problems.add(Problem.inFile(SiteConfig.FILE_NAME, "the folder '" + language.folder()
                    + "' of language " + language.tag() + " is also a folder of the site (" + p + ")",
                    "give the language another folder, or move what is in " + folder)));
        }
        problems.throwIfAny();
    }

    /** The site paths of the files in the assets folder. */
    private List<String> assetPaths() {
        return files.assets().stream().map(f -> SitePaths.display(site.assets(), f)).toList();
    }

    /** The assets folder, then the images and files kept beside pages in content/. */
    private int copyAssets(DefaultJBakeConfiguration config, ContentFiles contentFiles) {
        Asset asset = new Asset(config);
        int count = 0;
        if (Files.isDirectory(site.assets())) {
            asset.copy();
            count += assetPaths().size();
        }
        for (Path file : contentFiles.assets()) {
            // Not JBake's copySingleFile: it places a file by its canonical path, so a link to a
            // picture elsewhere in the site would be published under the picture's path, not its own.
            Path target = config.getDestinationFolder().toPath().resolve(SitePaths.display(site.content(), file));
            try {
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            } catch (java.io.IOException e) {
                throw new SiteException(Problem.inFile(display(file), "cannot be copied: " + e.getMessage(),
                        "check permissions and disk space"));
            }
            count++;
        }
        if (!asset.getErrors().isEmpty()) {
            throw new SiteException(Problem.inFile(display(site.assets()),
                    "assets could not be copied: " + asset.getErrors().get(0).getMessage(), "check permissions and disk space"));
        }
        return count;
    }

    private PageContext pageContext(DocumentModel doc, Markdown markdown, Set<String> localized, Set<String> untranslated) {
        String type = doc.getType();
        Object folder = doc.get(Editions.LANGUAGE);
        Language language = site.languages().stream().filter(l -> l.folder().equals(folder)).findFirst()
                .orElse(site.mainLanguage());
        String page;
        if ("feed".equals(type)) {
            page = site.feedFile();
        } else if ("sitemap".equals(type)) {
            page = site.sitemapFile();
        } else {
            page = doc.get(Editions.PAGE) instanceof String p ? p : (String) doc.get("uri");
        }
        return PageContext.of(page, language, site.languages(), localized::contains, untranslated::contains,
                site.baseUrl(), site.basePath(), NOT_FOUND_TYPE.equals(type), markdown);
    }

    /** A page of each language made from no file: the search page, the agenda (template: the type's). */
    private static DocumentModel generatedPage(String type, String uri) {
        DocumentModel d = ProgrammeDocuments.base(type, uri, type);
        d.setRootPath("");
        return d;
    }

    /**
     * Each language's search index, made from its pages and posts and its programme, and the
     * search library from its WebJar.
     */
    private int writeSearch(Path out, OutputSwap.Stage stage, Map<String, Programme> programmes,
            Map<String, List<DocumentModel>> editions) {
        try {
            return writeSearchFiles(out, stage, programmes, editions);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int writeSearchFiles(Path out, OutputSwap.Stage stage, Map<String, Programme> programmes,
            Map<String, List<DocumentModel>> editions) throws java.io.IOException {
        stage.write(out.resolve(SearchIndex.LIBRARY_PATH), SearchIndex.library(SearchIndex.LIBRARY));
        stage.write(out.resolve(SearchIndex.LIBRARY_LICENSE_PATH), SearchIndex.library(SearchIndex.LIBRARY_LICENSE));
        for (Language language : site.languages()) {
            SearchIndex index = new SearchIndex();
            // The programme's pages come from the programme itself; the 404 page is nothing to find.
            index.addAll(editions.get(language.folder()).parallelStream()
                    .filter(d -> d.getFile() != null && !NOT_FOUND_TYPE.equals(d.getType()))
                    .map(d -> SearchIndex.page((String) d.get(Editions.PAGE), "post".equals(d.getType()) ? "news" : "page",
                            (String) d.get("title"), (String) d.get("summary"), d.getBody()))
                    .toList());
            Programme inLanguage = programmes.get(language.folder());
            index.addProgramme(inLanguage);
            stage.write(out.resolve(language.path(SearchIndex.FILE)), index.script());
            stage.write(out.resolve(language.path(AgendaData.FILE)), AgendaData.script(inLanguage, site.baseUrl(),
                    site.baseUrl() + language.path("")));
        }
        return 2 + 2 * site.languages().size();
    }

    private static void writeWorker(Path out, OutputSwap.Stage stage, List<String> files) {
        try {
            stage.write(out.resolve(OfflineCache.WORKER), OfflineCache.worker(out, files));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What the service worker stores on the first visit, most wanted first: the stylesheets and
     * scripts, then in each language the programme and its filtered views, the agenda and search
     * pages and data, every session's page, the people and their pages, and the home page.
     */
    private List<String> offlineFiles(List<DocumentModel> pages) {
        List<String> files = new ArrayList<>(List.of("css/site.css", TrackStyles.FILE, "js/agenda.js", "js/now.js",
                "js/search.js", "js/offline.js", SearchIndex.LIBRARY_PATH, "favicon.svg", "404.html"));
        List<String> order = List.of("programme", ProgrammeDocuments.FILTER_TYPE, AGENDA_TYPE, SEARCH_TYPE,
                ProgrammeDocuments.SESSION_TYPE, "speakers", ProgrammeDocuments.SPEAKER_TYPE, "home");
        for (Language language : site.languages()) {
            files.add(language.path(AgendaData.FILE));
            files.add(language.path(SearchIndex.FILE));
            files.add(language.isMain() ? "./" : language.folder() + "/");
        }
        for (String type : order) {
            for (Language language : site.languages()) {
                pages.stream().filter(d -> type.equals(d.getType()))
                        .forEach(d -> files.add(language.path((String) d.get(Editions.PAGE))));
            }
        }
        return files;
    }

    /** The feed of a language other than the main one: its news, in its folder. */
    private void renderFeed(SiteTemplateEngine templates, Language language, Path out, OutputSwap.Stage stage)
            throws Exception {
        DocumentModel feed = DocumentModel.createDefaultDocumentModel();
        feed.setType("feed");
        feed.put(Editions.LANGUAGE, language.folder());
        org.jbake.template.model.TemplateModel model = new org.jbake.template.model.TemplateModel();
        model.setContent(feed);
        model.setRenderer(templates);
        java.io.StringWriter text = new java.io.StringWriter();
        templates.renderDocument(model, "feed.ftlx", text);
        stage.write(out.resolve(language.folder()).resolve(site.feedFile()), text.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private void requireFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new SiteException(Problem.inFile(display(folder), "the " + what + " folder is missing",
                    "create it, or set folders." + what + " in site.yaml"));
        }
    }

    private String display(Path path) {
        return SitePaths.display(site.root(), path);
    }

    /**
     * Renders one page; what goes wrong is said with the page: a template that calls itself without
     * end is a problem of the templates, anything else unexpected an internal error naming the page.
     */
    private void render(Renderer renderer, DocumentModel doc) {
        String page = (String) doc.get("uri");
        try {
            run(() -> renderer.render(doc));
        } catch (SiteException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new SiteException(Problem.inFile(display(site.templates().resolve(doc.getType() + ".ftlh")),
                    "rendering " + page + " nests without end", "a macro, function or #include of the templates"
                    + " probably calls itself; give it a condition to stop"));
        } catch (RuntimeException | Error e) {
            throw new org.confsite.error.FileFailure(page + (doc.getFile() != null
                    ? " (from " + PageUris.fileOf(doc, site.root()) + ")" : ""), e);
        }
    }

    /** Runs a JBake call, turning its wrapped exceptions back into our located problems. */
    private static void run(ThrowingRunnable action) {
        try {
            action.run();
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SiteException site) {
                    throw site;
                }
            }
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
