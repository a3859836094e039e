package org.confsite.error;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while reading sources, then fails once with all of them. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws a {@link SiteException} with everything collected, if anything was. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new SiteException(list);
        }
    }
}
