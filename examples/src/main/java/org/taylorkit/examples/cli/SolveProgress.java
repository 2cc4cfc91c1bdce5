package org.taylorkit.examples.cli;

import org.taylorkit.interval.solve.SearchProgress;

/**
 * A progress line on standard error for long {@code taylor roots}, {@code minimize} and
 * {@code integral} runs: only when a terminal is attached ({@link System#console()}) and the output
 * is not JSON; drawn after the first second, at most five times a second, cleared at the end
 * ({@link TerminalProgress}).
 */
final class SolveProgress extends TerminalProgress implements SearchProgress {

    private final String what;

    private SolveProgress(String what) {
        this.what = what;
    }

    /** A progress line if standard error is interactive and the output is for humans, else a no-op. */
    static SolveProgress forTerminal(boolean json, String what) {
        return interactive(json) ? new SolveProgress(what) : null;
    }

    /** {@code p} itself, or {@link SearchProgress#NONE} for null. */
    static SearchProgress orNone(SolveProgress p) {
        return p == null ? SearchProgress.NONE : p;
    }

    @Override
    public void update(long processed, int pending) {
        if (due()) {
            draw("\r" + what + ": " + processed + " processed, " + pending + " pending   ");
        }
    }
}
