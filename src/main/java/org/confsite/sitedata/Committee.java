package org.confsite.sitedata;

import java.util.List;

/** A committee of the conference (organising, programme ...), its members in the order written. */
public record Committee(String id, String name, String description, List<Member> members, Localized tr) {
    public Committee {
        members = List.copyOf(members);
    }

    /** A member: name required; role, affiliation, country, photo (in the assets folder) and url may be "". */
    public record Member(String name, String role, String affiliation, String country, String photo, String url,
            Localized tr) {
        Member in(String key) {
            return new Member(tr.get(key, "name", name), tr.get(key, "role", role),
                    tr.get(key, "affiliation", affiliation), tr.get(key, "country", country), photo, url, tr);
        }
    }

    Committee in(String key) {
        return new Committee(id, tr.get(key, "name", name), tr.get(key, "description", description),
                members.stream().map(m -> m.in(key)).toList(), tr);
    }
}
