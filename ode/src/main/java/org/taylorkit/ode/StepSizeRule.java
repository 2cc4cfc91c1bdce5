package org.taylorkit.ode;

/**
 * The automatic step size of the Taylor integrators, {@link TaylorIntegrator} and
 * {@code FieldTaylorIntegrator} alike (docs/theory/step-control.md): from the order p, the
 * logarithm of the numerator X of the rule and the coefficient norms of the step,
 * |h| = s·min_{k∈{p−1,p}} (X/‖x_k‖∞)^{1/k}, with s the safety factor
 * ({@link TaylorIntegrator#safetyFactor}): for any arithmetic in the log domain (one {@code exp}; the
 * norms may be far outside the range of {@code double}), for {@code double} norms directly by
 * {@link KthRoots}' tables (no {@code log} or {@code exp}; agreeing with the log form to its
 * rounding). Stateless but for {@link Numerator}, which a caller owns; the callers supply the norms.
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
     * {@code double} integrator), without {@code log} or {@code exp}: both roots
     * s·(X/‖x_k‖)^{1/k}, k = p − 1 and p, from the exponents and mantissas of X and the norms
     * ({@link KthRoots}: tables and a degree-5 series, within 1.5·10⁻¹⁵ of the exact root), and the
     * smaller of the two. It agrees with the log-norm form to that form's own rounding (relative
     * 2·10⁻¹⁵ plus 2.3·10⁻¹⁶ per unit of |ln X| + |ln‖x_k‖|, whose roundings its exponent carries:
     * about 10⁻¹⁴ for the benchmarks' norms), which for a step size is as good as equal: the rule is a
     * heuristic whose safety factor moves h by tens of percent, and a relative change of 10⁻¹⁴ in h
     * moves the local truncation error by a relative p·10⁻¹⁴ ≈ 2·10⁻¹³. Not bit for bit, so the
     * trajectories' last bits differ from the log form's (docs/architecture.md). If X or a norm is not a positive normal
     * double (a zero, subnormal, infinite or NaN norm), p is beyond {@link KthRoots#MAX_K}, or a root
     * is beyond 2^{±1000}, this delegates to {@link #step(double, int, double, LogNorms)}, which
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
        Numerator nu = new Numerator();
        nu.set(num, p, safety);
        return step(nu, normBefore, normLast, norms);
    }

    /**
     * {@link #step(double, int, double, double, double, LogNorms)} with the numerator's share
     * prepared: a caller that knows X before the step's coefficients (X depends on the state only)
     * prepares it early, off the chain from the last coefficient to the step size; the same bits.
     *
     * @param nu X, p and the safety factor, prepared by {@link Numerator#set}
     * @param normBefore ‖x_{p−1}‖∞
     * @param normLast ‖x_p‖∞
     * @param norms the step's coefficient log-norms, for the cases this method delegates
     * @return |h| &gt; 0, +∞ (no bound), or NaN if a norm the rule needs is NaN
     */
    static double step(Numerator nu, double normBefore, double normLast, LogNorms norms) {
        if (nu.fast && normal(normBefore) && normal(normLast)) {
            KthRoots.Table t1 = nu.before;
            KthRoots.Table t2 = nu.last;
            // (X/N)^{1/k}·s = 2^{(F − E)/k}·(s·m_X^{1/k})·m_N^{−1/k}: the numerator's factor is ready
            double h1 = KthRoots.scaledInverseRoot(t1, nu.exponent, nu.rootBefore, normBefore);
            double h2 = KthRoots.scaledInverseRoot(t2, nu.exponent, nu.rootLast, normLast);
            if (h1 == h1 && h2 == h2) { // neither root beyond 2^{±1000}
                return h1 < h2 ? h1 : h2;
            }
        }
        return step(Math.log(nu.num), nu.p, nu.safety, norms);
    }

    /**
     * The numerator X of a step with its order and safety factor, and X's share of the two roots
     * (s·m_X^{1/k} and X's binary exponent), computed by {@link #set} before the step's coefficients
     * are known. Mutable, one per engine; nothing is allocated per step.
     */
    static final class Numerator {
        double num;
        int p;
        double safety;
        /** Whether the table path applies (X positive normal, 2 ≤ p ≤ {@link KthRoots#MAX_K}). */
        boolean fast;
        int exponent;
        KthRoots.Table before;
        KthRoots.Table last;
        /** The order of {@link #before} and {@link #last}'s tables (p − 1 and p), or 0. */
        private int tableOrder;
        /** s·m_X^{1/(p−1)} and s·m_X^{1/p}. */
        double rootBefore;
        double rootLast;

        /** Prepares X (&gt; 0), the order p (≥ 2) and the safety factor s of a step. */
        void set(double num, int p, double safety) {
            this.num = num;
            this.safety = safety;
            fast = normal(num) && p >= 2 && KthRoots.supports(p);
            if (!fast) {
                this.p = p;
                return;
            }
            if (p != tableOrder) {
                before = KthRoots.table(p - 1);
                last = KthRoots.table(p);
                tableOrder = p;
            }
            this.p = p;
            exponent = KthRoots.exponent(num);
            rootBefore = safety * KthRoots.mantissaRoot(before, num);
            rootLast = safety * KthRoots.mantissaRoot(last, num);
        }
    }

    /** Whether y is a positive normal double (not zero, subnormal, infinite or NaN). */
    private static boolean normal(double y) {
        return y >= Double.MIN_NORMAL && y <= Double.MAX_VALUE;
    }
}
