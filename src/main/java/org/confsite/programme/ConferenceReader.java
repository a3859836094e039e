package org.confsite.programme;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confsite.yaml.YamlMap;

/** Reads {@code data/conference.yaml}: the conference, its dates, time zone and venue. */
final class ConferenceReader {
    private ConferenceReader() {
    }

    static Conference read(YamlMap y, Translations translations) {
        y.rejectUnknown(translations.allowing(Set.of("name", "full_name", "acronym", "theme", "description", "start_date",
                "end_date", "time_zone", "organiser", "hosts", "venue", "days")));
        translations.read(y, "conference", "", Translations.CONFERENCE);
        String name = y.text("name");
        LocalDate start = date(y, "start_date");
        LocalDate end = date(y, "end_date");
        ZoneId zone = zone(y);
        Venue venue = y.map("venue").map(v -> venue(v, translations)).orElse(null);
        if (!y.has("venue")) {
            y.problem("venue", "missing required field 'venue'", "add venue: with name, city and country");
        }
        // Every field is read, and so checked, even when the conference is already known to be broken.
        Optional<String> fullName = y.optText("full_name");
        Optional<String> acronym = y.optText("acronym");
        String theme = y.optText("theme").orElse("");
        String description = y.optText("description").orElse("");
        String organiser = y.optText("organiser").orElse("");
        List<String> hosts = y.textList("hosts");
        Map<LocalDate, String> dayNames = dayNames(y, start, end, translations);
        if (start != null && end != null && end.isBefore(start)) {
            y.problem("end_date", "end_date " + end + " is before start_date " + start, "swap them");
            return null;
        }
        if (name == null || start == null || end == null || zone == null || venue == null) {
            return null;
        }
        return new Conference(name, fullName.orElse(name), acronym.orElse(name), theme, description, start, end, zone,
                organiser, hosts, venue, dayNames);
    }

    /** The optional {@code days:} list: a name for some days of the conference, e.g. "Workshops". */
    private static Map<LocalDate, String> dayNames(YamlMap y, LocalDate start, LocalDate end, Translations translations) {
        Map<LocalDate, String> names = new java.util.LinkedHashMap<>();
        for (YamlMap day : y.maps("days")) {
            day.rejectUnknown(translations.allowing(Set.of("date", "name")));
            LocalDate date = date(day, "date");
            if (date != null) {
                translations.read(day, "day", date.toString(), Translations.DAY);
            }
            String name = day.text("name");
            if (date == null || name == null) {
                continue;
            }
            if (start != null && end != null && (date.isBefore(start) || date.isAfter(end))) {
                day.problem("date", "day " + date + " is outside the conference (" + start + " to " + end + ")",
                        "name only days from start_date to end_date");
            } else if (names.putIfAbsent(date, name) != null) {
                day.problem("date", "day " + date + " is named twice", "keep one of them");
            }
        }
        return names;
    }

    private static Venue venue(YamlMap y, Translations translations) {
        y.rejectUnknown(translations.allowing(Set.of("name", "street_address", "postal_code", "city", "country",
                "country_code", "latitude", "longitude")));
        translations.read(y, "venue", "", Translations.VENUE);
        String name = y.text("name");
        String city = y.text("city");
        String country = y.text("country");
        String street = y.optText("street_address").orElse("");
        String postalCode = y.optText("postal_code").orElse("");
        String code = y.optText("country_code").orElse("");
        if (!code.isEmpty() && !code.matches("[A-Z]{2}")) {
            y.problem("country_code", "country_code must be two capital letters (ISO 3166-1)", "e.g. TW");
        }
        BigDecimal latitude = y.optDecimal("latitude", -90, 90).orElse(null);
        BigDecimal longitude = y.optDecimal("longitude", -180, 180).orElse(null);
        if (y.has("latitude") != y.has("longitude")) {
            y.problem(y.has("latitude") ? "latitude" : "longitude", "give both latitude and longitude, or neither", null);
        }
        return name == null || city == null || country == null ? null
                : new Venue(name, street, postalCode, city, country, code, latitude, longitude);
    }

    private static ZoneId zone(YamlMap y) {
        String text = y.text("time_zone");
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            y.problem("time_zone", "unknown time zone '" + text + "'", "use a tz database name such as Asia/Taipei");
            return null;
        }
    }

    /** A required YYYY-MM-DD field; null, with a problem recorded, when missing or malformed. */
    static LocalDate date(YamlMap y, String key) {
        String text = y.text(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            y.problem(key, "'" + key + "' is not a date: '" + text + "'", "write it as YYYY-MM-DD, e.g. 2024-06-13");
            return null;
        }
    }
}
