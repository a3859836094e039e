package org.confsite.config;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.error.SiteException;

/**
 * The site folder as a boundary: lists the files of the source folders without ever following a
 * link out of the site, and refuses what a commit could use to make the build read or publish
 * something else. Every command checks this before it reads a source.
 *
 * <p>The rules, in docs/architecture.md, "The site folder is a boundary":
 * <ul>
 * <li>a link to a file is followed only when the file is inside the site folder, in no hidden
 *     folder ({@code .git} holds a CI runner's token) and not in the output;
 * <li>a link to a folder is never followed (walks could loop, and JBake's crawler follows them);
 * <li>a link that leads nowhere, and anything that is not a file or a folder (a pipe, a device),
 *     is an error;
 * <li>a source folder outside the site is only allowed when the caller (not {@code site.yaml})
 *     chose it, and then that folder is its own boundary.
 * </ul>
 * Nothing is read here but the folders' entries and the links' targets.
 */
public final class SiteFiles {
    private SiteFiles() {
    }

    /**
     * The files of each source folder, checked.
     *
     * @param content   every file under the content folder, sorted (editors' hidden files included)
     * @param assets    every file under the assets folder, sorted
     * @param templates every file under the templates folder, sorted
     * @param data      every file under the data folder, sorted
     */
    public record Listing(List<Path> content, List<Path> assets, List<Path> templates, List<Path> data) {
        public Listing {
            content = List.copyOf(content);
            assets = List.copyOf(assets);
            templates = List.copyOf(templates);
            data = List.copyOf(data);
        }
    }

    /** Lists and checks the site's source folders; throws every problem found at once. */
    public static Listing scan(SiteConfig site) {
        Problems problems = new Problems();
        Path root = realRoot(site);
        // site.yaml itself was checked before it was read (requireInside, from SiteConfig.load).
        Path output = realOrSelf(site.output().toAbsolutePath().normalize());
        Listing listing = new Listing(
                walk(site, root, output, site.content(), problems),
                walk(site, root, output, site.assets(), problems),
                walk(site, root, output, site.templates(), problems),
                walk(site, root, output, site.data(), problems));
        problems.throwIfAny();
        return listing;
    }

    /** The site folder with its links resolved, which every target is compared with. */
    private static Path realRoot(SiteConfig site) {
        try {
            return site.root().toRealPath();
        } catch (IOException e) {
            throw new SiteException(Problem.inFile(site.root().toString(), "the site folder cannot be read: " + e.getMessage(),
                    "check that it exists"));
        }
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /**
     * Refuses a file at the root of the site (site.yaml) that is a link leading outside it, before
     * it is read.
     */
    static void requireInside(Path siteRoot, String name) {
        Path file = siteRoot.resolve(name);
        if (Files.isSymbolicLink(file)) {
            Problems problems = new Problems();
            Path root;
            try {
                root = siteRoot.toRealPath();
            } catch (IOException e) {
                root = siteRoot.toAbsolutePath().normalize();
            }
            followable(file, name, root, null, problems);
            problems.throwIfAny();
        }
    }

    private static List<Path> walk(SiteConfig site, Path root, Path output, Path folder, Problems problems) {
        List<Path> files = new ArrayList<>();
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        String shown = SitePaths.display(site.root(), absolute);
        boolean inSite = absolute.startsWith(site.root().toAbsolutePath().normalize());
        Path boundary;
        try {
            Path real = absolute.toRealPath();
            if (inSite && !real.startsWith(root)) {
                problems.add(Problem.inFile(shown, "the folder leads outside the site folder, to " + real,
                        "put the files themselves in " + shown + "; the build reads nothing outside " + root));
                return files;
            }
            // A folder the caller chose outside the site (a shared theme) is a boundary of its own.
            boundary = inSite ? root : real;
        } catch (IOException e) {
            problems.add(Problem.inFile(shown, "cannot be read: " + e.getMessage(), "check that the folder exists"));
            return files;
        }
        if (!Files.isDirectory(absolute)) {
            return files; // a file where a folder is expected: the step that needs the folder says so
        }
        try {
            // Walked as named (not made absolute), so that the files keep the form the pipeline gives its folders.
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(folder) && dir.toAbsolutePath().normalize().startsWith(output)) {
                        return FileVisitResult.SKIP_SUBTREE; // the output is never a source
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        if (followable(file, SitePaths.display(site.root(), file), boundary, output, problems)) {
                            files.add(file);
                        }
                    } else {
                        problems.add(Problem.inFile(SitePaths.display(site.root(), file),
                                "is neither a file nor a folder (a pipe, socket or device)", "remove it"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Problem.inFile(SitePaths.display(site.root(), file), "cannot be read: " + e.getMessage(),
                            "check its permissions"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.inFile(shown, "cannot be read: " + e.getMessage(), "check its permissions"));
        }
        files.sort(null);
        return files;
    }

    /**
     * Whether a symbolic link may be read: true when it is a link to a file the build may read (inside
     * {@code boundary}, in no hidden folder, not in the output); otherwise records why not.
     */
    private static boolean followable(Path link, String shown, Path boundary, Path output, Problems problems) {
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            target = "?";
        }
        Path real;
        try {
            real = link.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.inFile(shown, "is a link to " + target + ", which does not exist",
                    "remove the link, or put the file itself here"));
            return false;
        }
        if (!real.startsWith(boundary)) {
            problems.add(Problem.inFile(shown, "is a link to " + target + ", outside the site folder",
                    "put the file itself here: the build reads and publishes nothing outside " + boundary));
            return false;
        }
        if (Files.isDirectory(real)) {
            problems.add(Problem.inFile(shown, "is a link to the folder " + target + "; links to folders are not followed",
                    "move or copy the folder here instead"));
            return false;
        }
        Path relative = boundary.relativize(real);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                problems.add(Problem.inFile(shown, "is a link to " + target + ", a hidden file or folder of the site",
                        "hidden files (such as .git) are never published; put the file itself here"));
                return false;
            }
        }
        if (output != null && real.startsWith(output)) {
            problems.add(Problem.inFile(shown, "is a link to " + target + ", in the build's output",
                    "link to the source file instead"));
            return false;
        }
        if (!Files.isRegularFile(real)) {
            problems.add(Problem.inFile(shown, "is a link to " + target + ", which is not a file (a pipe or device)",
                    "remove the link"));
            return false;
        }
        return true;
    }
}
