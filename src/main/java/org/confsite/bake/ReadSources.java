package org.confsite.bake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.confsite.config.Language;
import org.confsite.config.SiteConfig;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.programme.ProgrammeLoader;
import org.confsite.sitedata.SiteData;
import org.confsite.sitedata.SiteDataLoader;
import org.confsite.template.Messages;

/**
 * Reads {@code data/} into a checked programme and the data beside it (committees, sponsors ...),
 * sorts the files of {@code content/}, and reads
 * each language's interface text. Problems are collected, not thrown, so that one build reports
 * those of the data, the files and every Markdown page together.
 */
final class ReadSources implements Step {
    @Override
    public String phase() {
        return "data";
    }

    @Override
    public String run(Build b) {
        SiteConfig site = b.site;
        b.programme = collect(b, () -> ProgrammeLoader.load(site.data(), b.display(site.data()), site.assets(),
                b.display(site.assets()), site.translationKeys()));
        if (b.programme != null) {
            var conference = b.programme.getConference();
            java.time.LocalDate today = java.time.LocalDate.ofInstant(b.now, conference.timeZone());
            SiteData info = collect(b, () -> SiteDataLoader.load(site.data(), b.display(site.data()), site.assets(),
                    b.display(site.assets()), site.translationKeys(), today, conference.startDate().getYear()));
            b.info = info == null ? SiteData.NONE : info;
        }
        b.contentFiles = collect(b, () -> ContentFiles.sort(b.files.content(), site.content(), site.root()));
        Map<String, Messages> messages = new LinkedHashMap<>();
        for (Language language : site.languages()) {
            Path bundle = Messages.fileFor(site.templates(), language.messages());
            Messages m = collect(b, () -> Messages.load(bundle, b.display(bundle), language.locale()));
            if (m != null) {
                messages.put(language.folder(), m);
            }
        }
        b.messages = messages;
        collect(b, () -> {
            Messages.requireSameKeys(Messages.fileFor(site.templates(), site.language()), b::display);
            return null;
        });
        b.problems.addAll(ContentFiles.caseClashes(b.files.assets(), site.assets(), site.root()));
        if (!site.socialImage().isEmpty() && !Files.isRegularFile(site.assets().resolve(site.socialImage()))) {
            b.problems.add(Problem.inFile(SiteConfig.FILE_NAME, "social_image '" + site.socialImage() + "' is not in "
                    + b.display(site.assets()) + "/", "put the picture there, or correct the path"));
        }
        var p = b.programme;
        return p == null ? null : p.getSessions().size() + " sessions, " + p.getSpeakers().size() + " people, "
                + p.getPapers().size() + " papers, " + p.getRooms().size() + " rooms";
    }

    private static <T> T collect(Build b, Supplier<T> read) {
        try {
            return read.get();
        } catch (SiteException e) {
            b.problems.addAll(e.problems());
            return null;
        }
    }
}
