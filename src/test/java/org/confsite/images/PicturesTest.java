package org.confsite.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import javax.imageio.ImageIO;
import org.confsite.bake.Bakery;
import org.confsite.error.SiteException;
import org.confsite.support.TestSites;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A photo in a post is published in smaller copies that the page offers, made once and kept. */
class PicturesTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void aPostWithTwoPhotos() throws Exception {
        site = TestSites.copyFixture(tmp);
        Path news = site.resolve("content/news");
        write(news.resolve("harbour.jpg"), 2400, 1600, "jpg");
        write(news.resolve("small.png"), 300, 200, "png");
        TestSites.write(news.resolve("photos.md"), "---\ntitle: Photos\ndate: 2030-01-10\n---\n"
                + "![The harbour at dusk](harbour.jpg)\n\n![A small drawing](/news/small.png)\n\n"
                + "![The harbour again](harbour.jpg \"again\")\n");
    }

    static void write(Path file, int width, int height, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, format, file.toFile());
    }

    @Test
    void thePageOffersTheCopiesWithTheirSizeAndTheCopiesAreMadeOnce() throws Exception {
        Bakery.Report first = TestSites.bake(site, TestSites.NOW);
        Path out = first.output();
        List<Element> imgs = TestSites.html(out, "news/photos.html").select("main img");
        assertEquals(3, imgs.size());
        Element harbour = imgs.get(0);
        assertEquals("harbour-960w.jpg", harbour.attr("src"));
        assertEquals("harbour-480w.jpg 480w, harbour-960w.jpg 960w, harbour-1600w.jpg 1600w", harbour.attr("srcset"));
        assertEquals("2400", harbour.attr("width"));
        assertEquals("1600", harbour.attr("height"));
        assertFalse(harbour.hasAttr("loading"), "the first picture may be in view: not lazy");
        assertEquals("lazy", imgs.get(2).attr("loading"));
        Element small = imgs.get(1);
        assertFalse(small.hasAttr("srcset"), "no copy is wider than the picture itself");
        assertEquals("300", small.attr("width"));
        for (int w : new int[] {480, 960, 1600}) {
            Path copy = out.resolve("news/harbour-" + w + "w.jpg");
            BufferedImage image = ImageIO.read(copy.toFile());
            assertEquals(w, image.getWidth());
            assertEquals(Math.round(1600f * w / 2400), image.getHeight());
            assertTrue(Files.getPosixFilePermissions(copy).contains(PosixFilePermission.OTHERS_READ), "a web server can read it");
        }
        Path cache = out.resolveSibling("." + out.getFileName() + ".images");
        List<Path> cached;
        try (var files = Files.list(cache)) {
            cached = files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList();
        }
        assertEquals(3, cached.size());
        FileTime made = Files.getLastModifiedTime(cached.get(0));
        TestSites.bake(site, TestSites.NOW);
        assertEquals(made, Files.getLastModifiedTime(cached.get(0)), "the second build copies what the first made");
        assertTrue(Files.isRegularFile(out.resolve("news/harbour-480w.jpg")));
    }

    @Test
    void aPictureThatCannotBeReadIsAnErrorAtItsFileAndAHugeOneAWarning() throws Exception {
        Path broken = TestSites.copyFixture(tmp.resolve("broken"));
        TestSites.write(broken.resolve("content/news/bad.jpg"), "not a picture at all");
        TestSites.write(broken.resolve("content/news/bad.md"), "---\ntitle: Bad\ndate: 2030-01-10\n---\n![A picture](bad.jpg)\n");
        SiteException e = assertThrows(SiteException.class, () -> TestSites.bake(broken, TestSites.NOW));
        assertTrue(e.problems().toString().contains("content/news/bad.jpg: is not a JPEG or PNG picture"),
                e.problems().toString());

        Path huge = TestSites.copyFixture(tmp.resolve("huge"));
        write(huge.resolve("content/news/wide.png"), 4200, 100, "png");
        TestSites.write(huge.resolve("content/news/wide.md"), "---\ntitle: Wide\ndate: 2030-01-10\n---\n![A strip](wide.png)\n");
        Bakery.Report report = TestSites.bake(huge, TestSites.NOW);
        assertTrue(report.warnings().stream().anyMatch(w -> w.startsWith("content/news/wide.png: the picture is 4200 x 100")),
                report.warnings().toString());
    }

    @Test
    void aSpeakersPhotoIsOfferedInItsCopiesAtTheSizeThePortraitIsShown() throws Exception {
        Path own = TestSites.copyFixture(tmp.resolve("portrait"));
        write(own.resolve("assets/img/people/ada.jpg"), 1200, 1500, "jpg");
        write(own.resolve("assets/img/social-card.png"), 1200, 630, "png");
        Path speakers = own.resolve("data/speakers.yaml");
        TestSites.write(speakers, TestSites.text(speakers).replace("    name: Ada Example\n",
                "    name: Ada Example\n    photo: img/people/ada.jpg\n"));
        Bakery.Report report = new Bakery(org.confsite.config.SiteConfig.load(own), TestSites.NOW,
                org.confsite.bake.Console.silent()).bake();
        assertTrue(Files.exists(report.output().resolve("speakers/ada.html")));
        // The fixture is in one language; a Chinese page, when there is one, links up one more level.
        for (String page : List.of("speakers/ada.html", "zh-tw/speakers/ada.html")) {
            if (!Files.exists(report.output().resolve(page))) {
                continue;
            }
            Element portrait = TestSites.html(report.output(), page).selectFirst("img.portrait");
            String up = page.startsWith("zh-tw/") ? "../../" : "../";
            assertEquals(up + "img/people/ada-960w.jpg", portrait.attr("src"));
            assertEquals(up + "img/people/ada-480w.jpg 480w, " + up + "img/people/ada-960w.jpg 960w", portrait.attr("srcset"));
            assertEquals("8rem", portrait.attr("sizes"));
            assertEquals("1200", portrait.attr("width"));
            assertEquals("1500", portrait.attr("height"));
        }
        assertEquals(480, ImageIO.read(report.output().resolve("img/people/ada-480w.jpg").toFile()).getWidth());
    }
}
