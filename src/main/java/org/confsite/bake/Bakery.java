package org.confsite.bake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.confsite.config.SiteConfig;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.error.SiteException;
import org.confsite.markdown.FrontMatterMarkdownEngine;
import org.confsite.markdown.Markdown;
import org.confsite.programme.Programme;
import org.confsite.programme.ProgrammeLoader;
import org.confsite.template.Formats;
import org.confsite.template.Messages;
import org.confsite.template.PageContext;
import org.confsite.template.SiteTemplateEngine;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
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
 * <li>read {@code data/} into a checked {@link Programme};
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
            "newsindex", "notfound");
    public static final String NOT_FOUND_TYPE = "notfound";

    static {
        // OrientDB, under JBake's content store, logs start-up chatter through java.util.logging;
        // the build prints its own summary instead.
        java.util.logging.LogManager.getLogManager().reset();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
    }

    private final SiteConfig site;
    private final Instant now;
    private final Console console;

    public Bakery(SiteConfig site, Instant now, Console console) {
        this.site = site;
        this.now = now;
        this.console = console;
    }

    /** What one build did, for the summary line and for tests. */
    public record Report(int pages, int drafts, int scheduled, long millis, Path output) {
    }

    public Report bake() {
        long start = System.nanoTime();
        requireFolder(site.content(), "content");
        requireFolder(site.templates(), "templates");
        requireSafeOutput();
        Programme programme = console.timed("data", () -> ProgrammeLoader.load(site.data(), display(site.data())),
                p -> p.getSessions().size() + " sessions, " + p.getSpeakers().size() + " speakers, "
                        + p.getRooms().size() + " rooms");
        ZoneId zone = programme.getConference().timeZone();
        // JBake parses its own header dates in the JVM's zone: make that the conference's.
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        Path bundle = Messages.fileFor(site.templates(), site.language());
        Messages messages = Messages.load(bundle, display(bundle), site.locale());

        Path staged = OutputSwap.stage(site.output());
        try {
            Report report = bakeInto(staged, programme, messages, start);
            OutputSwap.commit(staged, site.output());
            return report;
        } catch (RuntimeException e) {
            OutputSwap.discard(staged);
            throw e;
        }
    }

    private Report bakeInto(Path out, Programme programme, Messages messages, long start) {
        DefaultJBakeConfiguration config = jbakeConfiguration(out);
        ContentStore db = console.timed("store", () -> {
            ContentStore store = new ContentStore(config.getDatabaseStore(), config.getDatabasePath());
            store.startup();
            return store;
        }, store -> "JBake content store started");
        try {
            registerDocumentTypes(config);
            db.updateSchema();
            Markdown markdown = new Markdown();
            ZoneId zone = programme.getConference().timeZone();

            FrontMatterMarkdownEngine engine = new FrontMatterMarkdownEngine(markdown, site.root(), site.content(),
                    zone, site.newsFolder(), CONTENT_TYPES, Set.of(NOT_FOUND_TYPE), site.basePath());
            Engines.register("md", engine);
            Engines.register("markdown", engine);
            List<DocumentModel> crawled = console.timed("content", () -> {
                new Crawler(db, config).crawl();
                return engine.documents();
            }, docs -> docs.size() + " Markdown files");

            Map<Publication.State, List<DocumentModel>> byState = new LinkedHashMap<>();
            for (Publication.State s : Publication.State.values()) {
                byState.put(s, new ArrayList<>());
            }
            crawled.forEach(d -> byState.get(Publication.of(d, now)).add(d));
            List<DocumentModel> pages = new ArrayList<>(byState.get(Publication.State.PUBLISHED));
            assignAsciiUris(pages);
            List<DocumentModel> generated = ProgrammeDocuments.create(programme);
            generated.forEach(db::addDocument);
            pages.addAll(generated);
            pages.sort(Comparator.comparing(d -> (String) d.get("uri")));
            requireUniqueUris(pages);

            Map<String, Object> shared = sharedModel(programme, messages, pages, zone);
            SiteTemplateEngine templates = new SiteTemplateEngine(db, config, site.templates(), display(site.templates()),
                    shared, messages, TimeZone.getTimeZone(zone), doc -> pageContext(doc, markdown));
            Renderer renderer = new Renderer(db, config, templates);
            console.timed("render", () -> {
                for (DocumentModel doc : pages) {
                    run(() -> renderer.render(doc));
                }
                run(() -> renderer.renderFeed(site.feedFile()));
                run(() -> renderer.renderSitemap(site.sitemapFile()));
                return pages.size();
            }, n -> n + " pages, " + site.feedFile() + ", " + site.sitemapFile());

            console.timed("assets", () -> {
                Asset asset = new Asset(config);
                asset.copy();
                asset.copyAssetsFromContent(config.getContentFolder());
                if (!asset.getErrors().isEmpty()) {
                    throw new SiteException(Problem.inFile(display(site.assets()),
                            "assets could not be copied: " + asset.getErrors().get(0).getMessage(), "check permissions and disk space"));
                }
                return 0;
            }, n -> "copied");
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Report(pages.size() + 2, byState.get(Publication.State.DRAFT).size(),
                    byState.get(Publication.State.SCHEDULED).size(), millis, site.output());
        } finally {
            db.drop();
            db.close();
        }
    }

    private DefaultJBakeConfiguration jbakeConfiguration(Path out) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(site.root().toFile(), out.toFile(), true);
        config.setContentFolder(site.content().toFile());
        config.setTemplateFolder(site.templates().toFile());
        config.setAssetFolder(site.assets().toFile());
        config.setDataFolder(site.data().toFile());
        config.setDatabaseStore("memory");
        config.setProperty("db.path", "confsite");
        for (String type : CONTENT_TYPES) {
            config.setTemplateFileNameForDocType(type, type + ".ftlh");
        }
        config.setTemplateFileNameForDocType(ProgrammeDocuments.SESSION_TYPE, "session.ftlh");
        config.setTemplateFileNameForDocType(ProgrammeDocuments.SPEAKER_TYPE, "speaker.ftlh");
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

    private Map<String, Object> sharedModel(Programme programme, Messages messages, List<DocumentModel> pages, ZoneId zone) {
        List<DocumentModel> news = pages.stream().filter(d -> "post".equals(d.getType()))
                .sorted(Comparator.comparing(DocumentModel::getDate).reversed()
                        .thenComparing(d -> (String) d.get("uri")))
                .toList();
        List<DocumentModel> sitemap = pages.stream().filter(d -> !NOT_FOUND_TYPE.equals(d.getType())).toList();
        Map<String, Object> shared = new HashMap<>();
        shared.put("site", site);
        shared.put("conf", programme.getConference());
        shared.put("programme", programme);
        shared.put("news", news);
        shared.put("sitemap", sitemap);
        shared.put("fmt", new Formats(zone, messages));
        shared.put("updated", news.isEmpty() ? Date.from(programme.getConference().startDate().atStartOfDay(zone).toInstant())
                : news.get(0).getDate());
        return shared;
    }

    private PageContext pageContext(DocumentModel doc, Markdown markdown) {
        String type = doc.getType();
        if ("feed".equals(type)) {
            return PageContext.relative(site.feedFile(), site.baseUrl(), markdown);
        }
        if ("sitemap".equals(type)) {
            return PageContext.relative(site.sitemapFile(), site.baseUrl(), markdown);
        }
        String uri = (String) doc.get("uri");
        if (NOT_FOUND_TYPE.equals(type)) {
            // Served for any missing address: its links must not depend on where it is shown.
            return new PageContext(uri, site.basePath(), site.baseUrl(), markdown);
        }
        return PageContext.relative(uri, site.baseUrl(), markdown);
    }

    /** JBake percent-encodes non-ASCII file names into URLs that break on web servers: use slugs. */
    private void assignAsciiUris(List<DocumentModel> docs) {
        Problems problems = new Problems();
        for (DocumentModel doc : docs) {
            String uri = (String) doc.get("uri");
            String slug = (String) doc.get("slug");
            boolean encoded = uri.contains("%") || uri.contains("+");
            if (slug == null && !encoded) {
                continue;
            }
            String folder = uri.contains("/") ? uri.substring(0, uri.lastIndexOf('/') + 1) : "";
            String name = slug != null ? slug
                    : Slugs.of(java.net.URLDecoder.decode(baseName(uri), java.nio.charset.StandardCharsets.UTF_8));
            if (name.isEmpty() || !Slugs.isSlug(name)) {
                problems.add(Problem.at(display(Path.of(doc.getFile())), 1, 1,
                        slug != null ? "slug '" + slug + "' is not lowercase ASCII letters, digits and hyphens"
                                : "the file name gives no ASCII URL",
                        "add slug: an-ascii-name to the front matter, or rename the file"));
                continue;
            }
            doc.setUri(folder + name + ".html");
        }
        problems.throwIfAny();
    }

    private static String baseName(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
    }

    private void requireUniqueUris(List<DocumentModel> pages) {
        Problems problems = new Problems();
        for (int i = 1; i < pages.size(); i++) {
            if (pages.get(i).get("uri").equals(pages.get(i - 1).get("uri"))) {
                String file = pages.get(i).getFile() != null ? display(Path.of(pages.get(i).getFile())) : "data";
                problems.add(Problem.inFile(file, "two pages would be written to " + pages.get(i).get("uri"),
                        "rename one or give it another slug"));
            }
        }
        problems.throwIfAny();
    }

    /**
     * The output folder is replaced wholesale by each build, so it must not hold, or sit inside,
     * anything the build reads: {@code output: .} would otherwise delete the sources.
     */
    private void requireSafeOutput() {
        Path out = site.output().toAbsolutePath().normalize();
        for (Path source : List.of(site.root(), site.content(), site.data(), site.templates(), site.assets())) {
            Path s = source.toAbsolutePath().normalize();
            if (s.startsWith(out) || (out.startsWith(s) && !s.equals(site.root().toAbsolutePath().normalize()))) {
                throw new SiteException(Problem.inFile("site.yaml", "the output folder " + out
                        + " overlaps the source folder " + s, "set output: to a folder of its own, e.g. target/site"));
            }
        }
    }

    private void requireFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new SiteException(Problem.inFile(display(folder), "the " + what + " folder is missing",
                    "create it, or set folders." + what + " in site.yaml"));
        }
    }

    private String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path root = site.root().toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
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
