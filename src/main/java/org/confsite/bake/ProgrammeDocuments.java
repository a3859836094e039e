package org.confsite.bake;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.confsite.programme.Paper;
import org.confsite.programme.Programme;
import org.confsite.programme.Session;
import org.confsite.programme.SessionKind;
import org.confsite.programme.Speaker;
import org.confsite.programme.Track;
import org.jbake.model.DocumentModel;

/**
 * Turns each session, person and paper, and each kind and track of the programme's filters, into
 * a JBake document, so that it is rendered by JBake's renderer with its own template, like any
 * page, and listed in the sitemap.
 */
public final class ProgrammeDocuments {
    public static final String SESSION_TYPE = "session";
    public static final String SPEAKER_TYPE = "speaker";
    public static final String PAPER_TYPE = "paper";
    /** A programme page showing one kind or one track only. */
    public static final String FILTER_TYPE = "filter";

    private ProgrammeDocuments() {
    }

    public static List<DocumentModel> create(Programme programme) {
        List<DocumentModel> docs = new ArrayList<>();
        for (Session s : programme.getSessions()) {
            DocumentModel d = base(SESSION_TYPE, s.page(), s.title());
            d.put(SESSION_TYPE, s.id());
            var when = s.isTimed() ? s.start() : s.date().atStartOfDay(programme.getConference().timeZone());
            d.setDate(Date.from(when.toInstant()));
            docs.add(d);
        }
        for (Speaker p : programme.getSpeakers()) {
            DocumentModel d = base(SPEAKER_TYPE, p.page(), p.name());
            d.put(SPEAKER_TYPE, p.id());
            docs.add(d);
        }
        for (Paper p : programme.getPapers()) {
            DocumentModel d = base(PAPER_TYPE, p.page(), p.title());
            d.put(PAPER_TYPE, p.id());
            docs.add(d);
        }
        for (SessionKind kind : programme.getKindsInUse()) {
            DocumentModel d = base(FILTER_TYPE, kind.page(), kind.id());
            d.put("kind", kind.id());
            d.setRootPath("../../");
            docs.add(d);
        }
        for (Track track : programme.getTracksInUse()) {
            DocumentModel d = base(FILTER_TYPE, track.page(), track.name());
            d.put("track", track.id());
            d.setRootPath("../../");
            docs.add(d);
        }
        return docs;
    }

    /** A published document made from no file, one folder deep (its root path is "../"). */
    static DocumentModel base(String type, String uri, String title) {
        DocumentModel d = DocumentModel.createDefaultDocumentModel();
        d.setType(type);
        d.setUri(uri);
        d.setSourceUri(uri);
        d.setTitle(title);
        d.setStatus("published");
        d.setSha1("");
        d.setRootPath("../");
        d.setTags(new String[0]);
        return d;
    }
}
