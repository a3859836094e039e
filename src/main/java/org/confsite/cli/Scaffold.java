package org.confsite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confsite.bake.Slugs;
import org.confsite.config.SiteConfig;
import org.confsite.config.SitePaths;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.markdown.Placeholder;
import org.confsite.programme.Programme;
import org.confsite.programme.ProgrammeLoader;

/**
 * The {@code new} command: starts a post, a page, a session or a person for an editor to fill in.
 * Posts and pages are new Markdown files with their front matter and {@code status: draft};
 * sessions and people are appended to {@code data/sessions.yaml} and {@code data/speakers.yaml},
 * marked {@code sample: true} (shown as illustrative) until the editor has filled them in. The
 * name comes from the title, in ASCII: accents are dropped and Chinese is written in pinyin.
 * Nothing is ever overwritten, and a data file is left as it was if the new entry would break it.
 */
final class Scaffold {
    static final List<String> KINDS = List.of("post", "page", "session", "speaker", "translation");
    private static final Pattern ENTRY = Pattern.compile("(?m)^([ \\t]*)- id: *\"?([a-z0-9-]+)\"?[ \\t]*$");

    private Scaffold() {
    }

    /** What was written: the file, and a sentence on what to do next. */
    record Created(Path file, String next) {
    }

    static Created create(SiteConfig site, String kind, String title, LocalDate today) {
        if ("translation".equals(kind)) {
            return translation(site, title);
        }
        if (title.isBlank()) {
            throw new SiteException(Problem.inFile("new " + kind, "the title is empty",
                    "give one: new " + kind + " \"A title\""));
        }
        String slug = slug(title);
        if (slug.isEmpty()) {
            throw new SiteException(Problem.inFile("new " + kind, "the title gives no ASCII name",
                    "use a title with some letters or digits"));
        }
        return switch (kind) {
            case "post" -> markdown(site, site.content().resolve(site.newsFolder()).resolve(slug + ".md"), """
                    ---
                    title: %s
                    date: %s
                    status: draft
                    tags: []
                    summary: ""
                    ---
                    %s While `status: draft` stays above, the post is not published;
                    delete that line to publish it.
                    """.formatted(quote(title), today, Placeholder.POST));
            case "page" -> markdown(site, site.content().resolve(slug + ".md"), """
                    ---
                    title: %s
                    status: draft
                    summary: ""
                    ---
                    %s Delete the `status: draft` line above to publish it.
                    """.formatted(quote(title), Placeholder.PAGE));
            case "session" -> entry(site, "sessions.yaml", slug, """
                    - id: %s
                      kind: paper        # keynote, paper, panel, poster, doctoral, demo, workshop, tutorial,
                                         # forum, ceremony, social, visit or break
                      title: %s
                      date: %s   # a day of the conference
                      # start: "09:00"
                      # end: "10:30"
                      # room: a room id from rooms.yaml
                      # speakers: [person ids from speakers.yaml]
                      sample: true       # shown as illustrative; delete once the entry is complete
                    """, title);
            case "speaker" -> entry(site, "speakers.yaml", slug, """
                    - id: %s
                      name: %s
                      # affiliation: "Role, Organisation", as given in the source
                      # country: Taiwan
                      sample: true       # shown as illustrative; delete once the entry is complete
                    """, title);
            default -> throw new IllegalArgumentException("new needs one of " + String.join(", ", KINDS));
        };
    }

