package org.confsite.cli;

import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;

/** A command of the command line ({@code build}, {@code serve} ...): its options, and what it does with them. */
interface Command {
    String name();

    /** One line for the list of commands and the top of the command's help. */
    String summary();

    /** Adds the command's options and arguments to its parser. */
    void define(ArgumentParser parser);

    /** Runs the command; returns the exit code. Problems of the sources come back as a {@code SiteException}. */
    int run(Namespace ns, PrintStream out, PrintStream err);
}
