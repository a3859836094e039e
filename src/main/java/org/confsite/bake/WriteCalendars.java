package org.confsite.bake;

import org.confsite.config.Language;
import org.confsite.export.Exports;

/**
 * The programme's calendars in each language: the whole programme, each day, each session
 * ({@link Exports#writeCalendars}). The main language's are made from the programme as written.
 */
final class WriteCalendars implements Step {
    @Override
    public String phase() {
        return "exports";
    }

    @Override
    public String run(Build b) {
        int files = 0;
        for (Language language : b.languages()) {
            files += Exports.writeCalendars(language.isMain() ? b.out() : b.out().resolve(language.folder()),
                    language.isMain() ? b.programme : b.programmes.get(language.folder()), b.site.baseUrl(),
                    b.site.baseUrl() + language.path(""), language.tag(), b.now, b.messages.get(language.folder()), b::write,
                    true);
        }
        return files + " calendars";
    }
}
