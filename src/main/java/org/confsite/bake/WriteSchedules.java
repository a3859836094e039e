package org.confsite.bake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.confsite.export.Exports;
import org.confsite.export.ScheduleExport;
import org.confsite.template.Messages;

/** The schedule conference apps read, as {@code schedule.xml} and {@code schedule.json} (one, in the main language). */
final class WriteSchedules implements Step {
    @Override
    public String phase() {
        return "exports";
    }

    @Override
    public String run(Build b) throws java.io.IOException {
        Messages messages = b.messages.get("");
        // A typed link without a title of its own is named as the main language's pages name it.
        ScheduleExport schedule = new ScheduleExport(b.programme, b.site.baseUrl(), b.site.mainLanguage().tag(),
                messages.get("programme.otherPlaces", List.of()), messages.get("sample.label", List.of()),
                link -> messages.get(link.type().titleKey(), List.of(link.url())));
        b.write(b.out().resolve(Exports.SCHEDULE_XML), schedule.toXml().getBytes(StandardCharsets.UTF_8));
        b.write(b.out().resolve(Exports.SCHEDULE_JSON), schedule.toJson().getBytes(StandardCharsets.UTF_8));
        return Exports.SCHEDULE_XML + ", " + Exports.SCHEDULE_JSON;
    }
}
