package org.confsite.importer.easychair;

import com.ibm.icu.text.Transliterator;
import java.util.HashSet;
import java.util.Set;
import org.confsite.bake.Slugs;

/**
 * Ids for imported entries: lowercase ASCII slugs (Chinese in pinyin, accents dropped), at most
 * {@link #MAX_LENGTH} characters cut at a word boundary, unique among those this instance gave out
 * ({@code -2}, {@code -3} ... on a clash). One instance per kind of entry, as ids are unique per file.
 */
final class Ids {
    static final int MAX_LENGTH = 50;

    private final Transliterator latin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private final Set<String> taken = new HashSet<>();

    /** A new id from {@code text}, or from {@code fallback} when the text gives no ASCII letters or digits. */
    String allocate(String text, String fallback) {
        String base = shorten(slug(text));
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private String slug(String text) {
        boolean latinOnly = text.codePoints().allMatch(c -> c < 0x250 || !Character.isLetter(c));
        return Slugs.of(latinOnly ? text : latin.transliterate(text));
    }

    static String shorten(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
    }
}
