package org.confsite.bake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.confsite.config.Language;
import org.confsite.config.SiteConfig;
import org.confsite.config.SiteFiles;
import org.confsite.config.SitePaths;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.theme.ThemeLayers;

/**
 * The build: JBake's {@code Oven.bake()} re-done as a list of steps, so that the programme's
 * pages join the crawled content and each slow or wrong stock part is replaced behind JBake's own
 * extension points. Data in (YAML, Markdown), documents baked, files out; each step reads what the
 * steps before it left in the {@link Build} and adds its part:
 *
 * <ol>
 * <li>{@link ReadSources}: the programme from {@code data/}, the files of {@code content/}, the interface text;
 * <li>{@link CrawlContent}: the Markdown pages, through JBake's crawler and our Markdown engine;
 * <li>{@link SelectPages}: what is published, at which address, with the programme's generated pages;
 * <li>{@link CheckLinks}: every path the site will have, and the links of data and pages against it;
 * <li>{@link SizeImages}: the pictures pages show, given their smaller copies, size and lazy loading;
 * <li>{@link MakeEditions}: each page in each language;
 * <li>{@link PrepareTemplates}: the programme in each language and the templates' model;
 * <li>then one step per output: {@link RenderPages}, {@link RenderFeeds}, {@link RenderSitemap},
 *     {@link CopyAssets}, {@link WriteImages}, {@link WriteCalendars}, {@link WriteDatesCalendar},
 *     {@link WriteSchedules}, {@link WriteRobots},
 *     {@link WriteSearch}, {@link WriteAgenda}, {@link WriteOffline}.
 * </ol>
 *
 * <p>Before the first step nothing outside the site folder may be read ({@link SiteFiles}); the
 * site is written beside the output and moved into place only when every step succeeded
 * ({@link OutputSwap}).
 */
public final class Bakery {
    /** The build, in order. */
    static final List<Step> STEPS = List.of(new ReadSources(), new CrawlContent(), new SelectPages(), new CheckLinks(),
            new SizeImages(), new MakeEditions(), new PrepareTemplates(), new RenderPages(), new RenderFeeds(),
            new RenderSitemap(), new CopyAssets(), new WriteImages(), new WriteCalendars(), new WriteDatesCalendar(),
            new WriteSchedules(), new WriteRobots(), new WriteSearch(),
            new WriteAgenda(), new WriteOffline());

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

    private final SiteConfig site;
    private final Instant now;
    private final Console console;
    private final RebuildCache cache;
    private final boolean strict;

    public Bakery(SiteConfig site, Instant now, Console console) {
        this(site, now, console, false, null);
    }

    /** @param strict whether a warning stops the build like an error (nothing is published) */
    public Bakery(SiteConfig site, Instant now, Console console, boolean strict) {
        this(site, now, console, strict, null);
    }

    /** @param cache what earlier builds of this {@code serve} session kept, or null */
    public Bakery(SiteConfig site, Instant now, Console console, boolean strict, RebuildCache cache) {
        this.site = site;
        this.now = now;
        this.console = console;
        this.strict = strict;
        this.cache = cache;
    }

