package org.confsite.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.confsite.programme.Paper;
import org.confsite.programme.Programme;
import org.confsite.programme.Session;
import org.confsite.programme.Speaker;

/**
 * The site's search index for one language, built at bake time and queried in the browser by
 * Fuse.js (shipped from the pinned WebJar, see {@link #LIBRARY}), which reads it with
 * {@code Fuse.parseIndex}: the index is Fuse's own format (keys, then one record per entry with
 * each field's text and its length norm), so the browser only loads it. Fuse's extended search
 * matches a word anywhere in the text, which finds Chinese words (臺北) without splitting the
 * text into words first. Written as a script ({@code window.confsiteSearch = ...}) so that the
 * search also works from a site opened from disk, where a page may not fetch files.
 */
public final class SearchIndex {
    /** The index of a language, beside its pages. */
    public static final String FILE = "search-index.js";
    /** Fuse.js inside its WebJar, and where the site serves it. */
    public static final String LIBRARY = "META-INF/resources/webjars/fuse.js/7.1.0/dist/fuse.min.js";
    public static final String LIBRARY_LICENSE = "META-INF/resources/webjars/fuse.js/7.1.0/LICENSE";
    public static final String LIBRARY_PATH = "js/vendor/fuse.min.js";
    public static final String LIBRARY_LICENSE_PATH = "js/vendor/fuse.LICENSE.txt";
    /** The most text of an entry kept for matching: the start of a long page says what it is about. */
    static final int MAX_TEXT = 1500;
    /** The fields searched, and their weight: a word in the title counts three times. */
    private static final String[] KEYS = {"t", "x"};
    private static final double[] WEIGHTS = {3, 1};

