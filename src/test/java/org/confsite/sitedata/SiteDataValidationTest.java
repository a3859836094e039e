package org.confsite.sitedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
 * The checks of the committees, sponsors, registration, editions and contact files: each broken
 * file fails with every problem at its line and column, saying what to do.
 */
class SiteDataValidationTest {
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

    @Test
    void noFilesNoData() {
        SiteData none = load();
        assertEquals(List.of(), none.getPages());
        assertEquals(List.of(), none.pictures());
    }

    @Test
    void committees() throws IOException {
        assertEquals(List.of(
                "data/committees.yaml:3:5: unknown field 'nmae' (did you mean 'name'?)",
                "data/committees.yaml:2:5: missing required field 'name' (add name: ...)",
                "data/committees.yaml:7:18: unknown field 'bio' (allowed: affiliation, country, name, role)",
                "data/committees.yaml:5:28: photo 'img/nobody.jpg' is not in assets/ (put the image at assets/img/nobody.jpg,"
                        + " or correct the path)",
                "data/committees.yaml:6:15: 'url' is not a web address: 'www.example.org' (write the whole address,"
                        + " starting https://)",
                "data/committees.yaml:8:9: missing required field 'name' (add name: ...)",
                "data/committees.yaml:9:10: id 'Programme' is not a lowercase ASCII slug (use letters a-z, digits and single"
                        + " hyphens)",
                "data/committees.yaml:9:5: missing required field 'members' (list the committee's members under members:,"
                        + " each with a name)"),
                errors("committees.yaml", """
                        committees:
                          - id: organising
                            nmae: Organising
                            members:
                              - {name: Ada, photo: img/nobody.jpg,
                                 url: www.example.org,
                                 zh-tw: {bio: 不行}}
                              - role: Chair
                          - {id: Programme, name: Programme}
                        """));
    }

    @Test
    void sponsors() throws IOException {
        assertEquals(List.of(
                "data/sponsors.yaml:1:1: unknown field 'sponsors' (allowed: tiers)",
                "data/sponsors.yaml:1:1: missing top-level 'tiers:' list (start the file with tiers:)"),
                errors("sponsors.yaml", "sponsors:\n  - name: Ada\n"));
        assertEquals(List.of(
                "data/sponsors.yaml:4:37: 'alt' describes a logo, and this sponsor has none (add logo: ..., or remove alt)",
                "data/sponsors.yaml:5:27: 'logo' must be the path of an image in the assets folder, not '../secret.png'"
                        + " (a jpg, png, webp, avif, gif or svg file, e.g. logo: img/people/ada.jpg)",
                "data/sponsors.yaml:6:10: duplicate id 'gold' (ids must be unique; rename one)"),
                errors("sponsors.yaml", """
                        tiers:
                          - id: gold
                            name: Gold
                            sponsors: [{name: Example, alt: A logo},
                              {name: Other, logo: ../secret.png}]
                          - {id: gold, name: Gold again, sponsors: []}
                        """));
    }

    @Test
    void registration() throws IOException {
        assertEquals(List.of(
                "data/registration.yaml:1:1: missing required field 'url' (add url: https://... (where visitors register))",
                "data/registration.yaml:2:8: 'opens' is not a date: '1 May 2030' (write it as YYYY-MM-DD, e.g. 2024-06-11)",
                "data/registration.yaml:4:40: 'currency' must be a three-letter ISO 4217 code, not 'NTD' (e.g. TWD, USD or"
                        + " EUR)",
                "data/registration.yaml:5:5: missing required field 'amount' (add amount: 0 for a free registration)"),
                errors("registration.yaml", """
                        note: Soon.
                        opens: 1 May 2030
                        prices:
                          - {label: All, amount: 10, currency: NTD}
                          - {label: Free, currency: TWD}
                        """));
        assertEquals(List.of(
                "data/registration.yaml:3:9: registration closes (2030-04-01) before it opens (2030-05-01)"
                        + " (correct one of the two dates)"),
                errors("registration.yaml", "url: https://example.org/\nopens: 2030-05-01\ncloses: 2030-04-01\n"));
    }

    @Test
    void registrationStateByTheBuildsDay() {
        assertEquals(Registration.State.NOT_YET_OPEN, Registration.stateOn(TODAY.plusDays(1), null, TODAY));
        assertEquals(Registration.State.OPEN, Registration.stateOn(TODAY, TODAY, TODAY));
        assertEquals(Registration.State.CLOSED, Registration.stateOn(null, TODAY.minusDays(1), TODAY));
        assertEquals(Registration.State.OPEN, Registration.stateOn(null, null, TODAY));
    }

    @Test
    void editionsAndContact() throws IOException {
        assertEquals(List.of(
                "data/editions.yaml:2:12: the edition of 2030 is this one (list only the other editions)",
                "data/editions.yaml:3:12: 'year' must be a whole number from 1900 to 2999, not 'twenty'"),
                errors("editions.yaml", "editions:\n  - {year: 2030, name: This}\n  - {year: twenty, name: Old}\n"));
        Files.delete(data.resolve("editions.yaml"));
        assertEquals(List.of(
                "data/contact.yaml:1:8: 'email' is not an e-mail address: 'forum at example.org' (write it as"
                        + " name@example.org)",
                "data/contact.yaml:2:8: 'phone' is not a telephone number: 'call us' (write it in international form,"
                        + " e.g. +886 2 3366 3366)",
                "data/contact.yaml:1:1: the file gives no way to reach the organisers (add email:, phone:, address: or"
                        + " links:)"),
                errors("contact.yaml", "email: forum at example.org\nphone: call us\n"));
    }

    @Test
    void translationsOfTheWrongShape() throws IOException {
        assertEquals(List.of(
                "data/editions.yaml:2:42: 'zh-tw' must hold translated fields, e.g. zh-tw: {name: ...} (the fields that"
                        + " may be translated here: name, place)"),
                errors("editions.yaml", "editions:\n  - {year: 2029, name: Last year, zh-tw: 去年}\n"));
    }
}
