package org.confsite.bake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /**
     * @param files every file of the content folder, sorted, as {@link org.confsite.config.SiteFiles} lists them
     */
    static ContentFiles sort(List<Path> files, Path contentDir, Path siteRoot) {
        List<Path> pages = new ArrayList<>();
        List<Path> assets = new ArrayList<>();
        Problems problems = new Problems();
        for (Path file : files) {
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
        caseClashes(files, contentDir, siteRoot).forEach(problems::add);
        problems.throwIfAny();
        return new ContentFiles(pages, assets);
    }

    /**
     * Files whose paths differ only in case ({@code Smart-City-Forums.md}, {@code smart-city-forums.md}):
     * on Windows and macOS, and on many web servers and CDNs, they are one file, so one of them
     * would silently replace the other. Editors' leftovers are not counted.
     */
    static List<Problem> caseClashes(List<Path> files, Path folder, Path siteRoot) {
        java.util.Map<String, Path> seen = new java.util.HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            Path relative = folder.relativize(file);
            if (isEditorLeftover(relative, file.getFileName().toString())) {
                continue;
            }
            Path other = seen.putIfAbsent(relative.toString().toLowerCase(Locale.ROOT), file);
            if (other != null) {
                problems.add(Problem.inFile(SitePaths.display(siteRoot, file), "its name differs only in case from "
                        + SitePaths.display(siteRoot, other), "rename one of them: on Windows, macOS and many web servers"
                        + " they are the same file, and one would replace the other"));
            }
        }
        return problems;
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
