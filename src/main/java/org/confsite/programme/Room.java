package org.confsite.programme;

/**
 * A room or place where sessions happen. {@code building}, {@code floor} and
 * {@code accessibility} are {@code ""} when not given, {@code capacity} null. {@code sample}
 * marks a placeholder.
 */
public record Room(String id, String name, String building, String floor, Integer capacity, String accessibility,
        boolean sample) {

    /** Building and floor in a line, e.g. "College of Social Sciences, 2nd floor", or "". */
    public String getWhere() {
        if (building.isEmpty() || floor.isEmpty()) {
            return building + floor;
        }
        return building + ", " + floor;
    }
}
