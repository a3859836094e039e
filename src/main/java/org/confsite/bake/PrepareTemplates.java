package org.confsite.bake;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.confsite.config.Language;
import org.confsite.config.SiteConfig;
import org.confsite.programme.Programme;
import org.confsite.template.Messages;
import org.confsite.template.PageContext;
import org.confsite.template.SiteTemplateEngine;
import org.jbake.model.DocumentModel;

/**
 * The programme in each language (made once: pages, calendars, search and agenda read it), the
 * model the templates see, the template engine JBake renders through, and the writer of pages
 * (which, in a {@code serve} session, takes pages whose inputs did not change from the last build).
 */
final class PrepareTemplates implements Step {
    @Override
    public String phase() {
        return "render";
    }

    @Override
    public String run(Build b) {
        SiteConfig site = b.site;
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, SiteTemplateEngine.LanguageModel> byLanguage = new LinkedHashMap<>();
        Map<String, Programme> programmes = new HashMap<>();
        for (Language language : b.languages()) {
            Messages m = b.messages.get(language.folder());
            Programme inLanguage = b.programme.in(language.key(), language.locale());
            programmes.put(language.folder(), inLanguage);
            names.put(language.folder(), m.get("language.name", List.of()));
            byLanguage.put(language.folder(), new SiteTemplateEngine.LanguageModel(SiteModel.ofLanguage(site, language,
                    inLanguage, m, b.editions.get(language.folder()), b.all, b.tagPages, b.info.in(language.key())), m));
        }
        b.programmes = programmes;
        b.templates = new SiteTemplateEngine(b.db, b.config, site.templates(), b.display(site.templates()),
                SiteModel.shared(site, b.all, names), byLanguage, TimeZone.getTimeZone(b.zone),
                doc -> pageContext(b, doc), b.cache == null ? null : b.cache.templates());
        if (b.cache != null) {
            b.cache.keepTemplates(b.templates.configuration());
            b.plan = RenderPlan.of(b.cache, site, b.all,
                    java.time.LocalDate.ofInstant(b.now, b.programme.getConference().timeZone()), b.number(), b.stageHolds);
        }
        b.writer = new PageWriter(b.db, b.config, b.templates, b.stage, b.plan);
        return null;
    }

    private static PageContext pageContext(Build b, DocumentModel doc) {
        SiteConfig site = b.site;
        String type = doc.getType();
        Object folder = doc.get(Editions.LANGUAGE);
        Language language = site.languages().stream().filter(l -> l.folder().equals(folder)).findFirst()
                .orElse(site.mainLanguage());
        String page;
        if ("feed".equals(type)) {
            page = site.feedFile();
        } else if ("sitemap".equals(type)) {
            page = site.sitemapFile();
        } else {
            page = doc.get(Editions.PAGE) instanceof String p ? p : (String) doc.get("uri");
        }
        return PageContext.of(page, language, site.languages(), b.pageLanguages::has, b.untranslated::contains,
                site.baseUrl(), site.basePath(), Bakery.NOT_FOUND_TYPE.equals(type), b.markdown, b.picturesByPath::get);
    }
}
