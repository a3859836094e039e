package org.confsite.bake;

import org.confsite.config.Language;
import org.confsite.export.AgendaData;

/** The data the visitor's agenda page reads, in each language ({@link AgendaData}). */
final class WriteAgenda implements Step {
    @Override
    public String phase() {
        return "exports";
    }

    @Override
    public String run(Build b) throws java.io.IOException {
        for (Language language : b.languages()) {
            b.write(b.out().resolve(language.path(AgendaData.FILE)), AgendaData.script(b.programmes.get(language.folder()),
                    b.site.baseUrl(), b.site.baseUrl() + language.path("")));
        }
        return b.languages().size() + " agenda data files";
    }
}
