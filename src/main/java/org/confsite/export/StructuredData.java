package org.confsite.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.confsite.programme.Conference;
import org.confsite.programme.Programme;
import org.confsite.programme.Session;
import org.confsite.programme.Speaker;
import org.confsite.programme.Venue;

/**
 * schema.org JSON-LD for the pages: the conference as a {@code ConferenceEvent} with its sessions
 * as sub-events, each session as an {@code Event} whose super-event is the conference, each news
 * post as a {@code NewsArticle} and each person as a {@code Person}. Illustrative sessions and
 * people get none: search engines would take their placeholders for facts. All URLs are absolute, from
 * the one configured base URL. The JSON is safe inside {@code <script>}: {@code <}, {@code >} and
 * {@code &} are written as {@code \\u} escapes, so no text can close the element.
 *
 * <p>Somewhat over 300 lines, and kept whole: the conference, its sessions, people and posts
 * refer to one another by the same {@code @id}s, made here.
 */
public final class StructuredData {
    private static final String SCHEMA = "https://schema.org";

    private final Programme programme;
    private final String baseUrl;
    /** Where this language's pages are: the base URL, or its folder under it. */
    private final String pagesUrl;
    private final String language;
    private final String image;
    private final ObjectMapper json = new ObjectMapper();

    /** @param image the absolute URL of the site's social image, or "" */
    public StructuredData(Programme programme, String baseUrl, String language, String image) {
        this(programme, baseUrl, baseUrl, language, image);
    }

    /**
     * @param pagesUrl where the pages of {@code language} are: the base URL for the main language,
     *                 else its folder, e.g. {@code https://example.org/zh-tw/}
     * @param language the language tag of the text (BCP 47), for {@code inLanguage}
     */
    public StructuredData(Programme programme, String baseUrl, String pagesUrl, String language, String image) {
        this.programme = programme;
        this.baseUrl = baseUrl;
        this.pagesUrl = pagesUrl;
        this.language = language;
        this.image = image;
        json.getFactory().setCharacterEscapes(new ScriptSafe());
    }

    /** The conference's identifier, which sessions point to as their super-event. */
    public String conferenceId() {
        return baseUrl + "#conference";
    }

    /** The conference, for the home page. */
    public String conference() {
        Conference c = programme.getConference();
        ObjectNode o = node("ConferenceEvent");
        o.put("@id", conferenceId());
        o.put("name", c.fullName().equals(c.name()) ? c.name() : c.name() + ": " + c.fullName());
        o.put("alternateName", c.name());
        if (!c.description().isEmpty()) {
            o.put("description", c.description());
        }
        o.put("url", pagesUrl);
        o.put("inLanguage", language);
        o.put("startDate", iso(conferenceStart()));
        o.put("endDate", iso(conferenceEnd()));
        o.put("eventStatus", SCHEMA + "/EventScheduled");
        o.put("eventAttendanceMode", SCHEMA + "/OfflineEventAttendanceMode");
        o.set("location", place(c.venue()));
        ArrayNode organizers = o.putArray("organizer");
        if (!c.organiser().isEmpty()) {
            organizers.add(organisation(c.organiser()));
        }
        c.hosts().forEach(h -> organizers.add(organisation(h)));
        if (!image.isEmpty()) {
            o.put("image", image);
        }
        // Placeholder sessions are not announced to search engines as facts.
        ArrayNode subEvents = o.putArray("subEvent");
        for (Session s : programme.getSessions().stream().filter(s -> !s.isIllustrative()).toList()) {
            ObjectNode e = node("Event");
            e.put("@id", sessionUrl(s));
            e.put("name", s.title());
            e.put("url", sessionUrl(s));
            putDates(e, s);
            subEvents.add(e);
        }
        return write(o);
    }

