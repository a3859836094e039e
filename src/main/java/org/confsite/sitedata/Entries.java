package org.confsite.sitedata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.confsite.programme.Fields;
import org.confsite.programme.Link;
import org.confsite.yaml.YamlMap;

/**
 * What the readers of the site's other data files share: the site's languages, the checks of
 * addresses, dates, pictures and links, and translated fields.
 */
final class Entries {
    private static final Pattern WEB = Pattern.compile("https?://[^\\s/]+\\S*");
    private static final Pattern MAIL = Pattern.compile("[^\\s@:/]+@[^\\s@:/]+\\.[^\\s@:/]+");

    private final Set<String> languages;
    private final Fields fields;

    Entries(Set<String> languages, Fields fields) {
        this.languages = Set.copyOf(languages);
        this.fields = fields;
    }

    /** Rejects keys other than {@code allowed} and the languages, then reads the translations of {@code translatable}. */
    Localized check(YamlMap y, Set<String> allowed, Set<String> translatable) {
        Set<String> all = new HashSet<>(allowed);
        all.addAll(languages);
        y.rejectUnknown(all);
        return translatable.isEmpty() ? Localized.NONE : Localized.read(y, languages, translatable);
    }

    /** The entry's {@code id}, a lowercase ASCII slug: null when absent (a problem if required) or not a slug. */
    String id(YamlMap y, boolean required) {
        String id = required ? y.text("id") : y.optText("id").orElse(null);
        if (id != null && !org.confsite.programme.ProgrammeLoader.ID.matcher(id).matches()) {
            y.problem("id", "id '" + id + "' is not a lowercase ASCII slug", "use letters a-z, digits and single hyphens");
            return null;
        }
        return id;
    }

    /** An http(s) address, or "" (a problem when it is something else). */
    String web(YamlMap y, String key) {
        String url = y.optText(key).orElse("");
        if (!url.isEmpty() && !WEB.matcher(url).matches()) {
            y.problem(key, "'" + key + "' is not a web address: '" + url + "'",
                    "write the whole address, starting https://");
            return "";
        }
        return url;
    }

    /** An e-mail address, without {@code mailto:}, or "". */
    String mail(YamlMap y, String key) {
        String mail = y.optText(key).orElse("");
        if (mail.toLowerCase(java.util.Locale.ROOT).startsWith("mailto:")) {
            mail = mail.substring("mailto:".length());
        }
        if (!mail.isEmpty() && !MAIL.matcher(mail).matches()) {
            y.problem(key, "'" + key + "' is not an e-mail address: '" + mail + "'", "write it as name@example.org");
            return "";
        }
        return mail;
    }

    /** A date written YYYY-MM-DD; null when absent (a problem when required) or wrong. */
    LocalDate date(YamlMap y, String key, boolean required) {
        String text = required ? y.text(key) : y.optText(key).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            y.problem(key, "'" + key + "' is not a date: '" + text + "'", "write it as YYYY-MM-DD, e.g. 2024-06-11");
            return null;
        }
    }

    String picture(YamlMap y, String key) {
        return fields.picture(y, key);
    }

    List<Link> links(YamlMap y) {
        return fields.links(y);
    }

    String markdown(YamlMap y, String key) {
        return fields.markdown(y, key);
    }
}
