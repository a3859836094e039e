package org.confsite.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.confsite.support.Browser;
import org.confsite.support.SharedSites;
import org.confsite.support.StaticServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Now" and "next" on the programme, with the browser's clock and time zone fixed; on the dg.o site
 * with the illustrative programme, since the shipped one has no session with a known time.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedSites.class)
class NowBrowserTest {
    static StaticServer server;
    static Browser browser;
    private String clockScript;

    @BeforeAll
    static void serveTheIllustrativeProgramme(SharedSites.Sites sites) {
        Path out = sites.illustrative();
        server = sites.server(out);
        browser = sites.browser();
    }

    @AfterEach
    void realClock() {
        if (clockScript != null) {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clockScript));
            clockScript = null;
        }
    }

    /** Opens a page as a visitor in {@code zone} at {@code now}. */
    private void open(String page, String now, String zone) {
        realClock();
        long millis = OffsetDateTime.parse(now).toInstant().toEpochMilli();
        clockScript = String.valueOf(browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "Date.now = function () { return " + millis + "; };")).get("identifier"));
        browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
        browser.open(server.url(page));
    }

    private List<WebElement> marked(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    /** The text of each element of {@code css}, read in one round trip (one per element took seconds on the programme). */
    private List<String> texts(String css) {
        return browser.strings("return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent);", css);
    }

    /** The marks of {@code css}, waiting for the script to set them (a busy machine may be a moment late). */
    private List<WebElement> awaited(String css) {
        return browser.waiting(java.time.Duration.ofSeconds(30)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found;
        });
    }

    @Test
    void duringTheConferenceTheSessionsRunningNowAndNextAreMarkedByTaipeiTime() {
        open("programme.html", "2024-06-12T14:30:00+08:00", "Europe/London");
        WebElement banner = browser.driver().findElement(By.id("now_banner"));
        assertEquals("Now in Taipei: 14:30. Your time: 07:30.", banner.getText());
        List<WebElement> now = awaited(".is-now");
        assertFalse(now.isEmpty(), "sessions running at 14:30");
        for (WebElement e : now) {
            long start = OffsetDateTime.parse(e.getAttribute("data-start")).toEpochSecond();
            long end = OffsetDateTime.parse(e.getAttribute("data-end")).toEpochSecond();
            long at = OffsetDateTime.parse("2024-06-12T14:30:00+08:00").toEpochSecond();
            assertTrue(start <= at && at < end, e.getAttribute("data-start"));
        }
        assertTrue(now.stream().anyMatch(e -> e.getAttribute("data-start").equals("2024-06-12T14:00:00+08:00")));
        assertTrue(now.stream().allMatch(e -> e.findElement(By.cssSelector(".now-badge")).getAttribute("textContent")
                .equals("Now")));
        List<WebElement> next = marked(".is-next");
        assertFalse(next.isEmpty(), "the sessions starting next");
        String nextStart = next.get(0).getAttribute("data-start");
        assertTrue(next.stream().allMatch(e -> e.getAttribute("data-start").equals(nextStart)), "one start time");
        assertTrue(OffsetDateTime.parse(nextStart).isAfter(OffsetDateTime.parse("2024-06-12T14:30:00+08:00")), nextStart);
        // The visitor's own time beside the conference's.
        assertTrue(texts(".local-time").contains(" (your time: 07:00–08:30)"),
                "14:00–15:30 in Taipei is 07:00–08:30 in London in June");
    }

    @Test
    void outsideTheConferenceNothingIsMarkedAndInTaipeiNoSecondTimeIsShown() {
        open("programme.html", "2024-07-01T10:00:00+08:00", "Europe/London");
        assertFalse(browser.driver().findElement(By.id("now_banner")).isDisplayed());
        assertTrue(marked(".is-now, .is-next").isEmpty());
        open("programme.html", "2024-06-13T18:45:00+08:00", "Asia/Taipei");
        assertEquals("Now in Taipei: 18:45.", browser.driver().findElement(By.id("now_banner")).getText());
        assertTrue(marked(".local-time").isEmpty(), "a visitor in Taipei sees one time");
    }

    @Test
    void axeFindsNoViolationWithTheMarksShown() {
        for (String page : List.of("programme.html", "zh-tw/programme.html")) {
            open(page, "2024-06-12T14:30:00+08:00", "Europe/London");
            assertFalse(awaited(".is-now").isEmpty());
            assertEquals(List.of(), org.confsite.support.Axe.check(browser.driver()).violations(), page);
        }
    }

    @Test
    void whereItIsAnotherDayTheVisitorsTimeSaysWhichDay() {
        open("programme.html", "2024-06-12T08:00:00+08:00", "America/New_York");
        // 09:00 in Taipei on 12 June is 21:00 on 11 June in New York.
        String otherDay = " \\(your time: Tue,? 21:00–\\d\\d:\\d\\d\\)";
        List<String> times = texts(".local-time");
        assertTrue(times.stream().anyMatch(t -> t.matches(otherDay)), times.stream().distinct().toList().toString());
    }

    @Test
    void theChinesePageSaysItInChinese() {
        open("zh-tw/programme.html", "2024-06-12T14:30:00+08:00", "America/New_York");
        assertEquals("臺北市現在時間：14:30。 您所在地時間：02:30。", browser.driver().findElement(By.id("now_banner")).getText());
        List<String> badges = texts(".is-now .now-badge");
        assertFalse(badges.isEmpty(), "sessions running at 14:30");
        assertTrue(badges.stream().allMatch("進行中"::equals), badges.toString());
    }
}
