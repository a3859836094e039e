package org.confsite.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Builds into a fresh folder beside the output and swaps it into place only when the whole build
 * succeeded: a failed or interrupted build leaves the previous site as it was, and nothing stale
 * (a deleted page, a former draft) survives from an earlier build.
 */
public final class OutputSwap {
    private OutputSwap() {
    }

    /** Creates an empty staging folder beside {@code output}. */
    public static Path stage(Path output) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "." + output.getFileName() + ".building-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build folder beside " + output, e);
        }
    }

    /** Replaces {@code output} with {@code staged}. */
    public static void commit(Path staged, Path output) {
        try {
            Path old = null;
            if (Files.exists(output)) {
                old = output.resolveSibling("." + output.getFileName() + ".old-" + ProcessHandle.current().pid());
                deleteTree(old);
                move(output, old);
            }
            move(staged, output);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + output, e);
        }
    }

    public static void discard(Path staged) {
        try {
            deleteTree(staged);
        } catch (IOException ignored) {
            // A leftover staging folder is harmless and hidden; the next build makes a new one.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
