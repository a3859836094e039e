package org.confsite.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.confsite.config.SiteConfig;
import org.confsite.config.SiteFiles;
import org.confsite.config.SitePaths;

/**
 * The theme a site is built with: the {@link BuiltInTheme}, with each file the site has of the
 * same name in its own {@code templates/} or {@code assets/} in its place. A site made by
 * {@code init} has neither folder and so follows the generator's theme as the generator is
 * updated; a site that changes one template copies that one file.
 *
 * <p>The two layers are put together in a folder of their own (one per site per run, so that
 * file names and change times stay the same from one preview build to the next; a rebuild copies
 * only the files that changed), and JBake,
 * the templates and the asset copy read that folder. Only files the site listing accepted
 * ({@link SiteFiles}) are copied into it, so the site's boundary holds; messages name the
 * site's file, or the built-in one as {@code templates/layout.ftlh (built-in theme)}.
 */
public final class ThemeLayers {
    private static final Map<String, Path> FOLDERS = new ConcurrentHashMap<>();

    private ThemeLayers() {
    }

    /** The site and its listing as the build sees them: templates and assets from the layered theme. */
    public record Layered(SiteConfig site, SiteFiles.Listing files) {
    }

    public static Layered apply(SiteConfig site, SiteFiles.Listing files) {
        Path folder = folderFor(site);
        Path templates = folder.resolve("templates");
        Path assets = folder.resolve("assets");
        try {
            // Each file of the layered theme and where it comes from: the built-in file, or the site's own in its place.
            Map<Path, Path> wanted = new java.util.LinkedHashMap<>();
            builtIn("templates", templates, wanted);
            builtIn("assets", assets, wanted);
            own(files.templates(), site.templates(), templates, wanted);
            own(files.assets(), site.assets(), assets, wanted);
            sync(folder, wanted);
            SitePaths.showAs(templates, SitePaths.display(site.root(), site.templates()), site.templates());
            SitePaths.showAs(assets, SitePaths.display(site.root(), site.assets()), site.assets());
            SiteFiles.Listing layered = new SiteFiles.Listing(files.content(), list(assets), list(templates), files.data());
            return new Layered(site.withTheme(templates, assets), layered);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the theme together in " + folder, e);
        }
    }

    private static Path folderFor(SiteConfig site) {
        String key = site.root().toAbsolutePath().normalize() + "\n" + site.templates().toAbsolutePath().normalize()
                + "\n" + site.assets().toAbsolutePath().normalize();
        return FOLDERS.computeIfAbsent(key, k -> {
            try {
                Path made = Files.createTempDirectory("confsite-theme-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        clear(made);
                        Files.deleteIfExists(made);
                    } catch (IOException e) {
                        // a temporary folder left behind; nothing to tell anyone at exit
                    }
                }));
                return made;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a temporary folder for the theme", e);
            }
        });
    }

    private static void builtIn(String name, Path into, Map<Path, Path> wanted) throws IOException {
        Path from = BuiltInTheme.root().resolve(name);
        for (Path file : BuiltInTheme.files(name)) {
            wanted.put(into.resolve(from.relativize(file).toString()), file);
        }
    }

    private static void own(List<Path> files, Path from, Path into, Map<Path, Path> wanted) {
        for (Path file : files) {
            wanted.put(into.resolve(from.relativize(file).toString()), file);
        }
    }

    /**
     * Makes the folder hold exactly the wanted files, each with its source's bytes and change
     * time (the preview compares change times to know what changed). A file already there with
     * its source's size and change time is left as it is; in a preview that is every file but
     * the one just saved.
     */
    private static void sync(Path folder, Map<Path, Path> wanted) throws IOException {
        if (Files.isDirectory(folder)) {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path source = wanted.get(file);
                    if (source == null || !attrs.isRegularFile()) {
                        Files.delete(file);
                    } else {
                        BasicFileAttributes from = Files.readAttributes(source, BasicFileAttributes.class);
                        if (from.size() == attrs.size() && from.lastModifiedTime().equals(attrs.lastModifiedTime())) {
                            wanted.remove(file);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (!dir.equals(folder) && isEmpty(dir)) {
                        Files.delete(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        for (var file : wanted.entrySet()) {
            Path target = file.getKey();
            if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                clear(target);
                Files.delete(target);
            }
            Files.createDirectories(target.getParent());
            Files.copy(file.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(target, Files.getLastModifiedTime(file.getValue()));
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void clear(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (!dir.equals(folder)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
