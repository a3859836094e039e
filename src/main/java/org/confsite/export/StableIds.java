package org.confsite.export;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Identifiers that stay the same from build to build, so that calendars and conference apps
 * recognise a session they have seen before: they depend only on the site's address and the
 * session's id, never on its time, room or position in the programme.
 */
public final class StableIds {
    /** The URL namespace of RFC 4122 (appendix C), for name-based UUIDs of URLs. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private final String baseUrl;
    private final String host;

    /** @param baseUrl the site's address, ending in "/" */
    public StableIds(String baseUrl) {
        this.baseUrl = baseUrl;
        URI uri = URI.create(baseUrl);
        String h = uri.getHost() == null ? "localhost" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        // Two sites on one host (/2024/ and /2025/) must not share UIDs.
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        this.host = h + path;
    }

    /**
     * An iCalendar UID: the session's id at the site's host and path, e.g.
     * {@code taipei-night@dgo2024.example.org}, or {@code opening@example.org/conf/2030}.
     */
    public String uid(String sessionId) {
        return sessionId + "@" + host;
    }

    /** A UUID (version 5) named by the absolute URL of a thing's page, e.g. a session's. */
    public UUID guid(String sitePath) {
        return uuid5(URL_NAMESPACE, baseUrl + sitePath);
    }

    /**
     * Positive integer ids for the given keys (session ids), derived from each key's UUID so that
     * adding or removing a session leaves the others' numbers alone; a rare collision moves the
     * later key (in sorted order) to the next free number.
     */
    public Map<String, Integer> integerIds(List<String> keys, String pathPrefix) {
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        Set<Integer> taken = new HashSet<>();
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String key : sorted) {
            UUID uuid = guid(pathPrefix + key);
            int n = (int) ((uuid.getMostSignificantBits() >>> 33) % 1_000_000_000L) + 1;
            while (!taken.add(n)) {
                n = n % 1_000_000_000 + 1;
            }
            out.put(key, n);
        }
        return out;
    }

    /** RFC 4122 version 5: SHA-1 of the namespace and the name, with version and variant bits set. */
    static UUID uuid5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(namespace));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] out = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (msb >>> (56 - 8 * i));
            out[i + 8] = (byte) (lsb >>> (56 - 8 * i));
        }
        return out;
    }
}
