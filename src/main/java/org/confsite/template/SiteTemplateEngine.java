package org.confsite.template;

import freemarker.core.HTMLOutputFormat;
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
    private final Configuration freemarker;
    private final String displayDir;
    private final Function<DocumentModel, PageContext> pages;

    /**
     * @param shared     values every template sees (site, programme, news lists, helpers)
     * @param pages      gives each rendered document its {@link PageContext}
     * @param displayDir how the templates folder is named in error messages
     */
    public SiteTemplateEngine(ContentStore db, JBakeConfiguration config, Path templatesDir, String displayDir,
            Map<String, Object> shared, Messages messages, TimeZone zone, Function<DocumentModel, PageContext> pages) {
        super(db, config);
        this.displayDir = displayDir;
        this.pages = pages;
        this.freemarker = new Configuration(Configuration.VERSION_2_3_33);
        try {
            freemarker.setDirectoryForTemplateLoading(templatesDir.toFile());
            freemarker.setDefaultEncoding("UTF-8");
            freemarker.setOutputEncoding("UTF-8");
            freemarker.setRecognizeStandardFileExtensions(true);
            freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
            freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            freemarker.setLogTemplateExceptions(false);
            freemarker.setWrapUncheckedExceptions(true);
            freemarker.setAPIBuiltinEnabled(false);
            freemarker.setLocale(messages.locale());
            freemarker.setTimeZone(zone);
            freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());
            for (var entry : shared.entrySet()) {
                freemarker.setSharedVariable(entry.getKey(), entry.getValue());
            }
            freemarker.setSharedVariable("msg", (TemplateMethodModelEx) args -> message(messages, args));
        } catch (IOException | TemplateModelException e) {
            throw new SiteException(Problem.inFile(displayDir, "templates cannot be loaded: " + e.getMessage(),
                    "check that the templates folder exists"));
        }
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
        root.put("content", content);
        root.put("here", pages.apply(content));
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(root, writer);
        } catch (TemplateException e) {
            throw new SiteException(templateProblem(e));
        } catch (IOException e) {
            throw new SiteException(Problem.inFile(displayDir + "/" + templateName,
                    "template cannot be read: " + e.getMessage(), "check the template.*.file names"));
        }
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
