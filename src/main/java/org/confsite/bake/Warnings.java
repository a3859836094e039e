package org.confsite.bake;

import java.util.ArrayList;
import java.util.List;
import org.confsite.config.SiteConfig;
import org.confsite.config.SitePaths;
import org.confsite.programme.Programme;
import org.confsite.programme.Session;
import org.confsite.programme.Speaker;
import org.jbake.model.DocumentModel;

/** Things worth an editor's attention that do not stop a build. */
final class Warnings {
    private Warnings() {
    }

    static List<String> of(SiteConfig site, Programme programme) {
        List<String> out = new ArrayList<>();
        String speakersFile = SitePaths.display(site.root(), site.data().resolve("speakers.yaml"));
        String sessionsFile = SitePaths.display(site.root(), site.data().resolve("sessions.yaml"));
        if (site.baseUrl().matches("https?://([^/]*\\.)?example\\.(org|com|net)/.*")) {
            out.add("site.yaml: base_url " + site.baseUrl() + " is an example address (set the real one before publishing)");
        }
        for (Speaker speaker : programme.getSpeakers()) {
            List<Session> sessions = programme.sessionsOf(speaker.id());
            if (programme.appearancesOf(speaker.id()).isEmpty() && programme.papersOf(speaker.id()).isEmpty()) {
                out.add(speakersFile + ": speaker '" + speaker.id()
                        + "' has no session or paper (add them to one, or remove them)");
            }
            for (int i = 0; i < sessions.size(); i++) {
                for (int j = i + 1; j < sessions.size(); j++) {
                    Session a = sessions.get(i);
                    Session b = sessions.get(j);
                    if (a.isTimed() && b.isTimed() && a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                        out.add(sessionsFile + ": speaker '" + speaker.id() + "' is booked in '" + a.id() + "' and '"
                                + b.id() + "' at the same time (move one session, or give one of them another speaker)");
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Published posts with the title of another: a warning, not an error, since a repeated title
     * ("Programme update") can be meant; but readers of the news list and the feed cannot tell
     * such posts apart. {@code posts} in file order; each later post is named with the first.
     */
    static List<String> sameTitles(List<DocumentModel> pages, java.util.function.Function<DocumentModel, String> file) {
        List<String> out = new ArrayList<>();
        java.util.Map<String, DocumentModel> seen = new java.util.HashMap<>();
        for (DocumentModel doc : pages) {
            if (!"post".equals(doc.getType()) || !(doc.get("title") instanceof String title)) {
                continue;
            }
            DocumentModel first = seen.putIfAbsent(title.strip().toLowerCase(java.util.Locale.ROOT), doc);
            if (first != null) {
                out.add(file.apply(doc) + ": has the same title as " + file.apply(first) + ", '" + title
                        + "' (give one a title of its own: the news list and the feed show only titles)");
            }
        }
        return out;
    }
}
