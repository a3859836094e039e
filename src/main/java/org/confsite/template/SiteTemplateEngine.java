package org.confsite.template;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * The template engine JBake's {@link org.jbake.app.Renderer} renders through. Replaces JBake's
 * Freemarker set-up (incompatible_improvements 2.3.0, no escaping, a database query per list a
 * template reads) with: Freemarker 2.3.33 rules, HTML auto-escaping for {@code .ftlh} and XML
 * for {@code .ftlx}, errors that stop the build, and a model of values computed once per bake.
 */
public final class SiteTemplateEngine extends DelegatingTemplateEngine {
    /** The shared values made from other pages: the index of pages (slot 0), the lists (slot 1). */
    private static final Map<String, Integer> WATCHED = Map.of("pages", 0, "news", 1, "listedNews", 1, "tags", 1,
            "sitemap", 1, "updated", 1);
    private static final ThreadLocal<boolean[]> LAST_READ = ThreadLocal.withInitial(() -> new boolean[] {true, true});

    static {
        // Freemarker picks the first logging library it finds, Log4j before SLF4J; with Log4j on a
        // test classpath it printed its template-cache chatter. It logs through SLF4J, like JBake.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        }
    }

    private final Configuration freemarker;
    private final String displayDir;
    private final Function<DocumentModel, PageContext> pages;
    /** Per language (its folder): the values that differ between languages, ready for a page's model. */
    private final Map<String, Map<String, freemarker.template.TemplateModel>> languages = new java.util.HashMap<>();
    private final Map<String, java.util.Locale> locales = new java.util.HashMap<>();

    /**
     * What a page sees in one language: {@code msg} from {@code messages}, and {@code values}
     * (the programme in that language, its news, formats and structured data), which take the
     * place of shared values of the same name.
     */
    public record LanguageModel(Map<String, Object> values, Messages messages) {
    }

    /**
     * @param shared     values every template sees (site, programme, news lists, helpers)
     * @param pages      gives each rendered document its {@link PageContext}
     * @param displayDir how the templates folder is named in error messages
     */

