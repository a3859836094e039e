package org.confsite.sitedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of {@code dates.yaml} and {@code gallery.yaml}: each broken file fails with every
 * problem at its line and column, saying what to do; the gallery's folder stays inside the
 * assets folder, and the list and the folder agree.
 */
class DatesAndGalleryValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2030, 1, 25);

    @TempDir
    Path data;
    @TempDir
    Path assets;

    private SiteData load() {
        return SiteDataLoader.load(data, "data", assets, "assets", Set.of("zh-tw"), TODAY, 2030);
    }

    private List<String> errors(String file, String yaml) throws IOException {
        Files.writeString(data.resolve(file), yaml);
        SiteException e = assertThrows(SiteException.class, this::load);
        return e.problems().stream().map(Problem::toString).toList();
    }

    private void photo(String name) throws IOException {
        Files.createDirectories(assets.resolve("img/gallery"));
        org.confsite.support.TestSites.picture(assets.resolve("img/gallery").resolve(name), 40, 30, java.awt.Color.BLUE);
    }

    @Test
    void datesWrittenWrong() throws IOException {
        assertEquals(List.of(
                "data/dates.yaml:16:5: each entry of 'dates' must be a mapping of key: value lines (indent its fields under"
                        + " it)",
                "data/dates.yaml:3:11: 'date' is not a date: '15 January 2030' (write it as YYYY-MM-DD, e.g. 2024-06-11)",
                "data/dates.yaml:6:10: 'end' (2030-02-01) is before 'date' (2030-02-10) (a period ends on or after its first"
                        + " day: correct one of the two dates)",
                "data/dates.yaml:7:44: unknown field 'ned' (did you mean 'end'?)",
                "data/dates.yaml:8:5: missing required field 'what' (say what happens on the date, e.g. what: Full paper"
                        + " submission deadline)",
                "data/dates.yaml:9:5: missing required field 'date' (add the day as date: YYYY-MM-DD, e.g. date: 2024-01-15)",
                "data/dates.yaml:10:10: id 'Notification' is not a lowercase ASCII slug (use letters a-z, digits and single"
                        + " hyphens)",
                "data/dates.yaml:11:58: unknown field 'when' (did you mean 'what'?)",
                "data/dates.yaml:12:10: duplicate id 'dinner' (ids must be unique; rename one)",
                "data/dates.yaml:13:44: 'url' is not a web address a calendar can hold: 'https://example.org/a|b' (write"
                        + " characters such as | { } ^ and spaces as %7C %7B %7D %5E %20)",
                "data/dates.yaml:14:5: another date above has the key '2030-03-04-opening' this one's day and text make"
                        + " (give one of them an id: ..., its address in the page and its calendar UID)",
                "data/dates.yaml:15:27: 'date' is not a date: '2030-2-1' (write it as YYYY-MM-DD, e.g. 2024-06-11)",
                "data/dates.yaml:15:42: 'url' is not a web address: 'example.org' (write the whole address, starting"
                        + " https://)"), errors("dates.yaml", """
                dates:
                  - what: Submission deadline
                    date: 15 January 2030
                  - what: Reviews
                    date: 2030-02-10
                    end: 2030-02-01
                  - {what: Camera-ready, date: 2030-02-28, ned: 2030-03-01}
                  - date: 2030-03-01
                  - what: Registration
                  - {id: Notification, what: Notification, date: 2030-02-15}
                  - {id: dinner, what: Dinner, date: 2030-03-04, zh-tw: {when: 晚宴}}
                  - {id: dinner, what: Dinner again, date: 2030-03-05}
                  - {what: Opening, date: 2030-03-04, url: "https://example.org/a|b"}
                  - {what: Opening, date: 2030-03-04}
                  - {what: Posters, date: 2030-2-1, url: example.org}
                  - 2030-06-01 Deadline
                """));
        assertEquals(List.of("data/dates.yaml:1:1: the file must be a mapping of key: value lines (indent its fields under it)",
                "data/dates.yaml:1:1: missing top-level 'dates:' list (start the file with dates:)"),
                errors("dates.yaml", "- {what: Deadline, date: 2030-01-01}\n"));
    }

    @Test
    void aDateWithoutAnIdIsKnownByItsDayAndText() {
        LocalDate day = LocalDate.of(2024, 1, 15);
        assertEquals("2024-01-15-full-paper-submission-deadline", DatesReader.keyOf(day, "Full paper submission deadline"));
        // Long text is cut at a hyphen; text without Latin letters is known by a hash of it.
        assertEquals("2024-01-15-deadline-for-the-submission-of-extended-abstracts",
                DatesReader.keyOf(day, "Deadline for the submission of extended abstracts to the doctoral colloquium"));
        assertEquals("2024-01-15-0d2f2f2d".length(), DatesReader.keyOf(day, "論文投稿截止").length());
        assertEquals(DatesReader.keyOf(day, "論文投稿截止"), DatesReader.keyOf(day, "論文投稿截止"));
        assertEquals(false, DatesReader.keyOf(day, "論文投稿截止").equals(DatesReader.keyOf(day, "海報投稿截止")));
    }

    @Test
    void datesAreSortedAndPlacedAgainstTheDay() throws IOException {
        Files.writeString(data.resolve("dates.yaml"), """
                dates:
                  - {id: later, what: Later, date: 2030-02-01}
                  - {id: period, what: Period, date: 2030-01-20, end: 2030-01-25}
                  - {id: before, what: Before, date: 2030-01-24}
                  - {id: same-day, what: Same day, date: 2030-01-25, end: 2030-01-25, zh-tw: {what: 同一天}}
                """);
        SiteData info = load();
        assertEquals(List.of("period", "before", "same-day", "later"), info.dates().stream().map(ImportantDate::key).toList());
        assertEquals(List.of("period", "same-day", "later"), info.getUpcomingDates().stream().map(ImportantDate::key).toList());
        assertEquals(List.of("before"), info.getPastDates().stream().map(ImportantDate::key).toList());
        assertEquals(false, info.dates().get(2).isPeriod(), "a period of one day is a day");
        assertEquals("同一天", info.in("zh-tw").dates().get(2).what());
        assertEquals(List.of(InfoPage.DATES), info.getPages());
        assertEquals("dates.ics", info.getDatesCalendar());
    }

    @Test
    void theGallerysFolderStaysInsideTheAssetsFolder(@TempDir Path outside) throws IOException {
        for (String folder : List.of("../secret", "/etc", "img/../../secret", "img\\\\gallery", ".hidden")) {
            assertEquals(List.of("data/gallery.yaml:1:9: 'folder' must be a folder inside the assets folder, written relative"
                    + " to it, not '" + folder.replace("\\\\", "\\") + "' (e.g. folder: img/gallery (no leading /, no .., no \\))"),
                    errors("gallery.yaml", "folder: \"" + folder + "\"\nphotos: []\n"), folder);
        }
        assertEquals(List.of("data/gallery.yaml:1:9: the gallery's folder assets/img/nowhere/ is not there (create it and put"
                + " the photos in it, or correct 'folder')"), errors("gallery.yaml", "folder: img/nowhere\nphotos: []\n"));
        // A link out of the assets folder is not followed, whatever the folder's name.
        Files.createDirectories(assets.resolve("img"));
        Files.createSymbolicLink(assets.resolve("img/gallery"), outside);
        org.confsite.support.TestSites.picture(outside.resolve("secret.png"), 40, 30, java.awt.Color.RED);
        List<String> found = errors("gallery.yaml", "folder: img/gallery\nphotos:\n  - {file: secret.png, caption: x}\n");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("data/gallery.yaml:1:9: the gallery's folder assets/img/gallery/ leads outside the"
                + " assets folder, to "), found.get(0));
        assertTrue(found.get(0).endsWith(" (put the photos themselves in assets/img/gallery/)"), found.get(0));
    }

    @Test
    void theListAndTheFolderAgree() throws IOException {
        photo("opening.jpg");
        photo("dinner.png");
        photo("extra.jpg");
        Files.writeString(assets.resolve("img/gallery/notes.txt"), "not a photo");
        Files.writeString(assets.resolve("img/gallery/.DS_Store"), "hidden: not published, not reported");
        assertEquals(List.of(
                "data/gallery.yaml:2:1: unknown field 'title' (allowed: folder, photos)",
                "data/gallery.yaml:4:11: the photo 'Opening.jpg' is not in assets/img/gallery/ (did you mean 'opening.jpg'?)",
                "data/gallery.yaml:6:12: the photo 'missing.jpg' is not in assets/img/gallery/ (put it there, or correct the"
                        + " name)",
                "data/gallery.yaml:7:12: 'clip.gif' is not a JPEG or PNG photo (save it as JPEG (photos) or PNG: the gallery"
                        + " shows each photo in several widths, made from those)",
                "data/gallery.yaml:8:12: 'file' must be the name of a photo in the gallery's folder, not 'sub/dinner.png'"
                        + " (write only the name, e.g. file: opening.jpg, and put the photo in assets/img/gallery/)",
                "data/gallery.yaml:10:26: unknown field 'title' (allowed: alt, caption)",
                "data/gallery.yaml:9:5: missing required field 'caption' (add caption: ...)",
                "data/gallery.yaml:11:12: the photo 'dinner.png' is listed twice (remove one of them)",
                "data/gallery.yaml:4:3: assets/img/gallery/extra.jpg is in the gallery's folder but not in its list (add it"
                        + " under photos: as - {file: extra.jpg, caption: ...}, or move it out of assets/img/gallery/ (every"
                        + " file there is published))",
                "data/gallery.yaml:4:3: assets/img/gallery/notes.txt is in the gallery's folder but not in its list (add it"
                        + " under photos: as - {file: notes.txt, caption: ...}, or move it out of assets/img/gallery/ (every"
                        + " file there is published))",
                "data/gallery.yaml:4:3: assets/img/gallery/opening.jpg is in the gallery's folder but not in its list (add it"
                        + " under photos: as - {file: opening.jpg, caption: ...}, or move it out of assets/img/gallery/ (every"
                        + " file there is published))"),
                errors("gallery.yaml", """
                        folder: img/gallery
                        title: Photos
                        photos:
                          - file: Opening.jpg
                            caption: The opening
                          - {file: missing.jpg, caption: Gone}
                          - {file: clip.gif, caption: A clip}
                          - {file: sub/dinner.png, caption: Dinner}
                          - file: dinner.png
                            zh-tw: {caption: 晚宴, title: 不行}
                          - {file: dinner.png, caption: Dinner again}
                        """));
        assertEquals(List.of("data/gallery.yaml:1:1: missing top-level 'photos:' list (list the photos under photos:, each"
                + " with its file and caption)"), errors("gallery.yaml", "folder: img/gallery/\n").subList(0, 1));
    }

    @Test
    void aGalleryInTheDefaultFolderWithTranslatedCaptions() throws IOException {
        photo("opening.jpg");
        photo("posters.png");
        Files.writeString(data.resolve("gallery.yaml"), """
                photos:
                  - {file: opening.jpg, caption: The opening, zh-tw: {caption: 開幕式}}
                  - {file: posters.png, caption: Posters, alt: People reading posters, zh-tw: {alt: 閱讀海報的人}}
                """);
        SiteData info = load();
        Gallery gallery = info.gallery();
        assertEquals("img/gallery", gallery.folder());
        assertEquals(List.of("img/gallery/opening.jpg", "img/gallery/posters.png"), info.pictures());
        assertEquals("The opening", gallery.photos().get(0).alt(), "the caption, when no alt is given");
        Gallery zh = info.in("zh-tw").gallery();
        assertEquals("開幕式", zh.photos().get(0).alt(), "the translated caption");
        assertEquals("Posters", zh.photos().get(1).caption());
        assertEquals("閱讀海報的人", zh.photos().get(1).alt());
        assertTrue(info.in("zh-tw").untranslated(zh.photos().get(1).tr(), "caption"));
        assertEquals("alt", zh.photos().get(1).getAltField());
        assertEquals(List.of(InfoPage.GALLERY), info.getPages());
    }
}
