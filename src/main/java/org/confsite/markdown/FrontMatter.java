package org.confsite.markdown;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confsite.config.Language;
import org.confsite.yaml.Suggest;
import org.confsite.yaml.YamlMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML front matter of a page or news post, checked: {@code title} required, {@code status}
 * published or draft, {@code type} one the site has templates for, {@code date} read in the
 * conference's time zone (a date alone is midnight there). Other keys pass to templates as-is.
 */
public final class FrontMatter {
    static final Set<String> STATUSES = Set.of("published", "draft");
    /**
     * On a post written in one language only ({@code lang: zh-TW}): the folder of that language
     * ("" for the main one). Such a post is published in that language and in no other.
     */
    public static final String ONLY_IN = "only_in";
    /**
     * On a post that no other language has a translation of yet: set by the build with
     * {@link #ONLY_IN}, so that the post is published in the main language only, until its translation comes.
     */
    public static final String AWAITING_TRANSLATION = "awaiting_translation";
    /** A post's authors: a list of names, however many the editor wrote ({@code author: A} or a list). */
    public static final String AUTHOR = "author";
    /** Keys with a meaning here. */
    private static final Set<String> KNOWN = Set.of("title", "type", "status", "date", "tags", "summary", "slug", "lang",
            AUTHOR);
    /**
     * Every key a page may have: the known ones, {@code sources} (a post's sources, shown under it)
     * and {@code params}, a mapping of a theme's own values, unchecked. Any other key is passed to
     * templates as it is, with a warning, since it is most often a misspelling.
     */
    static final Set<String> FIELDS = Set.of("title", "type", "status", "date", "tags", "summary", "slug", "sources",
            "params", "lang", AUTHOR);
    /** Keys the build sets itself. */
    private static final Set<String> INTERNAL = Set.of("uri", "sourceuri", "body", "rootpath", "file", "sha1",
            "rendered", "cached", "noExtensionUri", "previousContent", "nextContent", ONLY_IN,
            AWAITING_TRANSLATION);

    private FrontMatter() {
    }

    /** The fields as JBake document values; problems go to {@code y.problems()}. */
    public static Map<String, Object> read(YamlMap y, ZoneId zone, String defaultType, Set<String> types) {
        return read(y, zone, defaultType, types, false);
    }

    /** @param translation whether the file translates a page, whose date it takes when it gives none */
    public static Map<String, Object> read(YamlMap y, ZoneId zone, String defaultType, Set<String> types,
            boolean translation) {
        return read(y, zone, defaultType, types, translation, List.of());
    }

    /** @param languages the site's languages, the main one first, one of which a post may be written in only */
    public static Map<String, Object> read(YamlMap y, ZoneId zone, String defaultType, Set<String> types,
            boolean translation, List<Language> languages) {
        Map<String, Object> out = new LinkedHashMap<>();
        String title = y.text("title");
        if (title != null) {
            out.put("title", title);
        }
        String type = y.optText("type").orElse(defaultType);
        if (!types.contains(type)) {
            String near = Suggest.nearest(type, types);
            y.problem("type", "unknown type '" + type + "'",
                    near != null ? "did you mean '" + near + "'?"
                            : "use one of " + String.join(", ", types.stream().sorted().toList()));
        }
        out.put("type", type);
        String status = y.optText("status").orElse("published");
        if (!STATUSES.contains(status)) {
            y.problem("status", "status must be published or draft, not '" + status + "'", null);
        }
        out.put("status", status);
        y.optText("date").ifPresent(text -> {
            Date date = parseDate(text, zone);
            if (date == null) {
                y.problem("date", "'date' is not a date: '" + text + "'",
                        "write YYYY-MM-DD, or YYYY-MM-DD HH:MM in the conference's time zone");
            } else {
                out.put("date", date);
            }
        });
        if ("post".equals(type) && !y.has("date") && !translation) {
            y.problem("a news post needs a 'date'", "add date: YYYY-MM-DD");
        }
        out.put("tags", y.textList("tags").toArray(new String[0]));
        y.optText("summary").ifPresent(s -> out.put("summary", s));
        y.optText("slug").ifPresent(s -> out.put("slug", s));
        if (y.has("sources")) {
            checkSources(y);
        }
        y.optText("lang").ifPresent(code -> onlyIn(y, code, type, translation, languages)
                .ifPresent(folder -> out.put(ONLY_IN, folder)));
        if (y.has(AUTHOR)) {
            out.put(AUTHOR, authors(y));
        }
        for (String key : y.keys()) {
            if (INTERNAL.contains(key)) {
                y.problem(key, "'" + key + "' is set by the build and cannot be given here", "remove this line");
            } else if (!KNOWN.contains(key)) {
                y.node(key).ifPresent(n -> out.put(key, plain(n)));
            }
        }
        return out;
    }

