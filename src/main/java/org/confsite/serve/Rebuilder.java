package org.confsite.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.confsite.bake.Bakery;
import org.confsite.bake.BuildClock;
import org.confsite.bake.Console;
import org.confsite.bake.RebuildCache;
import org.confsite.config.SiteConfig;
import org.confsite.error.SiteException;

/** Watches the site's sources and re-bakes, one bake at a time, after changes settle. */
final class Rebuilder {
    /** How long the events of one save keep coming: an editor's save is a few events within a millisecond or two. */
    private static final long SETTLE_MS = 25;

    private final SiteConfig site;
    private final PrintStream out;
    private final PrintStream err;
    /** What a rebuild can take from the last build: the Markdown files' documents, the parsed templates. */
    private final RebuildCache session = new RebuildCache(true);

    Rebuilder(SiteConfig site, PrintStream out, PrintStream err) {
        this.site = site;
        this.out = out;
        this.err = err;
    }

    /** Counts finished rebuilds, good or failed: an open page reloads when it changes. */
    private final java.util.concurrent.atomic.AtomicLong builds = new java.util.concurrent.atomic.AtomicLong();
    /** The problems of the last rebuild; empty after a good one. */
    private volatile List<String> problems = List.of();

    long builds() {
        return builds.get();
    }

    List<String> problems() {
        return problems;
    }

    void rebuild() {
        try {
            Bakery.Report r = new Bakery(site, BuildClock.now(), new Console(out), false, session).bake();
            r.printSummary(out);
            problems = List.of();
        } catch (SiteException e) {
            e.problems().forEach(err::println);
            err.println("Build failed; still serving the last good site. Save a fix to rebuild.");
            problems = e.problems().stream().map(Object::toString).toList();
        } catch (RuntimeException | Error e) {
            // A long-running preview outlives any one failed build, whatever failed.
            String where = e instanceof org.confsite.error.FileFailure f ? " while processing " + f.file() : "";
            Throwable cause = e instanceof org.confsite.error.FileFailure && e.getCause() != null ? e.getCause() : e;
            err.println("confsite: internal error" + where + ": " + cause);
            err.println("Build failed; still serving the last good site.");
            problems = List.of("internal error" + where + ": " + cause);
        } finally {
            builds.incrementAndGet();
        }
    }

    /**
     * Rebuilds once, silently, with nothing changed, after a good first build: the code a rebuild
     * runs (pages taken as they were, files not read again) is then compiled before the editor's
     * first save, which is rebuilt as fast as later ones. Nothing is reported, the open pages do
     * not reload; the site published is the same. A failure here is left for the next save to report.
     */
    private void rehearse() {
        if (!problems.isEmpty()) {
            return;
        }
        try {
            new Bakery(site, BuildClock.now(), Console.silent(), false, session).bake();
        } catch (RuntimeException | Error e) {
            // The next save's rebuild meets the same problem and reports it.
        }
    }

    void watchForever() {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            // Watching first: a save during the rehearsal is seen and rebuilt after it.
            register(watcher);
            rehearse();
            while (true) {
                Drained changes = drain(watcher.take());
                // Editors save several files at once; wait for the burst to end.
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) {
                    changes = changes.and(drain(more));
                }
                if (!changes.relevant()) {
                    continue;
                }
                if (changes.newFolder()) {
                    register(watcher);
                }
                out.println("Change detected, rebuilding...");
                rebuild();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What a batch of events says: whether they concern a source (anything in the source folders,
     * or site.yaml itself), and whether a folder was created there (to be watched too). A lost
     * event (the queue overflowed) counts as both.
     */
    private record Drained(boolean relevant, boolean newFolder) {
        Drained and(Drained more) {
            return new Drained(relevant || more.relevant, newFolder || more.newFolder);
        }
    }

    private Drained drain(WatchKey key) {
        boolean relevant = false;
        boolean newFolder = false;
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            Object name = event.context();
            boolean source = !dir.equals(site.root()) || (name != null && (name.toString().equals(SiteConfig.FILE_NAME)
                    || sourceFolders().contains(dir.resolve(name.toString()))));
            relevant |= source;
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                newFolder = true;
            } else if (source && event.kind() == StandardWatchEventKinds.ENTRY_CREATE && name instanceof Path p
                    && Files.isDirectory(dir.resolve(p))) {
                newFolder = true;
            }
        }
        key.reset();
        return new Drained(relevant, newFolder);
    }

    /** The site's folder (for site.yaml) and its source folders. */
    private List<Path> sourceFolders() {
        return List.of(site.root(), site.content(), site.data(), site.templates(), site.assets());
    }

    /** (Re-)registers every folder, so folders created since the last build are watched too. */
    private void register(WatchService watcher) throws IOException {
        for (Path root : sourceFolders()) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            if (root.equals(site.root())) {
                root.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
                continue;
            }
            try (Stream<Path> dirs = Files.walk(root)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }
}
