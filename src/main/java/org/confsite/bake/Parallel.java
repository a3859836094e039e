package org.confsite.bake;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Work over a list on every core, failing as the same work done in order would: when several
 * items fail, the failure of the first of them in list order is the one thrown, so a broken
 * build reports the same problem whatever the scheduling.
 */
final class Parallel {
    private Parallel() {
    }

    /** Runs {@code action} on each item, on all cores when {@code parallel}, else one after another. */
    static <T> void forEach(List<T> items, boolean parallel, Consumer<T> action) {
        if (!parallel) {
            items.forEach(action);
            return;
        }
        AtomicReferenceArray<RuntimeException> failures = new AtomicReferenceArray<>(items.size());
        IntStream.range(0, items.size()).parallel().forEach(i -> {
            try {
                action.accept(items.get(i));
            } catch (RuntimeException e) {
                failures.set(i, e);
            }
        });
        for (int i = 0; i < items.size(); i++) {
            if (failures.get(i) != null) {
                throw failures.get(i);
            }
        }
    }
}
