package org.confsite.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.confsite.importer.easychair.EasyChairImport;

/**
 * {@code import easychair submission.csv author.csv}: the accepted papers and their authors as
 * an {@link ImportPlan}, papers naming their authors by origin so that ids the site already gave
 * them stay.
 */
public final class EasyChairPlan {
    static final Set<String> SPEAKER_FIELDS = Set.of("name", "affiliation", "country", "links");
    static final Set<String> PAPER_FIELDS = Set.of("title", "authors", "abstract");

    private EasyChairPlan() {
    }

    /** @param accept the decisions that count as accepted, comma-separated; null for the default */
    public static ImportPlan read(Path submissions, Path authors, String accept) {
        EasyChairImport.Options options = accept == null ? EasyChairImport.Options.defaults()
                : EasyChairImport.Options.accepting(Arrays.stream(accept.split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)));
        EasyChairImport.Result result = EasyChairImport.read(submissions, authors, options);
        ImportPlan plan = new ImportPlan();
        result.warnings().forEach(plan::warn);
        Map<String, String> originOf = new HashMap<>();
        List<ImportPlan.Entry> speakers = new ArrayList<>();
        for (Map<String, Object> s : result.speakers()) {
            String origin = s.get("origin").toString();
            originOf.put(s.get("id").toString(), origin);
            speakers.add(new ImportPlan.Entry(origin, s.get("id").toString(), fields(s, SPEAKER_FIELDS), 0));
        }
        List<ImportPlan.Entry> papers = new ArrayList<>();
        boolean keywords = false;
        for (Map<String, Object> p : result.papers()) {
            Map<String, Object> fields = fields(p, PAPER_FIELDS);
            if (fields.get("authors") instanceof List<?> ids) {
                fields.put("authors", ids.stream().map(id -> new ImportPlan.Ref(originOf.get(id.toString()))).toList());
            }
            keywords |= p.containsKey("keywords");
            papers.add(new ImportPlan.Entry(p.get("origin").toString(), p.get("id").toString(), fields, 0));
        }
        if (keywords) {
            plan.warn("EasyChair keywords are not written: papers.yaml has no keywords field");
        }
        plan.add(new ImportPlan.Part("speakers.yaml", "speakers", "easychair-person:", SPEAKER_FIELDS, speakers));
        plan.add(new ImportPlan.Part("papers.yaml", "papers", "easychair:", PAPER_FIELDS, papers));
        return plan;
    }

    /** The entry's fields this import writes, in the reader's order. */
    private static Map<String, Object> fields(Map<String, Object> entry, Set<String> owned) {
        Map<String, Object> fields = new LinkedHashMap<>();
        entry.forEach((k, v) -> {
            if (owned.contains(k)) {
                fields.put(k, v);
            }
        });
        return fields;
    }
}
