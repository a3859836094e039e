package org.confsite.init;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A value {@code init} needs: the option that gives it, the question asked for it on the console,
 * its default (null when it must be given) and its default for the fictional example site, and
 * the check that turns what was typed into the value written, or refuses it with a {@link BadValue}.
 */
public enum Question {
    NAME("name", "Short name, used in page titles (e.g. CivicConf 2027)", null, "Example Conference (fictional)",
            Question::text),
    FULL_NAME("full-name", "Full name (default: the short name)", "", "Example Conference on Civic Technology (fictional)",
            Question::text),
    START("start", "First day, YYYY-MM-DD", null, "2030-09-17", Question::date),
    END("end", "Last day, YYYY-MM-DD", null, "", Question::date),
    TIME_ZONE("time-zone", "Time zone, a tz database name (e.g. Europe/Berlin)", null, "UTC", Question::zone),
    CITY("city", "City", null, "Example City (fictional)", Question::text),
    COUNTRY("country", "Country", null, "Exampleland (fictional)", Question::text),
    VENUE("venue", "Venue (default: To be announced)", "To be announced", "Example Congress Centre (fictional)",
            Question::text),
    LANGUAGES("languages", "Languages, the main one first (default: en)", "en", "en", Question::languages),
    BASE_URL("base-url", "Address the site will be published at (default: an example.org address, to replace later)",
            "https://conference.example.org/", "https://conference.example.org/", Question::baseUrl),
    GENERATOR_REPOSITORY("generator-repository",
            "GitHub repository of the generator, owner/name, for the publishing workflow (default: none, set it later)", "", "",
            Question::repository);

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_TEXT = 200;

    private final String option;
    private final String prompt;
    private final String fallback;
    private final String exampleFallback;
    private final UnaryOperator<String> check;

    Question(String option, String prompt, String fallback, String exampleFallback, UnaryOperator<String> check) {
        this.option = option;
        this.prompt = prompt;
        this.fallback = fallback;
        this.exampleFallback = exampleFallback;
        this.check = check;
    }

    /** The option's name without dashes, e.g. {@code time-zone}; also its key in argparse4j's namespace with _ for -. */
    public String option() {
        return option;
    }

    public String prompt() {
        return prompt;
    }

    /** The value used when none is given ("" for one computed from others), or null when it must be given. */
    public String fallback(boolean example) {
        return example ? exampleFallback : fallback;
    }

    /** The value to write for what was given; a {@link BadValue} when it cannot be used. */
    public String check(String given) {
        return check.apply(given.strip());
    }

    static LocalDate parseDate(String text) {
        return LocalDate.parse(text, ISO_DATE);
    }

    private static String text(String value) {
        if (value.isEmpty()) {
            throw new BadValue("is empty", "give a value");
        }
        if (value.length() > MAX_TEXT) {
            throw new BadValue("is " + value.length() + " characters long", "keep it under " + MAX_TEXT + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new BadValue("contains a control character", "type it again on one line");
        }
        return value;
    }

    private static String date(String value) {
        try {
            return parseDate(value).toString();
        } catch (DateTimeParseException e) {
            throw new BadValue("'" + value + "' is not a date", "write it as YYYY-MM-DD, e.g. 2027-09-14");
        }
    }

    private static String zone(String value) {
        try {
            if (value.contains("/") || value.equals("UTC")) {
                return ZoneId.of(value).getId();
            }
        } catch (DateTimeException e) {
            // Said below, with the others.
        }
        throw new BadValue("unknown time zone '" + value + "'",
                "use a tz database name such as Europe/Berlin or America/Chicago");
    }

    private static String languages(String value) {
        StarterLanguage.parse(value, Theme.bundles());
        return value.replace(" ", "");
    }

    private static String baseUrl(String value) {
        try {
            URI uri = new URI(value);
            boolean web = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null
                    && !value.contains("\"") && !value.contains("\\");
            if (web) {
                return value.endsWith("/") ? value : value + "/";
            }
        } catch (URISyntaxException e) {
            // Said below.
        }
        throw new BadValue("'" + value + "' is not a web address",
                "write it as https://host/path/, e.g. https://conference.example.org/");
    }

    private static String repository(String value) {
        if (value.isEmpty() || value.matches("[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}")) {
            return value;
        }
        throw new BadValue("'" + value + "' is not a GitHub repository", "write it as owner/name");
    }
}
