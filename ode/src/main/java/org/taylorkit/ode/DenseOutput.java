package org.taylorkit.ode;

import java.util.Arrays;
import org.taylorkit.ode.events.StepPolynomials;

/**
 * The step polynomials of an integration, kept for dense output: for each step its start time (as
 * an unevaluated sum hi + lo, the integrator's compensated time), its order and the Taylor
 * coefficients of every state component about its start, all steps' coefficients in one growing
 * {@code double[]} (step j's block of n·(p_j + 1) values starts at {@code offsets[j]}), so appending
 * a step allocates nothing except when an array doubles (amortised O(1), no per-step objects);
 * reading does not allocate. Package-private storage behind {@link OdeSolution#at(double)}.
 */
final class DenseOutput {

    private final int n;
    private double[] startHi = new double[16];
    private double[] startLo = new double[16];
    private double[] steps = new double[16];
    private int[] orders = new int[16];
    private int[] offsets = new int[16];
    private double[] coefficients;
    private int used;
    private int count;

    DenseOutput(int n) {
        this.n = n;
        this.coefficients = new double[16 * n * 21];
    }

    /** Appends a step: coefficients values[i·stride .. i·stride + p] of state i, copied. */
    void add(double tHi, double tLo, double h, int p, double[] values, int stride) {
        if (count == steps.length) {
            int c = count * 2;
            startHi = Arrays.copyOf(startHi, c);
            startLo = Arrays.copyOf(startLo, c);
            steps = Arrays.copyOf(steps, c);
            orders = Arrays.copyOf(orders, c);
            offsets = Arrays.copyOf(offsets, c);
        }
        int size = n * (p + 1);
        if (coefficients.length - used < size) {
            long c = Math.max(2L * coefficients.length, (long) used + size);
            if (c > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("dense output exceeds " + (Integer.MAX_VALUE - 8)
                        + " coefficients (" + count + " steps): integrate in pieces or without dense output");
            }
            coefficients = Arrays.copyOf(coefficients, (int) c);
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(values, i * stride, coefficients, used + i * (p + 1), p + 1);
        }
        startHi[count] = tHi;
        startLo[count] = tLo;
        steps[count] = h;
        orders[count] = p;
        offsets[count] = used;
        used += size;
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
        int base = offsets[lo];
        for (int i = 0; i < n; i++) {
            out[i] = StepPolynomials.horner(coefficients, base + i * (p + 1), p, tau);
        }
    }
}