    /**
     * {@code lang}: the language a post is written in, when it is in that one only: the folder of
     * one of the site's languages, named by its tag, folder or locale in any case.
     */
    private static java.util.Optional<String> onlyIn(YamlMap y, String code, String type, boolean translation,
            List<Language> languages) {
        if (translation) {
            y.problem("lang", "a translation cannot say its language",
                    "remove the lang: line; a translation is in the language its file name says");
            return java.util.Optional.empty();
        }
        if (!"post".equals(type)) {
            y.problem("lang", "only a news post can be written in one language",
                    "remove the lang: line; a page is published in every language (translate it in a file beside it)");
            return java.util.Optional.empty();
        }
        java.util.Optional<Language> named = languages.stream().filter(l -> l.isNamedBy(code)).findFirst();
        if (named.isEmpty()) {
            y.problem("lang", "'" + code + "' is not a language of this site",
                    languages.isEmpty() ? "remove the lang: line"
                    : "this site's languages are " + String.join(", ", languages.stream().map(Language::shownAs).toList())
                    + "; write one of them, or remove the line to publish the post in every language");
        }
        return named.map(Language::folder);
    }

    /** {@code author}: a name, or a list of names; each a single line of text. */
    private static List<String> authors(YamlMap y) {
        if (y.node(AUTHOR).get() instanceof ScalarNode) {
            return y.optText(AUTHOR).map(List::of).orElseGet(() -> {
                y.problem(AUTHOR, "'author' is empty", "write a name, or a list of names: author: [Ada Lovelace, Lin Hui-yin]");
                return List.of();
            });
        }
        List<String> names = new ArrayList<>();
        for (YamlMap.Item item : y.items(AUTHOR)) {
            if (item.text().contains("\n")) {
                y.problems().add(y.at(item.node(), "an author's name is one line", "write each name as an item of the list"));
            } else {
                names.add(item.text());
            }
        }
        return List.copyOf(names);
    }

    /** {@code sources}: a list of {title, publisher?, url?}, shown under a post. */
    private static void checkSources(YamlMap y) {
        if (!(y.node("sources").get() instanceof SequenceNode)) {
            y.problem("sources", "'sources' must be a list of {title: ..., publisher: ...}", null);
            return;
        }
        for (YamlMap source : y.maps("sources")) {
            source.rejectUnknown(Set.of("title", "publisher", "url"));
            source.text("title");
            source.optText("url").filter(u -> !u.matches("https?://\\S+")).ifPresent(u ->
                    source.problem("url", "'url' must be an absolute http(s) address", null));
        }
    }

    /**
     * A warning for each key that is no field of a page ({@code 'sumary' is not a field; did you
     * mean 'summary'?}): templates never read it, so it is most often a misspelling.
     */
    public static List<org.confsite.error.Problem> unknownFields(YamlMap y) {
        List<org.confsite.error.Problem> warnings = new ArrayList<>();
        for (String key : y.keys()) {
            if (!FIELDS.contains(key) && !INTERNAL.contains(key)) {
                String near = Suggest.nearest(key, FIELDS);
                warnings.add(y.at(y.keyNode(key), "'" + key + "' is not a field" + (near != null
                        ? "; did you mean '" + near + "'?" : ""), near != null ? null
                        : "the fields are " + String.join(", ", FIELDS.stream().sorted().toList())
                        + "; put a theme's own values under params:"));
            }
        }
        return warnings;
    }

    static Date parseDate(String text, ZoneId zone) {
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                return Date.from(LocalDate.parse(t).atStartOfDay(zone).toInstant());
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return Date.from(OffsetDateTime.parse(t.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant());
            }
            return Date.from(LocalDateTime.parse(t).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A YAML node as String, List or Map, for templates. */
    static Object plain(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            seq.getValue().forEach(n -> list.add(plain(n)));
            return list;
        }
        if (node instanceof MappingNode map) {
            Map<String, Object> m = new LinkedHashMap<>();
            map.getValue().forEach(t -> m.put(String.valueOf(plain(t.getKeyNode())), plain(t.getValueNode())));
            return m;
        }
        return null;
    }
}
