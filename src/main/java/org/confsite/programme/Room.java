package org.confsite.programme;

/**
 * A room or place where sessions happen. {@code building}, {@code floor} and
 * {@code accessibility} are {@code ""} when not given, {@code capacity} null. {@code sample}
 * marks a placeholder. {@code origin} says where an imported room came from (e.g.
 * {@code schedule:1f3c...}), "" for one written by hand; it is never shown or exported.
 */
public record Room(String id, String name, String building, String floor, Integer capacity, String accessibility,
        boolean sample, String origin) {

    /** A room written by hand (no origin). */
    public Room(String id, String name, String building, String floor, Integer capacity, String accessibility,
            boolean sample) {
        this(id, name, building, floor, capacity, accessibility, sample, "");
    }

    /** Building and floor in a line, e.g. "College of Social Sciences, 2nd floor", or "". */
    public String getWhere() {
        if (building.isEmpty() || floor.isEmpty()) {
            return building + floor;
        }
        return building + ", " + floor;
    }
}
