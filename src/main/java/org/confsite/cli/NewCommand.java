package org.confsite.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;
import org.confsite.bake.BuildClock;
import org.confsite.config.SiteConfig;
import org.confsite.config.SiteFiles;
import org.confsite.error.SiteException;
import org.confsite.programme.ProgrammeLoader;

/** {@code new}: starts a post, page, session, speaker or translation for an editor to fill in ({@link Scaffold}). */
final class NewCommand implements Command {
    @Override
    public String name() {
        return "new";
    }

    @Override
    public String summary() {
        return "Start a post, page, session or speaker (never overwrites), e.g. new post \"Title\"; or the translation of"
                + " a page: new translation content/venue.md";
    }

    @Override
    public void define(ArgumentParser parser) {
        parser.addArgument("kind").metavar("KIND").choices(Scaffold.KINDS).help(String.join(", ", Scaffold.KINDS));
        parser.addArgument("title").metavar("TITLE").help("the title, the person's name, or the page to translate");
        SiteOptions.define(parser);
    }

    @Override
    public int run(Namespace ns, PrintStream out, PrintStream err) {
        try {
            SiteConfig site = SiteOptions.of(ns).load();
            // Nothing outside the site is read or written because of a link inside it.
            SiteFiles.scan(site);
            Scaffold.Created created = Scaffold.create(site, ns.getString("kind"), ns.getString("title"), today(site));
            out.println("Created " + created.file().toAbsolutePath().normalize());
            out.println(created.next());
            return 0;
        } catch (SiteException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    /** Today in the conference's time zone; where the data cannot say, in this computer's. */
    private static LocalDate today(SiteConfig site) {
        ZoneId zone;
        try {
            zone = ProgrammeLoader.load(site.data(), "data", site.translationKeys()).getConference().timeZone();
        } catch (SiteException e) {
            zone = ZoneId.systemDefault();
        }
        return LocalDate.ofInstant(BuildClock.now(), zone);
    }
}
