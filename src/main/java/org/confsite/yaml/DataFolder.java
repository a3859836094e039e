package org.confsite.yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.error.SiteException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML files of the data folder, each read once into a {@link YamlMap}; what cannot be read
 * (a missing required file, YAML that does not parse, a file without its top-level list) is a
 * problem in {@link #problems()}, located in the file.
 */
public final class DataFolder {
    private final Path dir;
    private final String name;
    private final Problems problems;
    private final Set<String> emptyFiles = new HashSet<>();

    /**
     * @param dir      the data folder
     * @param name     how the folder is named in messages, e.g. {@code data}
     * @param problems where problems are collected
     */
    public DataFolder(Path dir, String name, Problems problems) {
        this.dir = dir;
        this.name = name;
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    /** How the folder is named in messages. */
    public String name() {
        return name;
    }

    /** Whether the file is there (it may still be empty). */
    public boolean exists(String fileName) {
        return Files.isRegularFile(dir.resolve(fileName));
    }

    /** The file's top-level mapping; null when it is missing (a problem if required), empty or unreadable. */
    public YamlMap read(String fileName, boolean required) {
        Path file = dir.resolve(fileName);
        String display = name + "/" + fileName;
        if (!Files.isRegularFile(file)) {
            if (required) {
                problems.add(Problem.inFile(display, "file is missing", "create it; see docs/programme.md"));
            }
            return null;
        }
        try {
            String text = YamlSource.readText(file, display);
            Optional<Node> root = YamlSource.compose(text, display, 0);
            if (root.isEmpty()) {
                emptyFiles.add(fileName);
                if (required) {
                    problems.add(Problem.inFile(display, "file is empty", "see docs/programme.md"));
                }
                return null;
            }
            return YamlMap.of(display, root.get(), problems, "the file");
        } catch (SiteException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * The entries of a file's top-level list {@code key}: none when the file is missing or empty;
     * null when it exists but its entries cannot be read (it cannot be parsed, or has no top-level
     * list). {@code others} are further top-level keys the file may have.
     */
    public List<YamlMap> list(String fileName, String key, String... others) {
        if (!exists(fileName)) {
            return List.of();
        }
        YamlMap file = read(fileName, false);
        if (file == null) {
            return emptyFiles.contains(fileName) ? List.of() : null;
        }
        Set<String> allowed = new HashSet<>(List.of(others));
        allowed.add(key);
        file.rejectUnknown(allowed);
        if (!file.has(key)) {
            file.problem(key, "missing top-level '" + key + ":' list", "start the file with " + key + ":");
            return null;
        }
        List<YamlMap> entries = file.maps(key);
        return file.node(key).orElseThrow() instanceof SequenceNode ? entries : null;
    }
}
