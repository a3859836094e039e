package org.confsite.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern TOKEN = Pattern.compile("[^ ]+");

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
        entries.add(entry);
    }

    /** A page or post, from its rendered HTML body. */
    public void addPage(String url, String kind, String title, String summary, String html) {
        add(new Entry(url, kind, title, (summary == null ? "" : summary + " ") + text(html)));
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
            add(new Entry("sessions/" + s.id() + ".html", "session", s.title(), text + s.abstractText()));
        }
        for (Speaker p : programme.getSpeakers()) {
            add(new Entry("speakers/" + p.id() + ".html", "person", p.name(), p.affiliation() + " " + p.country() + " "
                    + p.bio()));
        }
        for (Paper p : programme.getPapers()) {
            StringBuilder text = new StringBuilder();
            p.authors().forEach(a -> text.append(a.name()).append(' '));
            add(new Entry("papers/" + p.id() + ".html", "paper", p.title(), text + p.abstractText()));
        }
    }

    public int size() {
        return entries.size();
    }

    /** The script that defines {@code window.confsiteSearch = {docs, index}}. */
    public byte[] script() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            out.write("window.confsiteSearch=".getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                g.writeStartObject();
                g.writeArrayFieldStart("docs");
                for (Entry e : entries) {
                    g.writeStartObject();
                    g.writeStringField("u", e.url());
                    g.writeStringField("k", e.kind());
                    g.writeStringField("t", clean(e.title()));
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
                    String[] values = {clean(e.title()), cap(clean(e.text()))};
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
            }
            out.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
        Matcher m = TOKEN.matcher(value);
        int tokens = 0;
        while (m.find()) {
            tokens++;
        }
        return Math.round(1000 / Math.sqrt(Math.max(tokens, 1))) / 1000.0;
    }

    /** Plain text of HTML: tags dropped, the common entities decoded, white space collapsed. */
    static String text(String html) {
        if (html == null) {
            return "";
        }
        String plain = TAG.matcher(html).replaceAll(" ");
        Matcher m = ENTITY.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return clean(out.toString());
    }

    private static String clean(String text) {
        return SPACE.matcher(text == null ? "" : text).replaceAll(" ").strip();
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
