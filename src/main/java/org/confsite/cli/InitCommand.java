package org.confsite.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;
import org.confsite.bake.BuildClock;
import org.confsite.error.Problem;
import org.confsite.init.BadValue;
import org.confsite.init.NewSite;
import org.confsite.init.Question;
import org.confsite.init.StarterSite;

/**
 * {@code init DIR}: a new conference site, ready to build, from options or, when a value is
 * missing and the console is interactive, from questions ({@link StarterSite}). Exit 1 with every
 * problem listed when a value cannot be used, a value is missing and nobody can be asked, or DIR
 * already holds files.
 */
final class InitCommand implements Command {
    @Override
    public String name() {
        return "init";
    }

    @Override
    public String summary() {
        return "Start a new conference site in DIR, e.g. init mysite --name \"CivicConf 2027\" --start 2027-09-14 ...;"
                + " with --example, a fictional demonstration programme";
    }

    @Override
    public void define(ArgumentParser parser) {
        parser.addArgument("dir").metavar("DIR").help("the new site's folder; it must not exist, or be empty");
        for (Question q : Question.values()) {
            parser.addArgument("--" + q.option()).dest(dest(q)).metavar(metavar(q)).help(q.prompt());
        }
        Main.flag(parser, "--example", "a fictional example conference with a three-day programme, instead of an empty one");
        Main.flag(parser, "--debug", "print the stack trace of an internal error");
    }

    @Override
    public int run(Namespace ns, PrintStream out, PrintStream err) {
        Path dir = Path.of(ns.getString("dir"));
        boolean example = Boolean.TRUE.equals(ns.getBoolean("example"));
        List<Problem> problems = new ArrayList<>();
        if (!empty(dir)) {
            problems.add(Problem.inFile(dir.toString(), "exists and is not an empty folder; nothing was written",
                    "give the name of a new folder"));
        }
        Map<Question, String> answers = answers(ns, example, problems);
        NewSite site = null;
        if (problems.isEmpty()) {
            try {
                site = NewSite.of(answers, example);
            } catch (BadValue e) {
                problems.add(Problem.inFile("--" + Question.END.option(), e.getMessage(), e.hint()));
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return 1;
        }
        LocalDate today = LocalDate.ofInstant(BuildClock.now(), site.zone());
        String version = version(err);
        List<String> written;
        try {
            written = StarterSite.write(dir, site, today, version);
        } catch (UncheckedIOException e) {
            err.println(Problem.inFile(dir.toString(), "cannot be written: " + e.getCause().getMessage(),
                    "choose a folder you may write to, and delete what this run wrote into it"));
            return 1;
        }
        report(dir, written, example, version, out);
        return 0;
    }

    /** Each question's checked answer: from its option, from the console, or its default. */
    private Map<Question, String> answers(Namespace ns, boolean example, List<Problem> problems) {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        List<String> missing = new ArrayList<>();
        for (Question q : Question.values()) {
            String given = ns.getString(dest(q));
            String fallback = q.fallback(example);
            if (given == null && !example) {
                given = askUntilValid(q, fallback);
            }
            if (given == null && fallback == null) {
                missing.add("--" + q.option());
                continue;
            }
            try {
                answers.put(q, given == null || given.isBlank() && fallback != null ? fallback : q.check(given));
            } catch (BadValue e) {
                problems.add(Problem.inFile("--" + q.option(), e.getMessage(), e.hint()));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(Problem.inFile("init", "missing " + String.join(", ", missing),
                    "give " + (missing.size() == 1 ? "it" : "them") + " as options, e.g. " + String.join(" ",
                            missing.stream().map(InitCommand::exampleOf).toList()) + "; or run init in a terminal to be asked"));
        }
        return answers;
    }

    /** The console's answer once it passes the check; null when there is no console to ask. */
    private static String askUntilValid(Question q, String fallback) {
        Console console = System.console();
        while (console != null) {
            String answer = console.readLine("%s: ", q.prompt());
            if (answer == null || answer.isBlank() && fallback != null) {
                return answer;
            }
            try {
                q.check(answer);
                return answer;
            } catch (BadValue e) {
                console.printf("  %s (%s)%n", e.getMessage(), e.hint());
            }
        }
        return null;
    }

    private static String exampleOf(String option) {
        return switch (option) {
            case "--name" -> "--name \"CivicConf 2027\"";
            case "--start" -> "--start 2027-09-14";
            case "--end" -> "--end 2027-09-16";
            case "--time-zone" -> "--time-zone Europe/Berlin";
            default -> option + " \"...\"";
        };
    }

    private static String metavar(Question q) {
        return switch (q) {
            case START, END -> "YYYY-MM-DD";
            case TIME_ZONE -> "ZONE";
            case LANGUAGES -> "TAGS";
            case BASE_URL -> "URL";
            case GENERATOR_REPOSITORY -> "OWNER/NAME";
            default -> "TEXT";
        };
    }

    private static String dest(Question q) {
        return q.option().replace('-', '_');
    }

    private static boolean empty(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** This generator's version, for the new site's workflow to pin. */
    private static String version(PrintStream err) {
        String version = Main.class.getPackage().getImplementationVersion();
        if (version == null || !version.matches("[A-Za-z0-9._-]+")) {
            err.println("warning: the generator's version is not known (it was not run from its jar): set CONFSITE_VERSION"
                    + " in .github/workflows/site.yml");
            return "unknown";
        }
        if (version.endsWith("-SNAPSHOT")) {
            err.println("warning: confsite " + version + " is a development version, with no release tag for the workflow"
                    + " to fetch: set CONFSITE_VERSION in .github/workflows/site.yml to a released version");
        }
        return version;
    }

    private static void report(Path dir, List<String> written, boolean example, String version, PrintStream out) {
        long pages = written.stream().filter(f -> f.endsWith(".md") && f.startsWith("content/")).count();
        String jar = Main.jar(true);
        out.println("Created the site in " + dir.toAbsolutePath().normalize() + ":");
        out.printf("  %-34s%s%n", "site.yaml, data/conference.yaml", "settings and the conference");
        long data = written.stream().filter(f -> f.startsWith("data/") && !f.equals("data/conference.yaml")).count();
        out.printf("  %-34s%s%n", "data/*.yaml (" + data + " files)",
                example ? "the fictional example's programme and dates" : "the programme, empty");
        out.printf("  %-34s%s%n", "content/ (" + pages + " pages)", "starter pages to edit");
        out.printf("  %-34s%s%n", ".github/workflows/site.yml", "checks and publishes; pins confsite " + version);
        out.printf("  %-34s%s%n", "README.md, .gitignore", "for the site's editors");
        out.println("Next:");
        out.println("  cd " + dir);
        out.println("  java -jar " + jar + " build");
        out.println("  java -jar " + jar + " serve     # then open http://localhost:8820/");
    }
}
