package org.confsite.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.yaml.YamlSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Puts imported entries into one of the site's list files ({@code sessions.yaml} ...), keeping
 * everything editors wrote. An entry is the import's when its {@code origin} starts with the
 * import's prefix: such an entry is rewritten in place (its id kept, the import's fields
 * replaced, the editor's other fields and the comments above it kept as written), or removed
 * when the source no longer has it. Entries without such an origin, comments and the file's
 * header are kept as they are; new entries go at the end.
 */
final class DataMerge {
    /** What changed in one file, by id. */
    record Changes(List<String> added, List<String> changed, List<String> removed) {
        boolean any() {
            return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty();
        }
    }

    /** The file's new text and what changed. */
    record Result(String text, Changes changes) {
    }

    private record Item(int begin, int keyLine, int end, String id, String origin, Map<String, int[]> fieldLines) {
    }

    private DataMerge() {
    }

    /**
     * @param text  the file as it is ("" when there is none)
     * @param ids   origin to id of every imported entry met so far (references resolve through it);
     *              this file's entries are added
     */
    static Result merge(String display, String text, ImportPlan.Part part, Map<String, String> ids) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!text.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<Item> items = new ArrayList<>();
        int listEnd = lines.size();
        int itemIndent = 2;
        int fieldIndent = 4;
        int keyLine = -1;
        if (!text.isBlank()) {
            Node root = YamlSource.compose(text, display, 0).orElse(null);
            if (root instanceof MappingNode map) {
                for (int t = 0; t < map.getValue().size(); t++) {
                    NodeTuple tuple = map.getValue().get(t);
                    if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(part.key())) {
                        keyLine = k.getStartMark().getLine();
                        if (t + 1 < map.getValue().size()) {
                            listEnd = map.getValue().get(t + 1).getKeyNode().getStartMark().getLine();
                        }
                        if (tuple.getValueNode() instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
                            if (seq.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
                                throw new SiteException(Problem.at(display, keyLine + 1, 1, "the list " + part.key()
                                        + " is written in brackets; the import adds to a list of entries, one '- ' each",
                                        "write each entry on its own lines, as the file's comments show"));
                            }
                            items = items(seq, lines, keyLine, listEnd);
                            itemIndent = seq.getValue().get(0).getStartMark().getColumn() - 2;
                            if (seq.getValue().get(0) instanceof MappingNode first && !first.getValue().isEmpty()) {
                                fieldIndent = first.getValue().get(0).getKeyNode().getStartMark().getColumn();
                            }
                        }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        if (keyLine < 0) {
            // No such list yet: the file's text, then the list.
            lines.forEach(l -> out.append(l).append('\n'));
            out.append(part.key()).append(part.entries().isEmpty() ? ": []\n" : ":\n");
            listEnd = lines.size();
            keyLine = lines.size();
        } else {
            for (int i = 0; i <= keyLine; i++) {
                // "sessions: []" of an empty file becomes "sessions:" with entries below it.
                out.append(i == keyLine ? lines.get(i).replaceFirst("^(\\S+:)\\s*\\[\\s*]\\s*(#.*)?$", "$1") : lines.get(i))
                        .append('\n');
            }
            int firstBegin = items.isEmpty() ? listEnd : items.get(0).begin();
            for (int i = keyLine + 1; i < firstBegin; i++) {
                out.append(lines.get(i)).append('\n');
            }
        }
        Map<String, ImportPlan.Entry> incoming = new LinkedHashMap<>();
        part.entries().forEach(e -> incoming.put(e.origin(), e));
        Set<String> taken = new HashSet<>();
        items.forEach(i -> taken.add(i.id()));
        Map<String, Item> byOrigin = new LinkedHashMap<>();
        items.stream().filter(i -> i.origin() != null).forEach(i -> byOrigin.put(i.origin(), i));
        // Ids first: a kept entry keeps its id; a new one gets its wish, made unique.
        for (ImportPlan.Entry e : part.entries()) {
            Item old = byOrigin.get(e.origin());
            if (old != null && old.id() != null) {
                ids.put(e.origin(), old.id());
            }
        }
        for (ImportPlan.Entry e : part.entries()) {
            if (!ids.containsKey(e.origin()) || byOrigin.get(e.origin()) == null) {
                String id = e.preferredId();
                for (int n = 2; taken.contains(id); n++) {
                    id = e.preferredId() + "-" + n;
                }
                taken.add(id);
                ids.put(e.origin(), id);
            }
        }
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Item item : items) {
            String block = String.join("\n", lines.subList(item.begin(), item.end())) + "\n";
            boolean ours = item.origin() != null && item.origin().startsWith(part.prefix());
            if (!ours) {
                out.append(block);
            } else if (!incoming.containsKey(item.origin())) {
                removed.add(item.id());
            } else {
                StringBuilder fresh = new StringBuilder();
                for (int i = item.begin(); i < item.keyLine(); i++) {
                    fresh.append(lines.get(i)).append('\n');
                }
                entry(fresh, incoming.get(item.origin()), ids, itemIndent, fieldIndent);
                // The editor's own fields, as written.
                item.fieldLines().forEach((key, span) -> {
                    if (!key.equals("id") && !key.equals("origin") && !part.owned().contains(key)) {
                        for (int i = span[0]; i < span[1]; i++) {
                            String line = lines.get(i);
                            // The entry's first field shares the line of its "- ".
                            fresh.append(i == item.keyLine() ? line.replaceFirst("^(\\s*)- ", "$1  ") : line).append('\n');
                        }
                    }
                });
                if (!fresh.toString().equals(block)) {
                    changed.add(item.id());
                }
                out.append(fresh);
                incoming.remove(item.origin());
            }
        }
        for (ImportPlan.Entry e : incoming.values()) {
            if (byOrigin.containsKey(e.origin())) {
                continue;
            }
            if (out.length() > 1 && out.charAt(out.length() - 2) != '\n' && out.charAt(out.length() - 2) != ':') {
                out.append('\n');
            }
            entry(out, e, ids, itemIndent, fieldIndent);
            added.add(ids.get(e.origin()));
        }
        // The comments after the last entry, and whatever follows the list, stay after it.
        for (int i = items.isEmpty() ? listEnd : items.get(items.size() - 1).end(); i < lines.size(); i++) {
            out.append(lines.get(i)).append('\n');
        }
        return new Result(out.toString(), new Changes(added, changed, removed));
    }

    private static void entry(StringBuilder out, ImportPlan.Entry e, Map<String, String> ids, int itemIndent, int fieldIndent) {
        StringBuilder body = new StringBuilder();
        YamlText.field(body, fieldIndent, "id", ids.get(e.origin()), ids);
        YamlText.field(body, fieldIndent, "origin", e.origin(), ids);
        e.fields().forEach((k, v) -> YamlText.field(body, fieldIndent, k, v, ids));
        out.append(" ".repeat(itemIndent)).append("- ").append(body.substring(fieldIndent));
    }

    /** Each entry's lines: the comments and blank lines above it belong to it; its fields' lines, by key. */
    private static List<Item> items(SequenceNode seq, List<String> lines, int keyLine, int listEnd) {
        List<Node> nodes = seq.getValue();
        int[] starts = new int[nodes.size() + 1];
        int[] begins = new int[nodes.size() + 1];
        for (int n = 0; n < nodes.size(); n++) {
            starts[n] = nodes.get(n).getStartMark().getLine();
            int b = starts[n];
            int floor = n == 0 ? keyLine + 1 : starts[n - 1] + 1;
            while (b - 1 >= floor && isNote(lines.get(b - 1))) {
                b--;
            }
            begins[n] = b;
        }
        // The last entry ends where the list does, less the comments and blank lines after it.
        int last = listEnd;
        while (last - 1 > starts[nodes.size() - 1] && isNote(lines.get(last - 1))) {
            last--;
        }
        begins[nodes.size()] = last;
        List<Item> items = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            String id = null;
            String origin = null;
            Map<String, int[]> fieldLines = new LinkedHashMap<>();
            if (nodes.get(n) instanceof MappingNode map
                    && map.getFlowStyle() != org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
                List<NodeTuple> tuples = map.getValue();
                for (int t = 0; t < tuples.size(); t++) {
                    if (!(tuples.get(t).getKeyNode() instanceof ScalarNode k)) {
                        continue;
                    }
                    int from = k.getStartMark().getLine();
                    int to = t + 1 < tuples.size() ? tuples.get(t + 1).getKeyNode().getStartMark().getLine() : begins[n + 1];
                    fieldLines.put(k.getValue(), new int[] {from, Math.max(from + 1, to)});
                    if (tuples.get(t).getValueNode() instanceof ScalarNode v) {
                        if (k.getValue().equals("id")) {
                            id = v.getValue();
                        } else if (k.getValue().equals("origin")) {
                            origin = v.getValue();
                        }
                    }
                }
            }
            items.add(new Item(begins[n], starts[n], begins[n + 1], id, origin, fieldLines));
        }
        return items;
    }

    private static boolean isNote(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }
}
