package org.confsite.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes, on a background thread, the sites earlier builds replaced and the leftovers of
 * interrupted builds, while this build works: deleting thousands of files takes longer than
 * building them on some disks, and nobody should wait for it. {@link #join} waits for the end.
 */
public final class OutputSweep {
    /**
     * Starts deleting, on a background thread, the sites earlier builds replaced, and leftovers of
     * sweeps that were interrupted an hour or more ago. Each folder is first claimed by renaming
     * it, so two builds never delete the same one. {@link #join} waits for the end.
     */
    public static OutputSweep start(Path output) {
        List<Path> claimed = new ArrayList<>();
        try {
            Path parent = output.toAbsolutePath().normalize().getParent();
            String name = output.getFileName().toString();
            List<Path> doomed = new ArrayList<>();
            boolean published = Files.exists(output);
            java.time.Instant longAgo = java.time.Instant.now().minus(OutputSwap.LEFTOVER_AGE);
            for (Path old : OutputSwap.leftovers(parent, name, "old")) {
                // With the output in place, every old folder is a replaced site, not one to put back;
                // without it, one may be a site that another build is swapping right now.
                if (published || OutputSwap.modified(old).isBefore(longAgo)) {
                    doomed.add(old);
                }
            }
            doomed.addAll(OutputSwap.leftovers(parent, name, "spare"));
            for (Path leftover : OutputSwap.leftovers(parent, name, "deleting")) {
                if (OutputSwap.modified(leftover).isBefore(longAgo)) {
                    doomed.add(leftover);
                }
            }
            for (Path folder : doomed) {
                Path claim = parent.resolve(OutputSwap.prefix(name, "deleting") + ProcessHandle.current().pid() + "-"
                        + OutputSwap.SEQUENCE.incrementAndGet());
                try {
                    OutputSwap.move(folder, claim);
                    claimed.add(claim);
                } catch (java.nio.file.NoSuchFileException taken) {
                    // Another build claimed it first.
                }
            }
        } catch (IOException e) {
            // Deleting leftovers is housekeeping: a build never fails for it; the next one tries again.
        }
        return new OutputSweep(claimed);
    }


        private final Thread thread;

        private OutputSweep(List<Path> folders) {
            thread = folders.isEmpty() ? null : new Thread(() -> {
                for (Path folder : folders) {
                    try {
                        OutputSwap.deleteTree(folder);
                    } catch (IOException e) {
                        // Left for a later sweep.
                    }
                }
            }, "confsite-sweep");
            if (thread != null) {
                thread.setDaemon(true);
                thread.start();
            }
        }

        /** Waits until the folders are deleted. */
        public void join() {
            if (thread == null) {
                return;
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

