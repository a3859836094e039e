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
 * file names and change times stay the same from one preview build to the next), and JBake,
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
            clear(folder);
            copyBuiltIn("templates", templates);
            copyBuiltIn("assets", assets);
            copyOwn(files.templates(), site.templates(), templates);
            copyOwn(files.assets(), site.assets(), assets);
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

    private static void copyBuiltIn(String name, Path into) throws IOException {
        Path from = BuiltInTheme.root().resolve(name);
        for (Path file : BuiltInTheme.files(name)) {
            Path target = into.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            // The same change time on every build, so that the preview re-renders only what changed.
            Files.setLastModifiedTime(target, Files.getLastModifiedTime(file));
        }
    }

    private static void copyOwn(List<Path> files, Path from, Path into) throws IOException {
        for (Path file : files) {
            Path target = into.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
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
