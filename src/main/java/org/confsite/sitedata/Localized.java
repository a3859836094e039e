package org.confsite.sitedata;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.confsite.yaml.YamlMap;

/**
 * The fields of one entry written in the site's other languages: under the key of a language
 * (its folder, e.g. {@code zh-tw}) an entry may give some of its fields again, translated. A
 * field not translated is shown in the main language.
 *
 * @param texts language key, then field, then the text
 */
public record Localized(Map<String, Map<String, String>> texts) {
    public static final Localized NONE = new Localized(Map.of());

    public Localized {
        texts = Map.copyOf(texts);
    }

    /** The field in {@code language}, or {@code fallback} (the main language's text) when not translated. */
    public String get(String language, String field, String fallback) {
        return texts.getOrDefault(language, Map.of()).getOrDefault(field, fallback);
    }

    /** Whether the field is written in {@code language} ("" is the main language: always). */
    public boolean has(String language, String field) {
        return language.isEmpty() || texts.getOrDefault(language, Map.of()).containsKey(field);
    }

    /** Reads the translations of {@code y}: only {@code fields} may be translated, any other key is a problem. */
    static Localized read(YamlMap y, Set<String> languages, Set<String> fields) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (String language : languages) {
            if (!y.has(language)) {
                continue;
            }
            boolean mapping = y.node(language).orElseThrow() instanceof org.yaml.snakeyaml.nodes.MappingNode;
            YamlMap translated = mapping ? y.map(language).orElseThrow() : null;
            if (translated == null || translated.keys().isEmpty()) {
                y.problem(language, "'" + language + "' must hold translated fields, e.g. " + language + ": {"
                        + fields.stream().sorted().findFirst().orElse("name") + ": ...}",
                        "the fields that may be translated here: " + String.join(", ", fields.stream().sorted().toList()));
                continue;
            }
            translated.rejectUnknown(fields);
            Map<String, String> texts = new HashMap<>();
            for (String field : fields) {
                translated.optText(field).ifPresent(t -> texts.put(field, t));
            }
            out.put(language, texts);
        }
        return out.isEmpty() ? NONE : new Localized(out);
    }
}
