package org.confsite.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.confsite.bake.Bakery;
import org.confsite.bake.BuildClock;
import org.confsite.bake.Console;
import org.confsite.config.SiteConfig;
import org.confsite.error.SiteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code build}: bakes the site into its output folder, and says where it went and how to preview it. */
@Command(name = "build", description = "Bake the site into its output folder.", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Option(names = "--strict", description = "every warning is an error: nothing is published")
    boolean strict;

    private final PrintStream out;
    private final PrintStream err;

    BuildCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        SiteConfig site = options.load();
        out.println("Building " + site.root().toAbsolutePath().normalize());
        try {
            Bakery.Report report = new Bakery(site, BuildClock.now(), new Console(out), strict).bake();
            report.printSummary(out);
            out.println("Site: " + report.output().toAbsolutePath().normalize());
            out.println("Preview: java -jar target/confsite.jar serve" + sourceOption(site)
                    + (options.output != null ? " --output " + site.output() : "") + "   (then open http://localhost:8820/)");
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
