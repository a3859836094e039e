package org.confsite.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.confsite.programme.Programme;
import org.confsite.programme.ProgrammeLoader;
import org.confsite.support.TestSites;
import org.confsite.template.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendars of the fixture site, read back and validated with ical4j. */
class CalendarsTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void bakeFixture() {
        Path site = TestSites.copyFixture(tmp);
        TestSites.bake(site, TestSites.NOW);
        out = site.resolve("out");
    }

    private static final String BASE = "https://fixture.example.org/conf/";

    private static Messages messages() {
        return Messages.load(TestSites.PROJECT.resolve("templates/i18n/messages_en.properties"), "messages", Locale.UK);
    }

    /** The fixture's programme with {@code from} replaced by {@code to} in one of its files, loaded from a copy. */
    private static Programme programmeWith(String copy, String file, String from, String to) {
        Path data = tmp.resolve(copy);
        TestSites.copyTree(TestSites.FIXTURE.resolve("data"), data);
        String text = TestSites.text(data.resolve(file));
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        TestSites.write(data.resolve(file), text.replace(from, to));
        return ProgrammeLoader.load(data, "data");
    }

    private static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("not iCalendar: " + e.getMessage() + "\n" + text, e);
        }
    }

    private static Calendar read(String path) {
        return parse(TestSites.text(out.resolve(path)));
    }

    private static void assertValid(Calendar calendar) {
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result.toString());
    }

    private static String prop(VEvent e, String name) {
        return e.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    private static VEvent event(Calendar c, String uid) {
        return c.<VEvent>getComponents("VEVENT").stream().filter(e -> uid.equals(prop(e, "UID"))).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }

    @Test
    void theWholeProgrammeIsOneValidCalendarWithEverySession() {
        Calendar c = read("programme.ics");
        assertValid(c);
        List<String> uids = c.<VEvent>getComponents("VEVENT").stream().map(e -> prop(e, "UID")).toList();
        assertEquals(List.of("opening@fixture.example.org/conf", "papers-a@fixture.example.org/conf",
                "hostile@fixture.example.org/conf", "coffee@fixture.example.org/conf", "dinner@fixture.example.org/conf"), uids,
                "the id at the site's host and path, so two editions on one host do not collide");
        net.fortuna.ical4j.model.component.VTimeZone zone = c.<net.fortuna.ical4j.model.component.VTimeZone>getComponent(
                "VTIMEZONE").orElseThrow();
        assertEquals("Asia/Taipei", zone.<Property>getProperty("TZID").orElseThrow().getValue());
        assertTrue(zone.getProperty("TZURL").isEmpty(), "no address of another site to refresh the zone from");
        assertEquals("2.0", c.<Property>getProperty("VERSION").orElseThrow().getValue());
    }

    @Test
    void anEventCarriesTimeWithZoneSummaryLocationDescriptionUrlAndTheBuildStamp() {
        String text = TestSites.text(out.resolve("programme.ics"));
        assertTrue(text.contains("DTSTART;TZID=Asia/Taipei:20300304T090000\r\n"), text);
        assertTrue(text.contains("DTEND;TZID=Asia/Taipei:20300304T100000\r\n"));
        VEvent opening = event(parse(text), "opening@fixture.example.org/conf");
        assertEquals("Opening keynote - Ada Example", prop(opening, "SUMMARY"), "title - speakers");
        assertEquals("Main Hall, Fixture Hall, 1F, Taipei", prop(opening, "LOCATION"));
        assertEquals("https://fixture.example.org/conf/sessions/opening.html", prop(opening, "URL"));
        assertEquals("20300125T000000Z", prop(opening, "DTSTAMP"), "the build's clock, not the wall clock");
        String description = prop(opening, "DESCRIPTION");
        assertTrue(description.startsWith("Keynote · Core track\nChairs: Bob Sample\nSpeakers: Ada Example\n\nThe **opening**"),
                description);
        assertEquals("Keynote", prop(opening, "CATEGORIES"));
        assertEquals("20300125T000000Z", prop(opening, "LAST-MODIFIED"));
        assertEquals(Long.toString(Instant.parse("2030-01-25T00:00:00Z").getEpochSecond() / 60 - 28_401_120L),
                prop(opening, "SEQUENCE"), "minutes since 2024: a later build has a higher SEQUENCE");
        assertEquals(null, prop(opening, "STATUS"), "a real session is not tentative");
    }

    @Test
    void illustrativeUntimedAndHostileSessionsAreMarkedAndKeptAsText() {
        Calendar c = read("programme.ics");
        VEvent hostile = event(c, "hostile@fixture.example.org/conf");
        assertEquals("<script>alert('x')</script> & \"quoted\" panel - Ada Example, Bob Sample (illustrative)",
                prop(hostile, "SUMMARY"), "text round-trips exactly; the placeholder is marked");
        assertTrue(prop(hostile, "DESCRIPTION").startsWith("Illustrative: "));
        assertEquals("TENTATIVE", prop(hostile, "STATUS"));
        VEvent dinner = event(c, "dinner@fixture.example.org/conf");
        assertEquals("20300305", prop(dinner, "DTSTART"), "a session without a time is an all-day event on its date");
        assertTrue(dinner.getProperty("DTEND").isEmpty());
        assertTrue(prop(dinner, "DESCRIPTION").contains("time to be announced"));
        assertEquals("TRANSPARENT", prop(dinner, "TRANSP"), "a day-long placeholder does not block the day");
        VEvent papers = event(c, "papers-a@fixture.example.org/conf");
        assertTrue(prop(papers, "DESCRIPTION").contains("Paper: Testing papers thoroughly (Ada Example, Cy <i>Author</i>)"),
                prop(papers, "DESCRIPTION"));
        VEvent coffee = event(c, "coffee@fixture.example.org/conf");
        assertEquals("Fixture Hall, Taipei", prop(coffee, "LOCATION"), "no room: the venue");
    }

    @Test
    void eachDayWithSessionsAndEachSessionHasItsOwnValidCalendar() {
        Calendar day = read("calendar/2030-03-04.ics");
        assertValid(day);
        assertEquals(4, day.getComponents("VEVENT").size());
        assertEquals("Fixture Conf 2030: Monday 4 March 2030", day.<Property>getProperty("X-WR-CALNAME").orElseThrow().getValue());
        Calendar session = read("sessions/opening.ics");
        assertValid(session);
        assertEquals(1, session.getComponents("VEVENT").size());
        Calendar untimed = read("sessions/dinner.ics");
        assertValid(untimed);
        assertTrue(untimed.getComponent("VTIMEZONE").isEmpty(), "no zone needed for an all-day event");
        assertTrue(Files.isRegularFile(out.resolve("calendar/2030-03-05.ics")));
    }

    @Test
    void pagesLinkToTheirCalendars() {
        assertEquals("../sessions/opening.ics", TestSites.html(out, "sessions/opening.html").selectFirst(".calendar-link a").attr("href"));
        var programme = TestSites.html(out, "programme.html");
        assertEquals(List.of("programme.ics", "programme-data.html", "calendar/2030-03-04.ics", "calendar/2030-03-05.ics"),
                programme.select(".calendar-links a, .calendar-link a").eachAttr("href"));
    }

    @Test
    void aSessionMovedToAnotherRoomAndTimeKeepsItsUid() {
        Programme before = ProgrammeLoader.load(TestSites.FIXTURE.resolve("data"), "data");
        Programme after = programmeWith("moved", "sessions.yaml", "    start: \"09:00\"\n    end: \"10:00\"\n    room: hall",
                "    start: \"14:00\"\n    end: \"15:00\"\n    room: side");
        assertNotEquals(before.session("opening").room().id(), after.session("opening").room().id());
        Messages messages = messages();
        Instant stamp = Instant.parse("2030-01-01T00:00:00Z");
        VEvent a = event(parse(new Calendars(before, BASE, stamp, messages)
                .session(before.session("opening"))), "opening@fixture.example.org/conf");
        VEvent b = event(parse(new Calendars(after, BASE, stamp, messages)
                .session(after.session("opening"))), "opening@fixture.example.org/conf");
        assertEquals(prop(a, "UID"), prop(b, "UID"));
        assertNotEquals(prop(a, "LOCATION"), prop(b, "LOCATION"));
        assertEquals(new Calendars(before, BASE, stamp, messages).whole(),
                new Calendars(before, BASE, stamp, messages).whole(), "same input, same bytes");
    }

    @Test
    void linesAreFoldedByOctetsNeverInsideACharacter() {
        String line = "SUMMARY:" + "a".repeat(64) + "\uD83C\uDF89" + "臺北".repeat(30);
        String folded = Calendars.fold(line + "\r\n");
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, part);
            assertFalse(Character.isHighSurrogate(part.charAt(part.length() - 1)), "a character split: " + part);
        }
        assertEquals(line, folded.replace("\r\n ", "").replace("\r\n", ""), "unfolding gives the line back");
    }

    @Test
    void whatIcal4jFoldedIsFoldedOnceByOctets() {
        // ical4j writes a line of exactly 75 characters with an empty continuation line after it,
        // and folds longer ones at 75 UTF-16 units, inside a character if one is there.
        String exact = "UID:" + "u".repeat(71);
        assertEquals(exact + "\r\n", Calendars.fold(exact + "\r\n \r\n"));
        String split = "SUMMARY:" + "a".repeat(66) + "\uD83C\r\n \uDF89b\r\n";
        assertEquals("SUMMARY:" + "a".repeat(66) + "\r\n \uD83C\uDF89b\r\n", Calendars.fold(split));
    }

    @Test
    void chineseAndEmojiTitlesAreWrittenAndReadBackWhole() throws Exception {
        String title = "A".repeat(64) + "\uD83C\uDF89 臺北市政府與國立臺灣大學共同主辦的數位治理研究國際研討會開幕主題演講";
        Programme p = programmeWith("cjk", "sessions.yaml", "title: Opening keynote", "title: \"" + title + "\"");
        String text = new Calendars(p, BASE, Instant.EPOCH, messages()).whole();
        for (String part : text.split("\r\n")) {
            assertTrue(part.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, part);
        }
        java.nio.charset.StandardCharsets.UTF_8.newEncoder().encode(java.nio.CharBuffer.wrap(text));
        Calendar c = parse(text);
        assertValid(c);
        assertEquals(title + " - Ada Example", prop(event(c, "opening@fixture.example.org/conf"), "SUMMARY"));
    }

    @Test
    void everyTzidNamesTheCalendarsTimeZoneAndUtcIsWrittenAsUtc() throws Exception {
        String text = TestSites.text(out.resolve("programme.ics"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("TZID=([^:;]+)").matcher(text);
        int count = 0;
        while (m.find()) {
            assertEquals("Asia/Taipei", m.group(1));
            count++;
        }
        assertEquals(8, count, "start and end of the four timed sessions");
        Programme p = programmeWith("utc", "conference.yaml", "time_zone: Asia/Taipei", "time_zone: UTC");
        String utc = new Calendars(p, BASE, Instant.EPOCH, messages()).whole();
        assertFalse(utc.contains("TZID="), "no reference to a zone the file does not define");
        assertTrue(utc.contains("DTSTART:20300304T090000Z\r\n"), utc);
        assertValid(parse(utc));
    }

    @Test
    void theTimeZoneHoldsOnlyTheObservancesAroundTheConference() throws Exception {
        String taipei = TestSites.text(out.resolve("sessions/opening.ics"));
        String zone = taipei.substring(taipei.indexOf("BEGIN:VTIMEZONE"), taipei.indexOf("END:VTIMEZONE"));
        assertEquals("BEGIN:VTIMEZONE\r\nTZID:Asia/Taipei\r\nBEGIN:STANDARD\r\nDTSTART:20290304T000000\r\n"
                + "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\nEND:STANDARD\r\n", zone,
                "no daylight saving in Taipei since 1979: one observance");
        Programme p = programmeWith("berlin", "conference.yaml", "time_zone: Asia/Taipei", "time_zone: Europe/Berlin");
        String berlin = new Calendars(p, BASE, Instant.EPOCH, messages()).whole();
        assertTrue(berlin.contains("BEGIN:DAYLIGHT\r\nDTSTART:20290325T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"),
                berlin);
        assertTrue(berlin.contains("DTSTART;TZID=Europe/Berlin:20300304T090000\r\n"));
        assertValid(parse(berlin));
    }
}
