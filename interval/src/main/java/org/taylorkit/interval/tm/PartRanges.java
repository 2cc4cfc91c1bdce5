package org.taylorkit.interval.tm;

import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.subDown;

/**
 * Rigorous enclosures {@code [λ_a, υ_a] ⊇ H_a(box)} of the parts {@code H_a} of a polynomial of a
 * {@link TaylorModelSpace} grouped by a class index per monomial (total degree, or the capped spaces'
 * degree classes), and the magnitudes {@code μ_a = Σ_{class p = a} |c_p|·|B_p|}. Each enclosure is two sums
 * to nearest of {@code c_p} times the matching endpoint of the monomial's range {@code B_p}, widened by
 * {@link RoundedSums#deviationOfFew}{@code (μ_a)}; a class with a non-zero coefficient is always widened
 * (also when its products underflow to 0, which the allowance's {@code N·η} term covers), and a class
 * without one is exactly {@code [0, 0]}. One pass over the coefficients, no allocation beyond the result.
 */
final class PartRanges {

    /** {@code λ_a}, {@code υ_a}, {@code μ_a} (rounded to nearest: for choices only) and whether class {@code a} has a non-zero coefficient. */
    final double[] lower;
    final double[] upper;
    final double[] magnitude;
    final boolean[] present;

    private PartRanges(double[] lower, double[] upper, double[] magnitude, boolean[] present) {
        this.lower = lower;
        this.upper = upper;
        this.magnitude = magnitude;
        this.present = present;
    }

    /** The enclosures of the {@code classes} parts of the coefficients {@code c} of {@code sp}, monomial {@code p} in class {@code classOf[p]}. */
    static PartRanges of(TaylorModelSpace sp, double[] c, int[] classOf, int classes) {
        double[] sl = new double[classes];
        double[] su = new double[classes];
        double[] m = new double[classes];
        boolean[] any = new boolean[classes];
        double[] inf = sp.lowInf;
        double[] sup = sp.lowSup;
        double[] mag = sp.lowMag;
        for (int p = 0; p < c.length; p++) {
            double cp = c[p];
            if (cp == 0) {
                continue;
            }
            int a = classOf[p];
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
        for (int a = 0; a < classes; a++) {
            if (any[a]) {
                // |ŝ − Σ v| ≤ deviationOfFew(m) for each of the two signed sums (RoundedSums)
                double dev = RoundedSums.deviationOfFew(m[a]);
                sl[a] = subDown(sl[a], dev);
                su[a] = addUp(su[a], dev);
            }
        }
        return new PartRanges(sl, su, m, any);
    }
}
