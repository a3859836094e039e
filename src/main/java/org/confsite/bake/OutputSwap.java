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
import java.util.List;
import java.util.stream.Stream;
import org.confsite.config.SiteConfig;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;

/**
 * Builds into a fresh folder beside the output and swaps it into place only when the whole build
 * succeeded: a failed build leaves the previous site as it was, and nothing stale (a deleted
 * page, a former draft) survives from an earlier build.
 *
 * <p>The swap is two renames on the same file system; only a crash between them leaves no site
 * (the previous one is then in {@code .<name>.old-<pid>}, swept by the next build). Because the
 * output is replaced wholesale, a folder is only ever replaced if an earlier build marked it as
 * its own with {@link #MARKER}.
 */
public final class OutputSwap {
    /** Written into every built site; an existing output folder without it is never replaced. */
    public static final String MARKER = ".confsite-output";

    private OutputSwap() {
    }

    /** The output must not hold, or sit inside, anything the build reads, nor be a folder we did not write. */
    static void requireSafe(SiteConfig site) {
        Path out = site.output().toAbsolutePath().normalize();
        Path root = site.root().toAbsolutePath().normalize();
        for (Path source : List.of(root, site.content(), site.data(), site.templates(), site.assets())) {
            Path s = source.toAbsolutePath().normalize();
            if (s.startsWith(out) || (out.startsWith(s) && !s.equals(root))) {
                throw new SiteException(Problem.inFile("site.yaml", "the output folder " + out
                        + " overlaps the source folder " + s, "set output: to a folder of its own, e.g. target/site"));
            }
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw new SiteException(Problem.inFile("site.yaml", "the output folder " + out
                    + " exists and was not written by this tool; it would be replaced",
                    "delete or rename it, or choose another output folder"));
        }
    }

    /** Creates an empty staging folder beside {@code output}, after sweeping leftovers of dead builds. */
    public static Path stage(Path output) {
        try {
            Path parent = output.toAbsolutePath().normalize().getParent();
            Files.createDirectories(parent);
            sweep(parent, output.getFileName().toString());
            return Files.createTempDirectory(parent, prefix(output.getFileName().toString(), "building")
                    + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build folder beside " + output, e);
        }
    }

    /** Marks a finished build as this tool's own. */
    static void mark(Path staged) {
        try {
            Files.writeString(staged.resolve(MARKER), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code output} with {@code staged}. */
    public static void commit(Path staged, Path output) {
        try {
            Path old = null;
            if (Files.exists(output)) {
                old = output.resolveSibling(prefix(output.getFileName().toString(), "old") + ProcessHandle.current().pid());
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
            // A leftover staging folder is hidden and swept by the next build.
        }
    }

    private static String prefix(String name, String kind) {
        return "." + name + "." + kind + "-";
    }

    /** Deletes staging and old folders left by builds whose process has ended. */
    private static void sweep(Path parent, String name) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.toList()) {
                String n = p.getFileName().toString();
                for (String kind : List.of("building", "old")) {
                    String prefix = prefix(name, kind);
                    if (n.startsWith(prefix) && !isAlive(n.substring(prefix.length()))) {
                        deleteTree(p);
                    }
                }
            }
        }
    }

    private static boolean isAlive(String pidAndRest) {
        String digits = pidAndRest.split("-", 2)[0];
        try {
            long pid = Long.parseLong(digits);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
