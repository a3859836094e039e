package org.confsite.importer.easychair;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.confsite.error.Problem;
import org.confsite.error.Problems;

/**
 * One row of {@code author.csv}: a person as an author of one submission. Its e-mail address is
 * never read, so that it cannot reach a page.
 */
record AuthorRow(String file, int line, int submission, int person, String first, String last, String country,
        String affiliation, String webPage) {
    static final List<String> REQUIRED = List.of("submission #", "first name", "last name", "person #");
    static final List<String> OPTIONAL = List.of("country", "affiliation", "Web page");

    /**
     * Every row of the table, in file order; a row naming a submission not in {@code submissions},
     * or with no name, is a problem.
     */
    static List<AuthorRow> all(CsvTable table, Set<Integer> submissions, String submissionFileName, Problems problems) {
        List<AuthorRow> list = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (!row.complete()) {
                continue;
            }
            Integer submission = Submission.number(table, row, "submission #", problems);
            Integer person = Submission.number(table, row, "person #", problems);
            if (submission == null || person == null) {
                continue;
            }
            if (!submissions.contains(submission)) {
                problems.add(Problem.at(table.file(), row.line(), 0, "names submission " + submission + ", which is not in "
                        + submissionFileName, "export both files from EasyChair at the same time"));
                continue;
            }
            AuthorRow author = new AuthorRow(table.file(), row.line(), submission, person,
                    Submission.oneLine(table.cell(row, "first name")), Submission.oneLine(table.cell(row, "last name")),
                    Submission.oneLine(table.cell(row, "country")), Submission.oneLine(table.cell(row, "affiliation")),
                    table.cell(row, "Web page"));
            if (author.name().isEmpty()) {
                problems.add(Problem.at(table.file(), row.line(), 0, "person " + person + " has no name",
                        "give the first name or last name"));
                continue;
            }
            list.add(author);
        }
        return list;
    }

    /**
     * The name as EasyChair holds it, first name then last name. A Chinese name given in both
     * fields (惠敏, 陳) is written family name first with no space (陳惠敏), as Chinese names are.
     */
    String name() {
        if (first.isEmpty() || last.isEmpty()) {
            return first + last;
        }
        if (han(first) && han(last)) {
            return last + first;
        }
        return first + " " + last;
    }

    private static boolean han(String text) {
        return text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
