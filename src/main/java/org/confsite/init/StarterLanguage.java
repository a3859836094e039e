package org.confsite.init;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A language of a new site, as {@code site.yaml} lists it: its tag, the folder of its pages (none
 * for the main language), the theme's message bundle and the starter pages written in it.
 *
 * <p>A language is accepted only when both the theme has its interface text and {@code init} has
 * starter pages in it: a site whose menu and headings could not be shown in one of its languages
 * would not build, and quietly leaving a language out would give the editor a site they did not
 * ask for.
 */
public record StarterLanguage(String tag, String folder, String messages, boolean main) {
    /** The languages {@code init} has starter pages in, by the theme's bundle name. */
    static final Set<String> STARTER_TEXT = Set.of("en", "zh_TW");

    /** The languages of {@code --languages}, e.g. {@code en,zh-tw}, the first the main one. */
    public static List<StarterLanguage> parse(String list, Set<String> themeBundles) {
        List<StarterLanguage> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String given : list.split(",", -1)) {
            String text = given.strip();
            Locale locale;
            try {
                locale = new Locale.Builder().setLanguageTag(text).build();
            } catch (IllformedLocaleException e) {
                throw new BadValue("'" + text + "' is not a language tag",
                        "write BCP 47 tags separated by commas, e.g. en,zh-tw");
            }
            String tag = locale.toLanguageTag();
            if (locale.getLanguage().isEmpty() || !seen.add(tag.toLowerCase(Locale.ROOT))) {
                throw new BadValue(locale.getLanguage().isEmpty() ? "'" + text + "' names no language"
                        : "language '" + text + "' is given twice", "write each language once, e.g. en,zh-tw");
            }
            String messages = bundle(locale, themeBundles);
            if (messages == null || !STARTER_TEXT.contains(messages)) {
                throw new BadValue("the theme has no interface text in '" + text + "'", "use "
                        + String.join(" or ", available(themeBundles)) + "; a language is added to a site by"
                        + " giving it a message bundle (see docs/theming.md in the generator)");
            }
            out.add(new StarterLanguage(tag, out.isEmpty() ? "" : tag.toLowerCase(Locale.ROOT), messages, out.isEmpty()));
        }
        return List.copyOf(out);
    }

    /** The theme's bundle for a language: language_COUNTRY, else the language alone. */
    private static String bundle(Locale locale, Set<String> themeBundles) {
        String language = locale.getLanguage();
        String withCountry = language + "_" + locale.getCountry();
        if (!locale.getCountry().isEmpty() && themeBundles.contains(withCountry)) {
            return withCountry;
        }
        return themeBundles.contains(language) ? language : null;
    }

    /** The tags that are accepted, written as an editor would, e.g. en, zh-tw. */
    private static List<String> available(Set<String> themeBundles) {
        return themeBundles.stream().filter(STARTER_TEXT::contains).sorted()
                .map(b -> b.replace('_', '-').toLowerCase(Locale.ROOT)).toList();
    }

    /** This language as an entry of {@code languages:} in {@code site.yaml}. */
    String siteYamlEntry() {
        return "  - {tag: " + tag + (main ? "" : ", folder: " + folder) + ", messages: " + messages + ", locale: " + tag
                + "}";
    }
}
