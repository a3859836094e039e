package org.confsite.sitedata;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.confsite.error.Problems;
import org.confsite.programme.Fields;
import org.confsite.yaml.DataFolder;
import org.confsite.yaml.YamlMap;

/**
 * Reads the data files beside the programme: {@code committees.yaml}, {@code sponsors.yaml},
 * {@code contact.yaml}, {@code registration.yaml}, {@code editions.yaml}, {@code dates.yaml}
 * ({@link DatesReader}) and {@code gallery.yaml} ({@link GalleryReader}). Each is optional; every
 * problem in every file is collected, and {@link #load} fails once with all of them.
 */
public final class SiteDataLoader {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final DataFolder folder;
    private final Entries entries;
    private final Problems problems = new Problems();
    private final LocalDate today;
    private final int year;
    private final Path assetsDir;
    private final String assetsName;
    private final Set<String> ids = new HashSet<>();

    private SiteDataLoader(Path dataDir, String dataName, Path assetsDir, String assetsName, Set<String> languages,
            LocalDate today, int year) {
        this.folder = new DataFolder(dataDir, dataName, problems);
        this.entries = new Entries(languages, new Fields(dataName, assetsDir, assetsName));
        this.today = today;
        this.year = year;
        this.assetsDir = assetsDir;
        this.assetsName = assetsName;
    }

    /**
     * @param languages the keys under which entries may carry translated fields
     * @param today     the build's day in the conference's time zone: registration opens and closes by it, and
     *                  important dates are past, now or to come
     * @param year      the conference's year: editions before it are past
     */
    public static SiteData load(Path dataDir, String dataName, Path assetsDir, String assetsName, Set<String> languages,
            LocalDate today, int year) {
        return new SiteDataLoader(dataDir, dataName, assetsDir, assetsName, languages, today, year).load();
    }

    private SiteData load() {
        List<Committee> committees = each("committees.yaml", "committees", this::committee);
        List<SponsorTier> sponsors = each("sponsors.yaml", "tiers", this::tier);
        YamlMap contactYaml = folder.read("contact.yaml", false);
        Contact contact = contactYaml == null ? null : contact(contactYaml);
        YamlMap registrationYaml = folder.read("registration.yaml", false);
        Registration registration = registrationYaml == null ? null : registration(registrationYaml);
        List<Edition> editions = each("editions.yaml", "editions", this::edition);
        List<ImportantDate> dates = new DatesReader(folder, entries, today).read();
        Gallery gallery = new GalleryReader(folder, entries, assetsDir, assetsName).read();
        problems.throwIfAny();
        return new SiteData(committees, sponsors, contact, registration,
                editions.stream().sorted(java.util.Comparator.comparingInt(Edition::year)).toList(), "", dates, gallery);
    }

