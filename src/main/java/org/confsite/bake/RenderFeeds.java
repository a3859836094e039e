package org.confsite.bake;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.confsite.config.Language;
import org.jbake.model.DocumentModel;
import org.jbake.template.model.TemplateModel;

/** The Atom feed of each language's news: the main one through JBake's renderer, the others in their folders. */
final class RenderFeeds implements Step {
    @Override
    public String phase() {
        return "render";
    }

    @Override
    public String run(Build b) {
        String file = b.site.feedFile();
        StringJoiner written = new StringJoiner(", ");
        JBakeCalls.run(() -> b.writer.renderFeed(file));
        written.add(file);
        for (Language language : b.languages()) {
            if (!language.isMain()) {
                JBakeCalls.run(() -> renderFeed(b, language));
                written.add(language.path(file));
            }
        }
        return written.toString();
    }

    private static void renderFeed(Build b, Language language) throws Exception {
        DocumentModel feed = DocumentModel.createDefaultDocumentModel();
        feed.setType("feed");
        feed.put(Editions.LANGUAGE, language.folder());
        TemplateModel model = new TemplateModel();
        model.setContent(feed);
        model.setRenderer(b.templates);
        StringWriter text = new StringWriter();
        b.templates.renderDocument(model, "feed.ftlx", text);
        b.write(b.out().resolve(language.folder()).resolve(b.site.feedFile()), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
