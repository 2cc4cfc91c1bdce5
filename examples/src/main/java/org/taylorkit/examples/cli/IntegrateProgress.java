package org.taylorkit.examples.cli;

import org.taylorkit.ode.StepInfo;
import org.taylorkit.ode.StepObserver;

/**
 * A progress bar on standard error for long {@code taylor integrate} runs: only when a terminal is
 * attached ({@link System#console()}) and the output is not JSON; drawn after the first second, at
 * most five times a second.
 */
final class IntegrateProgress extends TerminalProgress implements StepObserver {

    private final double t0;
    private final double t1;

    private IntegrateProgress(double t0, double t1) {
        this.t0 = t0;
        this.t1 = t1;
    }

    /** A progress bar if standard error is interactive and the output is for humans, else null. */
    static IntegrateProgress forTerminal(boolean json, double t0, double t1) {
        return !interactive(json) || t0 == t1 ? null : new IntegrateProgress(t0, t1);
    }

    @Override
    public void onStep(StepInfo step) {
        if (due()) {
            double f = Math.min(1, Math.max(0, (step.end() - t0) / (t1 - t0)));
            draw(bar(f) + "t = " + step.end());
        }
    }

    /** The bar for a fraction f in [0, 1]: carriage return, 40 cells, the percentage. */
    static String bar(double f) {
        int filled = (int) Math.round(f * 40);
        return "\r[" + "#".repeat(filled) + " ".repeat(40 - filled) + "] " + Math.round(f * 100) + "%  ";
    }
}
