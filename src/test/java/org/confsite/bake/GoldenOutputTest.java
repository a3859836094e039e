package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.confsite.config.SiteConfig;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sites this project builds, byte for byte as recorded in {@code src/test/resources/golden/}:
 * a change of the code's shape must not change a byte of any page. The record is each file's
 * SHA-256 (for the synthetic programme's 14,000 files, one digest of them all). A change that is
 * meant to change the output updates the record: {@code mvn test -Dtest=GoldenOutputTest
 * -Dgolden.update=true}, and the diff of the record shows which files changed.
 *
 * <p>This replaced the test that built each site with JBake's stock parts too (OrientDB store,
 * crawler, renderer) and compared: the records were made by the build that test had proved equal.
 */
class GoldenOutputTest {
    private static final Path GOLDEN = TestSites.PROJECT.resolve("src/test/resources/golden");
    @TempDir
    Path tmp;

    @Test
    void theShippedSiteIsUnchanged() throws IOException {
        Path out = tmp.resolve("dgo");
        TestSites.bakeProject(out);
        compare("dgo.sha256", digests(out));
    }

    @Test
    void theFixtureSiteIsUnchanged() throws IOException {
        Path site = TestSites.copyFixture(tmp);
        TestSites.bake(site, TestSites.NOW);
        compare("fixture.sha256", digests(site.resolve("out")));
    }

    @Test
    void theSyntheticProgrammeIsUnchanged() throws Exception {
        Path site = tmp.resolve("synthetic");
        Process script = new ProcessBuilder("bash", TestSites.PROJECT.resolve("scripts/synthetic-programme.sh").toString(),
                site.toString()).redirectErrorStream(true).start();
        String said = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, script.waitFor(), said);
        new Bakery(SiteConfig.load(site), TestSites.NOW, Console.silent()).bake();
        Map<String, String> files = digests(site.resolve("out"));
        StringBuilder all = new StringBuilder();
        files.forEach((path, sha) -> all.append(sha).append("  ").append(path).append('\n'));
        assertTrue(files.size() > 14_000, files.size() + " files");
        compare("synthetic.sha256", Map.of(files.size() + " files", sha256(all.toString().getBytes(StandardCharsets.UTF_8))));
    }

    private static Map<String, String> digests(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares with the record, or writes the record when asked to (-Dgolden.update=true). */
    private static void compare(String name, Map<String, String> actual) throws IOException {
        StringBuilder text = new StringBuilder();
        actual.forEach((path, sha) -> text.append(sha).append("  ").append(path).append('\n'));
        Path record = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(record, text.toString());
            return;
        }
        assertTrue(Files.isRegularFile(record), record + " is missing: run with -Dgolden.update=true to record it");
        String expected = Files.readString(record);
        if (!expected.equals(text.toString())) {
            Path seen = TestSites.PROJECT.resolve("target").resolve(name + ".actual");
            Files.createDirectories(seen.getParent());
            Files.writeString(seen, text.toString());
            assertEquals(expected, text.toString(), "the output differs from " + record + " (this build's record: " + seen
                    + "; diff them to see which files changed)");
        }
    }
}
