package org.confsite.sitedata;

import java.util.ArrayList;
import java.util.List;

/**
 * What the site says about the conference beyond its programme, each part from its own file of
 * the data folder and each empty (or null) when the file is not there: committees, sponsors and
 * partners, contact, registration, other editions, important dates, the photo gallery. Pages and
 * home-page sections show a part only when it has something. {@code language} is the key of the
 * language the texts are in ("" for the main language).
 *
 * @param dates   by first day (see {@link ImportantDate})
 * @param gallery null when there is no {@code gallery.yaml}
 */
public record SiteData(List<Committee> committees, List<SponsorTier> sponsors, Contact contact,
        Registration registration, List<Edition> editions, String language, List<ImportantDate> dates,
        Gallery gallery) {

    public static final SiteData NONE = new SiteData(List.of(), List.of(), null, null, List.of(), "", List.of(), null);
    /** How many dates the home page shows: the next ones not past. */
    static final int DATES_ON_HOME = 3;

    public SiteData {
        committees = List.copyOf(committees);
        sponsors = List.copyOf(sponsors);
        editions = List.copyOf(editions);
        dates = List.copyOf(dates);
    }

    /** This data in the language with key {@code key} ("" for the main language). */
    public SiteData in(String key) {
        if (key.isEmpty()) {
            return this;
        }
        return new SiteData(committees.stream().map(c -> c.in(key)).toList(), sponsors.stream().map(t -> t.in(key)).toList(),
                contact == null ? null : contact.in(key), registration == null ? null : registration.in(key),
                editions.stream().map(e -> e.in(key)).toList(), key, dates.stream().map(d -> d.in(key)).toList(),
                gallery == null ? null : gallery.in(key));
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
        if (!dates.isEmpty()) {
            pages.add(InfoPage.DATES);
        }
        if (gallery != null && !gallery.photos().isEmpty()) {
            pages.add(InfoPage.GALLERY);
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
        if (gallery != null) {
            gallery.photos().forEach(p -> out.add(p.path()));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The dates not past (happening now, then upcoming), by first day. */
    public List<ImportantDate> getUpcomingDates() {
        return dates.stream().filter(d -> !d.isPast()).toList();
    }

    /** The dates past, by first day. */
    public List<ImportantDate> getPastDates() {
        return dates.stream().filter(ImportantDate::isPast).toList();
    }

    /** The next few dates not past, for the home page; none when every date is past. */
    public List<ImportantDate> getNextDates() {
        List<ImportantDate> upcoming = getUpcomingDates();
        return upcoming.subList(0, Math.min(DATES_ON_HOME, upcoming.size()));
    }

    /** The calendar of the dates (in each language's folder), or "" when there are none. */
    public String getDatesCalendar() {
        return dates.isEmpty() ? "" : InfoPage.DATES_CALENDAR;
    }
}
