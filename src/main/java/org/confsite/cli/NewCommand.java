package org.confsite.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.confsite.bake.BuildClock;
import org.confsite.config.SiteConfig;
import org.confsite.config.SiteFiles;
import org.confsite.error.SiteException;
import org.confsite.programme.ProgrammeLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code new}: starts a post, page, session, speaker or translation for an editor to fill in ({@link Scaffold}). */
@Command(name = "new", description = {"Start a post, page, session or speaker (never overwrites), e.g. new post \"Title\";",
        "or the translation of a page or post: new translation content/venue.md"}, mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Parameters(index = "0", paramLabel = "KIND", description = "post, page, session, speaker or translation")
    String kind;

    @Parameters(index = "1", paramLabel = "TITLE", description = "the title, the person's name, or the page to translate")
    String title;

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    NewCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (!Scaffold.KINDS.contains(kind)) {
            throw new ParameterException(spec.commandLine(), "new needs a kind (" + String.join(", ", Scaffold.KINDS)
                    + ") and a title, e.g. new post \"Registration opens\"");
        }
        try {
            SiteConfig site = options.load();
            // Nothing outside the site is read or written because of a link inside it.
            SiteFiles.scan(site);
            Scaffold.Created created = Scaffold.create(site, kind, title, today(site));
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
