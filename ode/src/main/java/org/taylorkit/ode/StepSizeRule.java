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
}
