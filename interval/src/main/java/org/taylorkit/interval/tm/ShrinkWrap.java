package org.taylorkit.interval.tm;

import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.mulUp;

import org.taylorkit.interval.Interval;

/**
 * Shrink wrapping (Makino &amp; Berz 2005, "Suppression of the wrapping effect by Taylor model-based
 * verified integrators"): a vector of Taylor models {@code x_i = P_i(ξ) + R_i} over the normalised box
 * {@code ξ ∈ [−1, 1]^n} (as many models as variables) is replaced by remainder-free models
 * {@code P_i(q·ξ)} with a factor {@code q = 1 + δ ≥ 1} whose range set contains the old one. The
 * interval remainder, which later arithmetic would propagate with interval (wrapping) overestimation,
 * is so absorbed into the polynomial, where the dependence on {@code ξ} is kept symbolically.
 *
 * <p><b>Proof of containment.</b> After re-centring ({@code P ← P + mid R}, {@code R ← R − mid R}, with
 * the rounding error inside {@code R}), write {@code P(ξ) = c + Lξ + N(ξ)} (constant, linear part, terms
 * of degree ≥ 2). Let {@code A} be a computed approximate inverse of {@code L}, and bound rigorously
 * {@code ε ≥ ‖I − AL‖_∞}, {@code ρ ≥ ‖A·R‖_∞} and, on the box {@code Q = [−q, q]^n}, the Lipschitz
 * constant {@code λ ≥ max_i Σ_j sup_Q |(A·DN)_{ij}|} (interval evaluation of the derivative of the
 * nonlinear part). Fix {@code ξ ∈ [−1, 1]^n} and {@code r ∈ R} and put
 * {@code Φ(η) = η − A(P(η) − P(ξ) − r)}. Then
 * {@code Φ(η) − ξ = (I − AL)(η − ξ) − A(N(η) − N(ξ)) + A·r}, so on the box {@code ‖η − ξ‖_∞ ≤ δ}
 * (which lies in {@code Q}) {@code ‖Φ(η) − ξ‖_∞ ≤ (ε + λ)δ + ρ ≤ δ} whenever that inequality is
 * verified — which is what is checked, in upward rounding. By Brouwer's theorem {@code Φ} has a fixed
 * point {@code η*} there; {@code ε < 1} makes {@code AL}, hence {@code A}, invertible, so
 * {@code P(η*) = P(ξ) + r} with {@code η* ∈ [−q, q]^n}, i.e. {@code P(ξ) + r = P̃(η* / q)} for
 * {@code P̃(ζ) = P(qζ)} and {@code η* / q ∈ [−1, 1]^n}. Every point of the old range set is a point of
 * the new one; the new models carry only the rounding errors of computing {@code P̃}'s coefficients.
 *
 * <p>The price: the new parametrisation {@code ζ} no longer maps each initial state to its own point,
 * only the set is preserved; and when the set is very nonlinear ({@code ε + λ} near 1) or the linear
 * part is (nearly) singular, the wrap is refused ({@code null}) — the caller's cue to split the domain.
 * Stateless and thread-safe.
 */
public final class ShrinkWrap {

    /**
     * A successful wrap.
     *
     * @param models the remainder-free models {@code P_i(q·ξ)} (only rounding errors in the remainders)
     * @param factor the factor {@code q ≥ 1}; {@code q − 1} is the relative growth of the parameter box
     * @param nonlinearity the verified bound {@code ε + λ} (0 for an affine map; the wrap needs it below 1)
     */
    public record Result(TaylorModel[] models, double factor, double nonlinearity) {
    }

    private static final int ATTEMPTS = 4;

    private ShrinkWrap() {
    }

