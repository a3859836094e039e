package org.confsite.bake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.images.ImageFiles;
import org.confsite.images.Picture;

/**
 * Writes the smaller copies of the pictures pages show ({@link SizeImages}), from a cache beside
 * the output ({@code .<output>.images/}, by content hash) when an earlier build made them, so a
 * rebuild encodes nothing it has encoded before.
 */
final class WriteImages implements Step {
    @Override
    public String phase() {
        return "assets";
    }

    @Override
    public String run(Build b) {
        if (b.pictures.isEmpty()) {
            return null;
        }
        Path output = b.site.output().toAbsolutePath().normalize();
        Path cache = output.resolveSibling("." + output.getFileName() + ".images");
        AtomicInteger made = new AtomicInteger();
        List<Problem> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Map.Entry<Picture, Path>> pictures = new ArrayList<>(b.pictures.entrySet());
        ImageFiles.Hashes hashes;
        try {
            hashes = new ImageFiles.Hashes(cache);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Parallel.forEach(pictures, pictures.size() > 1, e -> {
            try {
                made.addAndGet(ImageFiles.writeCopies(e.getKey(), e.getValue(), b.out(), cache, hashes));
            } catch (IOException | RuntimeException ex) {
                problems.add(Problem.inFile(b.display(e.getValue()), "its smaller copies cannot be made: " + ex.getMessage(),
                        "save the picture again as JPEG or PNG"));
            }
        });
        if (!problems.isEmpty()) {
            throw new SiteException(problems);
        }
        try {
            hashes.save();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int copies = pictures.stream().mapToInt(e -> e.getKey().widths().size()).sum();
        return copies + " picture copies (" + made.get() + " made, " + (copies - made.get()) + " kept)";
    }
}