    private <T> List<T> each(String file, String key, java.util.function.Function<YamlMap, T> reader) {
        List<YamlMap> list = folder.list(file, key);
        List<T> out = new ArrayList<>();
        for (YamlMap y : list == null ? List.<YamlMap>of() : list) {
            T value = reader.apply(y);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private Committee committee(YamlMap y) {
        Localized tr = entries.check(y, Set.of("id", "name", "description", "members"), Set.of("name", "description"));
        String id = id(y);
        String name = y.text("name");
        String description = entries.markdown(y, "description");
        if (!y.has("members")) {
            y.problem("missing required field 'members'", "list the committee's members under members:, each with a name");
        }
        List<Committee.Member> members = new ArrayList<>();
        for (YamlMap m : y.maps("members")) {
            Committee.Member member = member(m);
            if (member != null) {
                members.add(member);
            }
        }
        return id == null || name == null ? null : new Committee(id, name, description, members, tr);
    }

    private Committee.Member member(YamlMap y) {
        Localized tr = entries.check(y, Set.of("name", "role", "affiliation", "country", "photo", "url"),
                Set.of("name", "role", "affiliation", "country"));
        String name = y.text("name");
        String role = y.optText("role").orElse("");
        String affiliation = y.optText("affiliation").orElse("");
        String country = y.optText("country").orElse("");
        String photo = entries.picture(y, "photo");
        String url = entries.web(y, "url");
        return name == null ? null : new Committee.Member(name, role, affiliation, country, photo, url, tr);
    }

    private SponsorTier tier(YamlMap y) {
        Localized tr = entries.check(y, Set.of("id", "name", "sponsors"), Set.of("name"));
        String id = id(y);
        String name = y.text("name");
        if (!y.has("sponsors")) {
            y.problem("missing required field 'sponsors'", "list the tier's sponsors under sponsors:, each with a name");
        }
        List<SponsorTier.Sponsor> sponsors = new ArrayList<>();
        for (YamlMap s : y.maps("sponsors")) {
            Localized str = entries.check(s, Set.of("name", "url", "logo", "alt"), Set.of("name", "alt"));
            String sponsorName = s.text("name");
            String url = entries.web(s, "url");
            String logo = entries.picture(s, "logo");
            String alt = s.optText("alt").orElse(sponsorName);
            if (s.has("alt") && !s.has("logo")) {
                s.problem("alt", "'alt' describes a logo, and this sponsor has none", "add logo: ..., or remove alt");
            }
            if (sponsorName != null) {
                sponsors.add(new SponsorTier.Sponsor(sponsorName, url, logo, alt, str));
            }
        }
        return id == null || name == null ? null : new SponsorTier(id, name, sponsors, tr);
    }

    private Contact contact(YamlMap y) {
        Localized tr = entries.check(y, Set.of("email", "phone", "address", "links"), Set.of("address"));
        String email = entries.mail(y, "email");
        String phone = y.optText("phone").orElse("");
        if (!phone.isEmpty() && !phone.matches("\\+?[0-9 ()./-]{4,30}(\\s*(ext\\.?|#)\\s*[0-9]+)?")) {
            y.problem("phone", "'phone' is not a telephone number: '" + phone + "'",
                    "write it in international form, e.g. +886 2 3366 3366");
            phone = "";
        }
        String address = y.optText("address").orElse("");
        var links = entries.links(y);
        if (email.isEmpty() && phone.isEmpty() && address.isEmpty() && links.isEmpty()) {
            y.problem("the file gives no way to reach the organisers", "add email:, phone:, address: or links:");
        }
        return new Contact(email, phone, address, links, tr);
    }

    private Registration registration(YamlMap y) {
        Localized tr = entries.check(y, Set.of("url", "opens", "closes", "note", "prices"), Set.of("note"));
        String url = entries.web(y, "url");
        if (!y.has("url")) {
            y.problem("missing required field 'url'", "add url: https://... (where visitors register)");
        }
        LocalDate opens = entries.date(y, "opens", false);
        LocalDate closes = entries.date(y, "closes", false);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            y.problem("closes", "registration closes (" + closes + ") before it opens (" + opens + ")",
                    "correct one of the two dates");
        }
        String note = entries.markdown(y, "note");
        List<Registration.Price> prices = new ArrayList<>();
        for (YamlMap p : y.maps("prices")) {
            Localized ptr = entries.check(p, Set.of("label", "amount", "currency", "until", "note"), Set.of("label", "note"));
            String label = p.text("label");
            BigDecimal amount = p.has("amount") ? p.optDecimal("amount", 0, 1e9).orElse(null) : null;
            if (!p.has("amount")) {
                p.problem("missing required field 'amount'", "add amount: 0 for a free registration");
            }
            String currency = p.text("currency");
            if (currency != null && (!CURRENCY.matcher(currency).matches() || !isCurrency(currency))) {
                p.problem("currency", "'currency' must be a three-letter ISO 4217 code, not '" + currency + "'",
                        "e.g. TWD, USD or EUR");
                currency = null;
            }
            LocalDate until = entries.date(p, "until", false);
            String priceNote = p.optText("note").orElse("");
            if (label != null && amount != null && currency != null) {
                prices.add(new Registration.Price(label, amount, currency, until, priceNote,
                        until != null && today.isAfter(until), ptr));
            }
        }
        return url.isEmpty() ? null
                : new Registration(url, opens, closes, note, prices, Registration.stateOn(opens, closes, today), tr);
    }

    private Edition edition(YamlMap y) {
        Localized tr = entries.check(y, Set.of("year", "name", "place", "url"), Set.of("name", "place"));
        Integer editionYear = y.has("year") ? y.optInteger("year", 1900, 2999).orElse(null) : null;
        if (!y.has("year")) {
            y.problem("missing required field 'year'", "add year: 2025");
        } else if (editionYear != null && editionYear == year) {
            y.problem("year", "the edition of " + year + " is this one", "list only the other editions");
        }
        String name = y.text("name");
        String place = y.optText("place").orElse("");
        String url = entries.web(y, "url");
        return editionYear == null || name == null || editionYear == year ? null
                : new Edition(editionYear, name, place, url, editionYear < year, tr);
    }

    private static boolean isCurrency(String code) {
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The entry's id, checked: a slug, unique in its file (it is the entry's anchor in its page). */
    private String id(YamlMap y) {
        String id = entries.id(y, true);
        if (id != null && !ids.add(y.file() + "/" + id)) {
            y.problem("id", "duplicate id '" + id + "'", "ids must be unique; rename one");
            return null;
        }
        return id;
    }
}
