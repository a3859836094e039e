package org.confsite.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Data for the site's scripts as a script of its own, {@code window.<name> = {...};}, loaded
 * with a script element: a page may not fetch a file when the site is opened from disk.
 */
final class ScriptData {
    private ScriptData() {
    }

    /** Writes one JSON value with a Jackson generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    static byte[] of(String name, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            out.write(("window." + name + "=").getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
                body.write(json);
            }
            out.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
