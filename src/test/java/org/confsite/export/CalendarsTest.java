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
        assertEquals(List.of("opening@fixture.example.org", "papers-a@fixture.example.org", "hostile@fixture.example.org",
                "coffee@fixture.example.org", "dinner@fixture.example.org"), uids);
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
        VEvent opening = event(parse(text), "opening@fixture.example.org");
        assertEquals("Opening keynote - Ada Example", prop(opening, "SUMMARY"), "title - speakers");
        assertEquals("Main Hall, Fixture Hall, 1F, Taipei", prop(opening, "LOCATION"));
        assertEquals("https://fixture.example.org/conf/sessions/opening.html", prop(opening, "URL"));
        assertEquals("20300125T000000Z", prop(opening, "DTSTAMP"), "the build's clock, not the wall clock");
        String description = prop(opening, "DESCRIPTION");
        assertTrue(description.startsWith("Keynote · Core track\nChairs: Bob Sample\nSpeakers: Ada Example\n\nThe **opening**"),
                description);
        assertEquals("Keynote", prop(opening, "CATEGORIES"));
    }

    @Test
    void illustrativeUntimedAndHostileSessionsAreMarkedAndKeptAsText() {
        Calendar c = read("programme.ics");
        VEvent hostile = event(c, "hostile@fixture.example.org");
        assertEquals("<script>alert('x')</script> & \"quoted\" panel - Ada Example, Bob Sample (illustrative)",
                prop(hostile, "SUMMARY"), "text round-trips exactly; the placeholder is marked");
        assertTrue(prop(hostile, "DESCRIPTION").startsWith("Illustrative: "));
        VEvent dinner = event(c, "dinner@fixture.example.org");
        assertEquals("20300305", prop(dinner, "DTSTART"), "a session without a time is an all-day event on its date");
        assertTrue(dinner.getProperty("DTEND").isEmpty());
        assertTrue(prop(dinner, "DESCRIPTION").contains("time to be announced"));
        VEvent papers = event(c, "papers-a@fixture.example.org");
        assertTrue(prop(papers, "DESCRIPTION").contains("Paper: Testing papers thoroughly (Ada Example, Cy <i>Author</i>)"),
                prop(papers, "DESCRIPTION"));
        VEvent coffee = event(c, "coffee@fixture.example.org");
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
                programme.select(".calendar-link a").eachAttr("href"));
    }

    @Test
    void aSessionMovedToAnotherRoomAndTimeKeepsItsUid() {
        Path data = tmp.resolve("moved");
        TestSites.copyTree(TestSites.FIXTURE.resolve("data"), data);
        String sessions = TestSites.text(data.resolve("sessions.yaml"));
        TestSites.write(data.resolve("sessions.yaml"), sessions.replace(
                "    start: \"09:00\"\n    end: \"10:00\"\n    room: hall",
                "    start: \"14:00\"\n    end: \"15:00\"\n    room: side"));
        Programme before = ProgrammeLoader.load(TestSites.FIXTURE.resolve("data"), "data");
        Programme after = ProgrammeLoader.load(data, "data");
        assertNotEquals(before.session("opening").room().id(), after.session("opening").room().id());
        Messages messages = Messages.load(TestSites.PROJECT.resolve("templates/i18n/messages_en.properties"), "messages",
                Locale.UK);
        Instant stamp = Instant.parse("2030-01-01T00:00:00Z");
        VEvent a = event(parse(new Calendars(before, "https://fixture.example.org/conf/", stamp, messages)
                .session(before.session("opening"))), "opening@fixture.example.org");
        VEvent b = event(parse(new Calendars(after, "https://fixture.example.org/conf/", stamp, messages)
                .session(after.session("opening"))), "opening@fixture.example.org");
        assertEquals(prop(a, "UID"), prop(b, "UID"));
        assertNotEquals(prop(a, "LOCATION"), prop(b, "LOCATION"));
        assertEquals(new Calendars(before, "https://fixture.example.org/conf/", stamp, messages).whole(),
                new Calendars(before, "https://fixture.example.org/conf/", stamp, messages).whole(), "same input, same bytes");
    }
}
