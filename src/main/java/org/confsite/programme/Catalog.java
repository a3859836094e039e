package org.confsite.programme;

import java.util.Map;
import java.util.Set;

/**
 * The valid entries of one kind by id, plus every id that was written at all: a reference to
 * an entry that is itself broken is not reported again. {@code complete} is false when the
 * file could not be parsed, and then references to that kind are not checked.
 */
record Catalog<T>(Map<String, T> items, Set<String> declared, boolean complete) {
    boolean knows(String id) {
        return !complete || declared.contains(id);
    }
}