    /**
     * Shrink-wraps {@code x} (see the class comment), or returns {@code null} if the containment cannot
     * be proved (singular or ill-conditioned linear part, too nonlinear a map, overflow). Models whose
     * remainders are all zero come back unchanged with factor 1.
     *
     * @throws IllegalArgumentException unless there is one model per variable of one normalised space
     *     (every deviation range {@code [−1, 1]})
     */
    public static Result wrap(TaylorModel[] x) {
        TaylorModelSpace sp = x[0].space();
        int n = sp.dimension();
        if (x.length != n) {
            throw new IllegalArgumentException("shrink wrap: " + x.length + " models for " + n + " variables");
        }
        for (int v = 0; v < n; v++) {
            if (x[v].space() != sp) {
                throw new IllegalArgumentException("shrink wrap: the models belong to different spaces");
            }
            Interval d = sp.deviation(v);
            if (d.inf() != -1 || d.sup() != 1) {
                throw new IllegalArgumentException("shrink wrap: the space is not normalised (" + sp + ")");
            }
        }
        if (sp.order() < 1) {
            return null;
        }
        boolean anyRemainder = false;
        TaylorModel[] y = new TaylorModel[n];
        double[] rho = new double[n];
        for (int i = 0; i < n; i++) {
            Interval r = x[i].remainder();
            double m = r.mid();
            y[i] = m == 0 ? x[i] : x[i].withRemainder(r.subtract(Interval.point(m))).add(m);
            rho[i] = y[i].remainder().mag();
            anyRemainder |= rho[i] != 0;
        }
        if (!anyRemainder) {
            return new Result(x.clone(), 1.0, 0.0);
        }
        MonomialTables t = sp.tables;
        double[][] lin = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                lin[i][j] = y[i].raw()[t.linear[j]];
            }
        }
        double[][] a = invert(lin);
        if (a == null) {
            return null;
        }
        double eps = 0;
        double ar = 0;
        for (int i = 0; i < n; i++) {
            double rowE = 0;
            double rowR = 0;
            for (int j = 0; j < n; j++) {
                Interval s = Interval.point(i == j ? 1.0 : 0.0);
                for (int k = 0; k < n; k++) {
                    s = s.subtract(Interval.point(a[i][k]).multiply(Interval.point(lin[k][j])));
                }
                rowE = addUp(rowE, s.mag());
                rowR = addUp(rowR, mulUp(Math.abs(a[i][j]), rho[j]));
            }
            eps = Math.max(eps, rowE);
            ar = Math.max(ar, rowR);
        }
        if (!(eps < 1) || !Double.isFinite(ar)) {
            return null;
        }
        double guess = 1 - eps - lipschitz(y, a, 1.0);
        if (!(guess > 0)) {
            return null;
        }
        double delta = 2 * ar / guess;
        for (int attempt = 0; attempt < ATTEMPTS && Double.isFinite(delta); attempt++, delta *= 4) {
            double q = addUp(1.0, delta);
            double lambda = lipschitz(y, a, q);
            double kappa = addUp(eps, lambda);
            if (kappa < 1 && addUp(mulUp(kappa, delta), ar) <= delta) {
                TaylorModel[] w = new TaylorModel[n];
                for (int i = 0; i < n; i++) {
                    w[i] = y[i].polynomialAtScaledDeviations(q);
                }
                return new Result(w, q, kappa);
            }
        }
        return null;
    }

    /** {@code λ ≥ max_i Σ_j sup |(A·DN(η))_{ij}|} over {@code η ∈ [−s, s]^n}, rounded up. */
    private static double lipschitz(TaylorModel[] y, double[][] a, double s) {
        TaylorModelSpace sp = y[0].space();
        MonomialTables t = sp.tables;
        int n = y.length;
        Interval box = Interval.of(-s, s);
        Interval[] pw = new Interval[t.order + 1];
        for (int k = 0; k <= t.order; k++) {
            pw[k] = box.pow(k);
        }
        Interval[][] dn = new Interval[n][n];
        for (int k = 0; k < n; k++) {
            double[] c = y[k].raw();
            for (int j = 0; j < n; j++) {
                Interval acc = Interval.point(0.0);
                for (int p = 0; p < t.size; p++) {
                    int[] e = t.low[p];
                    if (c[p] == 0 || e[j] == 0 || t.index.degree(p) < 2) {
                        continue;
                    }
                    Interval m = Interval.point(c[p]).multiply(Interval.point(e[j]));
                    for (int v = 0; v < n; v++) {
                        int ev = v == j ? e[v] - 1 : e[v];
                        if (ev != 0) {
                            m = m.multiply(pw[ev]);
                        }
                    }
                    acc = acc.add(m);
                }
                dn[k][j] = acc;
            }
        }
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                Interval s2 = Interval.point(0.0);
                for (int k = 0; k < n; k++) {
                    if (a[i][k] != 0) {
                        s2 = s2.add(Interval.point(a[i][k]).multiply(dn[k][j]));
                    }
                }
                row = addUp(row, s2.mag());
            }
            lambda = Math.max(lambda, row);
        }
        return Double.isNaN(lambda) ? Double.POSITIVE_INFINITY : lambda;
    }

    /** An approximate inverse by Gauss–Jordan elimination with partial pivoting, or null if singular. */
    static double[][] invert(double[][] m) {
        int n = m.length;
        double[][] w = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, w[i], 0, n);
            w[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(w[r][col]) > Math.abs(w[piv][col])) {
                    piv = r;
                }
            }
            if (w[piv][col] == 0 || !Double.isFinite(w[piv][col])) {
                return null;
            }
            double[] tmp = w[piv];
            w[piv] = w[col];
            w[col] = tmp;
            double d = w[col][col];
            for (int k = 0; k < 2 * n; k++) {
                w[col][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && w[r][col] != 0) {
                    double f = w[r][col];
                    for (int k = 0; k < 2 * n; k++) {
                        w[r][k] -= f * w[col][k];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(w[i], n, inv[i], 0, n);
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(inv[i][j])) {
                    return null;
                }
            }
        }
        return inv;
    }
}