    /**
     * What one build did.
     *
     * @param pages        HTML pages written (the feed and sitemap not counted)
     * @param warnings     things worth fixing that do not stop the build
     * @param translations per language but the main one (its folder): how its Markdown pages stand
     */
    public record Report(int pages, int drafts, int scheduled, List<String> warnings, long millis, Path output,
            Map<String, Translated> translations) {

        /** "Built 28 pages, feed and sitemap in 3.1 s; ..." then the translations, then one line per warning. */
        public void printSummary(java.io.PrintStream out) {
            out.printf("Built %d pages, feed and sitemap in %.1f s; %d drafts and %d future posts not published; %d %s%n",
                    pages, millis / 1000.0, drafts, scheduled, warnings.size(), warnings.size() == 1 ? "warning" : "warnings");
            printTranslations(out);
            printWarnings(out);
        }

        /** "zh-tw: 13 of 15 pages translated; not translated yet: content/venue.md, ..." per other language. */
        public void printTranslations(java.io.PrintStream out) {
            translations.forEach((folder, t) -> {
                List<String> missing = t.untranslated();
                out.printf("%s: %d of %d pages translated%s%n", folder, t.pages() - missing.size(), t.pages(),
                        missing.isEmpty() ? "" : "; not translated yet: " + String.join(", ",
                                missing.subList(0, Math.min(10, missing.size())))
                        + (missing.size() > 10 ? " and " + (missing.size() - 10) + " more" : ""));
            });
        }

        public void printWarnings(java.io.PrintStream out) {
            warnings.forEach(w -> out.println("warning: " + w));
        }
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
        SiteFiles.Listing own = SiteFiles.scan(site);
        requireFolder(site.content(), "content");
        OutputSwap.requireSafe(site);
        // From here on, templates and assets are the built-in theme with the site's own files in their place.
        ThemeLayers.Layered layered = ThemeLayers.apply(site, own);
        SiteFiles.Listing files = layered.files();
        OutputStage stage = OutputSwap.stage(site.output());
        OutputSweep sweep = OutputSweep.start(site.output());
        Build build = new Build(layered.site(), now, cache, files, stage);
        if (cache != null && stage.reused()) {
            build.stageHolds = cache.claim(identity(stage.dir()));
        }
        try {
            runSteps(build);
            List<String> warnings = new ArrayList<>(build.warnings);
            warnings.addAll(Warnings.of(site, build.programme));
            build.missingPages.forEach(p -> warnings.add(SitePaths.display(site.root(), layered.site().templates()) + ": no "
                    + p.replace(".html", ".ftlh") + ", so the site has no " + p
                    + " (copy the template from the confsite theme to add the page)"));
            if (strict && !warnings.isEmpty()) {
                throw new SiteException(warnings.stream().map(Problem::ofWarning).toList());
            }
            console.timed("publish", () -> {
                stage.prune();
                OutputSwap.commit(stage.dir(), site.output());
                return site.output();
            }, out -> "moved into " + SitePaths.display(site.root(), out));
            if (cache != null) {
                cache.rememberBuild(build.plan == null ? null : build.plan.record());
                cache.published(identity(site.output()), build.number());
            }
            return new Report(build.all.size(), build.preview() ? 0 : build.byState.get(Publication.State.DRAFT).size(),
                    build.byState.get(Publication.State.SCHEDULED).size(), List.copyOf(warnings),
                    (System.nanoTime() - start) / 1_000_000, site.output(), translations(build));
        } catch (RuntimeException | Error e) {
            OutputSwap.discard(stage, site.output());
            throw e;
        } finally {
            build.db.drop();
            build.db.close();
            sweep.join();
        }
    }

    /** The folder's identity ({@link OutputSwap#identity}), or null when it cannot be read: then nothing is assumed of it. */
    private static String identity(Path folder) {
        try {
            return OutputSwap.identity(folder);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Runs the steps in order; the steps of one phase are timed together, on one line of the summary. */
    private void runSteps(Build build) {
        for (int i = 0; i < STEPS.size();) {
            String phase = STEPS.get(i).phase();
            List<Step> steps = new ArrayList<>();
            while (i < STEPS.size() && STEPS.get(i).phase().equals(phase)) {
                steps.add(STEPS.get(i++));
            }
            console.timed(phase, () -> {
                StringJoiner said = new StringJoiner(", ");
                for (Step step : steps) {
                    String made;
                    try {
                        made = step.run(build);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    if (made != null) {
                        said.add(made);
                    }
                }
                return said.toString();
            }, said -> said);
        }
    }

    /** Per language but the main one: how many Markdown pages it has translated. */
    private Map<String, Translated> translations(Build build) {
        Map<String, Translated> translated = new LinkedHashMap<>();
        // A post written in one language only is not counted: it has nothing to translate. One
        // awaiting its translation is, and listed with the pages shown untranslated.
        List<org.jbake.model.DocumentModel> markdown = build.pages.stream().filter(d -> d.getFile() != null
                && (d.get(Editions.ONLY) == null || d.get(Editions.AWAITING) != null)).toList();
        List<String> awaiting = markdown.stream().filter(d -> d.get(Editions.AWAITING) != null).map(build::fileOf).toList();
        for (Language language : site.languages()) {
            if (!language.isMain()) {
                List<String> untranslated = new ArrayList<>(awaiting);
                build.editions.get(language.folder()).stream().filter(d -> d.get(Editions.UNTRANSLATED) != null)
                        .map(build::fileOf).forEach(untranslated::add);
                translated.put(language.folder(), new Translated(markdown.size(), untranslated.stream().sorted().toList()));
            }
        }
        return translated;
    }

    private void requireFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new SiteException(Problem.inFile(SitePaths.display(site.root(), folder), "the " + what + " folder is missing",
                    "create it, or set folders." + what + " in site.yaml"));
        }
    }
}
