package org.confsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.confsite.config.SiteConfig;

/**
 * Preview for editors: bakes, serves the output on localhost only, and re-bakes when anything
 * under content, data, templates or assets (or site.yaml) changes. A failed re-bake prints its
 * problems and keeps serving the last good site.
 */
public final class PreviewServer {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("woff2", "font/woff2"));

    private final SiteConfig site;
    private final int port;
    private final PrintStream out;
    private final PrintStream err;

    public PreviewServer(SiteConfig site, int port, PrintStream out, PrintStream err) {
        this.site = site;
        this.port = port;
        this.out = out;
        this.err = err;
    }

    /** Serves until the process is stopped (Ctrl+C). */
    public int run() {
        Rebuilder rebuilder = new Rebuilder(site, out, err);
        rebuilder.rebuild();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            err.println("confsite: cannot listen on port " + port + ": " + e.getMessage() + " (try --port 8821)");
            return 2;
        }
        server.createContext("/", this::handle);
        server.start();
        out.println("Serving " + site.output().toAbsolutePath().normalize() + " at http://localhost:" + port + "/");
        out.println("Watching content, data, templates and assets; press Ctrl+C to stop.");
        rebuilder.watchForever();
        return 0;
    }

    /** The file for a request path; the site root itself for a path no file system accepts (e.g. NUL). */
    private static Path resolve(Path root, String path) {
        try {
            return root.resolve(path == null || path.length() < 2 ? "" : path.substring(1)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return root.resolve(".invalid-request"); // no such file: answered with the 404 page
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // getPath() decodes %xx but, unlike URLDecoder, leaves '+' alone.
            String path = exchange.getRequestURI().getPath();
            Path root = site.output().toAbsolutePath().normalize();
            Path file = resolve(root, path);
            if (file.startsWith(root) && Files.isDirectory(file) && path != null && !path.endsWith("/")) {
                // As web servers do: without the slash, the folder's relative links would miss.
                exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            if (file.startsWith(root) && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not found".getBytes(StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }
}
