package org.taylorkit.interval.tm;

/**
 * What a product needs to know about one operand's homogeneous parts {@code H_a}, {@code a = 0..K}, in a
 * space without a capped degree, computed in one pass and cached on the {@link TaylorModel} (an operand
 * of a flow's time series enters many products): the highest degree with a non-zero coefficient, the
 * magnitudes {@code μ_a = Σ_{deg p = a} |c_p|·|B_p|} (rounded to nearest: for choices only) and the
 * rigorous enclosures {@code [λ_a, υ_a] ⊇ H_a(box)} ({@link PartRanges}, by total degree). Immutable; callers must not modify the arrays.
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
        PartRanges parts = PartRanges.of(sp, c, t.degree, t.order + 1);
        int top = t.order;
        while (top >= 0 && !parts.present[top]) {
            top--;
        }
        return new DegreeProfile(top, parts.magnitude, parts.lower, parts.upper);
    }
}
