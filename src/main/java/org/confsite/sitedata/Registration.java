package org.confsite.sitedata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How to register, from {@code data/registration.yaml}: where (url), from and until when (either
 * may be null), a note in Markdown, and the prices if given. {@code state} is the registration's
 * state on the build's day: not yet open, open, or closed.
 */
public record Registration(String url, LocalDate opens, LocalDate closes, String note, List<Price> prices,
        State state, Localized tr) {
    public enum State {
        NOT_YET_OPEN, OPEN, CLOSED;

        /** For templates: {@code registration.state.key}, e.g. "open". */
        public String getKey() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Registration {
        prices = List.copyOf(prices);
    }

    /**
     * A price: what it is for, the amount and its currency (ISO 4217, e.g. TWD), and optionally the
     * last day it applies (an early rate); {@code ended} when that day was before the build's.
     */
    public record Price(String label, BigDecimal amount, String currency, LocalDate until, String note, boolean ended,
            Localized tr) {
        Price in(String key) {
            return new Price(tr.get(key, "label", label), amount, currency, until, tr.get(key, "note", note), ended, tr);
        }
    }

    /** The state on {@code today}. */
    static State stateOn(LocalDate opens, LocalDate closes, LocalDate today) {
        if (opens != null && today.isBefore(opens)) {
            return State.NOT_YET_OPEN;
        }
        return closes != null && today.isAfter(closes) ? State.CLOSED : State.OPEN;
    }

    Registration in(String key) {
        return new Registration(url, opens, closes, tr.get(key, "note", note), prices.stream().map(p -> p.in(key)).toList(),
                state, tr);
    }
}
