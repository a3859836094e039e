package org.confsite.programme;

import java.math.BigDecimal;

/**
 * Where the conference takes place. The street address, postal code and coordinates are
 * optional ({@code ""} or null when not given); coordinates are WGS 84 decimal degrees.
 */
public record Venue(
        String name,
        String streetAddress,
        String postalCode,
        String city,
        String country,
        String countryCode,
        BigDecimal latitude,
        BigDecimal longitude) {

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
