package org.confsite.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.confsite.config.SitePaths;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.jbake.app.Asset;

/**
 * The assets folder, copied by JBake's {@link Asset}; then the pictures and files kept beside
 * pages in {@code content/}; then the tracks' colours ({@link TrackStyles}).
 */
final class CopyAssets implements Step {
    @Override
    public String phase() {
        return "assets";
    }

    @Override
    public String run(Build b) throws IOException {
        Asset asset = new Asset(b.config);
        int count = 0;
        if (Files.isDirectory(b.site.assets())) {
            asset.copy();
            count += b.assetPaths.size();
        }
        for (Path file : b.contentFiles.assets()) {
            // Not JBake's copySingleFile: it places a file by its canonical path, so a link to a
            // picture elsewhere in the site would be published under the picture's path, not its own.
            Path target = b.out().resolve(SitePaths.display(b.site.content(), file));
            try {
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e) {
                throw new SiteException(Problem.inFile(b.display(file), "cannot be copied: " + e.getMessage(),
                        "check permissions and disk space"));
            }
            count++;
        }
        if (!asset.getErrors().isEmpty()) {
            throw new SiteException(Problem.inFile(b.display(b.site.assets()),
                    "assets could not be copied: " + asset.getErrors().get(0).getMessage(), "check permissions and disk space"));
        }
        count += TrackStyles.write(b.out(), b.programme);
        return count + " files";
    }
}
