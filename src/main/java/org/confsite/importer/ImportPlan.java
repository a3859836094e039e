package org.confsite.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import would write: for each data file, the entries that came from the source, each
 * known by its {@code origin} (the source's own id for it), with the fields the import owns.
 * {@link DataMerge} puts them into the site's files beside what editors wrote by hand.
 */
public final class ImportPlan {
    /** A reference to another imported entry, by origin, written as that entry's id. */
    public record Ref(String origin) {
    }

    /** One imported entry: its origin, the id it would like, and its fields (id and origin aside). */
    public record Entry(String origin, String preferredId, Map<String, Object> fields, int line) {
    }

    /**
     * The entries of one list file.
     *
     * @param prefix the origins this import owns ("schedule:"): an entry of the file with such an
     *               origin that the import no longer has is removed
     * @param owned  the fields the import writes; an editor's other fields on an imported entry stay
     */
    public record Part(String file, String key, String prefix, Set<String> owned, List<Entry> entries) {
    }

    final Map<String, Object> conference = new LinkedHashMap<>();
    final List<Part> parts = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    /** Top-level values of {@code conference.yaml} the import sets. */
    public Map<String, Object> conference() {
        return Map.copyOf(conference);
    }

    public void add(Part part) {
        parts.add(part);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }
}
