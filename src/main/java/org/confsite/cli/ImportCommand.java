package org.confsite.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;
import org.confsite.config.SiteConfig;
import org.confsite.config.SiteFiles;
import org.confsite.error.Problem;
import org.confsite.error.SiteException;
import org.confsite.importer.EasyChairPlan;
import org.confsite.importer.ImportPlan;
import org.confsite.importer.Importer;
import org.confsite.importer.ScheduleImport;

/**
 * {@code import schedule FILE} (frab or pretalx schedule.xml or schedule.json) and
 * {@code import easychair submission.csv author.csv}: the programme brought into {@code data/},
 * re-importable (see docs/programme.md, "Importing").
 */
final class ImportCommand implements Command {
    static final List<String> SOURCES = List.of("schedule", "easychair");

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "Bring the programme into data/ from a frab or pretalx schedule (import schedule schedule.xml) or from"
                + " EasyChair (import easychair submission.csv author.csv)";
    }

    @Override
    public void define(ArgumentParser parser) {
        parser.addArgument("from").metavar("FROM").choices(SOURCES).help(String.join(" or ", SOURCES));
        parser.addArgument("files").metavar("FILE").nargs("+")
                .help("schedule: the exported schedule.xml or schedule.json; easychair: submission.csv and author.csv");
        parser.addArgument("--time-zone").metavar("ZONE").dest("time_zone")
                .help("schedule: the conference's IANA time zone, when the export does not name it (e.g. Europe/Berlin)");
        parser.addArgument("--accept").metavar("DECISIONS")
                .help("easychair: the decisions that count as accepted, comma-separated (default: any containing 'accept')");
        parser.addArgument("--dry-run").dest("dry_run").action(Arguments.storeTrue())
                .help("say what would change, and write nothing");
        SiteOptions.define(parser);
    }

    @Override
    public int run(Namespace ns, PrintStream out, PrintStream err) {
        SiteConfig site = SiteOptions.of(ns).load();
        // Nothing outside the site is read or written because of a link inside it.
        SiteFiles.scan(site);
        List<String> files = ns.getList("files");
        boolean dryRun = Boolean.TRUE.equals(ns.getBoolean("dry_run"));
        ImportPlan plan;
        if (ns.getString("from").equals("schedule")) {
            if (files.size() != 1) {
                throw new SiteException(Problem.inFile("import schedule", "takes one file, not " + files.size(),
                        "e.g. import schedule schedule.xml"));
            }
            plan = ScheduleImport.read(Path.of(files.get(0)), files.get(0), ns.getString("time_zone"));
        } else {
            if (files.size() != 2) {
                throw new SiteException(Problem.inFile("import easychair", "takes two files, not " + files.size(),
                        "e.g. import easychair submission.csv author.csv"));
            }
            plan = EasyChairPlan.read(Path.of(files.get(0)), Path.of(files.get(1)), ns.getString("accept"));
        }
        Importer.Summary summary = Importer.apply(site, plan, dryRun);
        summary.print(out, !dryRun);
        return 0;
    }
}