    /**
     * @param shared     values every template sees (site, the index of pages, the sitemap)
     * @param byLanguage per language folder ("" for the main language): the values of that language
     * @param pages      gives each rendered document its {@link PageContext}
     * @param displayDir how the templates folder is named in error messages
     * @param previous   the configuration of an earlier build of the same templates folder, whose
     *                   parsed templates are kept (each is read again when its file changes), or null
     */
    public SiteTemplateEngine(ContentStore db, JBakeConfiguration config, Path templatesDir, String displayDir,
            Map<String, Object> shared, Map<String, LanguageModel> byLanguage, TimeZone zone,
            Function<DocumentModel, PageContext> pages, Configuration previous) {
        super(db, config);
        this.displayDir = displayDir;
        this.pages = pages;
        Path dir = templatesDir.toAbsolutePath().normalize();
        boolean reuse = previous != null && previous.getTemplateLoader() instanceof freemarker.cache.FileTemplateLoader loader
                && loader.getBaseDirectory().toPath().toAbsolutePath().normalize().equals(dir);
        this.freemarker = reuse ? previous : new Configuration(Configuration.VERSION_2_3_33);
        try {
            if (previous != null) {
                // Kept between builds: a template edited since the last one must be read again.
                freemarker.setTemplateUpdateDelayMilliseconds(0);
            }
            if (!reuse) {
                freemarker.setDirectoryForTemplateLoading(templatesDir.toFile());
            }
            freemarker.setDefaultEncoding("UTF-8");
            freemarker.setOutputEncoding("UTF-8");
            freemarker.setRecognizeStandardFileExtensions(true);
            freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
            freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            freemarker.setLogTemplateExceptions(false);
            freemarker.setWrapUncheckedExceptions(true);
            freemarker.setAPIBuiltinEnabled(false);
            // Templates come with a commit: no ?new of arbitrary classes (Execute runs commands), and no
            // file, stream or network object reachable from the model (TemplateAccess).
            freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
            freemarker.setLocale(byLanguage.get("").messages().locale());
            freemarker.setTimeZone(zone);
            DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33);
            wrapper.setMemberAccessPolicy(new TemplateAccess());
            freemarker.setObjectWrapper(wrapper.build());
            for (var entry : shared.entrySet()) {
                if (WATCHED.containsKey(entry.getKey())) {
                    freemarker.setSharedVariable(entry.getKey(), Watched.wrap(entry.getValue(), freemarker.getObjectWrapper(),
                            WATCHED.get(entry.getKey())));
                } else {
                    freemarker.setSharedVariable(entry.getKey(), entry.getValue());
                }
            }
            for (var language : byLanguage.entrySet()) {
                Map<String, freemarker.template.TemplateModel> values = new java.util.HashMap<>();
                for (var entry : language.getValue().values().entrySet()) {
                    values.put(entry.getKey(), WATCHED.containsKey(entry.getKey())
                            ? Watched.wrap(entry.getValue(), freemarker.getObjectWrapper(), WATCHED.get(entry.getKey()))
                            : freemarker.getObjectWrapper().wrap(entry.getValue()));
                }
                Messages messages = language.getValue().messages();
                values.put("msg", (TemplateMethodModelEx) args -> message(messages, args));
                languages.put(language.getKey(), values);
                locales.put(language.getKey(), messages.locale());
            }
        } catch (IOException | TemplateModelException e) {
            throw new SiteException(Problem.inFile(displayDir, "templates cannot be loaded: " + e.getMessage(),
                    "check that the templates folder exists"));
        }
    }

    /** The Freemarker configuration, to be handed to the next build of a {@code serve} session. */
    public Configuration configuration() {
        return freemarker;
    }

    private static String message(Messages messages, List<?> args) throws TemplateModelException {
        if (args.isEmpty()) {
            throw new TemplateModelException("msg needs a key, e.g. msg(\"nav.home\")");
        }
        List<Object> rest = new ArrayList<>();
        for (Object a : args.subList(1, args.size())) {
            rest.add(DeepUnwrap.unwrap((freemarker.template.TemplateModel) a));
        }
        return messages.get(String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0))), rest);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        SimpleHash root = new SimpleHash(freemarker.getObjectWrapper());
        Object language = content.get("language");
        String key = language instanceof String l && languages.containsKey(l) ? l : "";
        languages.get(key).forEach(root::put);
        root.put("content", content);
        root.put("here", pages.apply(content));
        boolean[] read = Watched.watch();
        try {
            Template template = freemarker.getTemplate(templateName);
            freemarker.core.Environment env = template.createProcessingEnvironment(root, writer);
            env.setLocale(locales.get(key));
            env.process();
            LAST_READ.set(read.clone());
        } catch (TemplateException e) {
            throw new SiteException(templateProblem(e));
        } catch (IOException e) {
            throw new SiteException(Problem.inFile(displayDir + "/" + templateName,
                    "template cannot be read: " + e.getMessage(), "check the template.*.file names"));
        } finally {
            Watched.stop();
        }
    }

    /**
     * Whether the page last rendered on this thread used the index of pages ({@code pages}),
     * which changes when a page comes or goes.
     */
    public static boolean lastReadPageIndex() {
        return LAST_READ.get()[0];
    }

    /**
     * Whether the page last rendered on this thread used a list made from other pages' fields
     * ({@code news}, {@code sitemap}, {@code updated}), which changes when any page changes.
     */
    public static boolean lastReadPageLists() {
        return LAST_READ.get()[1];
    }

    private Problem templateProblem(TemplateException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof SiteException site) {
                Problem p = site.problems().get(0);
                return Problem.at(displayDir + "/" + e.getTemplateSourceName(), lineOf(e), colOf(e), p.message(),
                        p.hint() + " in " + p.file());
            }
            cause = cause.getCause();
        }
        String message = e.getMessageWithoutStackTop().lines().findFirst().orElse("template error").strip();
        return Problem.at(displayDir + "/" + (e.getTemplateSourceName() == null ? "?" : e.getTemplateSourceName()),
                lineOf(e), colOf(e), message, "fix the template");
    }

    private static int lineOf(TemplateException e) {
        return e.getLineNumber() == null ? 0 : e.getLineNumber();
    }

    private static int colOf(TemplateException e) {
        return e.getColumnNumber() == null ? 0 : e.getColumnNumber();
    }
}
