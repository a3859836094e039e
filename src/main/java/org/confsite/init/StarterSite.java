package org.confsite.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a new site from the files under {@code org/confsite/init/} among the resources: settings,
 * conference, an empty (or the fictional example's) programme (and the example's important dates),
 * starter pages in each language,
 * the publishing workflow and the editors' README. Templates and assets are not copied: the site
 * is built with the generator's theme. The files hold {@code {{key}}} where a value goes; each
 * value is escaped for where it lands (a quoted YAML string, or Markdown text).
 */
public final class StarterSite {
    private static final String ROOT = "/org/confsite/init/";
    /** The programme's files, written in this order. */
    public static final List<String> PROGRAMME = List.of("rooms", "tracks", "speakers", "papers", "sessions");
    /** The starter pages (under content/, without .md) and their page type; "" for a plain page or a post. */
    private static final Map<String, String> PAGES = pages();
    private static final Pattern KEY = Pattern.compile("\\{\\{([a-z0-9_]+)\\}\\}");
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>!|~&{}#]");

    private StarterSite() {
    }

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index", "home");
        pages.put("about", "");
        pages.put("programme", "programme");
        pages.put("speakers", "speakers");
        pages.put("papers", "papers");
        pages.put("venue", "");
        pages.put("accessibility", "");
        pages.put("404", "notfound");
        pages.put("news/index", "newsindex");
        pages.put("news/welcome", "");
        return pages;
    }

    /**
     * Writes the site into {@code dir} (which must not hold any of its files) and returns the
     * paths written, relative to it, in order.
     */
    public static List<String> write(Path dir, NewSite site, LocalDate today, String version) {
        Map<String, String> values = values(site, version);
        Map<String, String> files = new LinkedHashMap<>();
        String languages = String.join("\n", site.languages().stream().map(StarterLanguage::siteYamlEntry).toList());
        files.put("site.yaml", fill(resource("site/site.yaml").replace("{{languages}}", languages), values,
                StarterSite::yamlQuoted));
        files.put("data/conference.yaml", fill(resource("site/conference.yaml"), values, StarterSite::yamlQuoted));
        for (String name : PROGRAMME) {
            String header = resource("data/" + name + ".yaml");
            String text = site.example() ? header.substring(0, header.lastIndexOf(name + ": []")) + resource("example/"
                    + name + ".yaml") : header;
            files.put("data/" + name + ".yaml", fill(text, values, StarterSite::yamlQuoted));
        }
        if (site.example()) {
            files.put("data/dates.yaml", fill(resource("example/dates.yaml"), values, StarterSite::yamlQuoted));
        }
        for (StarterLanguage language : site.languages()) {
            Map<String, String> inLanguage = new HashMap<>(values);
            inLanguage.put("dates", dates(site, language));
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                String file = "content/" + page.getKey() + (language.main() ? "" : "." + language.folder()) + ".md";
                files.put(file, page(resource("pages/" + language.messages() + "/" + page.getKey() + ".md"), inLanguage,
                        language.main() ? frontMatter(page.getKey(), page.getValue(), today) : ""));
            }
        }
        files.put("content/favicon.svg", resource("site/favicon.svg"));
        files.put(".github/workflows/site.yml", fill(resource("site/site.yml"), values, UnaryOperator.identity()));
        files.put(".gitignore", resource("site/gitignore"));
        files.put("README.md", fill(resource("site/README.md"), values, StarterSite::markdown));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            try {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(files.keySet());
    }

    private static Map<String, String> values(NewSite site, String version) {
        Map<String, String> values = new HashMap<>();
        values.put("name", site.name());
        values.put("full_name", site.fullName());
        values.put("city", site.city());
        values.put("country", site.country());
        values.put("venue", site.venue());
        values.put("time_zone", site.zone().getId());
        values.put("start_date", site.start().toString());
        values.put("end_date", site.end().toString());
        values.put("base_url", site.baseUrl());
        values.put("generator_repository", site.generatorRepository());
        values.put("version", version);
        // The daily build runs five minutes after midnight in the conference's zone (cron reads UTC).
        int utcHour = site.start().atTime(0, 5).atZone(site.zone()).withZoneSameInstant(java.time.ZoneOffset.UTC).getHour();
        values.put("daily_cron", "5 " + utcHour + " * * *");
        for (int day = 1; day <= NewSite.EXAMPLE_DAYS; day++) {
            values.put("day" + day, site.start().plusDays(day - 1L).toString());
        }
        // The example's important dates, counted back from the first day.
        for (int days : new int[] {180, 120, 60, 40, 7}) {
            values.put("days_before_" + days, site.start().minusDays(days).toString());
        }
        return values;
    }

    /** The front matter only the main language's page has: its type, status and (for a post) date. */
    private static String frontMatter(String page, String type, LocalDate today) {
        StringBuilder out = new StringBuilder();
        if (!type.isEmpty()) {
            out.append("type: ").append(type).append('\n');
        }
        if (page.startsWith("news/") && type.isEmpty()) {
            out.append("date: ").append(today).append('\n');
        }
        return out.append("status: published\n").toString();
    }

    /** A starter page: its front matter's values as YAML, its text's as Markdown, and the extra fields. */
    private static String page(String template, Map<String, String> values, String extra) {
        int close = template.indexOf("\n---\n", 3);
        if (!template.startsWith("---\n") || close < 0) {
            throw new IllegalStateException("a starter page has no front matter");
        }
        return fill(template.substring(0, close + 1), values, StarterSite::yamlQuoted) + extra + "---\n"
                + fill(template.substring(close + 5), values, StarterSite::markdown);
    }

    /** The conference's dates as the language writes them, e.g. "14 September 2027 to 16 September 2027". */
    private static String dates(NewSite site, StarterLanguage language) {
        Properties text = new Properties();
        try {
            text.load(new StringReader(resource("pages/" + language.messages() + "/text.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(text.getProperty("date"), Locale.forLanguageTag(language.tag()));
        return new MessageFormat(text.getProperty("range"), Locale.ROOT).format(new Object[] {format.format(site.start()),
            format.format(site.end())});
    }

    static String fill(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher m = KEY.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + m.group(1) + "}} in a starter file");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
        }
        return m.appendTail(out).toString();
    }

    /** The inside of a YAML double-quoted string. */
    private static String yamlQuoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Text that Markdown shows as it is, with no markup or HTML of its own. */
    private static String markdown(String value) {
        return MARKDOWN_SPECIAL.matcher(value).replaceAll("\\\\$0");
    }

    private static String resource(String path) {
        try (InputStream in = StarterSite.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("the generator lacks its starter file " + path + "; rebuild it with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
