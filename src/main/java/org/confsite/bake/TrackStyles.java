package org.confsite.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.confsite.programme.Programme;
import org.confsite.programme.Track;

/**
 * Writes {@code css/tracks.css}: one class per track carrying its colour, so pages need no inline
 * style (which a strict Content-Security-Policy forbids). Ids are slugs and colours "#rrggbb",
 * both checked when the data was read, so nothing here needs escaping.
 */
final class TrackStyles {
    static final String FILE = "css/tracks.css";

    private TrackStyles() {
    }

    /** @return the number of files written (1) */
    static int write(Path out, Programme programme) {
        StringBuilder css = new StringBuilder("/* Generated from data/tracks.yaml: each track's colour. */\n");
        for (Track track : programme.getTracks()) {
            if (!track.colour().isEmpty()) {
                css.append(".track-").append(track.id()).append(" { --track-colour: ").append(track.colour()).append("; }\n");
            }
        }
        Path file = out.resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, css, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 1;
    }
}
