package org.confsite.programme;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of session a programme may hold; each has a label in the message bundle. */
public enum SessionKind {
    KEYNOTE, TALK, PAPER, PANEL, POSTER, DOCTORAL, DEMO, WORKSHOP, TUTORIAL, FORUM, CEREMONY, SOCIAL, VISIT, BREAK;

    /** The value written in YAML, e.g. {@code keynote}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The programme filtered to this kind, e.g. {@code programme/kind/keynote.html}. */
    public String page() {
        return Pages.kind(id());
    }

    /** The message key of the kind's label, e.g. {@code kind.keynote}. */
    public String messageKey() {
        return "kind." + id();
    }

    public static Optional<SessionKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(SessionKind::id).toList();
    }
}
