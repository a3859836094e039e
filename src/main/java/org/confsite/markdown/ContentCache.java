package org.confsite.markdown;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.confsite.error.Problem;
import org.jbake.model.DocumentModel;

/**
 * What the Markdown engine made of each file, kept between the builds of one {@code serve}
 * session, so that a rebuild after an edit parses and renders only the files whose text changed.
 * An entry is used only for the same text read under the same rules (time zone, types, base path,
 * header separator); each use hands out a copy, since the pipeline completes its documents.
 */
public final class ContentCache {
    private record Entry(String text, Object rules, FrontMatterMarkdownEngine.Read read, List<Problem> problems) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The outcome for this text, or null when the file is new or changed. */
    Result get(Path file, String text, Object rules) {
        Entry e = entries.get(file);
        if (e == null || !e.text().equals(text) || !e.rules().equals(rules)) {
            return null;
        }
        FrontMatterMarkdownEngine.Read read = e.read();
        return new Result(new FrontMatterMarkdownEngine.Read(copy(read.doc()), read.warnings(), read.links()), e.problems());
    }

    void put(Path file, String text, Object rules, FrontMatterMarkdownEngine.Read read, List<Problem> problems) {
        entries.put(file, new Entry(text, rules, new FrontMatterMarkdownEngine.Read(copy(read.doc()), read.warnings(),
                read.links()), List.copyOf(problems)));
    }

    /** The number of files remembered. */
    public int size() {
        return entries.size();
    }

    record Result(FrontMatterMarkdownEngine.Read read, List<Problem> problems) {
    }

    private static DocumentModel copy(DocumentModel doc) {
        if (doc == null) {
            return null;
        }
        DocumentModel copy = new DocumentModel();
        copy.putAll(doc);
        return copy;
    }
}
