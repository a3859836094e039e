package org.confsite.bake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.jbake.model.DocumentModel;

/**
 * Every page's address is ASCII and unique. JBake percent-encodes a non-ASCII file name into the
 * output file's name ({@code %E4%B8%AD.html}), which web servers then fail to find; here such a
 * page gets a slug (its {@code slug:} field, or its name with accents folded) and a page whose
 * name gives no ASCII slug is an error asking for one.
 */
final class PageUris {
    private PageUris() {
    }

    /** Rewrites the {@code uri} of pages that need it; {@code display} names a document's file. */
    static void assign(List<DocumentModel> docs, Function<DocumentModel, String> display) {
        Problems problems = new Problems();
        for (DocumentModel doc : docs) {
            String uri = (String) doc.get("uri");
            String slug = (String) doc.get("slug");
            boolean encoded = uri.contains("%") || uri.contains("+");
            if (slug == null && !encoded) {
                continue;
            }
            String folder = uri.substring(0, uri.lastIndexOf('/') + 1);
            String name = slug != null ? slug : Slugs.of(URLDecoder.decode(baseName(uri), StandardCharsets.UTF_8));
            if (!Slugs.isSlug(name)) {
                problems.add(Problem.at(display.apply(doc), 1, 1,
                        slug != null ? "slug '" + slug + "' is not lowercase ASCII letters, digits and hyphens"
                                : "the file name gives no ASCII address",
                        "add slug: an-ascii-name to the front matter, or rename the file"));
                continue;
            }
            doc.setUri(folder + name + ".html");
        }
        problems.throwIfAny();
    }

    /**
     * Fails if two documents would be written to the same file.
     *
     * @param docs      sorted by uri
     * @param addresses a document's addresses, one per language it is published in
     */
    static void requireUnique(List<DocumentModel> docs, Function<DocumentModel, List<String>> addresses,
            Function<DocumentModel, String> display) {
        Problems problems = new Problems();
        java.util.Map<String, DocumentModel> seen = new java.util.HashMap<>();
        java.util.Set<List<DocumentModel>> reported = new java.util.HashSet<>();
        for (DocumentModel doc : docs) {
            for (String address : addresses.apply(doc)) {
                DocumentModel other = seen.putIfAbsent(address, doc);
                if (other != null && reported.add(List.of(other, doc))) {
                    problems.add(Problem.inFile(display.apply(doc), "two pages would be written to " + address
                            + " (the other: " + display.apply(other) + ")", "rename one or give it another slug"));
                }
            }
        }
        problems.throwIfAny();
    }

    private static String baseName(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
    }

    static String fileOf(DocumentModel doc, Path root) {
        if (doc.getFile() == null) {
            return doc.get(Editions.ONLY) != null ? "the news tags" : "data";
        }
        return org.confsite.config.SitePaths.display(root, Path.of(doc.getFile()));
    }
}
