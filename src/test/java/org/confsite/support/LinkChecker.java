package org.confsite.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds internal links and asset references in a built site that lead nowhere: a missing file,
 * or a {@code #fragment} with no element of that id on the target page.
 */
public final class LinkChecker {
    private final Path root;
    private final String basePath;

    /**
     * @param root     the built site
     * @param basePath the path part of the site's base URL (root-absolute links start with it)
     */
    public LinkChecker(Path root, String basePath) {
        this.root = root;
        this.basePath = basePath;
    }

    /** Every broken reference as "page: target". */
    public List<String> broken() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element e : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
                    String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    String problem = check(page, doc, ref);
                    if (problem != null) {
                        out.add(root.relativize(page) + ": " + ref + " (" + problem + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** How many internal references were followed, so a test can tell it checked something. */
    public int count() {
        int n = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                n += Jsoup.parse(page.toFile(), "UTF-8").select("a[href], link[href], img[src], script[src]").size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private String check(Path page, Document doc, String ref) throws IOException {
        if (ref.isEmpty()) {
            return "empty link";
        }
        if (ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || ref.startsWith("//")) {
            return null; // external: not this checker's business
        }
        String fragment = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : null;
        String path = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        path = URLDecoder.decode(path, StandardCharsets.UTF_8);
        Path target;
        if (path.isEmpty()) {
            target = page;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return "outside the site's base path " + basePath;
            }
            target = root.resolve(path.substring(basePath.length()));
        } else {
            target = page.getParent().resolve(path);
        }
        target = target.normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!target.startsWith(root)) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            Document targetDoc = target.equals(page) ? doc : Jsoup.parse(target.toFile(), "UTF-8");
            if (targetDoc.getElementById(fragment) == null) {
                return "no element with id " + fragment;
            }
        }
        return null;
    }
}
