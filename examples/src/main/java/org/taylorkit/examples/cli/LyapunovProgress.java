package org.taylorkit.examples.cli;

import org.taylorkit.ode.dynamics.LyapunovSpectrum;

/**
 * A progress bar on standard error for long {@code taylor lyapunov} runs, drawn like
 * {@link IntegrateProgress}'s: only when a terminal is attached ({@link System#console()}) and the output
 * is not JSON; after the first second, at most five times a second, cleared at the end.
 */
final class LyapunovProgress extends TerminalProgress implements LyapunovSpectrum.Progress {

    private LyapunovProgress() {
    }

    /** A progress bar if standard error is interactive and the output is for humans, else null. */
    static LyapunovProgress forTerminal(boolean json) {
        return interactive(json) ? new LyapunovProgress() : null;
    }

    @Override
    public void done(long k, long count, double t) {
        if ((k & 0xff) != 0 && k != count - 1) {
            return; // the clock is read every 256 intervals only
        }
        if (due()) {
            draw(IntegrateProgress.bar((k + 1) / (double) count) + "t = " + ShortestDecimal.format(t) + ", interval "
                    + (k + 1) + " of " + count + "  ");
        }
    }
}
