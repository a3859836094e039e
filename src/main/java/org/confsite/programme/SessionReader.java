package org.confsite.programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.confsite.yaml.Suggest;
import org.confsite.yaml.YamlMap;

/**
 * Reads and checks one session of {@code sessions.yaml}: its kind, its date and times in the
 * conference's zone (days that run past midnight, clocks that change), its room, track, people
 * and papers by id; and, over all sessions, that no two overlap in one room.
 */
final class SessionReader {
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final Fields fields;
    private final Translations translations;
    private final String dataName;

    SessionReader(Fields fields, Translations translations, String dataName) {
        this.fields = fields;
        this.translations = translations;
        this.dataName = dataName;
    }

    Session read(YamlMap y, Conference conference, Catalog<Room> rooms, Catalog<Track> tracks,
            Catalog<Speaker> speakers, Catalog<Paper> papers) {
        y.rejectUnknown(translations.allowing(Set.of("id", "kind", "title", "date", "start", "end", "room", "track",
                "chairs", "speakers", "papers", "abstract", "description", "language", "do_not_record", "links", "sample",
                "origin")));
        y.optText("id").ifPresent(id -> translations.read(y, "session", id, Translations.SESSION));
        String id = ProgrammeLoader.id(y);
        String title = y.text("title");
        SessionKind kind = kind(y);
        ZoneId zone = conference == null ? null : conference.timeZone();
        LocalDate date = y.has("date") || !y.has("start") ? ConferenceReader.date(y, "date") : null;
        // A date written wrongly was reported; the times on it are not reported again as having no date.
        boolean dateBroken = y.has("date") && date == null;
        ZonedDateTime start = zone == null || dateBroken ? null : when(y, "start", date, zone);
        if (date == null && start != null && !y.has("date")) {
            date = start.toLocalDate();
        } else if (date != null && start != null && !start.toLocalDate().equals(date)) {
            y.problem("start", "start " + start.toLocalDateTime() + " is not on the session's date " + date,
                    "correct one of them, or leave date out");
            start = null;
        }
        ZonedDateTime end = zone == null || date == null ? null : when(y, "end", date, zone);
        boolean startGiven = y.optText("start").isPresent();
        if (startGiven != y.optText("end").isPresent()) {
            y.problem(startGiven ? "start" : "end", "give both start and end, or neither when the time is not known", null);
        } else if (start != null && end != null && !end.isAfter(start)) {
            y.problem("end", "end " + clock(end, date) + " is not after start " + clock(start, date),
                    "for a session that runs past midnight, write end as YYYY-MM-DDTHH:MM");
            start = null;
        }
        if (date != null && conference != null && !conference.isDay(date)) {
            y.problem(y.has("date") ? "date" : "start", "date " + date + " is outside the conference ("
                    + conference.startDate() + " to " + conference.endDate() + ")", "check the year and month");
        } else if (start != null && end != null && conference != null && end.toLocalDate().isAfter(conference.endDate())
                && !end.equals(conference.endDate().plusDays(1).atStartOfDay(zone))) {
            y.problem("end", "end " + end.toLocalDateTime() + " is after the conference's last day, "
                    + conference.endDate(), "end the session by midnight of the last day");
        }
        Room room = fields.reference(y, "room", rooms, dataName + "/rooms.yaml");
        Track track = fields.reference(y, "track", tracks, dataName + "/tracks.yaml");
        List<Speaker> chairs = fields.references(y, "chairs", speakers, "speaker", "speaker");
        List<Speaker> people = fields.references(y, "speakers", speakers, "speaker", "speaker");
        List<Paper> presented = fields.references(y, "papers", papers, "paper", "paper");
        List<Link> links = fields.links(y);
        String abstractText = fields.markdown(y, "abstract");
        String description = fields.markdown(y, "description");
        String language = language(y);
        boolean doNotRecord = y.flag("do_not_record");
        String origin = y.optText("origin").orElse("");
        boolean sample = y.flag("sample");
        if (id == null || title == null || kind == null || date == null || conference == null) {
            return null;
        }
        boolean timed = start != null && end != null && end.isAfter(start);
        return new Session(id, kind, title, date, timed ? start : null, timed ? end : null, room, track, chairs, people,
                presented, abstractText, links, sample, description, language, doNotRecord, origin);
    }

