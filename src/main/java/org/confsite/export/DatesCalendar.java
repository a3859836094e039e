package org.confsite.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.confsite.sitedata.ImportantDate;
import org.confsite.template.Messages;

/**
 * The important dates as iCalendar (RFC 5545), written with ical4j in the conventions of the
 * programme's {@link Calendars}: every date an all-day event ({@code DTSTART;VALUE=DATE}, and
 * {@code DTEND} the day after its last, as the standard counts it), free time
 * ({@code TRANSP:TRANSPARENT}: a deadline keeps no one busy), the build's clock as
 * {@code DTSTAMP} and {@code LAST-MODIFIED} and the minutes since 2024 as {@code SEQUENCE}, lines
 * folded at 75 octets of UTF-8. Each UID is {@code date.<key>@<site host and path>}: a key is
 * an entry's id or made from its day and text, and the dot, which no id has, keeps them apart
 * from the sessions' UIDs.
 */
public final class DatesCalendar {
    /** What the UID of a date starts with. */
    static final String UID_PREFIX = "date.";

    private final String conference;
    private final String pageUrl;
    private final String language;
    private final Instant stamp;
    private final Messages messages;
    private final StableIds ids;

    /**
     * @param conference the conference's short name
     * @param baseUrl    the site's address, ending in "/" (the UIDs' host and path)
     * @param pageUrl    the absolute address of the dates page in this language
     * @param language   the language tag of the text (BCP 47), given as each text's LANGUAGE; "" for none
     * @param stamp      the build's "now" (SOURCE_DATE_EPOCH when set)
     */
    public DatesCalendar(String conference, String baseUrl, String pageUrl, String language, Instant stamp,
            Messages messages) {
        this.conference = conference;
        this.pageUrl = pageUrl;
        this.language = language;
        this.stamp = stamp;
        this.messages = messages;
        this.ids = new StableIds(baseUrl);
    }

    /**
     * The calendar of {@code dates}, their text in this calendar's language.
     *
     * @param untranslated which dates' text is shown in the main language, not translated
     * @param mainLanguage the main language's tag, the LANGUAGE of such a text
     */
    public String write(List<ImportantDate> dates, java.util.function.Predicate<ImportantDate> untranslated,
            String mainLanguage) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//confsite//" + conference + "//" + messages.locale().getLanguage().toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", messages.get("dates.calendarName", List.of(conference))));
        dates.forEach(d -> calendar.add(event(d, untranslated.test(d) ? mainLanguage : language)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Calendars.fold(out.toString());
    }

    /** The UID of a date: the same in every build and every language. */
    public String uid(ImportantDate date) {
        return ids.uid(UID_PREFIX + date.key());
    }

    private VEvent event(ImportantDate d, String summaryLanguage) {
        VEvent event = new VEvent(false);
        event.add(new DtStart<>(d.date()));
        event.add(new DtEnd<>(d.getLastDay().plusDays(1)));
        event.add(new DtStamp(stamp));
        event.add(new LastModified(stamp));
        event.add(new Sequence(Calendars.sequence(stamp)));
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        event.add(new Uid(uid(d)));
        event.add(new Summary(inLanguage(summaryLanguage), d.what()));
        event.add(new Description(inLanguage(language), messages.get("dates.calendarDescription", List.of(conference))));
        event.add(new Url(URI.create(d.url().isEmpty() ? pageUrl + "#" + d.key() : d.url())));
        return event;
    }

    private static ParameterList inLanguage(String tag) {
        return tag.isEmpty() ? new ParameterList() : new ParameterList(List.of(new Language(tag)));
    }
}
