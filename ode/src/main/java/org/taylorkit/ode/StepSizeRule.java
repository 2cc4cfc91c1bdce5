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
     * {@code double} integrator), bit for bit the same value with one {@code log} fewer and no
     * division before the choice: which of the two roots is the smaller is first decided from
     * bounds on the logarithms that need no transcendental call ({@link #log2Floor}: the exponent
     * plus the mantissa, below log₂ by at most 0.0861), and only the winner's norm is then taken the
     * logarithm of — ln X, one ln‖x_k‖ and one {@code exp} instead of three logarithms and an
     * {@code exp}. When the bounds cannot tell (the two roots within about 0.17/p of each other in
     * log₂) both are evaluated as before. A decided case is decided correctly: the roots then differ
     * by more than 10⁻³/p in log₂, far beyond the rounding of their evaluation, so the same root wins
     * as in the full comparison. If X or a norm is not a positive normal double (a zero, subnormal,
     * infinite or NaN norm) this delegates to {@link #step(double, int, double, LogNorms)}, which
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
        return step(num, Math.log(num), p, safety, normBefore, normLast, norms);
    }

    /**
     * {@link #step(double, int, double, double, double, LogNorms)} with ln X given (the same value
     * {@code Math.log(num)}): a caller that knows X before the step's coefficients computes its
     * logarithm early, off the chain from the last coefficient to the step size; the same bits.
     *
     * @param num X &gt; 0
     * @param logNum {@code Math.log(num)}
     * @param p the order (≥ 2)
     * @param safety the safety factor at order p
     * @param normBefore ‖x_{p−1}‖∞
     * @param normLast ‖x_p‖∞
     * @param norms the step's coefficient log-norms, for the cases this method delegates
     * @return |h| &gt; 0, +∞ (no bound), or NaN if a norm the rule needs is NaN
     */
    public static double step(double num, double logNum, int p, double safety, double normBefore, double normLast,
            LogNorms norms) {
        if (!(normal(num) && normal(normBefore) && normal(normLast))) {
            return step(logNum, p, safety, norms);
        }
        // log₂ y ∈ [F(y), F(y) + g] for F = log2Floor, g = 0.0861: the first root's log₂ minus the
        // second's, (log₂ X − log₂ ‖x_{p−1}‖)/(p − 1) − (log₂ X − log₂ ‖x_p‖)/p, lies within
        // g/(p − 1) + g/p of d below; no division on the way (the factors depend on p only)
        double fNum = log2Floor(num);
        double inv1 = 1.0 / (p - 1);
        double inv2 = 1.0 / p;
        double d = (fNum - log2Floor(normBefore)) * inv1 - (fNum - log2Floor(normLast)) * inv2;
        double margin = LOG2_FLOOR_GAP * (inv1 + inv2);
        double e;
        if (d > margin) {
            e = (logNum - Math.log(normLast)) / p;
        } else if (d < -margin) {
            e = (logNum - Math.log(normBefore)) / (p - 1);
        } else {
            e = Math.min((logNum - Math.log(normBefore)) / (p - 1), (logNum - Math.log(normLast)) / p);
        }
        return Math.exp(e) * safety;
    }

    /** Whether y is a positive normal double (not zero, subnormal, infinite or NaN). */
    private static boolean normal(double y) {
        return y >= Double.MIN_NORMAL && y <= Double.MAX_VALUE;
    }

    /**
     * The largest gap between log₂ y and {@link #log2Floor}(y): max over f ∈ [0, 1) of log₂(1 + f) − f
     * is 0.08607… (at f = 1/ln 2 − 1), rounded up with room for the rounding of the comparison.
     */
    static final double LOG2_FLOOR_GAP = 0.087;

    /**
     * A lower bound on log₂ y for a positive normal y = 2^e·(1 + f), f ∈ [0, 1): e + f, at most
     * 0.0861 below log₂ y (log₂(1 + f) ≥ f on [0, 1]). Integer and one floating-point operation.
     */
    static double log2Floor(double y) {
        long bits = Double.doubleToRawLongBits(y);
        int exponent = (int) (bits >>> 52) - 1023;
        double mantissa = Double.longBitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        return exponent + (mantissa - 1.0);
    }
}