    /**
     * The session's language as a well-formed BCP 47 tag of a known language, in its usual case
     * ({@code zh-hant} gives {@code zh-Hant}); "" when not given or wrong (with a problem).
     */
    private static String language(YamlMap y) {
        String text = y.optText("language").orElse("");
        if (text.isEmpty()) {
            return "";
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(text.replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            locale = null;
        }
        // A tag Java cannot name is not a language it knows: "english" is well-formed but no language.
        if (locale == null || locale.getLanguage().isEmpty()
                || locale.getDisplayLanguage(Locale.ENGLISH).equals(locale.getLanguage())) {
            y.problem("language", "'language' is not a language tag: '" + text + "'",
                    "write a BCP 47 tag such as en, zh-Hant or pt-BR");
            return "";
        }
        return locale.toLanguageTag();
    }

    /** "09:30" on the session's own date, or the full local date and time otherwise. */
    private static String clock(ZonedDateTime t, LocalDate date) {
        return t.toLocalDate().equals(date) ? t.toLocalTime().toString() : t.toLocalDateTime().toString();
    }

    /**
     * A session's start or end: "HH:MM" on {@code date}, a local date and time, or a date and
     * time with an offset. Local times are read in the conference's zone; one that does not exist
     * there (clocks going forward) or happens twice (clocks going back) is a problem.
     */
    private ZonedDateTime when(YamlMap y, String key, LocalDate date, ZoneId zone) {
        Optional<String> found = y.optText(key);
        if (found.isEmpty()) {
            return null;
        }
        String text = found.get();
        LocalDateTime local;
        if (TIME.matcher(text).matches()) {
            if (date == null) {
                y.problem(key, "'" + key + "' " + text + " has no date", "add date: YYYY-MM-DD to the session");
                return null;
            }
            local = date.atTime(LocalTime.parse(text));
        } else {
            String iso = text.replaceFirst("^(\\d{4}-\\d\\d-\\d\\d) ", "$1T");
            try {
                return OffsetDateTime.parse(iso).atZoneSameInstant(zone);
            } catch (DateTimeParseException e) {
                // not with an offset; perhaps a local date and time
            }
            try {
                local = LocalDateTime.parse(iso);
            } catch (DateTimeParseException e) {
                y.problem(key, "'" + key + "' is not a time: '" + text + "'",
                        "write 24-hour \"HH:MM\" in the conference's time zone, e.g. \"09:30\", or YYYY-MM-DDTHH:MM");
                return null;
            }
        }
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            y.problem(key, "'" + key + "' " + local + " does not exist in " + zone.getId()
                    + ": the clocks go forward then", "correct the time");
            return null;
        }
        if (offsets.size() > 1) {
            y.problem(key, "'" + key + "' " + local + " happens twice in " + zone.getId() + ": the clocks go back then",
                    "add the offset, e.g. " + local + offsets.get(0).getId());
            return null;
        }
        return ZonedDateTime.ofLocal(local, zone, offsets.get(0));
    }

    private SessionKind kind(YamlMap y) {
        String text = y.text("kind");
        if (text == null) {
            return null;
        }
        Optional<SessionKind> kind = SessionKind.fromId(text);
        if (kind.isEmpty()) {
            String near = Suggest.nearest(text, SessionKind.ids());
            y.problem("kind", "unknown session kind '" + text + "'",
                    near != null ? "did you mean '" + near + "'?" : "use one of " + String.join(", ", SessionKind.ids()));
        }
        return kind.orElse(null);
    }

    /**
     * Each session that starts before an earlier one in its room has ended is reported once, naming
     * the earlier session that ends last: linear after sorting, however many sessions share a time.
     */
    static void checkRoomClashes(List<Session> sessions, Map<String, YamlMap> yaml) {
        List<Session> timed = sessions.stream().filter(s -> s.isTimed() && s.room() != null)
                .sorted(java.util.Comparator.comparing(Session::start).thenComparing(Programme.TIMETABLE_ORDER)).toList();
        Map<String, Session> lastEnding = new java.util.HashMap<>();
        for (Session b : timed) {
            Session a = lastEnding.get(b.room().id());
            if (a != null && b.start().isBefore(a.end())) {
                yaml.get(b.id()).problem("room", "session '" + b.id() + "' overlaps '" + a.id() + "' in room '"
                        + a.room().id() + "'", "move one of them to another room or time");
            }
            if (a == null || b.end().isAfter(a.end())) {
                lastEnding.put(b.room().id(), b);
            }
        }
    }
}
