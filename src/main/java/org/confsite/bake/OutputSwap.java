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
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
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
 * <p>The swap is two renames on the same file system; only a crash between them leaves no site,
 * and then the next build first puts the previous one (kept in {@code .<name>.old-<pid>-<n>}) back.
 * The replaced site stays there, hidden, until the next build deletes it in the background.
 * Staging folders of interrupted builds are swept once they are an hour old, so that a build
 * running beside this one is never touched. Because the output is replaced wholesale, a folder is only
 * ever replaced if an earlier build recorded it as its own, in {@code .<name>.confsite} beside it:
 * nothing of the tool's is left in the published folder itself.
 */
public final class OutputSwap {
    /** Earlier versions marked a site from inside; such a site is still recognised (and the file removed). */
    static final String LEGACY_MARKER = ".confsite-output";
    /** Written into a staging folder for a moment: its change time is when the build started writing. */
    private static final String SINCE = ".confsite-since";
    /** Staging and old folders younger than this may belong to a build still running. */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofHours(1);
    static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

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
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new SiteException(Problem.inFile("site.yaml", "the output " + out + " is a file, not a folder",
                    "choose a folder for the output"));
        }
        if (Files.isDirectory(out) && !isOwn(out) && !isEmpty(out)) {
            throw new SiteException(Problem.inFile("site.yaml", "the output folder " + out
                    + " exists and was not written by this tool; it would be replaced",
                    "delete or rename it, or choose another output folder"));
        }
    }

    /**
     * Prepares the folder a build writes into. First puts back a previous site that a crash left
     * aside, and sweeps old leftovers of interrupted builds; then claims the newest site an
     * earlier build replaced, or creates an empty folder.
     */
    public static OutputStage stage(Path output) {
        try {
            Path parent = output.toAbsolutePath().normalize().getParent();
            Files.createDirectories(parent);
            String name = output.getFileName().toString();
            List<Path> olds = leftovers(parent, name, "old");
            recover(output, olds);
            for (Path leftover : leftovers(parent, name, "building")) {
                sweepIfOld(leftover);
            }
            Path building = parent.resolve(prefix(name, "building") + ProcessHandle.current().pid() + "-"
                    + SEQUENCE.incrementAndGet());
            // A replaced site, or the folder of a build that failed while writing over one.
            List<Path> reusable = new ArrayList<>(olds);
            reusable.addAll(leftovers(parent, name, "spare"));
            reusable.sort(java.util.Comparator.comparing(OutputSwap::modified));
            boolean ctimes = parent.getFileSystem().supportedFileAttributeViews().contains("unix");
            if (Files.exists(output) && !reusable.isEmpty() && ctimes) {
                Path newest = reusable.get(reusable.size() - 1);
                try {
                    move(newest, building);
                    // A file written now gives the moment from which files count as written by this build.
                    Path since = building.resolve(SINCE);
                    Files.writeString(since, "");
                    FileTime start = (FileTime) Files.getAttribute(since, "unix:ctime");
                    Files.delete(since);
                    return new OutputStage(building, start);
                } catch (java.nio.file.NoSuchFileException | java.nio.file.FileAlreadyExistsException taken) {
                    // Another build claimed it first: start from an empty folder.
                }
            }
            Path fresh = Files.createTempDirectory(parent, prefix(name, "building") + ProcessHandle.current().pid() + "-");
            readableByAll(fresh);
            return new OutputStage(fresh, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build folder beside " + output, e);
        }
    }

    /** The file beside the output that records it as this tool's: {@code target/.site.confsite} for {@code target/site}. */
    static Path record(Path output) {
        Path abs = output.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".confsite");
    }

    /**
     * Whether the folder is a site this tool published: the record beside it names this very folder
     * (by its file key, which a rename keeps), or it is an earlier version's site marked from inside.
     */
    static boolean isOwn(Path output) {
        try {
            if (Files.isRegularFile(output.resolve(LEGACY_MARKER))) {
                return true;
            }
            Path record = record(output);
            return Files.isRegularFile(record) && Files.readAllLines(record).contains(identity(output));
        } catch (IOException e) {
            return false;
        }
    }

    /** What tells this folder from another at the same place: its file key where the system has one. */
    static String identity(Path folder) throws IOException {
        Object key = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
        return key == null ? folder.toAbsolutePath().normalize().toString() : key.toString();
    }

    /**
     * Replaces {@code output} with {@code staged}: two renames. The site it replaces is left aside
     * in {@code .<name>.old-<pid>-<n>}, hidden, for the next build's {@link OutputSweep} to delete while
     * that build works: deleting thousands of files takes longer than building them on some
     * disks, and nobody should wait for it.
     */
    public static void commit(Path staged, Path output) {
        try {
            // Both the site being replaced and the new one count as ours until the swap is over, so
            // that a crash at any point between the renames leaves a folder the next build accepts.
            Files.writeString(record(output), (Files.isDirectory(output) ? identity(output) + "\n" : "")
                    + identity(staged) + "\n");
            if (Files.exists(output)) {
                String name = output.getFileName().toString();
                move(output, output.resolveSibling(prefix(name, "old") + ProcessHandle.current().pid() + "-"
                        + SEQUENCE.incrementAndGet()));
            }
            move(staged, output);
            Files.writeString(record(output), identity(output) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + output, e);
        }
    }

    /**
     * After a failed build: a folder that was a site written over is kept, as a spare the next
     * build writes over (deleting thousands of files would delay the error report); a new one is
     * deleted. A spare is never put back as the site.
     */
    public static void discard(OutputStage stage, Path output) {
        try {
            if (stage.reused()) {
                move(stage.dir(), output.toAbsolutePath().normalize().resolveSibling(prefix(output.getFileName().toString(),
                        "spare") + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet()));
            } else {
                deleteTree(stage.dir());
            }
        } catch (IOException ignored) {
            // A leftover staging folder is hidden and swept by the next build.
        }
    }

    static String prefix(String name, String kind) {
        return "." + name + "." + kind + "-";
    }

    /** Folders named {@code .<name>.<kind>-<pid>...} beside the output, oldest first. */
    static List<Path> leftovers(Path parent, String name, String kind) throws IOException {
        String prefix = prefix(name, kind);
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().substring(prefix.length()).matches("\\d+(-.*)?")
                            && Files.isDirectory(p))
                    .sorted(java.util.Comparator.comparing(OutputSwap::modified))
                    .toList();
        }
    }

    /** If a crash came between the two renames, the previous site is in an old folder: put it back. */
    private static void recover(Path output, List<Path> olds) throws IOException {
        if (!Files.exists(output) && !olds.isEmpty()) {
            // Only a published site is ever moved aside as "old": the newest is the one the crash took away.
            move(olds.get(olds.size() - 1), output);
        }
    }

    private static void sweepIfOld(Path leftover) throws IOException {
        if (modified(leftover).isBefore(java.time.Instant.now().minus(LEFTOVER_AGE))) {
            deleteTree(leftover);
        }
    }

    static java.time.Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return java.time.Instant.now();
        }
    }

    /** Temporary folders are private to their owner; a published site must be readable by the web server. */
    private static void readableByAll(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; a missing folder or file is not an error. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
