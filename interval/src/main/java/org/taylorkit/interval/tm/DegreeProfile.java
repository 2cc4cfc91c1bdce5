package org.taylorkit.interval.tm;

import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.subDown;

/**
 * What a product needs to know about one operand's homogeneous parts {@code H_a}, {@code a = 0..K}, in a
 * space without a capped degree, computed in one pass and cached on the {@link TaylorModel} (an operand
 * of a flow's time series enters many products): the highest degree with a non-zero coefficient, the
 * magnitudes {@code μ_a = Σ_{deg p = a} |c_p|·|B_p|} (rounded to nearest: for choices only) and the
 * rigorous enclosures {@code [λ_a, υ_a] ⊇ H_a(box)} of {@link TruncationTail} (two sums to nearest of
 * {@code c_p} times the matching endpoint of {@code B_p}, widened by {@link RoundedSums#deviationOfFew}
 * of {@code μ_a}; a part without a non-zero coefficient is exactly {@code [0, 0]}). Immutable; callers must not modify the arrays.
 */
final class DegreeProfile {

    /** The highest total degree of a non-zero coefficient (−1 for the zero polynomial). */
    final int top;
    /** {@code μ_a}, rounded to nearest. */
    final double[] magnitude;
    /** {@code λ_a} and {@code υ_a}. */
    final double[] lower;
    final double[] upper;

    private DegreeProfile(int top, double[] magnitude, double[] lower, double[] upper) {
        this.top = top;
        this.magnitude = magnitude;
        this.lower = lower;
        this.upper = upper;
    }

    /** The profile of the coefficients {@code c} of a polynomial part of {@code sp} (no capped degree). */
    static DegreeProfile of(TaylorModelSpace sp, double[] c) {
        MonomialTables t = sp.tables;
        int k = t.order;
        double[] sl = new double[k + 1];
        double[] su = new double[k + 1];
        double[] m = new double[k + 1];
        double[] inf = sp.lowInf;
        double[] sup = sp.lowSup;
        double[] mag = sp.lowMag;
        int[] deg = t.degree;
        boolean[] any = new boolean[k + 1];
        int top = -1;
        for (int p = 0; p < c.length; p++) {
            double cp = c[p];
            if (cp == 0) {
                continue;
            }
            int a = deg[p];
            top = a;
            any[a] = true;
            if (cp > 0) {
                sl[a] += cp * inf[p];
                su[a] += cp * sup[p];
            } else {
                sl[a] += cp * sup[p];
                su[a] += cp * inf[p];
            }
            m[a] += Math.abs(cp) * mag[p];
        }
        for (int a = 0; a <= k; a++) {
            if (any[a]) {
                // |ŝ − Σ v| ≤ deviationOfFew(m) for each of the two signed sums (RoundedSums), also when
                // the products underflow to 0 (the allowance covers them)
                double dev = RoundedSums.deviationOfFew(m[a]);
                sl[a] = subDown(sl[a], dev);
                su[a] = addUp(su[a], dev);
            }
        }
        return new DegreeProfile(top, m, sl, su);
    }
}
