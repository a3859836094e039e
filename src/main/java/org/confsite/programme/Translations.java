package org.confsite.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confsite.yaml.YamlMap;

/**
 * Translated fields of the programme's entries. In a data file, an entry may carry, under the key
 * of another language of the site (its folder, e.g. {@code zh-tw}), some of its fields in that
 * language:
 *
 * <pre>
 * - id: lunch-1
 *   title: Lunch
 *   zh-tw:
 *     title: 午餐
 * </pre>
 *
 * A field not translated is shown in the main language. Which fields may be translated is listed
 * per kind of entry; any other key under a language is an error naming the ones allowed.
 */
public final class Translations {
    static final Set<String> SESSION = Set.of("title", "abstract", "description");
    static final Set<String> SPEAKER = Set.of("name", "affiliation", "country", "bio");
    static final Set<String> PAPER = Set.of("title", "abstract");
    static final Set<String> ROOM = Set.of("name", "building", "floor", "accessibility");
    static final Set<String> TRACK = Set.of("name");
    static final Set<String> CONFERENCE = Set.of("full_name", "theme", "description", "organiser", "hosts");
    static final Set<String> VENUE = Set.of("name", "street_address", "city", "country");
    static final Set<String> DAY = Set.of("name");

    /** language key, then "kind/id/field", then the text. */
    private final Map<String, Map<String, Object>> texts = new HashMap<>();
    private final Set<String> languages;

    Translations(Set<String> languages) {
        this.languages = Set.copyOf(languages);
    }

    /** None: a site in one language. */
    public static Translations none() {
        return new Translations(Set.of());
    }

    /** The language keys an entry may carry, to be allowed beside its own fields. */
    Set<String> keys() {
        return languages;
    }

    /** The keys of {@code y}'s fields and the site's language keys. */
    Set<String> allowing(Set<String> fields) {
        java.util.Set<String> all = new java.util.HashSet<>(fields);
        all.addAll(languages);
        return all;
    }

    /** Reads the translations of the entry {@code y} of {@code kind} (e.g. "session") with id {@code id}. */
    void read(YamlMap y, String kind, String id, Set<String> fields) {
        for (String language : languages) {
            if (!y.has(language)) {
                continue;
            }
            YamlMap translated = y.map(language).orElse(null);
            if (translated == null) {
                y.problem(language, "'" + language + "' must hold the translated fields, e.g. " + language + ": {"
                        + fields.stream().sorted().findFirst().orElse("name") + ": ...}", null);
                continue;
            }
            if (!translated.keys().isEmpty()) {
                translated.rejectUnknown(fields);
            }
            for (String field : fields) {
                if (!translated.has(field)) {
                    continue;
                }
                Object value = "hosts".equals(field) ? translated.textList(field) : translated.text(field);
                if (value != null) {
                    texts.computeIfAbsent(language, k -> new HashMap<>()).put(kind + "/" + id + "/" + field, value);
                }
            }
        }
    }

    /** The text of a field in {@code language}, or {@code fallback} (the main language's) when not translated. */
    String text(String language, String kind, String id, String field, String fallback) {
        Object t = texts.getOrDefault(language, Map.of()).get(kind + "/" + id + "/" + field);
        return t instanceof String s ? s : fallback;
    }

    @SuppressWarnings("unchecked")
    List<String> list(String language, String kind, String id, String field, List<String> fallback) {
        Object t = texts.getOrDefault(language, Map.of()).get(kind + "/" + id + "/" + field);
        return t instanceof List<?> l ? (List<String>) l : fallback;
    }

    /** Whether the field has a translation into {@code language}. */
    boolean has(String language, String kind, String id, String field) {
        return texts.getOrDefault(language, Map.of()).containsKey(kind + "/" + id + "/" + field);
    }
}
