package org.confsite.sitedata;

import java.util.List;

/**
 * A tier of sponsors or partners ("Gold", "Partners"), shown in the order the file lists the
 * tiers, its sponsors in the order written.
 */
public record SponsorTier(String id, String name, List<Sponsor> sponsors, Localized tr) {
    public SponsorTier {
        sponsors = List.copyOf(sponsors);
    }

    /**
     * A sponsor: its name, and optionally its address and logo (a picture in the assets folder).
     * {@code alt} is the logo's text alternative: the name, unless the file says otherwise.
     */
    public record Sponsor(String name, String url, String logo, String alt, Localized tr) {
        Sponsor in(String key) {
            String translatedName = tr.get(key, "name", name);
            // A logo described by the sponsor's name is described by the translated name too.
            String translatedAlt = alt.equals(name) ? translatedName : alt;
            return new Sponsor(translatedName, url, logo, tr.get(key, "alt", translatedAlt), tr);
        }
    }

    SponsorTier in(String key) {
        return new SponsorTier(id, tr.get(key, "name", name), sponsors.stream().map(s -> s.in(key)).toList(),
                tr);
    }
}
