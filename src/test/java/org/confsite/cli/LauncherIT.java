package org.confsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as the README says: the second process's output and exit code reach the caller. */
class LauncherIT {
    private static final Path JAR = TestSites.PROJECT.resolve("target/confsite.jar");

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("stdout");
        Path err = tmp.resolve("stderr");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the build finished");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The fixture site with the project's templates and assets, as a command-line build needs them. */
    private Path site() {
        return TestSites.copyFixtureWithTheme(tmp);
    }

    @Test
    void theClassDataArchiveWasWrittenBesideTheJar() {
        assertTrue(Files.isRegularFile(JAR), "mvn package wrote " + JAR);
        assertTrue(Files.isRegularFile(JAR.resolveSibling(Launcher.ARCHIVE)), "mvn package wrote the archive");
    }

    @Test
    void aBuildReportsAndSucceedsThroughTheLauncher() throws Exception {
        Path site = site();
        Run run = run("build", "--source", site.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Built "), run.out());
        assertEquals("", run.err(), "no warning from the JVM, e.g. about the archive");
        assertTrue(Files.isRegularFile(site.resolve("out/index.html")));
    }

    @Test
    void problemsAndTheExitCodeComeThrough() throws Exception {
        Path site = site();
        TestSites.write(site.resolve("content/broken.md"), "---\ntitle: [\n---\n");
        Run run = run("build", "--source", site.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/broken.md:"), run.err());
        assertTrue(run.err().contains("Build failed: 1 problem to fix."), run.err());
    }

    @Test
    void aMisspelledCommandIsAUsageError() throws Exception {
        Run run = run("biuld");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Did you mean: confsite build?"), run.err());
    }

    @Test
    void theVersionIsThePomsAndJBakes() throws Exception {
        Run run = run("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("confsite 0."), run.out());
        assertTrue(run.out().contains("JBake 2.7.0"), run.out());
    }
}
