package org.confsite.cli;

import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;
import org.confsite.config.SiteConfig;

/** The options every command that reads a site takes. */
record SiteOptions(Path source, Path output, String baseUrl, boolean debug) {

    /** Adds the options to a command's parser. */
    static void define(ArgumentParser parser) {
        parser.addArgument("--source").metavar("DIR").setDefault(".")
                .help("the site's folder, holding site.yaml (default: the current folder)");
        parser.addArgument("--output").metavar("DIR")
                .help("where to write the site, instead of output in site.yaml (default target/site)");
        parser.addArgument("--base-url").metavar("URL").dest("base_url")
                .help("the address the site is published at, instead of base_url in site.yaml");
        Main.flag(parser, "--debug", "print the stack trace of an internal error");
    }

    static SiteOptions of(Namespace ns) {
        String output = ns.getString("output");
        return new SiteOptions(Path.of(ns.getString("source")), output == null ? null : Path.of(output),
                ns.getString("base_url"), Boolean.TRUE.equals(ns.getBoolean("debug")));
    }

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
