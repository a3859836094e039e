package org.confsite.sitedata;

import java.util.ArrayList;
import java.util.List;

/**
 * What the site says about the conference beyond its programme, each part from its own file of
 * the data folder and each empty (or null) when the file is not there: committees, sponsors and
 * partners, contact, registration, other editions. Pages and home-page sections show a part only
 * when it has something. {@code language} is the key of the language the texts are in ("" for
 * the main language).
 */
public record SiteData(List<Committee> committees, List<SponsorTier> sponsors, Contact contact,
        Registration registration, List<Edition> editions, String language) {

    public static final SiteData NONE = new SiteData(List.of(), List.of(), null, null, List.of(), "");

    public SiteData {
        committees = List.copyOf(committees);
        sponsors = List.copyOf(sponsors);
        editions = List.copyOf(editions);
    }

    /** This data in the language with key {@code key} ("" for the main language). */
    public SiteData in(String key) {
        if (key.isEmpty()) {
            return this;
        }
        return new SiteData(committees.stream().map(c -> c.in(key)).toList(), sponsors.stream().map(t -> t.in(key)).toList(),
                contact == null ? null : contact.in(key), registration == null ? null : registration.in(key),
                editions.stream().map(e -> e.in(key)).toList(), key);
    }

    /**
     * Whether an entry's field is shown in the main language on a page of another: the page marks
     * it with the main language's {@code lang}, so that it is read out right.
     *
     * @param tr the entry's translations (its {@code tr})
     */
    public boolean untranslated(Localized tr, String field) {
        return !tr.has(language, field);
    }

    public List<Edition> getPastEditions() {
        return editions.stream().filter(Edition::past).toList();
    }

    public List<Edition> getFutureEditions() {
        return editions.stream().filter(e -> !e.past()).toList();
    }

    /** The pages this data makes, in the order the footer lists them: each only when its part has something. */
    public List<InfoPage> getPages() {
        List<InfoPage> pages = new ArrayList<>();
        if (!committees.isEmpty()) {
            pages.add(InfoPage.COMMITTEES);
        }
        if (!sponsors.isEmpty()) {
            pages.add(InfoPage.SPONSORS);
        }
        if (registration != null) {
            pages.add(InfoPage.REGISTRATION);
        }
        if (!editions.isEmpty()) {
            pages.add(InfoPage.EDITIONS);
        }
        if (contact != null) {
            pages.add(InfoPage.CONTACT);
        }
        return pages;
    }

    /** The address of the page of a type, e.g. {@code registration.html} for "registration". */
    public String page(String type) {
        return InfoPage.valueOf(type.toUpperCase(java.util.Locale.ROOT)).getUri();
    }

    /** The links the data gives (contact), for the link checker. */
    public List<org.confsite.programme.Link> links() {
        return contact == null ? List.of() : contact.links();
    }

    /** The asset paths of every picture the data shows (members' photos, logos), for their smaller copies. */
    public List<String> pictures() {
        List<String> out = new ArrayList<>();
        committees.forEach(c -> c.members().forEach(m -> out.add(m.photo())));
        sponsors.forEach(t -> t.sponsors().forEach(s -> out.add(s.logo())));
        out.removeIf(String::isEmpty);
        return out;
    }
}
