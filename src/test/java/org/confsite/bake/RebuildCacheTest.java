package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confsite.config.SiteConfig;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code serve} session's rebuilds render only what an edit touches, and still write exactly
 * what a build from nothing writes.
 */
class RebuildCacheTest {
    @TempDir
    Path tmp;
    private Path site;
    private final RebuildCache session = new RebuildCache();

    @BeforeEach
    void site() {
        site = TestSites.copyFixtureWithTheme(tmp);
    }

    private int pagesBuilt;

    /** Rebuilds in the session; returns how many pages were taken unchanged. */
    private int rebuild() {
        return rebuild(TestSites.NOW);
    }

    /** Rebuilds in the session at {@code now}; returns how many pages were taken unchanged. */
    private int rebuild(java.time.Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Bakery(SiteConfig.load(site), now, new Console(new PrintStream(out, true, StandardCharsets.UTF_8)),
                false, session).bake();
        String text = out.toString(StandardCharsets.UTF_8);
        Matcher built = Pattern.compile("render +(\\d+) pages").matcher(text);
        assertTrue(built.find(), text);
        pagesBuilt = Integer.parseInt(built.group(1));
        Matcher m = Pattern.compile("\\((\\d+) unchanged since the last build\\)").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private void sameAsAFreshBuild() {
        new Bakery(SiteConfig.load(site).withOutput(tmp.resolve("fresh")), TestSites.NOW, Console.silent()).bake();
        assertEquals(TestSites.files(tmp.resolve("fresh"), false), TestSites.files(site.resolve("out"), false));
    }

    @Test
    void editingAPostsTextRendersItAndThePagesThatListPostsOnly() {
        assertEquals(0, rebuild());
        int pages = rebuild();
        assertEquals(pagesBuilt, pages, "with nothing changed, every page is taken as it was");
        assertTrue(pages > 25, "pages: " + pages);
        Path post = site.resolve("content/news/first.md");
        TestSites.write(post, TestSites.text(post).replace("\n---\n", "\n---\nA new first sentence.\n"));
        int unchanged = rebuild();
        // The post itself only: the lists of posts (news, home, tags) show no post's text. The
        // feed, which does, is rendered with every build.
        assertEquals(pages - 1, unchanged, "unchanged: " + unchanged + " of " + pages);
        assertTrue(TestSites.text(site.resolve("out/feed.xml")).contains("A new first sentence."));
        sameAsAFreshBuild();
    }

    /**
     * The folder a rebuild writes over holds the site of the build before the last: a page not
     * rendered since then is kept there untouched, any other is written. After each of a run of
     * edits, reverts and rebuilds with no change, the site is what a build from nothing writes.
     */
    @Test
    void aRunOfEditsAndRevertsLeavesExactlyTheSiteABuildFromNothingWrites() {
        Path first = site.resolve("content/news/first.md");
        Path second = site.resolve("content/news/second.md");
        String firstText = TestSites.text(first);
        String secondText = TestSites.text(second);
        rebuild();
        rebuild();
        TestSites.write(first, firstText.replace("\n---\n", "\n---\nEdit one.\n"));
        rebuild();
        sameAsAFreshBuild();
        TestSites.write(second, secondText.replaceFirst("title: .*", "title: \"Second, retitled\""));
        rebuild();
        sameAsAFreshBuild();
        TestSites.write(first, firstText);
        rebuild();
        sameAsAFreshBuild();
        assertEquals(pagesBuilt, rebuild(), "nothing changed");
        sameAsAFreshBuild();
        TestSites.write(second, secondText);
        rebuild();
        sameAsAFreshBuild();
        assertEquals(pagesBuilt, rebuild());
        assertEquals(pagesBuilt, rebuild());
        sameAsAFreshBuild();
    }

    @Test
    void aThemeWhoseListsShowThePostsTextRendersThemAgainWhenItChanges() {
        Path components = site.resolve("templates/components.ftlh");
        String list = "<#list posts as post>";
        assertTrue(TestSites.text(components).contains(list), "the theme's list of posts");
        TestSites.write(components, TestSites.text(components).replace(list,
                list + "<div class=\"text\">${post.body?no_esc}</div>"));
        rebuild();
        int pages = rebuild();
        Path post = site.resolve("content/news/first.md");
        TestSites.write(post, TestSites.text(post).replace("\n---\n", "\n---\nA new first sentence.\n"));
        int unchanged = rebuild();
        assertTrue(unchanged < pages - 1, "the post and the lists that show its text: " + unchanged + " of " + pages);
        assertTrue(TestSites.text(site.resolve("out/news/index.html")).contains("A new first sentence."));
        sameAsAFreshBuild();
        // A page whose fields a template goes through counts as read entirely.
        TestSites.write(components, TestSites.text(components).replace("${post.body?no_esc}",
                "<#list post as k, v><#if k == \"body\">${v?no_esc}</#if></#list>"));
        rebuild();
        TestSites.write(post, TestSites.text(post).replace("A new first sentence.", "Another first sentence."));
        unchanged = rebuild();
        assertTrue(unchanged < pages - 1, "read through its fields: " + unchanged + " of " + pages);
        assertTrue(TestSites.text(site.resolve("out/news/index.html")).contains("Another first sentence."));
        sameAsAFreshBuild();
    }

    @Test
    void aFileIsReadAgainOnlyWhenItsSizeTimeOrIdentityChangedOrItsTimeIsTooRecentToTell() throws IOException {
        Path post = site.resolve("content/news/first.md");
        String text = TestSites.text(post).replace("\n---\n", "\n---\nVersion A of the text.\n");
        TestSites.write(post, text);
        java.nio.file.attribute.FileTime recent = Files.getLastModifiedTime(post);
        rebuild();
        // Same size, same time: a second save within one tick of a coarse clock. Read again, since
        // the time is too close to when the file was read to tell.
        TestSites.write(post, text.replace("Version A", "Version B"));
        Files.setLastModifiedTime(post, recent);
        rebuild();
        assertTrue(TestSites.text(site.resolve("out/news/first.html")).contains("Version B"));
        // A file last changed an hour before it was read, with the same size and time: not read
        // again (an editor's save always gives a new time).
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        Files.setLastModifiedTime(post, hourAgo);
        rebuild();
        TestSites.write(post, text.replace("Version A", "Version C"));
        Files.setLastModifiedTime(post, hourAgo);
        rebuild();
        assertTrue(TestSites.text(site.resolve("out/news/first.html")).contains("Version B"), "taken as it was");
        // A new time: read.
        Files.setLastModifiedTime(post, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        rebuild();
        assertTrue(TestSites.text(site.resolve("out/news/first.html")).contains("Version C"));
        sameAsAFreshBuild();
    }

    @Test
    void theNextDayRendersThePagesAgainSoThatTodaysDateIsNoLongerToday() {
        TestSites.withDatesAndGallery(TestSites.bilingual(site));
        rebuild();
        assertTrue(TestSites.text(site.resolve("out/dates.html")).contains("date-state-now\">Today"));
        java.time.Instant nextDay = TestSites.NOW.plus(java.time.Duration.ofDays(1));
        assertEquals(0, rebuild(nextDay), "nothing changed but the day: every page is rendered");
        assertTrue(!TestSites.text(site.resolve("out/dates.html")).contains(">Today<"));
        new Bakery(SiteConfig.load(site).withOutput(tmp.resolve("fresh")), nextDay, Console.silent()).bake();
        assertEquals(TestSites.files(tmp.resolve("fresh"), false), TestSites.files(site.resolve("out"), false));
    }

    @Test
    void editingATitleShowsOnTheNewsPagesAndTheFeed() {
        rebuild();
        Path post = site.resolve("content/news/second.md");
        TestSites.write(post, TestSites.text(post).replaceFirst("title: .*", "title: \"A retitled post\""));
        rebuild();
        sameAsAFreshBuild();
        assertTrue(TestSites.text(site.resolve("out/news/index.html")).contains("A retitled post"));
    }

    @Test
    void editingATemplateOrTheDataRendersEverything() {
        rebuild();
        Path footer = site.resolve("templates/layout.ftlh");
        TestSites.write(footer, TestSites.text(footer).replace("</footer>", "<p>Edited footer</p></footer>"));
        assertEquals(0, rebuild());
        sameAsAFreshBuild();
        assertTrue(TestSites.text(site.resolve("out/about.html")).contains("Edited footer"));
        Path sessions = site.resolve("data/sessions.yaml");
        TestSites.write(sessions, TestSites.text(sessions).replace("Opening", "Grand opening"));
        assertEquals(0, rebuild());
        sameAsAFreshBuild();
    }

    @Test
    void aDeletedPageIsGoneAndANewOneAppears() throws IOException {
        rebuild();
        Files.delete(site.resolve("content/venue.md"));
        TestSites.write(site.resolve("content/travel.md"), "---\ntitle: Travel\n---\nBy train.\n");
        rebuild();
        sameAsAFreshBuild();
        assertTrue(Files.exists(site.resolve("out/travel.html")));
    }

    @Test
    void aTranslationAddedEditedOrDeletedShowsAtOnceInItsLanguageOnly() throws IOException {
        TestSites.bilingual(site);
        rebuild();
        Path translation = site.resolve("content/venue.zh-tw.md");
        TestSites.write(translation, "---\ntitle: 會場\n---\n會場說明。\n");
        int unchanged = rebuild();
        sameAsAFreshBuild();
        assertTrue(TestSites.text(site.resolve("out/zh-tw/venue.html")).contains("會場說明"));
        assertTrue(unchanged > pagesBuilt / 2, "the English pages and most Chinese ones are taken as they were: " + unchanged);
        TestSites.write(translation, "---\ntitle: 會場\n---\n新的會場說明。\n");
        rebuild();
        sameAsAFreshBuild();
        assertTrue(TestSites.text(site.resolve("out/zh-tw/venue.html")).contains("新的會場說明"));
        Files.delete(translation);
        rebuild();
        sameAsAFreshBuild();
        assertTrue(TestSites.text(site.resolve("out/zh-tw/venue.html")).contains("translation-note"));
    }
}
