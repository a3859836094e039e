package org.confsite.config;

import java.util.Locale;

/**
 * One language the site is published in.
 *
 * @param tag      the language as HTML and search engines name it (BCP 47), e.g. {@code en} or
 *                 {@code zh-Hant-TW}: the pages' {@code lang}, {@code hreflang} and feed language
 * @param folder   where its pages are, e.g. {@code zh-tw} for {@code /zh-tw/about.html}, and the
 *                 suffix of its translations ({@code content/about.zh-tw.md}); "" for the main
 *                 language, whose pages are at the root
 * @param messages the name of its interface text: {@code templates/i18n/messages_<messages>.properties}
 * @param locale   how its dates and numbers are written
 */
public record Language(String tag, String folder, String messages, Locale locale) {

    public boolean isMain() {
        return folder.isEmpty();
    }

    /** The site path of page {@code path} (as the main language names it) in this language. */
    public String path(String path) {
        return isMain() ? path : folder + "/" + path;
    }

    /** The key of a translated field in data files and the suffix of translated pages: the folder. */
    public String key() {
        return folder;
    }

    /**
     * What an editor may write to name this language ({@code lang:} in a post), in any case: its
     * tag, its folder and its locale, e.g. {@code zh-Hant-TW}, {@code zh-tw}, {@code zh-TW}.
     */
    public boolean isNamedBy(String code) {
        String c = code.strip();
        return c.equalsIgnoreCase(tag) || (!folder.isEmpty() && c.equalsIgnoreCase(folder))
                || c.equalsIgnoreCase(locale.toLanguageTag());
    }

    /** How a message names it: its tag, with its folder when that differs ({@code zh-Hant-TW (zh-tw)}). */
    public String shownAs() {
        return folder.isEmpty() || folder.equalsIgnoreCase(tag) ? tag : tag + " (" + folder + ")";
    }
}
