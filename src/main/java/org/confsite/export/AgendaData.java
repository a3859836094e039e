package org.confsite.export;

import java.time.format.DateTimeFormatter;
import org.confsite.programme.Programme;
import org.confsite.programme.Session;

/**
 * What the "My agenda" page needs to list, check and export a visitor's sessions in the
 * browser, per language: each session's title, times (with the conference's offset), room, page
 * and the UID the site's own calendars give it, so that an agenda exported from the browser and
 * the site's calendar files describe the same events. Written as a script
 * ({@code window.confsiteSessions = ...}) so that it also works from a site opened from disk.
 */
public final class AgendaData {
    public static final String FILE = "agenda-data.js";

    private AgendaData() {
    }

    /**
     * @param baseUrl  the site's address, from which the UIDs are made (as in the calendars)
     * @param pagesUrl where the pages of this language are
     */
    public static byte[] script(Programme programme, String baseUrl, String pagesUrl) {
        StableIds ids = new StableIds(baseUrl);
        return ScriptData.of("confsiteSessions", g -> {
            g.writeStartObject();
            g.writeStringField("zone", programme.getConference().timeZone().getId());
            g.writeStringField("name", programme.getConference().name());
            g.writeObjectFieldStart("sessions");
            for (Session s : programme.getSessions()) {
                g.writeObjectFieldStart(s.id());
                g.writeStringField("t", s.title());
                g.writeStringField("d", s.date().toString());
                if (s.isTimed()) {
                    g.writeStringField("s", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.start()));
                    g.writeStringField("e", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.end()));
                }
                g.writeStringField("r", s.room() == null ? "" : s.room().name());
                g.writeStringField("u", s.page());
                g.writeStringField("url", pagesUrl + s.page());
                g.writeStringField("uid", ids.uid(s.id()));
                g.writeBooleanField("sample", s.isIllustrative());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }
}
