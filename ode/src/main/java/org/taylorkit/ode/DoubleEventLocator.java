package org.taylorkit.ode;

import org.taylorkit.ode.tape.DoubleTapeRunner;

/**
 * Finds the sign changes of event functions on a step polynomial (see {@link Event} for the method
 * and its limits). Each event's last nonzero sign is carried from step to step, so a crossing that
 * falls exactly on a step boundary is reported once; a sign change between the carried sign and the
 * new step's g(0) is a crossing at the step's start. Preallocated: no allocation per step.
 */
final class DoubleEventLocator {

    private final int m;
    private final int[] lastSign;
    private final double[] tau;
    private final int[] event;
    private final int[] after;
    private int count;

    DoubleEventLocator(int eventCount, int maxOrder) {
        this.m = eventCount;
        this.lastSign = new int[eventCount];
        int capacity = eventCount * (samples(maxOrder) + 1);
        tau = new double[capacity];
        event = new int[capacity];
        after = new int[capacity];
    }

    static int samples(int p) {
        return Math.max(8, p);
    }

    void reset() {
        java.util.Arrays.fill(lastSign, 0);
    }

    /**
     * Finds every sign change of every event in the step [0, h] (τ relative to the step start),
     * sorts them by |τ| and updates the carried signs.
     *
     * @return the number of crossings found
     */
    int locate(DoubleTapeRunner runner, int p, double h) {
        count = 0;
        int samples = samples(p);
        for (int j = 0; j < m; j++) {
            double[] g = runner.outputCoefficients(j);
            int prev = lastSign[j];
            double prevTau = 0.0;
            double prevValue = 0.0;
            for (int i = 0; i <= samples; i++) {
                double t = i == samples ? h : h * i / samples;
                double v = Polynomials.horner(g, 0, p, t);
                int sign = v > 0 ? 1 : v < 0 ? -1 : 0;
                if (sign == 0) {
                    continue;
                }
                if (prev != 0 && sign != prev) {
                    double root = i == 0 ? 0.0 : Polynomials.refineRoot(g, p, prevTau, prevValue, t);
                    add(root, j, sign);
                }
                prev = sign;
                prevTau = t;
                prevValue = v;
            }
            lastSign[j] = prev;
        }
        // insertion sort by |τ| (a handful of entries)
        for (int i = 1; i < count; i++) {
            double ti = tau[i];
            int ei = event[i];
            int ai = after[i];
            int k = i - 1;
            while (k >= 0 && Math.abs(tau[k]) > Math.abs(ti)) {
                tau[k + 1] = tau[k];
                event[k + 1] = event[k];
                after[k + 1] = after[k];
                k--;
            }
            tau[k + 1] = ti;
            event[k + 1] = ei;
            after[k + 1] = ai;
        }
        return count;
    }

    private void add(double root, int j, int sign) {
        tau[count] = root;
        event[count] = j;
        after[count] = sign;
        count++;
    }

    /** τ of crossing {@code i} (sorted by |τ|). */
    double tau(int i) {
        return tau[i];
    }

    /** The event of crossing {@code i}. */
    int event(int i) {
        return event[i];
    }

    /** The sign of g just after crossing {@code i} (+1: upward crossing). */
    int after(int i) {
        return after[i];
    }
}
