package org.confsite.template;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
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
import java.util.Set;
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
    /** The shared values made from other pages: the index of pages, the lists. */
    private static final Set<String> INDEX = Set.of("pages");
    private static final Set<String> LISTS = Set.of("news", "listedNews", "tags", "sitemap", "updated");
    /**
     * The fields of the pages in the lists whose reading is noted one by one ({@link #lastReadFields}):
     * a post's text (and its hash), which the lists of posts do not show. Any other field of any
     * page counts as read by every page that reads a list.
     */
    public static final Set<String> TRACKED_FIELDS = Set.of("body", "sha1");
    /** {@link #lastReadFields} when a page of a list was read whole. */
    public static final String ALL_FIELDS = Watched.ALL;
    private static final ThreadLocal<Watched.Reads> LAST_READ = ThreadLocal.withInitial(() -> {
        Watched.Reads all = new Watched.Reads();
        all.index = true;
        all.lists = true;
        all.fields.add(Watched.ALL);
        return all;
    });

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
            ObjectWrapper tracking = Watched.tracking(wrapper, freemarker.getObjectWrapper(), TRACKED_FIELDS);
            for (var entry : shared.entrySet()) {
                freemarker.setSharedVariable(entry.getKey(), model(entry.getKey(), entry.getValue(), tracking));
            }
            for (var language : byLanguage.entrySet()) {
                Map<String, freemarker.template.TemplateModel> values = new java.util.HashMap<>();
                for (var entry : language.getValue().values().entrySet()) {
                    values.put(entry.getKey(), model(entry.getKey(), entry.getValue(), tracking));
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

    /** A value of the model as templates see it: those made from other pages {@link Watched}. */
    private freemarker.template.TemplateModel model(String name, Object value, ObjectWrapper tracking)
            throws TemplateModelException {
        ObjectWrapper plain = freemarker.getObjectWrapper();
        if (INDEX.contains(name)) {
            return Watched.wrapIndex(value, plain);
        }
        return LISTS.contains(name) ? Watched.wrapList(value, tracking) : plain.wrap(value);
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
        Watched.Reads read = Watched.watch();
        try {
            Template template = freemarker.getTemplate(templateName);
            freemarker.core.Environment env = template.createProcessingEnvironment(root, writer);
            env.setLocale(locales.get(key));
            env.process();
            LAST_READ.set(read);
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
        return LAST_READ.get().index;
    }

    /**
     * Whether the page last rendered on this thread used a list made from other pages' fields
     * ({@code news}, {@code sitemap}, {@code updated}), which changes when any page changes
     * (but for the {@link #TRACKED_FIELDS} of those pages: see {@link #lastReadFields}).
     */
    public static boolean lastReadPageLists() {
        return LAST_READ.get().lists;
    }

    /**
     * Which of the {@link #TRACKED_FIELDS} of the pages in the lists the page last rendered on
     * this thread read; {@link #ALL_FIELDS} when it read a page of a list whole.
     */
    public static Set<String> lastReadFields() {
        return Set.copyOf(LAST_READ.get().fields);
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
