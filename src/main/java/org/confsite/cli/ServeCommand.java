package org.confsite.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.confsite.config.SiteConfig;
import org.confsite.error.SiteException;
import org.confsite.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the preview. Bakes with the drafts beside the site's output (never into it),
 * serves it on localhost and bakes again on every change.
 */
@Command(name = "serve", description = "Bake with drafts into OUTPUT-preview, serve it on http://localhost:PORT/, "
        + "re-bake on every change and reload the open page.", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Option(names = "--port", paramLabel = "N", description = "the port (default ${DEFAULT-VALUE})")
    int port = 8820;

    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (port < 1 || port > 65535) {
            err.println("confsite: --port needs a number from 1 to 65535");
            return 2;
        }
        try {
            SiteConfig site = options.load();
            SiteConfig preview = site.withOutput(site.output().resolveSibling(site.output().getFileName() + "-preview"));
            return new PreviewServer(preview, port, out, err).run();
        } catch (SiteException e) {
            Main.printProblems(e.problems(), err);
            return 1;
        }
    }
}
