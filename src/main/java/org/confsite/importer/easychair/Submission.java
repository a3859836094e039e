package org.confsite.importer.easychair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.confsite.error.Problem;
import org.confsite.error.Problems;

/** One row of {@code submission.csv}: a paper as submitted, whatever its decision. */
record Submission(int line, int number, String title, String decision, String abstractText, List<String> keywords,
        boolean deleted) {
    static final List<String> REQUIRED = List.of("#", "title", "decision");
    static final List<String> OPTIONAL = List.of("abstract", "keywords", "deleted?");

    Submission {
        keywords = List.copyOf(keywords);
    }

    /** Every submission of the table, in file order; problems with a row go to {@code problems}. */
    static List<Submission> all(CsvTable table, Problems problems) {
        List<Submission> list = new ArrayList<>();
        Map<Integer, Integer> lines = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (!row.complete()) {
                continue;
            }
            Integer number = number(table, row, "#", problems);
            if (number == null) {
                continue;
            }
            Integer first = lines.putIfAbsent(number, row.line());
            if (first != null) {
                problems.add(Problem.at(table.file(), row.line(), 0, "submission " + number + " appears twice (also on line "
                        + first + ")", "keep one row per submission"));
                continue;
            }
            List<String> keywords = table.cell(row, "keywords").lines().map(String::strip).filter(k -> !k.isEmpty())
                    .distinct().toList();
            String deleted = table.cell(row, "deleted?").toLowerCase(Locale.ROOT);
            list.add(new Submission(row.line(), number, oneLine(table.cell(row, "title")), oneLine(table.cell(row, "decision")),
                    table.cell(row, "abstract").replace("\r\n", "\n").replace('\r', '\n'), keywords,
                    deleted.equals("yes") || deleted.equals("y") || deleted.equals("true")));
        }
        return list;
    }

    /** Every submission number in the table, also those of rows with problems, which are reported already. */
    static Set<Integer> numbers(CsvTable table) {
        return table.rows().stream().map(row -> table.cell(row, "#")).filter(Submission::isNumber).map(Integer::valueOf)
                .collect(Collectors.toSet());
    }

    private static boolean isNumber(String text) {
        return text.matches("[0-9]{1,9}") && Integer.parseInt(text) > 0;
    }

    /** A positive whole number in the named column, or null after adding a problem. */
    static Integer number(CsvTable table, CsvTable.Row row, String column, Problems problems) {
        String text = table.cell(row, column);
        if (isNumber(text)) {
            return Integer.parseInt(text);
        }
        problems.add(Problem.at(table.file(), row.line(), 0, text.isEmpty() ? "'" + column + "' is empty"
                : "'" + column + "' is not a number: '" + text + "'",
                "this column holds EasyChair's numbers, such as 12; check that the row's fields are in their columns"));
        return null;
    }

    /** Text for one line: line breaks and runs of spaces become one space. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
