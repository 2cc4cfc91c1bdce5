package org.taylorkit.examples.cli;

import java.io.PrintStream;
import org.taylorkit.ode.ensemble.ProgressListener;

/**
 * The progress bar of {@code taylor ensemble} on standard error: only when a terminal is attached
 * ({@link System#console()}); drawn after the first second, at most five times a second.
 */
final class EnsembleProgress implements ProgressListener {

    private final PrintStream err = System.err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private EnsembleProgress() {
    }

    /** A progress bar if standard error is interactive, else null. */
    static EnsembleProgress forTerminal() {
        return System.console() == null ? null : new EnsembleProgress();
    }

    @Override
    public void progress(long done, long total) {
        long now = System.nanoTime();
        if (now - start < 1_000_000_000L || now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double f = total > 0 ? (double) done / total : 0;
        err.print(IntegrateProgress.bar(f) + done + (total > 0 ? "/" + total : "") + " members");
        err.flush();
    }

    /** Clears the bar's line. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(80) + "\r");
            err.flush();
        }
    }
}
