package org.confsite.template;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * Dates and times for templates, always in the conference's time zone whatever the JVM's, in
 * patterns taken from the message bundle ({@code format.*} keys) so each language has its own.
 * Accepts {@link Date} (JBake documents), {@link LocalDate} and {@link ZonedDateTime}.
 */
public final class Formats {
    private final ZoneId zone;
    private final String zoneLabel;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateShort;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;
    private final java.util.Locale locale;

    /**
     * @param zone      the conference's time zone
     * @param reference an instant of the conference, at which the zone's offset is shown
     */
    public Formats(ZoneId zone, Instant reference, Messages messages) {
        this.zone = zone;
        String offset = zone.getRules().getOffset(reference).getId();
        this.zoneLabel = messages.get("format.zone", java.util.List.of(zone.getId(), "Z".equals(offset) ? "" : offset));
        this.date = pattern(messages, "format.date");
        this.dateShort = pattern(messages, "format.dateShort");
        this.time = pattern(messages, "format.time");
        this.day = pattern(messages, "format.day");
        this.locale = messages.locale();
    }

    /**
     * An amount in a currency as the page's language writes it: e.g. "NT$3,000" in {@code en-GB},
     * "$3,000" in {@code zh-TW} (there the dollar is the New Taiwan dollar), "US$450.50"; no
     * fraction when the amount is whole.
     */
    public String money(Object amount, String currency) {
        java.math.BigDecimal value = amount instanceof java.math.BigDecimal b ? b : new java.math.BigDecimal(amount.toString());
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance(currency));
        if (value.stripTrailingZeros().scale() <= 0) {
            format.setMaximumFractionDigits(0);
            format.setMinimumFractionDigits(0);
        }
        return format.format(value);
    }

    private DateTimeFormatter pattern(Messages messages, String key) {
        return DateTimeFormatter.ofPattern(messages.get(key, java.util.List.of()), messages.locale()).withZone(zone);
    }

    /** e.g. "Thursday 13 June 2024". */
    public String date(Object value) {
        return date.format(temporal(value));
    }

    /** e.g. "13 June". */
    public String dateShort(Object value) {
        return dateShort.format(temporal(value));
    }

    /** e.g. "18:30". */
    public String time(Object value) {
        return time.format(temporal(value));
    }

    /** A day of the programme, short, with its weekday: e.g. "Thu 13 June", "6月13日（四）". */
    public String day(Object value) {
        return day.format(temporal(value));
    }

    /** ISO 8601 date, e.g. "2024-06-13", for {@code <time datetime>}. */
    public String isoDate(Object value) {
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone).format(temporal(value));
    }

    /** RFC 3339 timestamp with the conference's offset, e.g. "2024-06-13T18:30:00+08:00". */
    public String isoDateTime(Object value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(toZoned(value));
    }

    /** The zone's name and its offset during the conference, e.g. "Asia/Taipei, UTC+08:00". */
    public String zoneLabel() {
        return zoneLabel;
    }

    private ZonedDateTime toZoned(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(zone);
        }
        throw new IllegalArgumentException("not a date: " + value);
    }

    private TemporalAccessor temporal(Object value) {
        return value instanceof LocalDate d ? d : toZoned(value);
    }
}
