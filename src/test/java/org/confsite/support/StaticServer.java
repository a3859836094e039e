package org.confsite.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site over HTTP on a free loopback port, as a web server would: the browser tests
 * need http (a Content-Security-Policy of 'self' means nothing on file://).
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "xml", "application/xml",
            "json", "application/json", "ics", "text/calendar; charset=utf-8", "js", "text/javascript; charset=utf-8");
    private final HttpServer server;
    /**
     * The origins of the servers closed since {@link #closedOrigins()} was last called: the next
     * server may get the same port, where a browser would still find the last site's service
     * worker and caches.
     */
    private static final java.util.Set<String> CLOSED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public StaticServer(Path root) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The address of a site path, e.g. {@code url("programme.html")}. */
    public String url(String path) {
        return origin() + "/" + path;
    }

    /** Where a browser keeps what the site stores: {@code http://127.0.0.1:port}. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The origins of the servers closed since the last call, which a browser should forget. */
    public static java.util.List<String> closedOrigins() {
        java.util.List<String> origins = java.util.List.copyOf(CLOSED);
        CLOSED.removeAll(origins);
        return origins;
    }

    @Override
    public void close() {
        String origin = origin();
        server.stop(0);
        CLOSED.add(origin);
    }
}
