package org.confsite.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confsite.config.SiteConfig;
import org.confsite.config.SitePaths;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.programme.ProgrammeLoader;
import org.confsite.yaml.YamlSource;

/**
 * Writes an {@link ImportPlan} into the site's {@code data/}: each file merged ({@link DataMerge}),
 * the whole programme then loaded as a build would load it, and only if that succeeds are the
 * files replaced (each by a rename). Otherwise nothing is written.
 */
public final class Importer {
    private static final String CONFERENCE = "conference.yaml";

    private Importer() {
    }

    /** What an import changed, per file, for the summary. */
    public record Summary(Map<String, DataMerge.Changes> files, List<String> conference, List<String> warnings) {
        public void print(PrintStream out, boolean written) {
            warnings.forEach(w -> out.println("warning: " + w));
            if (!conference.isEmpty()) {
                out.println("data/" + CONFERENCE + ": " + String.join(", ", conference));
            }
            files.forEach((file, c) -> out.printf("%s: %d added, %d changed, %d removed%s%n", file, c.added().size(),
                    c.changed().size(), c.removed().size(), details(c)));
            if (!written) {
                out.println("Nothing written (--dry-run).");
            }
        }

        private static String details(DataMerge.Changes c) {
            List<String> parts = new ArrayList<>();
            if (!c.changed().isEmpty()) {
                parts.add("changed " + few(c.changed()));
            }
            if (!c.removed().isEmpty()) {
                parts.add("removed " + few(c.removed()));
            }
            return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
        }

        private static String few(List<String> ids) {
            return String.join(", ", ids.subList(0, Math.min(8, ids.size()))) + (ids.size() > 8 ? " ..." : "");
        }
    }

    public static Summary apply(SiteConfig site, ImportPlan plan, boolean dryRun) {
        Path data = site.data();
        String dataName = SitePaths.display(site.root(), data);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, DataMerge.Changes> changes = new LinkedHashMap<>();
        List<String> conferenceChanges = new ArrayList<>();
        if (!plan.conference().isEmpty()) {
            String file = dataName + "/" + CONFERENCE;
            String old = read(data.resolve(CONFERENCE), file);
            Map<String, Object> values = new LinkedHashMap<>();
            if (!old.matches("(?s)(.*\n)?name:.*") && plan.conference.containsKey("full_name")) {
                values.put("name", plan.conference.getOrDefault("acronym", plan.conference.get("full_name")));
            }
            values.putAll(plan.conference);
            String now = conference(old, values, conferenceChanges);
            if (!now.equals(old)) {
                texts.put(CONFERENCE, now);
            }
        }
        Map<String, String> ids = new HashMap<>();
        for (ImportPlan.Part part : plan.parts) {
            String file = dataName + "/" + part.file();
            String old = read(data.resolve(part.file()), file);
            DataMerge.Result merged = DataMerge.merge(file, old, part, ids);
            changes.put(file, merged.changes());
            if (!merged.text().equals(old)) {
                texts.put(part.file(), merged.text());
            }
        }
        check(site, texts, dataName);
        if (!dryRun) {
            write(data, texts);
        }
        return new Summary(changes, conferenceChanges, plan.warnings());
    }

    /** Loads the programme as it would be after the import, from a copy; refuses the import on any problem. */
    private static void check(SiteConfig site, Map<String, String> texts, String dataName) {
        Path staged = null;
        try {
            staged = Files.createTempDirectory("confsite-import-");
            if (Files.isDirectory(site.data())) {
                try (var files = Files.list(site.data())) {
                    for (Path f : files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                        Files.copy(f, staged.resolve(f.getFileName().toString()));
                    }
                }
            }
            for (Map.Entry<String, String> t : texts.entrySet()) {
                Files.writeString(staged.resolve(t.getKey()), t.getValue(), StandardCharsets.UTF_8);
            }
            ProgrammeLoader.load(staged, dataName, site.assets(), SitePaths.display(site.root(), site.assets()),
                    site.translationKeys());
        } catch (SiteException e) {
            List<Problem> all = new ArrayList<>();
            all.add(Problem.inFile(dataName, "the programme would not build after this import, so nothing was written",
                    "fix what follows (in the source system, or in the entries editors added), then import again"));
            all.addAll(e.problems());
            throw new SiteException(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (staged != null) {
                try (var files = Files.list(staged)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                    Files.delete(staged);
                } catch (IOException ignored) {
                    // a temporary folder
                }
            }
        }
    }

    private static void write(Path data, Map<String, String> texts) {
        try {
            Files.createDirectories(data);
            for (Map.Entry<String, String> t : texts.entrySet()) {
                Path target = data.resolve(t.getKey());
                Path temp = data.resolve("." + t.getKey() + ".import");
                Files.writeString(temp, t.getValue(), StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file, String shown) {
        if (!Files.exists(file)) {
            return "";
        }
        return YamlSource.readText(file, shown);
    }

    /** Sets top-level values of conference.yaml in place, keeping every comment and other line. */
    static String conference(String text, Map<String, Object> values, List<String> said) {
        StringBuilder out = new StringBuilder(text);
        for (Map.Entry<String, Object> v : values.entrySet()) {
            String written = YamlText.scalar(v.getValue(), Map.of());
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(v.getKey()) + ":[ \\t]*(.*)$").matcher(out);
            if (m.find()) {
                String old = m.group(1).replaceFirst("\\s+#.*$", "").strip();
                String unquoted = old.replaceAll("^\"(.*)\"$", "$1");
                if (!old.equals(written) && !unquoted.equals(String.valueOf(v.getValue()))) {
                    out.replace(m.start(), m.end(), v.getKey() + ": " + written);
                    said.add(v.getKey() + " " + (old.isEmpty() ? "set" : old + " →") + " " + written);
                }
            } else {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                out.append(v.getKey()).append(": ").append(written).append('\n');
                said.add(v.getKey() + " set to " + written);
            }
        }
        return out.toString();
    }
}
