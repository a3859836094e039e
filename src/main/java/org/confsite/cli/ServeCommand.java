package org.confsite.cli;

import java.io.PrintStream;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;
import org.confsite.config.SiteConfig;
import org.confsite.serve.PreviewServer;

/**
 * {@code serve}: the preview. Bakes with the drafts beside the site's output (never into it),
 * serves it on localhost and bakes again on every change.
 */
final class ServeCommand implements Command {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "Bake with drafts into OUTPUT-preview, serve it on http://localhost:PORT/, re-bake on every change.";
    }

    @Override
    public void define(ArgumentParser parser) {
        SiteOptions.define(parser);
        parser.addArgument("--port").metavar("N").type(Integer.class).choices(Arguments.range(1, 65535)).setDefault(8820)
                .help("the port (default 8820)");
    }

    @Override
    public int run(Namespace ns, PrintStream out, PrintStream err) {
        SiteConfig site = SiteOptions.of(ns).load();
        SiteConfig preview = site.withOutput(site.output().resolveSibling(site.output().getFileName() + "-preview"));
        return new PreviewServer(preview, ns.getInt("port"), out, err).run();
    }
}
