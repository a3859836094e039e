package org.confsite.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads YAML written by people: strict UTF-8, bounded in size, aliases and depth, and composed
 * into nodes (not objects) so that every value keeps its line and column for error messages.
 * Scalars stay text: "18:30" is a time, not YAML 1.1's sexagesimal 1110.
 */
public final class YamlSource {
    /** Larger files are refused: no programme needs more, and it bounds memory. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 40;
    private static final Resolver RESOLVER = new Resolver();

    private YamlSource() {
    }

    /** Reads a file's text as strict UTF-8 without a byte-order mark. */
    public static String readText(Path file, String displayName) {
        long size;
        byte[] bytes;
        try {
            size = Files.size(file);
            if (size > MAX_BYTES) {
                // Rounded up, so that a file just over the limit does not read as "8 MB, more than 8 MB".
                String megabytes = BigDecimal.valueOf(size).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.CEILING)
                        .stripTrailingZeros().toPlainString();
                throw new SiteException(Problem.inFile(displayName,
                        "file is " + megabytes + " MB, more than the 8 MB allowed",
                        "split it or remove what does not belong in it"));
            }
            if (!Files.isRegularFile(file)) {
                throw new SiteException(Problem.inFile(displayName, "is not a file (a folder, pipe or device)",
                        "replace it with a text file"));
            }
            // The size a file claims is not always what it holds (files under /proc claim 0): read at most the limit.
            try (var in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new SiteException(Problem.inFile(displayName, "file is more than the 8 MB allowed",
                        "split it or remove what does not belong in it"));
            }
        } catch (IOException e) {
            throw new SiteException(Problem.inFile(displayName, "cannot be read: " + e.getMessage(),
                    "check that the file exists and is readable"));
        }
        return decodeUtf8(bytes, displayName);
    }

    static String decodeUtf8(byte[] bytes, String displayName) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new SiteException(Problem.at(displayName, line, 0,
                    "is not valid UTF-8 (byte " + bad + ")", "save the file with UTF-8 encoding"));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Refuses text with control characters (C0 but tab and line ends, DEL, C1) or the non-characters
     * U+FFFE and U+FFFF, located: a NUL in a page, or a binary file saved as text, stops here.
     * {@code lineOffset} is added to reported lines.
     */
    public static void requireNoControlCharacters(String text, String displayName, int lineOffset) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // What SnakeYAML refuses without a location ("special characters are not allowed"), located
            // here: C0 and C1 controls and DEL (also U+0085, which YAML 1.1 would read as a line break,
            // unlike editors), and the non-characters U+FFFE and U+FFFF.
            boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            if (control || c == '\uFFFE' || c == '\uFFFF') {
                int line = lineOffset + 1 + (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count();
                int column = i - text.lastIndexOf('\n', i - 1);
                throw new SiteException(Problem.at(displayName, line, column,
                        "contains the " + (control ? "control " : "") + "character U+" + String.format("%04X", (int) c),
                        "delete it; it is invisible in most editors"));
            }
        }
    }

    /**
     * Parses YAML text into a node tree. {@code lineOffset} is added to reported lines, for YAML
     * that starts inside another file (front matter).
     */
    public static Optional<Node> compose(String text, String displayName, int lineOffset) {
        requireNoControlCharacters(text, displayName, lineOffset);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        try {
            // What Yaml.compose does, without building a whole Yaml (representer, constructor and
            // resolver) for every file: the resolver is read-only once built, and shared.
            return Optional.ofNullable(new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
                    RESOLVER, options).getSingleNode());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String message = e.getProblem() != null ? e.getProblem() : "is not valid YAML";
            if (message.contains("(TAB)")) {
                message = "a tab character cannot indent YAML";
            }
            if (message.startsWith("Global tag is not allowed")) {
                int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
                throw new SiteException(Problem.at(displayName, line, mark == null ? 0 : mark.getColumn() + 1,
                        "a YAML tag naming a type (" + message.substring(message.indexOf(':') + 1).strip() + ") is not allowed",
                        "remove the !!... tag and write the value as text"));
            }
            if ("while scanning a quoted scalar".equals(e.getContext()) && e.getContextMark() != null) {
                // The end of the file is where the scanner gave up; the quote that was never closed is what to fix.
                mark = e.getContextMark();
                message = "the quote that starts here is never closed";
            }
            int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
            int col = mark == null ? 0 : mark.getColumn() + 1;
            throw new SiteException(Problem.at(displayName, line, col, "YAML syntax: " + message.trim(),
                    "check indentation with spaces, quoting and the ':' after each key"));
        } catch (YAMLException e) {
            // SnakeYAML says neither where the nesting got too deep nor where the aliases ran out: find it.
            String message = e.getMessage() == null ? "" : e.getMessage();
            int line = message.startsWith("Nesting Depth") ? tooDeep(text)
                    : message.startsWith("Number of aliases") ? aliasBeyondLimit(text) : 0;
            throw new SiteException(Problem.at(displayName, line == 0 ? 0 : line + lineOffset, 0, "YAML: " + message,
                    "simplify the file: no more than " + MAX_ALIASES + " aliases and " + MAX_DEPTH + " levels of nesting"));
        }
    }

    /**
     * The first line (1-based) where brackets, braces and indentation together go more than
     * {@link #MAX_DEPTH} levels deep, counted roughly (quotes are not parsed); 0 if none does.
     */
    static int tooDeep(String text) {
        int flow = 0;
        int line = 1;
        int indent = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                indent = 0;
                leading = true;
                continue;
            }
            if (leading && (c == ' ' || c == '-')) {
                indent++;
                continue;
            }
            leading = false;
            if (c == '[' || c == '{') {
                flow++;
            } else if ((c == ']' || c == '}') && flow > 0) {
                flow--;
            }
            if (flow + indent / 2 > MAX_DEPTH) {
                return line;
            }
        }
        return 0;
    }

    /** The line (1-based) of the alias ({@code *name}) past the limit; 0 if there is none. */
    static int aliasBeyondLimit(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=^|[\\s\\[{,:-])\\*[^\\s,\\]}]+",
                java.util.regex.Pattern.MULTILINE).matcher(text);
        int count = 0;
        while (m.find()) {
            if (++count > MAX_ALIASES) {
                return 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            }
        }
        return 0;
    }
}
