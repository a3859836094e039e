package org.confsite.bake;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.confsite.template.SiteTemplateEngine;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's renderer with its page writing replaced: the same file name and the same template
 * call, but the page is rendered in memory and written with one call, over the file if there is
 * one, or not at all if the file already holds the same bytes ({@link OutputStage#write}).
 * The stock {@link Renderer#render(DocumentModel)} deletes an existing file and creates it again
 * (in case a draft became published), which on a site written over costs a file creation per
 * page (see docs/benchmark.md for what that costs); drafts are never rendered here, so there is
 * nothing to delete. The feed and the sitemap still go through JBake's own code.
 */
final class PageWriter extends Renderer {
    private final JBakeConfiguration config;
    private final DelegatingTemplateEngine engine;
    private final OutputStage stage;
    private final RenderPlan plan;

    /** @param plan which pages a {@code serve} rebuild can take as they were, or null to render all */
    PageWriter(ContentStore db, JBakeConfiguration config, DelegatingTemplateEngine engine, OutputStage stage,
            RenderPlan plan) {
        super(db, config, engine);
        this.config = config;
        this.engine = engine;
        this.stage = stage;
        this.plan = plan;
    }

    @Override
    public void render(DocumentModel content) throws Exception {
        // The name JBake gives the file: the URI without its extension, then the type's extension.
        String name = config.getDestinationFolder().getPath() + File.separatorChar + content.getUri();
        if (name.lastIndexOf('.') > name.lastIndexOf(File.separatorChar)) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        if (ModelAttributes.Status.DRAFT.equals(content.getStatus())) {
            name = name + config.getDraftSuffix();
        }
        Path file = Path.of(name + config.getOutputExtensionByDocType(content.getType()));
        String uri = (String) content.get("uri");
        if (plan != null) {
            if (plan.inStage(uri)) {
                stage.keep(file);
                return;
            }
            byte[] unchanged = plan.unchanged(uri, stage.dir().relativize(file));
            if (unchanged != null) {
                stage.write(file, unchanged);
                return;
            }
        }
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.setRenderer(engine);
        StringWriter page = new StringWriter(16 * 1024);
        try {
            engine.renderDocument(model, config.getTemplateByDocType(content.getType()), page);
            stage.write(file, page.toString().getBytes(Charset.forName(config.getRenderEncoding())));
            if (plan != null) {
                plan.rendered(uri, SiteTemplateEngine.lastReadPageIndex(), SiteTemplateEngine.lastReadPageLists(),
                        SiteTemplateEngine.lastReadFields());
            }
        } catch (IOException | RuntimeException e) {
            throw new Exception("Failed to render file " + file.toAbsolutePath() + ". Cause: " + e.getMessage(), e);
        }
    }
}
