package org.confsite.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.confsite.programme.Day;
import org.confsite.programme.Programme;
import org.confsite.template.Messages;

/**
 * The files that take the programme elsewhere, beside the pages: calendars (the whole programme,
 * each day, each session), the schedule for conference apps (XML and JSON) and {@code robots.txt}.
 * Their paths are fixed here, and the templates link to them by these names; the calendars are
 * written here, the rest by the build's steps.
 */
public final class Exports {
    public static final String PROGRAMME_CALENDAR = "programme.ics";
    public static final String SCHEDULE_XML = "schedule.xml";
    public static final String SCHEDULE_JSON = "schedule.json";
    public static final String ROBOTS = "robots.txt";

    private Exports() {
    }

    public static String dayCalendar(Day day) {
        return "calendar/" + day.date() + ".ics";
    }

    /**
     * Every path this class writes, so that the build can check links to them and refuse a source
     * file that would be overwritten.
     */
    public static List<String> paths(Programme programme) {
        List<String> out = new ArrayList<>(calendarPaths(programme));
        out.addAll(List.of(SCHEDULE_XML, SCHEDULE_JSON, ROBOTS));
        return out;
    }

    /** The calendars' paths: each language of the site has its own copy of these, in its folder. */
    public static List<String> calendarPaths(Programme programme) {
        List<String> out = new ArrayList<>(List.of(PROGRAMME_CALENDAR));
        programme.getDays().stream().filter(d -> !d.sessions().isEmpty()).forEach(d -> out.add(dayCalendar(d)));
        programme.getSessions().forEach(s -> out.add(s.calendar()));
        return out;
    }

    /**
     * The calendars of another language than the main one, in its folder: the same events (the
     * same UIDs, so a calendar holding both keeps one of each), their text in that language, and
     * links to that language's pages.
     *
     * @param folder   the language's folder in the site being built
     * @param pagesUrl the address of the language's pages, e.g. https://example.org/zh-tw/
     * @param language the language tag of the text
     */
    public static int writeCalendars(Path folder, Programme programme, String baseUrl, String pagesUrl, String language,
            Instant now, Messages messages, Sink sink, boolean parallel) {
        Calendars calendars = new Calendars(programme, baseUrl, pagesUrl, language, now, messages);
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> write(sink, folder.resolve(PROGRAMME_CALENDAR), calendars.whole()));
        for (Day day : programme.getDays()) {
            if (!day.sessions().isEmpty()) {
                tasks.add(() -> write(sink, folder.resolve(dayCalendar(day)), calendars.day(day)));
            }
        }
        programme.getSessions().forEach(s -> tasks.add(() -> write(sink, folder.resolve(s.calendar()),
                calendars.session(s))));
        (parallel ? tasks.parallelStream() : tasks.stream()).forEach(Runnable::run);
        return tasks.size();
    }

    /** Where the files go: a file of the site and its bytes. */
    @FunctionalInterface
    public interface Sink {
        void write(Path file, byte[] bytes) throws IOException;
    }

    private static void write(Sink sink, Path file, String text) {
        try {
            sink.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
