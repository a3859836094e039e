package org.confsite.programme;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One day's timetable as a grid: rooms as columns, time as rows, each timed session in one cell
 * spanning the rows of its duration. A session without a room spans every column when nothing
 * else runs beside it (a break, a plenary), and otherwise gets a column of its own. A gap where
 * nothing happens is a row of empty cells. Sessions without a time are listed apart.
 */
public final class Timetable {
    /** What a column holds. */
    public enum ColumnKind {
        /** One room of rooms.yaml. */
        ROOM,
        /** Sessions without a room that run beside others. */
        OTHER,
        /** The single column of a day whose sessions all span the whole width. */
        ALL
    }

    /**
     * A column: a room, or a place for sessions without one (room null). {@code number} counts the
     * OTHER columns from 1, so that their headings differ; it is 0 when there is only one.
     */
    public record Column(ColumnKind kind, Room room, int number) {
    }

    /** A table cell: a session starting in this row, or an empty cell (session null). */
    public record Cell(Session session, int rowspan, int colspan) {
        public boolean isEmpty() {
            return session == null;
        }
    }

    /** A row from {@code start} to {@code end}, with the cells that begin in it. */
    public record Row(ZonedDateTime start, ZonedDateTime end, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Sessions that start at the same time, in column order. */
    public record Slot(ZonedDateTime start, List<Session> sessions) {
        public Slot {
            sessions = List.copyOf(sessions);
        }
    }

    /** A day's sessions for a list: timed ones by slot, then those whose time is not known. */
    public record DaySlots(LocalDate date, List<Slot> slots, List<Session> untimed) {
        public DaySlots {
            slots = List.copyOf(slots);
            untimed = List.copyOf(untimed);
        }
    }

    private final List<Column> columns;
    private final List<Row> rows;
    private final List<Slot> slots;
    private final List<Session> untimed;

    private Timetable(List<Column> columns, List<Row> rows, List<Slot> slots, List<Session> untimed) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.slots = List.copyOf(slots);
        this.untimed = List.copyOf(untimed);
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<Session> getUntimed() {
        return untimed;
    }

    /**
     * @param sessions one day's sessions in timetable order; sessions in one room do not overlap
     * @param rooms    every room, in the order of rooms.yaml (the order of the columns)
     */
    public static Timetable of(List<Session> sessions, List<Room> rooms) {
        List<Session> timed = sessions.stream().filter(Session::isTimed).toList();
        List<Session> untimed = sessions.stream().filter(s -> !s.isTimed()).toList();

        List<Column> columns = new ArrayList<>();
        Map<Session, Integer> column = new java.util.IdentityHashMap<>();
        java.util.Set<Session> spanning = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Room room : rooms) {
            List<Session> inRoom = timed.stream().filter(s -> s.room() != null && s.room().id().equals(room.id())).toList();
            if (!inRoom.isEmpty()) {
                inRoom.forEach(s -> column.put(s, columns.size()));
                columns.add(new Column(ColumnKind.ROOM, room, 0));
            }
        }
        // Sessions without a room: across the whole width when alone in their time, else in
        // "other" columns, each holding sessions that do not overlap.
        List<ZonedDateTime> laneEnds = new ArrayList<>();
        int firstLane = columns.size();
        for (Session s : timed) {
            if (s.room() != null) {
                continue;
            }
            boolean alone = timed.stream().noneMatch(o -> o != s && overlap(o, s));
            if (alone) {
                spanning.add(s);
                continue;
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(s.start())) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(s.end());
                columns.add(new Column(ColumnKind.OTHER, null, laneEnds.size()));
            } else {
                laneEnds.set(lane, s.end());
            }
            column.put(s, firstLane + lane);
        }
        if (laneEnds.size() == 1) {
            columns.set(firstLane, new Column(ColumnKind.OTHER, null, 0));
        }
        if (columns.isEmpty() && !timed.isEmpty()) {
            columns.add(new Column(ColumnKind.ALL, null, 0));
        }

        // Rows: between consecutive start and end times. A gap where nothing runs keeps its row, so
        // that the grid shows it.
        TreeSet<ZonedDateTime> bounds = new TreeSet<>(java.util.Comparator.comparing(ZonedDateTime::toInstant));
        timed.forEach(s -> {
            bounds.add(s.start());
            bounds.add(s.end());
        });
        List<ZonedDateTime[]> spans = new ArrayList<>();
        ZonedDateTime previous = null;
        for (ZonedDateTime b : bounds) {
            if (previous != null) {
                spans.add(new ZonedDateTime[] {previous, b});
            }
            previous = b;
        }
        int width = columns.size();
        Session[][] grid = new Session[spans.size()][width];
        Map<Session, Integer> rowspan = new java.util.IdentityHashMap<>();
        for (Session s : timed) {
            int from = -1;
            int count = 0;
            for (int r = 0; r < spans.size(); r++) {
                if (!spans.get(r)[0].isBefore(s.start()) && !spans.get(r)[1].isAfter(s.end())) {
                    from = from < 0 ? r : from;
                    count++;
                }
            }
            rowspan.put(s, count);
            int c0 = spanning.contains(s) ? 0 : column.get(s);
            int c1 = spanning.contains(s) ? width : c0 + 1;
            for (int r = from; r < from + count; r++) {
                for (int c = c0; c < c1; c++) {
                    grid[r][c] = s;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < spans.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Session s = grid[r][c];
                if (s == null) {
                    cells.add(new Cell(null, 1, 1));
                } else if (s.start().isEqual(spans.get(r)[0]) && (c == 0 || grid[r][c - 1] != s)) {
                    int colspan = spanning.contains(s) ? width : 1;
                    cells.add(new Cell(s, rowspan.get(s), colspan));
                }
            }
            rows.add(new Row(spans.get(r)[0], spans.get(r)[1], cells));
        }
        List<Session> inColumnOrder = new ArrayList<>(timed);
        inColumnOrder.sort(java.util.Comparator.comparing((Session s) -> s.start().toInstant())
                .thenComparing(s -> spanning.contains(s) ? -1 : column.get(s)));
        return new Timetable(columns, rows, slots(inColumnOrder), untimed);
    }

    /** Timed sessions grouped by start time, keeping their order within a group. */
    static List<Slot> slots(List<Session> sessions) {
        Map<java.time.Instant, List<Session>> byStart = new java.util.TreeMap<>();
        Map<java.time.Instant, ZonedDateTime> starts = new LinkedHashMap<>();
        for (Session s : sessions) {
            if (s.isTimed()) {
                byStart.computeIfAbsent(s.start().toInstant(), k -> new ArrayList<>()).add(s);
                starts.putIfAbsent(s.start().toInstant(), s.start());
            }
        }
        List<Slot> out = new ArrayList<>();
        byStart.forEach((instant, list) -> out.add(new Slot(starts.get(instant), list)));
        return out;
    }

    private static boolean overlap(Session a, Session b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }
}
