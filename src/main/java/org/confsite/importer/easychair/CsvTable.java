package org.confsite.importer.easychair;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.error.SiteException;
import org.confsite.yaml.YamlSource;

/**
 * One CSV file of an EasyChair export, read whole: its columns found by header name (ignoring case
 * and spaces, so {@code Submission #} is {@code submission #}), and its rows, each with the line it
 * starts on. A broken quote ends the reading of a file: the rows after it cannot be trusted.
 */
final class CsvTable {
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final String file;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    /**
     * One record of the file, the line it starts on (1-based), and whether it has as many fields as
     * the header: a row that has not is already a problem, and is read only for its number.
     */
    record Row(int line, List<String> cells, boolean complete) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    private CsvTable(String file, Map<String, Integer> columns, List<Row> rows) {
        this.file = file;
        this.columns = Map.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    boolean has(String column) {
        return columns.containsKey(key(column));
    }

    /** The row's cell in the named column, trimmed; "" when the file has no such column. */
    String cell(Row row, String column) {
        Integer index = columns.get(key(column));
        return index == null || index >= row.cells().size() ? "" : row.cells().get(index).strip();
    }

    /**
     * Reads {@code path}; {@code required} and {@code optional} name the columns the caller reads.
     * Problems go to {@code problems}; the result is empty when the file cannot be read as a table
     * (a missing file or column, a broken quote), and holds the rows otherwise.
     */
    static Optional<CsvTable> read(Path path, List<String> required, List<String> optional, Problems problems) {
        String file = path.toString();
        int before = problems.list().size();
        String text = text(path, file, problems);
        if (text == null) {
            return Optional.empty();
        }
        try {
            YamlSource.requireNoControlCharacters(text, file, 0);
        } catch (SiteException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
        LineIndex lines = new LineIndex(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            long endOfLast = 0;
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    rows.add(new Row(lines.lineAt(record.getCharacterPosition()), record.toList(), true));
                    endOfLast = parser.getCurrentLineNumber();
                }
            } catch (UncheckedIOException e) {
                int line = lines.firstNonBlankAfter(endOfLast);
                String reason = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                problems.add(Problem.at(file, line, 0, reason.contains("EOF")
                        ? "a quoted field that starts in this row is never closed"
                        : "a row whose quoted field has text after its closing quote",
                        "write a quote inside a quoted field twice, and end a quoted field with a quote followed by a"
                                + " comma or the end of the line"));
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            problems.add(Problem.inFile(file, "is empty", "export it again from EasyChair; its first line names the columns"));
            return Optional.empty();
        }
        Row header = rows.remove(0);
        Map<String, Integer> columns = columns(file, header, required, optional, problems);
        if (problems.list().size() > before) {
            return Optional.empty();
        }
        rows.removeIf(CsvTable::blank);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.cells().size() != header.cells().size()) {
                problems.add(Problem.at(file, row.line(), 0, "row has " + row.cells().size() + " fields, the header "
                        + header.cells().size(), "a field that holds a comma must be in double quotes"));
                rows.set(i, new Row(row.line(), row.cells(), false));
            }
        }
        return Optional.of(new CsvTable(file, columns, rows));
    }

    private static Map<String, Integer> columns(String file, Row header, List<String> required, List<String> optional,
            Problems problems) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            if (columns.putIfAbsent(key(header.cells().get(i)), i) != null) {
                twice.add(header.cells().get(i).strip());
            }
        }
        List<String> read = new ArrayList<>(required);
        read.addAll(optional);
        for (String name : twice) {
            if (read.stream().anyMatch(c -> key(c).equals(key(name)))) {
                problems.add(Problem.at(file, header.line(), 0, "the column '" + name + "' appears twice",
                        "remove or rename one of them"));
            }
        }
        for (String name : required) {
            if (!columns.containsKey(key(name))) {
                problems.add(Problem.at(file, header.line(), 0, "has no column '" + name + "'",
                        "export the file again from EasyChair with all its columns; the first line names them: "
                                + String.join(", ", header.cells())));
            }
        }
        return columns;
    }

    /** The file's text, strict UTF-8 without its byte-order mark, or null after adding a problem. */
    private static String text(Path path, String file, Problems problems) {
        byte[] bytes;
        try {
            if (!Files.exists(path)) {
                problems.add(Problem.inFile(file, "file not found", "check the path of the EasyChair export"));
                return null;
            }
            if (!Files.isRegularFile(path)) {
                problems.add(Problem.inFile(file, "is not a file", "give the path of the CSV file itself"));
                return null;
            }
            if (Files.size(path) > MAX_BYTES) {
                problems.add(tooLarge(file));
                return null;
            }
            // The size a file claims is not always what it holds (a pipe, /proc): read at most the limit.
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            problems.add(Problem.inFile(file, "file not found", "check the path of the EasyChair export"));
            return null;
        } catch (IOException e) {
            problems.add(Problem.inFile(file, "cannot be read: " + e.getMessage(), "check that the file is readable"));
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            problems.add(tooLarge(file));
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(Problem.inFile(file, "is not UTF-8 text", "export it again from EasyChair, which writes UTF-8,"
                    + " or save it with UTF-8 encoding"));
            return null;
        }
    }

    private static Problem tooLarge(String file) {
        return Problem.inFile(file, "is more than the 64 MB allowed for an EasyChair export",
                "check that this is the right file; a conference's export is far smaller");
    }

    private static boolean blank(Row row) {
        return row.cells().stream().allMatch(String::isBlank);
    }

    private static String key(String column) {
        return column.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Where each line starts in the text, to turn a character position into a line number. */
    private static final class LineIndex {
        private final String text;
        private final int[] starts;

        LineIndex(String text) {
            this.text = text;
            List<Integer> list = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long position) {
            int found = Arrays.binarySearch(starts, (int) position);
            return (found >= 0 ? found : -found - 2) + 1;
        }

        /** The first line after line {@code line} (1-based) that holds more than spaces. */
        int firstNonBlankAfter(long line) {
            int index = (int) line;
            while (index < starts.length - 1 && text.substring(starts[index], starts[index + 1]).isBlank()) {
                index++;
            }
            return Math.min(index, starts.length - 1) + 1;
        }
    }
}
