package org.taylorkit.examples.cli;

import java.io.PrintStream;
import org.taylorkit.ode.dynamics.LyapunovSpectrum;

/**
 * A progress bar on standard error for long {@code taylor lyapunov} runs, drawn like
 * {@link IntegrateProgress}'s: only when a terminal is attached ({@link System#console()}) and the output
 * is not JSON; after the first second, at most five times a second, cleared at the end.
 */
final class LyapunovProgress implements LyapunovSpectrum.Progress {

    private final PrintStream err = System.err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private LyapunovProgress() {
    }

    /** A progress bar if standard error is interactive and the output is for humans, else null. */
    static LyapunovProgress forTerminal(boolean json) {
        return json || System.console() == null ? null : new LyapunovProgress();
    }

    @Override
    public void done(long k, long count, double t) {
        if ((k & 0xff) != 0 && k != count - 1) {
            return; // the clock is read every 256 intervals only
        }
        long now = System.nanoTime();
        if (now - start < 1_000_000_000L || now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        drawn = true;
        err.print(IntegrateProgress.bar((k + 1) / (double) count) + "t = " + ShortestDecimal.format(t) + ", interval "
                + (k + 1) + " of " + count + "  ");
        err.flush();
    }

    /** Clears the bar's line. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