    /** One session, for its page; "" for an illustrative one, whose details are placeholders. */
    public String session(String id) {
        Session s = programme.session(id);
        if (s.isIllustrative()) {
            return "";
        }
        ObjectNode e = node("Event");
        e.put("@id", sessionUrl(s));
        e.put("name", s.title());
        e.put("url", sessionUrl(s));
        e.put("inLanguage", language);
        putDates(e, s);
        if (!s.abstractText().isBlank()) {
            e.put("description", s.abstractText().strip());
        }
        e.put("eventStatus", SCHEMA + "/EventScheduled");
        e.put("eventAttendanceMode", SCHEMA + "/OfflineEventAttendanceMode");
        Venue v = programme.getConference().venue();
        ObjectNode location = s.room() == null ? place(v) : roomPlace(s, v);
        e.set("location", location);
        ObjectNode superEvent = e.putObject("superEvent");
        superEvent.put("@type", "ConferenceEvent");
        superEvent.put("@id", conferenceId());
        superEvent.put("name", programme.getConference().name());
        superEvent.put("url", pagesUrl);
        if (!s.speakers().isEmpty()) {
            ArrayNode performers = e.putArray("performer");
            s.speakers().forEach(p -> performers.add(personRef(p)));
        }
        if (!image.isEmpty()) {
            e.put("image", image);
        }
        return write(e);
    }

    /** A person, for their page; "" for an illustrative entry, which is not a real person. */
    public String person(String id) {
        Speaker p = programme.speaker(id);
        if (p.sample()) {
            return "";
        }
        ObjectNode o = node("Person");
        o.put("@id", personUrl(p));
        o.put("name", p.name());
        o.put("url", personUrl(p));
        if (!p.affiliation().isEmpty()) {
            o.set("affiliation", organisation(p.affiliation()));
        }
        if (!p.photo().isEmpty()) {
            o.put("image", baseUrl + p.photo());
        }
        List<String> sameAs = p.links().stream().filter(l -> l.url().matches("(?i)https?://.*")).map(l -> l.url()).toList();
        if (!sameAs.isEmpty()) {
            ArrayNode a = o.putArray("sameAs");
            sameAs.forEach(a::add);
        }
        return write(o);
    }

    /**
     * A news post, for its page.
     *
     * @param uri  the post's site path
     * @param date its publication time
     */
    public String article(String uri, String headline, Date date, String summary) {
        return article(uri, headline, date, summary, language);
    }

    /** As {@link #article(String, String, Date, String)}, its text in {@code textLanguage} (a page not translated yet). */
    public String article(String uri, String headline, Date date, String summary, String textLanguage) {
        return article(uri, headline, date, summary, textLanguage, List.of());
    }

    /**
     * As {@link #article(String, String, Date, String, String)}, written by {@code authors} (the
     * post's {@code author:}, each a {@code Person}); without authors, its author is the publisher.
     */
    public String article(String uri, String headline, Date date, String summary, String textLanguage, List<String> authors) {
        ObjectNode o = node("NewsArticle");
        o.put("@id", baseUrl + uri);
        o.put("url", baseUrl + uri);
        o.put("mainEntityOfPage", baseUrl + uri);
        o.put("headline", headline);
        if (summary != null && !summary.isEmpty()) {
            o.put("description", summary);
        }
        o.put("inLanguage", textLanguage);
        String published = iso(date.toInstant().atZone(programme.getConference().timeZone()));
        o.put("datePublished", published);
        o.put("dateModified", published);
        ObjectNode publisher = organisation(programme.getConference().name());
        publisher.put("url", pagesUrl);
        o.set("publisher", publisher);
        if (authors.isEmpty()) {
            o.set("author", publisher.deepCopy());
        } else if (authors.size() == 1) {
            o.set("author", namedPerson(authors.get(0)));
        } else {
            ArrayNode people = o.putArray("author");
            authors.forEach(name -> people.add(namedPerson(name)));
        }
        if (!image.isEmpty()) {
            o.put("image", image);
        }
        ObjectNode about = o.putObject("about");
        about.put("@id", conferenceId());
        return write(o);
    }

    private ZonedDateTime conferenceStart() {
        Conference c = programme.getConference();
        return programme.getSessions().stream().filter(s -> s.isTimed() && !s.isIllustrative() && s.date().equals(c.startDate()))
                .map(Session::start).min(ZonedDateTime::compareTo).orElse(c.startDate().atStartOfDay(c.timeZone()));
    }

