package org.confsite.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.argparse4j.ArgumentParsers;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.ArgumentParserException;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparsers;
import org.confsite.error.FileFailure;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.yaml.Suggest;

/**
 * The command line: {@code build}, {@code serve}, {@code check}, {@code new}, {@code init} and {@code import} ({@code --help}
 * on each), parsed by argparse4j. Exit codes: 0 done, 1 the sources have problems (each printed
 * as {@code file:line:col: message (hint)}), 2 wrong usage or an internal error (one line, the
 * stack trace only with {@code --debug}).
 */
public final class Main {
    /** The commands, in the order the help lists them. */
    static final List<Command> COMMANDS = List.of(new BuildCommand(), new ServeCommand(), new CheckCommand(),
            new NewCommand(), new InitCommand(), new ImportCommand());

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns its exit code; never calls System.exit (tests call this). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ArgumentParser parser = ArgumentParsers.newFor("confsite").addHelp(false).terminalWidthDetection(false)
                .defaultFormatWidth(100).build()
                .description("Bakes a conference's website from Markdown pages and the programme's YAML, with JBake.")
                .epilog("Exit codes: 0 done; 1 the sources have problems (all of them printed as file:line:col: "
                        + "message); 2 wrong usage or an internal error. Run confsite COMMAND --help for a command's options.");
        flag(parser, "-h", "--help", "show this help and exit");
        flag(parser, "-V", "--version", "print the versions of confsite, JBake and Java, and exit");
        Subparsers subparsers = parser.addSubparsers().dest("command").metavar("COMMAND").title("commands");
        Map<String, ArgumentParser> parsers = new LinkedHashMap<>();
        for (Command command : COMMANDS) {
            ArgumentParser sub = subparsers.addParser(command.name(), false).help(command.summary())
                    .description(command.summary());
            flag(sub, "-h", "--help", "show this help and exit");
            command.define(sub);
            parsers.put(command.name(), sub);
        }
        List<String> given = List.of(args);
        // Help and version win over everything else on the line, missing arguments included.
        if (given.contains("-h") || given.contains("--help")) {
            String name = given.stream().filter(parsers::containsKey).findFirst().orElse(null);
            (name == null ? parser : parsers.get(name)).printHelp(writer(out));
            return 0;
        }
        if (!given.isEmpty() && (given.get(0).equals("-V") || given.get(0).equals("--version"))) {
            out.println(Version.text());
            return 0;
        }
        if (given.isEmpty()) {
            err.println("confsite: no command given");
            parser.printHelp(writer(err));
            return 2;
        }
        Namespace ns;
        try {
            ns = parser.parseArgs(args);
        } catch (ArgumentParserException e) {
            return usageError(e, given, parsers.keySet(), err);
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(ns.getString("command"))).findFirst().orElseThrow();
        try {
            return command.run(ns, out, err);
        } catch (SiteException e) {
            printProblems(e.problems(), err);
            return 1;
        } catch (RuntimeException | Error e) {
            return internalError(e, Boolean.TRUE.equals(ns.getBoolean("debug")), err);
        }
    }

    /** An option that is on or off. */
    static void flag(ArgumentParser parser, String name, String help) {
        parser.addArgument(name).action(Arguments.storeTrue()).help(help);
    }

    private static void flag(ArgumentParser parser, String shortName, String name, String help) {
        parser.addArgument(shortName, name).action(Arguments.storeTrue()).help(help);
    }

    /** What was wrong, a command near a misspelt one, and the usage of the command (or of the tool). */
    private static int usageError(ArgumentParserException e, List<String> given, java.util.Set<String> commands,
            PrintStream err) {
        err.println("confsite: " + e.getMessage());
        String first = given.get(0);
        if (!first.startsWith("-") && !commands.contains(first)) {
            String near = Suggest.nearest(first, commands);
            if (near != null) {
                err.println("Did you mean: confsite " + near + "?");
            }
        }
        e.getParser().printUsage(writer(err));
        err.println("(confsite " + (commands.contains(first) ? first + " " : "") + "--help lists the options)");
        return 2;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(stream, true);
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

    /**
     * The jar this runs from, as a command to type should name it: relative to the current folder
     * when inside it ({@code target/confsite.jar}) and {@code elsewhere} is false, else its full
     * path; {@code confsite.jar} when not run from a jar.
     *
     * @param elsewhere the command is typed in another folder (after {@code cd})
     */
    static String jar(boolean elsewhere) {
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath()
                    .normalize();
            if (!code.toString().endsWith(".jar")) {
                return "confsite.jar";
            }
            Path here = Path.of("").toAbsolutePath().normalize();
            return (code.startsWith(here) && !elsewhere ? here.relativize(code) : code).toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "confsite.jar";
        }
    }
}
