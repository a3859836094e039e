package org.confsite.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.confsite.config.SitePaths;
import org.confsite.error.Problem;
import org.confsite.error.Problems;

/**
 * Sorts the files of the content folder before JBake crawls it: Markdown pages, assets copied
 * beside them (images, PDFs ...), and editors' hidden and backup files, which are left out. Any
 * other file is an error: JBake would either drop it silently ({@code .html} without a JBake
 * header) or publish it as it is (a draft's {@code post.md~} backup).
 */
final class ContentFiles {
    static final Set<String> PAGE_EXTENSIONS = Set.of("md", "markdown");
    static final Set<String> ASSET_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico",
            "pdf", "txt", "ics", "mp3", "mp4", "webm", "vtt");

    private final List<Path> pages;
    private final List<Path> assets;

    private ContentFiles(List<Path> pages, List<Path> assets) {
        this.pages = List.copyOf(pages);
        this.assets = List.copyOf(assets);
    }

    /** The Markdown pages, in file order. */
    List<Path> pages() {
        return pages;
    }

    /** The assets to copy, in file order. */
    List<Path> assets() {
        return assets;
    }

    static ContentFiles scan(Path contentDir, Path siteRoot) {
        List<Path> pages = new ArrayList<>();
        List<Path> assets = new ArrayList<>();
        Problems problems = new Problems();
        try (Stream<Path> files = Files.walk(contentDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
                String lower = ext.toLowerCase(Locale.ROOT);
                if (isEditorLeftover(contentDir.relativize(file), name)) {
                    continue;
                }
                if (PAGE_EXTENSIONS.contains(ext)) {
                    pages.add(file);
                    continue;
                }
                if (PAGE_EXTENSIONS.contains(lower)) {
                    // JBake matches extensions exactly: About.MD would be skipped without a word.
                    problems.add(Problem.inFile(SitePaths.display(siteRoot, file), "a page's extension must be ." + lower,
                            "rename it to end in ." + lower));
                } else if (ASSET_EXTENSIONS.contains(lower)) {
                    assets.add(file);
                } else {
                    problems.add(Problem.inFile(SitePaths.display(siteRoot, file),
                            "not a page (.md) or a file type published from content/",
                            "write pages in Markdown; put other files in the assets folder, which is copied as it is"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.throwIfAny();
        return new ContentFiles(pages, assets);
    }

    /** Hidden files and folders, and editor backups ({@code name~}, {@code #name#}, {@code .swp}). */
    private static boolean isEditorLeftover(Path relative, String name) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return name.endsWith("~") || (name.startsWith("#") && name.endsWith("#")) || name.endsWith(".swp")
                || name.endsWith(".bak") || name.endsWith(".tmp");
    }
}
