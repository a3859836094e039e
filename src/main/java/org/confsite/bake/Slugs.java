package org.confsite.bake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** ASCII slugs for file names and URLs, whatever the language of the source. */
public final class Slugs {
    private Slugs() {
    }

    /**
     * Lowercase ASCII letters, digits and single hyphens: accents are dropped ("Café" → "cafe"),
     * other characters become hyphens. Text with no Latin letters or digits gives "".
     */
    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** As {@link #of}, with Chinese (and other scripts ICU knows) first written in Latin letters: 陳惠敏 → "chen-hui-min". */
    public static String transliterated(String text) {
        boolean latin = text.codePoints().allMatch(c -> c < 0x250 || !Character.isLetter(c));
        return of(latin ? text : Latin.transliterate(text));
    }

    /**
     * Starts making the transliterator, and its rules for Chinese characters, on a thread of its
     * own (once per process), so that the first slug of a Chinese tag need not wait for them:
     * making them parses ICU's rules, which takes far longer than using them (docs/benchmark.md).
     */
    public static void prepareInBackground() {
        if (PREPARING.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> Latin.transliterate("\u4E2D"), "slugs-transliterator");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    /** Made once, when first needed: making it parses ICU's rules for every script, which takes longer than using it. */
    private static final class Latin {
        private static final com.ibm.icu.text.Transliterator TO_ASCII =
                com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII");

        /** One at a time: a transliterator is not documented as safe to share between threads. */
        static synchronized String transliterate(String text) {
            return TO_ASCII.transliterate(text);
        }
    }

    public static boolean isSlug(String text) {
        return text.matches("[a-z0-9]+(?:-[a-z0-9]+)*");
    }
}
