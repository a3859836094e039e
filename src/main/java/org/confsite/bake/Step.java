package org.confsite.bake;

import java.io.IOException;

/**
 * One step of a build: reads what earlier steps left in the {@link Build} and adds to it or
 * writes files. {@link Bakery#STEPS} lists them in order; a new output is a new step in that list.
 */
interface Step {
    /** The line of the build's summary the step is counted on ("content", "render", "exports"). */
    String phase();

    /** Does the step's work; returns what it made, for the summary line ("114 pages"), or null to say nothing. */
    String run(Build build) throws IOException;
}
