package org.confsite.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.confsite.bake.Bakery;
import org.confsite.bake.BuildClock;
import org.confsite.bake.Console;
import org.confsite.config.SiteConfig;
import org.confsite.config.SiteFiles;
import org.confsite.error.FileFailure;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.serve.PreviewServer;

/**
 * The command line: {@code build} bakes the site; {@code serve} bakes, serves it on localhost and
 * re-bakes when a source changes. Exit codes: 0 built, 1 the sources have problems (each printed
 * as {@code file:line:col: message (hint)}), 2 wrong usage or an internal error.
 */
public final class Main {
    static final String USAGE = """
            usage: confsite <command> [options]

            commands:
              build              bake the site into its output folder
              serve              bake with drafts into OUTPUT-preview, serve it on http://localhost:PORT/,
                                 re-bake on every change and reload the open page
              check              everything build checks, without writing the site (exit 0 or 1)
              new KIND "TITLE"   start a post, page, session or speaker (never overwrites)
              new translation FILE
                                 start the translation of a page or post, e.g. content/venue.md
                                 (content/venue.zh-tw.md, a draft holding the page's text)

            options:
              --source DIR       the site's folder, holding site.yaml (default: current folder)
              --output DIR       where to write the site (default: output in site.yaml, target/site)
              --base-url URL     the address the site is published at, instead of base_url in site.yaml
              --port N           port for serve (default 8820)
              --strict           build and check: every warning is an error (exit 1)
              --debug            print stack traces of internal errors
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns its exit code; never calls System.exit (tests call this). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("confsite: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (options.command().equals("help")) {
            out.print(USAGE);
            return 0;
        }
        try {
            SiteConfig site = SiteConfig.load(options.source());
            if (options.output() != null) {
                site = site.withOutput(options.output());
            }
            if (options.baseUrl() != null) {
                site = site.withBaseUrl(options.baseUrl());
            }
            if (options.command().equals("serve")) {
                // The preview shows drafts: it builds beside the site's output, never into it.
                SiteConfig preview = site.withOutput(site.output().resolveSibling(site.output().getFileName() + "-preview"));
                return new PreviewServer(preview, options.port(), out, err).run();
            }
            if (options.command().equals("check")) {
                return check(site, options.strict(), out, err);
            }
            if (options.command().equals("new")) {
                // Nothing outside the site is read or written because of a link inside it.
                SiteFiles.scan(site);
                Scaffold.Created created = Scaffold.create(site, options.kind(), options.title(), today(site));
                out.println("Created " + created.file().toAbsolutePath().normalize());
                out.println(created.next());
                return 0;
            }
            return build(site, options.output() != null, options.strict(), out, err);
        } catch (SiteException e) {
            if (options.command().equals("new")) {
                e.problems().forEach(err::println);
            } else {
                printProblems(e.problems(), err);
            }
            return 1;
        } catch (RuntimeException | Error e) {
            return internalError(e, options.debug(), err);
        }
    }

    /**
     * Something the sources cannot explain: a bug, or a limit of the machine. One line saying what
     * and (when known) in which file, exit code 2; the stack trace only with {@code --debug}.
     */
    static int internalError(Throwable e, boolean debug, PrintStream err) {
        String file = null;
        Throwable cause = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileFailure failure && file == null) {
                file = failure.file();
            }
            cause = t;
        }
        err.println("confsite: internal error" + (file != null ? " while processing " + file : "") + ": " + cause);
        if (cause instanceof OutOfMemoryError) {
            err.println("  (the build needs more memory than Java was given: try java -Xmx2g -jar target/confsite.jar ...)");
        }
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("  (run again with --debug for details, and report it)");
        }
        return 2;
    }

    static int build(SiteConfig site, boolean outputGiven, boolean strict, PrintStream out, PrintStream err) {
        out.println("Building " + site.root().toAbsolutePath().normalize());
        try {
            Bakery.Report report = new Bakery(site, BuildClock.now(), new Console(out), strict).bake();
            printSummary(report, out);
            out.println("Site: " + report.output().toAbsolutePath().normalize());
            out.println("Preview: java -jar target/confsite.jar serve" + sourceOption(site)
                    + (outputGiven ? " --output " + site.output() : "") + "   (then open http://localhost:8820/)");
            return 0;
        } catch (SiteException e) {
            printProblems(e.problems(), err);
            err.println("The previous site in " + site.output() + " was left as it was.");
            return 1;
        }
    }

    /**
     * Builds into a temporary folder outside the site and deletes it: every check of a build,
     * and the published output untouched.
     */
    static int check(SiteConfig site, boolean strict, PrintStream out, PrintStream err) {
        Path scratch;
        try {
            scratch = java.nio.file.Files.createTempDirectory("confsite-check-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            Bakery.Report report = new Bakery(site.withOutput(scratch.resolve("site")), BuildClock.now(),
                    Console.silent(), strict).bake();
            out.printf("No problems: %d pages would be built; %d drafts and %d future posts not published%n",
                    report.pages(), report.drafts(), report.scheduled());
            printTranslations(report, out);
            report.warnings().forEach(w -> out.println("warning: " + w));
            return 0;
        } catch (SiteException e) {
            printProblems(e.problems(), err);
            return 1;
        } finally {
            try {
                org.confsite.bake.OutputSwap.deleteTree(scratch);
            } catch (java.io.IOException ignored) {
                // A temporary folder; the system cleans it up.
            }
        }
    }

    /** Today in the conference's time zone (Asia/Taipei when the data cannot say). */
    private static java.time.LocalDate today(SiteConfig site) {
        java.time.ZoneId zone;
        try {
            zone = org.confsite.programme.ProgrammeLoader.load(site.data(), "data",
                    org.confsite.bake.Bakery.languageKeys(site)).getConference().timeZone();
        } catch (SiteException e) {
            zone = java.time.ZoneId.of("Asia/Taipei");
        }
        return java.time.LocalDate.ofInstant(BuildClock.now(), zone);
    }

    /** "Built 28 pages, feed and sitemap in 3.1 s; ..." then one line per warning. */
    public static void printSummary(Bakery.Report report, PrintStream out) {
        out.printf("Built %d pages, feed and sitemap in %.1f s; %d drafts and %d future posts not published; %d %s%n",
                report.pages(), report.millis() / 1000.0, report.drafts(), report.scheduled(),
                report.warnings().size(), report.warnings().size() == 1 ? "warning" : "warnings");
        printTranslations(report, out);
        report.warnings().forEach(w -> out.println("warning: " + w));
    }

    /** "zh-tw: 13 of 15 pages translated; shown untranslated: content/venue.md, ..." per other language. */
    static void printTranslations(Bakery.Report report, PrintStream out) {
        report.translations().forEach((folder, t) -> {
            List<String> missing = t.untranslated();
            out.printf("%s: %d of %d pages translated%s%n", folder, t.pages() - missing.size(), t.pages(), missing.isEmpty()
                    ? "" : "; shown untranslated: " + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                    + (missing.size() > 10 ? " and " + (missing.size() - 10) + " more" : ""));
        });
    }

    private static String sourceOption(SiteConfig site) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path root = site.root().toAbsolutePath().normalize();
        return root.equals(here) ? "" : " --source " + root;
    }

    static void printProblems(List<Problem> problems, PrintStream err) {
        for (Problem p : problems) {
            err.println(p);
        }
        err.println("Build failed: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " to fix.");
    }

    record Options(String command, Path source, Path output, int port, boolean debug, String kind, String title,
            boolean strict, String baseUrl) {
        static Options parse(String[] args) {
            List<String> rest = new ArrayList<>(List.of(args));
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("no command given");
            }
            String command = rest.remove(0);
            if (command.equals("-h") || command.equals("--help")) {
                command = "help";
            }
            if (!List.of("build", "serve", "check", "new", "help").contains(command)) {
                throw new IllegalArgumentException("unknown command '" + command + "'");
            }
            String kind = null;
            String title = null;
            if (command.equals("new")) {
                if (rest.size() < 2 || rest.get(0).startsWith("--") || !Scaffold.KINDS.contains(rest.get(0))) {
                    throw new IllegalArgumentException("new needs a kind (" + String.join(", ", Scaffold.KINDS)
                            + ") and a title, e.g. new post \"Registration opens\"");
                }
                kind = rest.remove(0);
                title = rest.remove(0);
            }
            Path source = Path.of(".");
            Path output = null;
            int port = 8820;
            boolean debug = false;
            boolean strict = false;
            String baseUrl = null;
            while (!rest.isEmpty()) {
                String option = rest.remove(0);
                switch (option) {
                    case "--source" -> source = Path.of(value(option, rest));
                    case "--output" -> output = Path.of(value(option, rest));
                    case "--port" -> port = port(value(option, rest));
                    case "--debug" -> debug = true;
                    case "--strict" -> strict = true;
                    case "--base-url" -> baseUrl = value(option, rest);
                    default -> throw new IllegalArgumentException("unknown option '" + option + "'");
                }
            }
            return new Options(command, source, output, port, debug, kind, title, strict, baseUrl);
        }

        private static String value(String option, List<String> rest) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.remove(0);
        }

        private static int port(String text) {
            try {
                int p = Integer.parseInt(text);
                if (p > 0 && p < 65536) {
                    return p;
                }
            } catch (NumberFormatException ignored) {
                // fall through
            }
            throw new IllegalArgumentException("--port needs a number from 1 to 65535");
        }
    }
}
