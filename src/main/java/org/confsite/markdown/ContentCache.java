package org.confsite.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.confsite.error.Problem;
import org.jbake.model.DocumentModel;

/**
 * What the Markdown engine made of each file, kept between the builds of one {@code serve}
 * session, so that a rebuild after an edit parses and renders only the files whose text changed.
 * An entry is used only for the same text read under the same rules (time zone, types, base path,
 * header separator); each use hands out a copy, since the pipeline completes its documents.
 *
 * <p>A file is not even read again when its {@link Stamp} (size, change time, identity) is as it
 * was and its change time lies well before the moment it was read: a save within the same tick
 * of a coarse file system clock is then read again (as Git does with its index), and only a
 * writer that puts back an earlier change time on a same-sized file could go unnoticed.
 */
public final class ContentCache {
    /** A file's change time closer than this to the moment it was read may hide a later save in the same tick. */
    private static final Duration RACY = Duration.ofSeconds(2);

    /** What tells one version of a file from the next without reading it. */
    public record Stamp(long size, FileTime modified, Object key) {
        /** The file's stamp, or null when it cannot be read. */
        public static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(a.size(), a.lastModifiedTime(), a.fileKey());
            } catch (IOException e) {
                return null;
            }
        }

        /** Whether a file with this stamp, read at {@code readAt}, is surely still as it was read. */
        boolean settledBefore(Instant readAt) {
            return modified.toInstant().isBefore(readAt.minus(RACY));
        }
    }

    private record Entry(Stamp stamp, Instant readAt, String text, Object rules, FrontMatterMarkdownEngine.Read read,
            List<Problem> problems) {
    }

    private record Hash(Stamp stamp, Instant readAt, String sha1) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Path, Hash> hashes = new ConcurrentHashMap<>();

    /** The outcome for the file as last read, if it surely has not changed since (see the class comment); else null. */
    Result unchanged(Path file, Stamp stamp, Object rules) {
        Entry e = entries.get(file);
        if (e == null || stamp == null || !stamp.equals(e.stamp()) || !stamp.settledBefore(e.readAt())
                || !e.rules().equals(rules)) {
            return null;
        }
        return result(e);
    }

    /**
     * The outcome for this text, or null when the file is new or changed. A match records the
     * file's new stamp, so that a file only touched is not read again next time.
     */
    Result get(Path file, Stamp stamp, String text, Object rules) {
        Entry e = entries.get(file);
        if (e == null || !e.text().equals(text) || !e.rules().equals(rules)) {
            return null;
        }
        entries.put(file, new Entry(stamp, Instant.now(), e.text(), e.rules(), e.read(), e.problems()));
        return result(e);
    }

    private static Result result(Entry e) {
        FrontMatterMarkdownEngine.Read read = e.read();
        return new Result(new FrontMatterMarkdownEngine.Read(copy(read.doc()), read.warnings(), read.links()), e.problems());
    }

    /** @param stamp the file's stamp taken before its text was read */
    void put(Path file, Stamp stamp, String text, Object rules, FrontMatterMarkdownEngine.Read read, List<Problem> problems) {
        entries.put(file, new Entry(stamp, Instant.now(), text, rules, new FrontMatterMarkdownEngine.Read(copy(read.doc()),
                read.warnings(), read.links()), List.copyOf(problems)));
    }

    /**
     * The SHA-1 of a file's bytes (JBake keeps it on each document): as computed last time when
     * the file surely has not changed since, else computed now by {@code compute}.
     */
    public String sha1(Path file, Supplier<String> compute) {
        Path key = file.toAbsolutePath().normalize();
        Stamp stamp = Stamp.of(key);
        Hash known = hashes.get(key);
        if (known != null && stamp != null && stamp.equals(known.stamp()) && stamp.settledBefore(known.readAt())) {
            return known.sha1();
        }
        Instant readAt = Instant.now();
        String sha1 = compute.get();
        if (stamp != null) {
            hashes.put(key, new Hash(stamp, readAt, sha1));
        }
        return sha1;
    }

    /** The number of files remembered. */
    public int size() {
        return entries.size();
    }

    record Result(FrontMatterMarkdownEngine.Read read, List<Problem> problems) {
    }

    private static DocumentModel copy(DocumentModel doc) {
        if (doc == null) {
            return null;
        }
        DocumentModel copy = new DocumentModel();
        copy.putAll(doc);
        return copy;
    }
}
