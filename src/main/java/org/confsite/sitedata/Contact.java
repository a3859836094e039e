package org.confsite.sitedata;

import java.util.List;
import org.confsite.programme.Link;

/**
 * How to reach the organisers, from {@code data/contact.yaml}: an e-mail address, a telephone
 * number, a postal address (lines), further links; each may be empty.
 */
public record Contact(String email, String phone, String address, List<Link> links, Localized tr) {
    public Contact {
        links = List.copyOf(links);
    }

    /** The lines of the postal address. */
    public List<String> getAddressLines() {
        return address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    Contact in(String key) {
        return new Contact(email, phone, tr.get(key, "address", address), links, tr);
    }
}
