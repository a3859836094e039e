package org.confsite.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run {@code mvn package} records the class-data sharing archive from ({@link Launcher}):
 * what the commands people run load, so that each of them starts from the archive. It builds the
 * shipped site, then starts a site with {@code init} and imports a schedule and an EasyChair
 * export into it (the test fixtures). Not a command of the tool.
 */
final class Training {
    private Training() {
    }

    /** @param args the project folder, a scratch folder, and the folder of the import fixtures */
    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        Path fixtures = Path.of(args[2]);
        PrintStream out = System.out;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int built = Main.run(new String[] {"build", "--source", project.toString(), "--output",
            scratch.resolve("site").toString()}, out, out);
        Path site = scratch.resolve("init");
        if (Files.exists(site)) {
            org.confsite.bake.OutputSwap.deleteTree(site);
        }
        int made = Main.run(new String[] {"init", site.toString(), "--name", "Training", "--start", "2030-09-12", "--end",
            "2030-09-15", "--time-zone", "Europe/Berlin", "--city", "Berlin", "--country", "Germany"}, quiet, quiet);
        int schedule = Main.run(new String[] {"import", "schedule", fixtures.resolve("frab-berlin.xml").toString(), "--source",
            site.toString()}, quiet, quiet);
        int json = Main.run(new String[] {"import", "schedule", fixtures.resolve("pretalx.json").toString(), "--source",
            site.toString(), "--dry-run"}, quiet, quiet);
        int easychair = Main.run(new String[] {"import", "easychair", fixtures.resolve("easychair/submission.csv").toString(),
            fixtures.resolve("easychair/author.csv").toString(), "--source", site.toString()}, quiet, quiet);
        out.printf("training: build %d, init %d, import schedule %d and %d, import easychair %d%n", built, made, schedule, json,
                easychair);
    }
}
