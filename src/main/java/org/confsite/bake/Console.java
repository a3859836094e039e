package org.confsite.bake;

import java.io.PrintStream;
import java.util.function.Function;
import java.util.function.Supplier;

/** One line per build phase, e.g. {@code   data      14 sessions, 2 speakers (35 ms)}. */
public final class Console {
    private final PrintStream out;

    public Console(PrintStream out) {
        this.out = out;
    }

    /** A console that prints nothing, for tests and embedding. */
    public static Console silent() {
        return new Console(new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    public <T> T timed(String phase, Supplier<T> work, Function<T, String> summary) {
        long start = System.nanoTime();
        T result = work.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.printf("  %-9s %s (%d ms)%n", phase, summary.apply(result), ms);
        return result;
    }
}
