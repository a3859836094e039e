package org.confsite.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.confsite.bake.Bakery;
import org.confsite.bake.BuildClock;
import org.confsite.bake.Console;
import org.confsite.bake.OutputSwap;
import org.confsite.config.SiteConfig;
import org.confsite.error.SiteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code check}: every check of a build, building into a temporary folder outside the site that
 * is deleted afterwards: the published output is never touched. For CI and pre-commit hooks.
 */
@Command(name = "check", description = "Everything build checks, without writing the site (exit 0 or 1).",
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Option(names = "--strict", description = "every warning is an error")
    boolean strict;

    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        SiteConfig site = options.load();
        Path scratch;
        try {
            scratch = Files.createTempDirectory("confsite-check-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Bakery.Report report = new Bakery(site.withOutput(scratch.resolve("site")), BuildClock.now(),
                    Console.silent(), strict).bake();
            out.printf("No problems: %d pages would be built; %d drafts and %d future posts not published%n",
                    report.pages(), report.drafts(), report.scheduled());
            report.printTranslations(out);
            report.printWarnings(out);
            return 0;
        } catch (SiteException e) {
            Main.printProblems(e.problems(), err);
            return 1;
        } finally {
            try {
                OutputSwap.deleteTree(scratch);
            } catch (IOException ignored) {
                // A temporary folder; the system cleans it up.
            }
        }
    }
}
