package org.confsite.cli;

import java.nio.file.Path;
import org.confsite.config.SiteConfig;
import picocli.CommandLine.Option;

/** The options every command that reads a site takes. */
final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR",
            description = "the site's folder, holding site.yaml (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR",
            description = "where to write the site, instead of output in site.yaml (default target/site)")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "the address the site is published at, instead of base_url in site.yaml")
    String baseUrl;

    @Option(names = "--debug", description = "print the stack trace of an internal error")
    boolean debug;

    /** The site's settings, with the command line's output and address in place of site.yaml's. */
    SiteConfig load() {
        SiteConfig site = SiteConfig.load(source);
        if (output != null) {
            site = site.withOutput(output);
        }
        if (baseUrl != null) {
            site = site.withBaseUrl(baseUrl);
        }
        return site;
    }
}
