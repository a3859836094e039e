package org.confsite.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Bounds on the work of reading one Markdown text, so that no text a commit holds can crash the
 * build or keep it busy for hours. Flexmark recurses once per level of nesting (20,000 {@code >}
 * overflow the stack) and takes time that grows with the square of the length for some shapes
 * (thousands of unclosed links or bare {@code www.} addresses on one line, long tables).
 *
 * <ul>
 * <li>Nesting: at most {@link #MAX_DEPTH} levels (quotes in lists in emphasis ...); real pages
 *     use fewer than 15.
 * <li>Work: Flexmark reads each character of a real page 5 to 15 times (measured on this
 *     project's pages and docs); a text read more than {@link #READS_PER_CHAR} times per character
 *     is refused. Counting reads gives the same answer on any machine.
 * <li>Time: shapes that are slow without many reads (a table of 100,000 rows) are stopped after
 *     {@link #CPU_SECONDS} seconds of processor time for the one text, checked between reads.
 * </ul>
 */
final class ParseLimits {
    static final int MAX_DEPTH = 100;
    static final int READS_PER_CHAR = 200;
    private static final long BASE_READS = 10_000_000L;
    static final int CPU_SECONDS = 10;
    static final String TOO_DEEP = "the text nests more than " + MAX_DEPTH
            + " levels deep (quotes, lists, emphasis or links inside one another)";
    static final String TOO_SLOW = "the text would take too long to read (for example thousands of unclosed"
            + " brackets or emphasis marks, or a table of tens of thousands of rows)";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ParseLimits() {
    }

    /** The text for Flexmark's parser, counting what the parser reads of it. */
    static BasedSequence budgeted(String text) {
        return BasedSequence.of(new Budgeted(text));
    }

    /** Throws {@link Markdown.TooComplex} at the first node deeper than {@link #MAX_DEPTH}. */
    static void requireShallow(Document document) {
        // An explicit stack: walking the tree must not itself recurse once per level.
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                throw new Markdown.TooComplex(TOO_DEEP, node.getLineNumber() + 1);
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
    }

    /**
     * The line a reader should look at when the parser gave up without saying where: the one with
     * the most marks that nest ({@code > * _ ~ [ ! (}) or the deepest indentation. 1-based.
     */
    static int likelyLine(String text) {
        int best = 1;
        int bestScore = -1;
        int line = 1;
        int score = 0;
        boolean leading = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n') {
                if (score > bestScore) {
                    bestScore = score;
                    best = line;
                }
                line++;
                score = 0;
                leading = true;
                continue;
            }
            if ("> *_~[!(".indexOf(c) >= 0 && (c != ' ' || leading)) {
                score++;
            } else {
                leading = false;
            }
        }
        return best;
    }

    /** A text that counts the reads made of it and stops the parse when they exceed its budget. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final long cpuDeadline;
        private long reads;

        Budgeted(String text) {
            this.text = text;
            this.reads = BASE_READS + (long) READS_PER_CHAR * text.length();
            long cpu = cpuTime();
            this.cpuDeadline = cpu < 0 ? -1 : cpu + CPU_SECONDS * 1_000_000_000L;
        }

        @Override
        public char charAt(int index) {
            if ((--reads & 0xFFFF) == 0) {
                checkBudget();
            }
            return text.charAt(index);
        }

        private void checkBudget() {
            if (reads < 0 || (cpuDeadline >= 0 && cpuTime() > cpuDeadline)) {
                throw new Markdown.TooComplex(TOO_SLOW, 0);
            }
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }

        private static long cpuTime() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        }
    }
}
