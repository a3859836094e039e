package org.confsite.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.confsite.programme.Conference;
import org.confsite.programme.Day;
import org.confsite.programme.Paper;
import org.confsite.programme.Programme;
import org.confsite.programme.Session;
import org.confsite.programme.Speaker;
import org.confsite.template.Formats;
import org.confsite.template.Messages;

/**
 * The programme as iCalendar (RFC 5545), written with ical4j: the whole programme, one calendar
 * per day and one per session. Each event has a UID made of the session's id and the site's
 * host (so a calendar that imported it once updates it, wherever the session moves), the
 * conference's VTIMEZONE, and one DTSTAMP for the whole build taken from the build's clock. A
 * session whose time is not known is an all-day event on its date.
 *
 * <p>Somewhat over 300 lines, and kept whole: the whole programme, each day and each session are
 * written by the same event builder, so the three never differ on an event.
 */
public final class Calendars {
    private final Programme programme;
    /** Where the pages in the calendars' language are. */
    private final String pagesUrl;
    /** The language of the text (BCP 47), given on each text property; "" for none. */
    private final String language;
    private final Instant stamp;
    private final Messages messages;
    private final StableIds ids;
    /** The origin of SEQUENCE numbers, counted in minutes (they only need to grow). */
    private static final long SEQUENCE_EPOCH = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() / 60;

    private final boolean utcTimes;
    private final ResolvedTzId tzid;
    private final Formats formats;

    /**
     * @param baseUrl  the site's address, ending in "/"
     * @param stamp    the build's "now" (SOURCE_DATE_EPOCH when set): every DTSTAMP
     * @param messages the interface text: summaries, descriptions and calendar names
     */
    public Calendars(Programme programme, String baseUrl, Instant stamp, Messages messages) {
        this(programme, baseUrl, baseUrl, "", stamp, messages);
    }

    /**
     * @param pagesUrl where the pages in this language are (the events' URL), e.g. https://example.org/zh-tw/
     * @param language the language tag of the text, given as the LANGUAGE of summaries and descriptions
     */
    public Calendars(Programme programme, String baseUrl, String pagesUrl, String language, Instant stamp,
            Messages messages) {
        this.programme = programme;
        this.pagesUrl = pagesUrl;
        this.language = language;
        this.stamp = stamp;
        this.messages = messages;
        this.ids = new StableIds(baseUrl);
        Conference c = programme.getConference();
        this.formats = new Formats(c.timeZone(), c.startDate().atStartOfDay(c.timeZone()).toInstant(), messages);
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        String zone = programme.getConference().timeZone().getId();
        net.fortuna.ical4j.model.TimeZone tz = registry.getTimeZone(zone);
        if (tz == null) {
            throw new IllegalStateException("ical4j has no definition of the time zone " + zone);
        }
        // Times carry TZID=<the zone's id>; when ical4j files the zone under another name (UTC is
        // Etc/UTC there), they are written in UTC instead, so that no TZID points nowhere.
        String tzid = tz.getVTimeZone().<Property>getProperty(Property.TZID).map(Property::getValue).orElse("");
        this.utcTimes = !tzid.equals(zone);
        this.tzid = new ResolvedTzId(zone);
    }

    /**
     * The conference's VTIMEZONE with only the observances from a year before the conference to a
     * year after, taken from the JDK's zone rules: ical4j's own definition carries the zone's whole
     * history (a century of Taipei's changes), repeated in every session's file. No TZURL: a
     * calendar application should not be sent to another site to refresh the zone.
     */
    private static VTimeZone observancesAround(Conference c) {
        java.time.ZoneId zone = c.timeZone();
        java.time.zone.ZoneRules rules = zone.getRules();
        java.time.Instant from = c.startDate().minusYears(1).atStartOfDay(zone).toInstant();
        java.time.Instant to = c.endDate().plusYears(1).atStartOfDay(zone).toInstant();
        VTimeZone vtz = new VTimeZone();
        vtz.add(new net.fortuna.ical4j.model.property.TzId(zone.getId()));
        java.time.ZoneOffset before = rules.getOffset(from);
        vtz.add(observance(rules.isDaylightSavings(from), java.time.LocalDateTime.ofInstant(from, before), before, before,
                zone, from));
        for (java.time.zone.ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            vtz.add(observance(rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(),
                    t.getOffsetAfter(), zone, t.getInstant()));
        }
        return vtz;
    }

