package org.confsite.init;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.confsite.theme.BuiltInTheme;

/** What {@code init} needs to know of the built-in theme: the languages it has interface text in. */
final class Theme {
    private static final String PREFIX = "messages_";
    private static final String SUFFIX = ".properties";

    private Theme() {
    }

    /** The theme's message bundles by name, e.g. {@code en}, {@code zh_TW}. */
    static Set<String> bundles() {
        Set<String> out = new TreeSet<>();
        for (Path file : BuiltInTheme.files("templates")) {
            String name = file.getFileName().toString();
            if (name.startsWith(PREFIX) && name.endsWith(SUFFIX)) {
                out.add(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
            }
        }
        return out;
    }
}
