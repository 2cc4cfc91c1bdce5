package org.taylorkit.ode;

/**
 * The automatic step size of the Taylor integrators, {@link TaylorIntegrator} and
 * {@code FieldTaylorIntegrator} alike (docs/theory/step-control.md): from the order p, the
 * logarithm of the numerator X of the rule and the coefficient norms of the step,
 * |h| = s·min_{k∈{p−1,p}} (X/‖x_k‖∞)^{1/k}, evaluated in the log domain (one {@code exp}; the norms
 * may be far outside the range of {@code double}), with s the safety factor
 * ({@link TaylorIntegrator#safetyFactor}). Stateless; the callers supply the norms.
 */
public final class StepSizeRule {

    /** The log-norms of a step's Taylor coefficients. */
    public interface LogNorms {
        /**
         * ln‖x_k‖∞ of the coefficients of order k: −∞ if they are all zero, NaN if one is undefined.
         */
        double logNorm(int k);
    }

    private StepSizeRule() {
    }

    /**
     * |h| at order p (≥ 2): s·exp(min_{k∈{p−1,p}} (logNum − ln‖x_k‖)/k) (a zero norm sets no bound).
     * If both of the last two coefficients vanish (a polynomial solution so far, or a symmetry), the
     * lower orders decide: max_{1≤k≤p−2} ‖x_k‖^{−1/k} — no safety factor, as a radius estimate from a
     * single coefficient is all there is — or +∞ if all of them vanish too.
     *
     * @param logNum ln X: ln ‖x‖∞ in the relative regime, 0 in the absolute one (automatic order), or
     *     ln max(εa, εr·‖x‖∞) with a fixed order
     * @param p the order
     * @param safety the safety factor at order p
     * @param norms the step's coefficient log-norms
     * @return |h| &gt; 0, +∞ (no bound), or NaN if a norm the rule needs is NaN
     */
    public static double step(double logNum, int p, double safety, LogNorms norms) {
        double l1 = norms.logNorm(p - 1);
        double l2 = norms.logNorm(p);
        if (Double.isNaN(l1) || Double.isNaN(l2)) {
            return Double.NaN;
        }
        if (l1 == Double.NEGATIVE_INFINITY && l2 == Double.NEGATIVE_INFINITY) {
            double r = 0.0;
            boolean any = false;
            for (int k = 1; k <= p - 2; k++) {
                double lk = norms.logNorm(k);
                if (Double.isNaN(lk)) {
                    return Double.NaN;
                }
                if (lk > Double.NEGATIVE_INFINITY) {
                    any = true;
                    r = Math.max(r, Math.exp(-lk / k));
                }
            }
            return any ? r : Double.POSITIVE_INFINITY;
        }
        // one exp: the smaller of the two k-th roots in the log domain (a zero norm gives +∞)
        double e = Math.min((logNum - l1) / (p - 1), (logNum - l2) / p);
        return Math.exp(e) * safety;
    }

    /**
     * {@link #step(double, int, double, LogNorms)} when X and the two norms are plain doubles (the
     * {@code double} integrator), bit for bit the same value with one {@code log} fewer: which of
     * the two roots is the smaller is first decided from a bound on the logarithms of the ratios
     * X/‖x_k‖ that needs no transcendental call ({@link #log2Floor}: the exponent plus the mantissa,
     * below log₂ by at most 0.0861), and only the winner's norm is then taken the logarithm of —
     * ln X, one ln‖x_k‖ and one {@code exp} instead of three logarithms and an {@code exp}. When the
     * bound cannot tell (the two roots within about 0.1/p of each other in log₂) both are evaluated
     * as before. A decided case is decided correctly: the roots then differ by more than 5·10⁻⁵/p in
     * log₂, far beyond the rounding of their evaluation, so the same root wins as in the full
     * comparison. If a ratio is not a normal double (a zero, infinite or NaN norm, or a ratio outside
     * the double range) this delegates to {@link #step(double, int, double, LogNorms)}, which
     * handles every such case.
     *
     * @param num X &gt; 0 (the numerator itself: ‖x‖∞, 1, or max(εa, εr·‖x‖∞))
     * @param p the order (≥ 2)
     * @param safety the safety factor at order p
     * @param normBefore ‖x_{p−1}‖∞
     * @param normLast ‖x_p‖∞
     * @param norms the step's coefficient log-norms, for the cases this method delegates
     * @return |h| &gt; 0, +∞ (no bound), or NaN if a norm the rule needs is NaN
     */
    public static double step(double num, int p, double safety, double normBefore, double normLast, LogNorms norms) {
        double r1 = num / normBefore;
        double r2 = num / normLast;
        double logNum = Math.log(num);
        if (!(r1 >= Double.MIN_NORMAL && r1 <= Double.MAX_VALUE && r2 >= Double.MIN_NORMAL && r2 <= Double.MAX_VALUE)) {
            return step(logNum, p, safety, norms);
        }
        // log₂ r ∈ [f, f + 0.0861] with f = log2Floor(r): the first root's log₂ minus the second's lies in
        // [d − 0.0861/p, d + 0.0861/(p − 1)], d from the floors
        double d = log2Floor(r1) / (p - 1) - log2Floor(r2) / p;
        double e;
        if (d > LOG2_FLOOR_GAP / p) {
            e = (logNum - Math.log(normLast)) / p;
        } else if (d < -LOG2_FLOOR_GAP / (p - 1)) {
            e = (logNum - Math.log(normBefore)) / (p - 1);
        } else {
            e = Math.min((logNum - Math.log(normBefore)) / (p - 1), (logNum - Math.log(normLast)) / p);
        }
        return Math.exp(e) * safety;
    }

    /**
     * The largest gap between log₂ r and {@link #log2Floor}(r): max over f ∈ [0, 1) of log₂(1 + f) − f
     * is 0.08607… (at f = 1/ln 2 − 1), rounded up with room for the rounding of the comparison.
     */
    static final double LOG2_FLOOR_GAP = 0.087;

    /**
     * A lower bound on log₂ r for a normal positive r = 2^e·(1 + f), f ∈ [0, 1): e + f, at most
     * 0.0861 below log₂ r (log₂(1 + f) ≥ f on [0, 1]). Integer and one floating-point operation.
     */
    static double log2Floor(double r) {
        long bits = Double.doubleToRawLongBits(r);
        int exponent = (int) (bits >>> 52) - 1023;
        double mantissa = Double.longBitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        return exponent + (mantissa - 1.0);
    }
}
