package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.confsite.config.SiteConfig;
import org.confsite.error.SiteException;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast pipeline (in-memory store, files parsed and pages written on every core) writes the
 * same bytes as JBake's stock parts used one at a time, and fails the same way.
 */
class PipelineEquivalenceTest {
    @TempDir
    Path tmp;

    @Test
    void fixtureSiteIsByteIdentical() throws IOException {
        Path site = TestSites.copyFixture(tmp);
        Map<String, String> reference = bake(site, Bakery.Pipeline.REFERENCE);
        Map<String, String> fast = bake(site, Bakery.Pipeline.FAST);
        assertTrue(reference.size() > 40, "files: " + reference.size());
        assertEquals(reference, fast);
    }

    @Test
    void manyPostsAreByteIdentical() throws IOException {
        // Enough files that both cores parse and render at once, in an order that differs from run to run.
        Path site = TestSites.copyFixture(tmp);
        for (int i = 1; i <= 300; i++) {
            TestSites.write(site.resolve("content/news/generated-" + i + ".md"), """
                    ---
                    title: "Generated post %1$d"
                    date: 2029-%2$02d-%3$02d %4$02d:00
                    tags: [generated, topic-%5$d]
                    ---
                    Text of post %1$d, with a [link](/programme.html) and a table:

                    | a | b |
                    |---|---|
                    | %1$d | %5$d |
                    """.formatted(i, i % 12 + 1, i % 28 + 1, i % 24, i % 7));
        }
        Map<String, String> reference = bake(site, Bakery.Pipeline.REFERENCE);
        Map<String, String> fast = bake(site, Bakery.Pipeline.FAST);
        assertTrue(reference.size() > 340, "files: " + reference.size());
        assertEquals(reference.keySet(), fast.keySet());
        assertEquals(reference, fast);
    }

    @Test
    void shippedSiteIsByteIdentical() throws IOException {
        SiteConfig project = SiteConfig.load(TestSites.PROJECT);
        Map<String, String> reference = bake(project.withOutput(tmp.resolve("reference")), Bakery.Pipeline.REFERENCE);
        Map<String, String> fast = bake(project.withOutput(tmp.resolve("fast")), Bakery.Pipeline.FAST);
        assertTrue(reference.size() > 50, "files: " + reference.size());
        assertEquals(reference, fast);
    }

    @Test
    void brokenFilesAreReportedAlikeAndInTheSameOrder() {
        Path site = TestSites.copyFixture(tmp);
        for (int i = 1; i <= 40; i++) {
            // Ten of the files are broken, in three different ways.
            String text = switch (i % 12) {
                case 0 -> "---\ntitle: [unclosed\n---\nBody\n";
                case 4 -> "---\ntitle: \"Post " + i + "\"\ndate: not a date\n---\nBody\n";
                case 8 -> "---\ntitle: \"Post " + i + "\"\ndate: 2029-01-01\n---\n![](photo-" + i + ".jpg)\n";
                default -> "---\ntitle: \"Post " + i + "\"\ndate: 2029-01-01\n---\nBody " + i + "\n";
            };
            TestSites.write(site.resolve("content/news/p" + i + ".md"), text);
        }
        List<String> reference = problems(site, Bakery.Pipeline.REFERENCE);
        List<String> fast = problems(site, Bakery.Pipeline.FAST);
        assertEquals(10, reference.size(), String.join("\n", reference));
        assertEquals(reference, fast);
    }

    private List<String> problems(Path site, Bakery.Pipeline pipeline) {
        SiteException e = assertThrows(SiteException.class,
                () -> new Bakery(TestSites.config(site), TestSites.NOW, Console.silent(), pipeline).bake());
        List<String> lines = new ArrayList<>();
        e.problems().forEach(p -> lines.add(p.toString()));
        return lines;
    }

    private Map<String, String> bake(Path site, Bakery.Pipeline pipeline) throws IOException {
        SiteConfig config = TestSites.config(site).withOutput(tmp.resolve("out-" + pipeline));
        return bake(config, pipeline);
    }

    private static Map<String, String> bake(SiteConfig config, Bakery.Pipeline pipeline) {
        new Bakery(config, TestSites.NOW, Console.silent(), pipeline).bake();
        return TestSites.files(config.output(), false);
    }
}
