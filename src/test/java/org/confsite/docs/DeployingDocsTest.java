package org.confsite.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.confsite.support.SharedSites;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nginx example of docs/deploying.md, as written (only the certificate paths replaced by a
 * certificate made here): Debian's nginx accepts it ({@code nginx -t}), and serving the built
 * dg.o site with it gives compressed scripts, calendars with their type and each language's 404
 * page. Needs the nginx and openssl commands (.ci/run installs them).
 */
@ExtendWith(SharedSites.class)
class DeployingDocsTest {
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    @TempDir
    static Path tmp;
    static Path site;
    static Path conf;
    static int port;
    static Process server;
    static HttpClient http;

    @BeforeAll
    static void serveTheSiteWithTheDocumentedConfiguration(SharedSites.Sites sites) throws Exception {
        for (String command : List.of("nginx", "openssl")) {
            Path path = command.equals("nginx") ? NGINX : Path.of("/usr/bin/openssl");
            assertTrue(Files.isExecutable(path), path + " is missing: this test needs it. Install it with: "
                    + "apt-get install -y nginx openssl");
        }
        // nginx's workers read the site as another user: the folders must be readable by all (the shared sites' are).
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        site = sites.shipped();
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", tmp.resolve("key.pem").toString(),
                "-out", tmp.resolve("cert.pem").toString());
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String server = documentedServerBlock()
                .replace("/etc/letsencrypt/live/dgo2024.example.org/fullchain.pem", tmp.resolve("cert.pem").toString())
                .replace("/etc/letsencrypt/live/dgo2024.example.org/privkey.pem", tmp.resolve("key.pem").toString());
        conf = tmp.resolve("nginx.conf");
        Files.writeString(conf, wrap(server));
        Process test = new ProcessBuilder(NGINX.toString(), "-t", "-p", tmp.toString(), "-e", tmp.resolve("error.log")
                .toString(), "-c", conf.toString()).redirectErrorStream(true).start();
        String said = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, test.waitFor(), "nginx -t on the documented configuration:\n" + said);

        Files.writeString(conf, wrap(server.replace("listen 443 ssl;", "listen 127.0.0.1:" + port + " ssl;")
                .replace("root /srv/dgo2024;", "root " + site + ";")));
        DeployingDocsTest.server = new ProcessBuilder(NGINX.toString(), "-p", tmp.toString(), "-e",
                tmp.resolve("error.log").toString(), "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("nginx.out").toFile()).start();
        waitForPort();
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new TrustTheTestCertificate()}, null);
        http = HttpClient.newBuilder().sslContext(tls).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.destroy();
        }
    }

    /** The one ```nginx block of docs/deploying.md. */
    static String documentedServerBlock() {
        String docs = TestSites.text(TestSites.PROJECT.resolve("docs/deploying.md"));
        int start = docs.indexOf("```nginx\n");
        assertTrue(start >= 0, "docs/deploying.md has an nginx example");
        return docs.substring(start + "```nginx\n".length(), docs.indexOf("\n```", start));
    }

    /** What a server block needs around it to run in a folder of its own. */
    private static String wrap(String server) {
        String dir = tmp.toString();
        return (System.getProperty("user.name").equals("root") ? "user root;\n" : "") + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events {}
                http {
                    include /etc/nginx/mime.types;
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(dir, server);
    }

    @Test
    void theSearchIndexIsSentCompressed() throws Exception {
        HttpResponse<byte[]> response = get("/search-index.js", "gzip");
        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
        assertArrayEquals(Files.readAllBytes(site.resolve("search-index.js")), plain);
        assertTrue(response.body().length * 3 < plain.length, response.body().length + " of " + plain.length + " bytes");
    }

    @Test
    void calendarsHaveTheirType() throws Exception {
        HttpResponse<byte[]> response = get("/programme.ics", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
                response.headers().map().toString());
    }

    @Test
    void aMissingPageGetsTheNotFoundPageOfItsLanguage() throws Exception {
        HttpResponse<byte[]> english = get("/no-such-page.html", null);
        assertEquals(404, english.statusCode());
        assertArrayEquals(Files.readAllBytes(site.resolve("404.html")), english.body());
        HttpResponse<byte[]> chinese = get("/zh-tw/no-such-page.html", null);
        assertEquals(404, chinese.statusCode());
        assertArrayEquals(Files.readAllBytes(site.resolve("zh-tw/404.html")), chinese.body());
        assertEquals(200, get("/news/", null).statusCode(), "a folder's address serves its index.html");
    }

    private static HttpResponse<byte[]> get(String path, String encoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + path));
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ":\n" + said);
    }

    /** Until nginx accepts connections; it fails the test if nginx stops instead. */
    private static void waitForPort() throws Exception {
        while (true) {
            assertTrue(server.isAlive(), "nginx stopped: " + Files.readString(tmp.resolve("error.log")));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
    }

    /** The certificate is made by this test for this test. */
    private static final class TrustTheTestCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // no client certificates
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
            String subject = chain[0].getSubjectX500Principal().getName();
            if (!subject.equals("CN=localhost")) {
                throw new java.security.cert.CertificateException("not the test's certificate: " + subject);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
