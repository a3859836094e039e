package org.confsite.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The service worker ({@code sw.js}, at the site's root) that keeps the programme usable without
 * network: on the first visit it stores the programme's pages, every session's and person's
 * page, the search and agenda pages and data, and the stylesheets and scripts, in every language.
 * Its cache is named after a checksum of those files' names and bytes, so a build that changes any of them
 * gives a new worker, which the browser installs: it stores the new files and deletes the old
 * cache. Pages are asked from the network first (a visitor online sees the latest), then from
 * the cache; other files from the cache first.
 */
public final class OfflineCache {
    public static final String WORKER = "sw.js";
    /** The worker's code, a resource beside this class, with its version and file list to fill in. */
    private static final byte[] WORKER_SCRIPT = resource("sw.js");
    /** Past this many files the worker stores the rest only as they are visited. */
    static final int MAX_PRECACHED = 4000;

    private OfflineCache() {
    }

    /**
     * @param out   the folder the site is being built in, holding every file listed
     * @param files the site paths to store on the first visit, most wanted first
     */
    public static byte[] worker(Path out, List<String> files) {
        List<String> kept = new ArrayList<>();
        Version version = new Version();
        for (String file : files) {
            Path path = out.resolve(file.endsWith("/") || file.equals("./") ? file + "index.html" : file).normalize();
            if (kept.size() >= MAX_PRECACHED || !Files.isRegularFile(path)) {
                continue;
            }
            kept.add(file);
            try {
                version.add(file, Files.readAllBytes(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String list;
        try {
            list = new ObjectMapper().writeValueAsString(kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = new String(WORKER_SCRIPT, StandardCharsets.UTF_8).replace("__VERSION__", version.hex())
                .replace("__FILES__", list);
        return script.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The cache's version: 64 bits that change when a stored file's name or bytes change. It tells
     * one build's files from another's and guards nothing (whoever writes the files writes the
     * worker), so it is two checksums (CRC-32C and CRC-32) rather than a cryptographic digest: the
     * processor computes them in hardware, where SHA-256 of a site's pages took 0.7 s of the build
     * with the quick compiler the build runs with (docs/benchmark.md).
     */
    static final class Version {
        private final CRC32C first = new CRC32C();
        private final CRC32 second = new CRC32();

        /** Adds a file: its name, its length and its bytes, so that no byte can pass from one file to the next unseen. */
        void add(String name, byte[] bytes) {
            update(name.getBytes(StandardCharsets.UTF_8));
            update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
            update(bytes);
        }

        private void update(byte[] bytes) {
            first.update(bytes);
            second.update(bytes);
        }

        String hex() {
            return HexFormat.of().toHexDigits((first.getValue() << 32) | second.getValue());
        }
    }

    private static byte[] resource(String name) {
        try (var in = OfflineCache.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
