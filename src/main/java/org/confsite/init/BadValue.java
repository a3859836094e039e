package org.confsite.init;

/** A value given to {@code init} that cannot be used: what is wrong, and what to give instead. */
public final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    BadValue(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
