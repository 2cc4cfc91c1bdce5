package org.taylorkit.examples.cli;

import java.io.PrintStream;
import org.taylorkit.interval.solve.SearchProgress;

/**
 * A progress line on standard error for long {@code taylor roots}, {@code minimize} and
 * {@code integral} runs: only when a terminal is attached ({@link System#console()}) and the output
 * is not JSON; drawn after the first second, at most five times a second, cleared at the end.
 */
final class SolveProgress implements SearchProgress {

    private final PrintStream err = System.err;
    private final String what;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private SolveProgress(String what) {
        this.what = what;
    }

    /** A progress line if standard error is interactive and the output is for humans, else a no-op. */
    static SolveProgress forTerminal(boolean json, String what) {
        return json || System.console() == null ? null : new SolveProgress(what);
    }

    /** {@code p} itself, or {@link SearchProgress#NONE} for null. */
    static SearchProgress orNone(SolveProgress p) {
        return p == null ? SearchProgress.NONE : p;
    }

    @Override
    public void update(long processed, int pending) {
        long now = System.nanoTime();
        if (now - start < 1_000_000_000L || now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        drawn = true;
        err.print("\r" + what + ": " + processed + " processed, " + pending + " pending   ");
        err.flush();
    }

    /** Clears the line. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(80) + "\r");
            err.flush();
        }
    }
}
