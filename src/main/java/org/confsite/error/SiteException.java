package org.confsite.error;

import java.util.List;

/**
 * The sources cannot be built as they are. Carries every problem found, so an editor fixes them
 * all in one round; the command line prints them one per line, without a stack trace.
 */
public class SiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SiteException(List<Problem> problems) {
        super(problems.isEmpty() ? "build failed" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public SiteException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
