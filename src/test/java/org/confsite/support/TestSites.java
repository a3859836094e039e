package org.confsite.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.confsite.bake.Bakery;
import org.confsite.bake.Console;
import org.confsite.config.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Builds the fixture site (on the project's real templates and assets), the dg.o site, and the
 * dg.o site with the illustrative programme of {@link #ILLUSTRATIVE}.
 */
public final class TestSites {
    /** Maven runs tests in the project folder. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    public static final Path FIXTURE = PROJECT.resolve("src/test/resources/fixture-site");
    /** Data files that replace the dg.o site's own: a programme over four days and three rooms, mostly illustrative. */
    public static final Path ILLUSTRATIVE = PROJECT.resolve("src/test/resources/illustrative-programme/data");
    /** After the fixture's published posts (20 Jan 2030), before its future one (1 Feb 2030). */
    public static final Instant NOW = Instant.parse("2030-01-25T00:00:00Z");

    private TestSites() {
    }

    /** A writable copy of the fixture site in {@code dir}/site. */
    public static Path copyFixture(Path dir) {
        Path target = dir.resolve("site");
        copyTree(FIXTURE, target);
        return target;
    }

    /** A copy of the fixture site with the project's templates and assets inside it, as a command-line build needs. */
    public static Path copyFixtureWithTheme(Path dir) {
        Path site = copyFixture(dir);
        copyTree(PROJECT.resolve("templates"), site.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), site.resolve("assets"));
        return site;
    }

    /** The fictional committees, sponsors, registration, editions and contact of {@code src/test/resources/site-data}. */
    public static final Path SITE_DATA = PROJECT.resolve("src/test/resources/site-data");

    /**
     * Adds to a site the files of {@link #SITE_DATA} (for a conference of 2030 or 2031) and the
     * pictures they name (a member's photo
     * 900 x 900, two logos), drawn here.
     */
    public static Path withSiteData(Path site) {
        copyTree(SITE_DATA, site.resolve("data"));
        picture(site.resolve("assets/img/committee/ada.png"), 900, 900, new java.awt.Color(0x2a6f97));
        picture(site.resolve("assets/img/sponsors/example-cloud.png"), 640, 240, new java.awt.Color(0x1b4332));
        picture(site.resolve("assets/img/sponsors/nowhere.png"), 300, 300, new java.awt.Color(0x2d6a4f));
        return site;
    }

    /** The fictional important dates and photo gallery of {@code src/test/resources/site-dates}. */
    public static final Path SITE_DATES = PROJECT.resolve("src/test/resources/site-dates");

    /**
     * Adds to a site the dates and gallery of {@link #SITE_DATES} and the gallery's five photos,
     * drawn here: {@code opening.jpg} 2000 x 1333, {@code posters.png} 900 x 600, {@code dinner.jpg}
     * 1200 x 800, {@code badge.png} 300 x 200 (too small for copies), {@code closing.jpg} 1000 x 667.
     */
    public static Path withDatesAndGallery(Path site) {
        copyTree(SITE_DATES, site.resolve("data"));
        Path gallery = site.resolve("assets/img/gallery");
        picture(gallery.resolve("opening.jpg"), 2000, 1333, new java.awt.Color(0x7a3e00));
        picture(gallery.resolve("posters.png"), 900, 600, new java.awt.Color(0x1d3557));
        picture(gallery.resolve("dinner.jpg"), 1200, 800, new java.awt.Color(0x6a040f));
        picture(gallery.resolve("badge.png"), 300, 200, new java.awt.Color(0x2b9348));
        picture(gallery.resolve("closing.jpg"), 1000, 667, new java.awt.Color(0x3c096c));
        return site;
    }

    /** A PNG (a JPEG when the name ends .jpg) of one colour with a lighter disc, {@code width} x {@code height}. */
    public static void picture(Path file, int width, int height, java.awt.Color colour) {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(colour.brighter().brighter());
        int d = Math.min(width, height) / 2;
        g.fillOval((width - d) / 2, (height - d) / 2, d, d);
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            String name = file.getFileName().toString();
            javax.imageio.ImageIO.write(image, name.endsWith(".jpg") || name.endsWith(".jpeg") ? "jpg" : "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Turns a copy of the fixture into a site in English and Traditional Chinese (zh-tw/), nothing translated yet. */
    public static Path bilingual(Path site) {
        write(site.resolve("site.yaml"), text(site.resolve("site.yaml")).replace("language: en\nlocale: en-GB\n",
                "languages:\n  - {tag: en, messages: en, locale: en-GB}\n"
                + "  - {tag: zh-Hant-TW, folder: zh-tw, messages: zh_TW, locale: zh-TW}\n"));
        return site;
    }

    /**
     * The fixture in English and Traditional Chinese with news in either language or both, as
     * {@code docs/editing.md} describes them (the names and places are made up):
     * <ul>
     * <li>{@code news/first.md} translated ({@code first.zh-tw.md}), its translation with tags of its own, one of them Chinese;
     * <li>{@code news/speaker-dinner.md}, English only ({@code lang: en}), by two authors, with a hostile tag and author;
     * <li>{@code news/night-market.md}, Traditional Chinese only ({@code lang: zh-TW}), with Chinese tags and an author,
     *     linking to the English-only post; the English about page links to it;
     * <li>the other posts untranslated, as before.
     * </ul>
     */
    public static Path newsInTwoLanguages(Path dir) {
        Path site = bilingual(copyFixture(dir));
        Path news = site.resolve("content/news");
        write(news.resolve("first.zh-tw.md"), "---\ntitle: 第一則消息\nsummary: 第一則。\ntags: [一, two]\n---\n中文內文。\n");
        write(news.resolve("speaker-dinner.md"), """
                ---
                title: Speakers' dinner on the river
                date: 2030-01-22
                lang: en
                tags: [social, two, "a&b <i>x</i>"]
                author: [Ada Example, "O'Hara <b>bold</b>"]
                summary: Where the speakers eat on the first evening.
                ---
                The dinner is on a boat. See the [programme](/programme.html).
                """);
        write(news.resolve("night-market.md"), """
                ---
                title: 夜市導覽
                date: 2030-01-23 19:00
                lang: zh-TW
                tags: [夜市, 臺北, two]
                author: 林小華
                summary: 第一晚的夜市導覽。
                ---
                會後一起逛夜市。請見[議程](/programme.html)與[講者晚宴](/news/speaker-dinner.html)（英文）。
                """);
        Path about = site.resolve("content/about.md");
        write(about, text(about) + "\nA post in Chinese only: [the night market](/zh-tw/news/night-market.html).\n");
        return site;
    }

    /**
     * Every file of a built site by its path, with its bytes in hex, for comparing two builds;
     * with {@code folders}, each folder too (as "folder").
     */
    public static java.util.Map<String, String> files(Path out, boolean folders) {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path p : paths.toList()) {
                if (Files.isDirectory(p)) {
                    if (folders) {
                        files.put(out.relativize(p).toString(), "folder");
                    }
                } else {
                    files.put(out.relativize(p).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static SiteConfig config(Path siteRoot) {
        return SiteConfig.load(siteRoot).withTheme(PROJECT.resolve("templates"), PROJECT.resolve("assets"));
    }

    public static Bakery.Report bake(Path siteRoot, Instant now) {
        return new Bakery(config(siteRoot), now, Console.silent()).bake();
    }

    /** Bakes the shipped dg.o 2024 site into {@code output}. */
    public static Bakery.Report bakeProject(Path output) {
        return new Bakery(SiteConfig.load(PROJECT).withOutput(output), NOW, Console.silent()).bake();
    }

    /**
     * Bakes the dg.o site with the illustrative programme into {@code output}: a copy of its
     * settings, pages and data, beside the output, with the files of {@link #ILLUSTRATIVE} in
     * place of the data files of the same names, built on the project's templates and assets.
     */
    public static Bakery.Report bakeIllustrative(Path output) {
        Path site = output.resolveSibling(output.getFileName() + "-source");
        copyTree(PROJECT.resolve("content"), site.resolve("content"));
        copyTree(PROJECT.resolve("data"), site.resolve("data"));
        write(site.resolve("site.yaml"), text(PROJECT.resolve("site.yaml")));
        try (Stream<Path> files = Files.list(ILLUSTRATIVE)) {
            files.forEach(f -> write(site.resolve("data").resolve(f.getFileName().toString()), text(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Bakery(config(site).withOutput(output), NOW, Console.silent()).bake();
    }

    /**
     * A site made as a newcomer makes one: {@code init} in English and Traditional Chinese, the
     * pretalx-style schedule and the EasyChair export imported, then built; returns its output.
     */
    public static Path initAndImport(Path dir) {
        Path site = dir.resolve("imported");
        Path fixtures = PROJECT.resolve("src/test/resources/import");
        List<String[]> steps = List.of(
                new String[] {"init", site.toString(), "--name", "FictCamp 2031", "--start", "2031-03-20", "--end", "2031-03-21",
                    "--time-zone", "Asia/Taipei", "--city", "Taipei", "--country", "Taiwan", "--languages", "en,zh-tw",
                    "--base-url", "https://www.fictcamp.net/"},
                new String[] {"import", "schedule", fixtures.resolve("pretalx.json").toString(), "--source", site.toString()},
                new String[] {"import", "easychair", fixtures.resolve("easychair/submission.csv").toString(),
                    fixtures.resolve("easychair/author.csv").toString(), "--source", site.toString()},
                new String[] {"build", "--source", site.toString()});
        for (String[] step : steps) {
            if (step[0].equals("build")) {
                widePhotoPost(site.resolve("content/news"));
                withSiteData(site);
                withDatesAndGallery(site);
            }
            CommandLine run = CommandLine.run(step);
            if (run.code() != 0) {
                throw new AssertionError(String.join(" ", step) + ": " + run);
            }
        }
        return site.resolve("target/site");
    }

    /** A post with a 3000 x 2000 picture, as a camera makes them, and its translation: {@code news/a-wide-photo.html}. */
    private static void widePhotoPost(Path news) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(3000, 2000,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, 3000, 2000, java.awt.Color.BLUE));
        g.fillRect(0, 0, 3000, 2000);
        g.dispose();
        try {
            Files.createDirectories(news);
            javax.imageio.ImageIO.write(image, "png", news.resolve("wide.png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(news.resolve("a-wide-photo.md"), "---\ntitle: \"A wide photo\"\ndate: 2025-01-01\n---\n"
                + "A fictional photo, 3000 pixels wide:\n\n![An orange and blue gradient](wide.png)\n");
        // Translated, so that the Chinese page is a page of its own (an untranslated post has none).
        write(news.resolve("a-wide-photo.zh-tw.md"), "---\ntitle: \"一張寬幅照片\"\n---\n"
                + "一張虛構的照片，寬 3000 像素：\n\n![橘色與藍色的漸層](wide.png)\n");
    }

    public static Document html(Path output, String page) {
        try {
            return Jsoup.parse(output.resolve(page).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
