package org.confsite.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read field by field. Every wrong or missing value becomes a {@link Problem} at
 * its line and column, collected in {@link Problems}; the caller goes on reading so that one run
 * reports everything.
 */
public final class YamlMap {
    private final String file;
    private final Node node;
    private final Problems problems;
    private final int lineOffset;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    /** Keys whose value was reported as not a single value: read again, they are not reported again. */
    private final Set<String> notSingle = new java.util.HashSet<>();

    private YamlMap(String file, Node node, Problems problems, int lineOffset) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        this.lineOffset = lineOffset;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                if (key == null) {
                    problems.add(at(tuple.getKeyNode(), "a key must be plain text", "write key: value"));
                } else if (fields.containsKey(key)) {
                    problems.add(at(tuple.getKeyNode(), "duplicate key '" + key + "'", "keep one of them"));
                } else {
                    fields.put(key, tuple);
                }
            }
        }
    }

    /** Wraps a node that must be a mapping; reports a problem (and reads as empty) if it is not. */
    public static YamlMap of(String file, Node node, Problems problems, String what) {
        return of(file, node, problems, what, 0);
    }

    /** As {@link #of(String, Node, Problems, String)} for YAML that starts {@code lineOffset} lines into its file. */
    public static YamlMap of(String file, Node node, Problems problems, String what, int lineOffset) {
        if (!(node instanceof MappingNode)) {
            problems.add(Problem.at(file, line(node) + lineOffset, column(node), what + " must be a mapping of key: value lines",
                    "indent its fields under it"));
        }
        return new YamlMap(file, node, problems, lineOffset);
    }

    public String file() {
        return file;
    }

    public Problems problems() {
        return problems;
    }

    /** The keys in the order written. */
    public Set<String> keys() {
        return java.util.Collections.unmodifiableSet(fields.keySet());
    }

    /** Whether the node is a mapping (one that is not was reported as such, and reads as empty). */
    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    /** The key's own node (for a problem about the key rather than its value), or this mapping's. */
    public Node keyNode(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? node : tuple.getKeyNode();
    }

    public Optional<Node> node(String key) {
        return Optional.ofNullable(fields.get(key)).map(NodeTuple::getValueNode);
    }

    /** Text of a required scalar field; null (with a problem recorded) when missing or not text. */
    public String text(String key) {
        if (!fields.containsKey(key)) {
            // A value that is not a mapping at all was reported as such; its fields are not missing one by one.
            if (node instanceof MappingNode) {
                problems.add(at(node, "missing required field '" + key + "'", "add " + key + ": ..."));
            }
            return null;
        }
        Optional<String> value = optText(key);
        if (value.isEmpty() && node(key).get() instanceof ScalarNode) {
            problem(key, "required field '" + key + "' is empty", "give it a value");
        }
        return value.orElse(null);
    }

    public Optional<String> optText(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            return text.isEmpty() || "~".equals(text) || "null".equals(text) ? Optional.empty() : Optional.of(text);
        }
        if (notSingle.add(key)) {
            problems.add(at(value.get(), "'" + key + "' must be a single value, not a list or mapping", null));
        }
        return Optional.empty();
    }

    public boolean flag(String key) {
        Optional<String> value = optText(key);
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.get()) {
            case "true", "yes", "True", "TRUE" -> true;
            case "false", "no", "False", "FALSE" -> false;
            default -> {
                problems.add(at(node(key).get(), "'" + key + "' must be true or false", null));
                yield false;
            }
        };
    }

    /** A whole number between {@code min} and {@code max}, if given; a problem otherwise. */
    public Optional<Integer> optInteger(String key, int min, int max) {
        Optional<String> value = optText(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value.get().replace("_", ""));
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        problem(key, "'" + key + "' must be a whole number from " + min + " to " + max + ", not '" + value.get() + "'",
                null);
        return Optional.empty();
    }

    /** A decimal number between {@code min} and {@code max}, if given; a problem otherwise. */
    public Optional<java.math.BigDecimal> optDecimal(String key, double min, double max) {
        Optional<String> value = optText(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            java.math.BigDecimal n = new java.math.BigDecimal(value.get());
            if (n.doubleValue() >= min && n.doubleValue() <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        problem(key, "'" + key + "' must be a number from " + fmt(min) + " to " + fmt(max) + ", not '" + value.get() + "'",
                null);
        return Optional.empty();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** One text value of a list, with its node so that a problem with it is located at the item itself. */
    public record Item(String text, Node node) {
    }

    /** A list of text values, written as a YAML list ({@code [a, b]} or lines starting {@code - }). */
    public List<String> textList(String key) {
        return items(key).stream().map(Item::text).toList();
    }

    /** As {@link #textList(String)}, each value with its node. */
    public List<Item> items(String key) {
        List<Item> out = new ArrayList<>();
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return out;
        }
        if (value.get() instanceof ScalarNode) {
            // "tags: forums, photos" would be one tag named "forums, photos": say how to write the list.
            optText(key).ifPresent(text -> problems.add(at(value.get(), "'" + key + "' must be a list, not a single value",
                    "write " + key + ": [" + String.join(", ", java.util.Arrays.stream(text.split(","))
                            .map(String::strip).filter(t -> !t.isEmpty()).toList()) + "]")));
        } else if (value.get() instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(new Item(s.getValue().strip(), item));
                } else {
                    problems.add(at(item, "each item of '" + key + "' must be a single value", null));
                }
            }
        } else {
            problems.add(at(value.get(), "'" + key + "' must be a list like [a, b]", null));
        }
        return out;
    }

    public Optional<YamlMap> map(String key) {
        return node(key).map(n -> YamlMap.of(file, n, problems, "'" + key + "'", lineOffset));
    }

    /** The items of a list of mappings. */
    public List<YamlMap> maps(String key) {
        List<YamlMap> out = new ArrayList<>();
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return out;
        }
        if (!(value.get() instanceof SequenceNode seq)) {
            problems.add(at(value.get(), "'" + key + "' must be a list of entries starting with '- '", null));
            return out;
        }
        for (Node item : seq.getValue()) {
            out.add(YamlMap.of(file, item, problems, "each entry of '" + key + "'", lineOffset));
        }
        return out;
    }

    /** Reports keys outside {@code allowed}, suggesting the nearest allowed one. */
    public void rejectUnknown(Set<String> allowed) {
        for (var entry : fields.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                String near = Suggest.nearest(entry.getKey(), allowed);
                problems.add(at(entry.getValue().getKeyNode(), "unknown field '" + entry.getKey() + "'",
                        near != null ? "did you mean '" + near + "'?"
                                : "allowed: " + String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }

    public Problem at(Node where, String message, String hint) {
        return Problem.at(file, line(where) + lineOffset, column(where), message, hint);
    }

    /** Records a problem with the mapping as a whole, at its first line. */
    public void problem(String message, String hint) {
        problems.add(at(node, message, hint));
    }

    /** Records a problem at the value of {@code key} (or at this mapping when absent). */
    public void problem(String key, String message, String hint) {
        problems.add(at(node(key).orElse(node), message, hint));
    }

    private static int line(Node n) {
        return n == null || n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static int column(Node n) {
        return n == null || n.getStartMark() == null ? 0 : n.getStartMark().getColumn() + 1;
    }
}
