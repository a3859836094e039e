package org.confsite.bake;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.confsite.config.Language;
import org.confsite.config.SiteConfig;
import org.confsite.export.StructuredData;
import org.confsite.programme.Programme;
import org.confsite.template.Formats;
import org.confsite.template.Messages;
import org.jbake.model.DocumentModel;

/**
 * The values every template sees, computed once per bake (JBake's stock model runs a database
 * query each time a template reads a list): those the same in every language ({@link #shared})
 * and those of each language ({@link #ofLanguage}).
 */
final class SiteModel {
    private SiteModel() {
    }

    /** The site paths of every page of this bake, so that a template links only to pages that exist. */
    public record PageIndex(Set<String> uris) {
        public PageIndex {
            uris = Set.copyOf(uris);
        }

        public boolean has(String uri) {
            return uris.contains(uri);
        }
    }

    /** Width and height of the social image, for link previews ("" when unknown). */
    private static List<String> imageSize(SiteConfig site) {
        if (site.socialImage().isEmpty()) {
            return List.of();
        }
        // The size is in the file's header: read it without decoding the picture.
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(
                site.assets().resolve(site.socialImage()).toFile())) {
            var readers = in == null ? java.util.Collections.<javax.imageio.ImageReader>emptyIterator()
                    : javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return List.of();
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return List.of(Integer.toString(reader.getWidth(0)), Integer.toString(reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /**
     * The values the same in every language: {@code site}, {@code sitemap} (every page of every
     * language but the 404s and the pages shown untranslated), {@code languageNames} (each
     * language's name for itself, by folder), {@code socialImageSize}.
     *
     * @param editions every page of every language
     * @param names    each language's name for itself, by folder
     */
    static Map<String, Object> shared(SiteConfig site, List<DocumentModel> editions,
            Map<String, String> names) {
        Map<String, Object> shared = new HashMap<>();
        shared.put("site", site);
        // A page shown untranslated is a copy of the main language's: its canonical page is listed instead.
        shared.put("sitemap", editions.stream()
                .filter(d -> !Bakery.NOT_FOUND_TYPE.equals(d.getType()) && d.get(Editions.UNTRANSLATED) == null).toList());
        shared.put("socialImageSize", imageSize(site));
        shared.put("languageNames", Map.copyOf(names));
        return shared;
    }

    /**
     * The values of one language: {@code conf}, {@code programme} and {@code info}
     * (committees, sponsors, dates ...) in it, {@code pages} (the
     * paths of its pages, as the main language names them), {@code news} (its published posts,
     * newest first: those written in another language only, or not translated into this one yet,
     * not), {@code listedNews} (the same with those posts, for the lists, which mark them),
     * {@code tags} (its posts' tags), {@code tagPages} (a tag's page from the tag alone), {@code fmt},
     * {@code ld} (schema.org JSON-LD) and {@code updated} (the newest post's date, the feed's update time: the output
     * carries no build time).
     *
     * @param programme the programme in this language
     * @param pages     this language's pages
     * @param all       every page of every language
     * @param tagPages  whether the site has tag pages (its theme has their templates)
     */
    static Map<String, Object> ofLanguage(SiteConfig site, Language language, Programme programme, Messages messages,
            List<DocumentModel> pages, List<DocumentModel> all, boolean tagPages, org.confsite.sitedata.SiteData info) {
        ZoneId zone = programme.getConference().timeZone();
        Date conferenceStart = Date.from(programme.getConference().startDate().atStartOfDay(zone).toInstant());
        Comparator<DocumentModel> newestFirst = Comparator.comparing(DocumentModel::getDate).reversed()
                .thenComparing(d -> (String) d.get("uri"));
        List<DocumentModel> news = pages.stream().filter(d -> "post".equals(d.getType())).sorted(newestFirst).toList();
        List<DocumentModel> listed = all.stream().filter(d -> "post".equals(d.getType()))
                .filter(d -> language.folder().equals(d.get(Editions.LANGUAGE))
                        || (d.get(Editions.ONLY) != null && !language.folder().equals(d.get(Editions.ONLY))))
                .sorted(newestFirst).toList();
        Map<String, Object> values = new HashMap<>();
        values.put("conf", programme.getConference());
        values.put("programme", programme);
        values.put("pages", new PageIndex(pages.stream().map(d -> (String) d.get(Editions.PAGE)).collect(Collectors.toSet())));
        values.put("info", info);
        values.put("news", news);
        values.put("listedNews", listed);
        values.put("tags", Tags.of(tagPages ? news : List.of(), d -> d.get("tags") instanceof String[] t ? t : new String[0],
                site.newsFolder(), language.locale()));
        values.put("tagPages", new Tags.Addresses(site.newsFolder(), tagPages));
        values.put("fmt", new Formats(zone, conferenceStart.toInstant(), messages));
        values.put("updated", news.isEmpty() ? conferenceStart : news.get(0).getDate());
        String image = site.socialImage().isEmpty() ? "" : site.baseUrl() + site.socialImage();
        values.put("ld", new StructuredData(programme, site.baseUrl(), site.baseUrl() + language.path(""), language.tag(),
                image));
        values.put("lang", language);
        return values;
    }
}
