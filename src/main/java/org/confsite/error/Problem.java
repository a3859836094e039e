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

    /** A warning that {@code --strict} makes an error, already written as {@code file:line:col: message (hint)}. */
    public static Problem ofWarning(String warning) {
        return new Problem(warning, 0, 0, null, null);
    }

    @Override
    public String toString() {
        if (message == null) {
            return file;
        }
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
