package org.confsite.bake;

import org.confsite.error.FileFailure;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.jbake.model.DocumentModel;

/**
 * Renders every page of every language once, on all cores, through JBake's renderer with our
 * page writer. What goes wrong is said with the page: a template that calls itself without end is
 * a problem of the templates, anything else unexpected an internal error naming the page.
 */
final class RenderPages implements Step {
    @Override
    public String phase() {
        return "render";
    }

    @Override
    public String run(Build b) {
        Parallel.forEach(b.all, true, doc -> render(b, doc));
        int unchanged = b.plan == null ? 0 : b.plan.unchangedCount();
        return b.all.size() + " pages" + (unchanged == 0 ? "" : " (" + unchanged + " unchanged since the last build)");
    }

    private static void render(Build b, DocumentModel doc) {
        String page = (String) doc.get("uri");
        try {
            JBakeCalls.run(() -> b.writer.render(doc));
        } catch (SiteException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new SiteException(Problem.inFile(b.display(b.site.templates().resolve(doc.getType() + ".ftlh")),
                    "rendering " + page + " nests without end", "a macro, function or #include of the templates"
                    + " probably calls itself; give it a condition to stop"));
        } catch (RuntimeException | Error e) {
            throw new FileFailure(page + (doc.getFile() != null ? " (from " + b.fileOf(doc) + ")" : ""), e);
        }
    }
}