    private ZonedDateTime conferenceEnd() {
        Conference c = programme.getConference();
        return programme.getSessions().stream().filter(s -> s.isTimed() && !s.isIllustrative() && s.date().equals(c.endDate()))
                .map(Session::end).max(ZonedDateTime::compareTo)
                .orElse(c.endDate().atTime(23, 59, 59).atZone(c.timeZone()));
    }

    private void putDates(ObjectNode e, Session s) {
        if (s.isTimed()) {
            e.put("startDate", iso(s.start()));
            e.put("endDate", iso(s.end()));
        } else {
            e.put("startDate", s.date().toString());
        }
    }

    private ObjectNode place(Venue v) {
        ObjectNode place = node("Place");
        place.put("name", v.name());
        ObjectNode address = place.putObject("address");
        address.put("@type", "PostalAddress");
        if (!v.streetAddress().isEmpty()) {
            address.put("streetAddress", v.streetAddress());
        }
        if (!v.postalCode().isEmpty()) {
            address.put("postalCode", v.postalCode());
        }
        address.put("addressLocality", v.city());
        address.put("addressCountry", v.countryCode().isEmpty() ? v.country() : v.countryCode());
        if (v.hasCoordinates()) {
            ObjectNode geo = place.putObject("geo");
            geo.put("@type", "GeoCoordinates");
            geo.put("latitude", v.latitude());
            geo.put("longitude", v.longitude());
        }
        return place;
    }

    /**
     * A room: its name and building, in the conference's city; with the venue's street address when
     * the room is in the venue's building (a room may be elsewhere, like a banquet hall).
     */
    private ObjectNode roomPlace(Session s, Venue v) {
        ObjectNode place = node("Place");
        place.put("name", s.room().getWhere().isEmpty() ? s.room().name() : s.room().name() + ", " + s.room().getWhere());
        ObjectNode address = place.putObject("address");
        address.put("@type", "PostalAddress");
        if (s.room().getWhere().contains(v.name()) && !v.streetAddress().isEmpty()) {
            address.put("streetAddress", v.streetAddress());
            if (!v.postalCode().isEmpty()) {
                address.put("postalCode", v.postalCode());
            }
        }
        address.put("addressLocality", v.city());
        address.put("addressCountry", v.countryCode().isEmpty() ? v.country() : v.countryCode());
        return place;
    }

    private ObjectNode personRef(Speaker p) {
        ObjectNode o = node("Person");
        o.put("@id", personUrl(p));
        o.put("name", p.name());
        o.put("url", personUrl(p));
        return o;
    }

    /** A person known by name only (a post's author): no page of the site, so no URL. */
    private ObjectNode namedPerson(String name) {
        ObjectNode o = node("Person");
        o.put("name", name);
        return o;
    }

    private ObjectNode organisation(String name) {
        ObjectNode o = node("Organization");
        o.put("name", name);
        return o;
    }

    private ObjectNode node(String type) {
        ObjectNode o = json.createObjectNode();
        o.put("@context", SCHEMA);
        o.put("@type", type);
        return o;
    }

    private String sessionUrl(Session s) {
        return pagesUrl + s.page();
    }

    private String personUrl(Speaker p) {
        return pagesUrl + p.page();
    }

    private static String iso(ZonedDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    private String write(ObjectNode node) {
        stripNestedContexts(node, true);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the outermost object carries "@context". */
    private static void stripNestedContexts(com.fasterxml.jackson.databind.JsonNode node, boolean top) {
        if (node instanceof ObjectNode o) {
            if (!top) {
                o.remove("@context");
            }
            o.properties().forEach(e -> stripNestedContexts(e.getValue(), false));
        } else if (node instanceof ArrayNode a) {
            a.forEach(n -> stripNestedContexts(n, false));
        }
    }

    /** Escapes the characters that could end a script element or start markup. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafe() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
