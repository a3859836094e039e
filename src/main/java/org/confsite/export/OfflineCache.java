package org.confsite.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The service worker ({@code sw.js}, at the site's root) that keeps the programme usable without
 * network: on the first visit it stores the programme's pages, every session's and person's
 * page, the search and agenda pages and data, and the stylesheets and scripts, in every language.
 * Its cache is named after a hash of those files' bytes, so a build that changes any of them
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
        MessageDigest digest = sha256();
        for (String file : files) {
            Path path = out.resolve(file.endsWith("/") || file.equals("./") ? file + "index.html" : file).normalize();
            if (kept.size() >= MAX_PRECACHED || !Files.isRegularFile(path)) {
                continue;
            }
            kept.add(file);
            try {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        String list;
        try {
            list = new ObjectMapper().writeValueAsString(kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = new String(WORKER_SCRIPT, StandardCharsets.UTF_8).replace("__VERSION__", version)
                .replace("__FILES__", list);
        return script.getBytes(StandardCharsets.UTF_8);
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
