package org.confsite.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The day's grid: columns, rows, spans and the slots of the list, on the cases that are easy to get wrong. */
class TimetableTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Taipei");
    private static final LocalDate DAY = LocalDate.of(2030, 3, 4);
    private static final Room HALL = new Room("hall", "Hall", "", "", null, "", false);
    private static final Room SIDE = new Room("side", "Side", "", "", null, "", false);
    private static final Room ANNEX = new Room("annex", "Annex", "", "", null, "", false);
    private static final List<Room> ROOMS = List.of(HALL, SIDE, ANNEX);

    private static Session session(String id, String start, String end, Room room) {
        ZonedDateTime from = ZonedDateTime.of(DAY.atTime(java.time.LocalTime.parse(start)), ZONE);
        ZonedDateTime to = end.contains("T") ? ZonedDateTime.of(java.time.LocalDateTime.parse(end), ZONE)
                : ZonedDateTime.of(DAY.atTime(java.time.LocalTime.parse(end)), ZONE);
        return new Session(id, SessionKind.PANEL, id, DAY, from, to, room, null, List.of(), List.of(), List.of(), "",
                List.of(), false);
    }

    private static Timetable grid(Session... sessions) {
        List<Session> sorted = new ArrayList<>(List.of(sessions));
        sorted.sort(Programme.TIMETABLE_ORDER);
        return Timetable.of(sorted, ROOMS);
    }

    /** Each row as text: its start, then each cell as id/rowspan/colspan, "-" for an empty cell. */
    private static List<String> rows(Timetable t) {
        return t.getRows().stream().map(r -> r.start().toLocalTime() + " " + r.cells().stream()
                .map(c -> c.isEmpty() ? "-" : c.session().id() + "/" + c.rowspan() + "/" + c.colspan())
                .collect(Collectors.joining(" "))).toList();
    }

    private static List<String> columns(Timetable t) {
        return t.getColumns().stream().map(c -> c.kind() + (c.room() != null ? ":" + c.room().id() : "")
                + (c.number() > 0 ? ":" + c.number() : "")).toList();
    }

    @Test
    void columnsFollowTheRoomsFileAndOnlyRoomsInUse() {
        Timetable t = grid(session("a", "09:00", "10:00", ANNEX), session("b", "09:00", "10:00", HALL));
        assertEquals(List.of("ROOM:hall", "ROOM:annex"), columns(t), "order of rooms.yaml, side unused that day");
        assertEquals(List.of("09:00 b/1/1 a/1/1"), rows(t), "identical times in two rooms: one row, side by side");
    }

    @Test
    void aLongSessionSpansTheRowsOfTheShortOnesBesideIt() {
        Timetable t = grid(session("long", "09:00", "12:00", HALL), session("s1", "09:00", "10:00", SIDE),
                session("s2", "10:30", "12:00", SIDE));
        assertEquals(List.of("09:00 long/3/1 s1/1/1", "10:00 -", "10:30 s2/1/1"), rows(t),
                "the gap 10:00-10:30 keeps its row; the hall's cell is not written again under its span");
    }

    @Test
    void aRoomlessSessionAloneInItsTimeSpansAllColumnsOtherwiseItGetsItsOwn() {
        Timetable t = grid(session("talk", "09:00", "10:00", HALL), session("talk2", "09:00", "10:00", SIDE),
                session("lunch", "12:00", "13:00", null), session("tour", "09:30", "11:00", null));
        assertEquals(List.of("ROOM:hall", "ROOM:side", "OTHER"), columns(t));
        assertEquals(List.of("09:00 talk/2/1 talk2/2/1 -", "09:30 tour/2/1", "10:00 - -", "11:00 - - -",
                "12:00 lunch/1/3"), rows(t));
    }

    @Test
    void overlappingRoomlessSessionsGetNumberedColumnsAndADayWithoutRoomsOneColumn() {
        Timetable t = grid(session("walk", "09:00", "11:00", null), session("bus", "10:00", "12:00", null),
                session("late", "11:00", "12:00", null));
        assertEquals(List.of("OTHER:1", "OTHER:2"), columns(t), "walk and late share a column, bus takes the second");
        assertEquals(List.of("09:00 walk/2/1 -", "10:00 bus/2/1", "11:00 late/1/1"), rows(t));
        Timetable single = grid(session("only", "09:00", "10:00", null));
        assertEquals(List.of("ALL"), columns(single));
        assertEquals(List.of("09:00 only/1/1"), rows(single));
    }

    @Test
    void aSessionPastMidnightSpansToItsEnd() {
        Timetable t = grid(session("dinner", "19:00", "2030-03-05T01:00", HALL), session("talk", "20:00", "21:00", SIDE));
        assertEquals(List.of("19:00 dinner/3/1 -", "20:00 talk/1/1", "21:00 -"), rows(t));
        assertEquals(ZonedDateTime.of(2030, 3, 5, 1, 0, 0, 0, ZONE), t.getRows().get(2).end());
    }

    @Test
    void slotsGroupSessionsStartingTogetherInColumnOrder() {
        Timetable t = grid(session("b", "09:00", "10:00", SIDE), session("a", "09:00", "10:00", HALL),
                session("c", "09:30", "10:00", null));
        assertEquals(List.of("09:00 [a, b]", "09:30 [c]"), t.getSlots().stream()
                .map(s -> s.start().toLocalTime() + " " + s.sessions().stream().map(Session::id).toList()).toList());
        assertTrue(t.getUntimed().isEmpty());
    }
}