    /**
     * One thing to find.
     *
     * @param url   its site path from the language's root, e.g. {@code sessions/keynote.html}
     * @param kind  session, person, paper, news or page: results are grouped by it
     * @param title what the result shows
     * @param text  plain text to match, besides the title
     */
    public record Entry(String url, String kind, String title, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public void add(Entry entry) {
        entries.add(new Entry(entry.url(), entry.kind(), clean(entry.title()), cap(clean(entry.text()))));
    }

    /** A page or post, from its rendered HTML body. */
    public void addPage(String url, String kind, String title, String summary, String html) {
        entries.add(page(url, kind, title, summary, html));
    }

    /** The entry of a page or post; may be made on any thread, then {@link #addAll added} in order. */
    public static Entry page(String url, String kind, String title, String summary, String html) {
        return page(url, kind, title, summary, html, SearchIndex::text);
    }

    /**
     * As {@link #page(String, String, String, String, String)}, the text of the HTML given by
     * {@code texts}: {@link #text} itself, or what it gave before for the same HTML.
     */
    public static Entry page(String url, String kind, String title, String summary, String html,
            java.util.function.UnaryOperator<String> texts) {
        String body = texts.apply(html);
        String text = summary == null || summary.isBlank() ? body : cap(clean(summary) + " " + body);
        return new Entry(url, kind, clean(title), text);
    }

    /** Entries made by {@link #page}, in their order. */
    public void addAll(List<Entry> made) {
        entries.addAll(made);
    }

    /** The sessions, people and papers of the programme, in its language. */
    public void addProgramme(Programme programme) {
        for (Session s : programme.getSessions()) {
            StringBuilder text = new StringBuilder();
            s.speakers().forEach(p -> text.append(p.name()).append(' '));
            s.chairs().forEach(p -> text.append(p.name()).append(' '));
            s.papers().forEach(p -> text.append(p.title()).append(' '));
            if (s.room() != null) {
                text.append(s.room().name()).append(' ');
            }
            if (s.track() != null) {
                text.append(s.track().name()).append(' ');
            }
            add(new Entry(s.page(), "session", s.title(), text + s.abstractText()));
        }
        for (Speaker p : programme.getSpeakers()) {
            add(new Entry(p.page(), "person", p.name(), p.affiliation() + " " + p.country() + " "
                    + p.bio()));
        }
        for (Paper p : programme.getPapers()) {
            StringBuilder text = new StringBuilder();
            p.authors().forEach(a -> text.append(a.name()).append(' '));
            add(new Entry(p.page(), "paper", p.title(), text + p.abstractText()));
        }
    }

    public int size() {
        return entries.size();
    }

    /** The script that defines {@code window.confsiteSearch = {docs, index}}. */
    public byte[] script() {
        return ScriptData.of("confsiteSearch", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("docs");
            for (Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("u", e.url());
                g.writeStringField("k", e.kind());
                g.writeStringField("t", e.title());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("index");
            writeKeys(g);
            g.writeArrayFieldStart("records");
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                g.writeStartObject();
                g.writeNumberField("i", i);
                g.writeObjectFieldStart("$");
                String[] values = {e.title(), e.text()};
                for (int k = 0; k < values.length; k++) {
                    if (values[k].isBlank()) {
                        continue; // Fuse keeps no record of an empty field either
                    }
                    g.writeObjectFieldStart(Integer.toString(k));
                    g.writeStringField("v", values[k]);
                    g.writeNumberField("n", norm(values[k]));
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** Fuse's keys as {@code new Fuse.FuseIndex().setKeys} wants them: weights summing to 1. */
    private static void writeKeys(JsonGenerator g) throws IOException {
        double total = 0;
        for (double w : WEIGHTS) {
            total += w;
        }
        g.writeArrayFieldStart("keys");
        for (int k = 0; k < KEYS.length; k++) {
            g.writeStartObject();
            g.writeArrayFieldStart("path");
            g.writeString(KEYS[k]);
            g.writeEndArray();
            g.writeStringField("id", KEYS[k]);
            g.writeNumberField("weight", WEIGHTS[k] / total);
            g.writeStringField("src", KEYS[k]);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * Fuse's field-length norm: 1 / sqrt(the number of space-separated tokens), to 3 decimals,
     * so that a word in a short title weighs more than in a long text.
     */
    static double norm(String value) {
        int tokens = 0;
        boolean in = false;
        for (int i = 0; i < value.length(); i++) {
            boolean word = value.charAt(i) != ' ';
            if (word && !in) {
                tokens++;
            }
            in = word;
        }
        return Math.round(1000 / Math.sqrt(Math.max(tokens, 1))) / 1000.0;
    }

    /**
     * Plain text of HTML, enough of it to search: tags dropped, the common entities decoded, white
     * space collapsed, cut at a word after {@link #MAX_TEXT} characters. One pass over the text,
     * no regular expression: a site of 4,000 posts reads 8,000 bodies here.
     */
    public static String text(String html) {
        if (html == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(html.length(), MAX_TEXT + 64));
        boolean space = false;
        for (int i = 0; i < html.length() && out.length() <= MAX_TEXT; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                i = end;
                space = true;
                continue;
            }
            String decoded = null;
            if (c == '&') {
                int semi = html.indexOf(';', i);
                decoded = semi > i + 1 && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : null;
                if (decoded != null) {
                    i = semi;
                }
            }
            if (decoded != null ? decoded.isBlank() : Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            if (decoded != null) {
                out.append(decoded);
            } else {
                out.append(c);
            }
        }
        return cap(out.toString());
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos", "#39" -> "'";
            case "nbsp" -> " ";
            default -> {
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        yield new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                    }
                    yield name.startsWith("#") ? new String(Character.toChars(Integer.parseInt(name.substring(1)))) : null;
                } catch (IllegalArgumentException e) {
                    yield null;
                }
            }
        };
    }

    /** White space collapsed to single spaces, and trimmed. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    private static String cap(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_TEXT);
        return text.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT);
    }

    /** A file of the search library, from its WebJar on the class path. */
    public static byte[] library(String resource) {
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the search library is missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
