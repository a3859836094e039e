package org.confsite.markdown;

/**
 * The text {@code new post} and {@code new page} write for the editor to replace. A published page
 * that still holds it is an error: it would show visitors an instruction meant for the editor.
 */
public final class Placeholder {
    /** The first line of a new post's text. */
    public static final String POST = "Write the post here.";
    /** The first line of a new page's text. */
    public static final String PAGE = "Write the page here.";

    private Placeholder() {
    }

    /** The 1-based line of {@code text} that starts with a placeholder, or 0. */
    static int lineIn(String text) {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            if (text.startsWith(POST, start) || text.startsWith(PAGE, start)) {
                return line;
            }
            int end = text.indexOf('\n', start);
            if (end < 0) {
                return 0;
            }
            start = end + 1;
            line++;
        }
        return 0;
    }
}
