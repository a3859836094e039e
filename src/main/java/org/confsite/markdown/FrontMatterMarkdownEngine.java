package org.confsite.markdown;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.confsite.config.SitePaths;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.error.SiteException;
import org.confsite.yaml.YamlMap;
import org.confsite.yaml.YamlSource;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

/**
 * JBake's Markdown engine, replaced through {@link org.jbake.parser.Engines#register}. Reads YAML
 * front matter between {@code ---} lines, or JBake's own {@code key=value ... ~~~~~~} header, and
 * checks both by the same rules (the stock engine reads header dates leniently in the JVM's
 * zone, and logs and skips a file it cannot read). Renders with the shared {@link Markdown}.
 *
 * <p>A file with problems yields no document (JBake's crawler skips it) and its problems are
 * kept, so that one build reports the problems of every file; see {@link #problems()}.
 */
public final class FrontMatterMarkdownEngine extends MarkupEngine {
    private final Markdown markdown;
    private final ContentRules rules;
    private final List<DocumentModel> parsed = new ArrayList<>();
    private final Problems problems = new Problems();
    private final Problems warnings = new Problems();
    /** Files read ahead of the crawl, by absolute path: a document, or what stopped it. */
    private final Map<Path, Outcome> prepared = new ConcurrentHashMap<>();

    private record Outcome(DocumentModel doc, List<Problem> problems, List<Problem> warnings, List<Markdown.Address> links,
            RuntimeException failure) {
        static Outcome of(Read read) {
            return new Outcome(read.doc(), List.of(), read.warnings(), read.links(), null);
        }

        static Outcome failed(List<Problem> problems) {
            return new Outcome(null, problems, List.of(), List.of(), null);
        }
    }

    /** A document read from a file, the warnings about it, and the addresses its text links to. */
    record Read(DocumentModel doc, List<Problem> warnings, List<Markdown.Address> links) {
    }

    /** Per file read (absolute path): the addresses its Markdown links to, located in the file. */
    private final Map<Path, List<Markdown.Address>> links = new ConcurrentHashMap<>();

    private final ContentCache cache;

    public FrontMatterMarkdownEngine(Markdown markdown, ContentRules rules) {
        this(markdown, rules, null);
    }

    /** @param cache what earlier builds made of each file, or null to read every file afresh */
    public FrontMatterMarkdownEngine(Markdown markdown, ContentRules rules, ContentCache cache) {
        this.markdown = markdown;
        this.rules = rules;
        this.cache = cache;
    }

