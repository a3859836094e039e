package org.confsite.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import org.confsite.error.FileFailure;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code build}, {@code serve}, {@code check} and {@code new} ({@code --help}
 * on each). Exit codes: 0 done, 1 the sources have problems (each printed as
 * {@code file:line:col: message (hint)}), 2 wrong usage or an internal error (one line, the stack
 * trace only with {@code --debug}).
 */
@Command(name = "confsite", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Bakes a conference's website from Markdown pages and the programme's YAML, with JBake.",
        footer = {"", "Exit codes: 0 done; 1 the sources have problems (all of them printed as file:line:col: message);",
                "2 wrong usage or an internal error."})
public final class Main implements java.util.concurrent.Callable<Integer> {
    private final PrintStream err;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Main(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns its exit code; never calls System.exit (tests call this). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main(err))
                .addSubcommand(new BuildCommand(out, err))
                .addSubcommand(new ServeCommand(out, err))
                .addSubcommand(new CheckCommand(out, err))
                .addSubcommand(new NewCommand(out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExitCodeExceptionMapper(e -> 2);
        cli.setParameterExceptionHandler((e, line) -> {
            err.println("confsite: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, new PrintWriter(err, true));
            e.getCommandLine().usage(err);
            return 2;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof SiteException problems) {
                printProblems(problems.problems(), err);
                return 1;
            }
            return internalError(e, debug(parsed), err);
        });
        try {
            return cli.execute(args);
        } catch (Error e) {
            return internalError(e, List.of(args).contains("--debug"), err);
        }
    }

    /** Without a command: the usage, as a usage error. */
    @Override
    public Integer call() {
        err.println("confsite: no command given");
        spec.commandLine().usage(err);
        return 2;
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
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

    static void printProblems(List<Problem> problems, PrintStream err) {
        for (Problem p : problems) {
            err.println(p);
        }
        err.println("Build failed: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " to fix.");
    }
}
