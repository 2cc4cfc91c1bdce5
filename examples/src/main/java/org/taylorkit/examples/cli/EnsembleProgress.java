package org.taylorkit.examples.cli;

import org.taylorkit.ode.ensemble.ProgressListener;

/**
 * The progress bar of {@code taylor ensemble} on standard error: only when a terminal is attached
 * ({@link System#console()}); drawn after the first second, at most five times a second ({@link TerminalProgress}).
 */
final class EnsembleProgress extends TerminalProgress implements ProgressListener {

    private EnsembleProgress() {
    }

    /** A progress bar if standard error is interactive, else null. */
    static EnsembleProgress forTerminal() {
        return interactive(false) ? new EnsembleProgress() : null;
    }

    @Override
    public void progress(long done, long total) {
        if (due()) {
            double f = total > 0 ? (double) done / total : 0;
            draw(IntegrateProgress.bar(f) + done + (total > 0 ? "/" + total : "") + " members");
        }
    }
}
