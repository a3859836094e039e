package org.confsite.support;

import java.nio.file.Path;

/**
 * The dg.o site (as shipped, or with the illustrative programme) baked into a folder, served over
 * HTTP and opened in headless Chromium, for the browser tests; closing stops both.
 */
public record ServedSite(Path out, StaticServer server, Browser browser) implements AutoCloseable {

    /** Bakes the site into {@code dir}/site, serves it and starts a browser of {@code width} CSS pixels, light colours. */
    public static ServedSite start(Path dir, int width) {
        Path out = dir.resolve("site");
        TestSites.bakeProject(out);
        return serve(out, width);
    }

    /** The same with the illustrative programme ({@link TestSites#bakeIllustrative}): several days, rooms, timed sessions. */
    public static ServedSite illustrative(Path dir, int width) {
        Path out = dir.resolve("site");
        TestSites.bakeIllustrative(out);
        return serve(out, width);
    }

    private static ServedSite serve(Path out, int width) {
        StaticServer server = new StaticServer(out);
        try {
            Browser browser = new Browser();
            browser.emulate(width, false);
            return new ServedSite(out, server, browser);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
