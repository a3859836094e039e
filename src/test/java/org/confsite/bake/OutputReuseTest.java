package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.confsite.config.SiteConfig;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that writes over the site an earlier build replaced ends with exactly what a build into
 * an empty folder writes: nothing stale, nothing missing, files and folders swapped as needed.
 */
class OutputReuseTest {
    @TempDir
    Path tmp;

    private Path site() {
        return TestSites.copyFixtureWithTheme(tmp);
    }

    private static void bake(Path site, Path output) {
        new Bakery(SiteConfig.load(site).withOutput(output), TestSites.NOW, Console.silent()).bake();
    }

    @Test
    void aSiteWrittenOverEqualsAFreshOne() throws IOException {
        Path site = site();
        TestSites.write(site.resolve("assets/files/agenda"), "a file that will become a folder");
        TestSites.write(site.resolve("assets/handouts/day1.txt"), "a folder that will become a file");
        TestSites.write(site.resolve("content/news/short-lived.md"), "---\ntitle: Gone soon\ndate: 2029-05-01\n---\nBye\n");
        TestSites.write(site.resolve("content/old/guide.md"), "---\ntitle: Old guide\n---\nA page in a folder that goes\n");
        Path out = site.resolve("out");
        bake(site, out);
        bake(site, out); // now there is a replaced site beside the output, to be written over next time
        assertEquals(1, olds(site).size());

        Files.delete(site.resolve("content/news/short-lived.md"));
        Files.delete(site.resolve("content/old/guide.md"));
        Files.delete(site.resolve("content/old"));
        Files.delete(site.resolve("assets/files/agenda"));
        TestSites.write(site.resolve("assets/files/agenda/index.txt"), "now a folder");
        Files.delete(site.resolve("assets/handouts/day1.txt"));
        Files.delete(site.resolve("assets/handouts"));
        TestSites.write(site.resolve("assets/handouts"), "now a file");
        String about = TestSites.text(site.resolve("content/about.md"));
        TestSites.write(site.resolve("content/about.md"), about + "\nOne more paragraph.\n");
        bake(site, out);

        bake(site, tmp.resolve("fresh"));
        Map<String, String> reused = TestSites.files(out, true);
        assertEquals(TestSites.files(tmp.resolve("fresh"), true), reused);
        assertTrue(reused.containsKey("files/agenda/index.txt"));
        assertTrue(!reused.containsKey("news/short-lived.html") && !reused.containsKey("old/guide.html"));
        assertTrue(!Files.exists(out.resolve("old")), "a folder left empty is removed");
        assertEquals(1, olds(site).size(), "one replaced site, kept for the next build");
    }

    @Test
    void aSiteWrittenOverIsRebuiltFromNothingWhenItsFolderIsGone() {
        Path site = site();
        Path out = site.resolve("out");
        bake(site, out);
        bake(site, out);
        bake(site, out);
        bake(site, tmp.resolve("fresh"));
        assertEquals(TestSites.files(tmp.resolve("fresh"), true), TestSites.files(out, true));
    }

    @Test
    void aFailedBuildKeepsItsFolderAsASpareForTheNextAndTheSiteAsItWas() throws IOException {
        Path site = site();
        Path out = site.resolve("out");
        bake(site, out);
        bake(site, out);
        Map<String, String> published = TestSites.files(out, true);
        TestSites.write(site.resolve("content/broken.md"), "---\ntitle: [\n---\n");
        TestSites.write(site.resolve("templates/post.ftlh"), TestSites.text(site.resolve("templates/post.ftlh"))
                .replace("${content.title}", "${content.title?nonexistent_builtin}"));
        org.junit.jupiter.api.Assertions.assertThrows(org.confsite.error.SiteException.class, () -> bake(site, out));
        assertEquals(published, TestSites.files(out, true), "the published site is untouched");
        assertEquals(1, siblings(site, ".out.spare-").size() + olds(site).size(), "the folder is kept for reuse");

        Files.delete(site.resolve("content/broken.md"));
        TestSites.copyTree(TestSites.PROJECT.resolve("templates"), tmp.resolve("templates"));
        Files.copy(tmp.resolve("templates/post.ftlh"), site.resolve("templates/post.ftlh"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        bake(site, out);
        bake(site, tmp.resolve("fresh"));
        assertEquals(TestSites.files(tmp.resolve("fresh"), true), TestSites.files(out, true));
        assertEquals(List.of(), siblings(site, ".out.spare-"));
    }

    private static List<Path> siblings(Path site, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    private static List<Path> olds(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".out.old-")).toList();
        }
    }

}
