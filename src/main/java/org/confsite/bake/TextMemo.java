package org.confsite.bake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A function of a page's text whose results a {@code serve} session carries from one build to
 * the next: a build works out only the texts the last build did not have (the page just edited),
 * and hands on the results it used, so that what the session keeps never outgrows one build.
 */
final class TextMemo {
    private final UnaryOperator<String> work;
    private Map<String, String> last = Map.of();

    TextMemo(UnaryOperator<String> work) {
        this.work = work;
    }

    /** One build's use, answered from the last build's results where it can be; safe on every core. */
    synchronized Round round() {
        return new Round(last);
    }

    /** The results of one build. */
    final class Round implements UnaryOperator<String> {
        private final Map<String, String> before;
        private final Map<String, String> used = new ConcurrentHashMap<>();

        private Round(Map<String, String> before) {
            this.before = before;
        }

        @Override
        public String apply(String text) {
            return used.computeIfAbsent(text, t -> before.containsKey(t) ? before.get(t) : work.apply(t));
        }

        /** Hands this build's results to the next build. */
        void keep() {
            synchronized (TextMemo.this) {
                last = Map.copyOf(used);
            }
        }
    }
}
