package org.confsite.bake;

import java.nio.charset.StandardCharsets;
import org.confsite.config.Language;
import org.confsite.export.DatesCalendar;
import org.confsite.sitedata.InfoPage;
import org.confsite.sitedata.SiteData;

/**
 * The important dates as a calendar in each language ({@code dates.ics}, {@code zh-tw/dates.ics}):
 * the same events and UIDs, the text in that language (a text not translated is marked as the
 * main language's), linking to that language's dates page.
 * Only when {@code data/dates.yaml} lists a date.
 */
final class WriteDatesCalendar implements Step {
    @Override
    public String phase() {
        return "exports";
    }

    @Override
    public String run(Build b) throws java.io.IOException {
        if (b.info.dates().isEmpty()) {
            return null;
        }
        for (Language language : b.languages()) {
            SiteData info = b.info.in(language.key());
            String pageUrl = b.site.baseUrl() + language.path(InfoPage.DATES.getUri());
            String conference = b.programmes.get(language.folder()).getConference().name();
            DatesCalendar calendar = new DatesCalendar(conference, b.site.baseUrl(), pageUrl, language.tag(), b.now,
                    b.messages.get(language.folder()));
            b.write(b.out().resolve(language.path(InfoPage.DATES_CALENDAR)),
                    calendar.write(info.dates(), d -> info.untranslated(d.tr(), "what"), b.languages().get(0).tag())
                            .getBytes(StandardCharsets.UTF_8));
        }
        return b.info.dates().size() + " important dates";
    }
}
