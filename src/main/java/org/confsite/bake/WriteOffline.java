package org.confsite.bake;

import java.util.ArrayList;
import java.util.List;
import org.confsite.config.Language;
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
     * What the service worker stores on the first visit, most wanted first: the stylesheets and
     * scripts, then in each language the programme and its filtered views, the agenda and search
     * pages and data, every session's page, the people and their pages, and the home page.
     */
    private static List<String> files(Build b) {
        List<String> files = new ArrayList<>(List.of("css/site.css", TrackStyles.FILE, "js/agenda.js", "js/now.js",
                "js/search.js", "js/offline.js", SearchIndex.LIBRARY_PATH, "favicon.svg", "404.html"));
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
