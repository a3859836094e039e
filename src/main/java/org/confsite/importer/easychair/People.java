package org.confsite.importer.easychair;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confsite.error.Problem;

/**
 * The authors of the imported papers as speakers: one per EasyChair person number, however many
 * papers they wrote, in the order they first appear. Each gets its id when first seen.
 */
final class People {
    private final Ids ids = new Ids();
    private final Map<Integer, Person> people = new LinkedHashMap<>();
    private final List<String> warnings;

    People(List<String> warnings) {
        this.warnings = warnings;
    }

    /** The speaker id of the row's person, adding the person if new. */
    String idOf(AuthorRow row) {
        Person person = people.get(row.person());
        if (person == null) {
            person = new Person(row, ids.allocate(row.name(), "person-" + row.person()));
            people.put(row.person(), person);
        } else {
            person.merge(row);
        }
        return person.id;
    }

    /** The speakers' entries, YAML-ready: id, origin, name, affiliation, country, links. */
    List<Map<String, Object>> entries() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Person person : people.values()) {
            list.add(person.entry());
        }
        return list;
    }

    private final class Person {
        private final AuthorRow first;
        private final String id;
        private String affiliation;
        private String country;
        private String webPage;

        Person(AuthorRow row, String id) {
            this.first = row;
            this.id = id;
            this.affiliation = row.affiliation();
            this.country = row.country();
            this.webPage = row.webPage();
        }

        void merge(AuthorRow row) {
            if (!row.name().equals(first.name())) {
                warn(row, "person " + row.person() + " is named '" + row.name() + "' here but '" + first.name() + "' on line "
                        + first.line(), "used '" + first.name() + "'");
            }
            affiliation = affiliation.isEmpty() ? row.affiliation() : affiliation;
            country = country.isEmpty() ? row.country() : country;
            webPage = webPage.isEmpty() ? row.webPage() : webPage;
        }

        Map<String, Object> entry() {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", id);
            entry.put("origin", "easychair-person:" + first.person());
            entry.put("name", first.name());
            if (!affiliation.isEmpty()) {
                entry.put("affiliation", affiliation);
            }
            if (!country.isEmpty()) {
                entry.put("country", country);
                if (!Countries.isKnown(country)) {
                    warn(first, "person " + first.person() + " has the country '" + country + "', not a country name"
                            + " the importer knows", "kept as given; correct it in the speaker's entry if it is misspelt");
                }
            }
            if (isWebAddress(webPage)) {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("title", "Web page");
                link.put("url", webPage);
                entry.put("links", List.of(link));
            } else if (!webPage.isEmpty()) {
                warn(first, "the web page of person " + first.person() + " is not an http:// or https:// address: '"
                        + webPage + "'", "left out; add it to the speaker's links as https://...");
            }
            return entry;
        }

        private void warn(AuthorRow row, String message, String assumed) {
            warnings.add(Problem.at(row.file(), row.line(), 0, message, assumed).toString());
        }
    }

    static boolean isWebAddress(String text) {
        if (!text.matches("(?i)https?://\\S+")) {
            return false;
        }
        try {
            String host = new URI(text).getHost();
            return host != null && !host.isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
