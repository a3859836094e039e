package org.confsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' commands: {@code new} starts a file without ever overwriting one; {@code check} writes nothing. */
class EditorCommandsTest {
    @TempDir
    Path tmp;
    Path site;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void fixtureOnTheRealTheme() throws IOException {
        site = TestSites.copyFixture(tmp);
        Files.writeString(site.resolve("site.yaml"), "folders:\n  templates: " + TestSites.PROJECT.resolve("templates")
                + "\n  assets: " + TestSites.PROJECT.resolve("assets") + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--source";
        all[args.length + 1] = site.toString();
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aNewPostIsADraftDatedTodayInTaipeiWithAnAsciiName() {
        assertEquals(0, run("new", "post", "Registration: now open!"), err());
        Path post = site.resolve("content/news/registration-now-open.md");
        assertTrue(out().contains("Created " + post.toAbsolutePath().normalize()), out());
        String text = TestSites.text(post);
        assertTrue(text.startsWith("---\ntitle: \"Registration: now open!\"\ndate: "
                + LocalDate.now(ZoneId.of("Asia/Taipei")) + "\nstatus: draft\n"), text);
        // A draft is not published: no page, no news entry.
        assertEquals(0, run("build"), err());
        assertFalse(Files.exists(site.resolve("out/news/registration-now-open.html")));
        assertFalse(TestSites.text(site.resolve("out/news/index.html")).contains("Registration: now open!"));
    }

    @Test
    void chineseTitlesGetPinyinNames() {
        assertEquals(0, run("new", "post", "台北智慧城市論壇"), err());
        assertTrue(Files.exists(site.resolve("content/news/tai-bei-zhi-hui-cheng-shi-lun-tan.md")), out());
        assertEquals(0, run("new", "page", "Café «Tuesday»"), err());
        assertTrue(Files.exists(site.resolve("content/cafe-tuesday.md")), out());
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path about = site.resolve("content/about.md");
        byte[] before = Files.readAllBytes(about);
        assertEquals(1, run("new", "page", "About"));
        assertTrue(err().contains("content/about.md: already exists; nothing was written"), err());
        assertEquals(new String(before, StandardCharsets.UTF_8), TestSites.text(about));
    }

    @Test
    void sessionsAndPeopleAreAppendedAsIllustrativeEntriesThatBuild() throws IOException {
        assertEquals(0, run("new", "session", "Closing: awards & thanks"), err());
        assertEquals(0, run("new", "speaker", "陳 Hui-Min"), err());
        String sessions = TestSites.text(site.resolve("data/sessions.yaml"));
        assertTrue(sessions.contains("- id: closing-awards-thanks\n"), sessions);
        assertTrue(sessions.contains("title: \"Closing: awards & thanks\""), sessions);
        assertTrue(TestSites.text(site.resolve("data/speakers.yaml")).contains("- id: chen-hui-min\n"));
        assertEquals(0, run("build"), err());
        assertTrue(TestSites.text(site.resolve("out/sessions/closing-awards-thanks.html"))
                .contains("Closing: awards &amp; thanks"));

        byte[] before = Files.readAllBytes(site.resolve("data/sessions.yaml"));
        assertEquals(1, run("new", "session", "Closing: awards & thanks"));
        assertTrue(err().contains("already has an entry with id 'closing-awards-thanks'"), err());
        assertEquals(new String(before, StandardCharsets.UTF_8), TestSites.text(site.resolve("data/sessions.yaml")));
    }

    @Test
    void aKindThatIsNotOneIsAUsageError() {
        assertEquals(2, run("new", "talk", "Something"));
        assertTrue(err().contains("new needs a kind (post, page, session, speaker) and a title"), err());
    }

    @Test
    void checkReportsWithoutWritingTheSite() throws IOException {
        assertEquals(0, run("check"), err());
        assertTrue(out().startsWith("No problems: "), out());
        assertFalse(Files.exists(site.resolve("out")), "check writes no site");

        assertEquals(0, run("build"), err());
        byte[] index = Files.readAllBytes(site.resolve("out/index.html"));
        TestSites.write(site.resolve("content/news/broken.md"), "---\ntitle: [\ndate: 2029-01-01\n---\n");
        assertEquals(1, run("check"));
        assertTrue(err().contains("content/news/broken.md:"), err());
        assertTrue(err().contains("Build failed: 1 problem to fix."), err());
        assertEquals(new String(index, StandardCharsets.UTF_8), TestSites.text(site.resolve("out/index.html")));
    }

    @Test
    void checkFindsLinksInPagesThatLeadNowhere() {
        TestSites.write(site.resolve("content/links.md"), "---\ntitle: Links\n---\n"
                + "[fine](/about.html) [also fine](/venue.md#map) [folder](news/) [picture](/img/social-card.png) "
                + "[calendar](/programme.ics) [elsewhere](https://example.org/) [here](#top) [mail](mailto:a@example.org) "
                + "[a draft](/news/draft.html)\n\n[typo](/progamme.html) [wrong extension](about.md)\n");
        assertEquals(1, run("check"));
        assertEquals(List.of(
                "content/links.md: link 'progamme.html' leads to no page or file of this site (did you mean 'programme.html'?)",
                "content/links.md: link 'about.md' leads to no page or file of this site (correct the address; a link to "
                        + "another page ends in .html, or starts with / to name its .md file)",
                "Build failed: 2 problems to fix."), err().lines().toList());
    }
}
