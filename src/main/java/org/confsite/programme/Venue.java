package org.confsite.programme;

/** Where the conference takes place. */
public record Venue(String name, String city, String country, String countryCode) {
}
