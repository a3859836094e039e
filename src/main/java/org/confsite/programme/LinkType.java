package org.confsite.programme;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a link of a session, paper or person leads to. {@link #LINK}, the default, is any page;
 * the others say what the visitor will find there, and each is checked for the addresses it
 * allows ({@link Fields#links}). Pages show a typed link with its type's label, and without a
 * title of its own it is named by its type's default title in the page's language.
 */
public enum LinkType {
    LINK, VIDEO, SLIDES, PAPER, DOI, CODE;

    /** How data files write the type, e.g. {@code video}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the type's label, e.g. {@code link.type.video} ("Recording"). */
    public String messageKey() {
        return "link.type." + id();
    }

    /** The message key of a link's title when it has none of its own; its argument is the link's address. */
    public String titleKey() {
        return "link.title." + id();
    }

    public static Optional<LinkType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(LinkType::id).toList();
    }
}