    /**
     * The translation of a page or post into the site's other language, beside it
     * ({@code content/venue.md} gives {@code content/venue.zh-tw.md}): a draft with the page's
     * title, summary and text, to be translated in place.
     */
    private static Created translation(SiteConfig site, String page) {
        String what = "new translation";
        org.confsite.config.Language language = site.languages().stream().filter(l -> !l.isMain()).findFirst()
                .orElseThrow(() -> new SiteException(Problem.inFile(SiteConfig.FILE_NAME, "the site has one language",
                        "list the languages under languages: first (see the comments in site.yaml)")));
        Path content = site.content().toAbsolutePath().normalize();
        Path file = site.root().resolve(page).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            file = content.resolve(page).normalize();
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String extension = name.endsWith(".markdown") ? ".markdown" : ".md";
        if (!Files.isRegularFile(file) || !file.startsWith(content) || !name.endsWith(extension)) {
            throw new SiteException(Problem.inFile(what, "'" + page + "' is not a Markdown page of this site",
                    "name the page's file, e.g. new translation content/venue.md"));
        }
        if (org.confsite.bake.Editions.translationFolder(file, site.languages()) != null) {
            throw new SiteException(Problem.inFile(what, "'" + page + "' is itself a translation",
                    "name the page it translates"));
        }
        String display = SitePaths.display(site.root(), file);
        String text = org.confsite.yaml.YamlSource.readText(file, display).replace("\r\n", "\n");
        int close = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
        if (close < 0) {
            throw new SiteException(Problem.at(display, 1, 1, "has no front matter between --- lines",
                    "a translation is started from a page whose first line is ---"));
        }
        org.confsite.error.Problems problems = new org.confsite.error.Problems();
        org.confsite.yaml.YamlMap fields = org.confsite.yaml.YamlSource.compose(text.substring(4, close + 1), display, 1)
                .map(n -> org.confsite.yaml.YamlMap.of(display, n, problems, "the front matter", 1)).orElse(null);
        if (fields == null) {
            throw new SiteException(Problem.at(display, 2, 1, "the front matter is empty", "give the page a title: first"));
        }
        String pageTitle = fields.text("title");
        fields.optText("lang").ifPresent(lang -> fields.problem("lang", "the post is written in one language only (lang: "
                + lang + "), so it has no translation", "remove the lang: line first to publish it in every language"));
        problems.throwIfAny();
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quote(pageTitle == null ? "" : pageTitle)).append('\n');
        fields.optText("summary").ifPresent(summary -> out.append("summary: ").append(quote(summary)).append('\n'));
        out.append("status: draft\n---\n").append(text.substring(close + 5));
        Path target = file.resolveSibling(name.substring(0, name.length() - extension.length()) + "." + language.folder()
                + extension);
        markdown(site, target, out.toString());
        return new Created(target, "Translate its title, summary and text (keep links as they are, and give each heading"
                + " the English anchor: ## ... {#anchor}); delete status: draft to publish it. Until then "
                + language.path(SitePaths.display(content, file).replaceFirst("\\.(md|markdown)$", ".html"))
                + " shows the page untranslated.");
    }

    /** An ASCII slug: accents folded, Chinese (and other scripts ICU knows) in Latin letters. */
    static String slug(String title) {
        return Slugs.transliterated(title);
    }

    private static Created markdown(SiteConfig site, Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new SiteException(Problem.inFile(SitePaths.display(site.root(), file), "already exists; nothing was written",
                    "edit that file, or give the new one another title"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Created(file, "Preview it with: java -jar " + Main.jar(false) + " serve");
    }

    private static Created entry(SiteConfig site, String fileName, String id, String skeleton, String title) {
        Path file = site.data().resolve(fileName);
        String display = SitePaths.display(site.root(), file);
        String before;
        try {
            before = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteException(Problem.inFile(display, "cannot be read: " + e.getMessage(), "check that it exists"));
        }
        Matcher m = ENTRY.matcher(before);
        String indent = null;
        while (m.find()) {
            indent = indent == null ? m.group(1) : indent;
            if (m.group(2).equals(id)) {
                throw new SiteException(Problem.inFile(display, "already has an entry with id '" + id + "'; nothing was written",
                        "edit that entry, or give the new one another title"));
            }
        }
        if (indent == null) {
            throw new SiteException(Problem.inFile(display, "has no entries to add one after",
                    "add the first entry by hand, following the comments at the top of the file"));
        }
        Programme programme = ProgrammeLoader.load(site.data(), SitePaths.display(site.root(), site.data()),
                site.translationKeys());
        ZoneId zone = programme.getConference().timeZone();
        String date = programme.getConference().startDate().toString();
        String text = skeleton.formatted(id, quote(title), date).replace("\n", "\n" + indent).stripTrailing();
        String after = before + (before.endsWith("\n") ? "" : "\n") + "\n" + indent + text + "\n";
        try {
            Files.writeString(file, after, StandardCharsets.UTF_8);
            ProgrammeLoader.load(site.data(), SitePaths.display(site.root(), site.data()), site.assets(),
                    SitePaths.display(site.root(), site.assets()), site.translationKeys());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SiteException e) {
            write(file, before);
            throw new SiteException(Problem.inFile(display, "the new entry would not fit in this file; it was left as it was",
                    "add the entry by hand (" + e.problems().get(0).message() + ")"));
        }
        String times = fileName.equals("sessions.yaml") ? " (times are in " + zone + ")" : "";
        return new Created(file, "Fill in the entry at the end of " + display + times + ", then delete its sample: true line.");
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML double-quoted string. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
