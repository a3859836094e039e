package org.confsite.bake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.programme.Link;
import org.confsite.programme.Programme;
import org.confsite.yaml.Suggest;

/**
 * Checks the site paths that programme data links to (a session's or paper's slides, a person's
 * page on this site) against what the build publishes: pages, the files of the assets folder and those
 * kept beside pages. A link leading nowhere is reported at the line that wrote it.
 */
final class SiteLinks {
    private SiteLinks() {
    }

    /**
     * @param others    links of the other data files (contact)
     * @param published every path the site will have: pages, feed, sitemap and generated files
     * @param assets    the assets folder (may not exist)
     */
    static void check(Programme programme, List<Link> others, Set<String> published, Path assets) {
        List<Link> links = new ArrayList<>(others);
        programme.getSessions().forEach(s -> links.addAll(s.links()));
        programme.getSpeakers().forEach(p -> links.addAll(p.links()));
        programme.getPapers().forEach(p -> links.addAll(p.links()));
        List<Problem> problems = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>(published);
        for (Link link : links) {
            if (!link.isSitePath()) {
                continue;
            }
            String path = link.url().replaceFirst("[#?].*", "").replaceFirst("^/", "");
            if (path.isEmpty() || path.endsWith("/")) {
                path = path + "index.html";
            }
            if (known.contains(path) || isFile(assets, path)) {
                continue;
            }
            String near = Suggest.nearest(path, known);
            Problem at = link.source();
            problems.add(Problem.at(at.file(), at.line(), at.column(),
                    "link '" + link.url() + "' leads to no page or file of this site",
                    near != null ? "did you mean '" + near + "'?" : "correct the path, or put the file in the assets folder"));
        }
        if (!problems.isEmpty()) {
            throw new SiteException(problems);
        }
    }

    private static boolean isFile(Path assets, String path) {
        if (path.contains("..")) {
            return false;
        }
        return Files.isRegularFile(assets.resolve(path));
    }
}
