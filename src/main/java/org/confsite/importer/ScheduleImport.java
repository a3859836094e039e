package org.confsite.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.error.SiteException;

/**
 * {@code import schedule FILE}: a frab or pretalx {@code schedule.xml} or {@code schedule.json}
 * read into an {@link ImportPlan}.
 */
public final class ScheduleImport {
    /** No real schedule comes near this; a larger file is refused before it is read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private ScheduleImport() {
    }

    /**
     * @param zone the conference's time zone when the export does not name it (null: from the export)
     * @throws SiteException every problem of the file, each at its line; nothing is planned then
     */
    public static ImportPlan read(Path file, String shown, String zone) {
        Problems problems = new Problems();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new SiteException(Problem.inFile(shown, "no such file",
                    "give the path of the exported schedule.xml or schedule.json"));
        }
        Exported exported;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SiteException(Problem.inFile(shown, "is larger than " + MAX_BYTES / 1024 / 1024 + " MB",
                        "a schedule export is far smaller; check that this is the right file"));
            }
            exported = json(file) ? new ScheduleJsonReader(shown, problems).read(file)
                    : new ScheduleXmlReader(shown, problems).read(file);
        } catch (IOException e) {
            throw new SiteException(Problem.inFile(shown, "cannot be read: " + e.getMessage(), "check the path and permissions"));
        }
        problems.throwIfAny();
        if (exported.events().isEmpty()) {
            problems.add(Problem.inFile(shown, "holds no events", "export the schedule once it has sessions"));
        }
        problems.throwIfAny();
        ImportPlan plan = ScheduleMapping.map(exported, zone, problems);
        problems.throwIfAny();
        return plan;
    }

    /** JSON when the file's first character (after a byte-order mark and spaces) is '{'. */
    private static boolean json(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            for (byte b : head) {
                if (b == '{') {
                    return true;
                }
                if (b == '<') {
                    return false;
                }
            }
        }
        return file.getFileName().toString().endsWith(".json");
    }
}
