package org.confsite.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.confsite.error.Problem;
import org.confsite.error.Problems;
import org.confsite.error.SiteException;
import org.confsite.yaml.YamlMap;
import org.confsite.yaml.YamlSource;

/**
 * The site's settings, read from {@code site.yaml} at the site's root. Every key is documented
 * in that file; folders are resolved against the root. Nothing about a particular conference is
 * known to the Java code: it all comes from here, {@code data/} and {@code content/}.
 */
public record SiteConfig(
        Path root,
        String baseUrl,
        List<Language> languages,
        Path output,
        Path content,
        Path data,
        Path templates,
        Path assets,
        String newsFolder,
        int newsOnHome,
        int newsInFeed,
        String feedFile,
        String sitemapFile,
        List<MenuItem> menu,
        String socialImage,
        String socialImageAlt) {

    public static final String FILE_NAME = "site.yaml";

    public SiteConfig {
        menu = List.copyOf(menu);
        languages = List.copyOf(languages);
    }

    /** The main language: its pages are at the root of the site. */
    public Language mainLanguage() {
        return languages.get(0);
    }

    /** The main language's interface text name, e.g. {@code en} ({@code messages_en.properties}). */
    public String language() {
        return mainLanguage().messages();
    }

    /** How the main language writes dates and numbers. */
    public Locale locale() {
        return mainLanguage().locale();
    }

    /**
     * The keys of translated fields in data files and of translations' file names: the folders of
     * the languages but the main one.
     */
    public java.util.Set<String> translationKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        languages.stream().filter(l -> !l.isMain()).forEach(l -> keys.add(l.folder()));
        return keys;
    }

    /** True when pages are published in more than one language. */
    public boolean isMultilingual() {
        return languages.size() > 1;
    }

    /** The path part of the base URL, e.g. {@code /} or {@code /2024/}: where the site is served. */
    public String basePath() {
        String rest = baseUrl.replaceFirst("^[a-z]+://[^/]+", "");
        return rest.isEmpty() ? "/" : rest;
    }

    public static SiteConfig load(Path root) {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new SiteException(Problem.inFile(FILE_NAME, "not found in " + root.toAbsolutePath().normalize(),
                    "run the command in the site's folder or pass --source DIR"));
        }
        SiteFiles.requireInside(root, FILE_NAME);
        Problems problems = new Problems();
        for (String jbake : List.of("jbake.properties", "custom.properties")) {
            if (Files.exists(root.resolve(jbake), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.inFile(jbake, "JBake's own settings file is not read: this site is configured in "
                        + FILE_NAME, "move what it sets into " + FILE_NAME + " (site.host is base_url; folders are under"
                        + " folders:) and delete " + jbake));
            }
        }
        var node = YamlSource.compose(YamlSource.readText(file, FILE_NAME), FILE_NAME, 0)
                .orElseThrow(() -> new SiteException(Problem.inFile(FILE_NAME, "file is empty",
                        "give it at least base_url: (see docs/theming.md, \"site.yaml\")")));
        YamlMap y = YamlMap.of(FILE_NAME, node, problems, "the file");
        y.rejectUnknown(Set.of("base_url", "language", "locale", "languages", "output", "folders", "news", "feed", "sitemap",
                "menu",
                "social_image"));

        String baseUrl = y.text("base_url");
        if (baseUrl != null && !baseUrl.matches("https?://[^/\\s]+(/[^\\s]*)?")) {
            y.problem("base_url", "base_url must be an absolute http(s) URL", "e.g. https://conference.example.org/");
        } else if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        List<Language> languages = languages(y);

        YamlMap folders = y.map("folders").orElse(null);
        if (folders != null) {
            folders.rejectUnknown(Set.of("content", "data", "templates", "assets"));
        }
        YamlMap news = y.map("news").orElse(null);
        if (news != null) {
            news.rejectUnknown(Set.of("folder", "on_home", "in_feed"));
        }
        List<MenuItem> menu = new ArrayList<>();
        for (YamlMap item : y.maps("menu")) {
            item.rejectUnknown(Set.of("label", "path"));
            String label = item.text("label");
            String path = item.text("path");
            if (label != null && path != null) {
                menu.add(new MenuItem(label, path.startsWith("/") ? path.substring(1) : path));
            }
        }
        String image = "";
        String imageAlt = "";
        YamlMap social = y.map("social_image").orElse(null);
        if (social != null) {
            social.rejectUnknown(Set.of("path", "alt"));
            image = social.text("path");
            imageAlt = social.text("alt");
            boolean picture = image != null && !image.contains("..")
                    && image.matches("[A-Za-z0-9_][A-Za-z0-9_./-]*\\.(png|jpe?g)");
            if (image != null && !picture) {
                social.problem("path", "social_image path must be a PNG or JPEG file in the assets folder",
                        "e.g. path: img/social-card.png");
            }
        }
        for (String key : List.of("content", "data", "templates", "assets")) {
            if (folders != null) {
                insideSite(folders, key);
            }
        }
        insideSite(y, "output");
        int onHome = number(news, "on_home", 3);
        int inFeed = number(news, "in_feed", 20);
        problems.throwIfAny();
        return new SiteConfig(root, baseUrl, languages,
                root.resolve(y.optText("output").orElse("target/site")).normalize(),
                folder(root, folders, "content"), folder(root, folders, "data"),
                folder(root, folders, "templates"), folder(root, folders, "assets"),
                news == null ? "news" : news.optText("folder").orElse("news"), onHome, inFeed,
                y.optText("feed").orElse("feed.xml"), y.optText("sitemap").orElse("sitemap.xml"), menu,
                image == null ? "" : image, imageAlt == null ? "" : imageAlt);
    }

    /**
     * {@code languages:}, a list of {tag, folder, messages, locale}, the first the main one; or,
     * for a site in one language, {@code language:} (the messages' name) and {@code locale:}.
     */
    private static List<Language> languages(YamlMap y) {
        if (!y.has("languages")) {
            String language = y.optText("language").orElse("en");
            String locale = y.optText("locale").orElse(language.replace('_', '-'));
            return List.of(new Language(language.replace('_', '-'), "", language,
                    Locale.forLanguageTag(locale)));
        }
        for (String single : List.of("language", "locale")) {
            if (y.has(single)) {
                y.problem(single, "'" + single + "' and 'languages' are both given",
                        "keep 'languages' and move this setting into its first entry");
            }
        }
        List<Language> out = new ArrayList<>();
        Set<String> folders = new java.util.HashSet<>();
        Set<String> tags = new java.util.HashSet<>();
        for (YamlMap entry : y.maps("languages")) {
            entry.rejectUnknown(Set.of("tag", "folder", "messages", "locale"));
            String tag = entry.text("tag");
            String messages = entry.text("messages");
            if (tag == null || messages == null) {
                continue;
            }
            Locale parsed = Locale.forLanguageTag(tag);
            if (parsed.getLanguage().isEmpty() || !parsed.toLanguageTag().equalsIgnoreCase(tag)) {
                entry.problem("tag", "'" + tag + "' is not a language tag", "e.g. en, en-GB or zh-Hant-TW");
            }
            if (!messages.matches("[A-Za-z]+(_[A-Za-z0-9]+)*")) {
                entry.problem("messages", "'" + messages + "' is not a bundle name",
                        "e.g. zh_TW, for templates/i18n/messages_zh_TW.properties");
            }
            String folder = entry.optText("folder").orElse("");
            if (out.isEmpty() && !folder.isEmpty()) {
                entry.problem("folder", "the first language is the main one, at the root of the site: it has no folder",
                        "remove this line, or put the language you meant as the main one first");
            } else if (!out.isEmpty() && !folder.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                entry.problem(folder.isEmpty() ? "tag" : "folder", folder.isEmpty()
                        ? "every language but the first needs a folder for its pages"
                        : "folder '" + folder + "' must be lowercase ASCII letters, digits and hyphens",
                        "e.g. folder: zh-tw");
            }
            if (!folders.add(folder) || !tags.add(tag.toLowerCase(Locale.ROOT))) {
                entry.problem("tag", "language '" + tag + "' (folder '" + folder + "') is listed twice", "keep one");
            }
            Locale locale = Locale.forLanguageTag(entry.optText("locale").orElse(tag));
            if (entry.has("locale") && locale.getLanguage().isEmpty()) {
                entry.problem("locale", "'" + entry.optText("locale").orElse("") + "' is not a locale", "e.g. en-GB or zh-TW");
            }
            out.add(new Language(tag, folder, messages, locale));
        }
        if (out.isEmpty()) {
            y.problem("languages", "'languages' lists no language", "list at least the main one: - {tag: en, messages: en}");
            return List.of(new Language("en", "", "en", Locale.ENGLISH));
        }
        return out;
    }

    /**
     * A folder named in site.yaml must be inside the site folder: a commit may change site.yaml,
     * and nothing outside the site is read, or written over, because of what it says.
     */
    private static void insideSite(YamlMap y, String key) {
        y.optText(key).ifPresent(name -> {
            Path path = Path.of(name.replace('\\', '/')).normalize();
            boolean hidden = false;
            for (Path part : path) {
                hidden |= part.toString().startsWith(".");
            }
            if (path.isAbsolute() || path.toString().isEmpty() || path.startsWith("..") || hidden) {
                y.problem(key, "'" + key + "' must be a folder inside the site folder, not '" + name + "'",
                        "output".equals(key) ? "name it relative to site.yaml, e.g. target/site; to build elsewhere,"
                        + " use --output DIR" : "name it relative to site.yaml, e.g. " + key);
            }
        });
    }

    private static Path folder(Path root, YamlMap folders, String key) {
        String name = folders == null ? key : folders.optText(key).orElse(key);
        return root.resolve(name).normalize();
    }

    private static int number(YamlMap y, String key, int fallback) {
        if (y == null || y.optText(key).isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(y.optText(key).get());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        y.problem(key, "'" + key + "' must be a whole number, 0 or more", null);
        return fallback;
    }

    /** Returns a copy writing to another output folder (command-line --output). */
    public SiteConfig withOutput(Path newOutput) {
        return new SiteConfig(root, baseUrl, languages, newOutput.toAbsolutePath().normalize(),
                content, data, templates, assets,
                newsFolder, newsOnHome, newsInFeed, feedFile, sitemapFile, menu, socialImage, socialImageAlt);
    }

    /**
     * Returns a copy published at another address (command-line --base-url, e.g. the address a CI
     * job's host gives); checked like base_url in site.yaml.
     */
    public SiteConfig withBaseUrl(String url) {
        if (!url.matches("https?://[^/\\s]+(/[^\\s]*)?")) {
            throw new SiteException(Problem.inFile("--base-url", "'" + url + "' is not an absolute http(s) URL",
                    "e.g. --base-url https://conference.example.org/"));
        }
        return new SiteConfig(root, url.endsWith("/") ? url : url + "/", languages, output, content, data, templates, assets,
                newsFolder, newsOnHome, newsInFeed, feedFile, sitemapFile, menu, socialImage, socialImageAlt);
    }

    /** Returns a copy reading templates and assets from elsewhere (tests run fixtures on the real theme). */
    public SiteConfig withTheme(Path newTemplates, Path newAssets) {
        return new SiteConfig(root, baseUrl, languages, output, content, data, newTemplates, newAssets,
                newsFolder, newsOnHome, newsInFeed, feedFile, sitemapFile, menu, socialImage, socialImageAlt);
    }
}
