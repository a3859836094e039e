package org.confsite.bake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.confsite.config.Language;
import org.confsite.config.SiteConfig;
import org.confsite.config.SitePaths;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.export.AgendaData;
import org.confsite.export.Exports;
import org.confsite.export.OfflineCache;
import org.confsite.export.SearchIndex;
import org.jbake.model.DocumentModel;

/**
 * Works out every path the site will have, and checks against it the links in the data
 * ({@link SiteLinks}) and in editors' Markdown ({@link PageLinks}); a language's folder must hold
 * nothing but that language's pages.
 */
final class CheckLinks implements Step {
    @Override
    public String phase() {
        return "content";
    }

    @Override
    public String run(Build b) {
        SiteConfig site = b.site;
        Set<String> pageUris = new HashSet<>();
        b.pages.forEach(d -> pageUris.add((String) d.get("uri")));
        // Each language has its own copy of these: its pages, its feed and its calendars.
        Set<String> localized = new HashSet<>(pageUris);
        localized.add(site.feedFile());
        localized.add(SearchIndex.FILE);
        localized.add(AgendaData.FILE);
        localized.addAll(Exports.calendarPaths(b.programme));
        if (!b.info.getDatesCalendar().isEmpty()) {
            localized.add(b.info.getDatesCalendar());
        }
        Set<String> published = new HashSet<>(pageUris);
        published.addAll(List.of(site.feedFile(), site.sitemapFile(), TrackStyles.FILE, SearchIndex.FILE, AgendaData.FILE,
                OfflineCache.WORKER, SearchIndex.LIBRARY_PATH, SearchIndex.LIBRARY_LICENSE_PATH));
        published.addAll(Exports.paths(b.programme));
        if (!b.info.getDatesCalendar().isEmpty()) {
            published.add(b.info.getDatesCalendar());
        }
        b.contentFiles.assets().forEach(f -> published.add(SitePaths.display(site.content(), f)));
        SiteLinks.check(b.programme, b.info.links(), published, site.assets());
        Set<String> pending = new HashSet<>();
        b.byState.get(Publication.State.DRAFT).forEach(d -> pending.add((String) d.get("uri")));
        b.byState.get(Publication.State.SCHEDULED).forEach(d -> pending.add((String) d.get("uri")));
        b.assetPaths = b.files.assets().stream().map(f -> SitePaths.display(site.assets(), f)).toList();
        requireOwnFolders(b.languages(), published, b.assetPaths);
        // Pages may link to another language's pages too (a link to /zh-tw/about.html).
        Set<String> linkable = new HashSet<>(published);
        for (Language language : b.languages()) {
            localized.forEach(p -> linkable.add(language.path(p)));
        }
        List<DocumentModel> written = new ArrayList<>(b.pages);
        written.addAll(b.translations);
        PageLinks.check(written, d -> d.getFile() == null ? List.of() : b.engine.linksOf(Path.of(d.getFile())), linkable,
                pending, site.assets(), site.basePath(), b::fileOf);
        b.localized = localized;
        b.linkable = linkable;
        return null;
    }

    /**
     * A language's folder must be its own: a page, a file of content/ or of the assets folder in a
     * folder of that name would be overwritten by the language's pages, or overwrite them.
     */
    private static void requireOwnFolders(List<Language> languages, Set<String> published, List<String> assets) {
        Problems problems = new Problems();
        for (Language language : languages) {
            if (language.isMain()) {
                continue;
            }
            String folder = language.folder() + "/";
            Optional<String> clash = Stream.concat(published.stream(), assets.stream())
                    .filter(p -> p.startsWith(folder)).sorted().findFirst();
            clash.ifPresent(p -> problems.add(Problem.inFile(SiteConfig.FILE_NAME, "the folder '" + language.folder()
                    + "' of language " + language.tag() + " is also a folder of the site (" + p + ")",
                    "give the language another folder, or move what is in " + folder)));
        }
        problems.throwIfAny();
    }
}
