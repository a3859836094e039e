package org.confsite.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.confsite.bake.Bakery;
import org.confsite.bake.BuildClock;
import org.confsite.bake.Console;
import org.confsite.config.SiteConfig;
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
              serve              bake, serve on http://localhost:PORT/ and re-bake on every change

            options:
              --source DIR       the site's folder, holding site.yaml (default: current folder)
              --output DIR       where to write the site (default: output in site.yaml, target/site)
              --port N           port for serve (default 8820)
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
            if (options.command().equals("serve")) {
                return new PreviewServer(site, options.port(), out, err).run();
            }
            return build(site, options.output() != null, out, err);
        } catch (SiteException e) {
            printProblems(e.problems(), err);
            return 1;
        } catch (RuntimeException e) {
            err.println("confsite: internal error: " + e);
            if (options.debug()) {
                e.printStackTrace(err);
            } else {
                err.println("  (run again with --debug for details, and report it)");
            }
            return 2;
        }
    }

    static int build(SiteConfig site, boolean outputGiven, PrintStream out, PrintStream err) {
        out.println("Building " + site.root().toAbsolutePath().normalize());
        try {
            Bakery.Report report = new Bakery(site, BuildClock.now(), new Console(out)).bake();
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

    /** "Built 28 pages, feed and sitemap in 3.1 s; ..." then one line per warning. */
    public static void printSummary(Bakery.Report report, PrintStream out) {
        out.printf("Built %d pages, feed and sitemap in %.1f s; %d drafts and %d future posts not published; %d %s%n",
                report.pages(), report.millis() / 1000.0, report.drafts(), report.scheduled(),
                report.warnings().size(), report.warnings().size() == 1 ? "warning" : "warnings");
        report.warnings().forEach(w -> out.println("warning: " + w));
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

    record Options(String command, Path source, Path output, int port, boolean debug) {
        static Options parse(String[] args) {
            List<String> rest = new ArrayList<>(List.of(args));
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("no command given");
            }
            String command = rest.remove(0);
            if (command.equals("-h") || command.equals("--help")) {
                command = "help";
            }
            if (!List.of("build", "serve", "help").contains(command)) {
                throw new IllegalArgumentException("unknown command '" + command + "'");
            }
            Path source = Path.of(".");
            Path output = null;
            int port = 8820;
            boolean debug = false;
            while (!rest.isEmpty()) {
                String option = rest.remove(0);
                switch (option) {
                    case "--source" -> source = Path.of(value(option, rest));
                    case "--output" -> output = Path.of(value(option, rest));
                    case "--port" -> port = port(value(option, rest));
                    case "--debug" -> debug = true;
                    default -> throw new IllegalArgumentException("unknown option '" + option + "'");
                }
            }
            return new Options(command, source, output, port, debug);
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
