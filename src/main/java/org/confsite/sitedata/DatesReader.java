package org.confsite.sitedata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confsite.yaml.DataFolder;
import org.confsite.yaml.YamlMap;

/**
 * Reads {@code data/dates.yaml}: the important dates, each a day or a period, placed against the
 * build's day (upcoming, now, past) and sorted by date. Problems go to the folder's
 * {@link org.confsite.error.Problems}, located at their line.
 */
final class DatesReader {
    static final String FILE = "dates.yaml";
    /** A key made from a text is cut to about this many characters, at a hyphen. */
    private static final int KEY_TEXT = 40;

    private final DataFolder folder;
    private final Entries entries;
    private final LocalDate today;

    DatesReader(DataFolder folder, Entries entries, LocalDate today) {
        this.folder = folder;
        this.entries = entries;
        this.today = today;
    }

    /** The dates, by first day, then last day, then as written; none when the file is missing. */
    List<ImportantDate> read() {
        List<YamlMap> list = folder.list(FILE, "dates");
        List<ImportantDate> out = new ArrayList<>();
        Map<String, YamlMap> keys = new HashMap<>();
        for (YamlMap y : list == null ? List.<YamlMap>of() : list) {
            ImportantDate d = entry(y);
            if (d == null) {
                continue;
            }
            YamlMap first = keys.putIfAbsent(d.key(), y);
            if (first == null) {
                out.add(d);
            } else if (y.has("id")) {
                y.problem("id", "duplicate id '" + d.key() + "'", "ids must be unique; rename one");
            } else {
                y.problem("another date above has the key '" + d.key() + "' this one's day and text make",
                        "give one of them an id: ..., its address in the page and its calendar UID");
            }
        }
        out.sort(Comparator.comparing(ImportantDate::date).thenComparing(ImportantDate::getLastDay));
        return out;
    }

    private ImportantDate entry(YamlMap y) {
        Localized tr = entries.check(y, Set.of("id", "what", "date", "end", "url"), Set.of("what"));
        String id = entries.id(y, false);
        // An entry that is not a mapping was reported as such; its fields are not missing one by one.
        boolean mapping = y.isMapping();
        if (mapping && !y.has("what")) {
            y.problem("missing required field 'what'", "say what happens on the date, e.g. what: Full paper submission deadline");
        }
        if (mapping && !y.has("date")) {
            y.problem("missing required field 'date'", "add the day as date: YYYY-MM-DD, e.g. date: 2024-01-15");
        }
        String what = y.has("what") ? y.text("what") : null;
        LocalDate date = y.has("date") ? entries.date(y, "date", true) : null;
        LocalDate end = entries.date(y, "end", false);
        String url = entries.web(y, "url");
        if (!url.isEmpty() && !isUri(url)) {
            y.problem("url", "'url' is not a web address a calendar can hold: '" + url + "'",
                    "write characters such as | { } ^ and spaces as %7C %7B %7D %5E %20");
            url = "";
        }
        if (date != null && end != null && end.isBefore(date)) {
            y.problem("end", "'end' (" + end + ") is before 'date' (" + date + ")",
                    "a period ends on or after its first day: correct one of the two dates");
            return null;
        }
        if (what == null || date == null || y.has("id") && id == null) {
            return null;
        }
        LocalDate last = end == null ? date : end;
        return new ImportantDate(id != null ? id : keyOf(date, what), what, date, end, url,
                ImportantDate.stateOn(date, last, today), tr);
    }

    /**
     * The key of a date written without an id: its day and its text as an ASCII slug
     * ({@code 2024-01-15-full-paper-submission-deadline}), the text cut at a hyphen after about
     * 40 characters; text with no Latin letter or digit is replaced by 8 hex digits of its
     * SHA-256. The same day and text always make the same key.
     */
    static String keyOf(LocalDate date, String what) {
        String slug = org.confsite.bake.Slugs.of(what);
        if (slug.length() > KEY_TEXT) {
            int cut = slug.indexOf('-', KEY_TEXT);
            slug = cut < 0 ? slug : slug.substring(0, cut);
        }
        return date + "-" + (slug.isEmpty() ? hash(what) : slug);
    }

    private static boolean isUri(String url) {
        try {
            new java.net.URI(url);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
