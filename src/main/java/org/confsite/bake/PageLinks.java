package org.confsite.bake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.markdown.Markdown;
import org.confsite.yaml.Suggest;
import org.jbake.model.DocumentModel;

/**
 * Checks the links and images that editors' Markdown (and the raw HTML in it) points at within the site (root-relative
 * {@code /programme.html}, relative {@code ../venue.html}, {@code .md} targets, pictures beside
 * the page) against what the build publishes, so that no visitor meets a broken link. Links to
 * other sites, {@code mailto:} and {@code tel:}, and anchors within the page are not checked.
 */
final class PageLinks {
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*|^//.*");

    private PageLinks() {
    }

    /**
     * @param pages     the documents whose bodies are the editors' Markdown (crawled pages and posts)
     * @param links     the addresses each document's Markdown gives, located in its file
     * @param published every path the site will have
     * @param pending   the paths of drafts and of posts not yet due: a link to one is not reported
     *                  (it will work once that page is published)
     * @param assets    the assets folder (may not exist)
     * @param basePath  the path of the site's base URL, e.g. "/" or "/conf/"
     * @param display   names a document's source file
     */
    static void check(List<DocumentModel> pages, Function<DocumentModel, List<Markdown.Address>> links,
            Set<String> published, Set<String> pending, Path assets, String basePath, Function<DocumentModel, String> display) {
        List<Problem> problems = new ArrayList<>();
        for (DocumentModel doc : pages) {
            String uri = (String) doc.get("uri");
            for (Markdown.Address link : links.apply(doc)) {
                String url = link.linked();
                if (url.isEmpty() || url.startsWith("#") || SCHEME.matcher(url).matches()) {
                    continue;
                }
                String path = resolve(uri, url, basePath);
                if (path == null || published.contains(path) || pending.contains(path) || isAsset(assets, path)) {
                    continue;
                }
                String near = Suggest.nearest(path, published);
                problems.add(Problem.at(display.apply(doc), link.line(), link.column(),
                        "link '" + link.written() + "' leads to no page or file of this site",
                        near != null ? "did you mean '" + near + "'?"
                                : "correct the address; a link to another page ends in .html,"
                                + " or starts with / to name its .md file"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SiteException(problems);
        }
    }

    /** The site path a link on page {@code uri} leads to, without query or fragment; null if it leaves the site. */
    static String resolve(String uri, String url, String basePath) {
        return org.confsite.config.SitePaths.resolve(uri, url, basePath);
    }

    private static boolean isAsset(Path assets, String path) {
        return !path.contains("..") && Files.isRegularFile(assets.resolve(path));
    }
}
