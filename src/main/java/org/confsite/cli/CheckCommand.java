package org.confsite.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;
import org.confsite.bake.Bakery;
import org.confsite.bake.BuildClock;
import org.confsite.bake.Console;
import org.confsite.bake.OutputSwap;
import org.confsite.config.SiteConfig;

/**
 * {@code check}: every check of a build, building into a temporary folder outside the site that
 * is deleted afterwards: the published output is never touched. For CI and pre-commit hooks.
 */
final class CheckCommand implements Command {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "Everything build checks, without writing the site (exit 0 or 1).";
    }

    @Override
    public void define(ArgumentParser parser) {
        SiteOptions.define(parser);
        Main.flag(parser, "--strict", "every warning is an error");
    }

    @Override
    public int run(Namespace ns, PrintStream out, PrintStream err) {
        SiteConfig site = SiteOptions.of(ns).load();
        Path scratch;
        try {
            scratch = Files.createTempDirectory("confsite-check-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Bakery.Report report = new Bakery(site.withOutput(scratch.resolve("site")), BuildClock.now(),
                    Console.silent(), ns.getBoolean("strict")).bake();
            out.printf("No problems: %d pages would be built; %d drafts and %d future posts not published%n",
                    report.pages(), report.drafts(), report.scheduled());
            report.printTranslations(out);
            report.printWarnings(out);
            return 0;
        } finally {
            try {
                OutputSwap.deleteTree(scratch);
            } catch (IOException ignored) {
                // A temporary folder; the system cleans it up.
            }
        }
    }
}
