package org.taylorkit.ode.events;

/**
 * Finds the sign changes of event functions g_j on a step polynomial: g_j is evaluated at
 * max(8, p) + 1 equally spaced points of the step [0, h], and each sign change is refined by
 * {@link StepPolynomials#refineRoot}. Two zeros closer than a sampling interval (a near-tangential
 * graze) cancel and are missed. Each event's last nonzero sign is carried from step to step, so a
 * crossing that falls exactly on a step boundary is reported once, and a sign change between the
 * carried sign and the new step's g(0) is a crossing at the step's start (τ = 0). Zeros are skipped
 * (a touch without a sign change is no crossing); NaN values count as zero. Before the first step
 * the sign is unknown, so a zero at the very start is not a crossing.
 *
 * <p>Preallocated: no allocation per step. Not thread-safe.
 */
public final class SignChangeLocator {

    private final int m;
    private final int[] lastSign;
    private final double[] tau;
    private final int[] event;
    private final int[] after;
    private int count;

    /**
     * A locator for {@code eventCount} event functions and steps of order up to {@code maxOrder}.
     *
     * @param eventCount the number of event functions
     * @param maxOrder the largest step order
     */
    public SignChangeLocator(int eventCount, int maxOrder) {
        this.m = eventCount;
        this.lastSign = new int[eventCount];
        int capacity = eventCount * (samples(maxOrder) + 1);
        tau = new double[capacity];
        event = new int[capacity];
        after = new int[capacity];
    }

    /** The number of sampling intervals for order p: max(8, p). */
    public static int samples(int p) {
        return Math.max(8, p);
    }

    /** Forgets the carried signs (call before a new integration). */
    public void reset() {
        java.util.Arrays.fill(lastSign, 0);
    }

    /**
     * Finds every sign change of every event in the step [0, h] (τ relative to the step start),
     * sorts them by |τ| and updates the carried signs.
     *
     * @param coefficients coefficients[j][0..p]: the Taylor coefficients of g_j about the step start
     * @param p the order
     * @param h the signed step
     * @return the number of crossings found
     */
    public int locate(double[][] coefficients, int p, double h) {
        count = 0;
        int samples = samples(p);
        for (int j = 0; j < m; j++) {
            double[] g = coefficients[j];
            int prev = lastSign[j];
            double prevTau = 0.0;
            double prevValue = 0.0;
            for (int i = 0; i <= samples; i++) {
                double t = i == samples ? h : h * i / samples;
                double v = StepPolynomials.horner(g, 0, p, t);
                int sign = v > 0 ? 1 : v < 0 ? -1 : 0;
                if (sign == 0) {
                    continue;
                }
                if (prev != 0 && sign != prev) {
                    double root = i == 0 ? 0.0 : StepPolynomials.refineRoot(g, p, prevTau, prevValue, t);
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
    public double tau(int i) {
        return tau[i];
    }

    /** The event of crossing {@code i}. */
    public int event(int i) {
        return event[i];
    }

    /** The sign of g just after crossing {@code i} (+1: upward crossing). */
    public int after(int i) {
        return after[i];
    }
}
