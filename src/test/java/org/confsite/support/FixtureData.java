package org.confsite.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.programme.Programme;
import org.confsite.programme.ProgrammeLoader;

/**
 * A writable copy of the fixture site's {@code data/} folder, for the tests of the programme's
 * rules: change a file, then load it or read the problems found.
 */
public final class FixtureData {
    private final Path data;

    /** Copies the fixture's data into {@code dir}/data. */
    public FixtureData(Path dir) {
        data = dir.resolve("data");
        TestSites.copyTree(TestSites.FIXTURE.resolve("data"), data);
    }

    public Path dir() {
        return data;
    }

    public void write(String file, String yaml) {
        TestSites.write(data.resolve(file), yaml);
    }

    public void writeBytes(String file, byte[] bytes) {
        try {
            Files.write(data.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text that must be in the fixture file, so that a changed fixture fails loudly here. */
    public void edit(String file, String from, String to) {
        String text = TestSites.text(data.resolve(file));
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        write(file, text.replace(from, to));
    }

    /** Puts back the fixture's version of a file. */
    public void restore(String file) {
        write(file, TestSites.text(TestSites.FIXTURE.resolve("data").resolve(file)));
    }

    public void append(String file, String yaml) {
        write(file, TestSites.text(data.resolve(file)) + yaml);
    }

    public Programme load() {
        return ProgrammeLoader.load(data, "data");
    }

    /** The problems loading finds, as printed; fails if it finds none. */
    public List<String> errors() {
        SiteException e = assertThrows(SiteException.class, this::load);
        return e.problems().stream().map(Problem::toString).toList();
    }
}
