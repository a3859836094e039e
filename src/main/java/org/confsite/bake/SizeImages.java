package org.confsite.bake;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.confsite.config.SitePaths;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.images.ImageFiles;
import org.confsite.images.ImageTags;
import org.confsite.images.Picture;
import org.jbake.model.DocumentModel;

/**
 * Every JPEG or PNG beside the pages that a page shows gets its smaller copies in the page
 * ({@link ImageTags}): {@code srcset}, {@code sizes}, its width and height, lazy loading after
 * the first. The copies themselves are written by {@link WriteImages}. A picture that cannot be
 * read stops the build at its file; a very large one is a warning.
 */
final class SizeImages implements Step {
    /** Wider than this, or heavier than {@link #HEAVY}, a picture is worth making smaller before it is committed. */
    static final int WIDE = 4000;
    static final long HEAVY = 10L * 1024 * 1024;

    @Override
    public String phase() {
        return "content";
    }

    @Override
    public String run(Build b) throws IOException {
        Map<String, Path> files = new HashMap<>();
        for (Path f : b.contentFiles.assets()) {
            String path = SitePaths.display(b.site.content(), f);
            if (Picture.resizable(path)) {
                files.put(path, f);
            }
        }
        Map<String, Picture> read = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        // Pictures the data names (speakers' and members' photos, logos), in the assets folder: the
        // templates offer their copies (here.srcset).
        List<String> dataPictures = new ArrayList<>(b.programme.getSpeakers().stream()
                .map(org.confsite.programme.Speaker::photo).toList());
        dataPictures.addAll(b.info.pictures());
        for (String shown : dataPictures) {
            String photo = SitePaths.fromRoot(shown);
            Path file = b.site.assets().resolve(photo);
            if (!photo.isEmpty() && Picture.resizable(photo) && Files.isRegularFile(file)) {
                files.putIfAbsent(photo, file);
                read.computeIfAbsent(photo, p -> picture(b, p, file, problems));
            }
        }
        if (files.isEmpty()) {
            return null;
        }
        List<DocumentModel> docs = new ArrayList<>(b.pages);
        docs.addAll(b.translations);
        for (DocumentModel doc : docs) {
            Object body = doc.get("body");
            String uri = (String) doc.get("uri");
            if (!(body instanceof String html) || uri == null || !html.contains("<img")) {
                continue;
            }
            String done = ImageTags.complete(html, src -> {
                String path = sitePath(uri, src);
                Path file = path == null ? null : files.get(path);
                if (file == null) {
                    return null;
                }
                return read.computeIfAbsent(path, p -> picture(b, p, file, problems));
            }, SizeImages::sameFolder);
            doc.put("body", done);
        }
        if (!problems.isEmpty()) {
            throw new SiteException(problems);
        }
        read.values().stream().filter(p -> p != null && !p.widths().isEmpty())
                .forEach(p -> b.pictures.put(p, files.get(p.path())));
        // Templates are told the size of every picture read, even one too small for copies.
        read.values().stream().filter(java.util.Objects::nonNull).forEach(p -> b.picturesByPath.put(p.path(), p));
        return b.pictures.isEmpty() ? null : b.pictures.size() + " pictures in several widths";
    }

    private static Picture picture(Build b, String path, Path file, List<Problem> problems) {
        try {
            Picture picture = ImageFiles.read(file, path);
            if (picture == null) {
                problems.add(Problem.inFile(b.display(file), "is not a JPEG or PNG picture this build can read",
                        "save it again as JPEG (photos) or PNG"));
                return null;
            }
            long size = Files.size(file);
            if (picture.width() > WIDE || size > HEAVY) {
                b.warnings.add(b.display(file) + ": the picture is " + picture.width() + " x " + picture.height() + " pixels, "
                        + (size / 1024 / 1024) + " MB; pages show at most 1600 pixels of it, so a copy "
                        + WIDE + " pixels wide at most would do");
            }
            return picture;
        } catch (IOException e) {
            problems.add(Problem.inFile(b.display(file), "cannot be read: " + e.getMessage(), "check the file"));
            return null;
        }
    }

    /** The site path an image's {@code src} on the page at {@code uri} leads to, or null for another site's. */
    static String sitePath(String uri, String src) {
        try {
            URI base = URI.create("https://site.invalid/" + uri.replace(" ", "%20"));
            URI target = base.resolve(new URI(null, null, src.replaceFirst("[?#].*", ""), null));
            if (!"site.invalid".equals(target.getHost())) {
                return null;
            }
            return SitePaths.fromRoot(target.getPath());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A copy's address written as its picture's was: the copies are in the same folder. */
    static String sameFolder(String src, String copy) {
        return src.substring(0, src.lastIndexOf('/') + 1) + copy.substring(copy.lastIndexOf('/') + 1);
    }
}
