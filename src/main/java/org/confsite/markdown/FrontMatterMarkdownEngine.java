package org.confsite.markdown;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.error.SiteException;
import org.confsite.yaml.YamlMap;
import org.confsite.yaml.YamlSource;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine, replaced through {@link org.jbake.parser.Engines#register}: reads YAML
 * front matter between {@code ---} lines (JBake's own {@code key=value ... ~~~~~~} header still
 * works), renders with the shared {@link Markdown}, and fails with {@code file:line:col} on any
 * problem instead of logging and skipping the file as the stock engine does.
 */
public final class FrontMatterMarkdownEngine extends MarkupEngine {
    private final Markdown markdown;
    private final Path siteRoot;
    private final Path contentDir;
    private final ZoneId zone;
    private final String newsFolder;
    private final Set<String> types;
    private final Set<String> absoluteTypes;
    private final String basePath;
    private final java.util.List<DocumentModel> parsed = new java.util.ArrayList<>();

    /**
     * @param absoluteTypes types whose pages are served at any address (404): their links start
     *                      from {@code basePath} instead of being relative to the file
     */
    public FrontMatterMarkdownEngine(Markdown markdown, Path siteRoot, Path contentDir, ZoneId zone, String newsFolder,
            Set<String> types, Set<String> absoluteTypes, String basePath) {
        this.markdown = markdown;
        this.siteRoot = siteRoot;
        this.contentDir = contentDir;
        this.zone = zone;
        this.newsFolder = newsFolder;
        this.types = Set.copyOf(types);
        this.absoluteTypes = Set.copyOf(absoluteTypes);
        this.basePath = basePath;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        String display = siteRoot.toAbsolutePath().relativize(file.toPath().toAbsolutePath()).toString();
        String text = YamlSource.readText(file.toPath(), display).replace("\r\n", "\n");
        if (text.startsWith("---\n")) {
            return keep(parseFrontMatter(text, display, file));
        }
        if (text.contains("\n" + config.getHeaderSeparator() + "\n")) {
            DocumentModel doc = super.parse(config, file);
            if (doc == null || !types.contains(doc.getType())) {
                throw new SiteException(Problem.at(display, 1, 1, "JBake header is incomplete or names an unknown type",
                        "give title=, status= and type= (one of " + String.join(", ", types.stream().sorted().toList())
                                + ") before " + config.getHeaderSeparator()));
            }
            return keep(doc);
        }
        throw new SiteException(Problem.at(display, 1, 1, "no front matter",
                "start the file with a --- line, a title: line, and another --- line"));
    }

    /**
     * Every document this engine produced, in crawl order. JBake's crawler completes these same
     * objects (uri, root path, hash) before storing them, so the pipeline reads them from here
     * instead of querying the store back.
     */
    public java.util.List<DocumentModel> documents() {
        return java.util.List.copyOf(parsed);
    }

    private DocumentModel keep(DocumentModel doc) {
        parsed.add(doc);
        return doc;
    }

    private DocumentModel parseFrontMatter(String text, String display, File file) {
        int close = closingLine(text);
        if (close < 0) {
            throw new SiteException(Problem.at(display, 1, 1, "front matter opened with --- is never closed",
                    "add a line with --- after the last front matter field"));
        }
        String yaml = text.substring(4, close);
        String body = text.substring(Math.min(text.length(), text.indexOf('\n', close) + 1));
        Problems problems = new Problems();
        var node = YamlSource.compose(yaml, display, 1)
                .orElseThrow(() -> new SiteException(Problem.at(display, 2, 1, "front matter is empty", "add title: ...")));
        YamlMap y = YamlMap.of(display, node, problems, "the front matter", 1);
        Map<String, Object> fields = FrontMatter.read(y, zone, defaultType(file), types);
        problems.throwIfAny();

        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.putAll(fields);
        doc.setBody(markdown.render(body, absoluteTypes.contains(doc.getType()) ? basePath : rootOf(file)));
        return doc;
    }

    /** The offset of the line that closes the front matter ({@code ---} or {@code ...}), or -1. */
    private static int closingLine(String text) {
        int pos = 4;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (line.equals("---") || line.equals("...")) {
                return pos;
            }
            if (end < 0) {
                return -1;
            }
            pos = end + 1;
        }
        return -1;
    }

    private String defaultType(File file) {
        Path rel = contentDir.toAbsolutePath().relativize(file.toPath().toAbsolutePath());
        return rel.getNameCount() > 1 && rel.getName(0).toString().equals(newsFolder) ? "post" : "page";
    }

    /** "../" once per folder between the page and the content root: its links start there. */
    private String rootOf(File file) {
        Path rel = contentDir.toAbsolutePath().relativize(file.toPath().toAbsolutePath());
        return "../".repeat(rel.getNameCount() - 1);
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(markdown.render(context.getBody(), rootOf(context.getFile())));
    }
}
