package org.confsite.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service worker's cache version: the same files give the same one, any change to them another. */
class OfflineCacheTest {
    @TempDir
    Path out;

    private String version(List<String> files) {
        Matcher m = Pattern.compile("var CACHE = 'confsite-([0-9a-f]+)'")
                .matcher(new String(OfflineCache.worker(out, files), StandardCharsets.UTF_8));
        assertTrue(m.find());
        return m.group(1);
    }

    private void write(String file, String text) throws Exception {
        Files.createDirectories(out.resolve(file).getParent());
        Files.writeString(out.resolve(file), text);
    }

    @Test
    void theVersionFollowsTheFilesNamesAndBytes() throws Exception {
        write("programme.html", "<p>Programme</p>");
        write("zh-tw/programme.html", "<p>議程</p>");
        List<String> files = List.of("programme.html", "zh-tw/programme.html", "missing.html");
        String first = version(files);
        assertEquals(16, first.length(), first);
        assertEquals(first, version(files), "the same files, the same version");
        Set<String> seen = new HashSet<>(Set.of(first));

        write("zh-tw/programme.html", "<p>議程!</p>");
        assertTrue(seen.add(version(files)), "a changed byte");
        // A byte moved from the end of one file to the start of the next.
        write("programme.html", "<p>Programme</p");
        write("zh-tw/programme.html", "><p>議程!</p>");
        assertTrue(seen.add(version(files)), "a byte moved between files");
        assertTrue(seen.add(version(List.of("zh-tw/programme.html", "programme.html"))), "the files in another order");
        write("missing.html", "");
        assertTrue(seen.add(version(files)), "a file that appeared, even empty");
    }

    @Test
    void thousandsOfPagesThatDifferInOneCharacterEachHaveTheirOwnVersion() throws Exception {
        write("a.html", "x".repeat(5000));
        Set<String> versions = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            write("b.html", "<p>" + i + "</p>");
            versions.add(version(List.of("a.html", "b.html")));
        }
        assertEquals(2000, versions.size());
        assertNotEquals(version(List.of("a.html")), version(List.of("b.html")));
    }
}
