package org.confsite.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confsite.support.Browser;
import org.confsite.support.SharedSites;
import org.confsite.support.StaticServer;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The personal agenda in a real browser: stars, the agenda page, clashes, its .ics and a shared link;
 * on the dg.o site with the illustrative programme, which has sessions that clash.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedSites.class)
class AgendaBrowserTest {
    static Path out;
    static StaticServer server;
    static Browser browser;

    @BeforeAll
    static void serveTheIllustrativeProgramme(SharedSites.Sites sites) {
        out = sites.illustrative();
        server = sites.server(out);
        browser = sites.browser();
    }

    @BeforeEach
    void emptyAgenda() {
        browser.open(server.url("agenda.html"));
        browser.driver().executeScript("localStorage.clear();");
    }

    private Object js(String script) {
        return browser.driver().executeScript(script);
    }

    private String waitForStatus(String startingWith) {
        return browser.waiting(Duration.ofSeconds(30)).until(d -> {
            String text = String.valueOf(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.getElementById('agenda_status').textContent;"));
            return text.startsWith(startingWith) ? text : null;
        });
    }

    private List<String> agendaSessions() {
        return browser.driver().findElements(By.cssSelector("#agenda_days li")).stream()
                .map(li -> li.getAttribute("data-session")).toList();
    }

    @Test
    void aStarKeepsASessionAnnouncesItAndTheAgendaListsIt() {
        browser.open(server.url("sessions/taipei-night.html"));
        WebElement star = browser.driver().findElement(By.cssSelector(".calendar-link button.star"));
        assertTrue(star.isDisplayed(), "the script shows the star");
        assertEquals("false", star.getAttribute("aria-pressed"));
        assertEquals("Keep in my agenda: Taipei Night banquet and dg.o Award Ceremony", star.getText().strip()
                .isEmpty() ? star.getAttribute("textContent").strip() : star.getText().strip());
        star.click();
        assertEquals("true", star.getAttribute("aria-pressed"));
        assertEquals("Added to my agenda: Taipei Night banquet and dg.o Award Ceremony", waitForStatus("Added"));
        // The programme shows it starred, in both of its drawings (grid and list).
        browser.open(server.url("programme.html"));
        // The script adds the stars; on a busy machine that may come a moment after the load.
        List<WebElement> same = browser.waiting(Duration.ofSeconds(30)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("button.star[data-session=taipei-night]"));
            return found.isEmpty() ? null : found;
        });
        assertFalse(same.isEmpty());
        same.forEach(b -> assertEquals("true", b.getAttribute("aria-pressed")));
        // The Chinese pages share the agenda.
        browser.open(server.url("zh-tw/agenda.html"));
        // Drawn by the script from the visitor's stored agenda: wait for it on a busy machine.
        browser.waiting(Duration.ofSeconds(30)).until(d -> !agendaSessions().isEmpty());
        assertEquals(List.of("taipei-night"), agendaSessions());
        assertTrue(browser.driver().findElement(By.cssSelector("#agenda_days a")).getText().contains("晚宴"));
        // Unstarring removes it.
        browser.open(server.url("sessions/taipei-night.html"));
        star = browser.driver().findElement(By.cssSelector(".calendar-link button.star"));
        star.click();
        assertEquals("false", star.getAttribute("aria-pressed"));
        assertEquals("Removed from my agenda: Taipei Night banquet and dg.o Award Ceremony", waitForStatus("Removed"));
        browser.open(server.url("agenda.html"));
        assertEquals(List.of(), agendaSessions());
        assertTrue(browser.driver().findElement(By.id("agenda_days")).getText().startsWith("No sessions yet"));
    }

    @Test
    void clashesAreFlaggedAndTheIcsHasTheSitesUids() {
        js("localStorage.setItem('confsite-agenda:/', JSON.stringify(['workshop', 'doctoral-colloquium', 'taipei-night',"
                + " 'dgs-25-keynote-series']));");
        browser.open(server.url("agenda.html"));
        List<WebElement> clashes = browser.driver().findElements(By.cssSelector("#agenda_days li.clash"));
        assertEquals(List.of("doctoral-colloquium", "workshop"), clashes.stream().map(li -> li.getAttribute("data-session"))
                .sorted().toList());
        assertTrue(clashes.get(0).getText().contains("Clashes with"), clashes.get(0).getText());
        assertEquals(List.of("doctoral-colloquium", "workshop", "dgs-25-keynote-series", "taipei-night").size(),
                agendaSessions().size());

        // WebDriver's JSON would turn the file's CRLF into LF: the lines are sent joined with "|".
        String ics = ((String) js("return window.confsiteAgendaIcs().split('\\r\\n').join('|');")).replace("|", "\r\n");
        assertEquals(Boolean.FALSE, js("return /[^\\r]\\n/.test(window.confsiteAgendaIcs());"), "every line ends CRLF");
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
        for (String id : List.of("workshop", "doctoral-colloquium")) {
            String site = TestSites.text(out.resolve("sessions/" + id + ".ics"));
            Matcher uid = Pattern.compile("UID:(\\S+)").matcher(site);
            assertTrue(uid.find());
            assertTrue(ics.contains("UID:" + uid.group(1) + "\r\n"), id + " keeps the site's UID: " + ics);
        }
        // Times in UTC: 09:00 in Taipei is 01:00Z.
        assertTrue(ics.contains("DTSTART:20240611T010000Z\r\n"), ics);
        assertTrue(ics.lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75), "folded");
        // A session with no time yet is listed but not put in the calendar.
        long events = ics.lines().filter("BEGIN:VEVENT"::equals).count();
        assertTrue(events >= 2 && events <= 4, ics);
    }

    @Test
    void aSharedLinkOpensTheSameSelectionElsewhere() {
        js("localStorage.setItem('confsite-agenda:/', JSON.stringify(['workshop', 'panel-discussions']));");
        browser.open(server.url("agenda.html"));
        String link = browser.driver().findElement(By.id("agenda_link")).getAttribute("value");
        assertTrue(link.endsWith("agenda.html#s=workshop,panel-discussions"), link);
        // Another browser: nothing kept yet.
        js("localStorage.clear();");
        browser.open(server.url("programme.html"));
        browser.open(link);
        browser.driver().navigate().refresh();
        assertTrue(browser.driver().findElement(By.id("agenda_shared")).isDisplayed());
        assertTrue(browser.driver().findElement(By.id("agenda_shared_text")).getText().contains("2 sessions"));
        assertEquals(List.of("workshop", "panel-discussions").stream().sorted().toList(), agendaSessions().stream().sorted().toList());
        assertEquals("[]", String.valueOf(js("return localStorage.getItem('confsite-agenda:/') || '[]';")),
                "nothing kept until asked");
        browser.driver().findElement(By.id("agenda_keep")).click();
        String kept = String.valueOf(js("return localStorage.getItem('confsite-agenda:/');"));
        assertTrue(kept.contains("workshop") && kept.contains("panel-discussions"), kept);
        assertFalse(browser.driver().findElement(By.id("agenda_shared")).isDisplayed());
    }

    @Test
    void oddSharedLinksBreakNothing() {
        js("localStorage.setItem('confsite-agenda:/', JSON.stringify(['panel-discussions', 'constructor', '__proto__']));");
        browser.open(server.url("agenda.html#s=constructor,toString,workshop"));
        browser.driver().navigate().refresh();
        assertEquals("A shared agenda of 1 session, shown here as it was shared.",
                browser.driver().findElement(By.id("agenda_shared_text")).getText());
        assertEquals(List.of("workshop"), agendaSessions());
        assertTrue(browser.driver().findElement(By.id("agenda_download")).isEnabled(), "a timed session to export");
        browser.driver().findElement(By.id("agenda_keep")).click();
        assertEquals(List.of("workshop", "panel-discussions"), agendaSessions(), "names every object has are no sessions");
        browser.open(server.url("agenda.html#s=%E0"));
        browser.driver().navigate().refresh();
        assertFalse(browser.driver().findElement(By.id("agenda_shared")).isDisplayed());
        assertEquals(List.of("workshop", "panel-discussions"), agendaSessions());
        // Nothing timed: no calendar file to make.
        js("localStorage.setItem('confsite-agenda:/', JSON.stringify(['taipei-night']));");
        browser.open(server.url("agenda.html"));
        assertFalse(browser.driver().findElement(By.id("agenda_download")).isEnabled());
    }

    @Test
    void withoutJavaScriptThereAreNoStarsAndTheAgendaSaysWhy() {
        var page = TestSites.html(out, "sessions/taipei-night.html");
        assertTrue(page.select("button.star").stream().allMatch(b -> b.hasAttr("hidden")));
        var agenda = TestSites.html(out, "agenda.html");
        assertTrue(agenda.getElementById("agenda").hasAttr("hidden"));
        assertTrue(agenda.getElementById("agenda_noscript").text().startsWith("My agenda needs JavaScript"));
    }
}
