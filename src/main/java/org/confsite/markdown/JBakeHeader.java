package org.confsite.markdown;

import java.util.ArrayList;
import java.util.List;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;

/**
 * JBake's own header ({@code key=value} lines before {@code ~~~~~~}) rewritten as YAML, line for
 * line, so that it is checked by the same rules as front matter and errors keep their line.
 */
final class JBakeHeader {
    private JBakeHeader() {
    }

    static String toYaml(String header, String display) {
        List<String> out = new ArrayList<>();
        String[] lines = header.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                out.add("");
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new SiteException(Problem.at(display, i + 1, 1, "header line without key=value",
                        "write key=value, or start the file with --- front matter"));
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.equals("tags")) {
                List<String> tags = new ArrayList<>();
                for (String tag : value.split(",")) {
                    if (!tag.isBlank()) {
                        tags.add(quote(tag.strip()));
                    }
                }
                out.add("tags: [" + String.join(", ", tags) + "]");
            } else {
                out.add(quote(key) + ": " + quote(value));
            }
        }
        return String.join("\n", out);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
