package org.confsite.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The theme that comes with the generator: this repository's {@code templates/} and
 * {@code assets/}, packaged into the jar under {@code org/confsite/theme/} by the build (see
 * pom.xml). A site's own files of the same name replace them one by one ({@link ThemeLayers}).
 */
public final class BuiltInTheme {
    /** Where the theme's files are among the class path's resources. */
    static final String RESOURCE_ROOT = "/org/confsite/theme";
    /** A file every theme has, used to find the theme's root. */
    private static final String MARKER = RESOURCE_ROOT + "/templates/layout.ftlh";

    private static volatile Path root;

    private BuiltInTheme() {
    }

    /** The theme's root folder (holding {@code templates/} and {@code assets/}), in the jar or in the classes folder. */
    public static Path root() {
        Path found = root;
        if (found == null) {
            synchronized (BuiltInTheme.class) {
                found = root;
                if (found == null) {
                    found = locate();
                    root = found;
                }
            }
        }
        return found;
    }

    /** The theme's files under one of its folders ({@code templates} or {@code assets}), sorted. */
    public static List<Path> files(String folder) {
        Path dir = root().resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        URL marker = BuiltInTheme.class.getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException("the built-in theme is missing from the generator (" + MARKER
                    + "); rebuild it with mvn package");
        }
        try {
            URI uri = marker.toURI();
            Path layout;
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                layout = jar.getPath(MARKER);
            } else {
                layout = Path.of(uri);
            }
            return layout.getParent().getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in theme: " + e.getMessage(), e);
        }
    }
}
