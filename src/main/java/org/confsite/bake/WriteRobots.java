package org.confsite.bake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.confsite.export.Exports;

/**
 * {@code robots.txt}, pointing crawlers at the sitemap: only for a site at the root of its host
 * (crawlers read it nowhere else), and only when the editors have not written their own.
 */
final class WriteRobots implements Step {
    @Override
    public String phase() {
        return "exports";
    }

    @Override
    public String run(Build b) throws java.io.IOException {
        // Read from the sources, not the output: a site written over still holds the last build's file.
        boolean own = Files.isRegularFile(b.site.assets().resolve(Exports.ROBOTS))
                || b.contentFiles.assets().contains(b.site.content().resolve(Exports.ROBOTS));
        if (own || !"/".equals(b.site.basePath())) {
            return null;
        }
        b.write(b.out().resolve(Exports.ROBOTS), ("# Every page may be read and indexed; the sitemap lists them.\n"
                + "User-agent: *\nAllow: /\n\nSitemap: " + b.site.baseUrl() + b.site.sitemapFile() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        return Exports.ROBOTS;
    }
}
