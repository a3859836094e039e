package org.confsite.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.confsite.bake.Slugs;

/**
 * Writes the values of an imported entry as YAML text in the style of this site's data files:
 * strings double-quoted (so no value is ever read as another type), Markdown as a literal block,
 * lists of ids in brackets.
 */
final class YamlText {
    private YamlText() {
    }

    /** {@code key: value} at {@code indent}, with nested values below it; each line ends in a newline. */
    static void field(StringBuilder out, int indent, String key, Object value, Map<String, String> ids) {
        String pad = " ".repeat(indent);
        if (value instanceof Map<?, ?> map) {
            out.append(pad).append(key).append(":\n");
            map.forEach((k, v) -> field(out, indent + 2, k.toString(), v, ids));
        } else if (value instanceof List<?> list && !list.isEmpty() && !allPlain(list, ids)) {
            out.append(pad).append(key).append(":\n");
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    boolean first = true;
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        StringBuilder one = new StringBuilder();
                        field(one, indent + 4, e.getKey().toString(), e.getValue(), ids);
                        out.append(first ? pad + "  - " + one.substring(indent + 4) : one);
                        first = false;
                    }
                } else {
                    out.append(pad).append("  - ").append(scalar(item, ids)).append('\n');
                }
            }
        } else if (value instanceof List<?> list) {
            out.append(pad).append(key).append(": [")
                    .append(String.join(", ", list.stream().map(v -> scalar(v, ids)).toList())).append("]\n");
        } else if (value instanceof String text && text.contains("\n") && literalOk(text)) {
            out.append(pad).append(key).append(": |\n");
            for (String line : text.strip().split("\n", -1)) {
                out.append(line.isEmpty() ? "" : pad + "  " + line).append('\n');
            }
        } else {
            out.append(pad).append(key).append(": ").append(scalar(value, ids)).append('\n');
        }
    }

    private static boolean allPlain(List<?> list, Map<String, String> ids) {
        return list.stream().allMatch(v -> v instanceof ImportPlan.Ref || v instanceof String s && Slugs.isSlug(s));
    }

    /** A literal block keeps the text as written: not when it starts with a space or holds characters YAML escapes. */
    private static boolean literalOk(String text) {
        String body = text.strip();
        return !body.isEmpty() && body.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'
                || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff)
                && !body.contains("\t");
    }

    static String scalar(Object value, Map<String, String> ids) {
        if (value instanceof ImportPlan.Ref ref) {
            String id = ids.get(ref.origin());
            if (id == null) {
                throw new IllegalStateException("no id for " + ref.origin());
            }
            return id;
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof String s && Slugs.isSlug(s) && !s.matches("\\d.*|true|false|yes|no|on|off|null|y|n")) {
            return s;
        }
        return quoted(String.valueOf(value));
    }

    /** A double-quoted YAML string: every character that is not plain printable text escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED) {
                        out.append(c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                                : String.format("\\U%08x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
