package org.confsite.bake;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.builder.FileBasedConfigurationBuilder;
import org.apache.commons.configuration2.builder.fluent.Parameters;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.confsite.config.SiteConfig;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The configuration JBake's parts are given: JBake's own defaults (its {@code default.properties})
 * with the site's folders and templates set from {@code site.yaml}. Unlike JBake's
 * {@code JBakeConfigurationFactory}, it reads no {@code jbake.properties} or {@code custom.properties}
 * from the site (the site is configured in {@code site.yaml}; {@link SiteConfig} refuses those
 * files with a message) and no Java system properties, so nothing but site.yaml changes a build.
 */
final class JBakeSettings {
    private JBakeSettings() {
    }

    static DefaultJBakeConfiguration of(SiteConfig site, Path out) {
        CompositeConfiguration values = new CompositeConfiguration();
        values.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        try {
            values.addConfiguration(new FileBasedConfigurationBuilder<>(PropertiesConfiguration.class)
                    .configure(new Parameters().properties()
                            .setURL(DefaultJBakeConfiguration.class.getClassLoader().getResource("default.properties"))
                            .setEncoding("UTF-8")
                            .setListDelimiterHandler(new DefaultListDelimiterHandler(','))
                            .setIncludesAllowed(false))
                    .getConfiguration());
        } catch (ConfigurationException e) {
            throw new IllegalStateException("JBake's default.properties cannot be read", e);
        }
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(site.root().toFile(), out.toFile(), values, true);
        config.setContentFolder(site.content().toFile());
        config.setTemplateFolder(site.templates().toFile());
        config.setAssetFolder(site.assets().toFile());
        config.setDataFolder(site.data().toFile());
        config.setDatabaseStore("memory");
        config.setProperty("db.path", "confsite");
        for (String type : Bakery.CONTENT_TYPES) {
            config.setTemplateFileNameForDocType(type, type + ".ftlh");
        }
        for (String type : List.of(ProgrammeDocuments.SESSION_TYPE, ProgrammeDocuments.SPEAKER_TYPE,
                ProgrammeDocuments.PAPER_TYPE, ProgrammeDocuments.FILTER_TYPE, Bakery.SEARCH_TYPE, Bakery.AGENDA_TYPE)) {
            config.setTemplateFileNameForDocType(type, type + ".ftlh");
        }
        for (String type : InfoDocuments.TYPES) {
            config.setTemplateFileNameForDocType(type, type + ".ftlh");
        }
        config.setTemplateFileNameForDocType("feed", "feed.ftlx");
        config.setTemplateFileNameForDocType("sitemap", "sitemap.ftlx");
        return config;
    }
}
