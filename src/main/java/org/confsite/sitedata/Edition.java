package org.confsite.sitedata;

/**
 * Another edition of the conference series, from {@code data/editions.yaml}: its year, name,
 * place and site; {@code past} when it was before this one.
 */
public record Edition(int year, String name, String place, String url, boolean past, Localized tr) {
    Edition in(String key) {
        return new Edition(year, tr.get(key, "name", name), tr.get(key, "place", place), url, past, tr);
    }
}
