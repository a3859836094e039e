package org.confsite.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * Where a build writes: a folder beside the output, either new and empty, or ({@code since}
 * set) a site an earlier build replaced, written over. Writing over existing files is much
 * cheaper than creating them on some disks (docs/benchmark.md); what the
 * build does not write again is removed by {@link #prune} before the swap, so the result is
 * the same as in an empty folder ({@code OutputReuseTest}).
 *
 * @param since when the build started writing, by the file system's own clock; null for a new folder
 */
public record OutputStage(Path dir, FileTime since, java.util.Set<Path> kept) {
    OutputStage(Path dir, FileTime since) {
        this(dir, since, java.util.concurrent.ConcurrentHashMap.newKeySet());
    }

    boolean reused() {
        return since != null;
    }

    /**
     * Writes a file of the site; in a site written over, a file that already holds exactly
     * these bytes is left as it is (and kept by {@link #prune}): nothing to write, nothing to
     * allocate or discard on the disk.
     */
    void write(Path file, byte[] bytes) throws IOException {
        if (reused()) {
            try {
                if (Files.size(file) == bytes.length && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                    kept.add(file);
                    return;
                }
            } catch (java.nio.file.NoSuchFileException absent) {
                // A new file: written below.
            }
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Keeps a file of the site written over as it is, known to hold what this build would write. */
    void keep(Path file) {
        kept.add(file);
    }

    /**
     * In a site written over, clears the way for the files this build will write: a file where
     * one of them needs a folder, a folder where one of them is a file.
     *
     * @param paths the site paths the build writes, e.g. {@code news/index.html}
     */
    void makeRoom(java.util.Collection<String> paths) {
        if (!reused()) {
            return;
        }
        try {
            java.util.Set<Path> folders = new java.util.HashSet<>();
            for (String path : paths) {
                Path file = dir().resolve(path);
                if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    OutputSwap.deleteTree(file);
                }
                for (Path folder = file.getParent(); !folder.equals(dir()) && folders.add(folder);
                        folder = folder.getParent()) {
                    if (Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && !Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(folder);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In a site written over, deletes what this build did not write, then the folders left empty. */
    void prune() {
        if (!reused()) {
            return;
        }
        try {
            Files.walkFileTree(dir(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    FileTime changed = (FileTime) Files.getAttribute(file, "unix:ctime", java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    if (changed.compareTo(since()) < 0 && !kept().contains(file)) {
                        Files.delete(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) {
                        throw exc;
                    }
                    if (!dir.equals(dir()) && OutputSwap.isEmpty(dir)) {
                        Files.delete(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
