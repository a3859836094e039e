package org.confsite.importer.easychair;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.error.SiteException;

/**
 * Reads an EasyChair export ({@code submission.csv} and {@code author.csv}) into the entries of
 * {@code data/papers.yaml} and {@code data/speakers.yaml}: the accepted papers, and their authors as
 * speakers. E-mail addresses are never read.
 *
 * <pre>{@code
 * EasyChairImport.Result result = EasyChairImport.read(Path.of("submission.csv"), Path.of("author.csv"),
 *         EasyChairImport.Options.defaults());
 * result.papers();    // [{id, origin: "easychair:12", title, authors: [speaker ids], abstract, keywords}, ...]
 * result.speakers();  // [{id, origin: "easychair-person:7", name, affiliation, country, links}, ...]
 * }</pre>
 *
 * Columns are found by their header's name, ignoring case and spaces; other columns are ignored.
 * Every problem in the files (missing file or column, broken row, an author of an unknown
 * submission) is collected and thrown at once in a {@link SiteException}; nothing is returned then.
 */
public final class EasyChairImport {
    private static final Pattern ACCEPT = Pattern.compile("(?<![a-z])accept");
    private static final Pattern NOT_ACCEPT = Pattern.compile("(?<![a-z])(not|non)[\\s-]*accept");

    private EasyChairImport() {
    }

    /**
     * What to import.
     *
     * @param acceptedDecisions the decision texts of accepted papers, matched ignoring case and
     *     surrounding spaces; empty: every decision with the word "accept" in it ("accept",
     *     "ACCEPT (full paper)", "Accept as poster"), but not "not accepted"
     */
    public record Options(Set<String> acceptedDecisions) {
        public Options {
            acceptedDecisions = acceptedDecisions.stream().map(EasyChairImport::decisionKey)
                    .collect(Collectors.toUnmodifiableSet());
        }

        public static Options defaults() {
            return new Options(Set.of());
        }

        public static Options accepting(Set<String> decisions) {
            return new Options(decisions);
        }

        boolean accepts(String decision) {
            String key = decisionKey(decision);
            if (!acceptedDecisions.isEmpty()) {
                return acceptedDecisions.contains(key);
            }
            return ACCEPT.matcher(key).find() && !NOT_ACCEPT.matcher(key).find();
        }
    }

    /**
     * The imported entries, YAML-ready (maps keep their fields in the order of the data files), and
     * what was assumed on the way, each warning written as {@code file:line: message (what was assumed)}.
     * Everything in it is unmodifiable.
     */
    public record Result(List<Map<String, Object>> papers, List<Map<String, Object>> speakers, List<String> warnings) {
        public Result {
            papers = freezeList(papers);
            speakers = freezeList(speakers);
            warnings = List.copyOf(warnings);
        }
    }

    /** Reads both files; throws a {@link SiteException} with every problem found in them. */
    public static Result read(Path submissions, Path authors, Options options) {
        Problems problems = new Problems();
        Optional<CsvTable> submissionTable = CsvTable.read(submissions, Submission.REQUIRED, Submission.OPTIONAL, problems);
        Optional<CsvTable> authorTable = CsvTable.read(authors, AuthorRow.REQUIRED, AuthorRow.OPTIONAL, problems);
        if (submissionTable.isEmpty() || authorTable.isEmpty()) {
            problems.throwIfAny();
        }
        List<Submission> all = Submission.all(submissionTable.get(), problems);
        List<AuthorRow> rows = AuthorRow.all(authorTable.get(), Submission.numbers(submissionTable.get()),
                String.valueOf(submissions.getFileName()), problems);
        List<Submission> accepted = all.stream().filter(s -> !s.deleted() && options.accepts(s.decision())).toList();
        for (Submission submission : accepted) {
            if (submission.title().isEmpty()) {
                problems.add(Problem.at(submissions.toString(), submission.line(), 0, "accepted submission "
                        + submission.number() + " has no title", "give it its title in EasyChair and export again"));
            }
        }
        problems.throwIfAny();

        List<String> warnings = new ArrayList<>();
        Set<String> seen = all.stream().map(s -> decisionKey(s.decision())).collect(Collectors.toSet());
        for (String decision : options.acceptedDecisions()) {
            if (!seen.contains(decision)) {
                warnings.add(Problem.inFile(submissions.toString(), "no submission has the decision '" + decision + "'",
                        "check the spelling of the decisions chosen as accepted").toString());
            }
        }
        Map<Integer, List<AuthorRow>> bySubmission = rows.stream()
                .collect(Collectors.groupingBy(AuthorRow::submission, LinkedHashMap::new, Collectors.toList()));
        People people = new People(warnings);
        Ids paperIds = new Ids();
        List<Map<String, Object>> papers = new ArrayList<>();
        for (Submission submission : accepted) {
            List<AuthorRow> byline = bySubmission.getOrDefault(submission.number(), List.of());
            if (byline.isEmpty()) {
                warnings.add(Problem.at(submissions.toString(), submission.line(), 0, "submission " + submission.number()
                        + " has no authors in " + authors.getFileName(), "imported without authors, shown as to be announced").toString());
            }
            Set<String> authorIds = new LinkedHashSet<>();
            for (AuthorRow row : byline) {
                if (!authorIds.add(people.idOf(row))) {
                    warnings.add(Problem.at(authors.toString(), row.line(), 0, "person " + row.person() + " is an author of"
                            + " submission " + submission.number() + " twice", "listed once").toString());
                }
            }
            papers.add(paper(submission, paperIds.allocate(submission.title(), "paper-" + submission.number()),
                    List.copyOf(authorIds)));
        }
        List<Map<String, Object>> speakers = people.entries();
        return new Result(papers, speakers, warnings);
    }

    private static Map<String, Object> paper(Submission submission, String id, List<String> authorIds) {
        Map<String, Object> paper = new LinkedHashMap<>();
        paper.put("id", id);
        paper.put("origin", "easychair:" + submission.number());
        paper.put("title", submission.title());
        if (!authorIds.isEmpty()) {
            paper.put("authors", authorIds);
        }
        String text = submission.abstractText().strip();
        if (!text.isEmpty()) {
            paper.put("abstract", text);
        }
        if (!submission.keywords().isEmpty()) {
            paper.put("keywords", submission.keywords());
        }
        return paper;
    }

    private static String decisionKey(String decision) {
        return decision.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<Map<String, Object>> freezeList(List<Map<String, Object>> entries) {
        return entries.stream().map(EasyChairImport::freezeMap).toList();
    }

    private static Map<String, Object> freezeMap(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, freeze(value)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            return freezeMap((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EasyChairImport::freeze).toList();
        }
        return value;
    }
}
