package org.confsite.sitedata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.confsite.yaml.DataFolder;
import org.confsite.yaml.Suggest;
import org.confsite.yaml.YamlMap;

/**
 * Reads {@code data/gallery.yaml}: a folder of the assets folder and the photos in it, each with a
 * caption. The folder stays inside the assets folder (written relative to it, no {@code ..}, no
 * link leading out), and the list and the folder agree: a photo listed must be there, and every
 * file there must be listed, since every file of the assets folder is published.
 */
final class GalleryReader {
    static final String FILE = "gallery.yaml";
    static final String DEFAULT_FOLDER = "img/gallery";
    /** Names of folders and files: no separators, nothing hidden, no "..". */
    private static final String NAME = "[A-Za-z0-9_][A-Za-z0-9_.-]*";
    private static final Pattern FOLDER = Pattern.compile(NAME + "(/" + NAME + ")*/?");
    private static final Pattern FILE_NAME = Pattern.compile(NAME);

    private final DataFolder folder;
    private final Entries entries;
    private final Path assetsDir;
    private final String assetsName;

    GalleryReader(DataFolder folder, Entries entries, Path assetsDir, String assetsName) {
        this.folder = folder;
        this.entries = entries;
        this.assetsDir = assetsDir;
        this.assetsName = assetsName;
    }

    /** The gallery; null when the file is missing, empty or unreadable. */
    Gallery read() {
        YamlMap y = folder.read(FILE, false);
        if (y == null) {
            return null;
        }
        y.rejectUnknown(Set.of("folder", "photos"));
        String photosFolder = photosFolder(y);
        Set<String> present = photosFolder == null ? null : filesIn(y, photosFolder);
        if (!y.has("photos")) {
            y.problem("missing top-level 'photos:' list", "list the photos under photos:, each with its file and caption");
        }
        List<Gallery.Photo> photos = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (YamlMap p : y.maps("photos")) {
            Gallery.Photo photo = photo(p, photosFolder, present, listed);
            if (photo != null) {
                photos.add(photo);
            }
        }
        if (present != null) {
            String shown = assetsName + "/" + photosFolder + "/";
            for (String file : present) {
                if (!listed.contains(file)) {
                    y.problem("photos", shown + file + " is in the gallery's folder but not in its list",
                            "add it under photos: as - {file: " + file + ", caption: ...}, or move it out of " + shown
                                    + " (every file there is published)");
                }
            }
        }
        return photosFolder == null ? null : new Gallery(photosFolder, photos);
    }

    /** The folder, checked: relative to the assets folder and inside it; null when wrong. */
    private String photosFolder(YamlMap y) {
        String written = y.optText("folder").orElse(DEFAULT_FOLDER);
        if (!FOLDER.matcher(written).matches()) {
            y.problem("folder", "'folder' must be a folder inside the assets folder, written relative to it, not '"
                    + written + "'", "e.g. folder: " + DEFAULT_FOLDER + " (no leading /, no .., no \\)");
            return null;
        }
        String relative = written.endsWith("/") ? written.substring(0, written.length() - 1) : written;
        if (assetsDir == null) {
            return relative;
        }
        Path dir = assetsDir.resolve(relative);
        if (!Files.isDirectory(dir)) {
            y.problem("folder", "the gallery's folder " + assetsName + "/" + relative + "/ is not there",
                    "create it and put the photos in it, or correct 'folder'");
            return null;
        }
        try {
            Path real = dir.toRealPath();
            if (!real.startsWith(assetsDir.toRealPath())) {
                y.problem("folder", "the gallery's folder " + assetsName + "/" + relative + "/ leads outside the assets"
                        + " folder, to " + real, "put the photos themselves in " + assetsName + "/" + relative + "/");
                return null;
            }
        } catch (IOException e) {
            y.problem("folder", "the gallery's folder " + assetsName + "/" + relative + "/ cannot be read: "
                    + e.getMessage(), "check its permissions");
            return null;
        }
        return relative;
    }

    /** The names of the files directly in the folder, hidden ones aside; null when not checked. */
    private Set<String> filesIn(YamlMap y, String relative) {
        if (assetsDir == null) {
            return null;
        }
        Path dir = assetsDir.resolve(relative);
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith(".") && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            y.problem("folder", "the gallery's folder " + assetsName + "/" + relative + "/ cannot be read: "
                    + e.getMessage(), "check its permissions");
            return null;
        }
    }

    private Gallery.Photo photo(YamlMap y, String photosFolder, Set<String> present, Set<String> listed) {
        Localized tr = entries.check(y, Set.of("file", "caption", "alt"), Set.of("caption", "alt"));
        String file = y.text("file");
        String caption = y.text("caption");
        String alt = y.optText("alt").orElse(null);
        if (file == null) {
            return null;
        }
        String shown = assetsName + "/" + (photosFolder == null ? "" : photosFolder + "/");
        if (!FILE_NAME.matcher(file).matches()) {
            y.problem("file", "'file' must be the name of a photo in the gallery's folder, not '" + file + "'",
                    "write only the name, e.g. file: opening.jpg, and put the photo in " + shown);
            return null;
        }
        if (!listed.add(file)) {
            y.problem("file", "the photo '" + file + "' is listed twice", "remove one of them");
            return null;
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".jpg") && !lower.endsWith(".jpeg") && !lower.endsWith(".png")) {
            y.problem("file", "'" + file + "' is not a JPEG or PNG photo",
                    "save it as JPEG (photos) or PNG: the gallery shows each photo in several widths, made from those");
            return null;
        }
        if (present != null && !present.contains(file)) {
            Set<String> unlisted = new TreeSet<>(present);
            String near = Suggest.nearest(file, unlisted);
            y.problem("file", "the photo '" + file + "' is not in " + shown,
                    near != null ? "did you mean '" + near + "'?" : "put it there, or correct the name");
            return null;
        }
        if (photosFolder == null || caption == null) {
            return null;
        }
        return new Gallery.Photo(photosFolder + "/" + file, caption, alt == null ? caption : alt, alt == null, tr);
    }
}
