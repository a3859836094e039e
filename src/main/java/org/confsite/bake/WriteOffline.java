package org.confsite.bake;

import java.util.ArrayList;
import java.util.List;
import org.confsite.config.Language;
import org.confsite.config.SitePaths;
import org.confsite.export.AgendaData;
import org.confsite.export.OfflineCache;
import org.confsite.export.SearchIndex;
import org.jbake.model.DocumentModel;

/**
 * The service worker that keeps the programme for offline use ({@link OfflineCache}). The preview
 * gets none: its pages change with every save.
 */
final class WriteOffline implements Step {
    @Override
    public String phase() {
        return "exports";
    }

    @Override
    public String run(Build b) throws java.io.IOException {
        if (b.preview()) {
            return null;
        }
        b.write(b.out().resolve(OfflineCache.WORKER), OfflineCache.worker(b.out(), files(b)));
        return OfflineCache.WORKER;
    }

    /**
     * What the service worker stores on the first visit, most wanted first: the theme's
     * stylesheets and scripts and those the build writes, the site's icons and its 404 page, then
     * in each language the programme and its filtered views, the agenda and search pages and
     * data, every session's page, the people and their pages, and the home page.
     */
    private static List<String> files(Build b) {
        List<String> files = new ArrayList<>();
        b.assetPaths.stream().filter(p -> p.endsWith(".css")).sorted().forEach(files::add);
        files.add(TrackStyles.FILE);
        b.assetPaths.stream().filter(p -> p.endsWith(".js")).sorted().forEach(files::add);
        files.add(SearchIndex.LIBRARY_PATH);
        b.contentFiles.assets().stream().map(f -> SitePaths.display(b.site.content(), f))
                .filter(p -> p.startsWith("favicon.")).sorted().forEach(files::add);
        b.pages.stream().filter(d -> Bakery.NOT_FOUND_TYPE.equals(d.getType())).map(d -> (String) d.get("uri"))
                .forEach(files::add);
        List<String> order = List.of("programme", ProgrammeDocuments.FILTER_TYPE, Bakery.AGENDA_TYPE, Bakery.SEARCH_TYPE,
                ProgrammeDocuments.SESSION_TYPE, "speakers", ProgrammeDocuments.SPEAKER_TYPE, "home");
        for (Language language : b.languages()) {
            files.add(language.path(AgendaData.FILE));
            files.add(language.path(SearchIndex.FILE));
            files.add(language.isMain() ? "./" : language.folder() + "/");
        }
        for (String type : order) {
            for (Language language : b.languages()) {
                b.pages.stream().filter(d -> type.equals(d.getType()))
                        .forEach((DocumentModel d) -> files.add(language.path((String) d.get(Editions.PAGE))));
            }
        }
        return files;
    }
}
