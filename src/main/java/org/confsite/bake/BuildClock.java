package org.confsite.bake;

import java.time.Instant;

/**
 * The build's "now": {@code SOURCE_DATE_EPOCH} when set (reproducible builds), else the clock.
 * It decides which future-dated posts are due, and it is the calendars' DTSTAMP, LAST-MODIFIED
 * and SEQUENCE; pages carry no timestamp of their own.
 */
public final class BuildClock {
    private BuildClock() {
    }

    public static Instant now() {
        return fromEnvironment(System.getenv("SOURCE_DATE_EPOCH"), Instant.now());
    }

    static Instant fromEnvironment(String sourceDateEpoch, Instant fallback) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return fallback;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        } catch (NumberFormatException e) {
            throw new org.confsite.error.SiteException(org.confsite.error.Problem.inFile("SOURCE_DATE_EPOCH",
                    "is not a number of seconds: '" + sourceDateEpoch + "'", "unset it or give seconds since 1970"));
        }
    }
}
