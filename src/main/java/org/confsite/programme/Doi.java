package org.confsite.programme;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A DOI as data files write it ({@code 10.1145/3657054.3657060}), and the address that resolves it. */
public final class Doi {
    /** The DOI alone: "10.", a registrant code of 4 to 9 digits, "/" and a suffix without spaces. */
    public static final Pattern PATTERN = Pattern.compile("10\\.\\d{4,9}/\\S+");

    private Doi() {
    }

    /**
     * The DOI's address at doi.org. A DOI's suffix may hold any printable character; those with a
     * meaning in a URL are %-encoded.
     */
    public static String resolve(String doi) {
        StringBuilder out = new StringBuilder("https://doi.org/");
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/:;()@!$*+,=".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