    /**
     * Reads and renders these files on every core, ahead of JBake's crawler, which then asks for
     * them one at a time in its own order and gets each from here. What the crawl yields (the
     * documents, their order, the problems and their order) is the same as without this step;
     * only the waiting is shorter.
     */
    public void prepare(List<Path> files, JBakeConfiguration config) {
        String separator = config.getHeaderSeparator();
        files.parallelStream().forEach(f -> prepared.put(key(f), attempt(f, separator)));
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Outcome outcome = prepared.remove(key(file.toPath()));
        if (outcome == null) {
            outcome = attempt(file.toPath(), config.getHeaderSeparator());
        }
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        problems.addAll(outcome.problems());
        warnings.addAll(outcome.warnings());
        links.put(key(file.toPath()), outcome.links());
        if (outcome.doc() != null) {
            parsed.add(outcome.doc());
        }
        return outcome.doc();
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private Outcome attempt(Path file, String separator) {
        for (Path part : rules.contentDir().toAbsolutePath().relativize(file.toAbsolutePath())) {
            if (part.toString().startsWith(".")) {
                return Outcome.failed(List.of()); // hidden, like an editor's lock file: not a page
            }
        }
        String display = SitePaths.display(rules.siteRoot(), file);
        try {
            if (cache == null) {
                return Outcome.of(read(YamlSource.readText(file, display).replace("\r\n", "\n"), file, display, separator));
            }
            List<Object> cacheRules = List.of(rules, separator);
            // Taken before the text is read: a save while reading makes the next build read it again.
            ContentCache.Stamp stamp = ContentCache.Stamp.of(key(file));
            ContentCache.Result known = cache.unchanged(key(file), stamp, cacheRules);
            String text = null;
            if (known == null) {
                text = YamlSource.readText(file, display).replace("\r\n", "\n");
                known = cache.get(key(file), stamp, text, cacheRules);
            }
            if (known != null) {
                return new Outcome(known.read().doc(), known.problems(), known.read().warnings(), known.read().links(), null);
            }
            Outcome outcome;
            try {
                outcome = Outcome.of(read(text, file, display, separator));
            } catch (SiteException e) {
                outcome = Outcome.failed(e.problems());
            }
            cache.put(key(file), stamp, text, cacheRules, new Read(outcome.doc(), outcome.warnings(), outcome.links()),
                    outcome.problems());
            return outcome;
        } catch (SiteException e) {
            return Outcome.failed(e.problems());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(null, List.of(), List.of(), List.of(), new org.confsite.error.FileFailure(display, e));
        }
    }

    /**
     * Every document this engine produced, in crawl order. JBake's crawler completes these same
     * objects (uri, root path, hash) before storing them, so the pipeline reads them from here
     * instead of querying the store back.
     */
    public List<DocumentModel> documents() {
        return List.copyOf(parsed);
    }

    /** The problems of every file crawled so far. */
    public List<Problem> problems() {
        return problems.list();
    }

    /** The addresses the Markdown of a file crawled links to, where they are written in it. */
    public List<Markdown.Address> linksOf(Path file) {
        return links.getOrDefault(key(file), List.of());
    }

    /** The warnings about every file crawled so far (misspelt fields): errors under {@code --strict}. */
    public List<Problem> warnings() {
        return warnings.list();
    }

    private Read read(String text, Path file, String display, String jbakeSeparator) {
        YamlSource.requireNoControlCharacters(text, display, 0);
        String header;
        String body;
        int headerLine;
        int bodyLine;
        if (text.startsWith("---\n")) {
            int close = closingLine(text, 4, List.of("---", "..."));
            if (close < 0) {
                throw new SiteException(Problem.at(display, 1, 1, "front matter opened with --- is never closed",
                        "add a line with --- after the last front matter field"));
            }
            header = text.substring(4, close);
            body = text.substring(Math.min(text.length(), text.indexOf('\n', close) + 1));
            headerLine = 1;
            bodyLine = lineOf(text, text.length() - body.length());
        } else {
            int close = closingLine(text, 0, List.of(jbakeSeparator));
            if (close < 0) {
                throw new SiteException(Problem.at(display, 1, 1, "no front matter",
                        "start the file with a --- line, a title: line, and another --- line"));
            }
            header = JBakeHeader.toYaml(text.substring(0, close), display);
            body = text.substring(Math.min(text.length(), text.indexOf('\n', close) + 1));
            headerLine = 0;
            bodyLine = lineOf(text, text.length() - body.length());
        }
        try {
            return document(header, body, headerLine, bodyLine, file, display);
        } catch (SiteException e) {
            if (headerLine == 0) {
                // Columns point into the YAML a JBake header was rewritten to; only lines match the file.
                throw new SiteException(e.problems().stream()
                        .map(p -> new Problem(p.file(), p.line(), 0, p.message(), p.hint())).toList());
            }
            throw e;
        }
    }

    private Read document(String header, String body, int headerLine, int bodyLine, Path file, String display) {
        Problems found = new Problems();
        var node = YamlSource.compose(header, display, headerLine)
                .orElseThrow(() -> new SiteException(
                        Problem.at(display, headerLine + 1, 1, "front matter is empty", "add title: ...")));
        YamlMap y = YamlMap.of(display, node, found, "the front matter", headerLine);
        Map<String, Object> fields = FrontMatter.read(y, rules.zone(), rules.defaultType(file), rules.types(),
                rules.isTranslation(file), rules.languages());
        found.throwIfAny();

        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.putAll(fields);
        String root = rules.absoluteTypes().contains(doc.getType()) ? rules.basePath() : rules.rootOf(file);
        Markdown.Page page;
        try {
            page = markdown.renderPage(body, root);
        } catch (Markdown.TooComplex e) {
            int line = e.line() > 0 ? e.line() : ParseLimits.likelyLine(body);
            throw new SiteException(Problem.at(display, bodyLine + line, 1, e.getMessage(),
                    "simplify the text around this line; split a very long table or list into several"));
        }
        for (Markdown.Address image : page.imagesWithoutAlt()) {
            found.add(Problem.at(display, bodyLine + image.line(), image.column(),
                    image.written().isEmpty() ? "an image has no address and no text alternative"
                            : "the image '" + image.written() + "' has no text alternative",
                    image.html() ? "say what it shows for people who cannot see it: <img alt=\"A description of the picture\""
                            + " ...> (alt=\"\" if it is only decoration)"
                            : "say what it shows for people who cannot see it: ![A description of the picture]("
                            + image.written() + ")"));
        }
        int placeholder = Placeholder.lineIn(body);
        if (placeholder > 0 && !"draft".equals(doc.getStatus())) {
            found.add(Problem.at(display, bodyLine + placeholder, 1,
                    "the text that 'new' wrote for you to replace is still here",
                    "write the page's own text in its place, or keep status: draft until it is ready"));
        }
        found.throwIfAny();
        doc.setBody(page.html());
        return new Read(doc, FrontMatter.unknownFields(y), page.links().stream().map(a -> a.below(bodyLine)).toList());
    }

    /** The number of lines before {@code offset}: the 0-based line it is on. */
    private static int lineOf(String text, int offset) {
        int lines = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The offset of the first line from {@code from} that is one of {@code closers}, or -1. */
    private static int closingLine(String text, int from, List<String> closers) {
        int pos = from;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (closers.contains(line)) {
                return pos;
            }
            if (end < 0) {
                return -1;
            }
            pos = end + 1;
        }
        return -1;
    }
}
