package org.taylorkit.ode;

import java.util.Arrays;
import org.taylorkit.ode.events.StepPolynomials;

/**
 * The step polynomials of an integration, kept for dense output: for each step its start time (as
 * an unevaluated sum hi + lo, the integrator's compensated time), its order and the Taylor
 * coefficients of every state component about its start. Appending allocates; reading does not.
 * Package-private storage behind {@link OdeSolution#at(double)}.
 */
final class DenseOutput {

    private final int n;
    private double[] startHi = new double[16];
    private double[] startLo = new double[16];
    private double[] steps = new double[16];
    private int[] orders = new int[16];
    private double[][] coefficients = new double[16][];
    private int count;

    DenseOutput(int n) {
        this.n = n;
    }

    /** Appends a step: coefficients rows[i][0..p] of state i, copied. */
    void add(double tHi, double tLo, double h, int p, double[][] rows) {
        if (count == steps.length) {
            int c = count * 2;
            startHi = Arrays.copyOf(startHi, c);
            startLo = Arrays.copyOf(startLo, c);
            steps = Arrays.copyOf(steps, c);
            orders = Arrays.copyOf(orders, c);
            coefficients = Arrays.copyOf(coefficients, c);
        }
        double[] block = new double[n * (p + 1)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, block, i * (p + 1), p + 1);
        }
        startHi[count] = tHi;
        startLo[count] = tLo;
        steps[count] = h;
        orders[count] = p;
        coefficients[count] = block;
        count++;
    }

    int size() {
        return count;
    }

    /**
     * The state at time t into out: the step containing t (binary search; the last step for its end
     * point), evaluated by Horner's rule at τ = (t − hi) − lo.
     */
    void evaluate(double t, double[] out) {
        boolean forward = steps[0] > 0;
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            boolean after = forward ? t >= startHi[mid] : t <= startHi[mid];
            if (after) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        double tau = (t - startHi[lo]) - startLo[lo];
        int p = orders[lo];
        double[] block = coefficients[lo];
        for (int i = 0; i < n; i++) {
            out[i] = StepPolynomials.horner(block, i * (p + 1), p, tau);
        }
    }
}
