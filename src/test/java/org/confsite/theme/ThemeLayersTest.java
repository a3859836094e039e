package org.confsite.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.confsite.bake.Bakery;
import org.confsite.bake.Console;
import org.confsite.config.SiteConfig;
import org.confsite.error.SiteException;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site without templates/ and assets/ is built with the generator's theme; its own files replace the theme's one by one. */
class ThemeLayersTest {
    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void bareSite() {
        site = TestSites.copyFixture(dir);
        // The fixture's link-preview picture comes with the dg.o assets, not with the theme.
        Path yaml = site.resolve("site.yaml");
        TestSites.write(yaml, TestSites.text(yaml).replaceAll("(?m)^social_image:.*\\n", ""));
    }

    private static Bakery.Report bake() {
        return new Bakery(SiteConfig.load(site), TestSites.NOW, Console.silent()).bake();
    }

    /** As a preview does: builds in one session, each after the last. */
    private static Bakery.Report bake(org.confsite.bake.RebuildCache session) {
        return new Bakery(SiteConfig.load(site), TestSites.NOW, Console.silent(), false, session).bake();
    }

    @Test
    void theBuiltInThemeFillsWhatTheSiteDoesNotHaveAndItsOwnFilesWin() throws Exception {
        assertFalse(Files.exists(site.resolve("templates")));
        Bakery.Report plain = bake();
        Path out = plain.output();
        String search = Files.readString(TestSites.PROJECT.resolve("assets/js/search.js"));
        assertEquals(search, Files.readString(out.resolve("js/search.js")));
        assertEquals(Files.readString(TestSites.PROJECT.resolve("assets/css/site.css")),
                Files.readString(out.resolve("css/site.css")));
        assertTrue(TestSites.html(out, "about.html").select("main").size() > 0, "the theme's layout drew the page");

        TestSites.write(site.resolve("assets/css/site.css"), "body { color: #123456; }\n");
        TestSites.write(site.resolve("templates/page.ftlh"),
                "<#ftl output_format=\"HTML\">\n<p id=\"own\">${content.title}</p>\n");
        try {
            bake();
            assertEquals("body { color: #123456; }\n", Files.readString(out.resolve("css/site.css")));
            assertEquals(search, Files.readString(out.resolve("js/search.js")),
                    "the files the site does not replace still come from the theme");
            assertEquals("About the fixture", TestSites.html(out, "about.html").getElementById("own").text());
            assertTrue(Files.exists(out.resolve("news/index.html")), "other page types keep the theme's templates");
        } finally {
            Files.delete(site.resolve("templates/page.ftlh"));
            Files.delete(site.resolve("assets/css/site.css"));
        }
    }

    @Test
    void inAPreviewAnOwnFileAddedChangedOrDeletedShowsAtOnce() throws Exception {
        org.confsite.bake.RebuildCache session = new org.confsite.bake.RebuildCache(true);
        Path out = bake(session).output();
        String css = Files.readString(TestSites.PROJECT.resolve("assets/css/site.css"));
        Path ownCss = site.resolve("assets/css/site.css");
        Path ownPage = site.resolve("templates/page.ftlh");
        try {
            TestSites.write(ownCss, "body { color: #123456; }\n");
            TestSites.write(ownPage, "<#ftl output_format=\"HTML\">\n<p id=\"own\">${content.title}</p>\n");
            bake(session);
            assertEquals("body { color: #123456; }\n", Files.readString(out.resolve("css/site.css")));
            assertEquals("About the fixture", TestSites.html(out, "about.html").getElementById("own").text());
            TestSites.write(ownPage, "<#ftl output_format=\"HTML\">\n<p id=\"own\">Edited: ${content.title}</p>\n");
            bake(session);
            assertEquals("Edited: About the fixture", TestSites.html(out, "about.html").getElementById("own").text());
            Files.delete(ownPage);
            Files.delete(ownCss);
            bake(session);
            assertEquals(css, Files.readString(out.resolve("css/site.css")), "the theme's file is back");
            assertEquals(null, TestSites.html(out, "about.html").getElementById("own"));
            assertTrue(TestSites.html(out, "about.html").select("main").size() > 0, "drawn by the theme's layout again");
        } finally {
            Files.deleteIfExists(ownPage);
            Files.deleteIfExists(ownCss);
        }
    }

    @Test
    void aMistakeInTheSitesOwnTemplateIsShownAtTheSitesFile() throws Exception {
        TestSites.write(site.resolve("templates/post.ftlh"), "<#ftl output_format=\"HTML\">\n${no.such.thing}\n");
        try {
            SiteException e = assertThrows(SiteException.class, ThemeLayersTest::bake);
            String said = e.problems().get(0).toString();
            assertTrue(said.startsWith("templates/post.ftlh:2:"), said);
        } finally {
            Files.delete(site.resolve("templates/post.ftlh"));
        }
    }
}
