package org.confsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second process the jar starts: the build's settings, the user's options last, nothing else changed. */
class LauncherTest {
    @TempDir
    Path tmp;

    private List<String> command(List<String> args, List<String> given) {
        return Launcher.command(args, tmp.resolve("confsite.jar"), Path.of("/jdk/bin/java"), given).orElseThrow();
    }

    @Test
    void aBuildUsesTheQuickCompilerAndTheUsersOptionsComeLast() {
        List<String> command = command(List.of("build", "--source", "my site"), List.of("-Xmx1g"));
        assertEquals(List.of("/jdk/bin/java", "-Dconfsite.tuned=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g",
                "-cp", tmp.resolve("confsite.jar").toString(), "org.confsite.cli.Main", "build", "--source", "my site"),
                command);
    }

    @Test
    void servingUsesTheQuickCompilerToo() {
        assertTrue(command(List.of("serve"), List.of()).contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void aCollectorTheUserChoseIsKeptAndServingKeepsTheDefaultOne() {
        List<String> chosen = command(List.of("build"), List.of("-XX:+UseParallelGC"));
        assertFalse(chosen.contains("-XX:+UseSerialGC"), chosen.toString());
        assertTrue(chosen.contains("-XX:+UseParallelGC"), chosen.toString());
        assertFalse(command(List.of("serve"), List.of()).contains("-XX:+UseSerialGC"));
        assertTrue(command(List.of("check"), List.of()).contains("-XX:+UseSerialGC"));
    }

    @Test
    void theArchiveBesideTheJarIsUsedWhenThereIsOne() throws IOException {
        assertTrue(command(List.of("build"), List.of()).stream().noneMatch(a -> a.contains("SharedArchiveFile")));
        Files.writeString(tmp.resolve("confsite.jsa"), "");
        List<String> command = command(List.of("build"), List.of());
        assertTrue(command.contains("-XX:SharedArchiveFile=" + tmp.resolve("confsite.jsa")), command.toString());
        assertTrue(command.indexOf("-Xlog:cds=off") < command.indexOf("org.confsite.cli.Main"));
    }

    @Test
    void aDebuggedProcessRunsTheBuildItself() {
        assertTrue(Launcher.command(List.of("build"), tmp.resolve("confsite.jar"), Path.of("/jdk/bin/java"),
                List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005")).isEmpty());
    }
}
