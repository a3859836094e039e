package org.confsite.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;
import org.confsite.bake.Bakery;
import org.confsite.bake.BuildClock;
import org.confsite.bake.Console;
import org.confsite.config.SiteConfig;
import org.confsite.error.SiteException;

/** {@code build}: bakes the site into its output folder, and says where it went and how to preview it. */
final class BuildCommand implements Command {
    @Override
    public String name() {
        return "build";
    }

    @Override
    public String summary() {
        return "Bake the site into its output folder.";
    }

    @Override
    public void define(ArgumentParser parser) {
        SiteOptions.define(parser);
        Main.flag(parser, "--strict", "every warning is an error: nothing is published");
    }

    @Override
    public int run(Namespace ns, PrintStream out, PrintStream err) {
        SiteOptions options = SiteOptions.of(ns);
        SiteConfig site = options.load();
        out.println("Building " + site.root().toAbsolutePath().normalize());
        try {
            Bakery.Report report = new Bakery(site, BuildClock.now(), new Console(out), ns.getBoolean("strict")).bake();
            report.printSummary(out);
            out.println("Site: " + report.output().toAbsolutePath().normalize());
            out.println("Preview: java -jar " + Main.jar(false) + " serve" + sourceOption(site)
                    + (options.output() != null ? " --output " + site.output() : "") + "   (then open http://localhost:8820/)");
            return 0;
        } catch (SiteException e) {
            Main.printProblems(e.problems(), err);
            err.println("The previous site in " + site.output() + " was left as it was.");
            return 1;
        }
    }

    private static String sourceOption(SiteConfig site) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path root = site.root().toAbsolutePath().normalize();
        return root.equals(here) ? "" : " --source " + root;
    }
}
