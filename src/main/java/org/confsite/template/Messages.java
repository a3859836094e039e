package org.confsite.template;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;

/**
 * The interface text of one language, from {@code templates/i18n/messages_<lang>.properties}
 * (UTF-8). Templates read every visible string from here, so another language is another file.
 * A key a template asks for and the file lacks fails the build, naming the key.
 */
public final class Messages {
    private final Properties texts;
    private final Locale locale;
    private final String fileName;

    private Messages(Properties texts, Locale locale, String fileName) {
        this.texts = texts;
        this.locale = locale;
        this.fileName = fileName;
    }

    public static Path fileFor(Path templates, String language) {
        return templates.resolve("i18n").resolve("messages_" + language + ".properties");
    }

    public static Messages load(Path file, String displayName, Locale locale) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new SiteException(Problem.inFile(displayName, "message bundle cannot be read: " + e.getMessage(),
                    "every language needs templates/i18n/messages_<language>.properties"));
        }
        return new Messages(p, locale, displayName);
    }

    /**
     * Every bundle in the folder of {@code bundle} ({@code messages_<language>.properties}) must
     * have the keys the others have: a key missing in one language is an error naming the key,
     * the file that lacks it and a file that has it, whichever language this site is built in.
     *
     * @param display names a file in messages
     */
    public static void requireSameKeys(Path bundle, java.util.function.Function<Path, String> display) {
        Path folder = bundle.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        java.util.Map<Path, java.util.Set<String>> keys = new java.util.TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("messages_[A-Za-z_]+\\.properties")).toList()) {
                keys.put(f, load(f, display.apply(f), Locale.ROOT).texts.stringPropertyNames());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.Set<String> all = new java.util.TreeSet<>();
        keys.values().forEach(all::addAll);
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        for (var entry : keys.entrySet()) {
            for (String key : all) {
                if (!entry.getValue().contains(key)) {
                    Path has = keys.entrySet().stream().filter(e -> e.getValue().contains(key)).findFirst()
                            .orElseThrow().getKey();
                    problems.add(Problem.inFile(display.apply(entry.getKey()), "missing message key '" + key + "'",
                            "add a line " + key + " = ... in this language (" + has.getFileName() + " has it)"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SiteException(problems);
        }
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public String get(String key, List<?> args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new SiteException(Problem.inFile(fileName, "missing message key '" + key + "'",
                    "add a line " + key + " = ... to the bundle"));
        }
        return args.isEmpty() ? text : new MessageFormat(text, locale).format(args.toArray());
    }

    public Locale locale() {
        return locale;
    }
}
