package org.taylorkit.interval.tm;

import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.mulUp;

/**
 * Rigorous bounds of sums of products evaluated in plain round-to-nearest (no directed rounding in
 * the loop): the cheap way {@link ErrorFreeProduct}, {@link TruncationTail} and
 * {@link PolynomialArithmetic} sweep many small error terms into a remainder.
 *
 * <p><b>Model.</b> {@code u = 2^−53}, {@code η = 2^−1074}. A rounded product satisfies
 * {@code RN(ab) = ab(1 + δ) + ε} with {@code |δ| ≤ u}, {@code |ε| ≤ η/2} (gradual underflow); a rounded
 * sum {@code RN(a + b) = (a + b)(1 + δ)} (additions are exact in the subnormal range). Sums run over
 * at most {@link #MAX_TERMS} {@code = 2^20} terms, for which {@code γ_{N+2} = (N+2)u/(1 − (N+2)u) ≤ 2^−32}.
 * <ul>
 *   <li><b>Non-negative terms</b> ({@link #upper}): for {@code v_i = a_i·b_i ≥ 0} and a
 *       round-to-nearest sum {@code ŝ} of {@code RN(v_i)} in any order (each term passing through at
 *       most {@code N + 1} roundings), every rounding shrinks by at most a factor {@code (1 − u)} and a
 *       product loses at most {@code η/2} more, so
 *       {@code Σ v_i ≤ ŝ·(1 − u)^{−(N+1)} + N·η ≤ ŝ·(1 + 2^−32) + 2^−1053}.</li>
 *   <li><b>Signed terms</b> ({@link #deviation}): for {@code v_i = c_i·b_i} and the recursive sum
 *       {@code ŝ} of {@code RN(v_i)}, {@code |ŝ − Σ v_i| ≤ γ_{N+1}·Σ|v_i| + N·η} (Higham, <i>Accuracy and
 *       Stability of Numerical Algorithms</i>, §4.2, with the product errors added); given the
 *       round-to-nearest sum {@code m̂} of {@code RN(|c_i|·β_i)} for any {@code β_i ≥ |b_i|},
 *       {@code Σ|v_i| ≤ upper(m̂)}, hence {@code |ŝ − Σ v_i| ≤ 2^−31·m̂ + 2^−1052}.</li>
 * </ul>
 * For at most {@value #FEW_TERMS} terms {@link #deviationOfFew} uses {@code γ_{2001} ≤ 2^−42} instead.
 * Both results are evaluated with upward rounding. Callers must check that their sums are finite
 * (an overflow makes the model above invalid) and must not call {@link #upper} for a sum whose terms
 * are all exactly zero if they want an exact zero (it adds the underflow allowance).
 */
final class RoundedSums {

    /** The largest number of terms the bounds cover. */
    static final int MAX_TERMS = 1 << 20;
    private static final double GROWTH = 1 + 0x1p-32;
    private static final double SIGNED = 0x1p-31;
    private static final double SLACK = 0x1p-1053;
    private static final double SIGNED_SLACK = 0x1p-1052;
    /** The largest number of terms {@link #deviationOfFew} covers: a polynomial part's coefficients. */
    static final int FEW_TERMS = MonomialTables.MAX_SIZE;
    static final double FEW_SIGNED = 0x1p-42 * (1 + 0x1p-31);
    static final double FEW_SLACK = 0x1p-1062;

    private RoundedSums() {
    }

    /** An upper bound of the exact sum of at most {@link #MAX_TERMS} non-negative products whose rounded sum is {@code s}. */
    static double upper(double s) {
        return addUp(mulUp(s, GROWTH), SLACK);
    }

    /**
     * A bound of {@code |ŝ − Σ v_i|} for a rounded sum {@code ŝ} of at most {@link #MAX_TERMS} products
     * {@code v_i = c_i·b_i}, given the rounded sum {@code m} of the magnitudes {@code |c_i|·β_i}, {@code β_i ≥ |b_i|}.
     */
    static double deviation(double m) {
        return addUp(mulUp(m, SIGNED), SIGNED_SLACK);
    }

    /**
     * As {@link #deviation} for a sum of at most {@link #FEW_TERMS} {@code = 2000} products (one per coefficient
     * of a polynomial part), where {@code γ_{N+1} ≤ 2001·u/(1 − 2001·u) ≤ 2^−42}: {@code |ŝ − Σ v_i| ≤
     * 2^−42·upper(m̂) + N·η ≤ 2^−42·(1 + 2^−31)·m̂ + 2^−1062}, about 2^11 times tighter.
     */
    static double deviationOfFew(double m) {
        return addUp(mulUp(m, FEW_SIGNED), FEW_SLACK);
    }
}