    private static net.fortuna.ical4j.model.component.Observance observance(boolean daylight, java.time.LocalDateTime start,
            java.time.ZoneOffset offsetFrom, java.time.ZoneOffset offsetTo, java.time.ZoneId zone, java.time.Instant at) {
        net.fortuna.ical4j.model.component.Observance o = daylight ? new net.fortuna.ical4j.model.component.Daylight()
                : new net.fortuna.ical4j.model.component.Standard();
        o.add(new DtStart<>(start));
        o.add(new net.fortuna.ical4j.model.property.TzOffsetFrom(offsetFrom));
        o.add(new net.fortuna.ical4j.model.property.TzOffsetTo(offsetTo));
        String name = java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ROOT).format(at.atZone(zone));
        o.add(new net.fortuna.ical4j.model.property.TzName(name));
        return o;
    }

    /** An event's SEQUENCE in a build at {@code stamp}: the minutes since 2024, so that each build's is higher. */
    static int sequence(Instant stamp) {
        return (int) Math.max(0, stamp.getEpochSecond() / 60 - SEQUENCE_EPOCH);
    }

    /** The whole programme. */
    public String whole() {
        Conference c = programme.getConference();
        return write(msg("calendar.name", c.name()), programme.getSessions());
    }

    /** One day's sessions; only for a day that has some (a calendar must hold an event). */
    public String day(Day day) {
        return write(msg("calendar.dayName", programme.getConference().name(), formats.date(day.date())), day.sessions());
    }

    /** One session. */
    public String session(Session session) {
        return write(session.title(), List.of(session));
    }

    private String write(String name, List<Session> sessions) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//confsite//" + programme.getConference().name() + "//"
                + messages.locale().getLanguage().toUpperCase(java.util.Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", programme.getConference().timeZone().getId()));
        if (!utcTimes && sessions.stream().anyMatch(Session::isTimed)) {
            // Built for each file (a few observances): calendars are written on several threads at once.
            calendar.add(observancesAround(programme.getConference()));
        }
        for (Session s : sessions) {
            calendar.add(event(s));
        }
        StringWriter out = new StringWriter();
        try {
            // ical4j folds by UTF-16 units, which can split a character and make lines of more than
            // 75 octets in Chinese; its lines are unfolded and folded again by octets below.
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold(out.toString());
    }

    /**
     * The TZID of the event times, resolved to a zone once: ical4j 4.1 resolves it again each time
     * it writes a time, and each resolution copies the JDK's whole list of zone names (about half
     * of the time spent writing 2,000 calendars). The zone and the text are the same.
     */
    private static final class ResolvedTzId extends net.fortuna.ical4j.model.parameter.TzId {
        private static final long serialVersionUID = 1L;
        private transient volatile java.time.ZoneId resolved;

        ResolvedTzId(String id) {
            super(id);
        }

        @Override
        public java.time.ZoneId toZoneId(TimeZoneRegistry registry) {
            java.time.ZoneId zone = resolved;
            if (zone == null) {
                zone = super.toZoneId(registry);
                resolved = zone;
            }
            return zone;
        }
    }

    /**
     * Folds each content line to at most 75 octets of UTF-8 (RFC 5545, 3.1), never inside a
     * character: a longer line continues on lines that start with one space.
     */
    /** The LANGUAGE parameter of a text property (RFC 5545, 3.2.10), or none. */
    private net.fortuna.ical4j.model.ParameterList inLanguage() {
        return language.isEmpty() ? new net.fortuna.ical4j.model.ParameterList()
                : new net.fortuna.ical4j.model.ParameterList(List.of(new net.fortuna.ical4j.model.parameter.Language(language)));
    }

    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 50);
        // ical4j folds at 75 UTF-16 units whatever it is asked (a line of exactly 75 got an empty
        // continuation line): its folds are undone first. A value never holds a line break itself.
        for (String line : text.replace("\r\n ", "").split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private VEvent event(Session s) {
        VEvent event = new VEvent(false);
        if (s.isTimed() && utcTimes) {
            event.add(new DtStart<>(s.start().toInstant()));
            event.add(new DtEnd<>(s.end().toInstant()));
        } else if (s.isTimed()) {
            event.add(new DtStart<>(s.start()).<DtStart<java.time.ZonedDateTime>>replace(tzid));
            event.add(new DtEnd<>(s.end()).<DtEnd<java.time.ZonedDateTime>>replace(tzid));
        } else {
            event.add(new DtStart<>(s.date()));
        }
        event.add(new DtStamp(stamp));
        // Each build is a new version of every event, so a calendar that imports the file again
        // replaces what it had (same UID, higher SEQUENCE) instead of keeping the old time.
        event.add(new LastModified(stamp));
        event.add(new Sequence(sequence(stamp)));
        if (!s.isTimed()) {
            event.add(new Transp(Transp.VALUE_TRANSPARENT));
        }
        if (s.isIllustrative()) {
            event.add(new Status(Status.VALUE_TENTATIVE));
        }
        event.add(new Uid(ids.uid(s.id())));
        event.add(new Summary(inLanguage(), summary(s)));
        event.add(new Location(inLanguage(), location(s)));
        event.add(new Description(inLanguage(), description(s)));
        event.add(new Url(URI.create(pagesUrl + s.page())));
        event.add(new Categories(msg(s.kind().messageKey())));
        return event;
    }

    /** "Title - speakers", and a mark when the session is illustrative. */
    String summary(Session s) {
        List<String> names = s.speakers().stream().map(Speaker::name).toList();
        String text = names.isEmpty() ? s.title() : msg("calendar.summary", s.title(), String.join(msg("format.listSeparator"),
                names));
        return s.isIllustrative() ? msg("calendar.illustrative", text) : text;
    }

    /**
     * "Room, building and floor, city" for a session with a room (a room may be away from the
     * main venue, like a banquet hall), "venue, city" for one without.
     */
    String location(Session s) {
        List<String> parts = new ArrayList<>();
        var venue = programme.getConference().venue();
        if (s.room() != null) {
            parts.add(s.room().name());
            if (!s.room().getWhere().isEmpty()) {
                parts.add(s.room().getWhere());
            }
        } else {
            parts.add(venue.name());
        }
        parts.add(venue.city());
        return String.join(", ", parts);
    }

    /** Plain text: kind and track, people, papers, the abstract, and a note when illustrative. */
    String description(Session s) {
        List<String> lines = new ArrayList<>();
        if (s.isIllustrative()) {
            lines.add(msg("calendar.sampleNote"));
        }
        if (!s.isTimed()) {
            lines.add(msg("session.timeTba"));
        }
        lines.add(msg(s.kind().messageKey()) + (s.track() != null ? msg("format.metaSeparator") + s.track().name() : ""));
        if (!s.chairs().isEmpty()) {
            lines.add(msg("session.chairs") + ": " + names(s.chairs()));
        }
        if (!s.speakers().isEmpty()) {
            lines.add(msg("session.speakers") + ": " + names(s.speakers()));
        }
        for (Paper p : s.papers()) {
            lines.add(msg("calendar.paper", p.title(), names(p.authors())));
        }
        if (!s.abstractText().isBlank()) {
            lines.add("");
            lines.add(s.abstractText().strip());
        }
        return String.join("\n", lines);
    }

    private String names(List<Speaker> people) {
        return String.join(msg("format.listSeparator"), people.stream().map(Speaker::name).toList());
    }

    private String msg(String key, Object... args) {
        return messages.get(key, List.of(args));
    }
}
