package org.confsite.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry point: runs {@link Main} in a Java process started with the settings that make
 * a build fast, so that {@code java -jar target/confsite.jar build} gets them with no extra step.
 *
 * <ul>
 * <li>A build is a short, busy process on few cores: compiling hot code only with the quick
 *     compiler ({@code -XX:TieredStopAtLevel=1}) is faster on few cores, because the optimising
 *     compiler spends more processor time than it saves before the build ends (figures in
 *     docs/benchmark.md). {@code serve} too: each rebuild is a short burst a save sets off, minutes
 *     apart, too few for the optimising compiler's code to arrive before the editor has waited
 *     on many saves; with the quick compiler alone the first saves are rebuilt as fast as later ones.
 * <li>A build keeps little in memory from page to page (the pages it has written are dropped) but
 *     makes much short-lived garbage. The serial collector collects it with less processor time,
 *     and it grows the heap only as far as the live data needs; the collector a server-class
 *     machine gets by default grows it to hundreds of megabytes to make its pauses rarer, which a
 *     short build does not need. {@code serve} keeps the default collector, whose pauses stay short
 *     while the preview holds the whole site.
 * <li>The classes a build loads are read from a class-data sharing archive
 *     ({@code confsite.jsa} beside the jar, written by {@code mvn package} from a build of the
 *     shipped site), instead of being parsed and verified again.
 *     A missing or outdated archive (another JDK, a rebuilt jar) is skipped without a word.
 * </ul>
 *
 * <p>The options given to the first process ({@code java -Xmx1g -jar ...}) are passed on after
 * these, so they win. {@code CONFSITE_TUNING=off} in the environment, a debugger, or a start
 * that is not from the jar runs {@link Main} in this process as it is.
 */
public final class Launcher {
    /** Set on the second process, so that it does not start a third. */
    static final String TUNED = "confsite.tuned";
    static final String ARCHIVE = "confsite.jsa";

    private Launcher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Optional<List<String>> command = System.getProperty(TUNED) != null || "off".equals(System.getenv("CONFSITE_TUNING"))
                ? Optional.empty() : command(args);
        if (command.isEmpty()) {
            Main.main(args);
            return;
        }
        Process child = new ProcessBuilder(command.get()).inheritIO().start();
        // Ctrl-C reaches both processes; a plain kill of this one must not leave the build running.
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        int code = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        System.exit(code);
    }

    /** The command that runs {@link Main} tuned, or empty when this process cannot tell how it was started. */
    static Optional<List<String>> command(String[] args) {
        Optional<Path> jar = jar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (jar.isEmpty() || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        return command(List.of(args), jar.get(), java, ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /**
     * @param jar   the jar to run, beside which the archive may be
     * @param given the options this process was started with
     */
    static Optional<List<String>> command(List<String> args, Path jar, Path java, List<String> given) {
        // A debugger attached to this process would not be attached to a second one.
        if (given.stream().anyMatch(a -> a.startsWith("-agentlib:jdwp") || a.startsWith("-Xrunjdwp"))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-D" + TUNED + "=true");
        command.add("-XX:TieredStopAtLevel=1");
        // Unless the user chose a collector: the serial one (see the class comment).
        if ((args.isEmpty() || !"serve".equals(args.get(0))) && given.stream().noneMatch(a -> a.matches("-XX:\\+Use\\w+GC"))) {
            command.add("-XX:+UseSerialGC");
        }
        Path archive = jar.resolveSibling(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
            // An archive from another JDK or an earlier jar is skipped; it is not worth a warning.
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        }
        command.addAll(given);
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(args);
        return Optional.of(command);
    }

    /** The jar this class was loaded from, when it was loaded from one. */
    private static Optional<Path> jar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
