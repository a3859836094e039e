package org.confsite.error;

/**
 * One thing wrong with the site's sources, located so that an editor can go straight to it.
 *
 * <p>Printed as {@code data/sessions.yaml:12:5: unknown room 'hall-z' (add it to data/rooms.yaml)}.
 * Line and column are 1-based; 0 means "the whole file".
 */
public record Problem(String file, int line, int column, String message, String hint) {

    public static Problem at(String file, int line, int column, String message, String hint) {
        return new Problem(file, line, column, message, hint);
    }

    public static Problem inFile(String file, String message, String hint) {
        return new Problem(file, 0, 0, message, hint);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(message);
        if (hint != null && !hint.isEmpty()) {
            sb.append(" (").append(hint).append(')');
        }
        return sb.toString();
    }
}
