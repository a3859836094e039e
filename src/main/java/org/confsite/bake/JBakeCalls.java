package org.confsite.bake;

import org.confsite.error.SiteException;

/** Calls into JBake, whose methods throw {@code Exception}: our located problems come back out as they were. */
final class JBakeCalls {
    private JBakeCalls() {
    }

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    static void run(Call call) {
        try {
            call.run();
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SiteException site) {
                    throw site;
                }
            }
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
