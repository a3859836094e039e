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
        String script = """
                // sw.js: written by the build. Keeps the programme usable without network (see OfflineCache).
                'use strict';
                var CACHE = 'confsite-%s';
                var FILES = %s;
                var NOT_FOUND = '404.html';
                self.addEventListener('install', function (event) {
                  // From the server, not the browser's HTTP cache, which may hold the last build's files.
                  event.waitUntil(caches.open(CACHE).then(function (cache) {
                    return cache.addAll(FILES.map(function (f) { return new Request(f, { cache: 'reload' }); }));
                  }).then(function () { return self.skipWaiting(); }));
                });
                self.addEventListener('activate', function (event) {
                  event.waitUntil(caches.keys().then(function (names) {
                    return Promise.all(names.filter(function (n) {
                      return n.indexOf('confsite-') === 0 && n !== CACHE;
                    }).map(function (n) { return caches.delete(n); }));
                  }).then(function () { return self.clients.claim(); }));
                });
                self.addEventListener('fetch', function (event) {
                  var request = event.request;
                  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
                    return;
                  }
                  // Pages, and the data the agenda and search read, from the network first: a visitor
                  // online gets this build's, even while the last build's worker still runs.
                  if (request.mode === 'navigate' || /(agenda-data|search-index)\\.js$/.test(new URL(request.url).pathname)) {
                    event.respondWith(fetch(request).then(function (response) {
                      if (response.ok) {
                        var copy = response.clone();
                        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
                      }
                      return response;
                    }).catch(function () {
                      return caches.match(request, { ignoreSearch: true }).then(function (hit) {
                        return hit || (request.mode === 'navigate' ? caches.match(NOT_FOUND) : null) || Response.error();
                      }).then(function (hit) { return hit || Response.error(); });
                    }));
                    return;
                  }
                  event.respondWith(caches.match(request, { ignoreSearch: true }).then(function (hit) {
                    return hit || fetch(request);
                  }));
                });
                """.formatted(version, list);
        return script.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
