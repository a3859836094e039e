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
import java.util.List;
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

    /** Where the open pages ask whether a rebuild has finished, and the script that asks. */
    static final String BUILD_PATH = "/__confsite/build";
    /** Beside {@link #BUILD_PATH}: the script finds that address from its own. */
    static final String RELOAD_SCRIPT = "/__confsite/reload.js";
    private static final String SCRIPT_TAG = "<script src=\"" + RELOAD_SCRIPT + "\" defer></script>";
    /** The script, a resource beside this class; it asks {@link #BUILD_PATH}. */
    private static final byte[] RELOAD_JS = resource("reload.js");

    private Rebuilder rebuilder;

    /** Serves until the process is stopped (Ctrl+C). */
    public int run() {
        Rebuilder rebuilder = new Rebuilder(site, out, err);
        this.rebuilder = rebuilder;
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
            if (BUILD_PATH.equals(path)) {
                byte[] number = Long.toString(rebuilder.builds()).getBytes(StandardCharsets.UTF_8);
                send(exchange, 200, "text/plain; charset=utf-8", number);
                return;
            }
            if (RELOAD_SCRIPT.equals(path)) {
                send(exchange, 200, "text/javascript; charset=utf-8", RELOAD_JS);
                return;
            }
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
            if (ext.equals("html")) {
                List<String> problems = rebuilder.problems();
                body = problems.isEmpty() ? withReload(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                        : errorPage(problems).getBytes(StandardCharsets.UTF_8);
                status = problems.isEmpty() ? status : 500;
            }
            send(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    /** The page with the preview's reload script, which the page's own policy allows (same origin). */
    static String withReload(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + SCRIPT_TAG : html.substring(0, end) + SCRIPT_TAG + html.substring(end);
    }

    /** What the browser shows while the last save does not build: each problem, where, what to do. */
    static String errorPage(List<String> problems) {
        StringBuilder items = new StringBuilder();
        for (String p : problems) {
            items.append("<li><code>").append(escape(p)).append("</code></li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>The site does not build</title>
                </head>
                <body>
                <main>
                <h1>The site does not build</h1>
                <p>The last save has %d %s to fix. The preview shows this page until it builds again;
                the published site is not affected. Each line names the file, the line and the column.</p>
                <ul>
                %s</ul>
                <p>Save a fix and this page reloads by itself.</p>
                </main>
                %s
                </body>
                </html>
                """.formatted(problems.size(), problems.size() == 1 ? "problem" : "problems", items, SCRIPT_TAG);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] resource(String name) {
        try (var in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
