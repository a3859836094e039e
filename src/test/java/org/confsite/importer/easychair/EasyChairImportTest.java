package org.confsite.importer.easychair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confsite.bake.Slugs;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EasyChairImportTest {
    private static final String ADA_AFFILIATION = "Department of Imaginary Studies, Fictional University";
    private static final String FIRST_TITLE = "Open Budgets for Imaginary Towns: A Fictional Study of Civic Dashboards";

    @TempDir
    Path temp;

    private static Path fixture(String name) {
        try {
            return Path.of(EasyChairImportTest.class.getResource("/import/easychair/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EasyChairImport.Result read(String folder, EasyChairImport.Options options) {
        return EasyChairImport.read(fixture(folder + "submission.csv"), fixture(folder + "author.csv"), options);
    }

    private static List<String> problems(String folder) {
        SiteException e = assertThrows(SiteException.class, () -> read(folder, EasyChairImport.Options.defaults()));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static Map<String, Object> entry(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The entries with their keys in order, as a YAML writer would write them. */
    private static List<List<Object>> ordered(List<Map<String, Object>> entries) {
        List<List<Object>> out = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            List<Object> pairs = new ArrayList<>();
            entry.forEach((key, value) -> {
                pairs.add(key);
                pairs.add(value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>
                        ? list.stream().map(m -> new ArrayList<>(((Map<?, ?>) m).entrySet())).toList() : value);
            });
            out.add(pairs);
        }
        return out;
    }

    @Test
    void importsTheAcceptedPapersWithTheirAuthorsInOrder() {
        List<Map<String, Object>> expected = List.of(
                entry("id", "open-budgets-for-imaginary-towns-a-fictional-study", "origin", "easychair:1", "title", FIRST_TITLE,
                        "authors", List.of("ada-placeholder", "lin-yu-han"),
                        "abstract", "A fictional study, written only to test the importer.\n\nThe invented town of Nowhereville"
                                + " publishes its so-called \"citizen dashboards\"; we count, with made-up numbers, how often"
                                + " imaginary residents open them.",
                        "keywords", List.of("open budgets", "civic dashboards", "fiction")),
                entry("id", "zhi-hui-cheng-shi-zhi-li-de-xu-gou-an-li-yan-jiu", "origin", "easychair:2",
                        "title", "智慧城市治理的虛構案例研究", "authors", List.of("wang-xiao-ming", "ada-placeholder"),
                        "abstract", "本研究為虛構案例，僅用於測試匯入程式。", "keywords", List.of("智慧城市")),
                entry("id", "posters-of-a-make-believe-parliament", "origin", "easychair:5",
                        "title", "Posters of a Make-Believe Parliament", "authors", List.of("dana-invented", "ada-placeholder"),
                        "abstract", "Posters, \"quoted\" twice, about a parliament that never sat."),
                entry("id", "an-orphan-paper-with-no-listed-authors", "origin", "easychair:6",
                        "title", "An Orphan Paper With No Listed Authors"),
                entry("id", "open-budgets-for-imaginary-towns-a-fictional-study-2", "origin", "easychair:7", "title", FIRST_TITLE,
                        "authors", List.of("eve-notreal"),
                        "abstract", "A second invented paper with the same title as the first."));

        List<Map<String, Object>> papers = read("", EasyChairImport.Options.defaults()).papers();

        assertEquals(expected, papers);
        assertEquals(ordered(expected), ordered(papers));
    }

    @Test
    void joinsPeopleByPersonNumberIntoOneSpeakerEach() {
        List<Map<String, Object>> expected = List.of(
                entry("id", "ada-placeholder", "origin", "easychair-person:1", "name", "Ada Placeholder",
                        "affiliation", ADA_AFFILIATION, "country", "Taiwan",
                        "links", List.of(entry("title", "Web page", "url", "https://ada.example.org/"))),
                entry("id", "lin-yu-han", "origin", "easychair-person:2", "name", "林雨涵", "affiliation", "虛構大學",
                        "country", "Taiwan"),
                entry("id", "wang-xiao-ming", "origin", "easychair-person:3", "name", "王小明", "affiliation", "示範研究所",
                        "country", "Taiwan"),
                entry("id", "dana-invented", "origin", "easychair-person:6", "name", "Dana Invented",
                        "affiliation", "The \"Make-Believe\" Institute", "country", "Atlantis",
                        "links", List.of(entry("title", "Web page", "url", "http://dana.example.org/home"))),
                entry("id", "eve-notreal", "origin", "easychair-person:7", "name", "Eve Notreal",
                        "affiliation", "Sample College", "country", "United States"));

        List<Map<String, Object>> speakers = read("", EasyChairImport.Options.defaults()).speakers();

        assertEquals(expected, speakers);
        assertEquals(ordered(expected), ordered(speakers));
    }

    @Test
    void saysWhatItAssumed() {
        String authors = fixture("author.csv").toString();
        String submissions = fixture("submission.csv").toString();

        List<String> warnings = read("", EasyChairImport.Options.defaults()).warnings();

        assertEquals(List.of(
                authors + ":9: person 1 is named 'Ada B. Placeholder' here but 'Ada Placeholder' on line 2"
                        + " (used 'Ada Placeholder')",
                submissions + ":11: submission 6 has no authors in author.csv"
                        + " (imported without authors, shown as to be announced)",
                authors + ":8: person 6 has the country 'Atlantis', not a country name the importer knows"
                        + " (kept as given; correct it in the speaker's entry if it is misspelt)",
                authors + ":10: the web page of person 7 is not an http:// or https:// address: 'www.eve.example.org'"
                        + " (left out; add it to the speaker's links as https://...)"), warnings);
    }

    @Test
    void neverPutsAnEmailAddressInTheResult() throws IOException {
        String exported = Files.readString(fixture("author.csv"), StandardCharsets.UTF_8);
        Matcher addresses = Pattern.compile("[^\\s,\"]+@[^\\s,\"]+").matcher(exported);
        List<String> found = new ArrayList<>();
        while (addresses.find()) {
            found.add(addresses.group());
        }
        assertEquals(10, found.size(), "the fixture gives an address on every row");

        EasyChairImport.Result result = read("", EasyChairImport.Options.defaults());
        String everything = result.papers() + "\n" + result.speakers() + "\n" + result.warnings();

        for (String address : found) {
            assertFalse(everything.contains(address), address);
        }
        assertFalse(everything.contains("@"), everything);
    }

    @Test
    void leavesOutRejectedDeletedAndNotAcceptedSubmissionsAndTheirOnlyAuthors() {
        EasyChairImport.Result result = read("", EasyChairImport.Options.defaults());

        assertEquals(List.of("easychair:1", "easychair:2", "easychair:5", "easychair:6", "easychair:7"),
                result.papers().stream().map(p -> p.get("origin")).toList());
        String names = result.speakers().toString();
        assertFalse(names.contains("Bob") || names.contains("Carol"), names);
    }

    @Test
    void defaultDecisionsAreThoseThatSayAccept() {
        EasyChairImport.Options options = EasyChairImport.Options.defaults();

        for (String decision : List.of("accept", "ACCEPT (full paper)", "Accept as poster", " accepted ",
                "Short paper: accept")) {
            assertTrue(options.accepts(decision), decision);
        }
        for (String decision : List.of("reject", "not accepted", "Non-accepted", "unacceptable", "", "no decision")) {
            assertFalse(options.accepts(decision), decision);
        }
    }

    @Test
    void anOptionChoosesWhichDecisionsCountIgnoringCase() {
        EasyChairImport.Result result = read("", EasyChairImport.Options.accepting(Set.of("accept AS poster", " REJECT")));

        assertEquals(List.of("easychair:3", "easychair:5"), result.papers().stream().map(p -> p.get("origin")).toList());
        // Ada's only row among these papers gives her name as "Ada B. Placeholder".
        assertEquals(List.of("bob-fictive", "dana-invented", "ada-b-placeholder"),
                result.speakers().stream().map(s -> s.get("id")).toList());
    }

    @Test
    void warnsOfAChosenDecisionThatNoSubmissionHas() {
        EasyChairImport.Result result = read("", EasyChairImport.Options.accepting(Set.of("Accept (journal)")));

        assertEquals(List.of(), result.papers());
        assertEquals(List.of(fixture("submission.csv") + ": no submission has the decision 'accept (journal)'"
                + " (check the spelling of the decisions chosen as accepted)"), result.warnings());
    }

    @Test
    void readsAByteOrderMarkCrlfLinesReorderedAndExtraColumnsAndBlankTrailingLinesAlike() throws IOException {
        byte[] submissions = Files.readAllBytes(fixture("bom-crlf/submission.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(submissions[0], submissions[1], submissions[2]));
        assertTrue(new String(submissions, StandardCharsets.UTF_8).contains("\r\n\r\n"), "blank trailing lines");

        EasyChairImport.Result plain = read("", EasyChairImport.Options.defaults());
        EasyChairImport.Result variant = read("bom-crlf/", EasyChairImport.Options.defaults());

        assertEquals(plain.papers(), variant.papers());
        assertEquals(ordered(plain.speakers()), ordered(variant.speakers()));
        String folder = fixture("bom-crlf/author.csv").getParent().toString();
        assertEquals(plain.warnings().stream().map(w -> w.replace(fixture("author.csv").getParent().toString(), folder))
                .toList(), variant.warnings());
    }

    @Test
    void reportsEveryProblemOfBothFilesAtOnceWithFileAndLine() {
        String submissions = fixture("broken/submission.csv").toString();
        String authors = fixture("broken/author.csv").toString();

        assertEquals(List.of(
                submissions + ":7: row has 13 fields, the header 12 (a field that holds a comma must be in double quotes)",
                submissions + ":4: '#' is not a number: 'x2' (this column holds EasyChair's numbers, such as 12;"
                        + " check that the row's fields are in their columns)",
                submissions + ":5: submission 1 appears twice (also on line 2) (keep one row per submission)",
                authors + ":3: names submission 99, which is not in submission.csv (export both files from EasyChair at the"
                        + " same time)",
                authors + ":4: 'person #' is empty (this column holds EasyChair's numbers, such as 12; check that the row's"
                        + " fields are in their columns)",
                authors + ":5: person 4 has no name (give the first name or last name)",
                submissions + ":6: accepted submission 3 has no title (give it its title in EasyChair and export again)"),
                problems("broken/"));
    }

    @Test
    void reportsAnUnclosedQuoteAtTheRowItStartsAndAMissingColumnTogether() {
        assertEquals(List.of(
                fixture("unclosed/submission.csv") + ":5: a quoted field that starts in this row is never closed (write a quote"
                        + " inside a quoted field twice, and end a quoted field with a quote followed by a comma or the end"
                        + " of the line)",
                fixture("unclosed/author.csv") + ":1: has no column 'person #' (export the file again from EasyChair with"
                        + " all its columns; the first line names them: submission #, first name, last name, email, country,"
                        + " affiliation, Web page)"),
                problems("unclosed/"));
    }

    @Test
    void reportsTextAfterAClosingQuote() throws IOException {
        Path submissions = write("submission.csv", "#,title,decision\n1,\"A \"fictional\" paper\",accept\n");
        Path authors = write("author.csv", "submission #,first name,last name,person #\n");

        SiteException e = assertThrows(SiteException.class,
                () -> EasyChairImport.read(submissions, authors, EasyChairImport.Options.defaults()));

        assertEquals(List.of(submissions + ":2: a row whose quoted field has text after its closing quote (write a quote"
                + " inside a quoted field twice, and end a quoted field with a quote followed by a comma or the end of the"
                + " line)"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void reportsMissingFilesAndColumnsTogether() throws IOException {
        Path submissions = write("submission.csv", "#,Title,authors\n1,A fictional paper,Ada Placeholder\n");
        Path authors = temp.resolve("no-such-author.csv");

        SiteException e = assertThrows(SiteException.class,
                () -> EasyChairImport.read(submissions, authors, EasyChairImport.Options.defaults()));

        assertEquals(List.of(
                submissions + ":1: has no column 'decision' (export the file again from EasyChair with all its columns;"
                        + " the first line names them: #, Title, authors)",
                authors + ": file not found (check the path of the EasyChair export)"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void refusesAFileOverSixtyFourMegabytes() throws IOException {
        Path submissions = temp.resolve("submission.csv");
        try (RandomAccessFile file = new RandomAccessFile(submissions.toFile(), "rw")) {
            file.setLength(CsvTable.MAX_BYTES + 1);
        }
        Path authors = write("author.csv", "submission #,first name,last name,person #\n");

        SiteException e = assertThrows(SiteException.class,
                () -> EasyChairImport.read(submissions, authors, EasyChairImport.Options.defaults()));

        assertEquals(List.of(submissions + ": is more than the 64 MB allowed for an EasyChair export (check that this is the"
                + " right file; a conference's export is far smaller)"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        Path submissions = temp.resolve("submission.csv");
        Files.write(submissions, "#,title,decision\n1,Caf\u00e9,accept\n".getBytes(StandardCharsets.ISO_8859_1));
        Path authors = write("author.csv", "submission #,first name,last name,person #\n");

        SiteException e = assertThrows(SiteException.class,
                () -> EasyChairImport.read(submissions, authors, EasyChairImport.Options.defaults()));

        assertEquals(List.of(submissions + ": is not UTF-8 text (export it again from EasyChair, which writes UTF-8, or save it"
                + " with UTF-8 encoding)"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void refusesControlCharactersAndAColumnGivenTwice() throws IOException {
        Path submissions = write("submission.csv", "#,title,decision\n1,A fictional\u0007 paper,accept\n");
        Path authors = write("author.csv", "submission #,First Name,first name,last name,person #\n");

        SiteException e = assertThrows(SiteException.class,
                () -> EasyChairImport.read(submissions, authors, EasyChairImport.Options.defaults()));

        assertEquals(List.of(
                submissions + ":2:14: contains the control character U+0007 (delete it; it is invisible in most editors)",
                authors + ":1: the column 'first name' appears twice (remove or rename one of them)"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void listsAPersonOnceWhenNamedTwiceOnOnePaper() throws IOException {
        Path submissions = write("submission.csv", "#,title,decision\n1,A Fictional Paper,accept\n");
        Path authors = write("author.csv", "submission #,first name,last name,person #\n1,Ada,Placeholder,1\n"
                + "1,Ada,Placeholder,1\n");

        EasyChairImport.Result result = EasyChairImport.read(submissions, authors, EasyChairImport.Options.defaults());

        assertEquals(List.of("ada-placeholder"), result.papers().get(0).get("authors"));
        assertEquals(List.of(authors + ":3: person 1 is an author of submission 1 twice (listed once)"), result.warnings());
    }

    @Test
    void givesSlugIdsShortenedAtAWordAndUniquePerKind() throws IOException {
        Path submissions = write("submission.csv", "#,title,decision\n"
                + "1,\"An Extraordinarily Long Fictional Title About Entirely Imaginary Digital Services Everywhere\",accept\n"
                + "2,Café Ümlauts & Co.,accept\n3,!!!,accept\n4,Café Umlauts Co,accept\n");
        Path authors = write("author.csv", "submission #,first name,last name,person #\n1,José,Ñandú,1\n2,Jose,Nandu,2\n");

        EasyChairImport.Result result = EasyChairImport.read(submissions, authors, EasyChairImport.Options.defaults());

        assertEquals(List.of("an-extraordinarily-long-fictional-title-about", "cafe-umlauts-co", "paper-3", "cafe-umlauts-co-2"),
                result.papers().stream().map(p -> p.get("id")).toList());
        assertEquals(List.of("jose-nandu", "jose-nandu-2"), result.speakers().stream().map(s -> s.get("id")).toList());
        for (Map<String, Object> entry : result.papers()) {
            String id = (String) entry.get("id");
            assertTrue(Slugs.isSlug(id) && id.length() <= Ids.MAX_LENGTH, id);
        }
    }

    @Test
    void theResultCannotBeChanged() {
        EasyChairImport.Result result = read("", EasyChairImport.Options.defaults());
        List<Map<String, Object>> papers = result.papers();
        Map<String, Object> first = papers.get(0);
        @SuppressWarnings("unchecked")
        List<String> authors = (List<String>) first.get("authors");
        @SuppressWarnings("unchecked")
        Map<String, Object> link = ((List<Map<String, Object>>) result.speakers().get(0).get("links")).get(0);

        assertThrows(UnsupportedOperationException.class, () -> papers.add(Map.of()));
        assertThrows(UnsupportedOperationException.class, () -> first.put("title", "changed"));
        assertThrows(UnsupportedOperationException.class, () -> authors.add("someone"));
        assertThrows(UnsupportedOperationException.class, () -> link.put("url", "https://example.org/"));
        assertThrows(UnsupportedOperationException.class, () -> result.warnings().clear());
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
