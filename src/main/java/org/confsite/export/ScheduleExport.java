package org.confsite.export;

import org.confsite.programme.Conference;
import org.confsite.programme.Programme;

/**
 * The programme in the conference schedule exchange format (c3voc / frab): {@code schedule.xml}
 * and {@code schedule.json}, as read by conference apps such as Giggity, EventFahrplan, ConfClerk
 * and pyfahrplan. The output depends only on the programme and the arguments, so it is the same
 * on every build; ids and guids come from {@link StableIds} and survive a change of time or room.
 *
 * <ul>
 * <li>Only sessions with a time are exported: the format cannot place the others.</li>
 * <li>Every conference day is a {@code day}; its start and end are those of its first and last
 * session, and 00:00 to 23:59 for a day without timed sessions.</li>
 * <li>Sessions without a room are in a place named {@code noRoomName}, after the rooms.</li>
 * <li>The acronym is the conference's short name in lowercase ASCII letters and digits
 * ("dg.o 2024" gives "dgo2024"), with the start year added if that is shorter than 4.</li>
 * <li>An event's slug is the acronym, "-" and the session's id; ids shorter than 4 characters
 * get "session_" in front (ids never hold "_", so slugs stay unique).</li>
 * <li>The version is a fingerprint of the exported content: it changes exactly when the
 * programme shown changes.</li>
 * <li>Every property frab and pretalx write is there, even with nothing to say (null where the
 * schema allows it, else "" or an empty list): apps look properties up and fail on a missing
 * one. Left out only where the schema allows no empty value and the site has none to give:
 * pretalx's {@code feedback_url}, the conference's {@code logo}; a room or track slug for an
 * id of one character; a person's {@code public_name} (with {@code name} and {@code id} too, a
 * person would be of both kinds the JSON Schema's oneOf tells apart).</li>
 * <li>An event's {@code description} is the session's, its {@code language} the session's or
 * else {@code language}; a person's {@code biography} is their bio's Markdown; each paper
 * presented is a link of type "paper" (to read it, or to its page); the session's own links are
 * links or attachments by their type ({@link LinkRefs}). Events and persons have a
 * pretalx-style {@code code}: six digits and capitals derived from the guid.</li>
 * </ul>
 */
public final class ScheduleExport {
    static final String GENERATOR = "confsite";
    /** The key naming the place of sessions without a room. */
    static final String NO_ROOM_KEY = Schedule.NO_ROOM_KEY;

    private final Schedule schedule;
    private final ScheduleJson json;

    /**
     * @param baseUrl    the site's absolute address ending in "/"
     * @param language   the language of the sessions, e.g. "en"
     * @param noRoomName the room name used for sessions without a room (from the message bundle, e.g. "Elsewhere")
     */
    public ScheduleExport(Programme programme, String baseUrl, String language, String noRoomName) {
        this(programme, baseUrl, language, noRoomName, "");
    }

    /**
     * As {@link #ScheduleExport(Programme, String, String, String)}, with the word that marks an
     * illustrative session (one whose day, time, room or papers are placeholders) in its subtitle,
     * since the format has no field of its own for it.
     */
    public ScheduleExport(Programme programme, String baseUrl, String language, String noRoomName, String sampleLabel) {
        this(programme, baseUrl, language, noRoomName, sampleLabel, LinkRefs::addressAsTitle);
    }

    /**
     * As {@link #ScheduleExport(Programme, String, String, String, String)}, with the title of a
     * typed link that has none of its own (the formats' readers show a link by its title): the
     * interface text of its type in the export's language; without it, the link's address.
     */
    public ScheduleExport(Programme programme, String baseUrl, String language, String noRoomName, String sampleLabel,
            java.util.function.Function<org.confsite.programme.Link, String> linkTitles) {
        this.schedule = new Schedule(programme, baseUrl, language, noRoomName, sampleLabel, linkTitles);
        this.json = new ScheduleJson(schedule);
    }

    /** The schedule as XML text (UTF-8, with its declaration), ending in a newline. */
    public String toXml() {
        return new ScheduleXml(schedule, json.version()).text();
    }

    /** The schedule as pretty-printed JSON text, ending in a newline. */
    public String toJson() {
        return json.text();
    }

    /** The conference's short name as lowercase ASCII letters and digits, at least 4 long. */
    static String acronym(Conference conference) {
        return Schedule.acronym(conference);
    }

    /** The guid this generator's exports give the column of sessions without a room, at a site's address. */
    public static String noRoomGuid(String baseUrl) {
        return new StableIds(baseUrl).guid("rooms/" + NO_ROOM_KEY).toString();
    }
}
