package org.confsite.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.confsite.bake.Bakery;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The baked sites and the browser the tests share, made once per test JVM: each site is baked
 * and served the first time a test asks for it, Chromium started once, and all of it closed when
 * the run ends. The sites are read-only: a test that writes into an output works on a copy
 * ({@link TestSites#copyTree}) or bakes its own. Before each test the browser is put back to a
 * blank page in a desktop window in light colours, screen media, scripts on and the machine's
 * time zone; it forgets what the shared sites stored in local storage (a visitor's agenda), and
 * all that the sites of closed servers stored (a service worker, caches): no test depends on what
 * the one before it did.
 *
 * <p>Use: {@code @ExtendWith(SharedSites.class)} on the class and a {@code SharedSites.Sites}
 * parameter on its {@code @BeforeAll} method (or on a test method).
 */
public final class SharedSites implements ParameterResolver, BeforeEachCallback {
    /** The width of the desktop window, in CSS pixels. */
    public static final int DESKTOP = 1280;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSites.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Sites.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sites(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sites(context).reset();
    }

    private static Sites sites(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Sites.class, k -> new Sites(), Sites.class);
    }

    /** The shared sites, each made when first asked for, and the browser. */
    public static final class Sites implements ExtensionContext.Store.CloseableResource {
        private final Path dir;
        private final Map<String, Path> outputs = new LinkedHashMap<>();
        private final Map<String, Bakery.Report> reports = new LinkedHashMap<>();
        private final Map<String, StaticServer> servers = new LinkedHashMap<>();
        private Browser browser;

        Sites() {
            try {
                // Readable by all: nginx's workers read a site as another user (DeployingDocsTest).
                dir = Files.createTempDirectory("confsite-shared-sites");
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The dg.o site as shipped. */
        public synchronized Path shipped() {
            return made("shipped", out -> {
                TestSites.bakeProject(out);
                return out;
            });
        }

        /** The dg.o site with the illustrative programme ({@link TestSites#bakeIllustrative}). */
        public synchronized Path illustrative() {
            return made("illustrative", out -> {
                TestSites.bakeIllustrative(out);
                return out;
            });
        }

        /** The fixture with posts in one language and in both, tags and authors ({@link TestSites#newsInTwoLanguages}). */
        public synchronized Path news() {
            return made("news", out -> {
                Path site = TestSites.newsInTwoLanguages(out);
                reports.put("news", TestSites.bake(site, TestSites.NOW));
                return site.resolve("out");
            });
        }

        /** The report of the bake of {@link #news()}: its warnings, what is translated. */
        public synchronized Bakery.Report newsReport() {
            news();
            return reports.get("news");
        }

        /** A site made by init with a schedule and an EasyChair export imported ({@link TestSites#initAndImport}). */
        public synchronized Path imported() {
            return made("imported", TestSites::initAndImport);
        }

        /** The server of a site this object made ({@link #shipped()} and the others). */
        public synchronized StaticServer server(Path output) {
            return servers.computeIfAbsent(output.toString(), k -> new StaticServer(output));
        }

        /** The one browser of the run. */
        public synchronized Browser browser() {
            if (browser == null) {
                browser = new Browser();
                browser.emulate(DESKTOP, false);
            }
            return browser;
        }

        /** The browser as a test expects to find it (see the class comment); nothing to do before it is started. */
        synchronized void reset() {
            if (browser == null) {
                return;
            }
            browser.driver().get("about:blank");
            browser.emulate(DESKTOP, false);
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            for (StaticServer server : servers.values()) {
                browser.driver().executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", server.origin(),
                        "storageTypes", "local_storage"));
            }
            // A server started now may have the port of one a test closed: nothing of that site may answer for it.
            for (String origin : StaticServer.closedOrigins()) {
                browser.forget(origin);
            }
        }

        private Path made(String name, Function<Path, Path> bake) {
            return outputs.computeIfAbsent(name, n -> bake.apply(dir.resolve(n)));
        }

        @Override
        public synchronized void close() throws Exception {
            try {
                for (StaticServer server : List.copyOf(servers.values())) {
                    server.close();
                }
                if (browser != null) {
                    browser.close();
                }
            } finally {
                org.confsite.bake.OutputSwap.deleteTree(dir);
            }
        }
    }
}
