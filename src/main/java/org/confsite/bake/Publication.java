package org.confsite.bake;

import java.time.Instant;
import org.jbake.model.DocumentModel;

/** Which documents are published: not drafts, and not dated after the build's "now". */
public final class Publication {
    public enum State { PUBLISHED, DRAFT, SCHEDULED }

    private Publication() {
    }

    public static State of(DocumentModel doc, Instant now) {
        if (!"published".equals(doc.getStatus())) {
            return State.DRAFT;
        }
        if (doc.getDate() != null && doc.getDate().toInstant().isAfter(now)) {
            return State.SCHEDULED;
        }
        return State.PUBLISHED;
    }
}
