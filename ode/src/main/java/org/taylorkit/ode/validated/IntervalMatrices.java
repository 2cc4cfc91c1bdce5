package org.taylorkit.ode.validated;

import org.taylorkit.interval.Interval;

/**
 * Interval vectors and matrices for the validated integrator: products with outward rounding
 * (every entry is an {@link Interval} operation, so the result encloses the exact product of any
 * members), midpoints, a Householder QR of a point matrix (not rigorous, only used to choose a
 * coordinate frame) and a rigorous enclosure of the inverse of a point matrix. Stateless.
 */
public final class IntervalMatrices {

    private IntervalMatrices() {
    }

    /** The point interval matrix of {@code a}. */
    public static Interval[][] point(double[][] a) {
        int n = a.length;
        Interval[][] r = new Interval[n][];
        for (int i = 0; i < n; i++) {
            r[i] = new Interval[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                r[i][j] = Interval.point(a[i][j]);
            }
        }
        return r;
    }

    /** The n×n identity as a point interval matrix. */
    public static Interval[][] identity(int n) {
        Interval[][] r = new Interval[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = i == j ? Interval.point(1) : Interval.point(0);
            }
        }
        return r;
    }

    /** {@code a·x} (encloses {@code a'·x'} for all members {@code a' ∈ a}, {@code x' ∈ x}). */
    public static Interval[] multiply(Interval[][] a, Interval[] x) {
        Interval[] r = new Interval[a.length];
        for (int i = 0; i < a.length; i++) {
            Interval s = Interval.point(0);
            for (int j = 0; j < x.length; j++) {
                s = s.add(a[i][j].multiply(x[j]));
            }
            r[i] = s;
        }
        return r;
    }

    /** {@code a·b} (encloses every product of members). */
    public static Interval[][] multiply(Interval[][] a, Interval[][] b) {
        int n = a.length;
        int m = b[0].length;
        Interval[][] r = new Interval[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                Interval s = Interval.point(0);
                for (int k = 0; k < b.length; k++) {
                    s = s.add(a[i][k].multiply(b[k][j]));
                }
                r[i][j] = s;
            }
        }
        return r;
    }

    /** The entrywise {@code a − b} (encloses {@code a' − b'} for all members). */
    public static Interval[][] subtract(Interval[][] a, Interval[][] b) {
        Interval[][] out = new Interval[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = new Interval[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                out[i][j] = a[i][j].subtract(b[i][j]);
            }
        }
        return out;
    }

    /** {@code x + y}. */
    public static Interval[] add(Interval[] x, Interval[] y) {
        Interval[] r = new Interval[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i].add(y[i]);
        }
        return r;
    }

    /** The midpoints (approximate, not rigorous). */
    static double[] mid(Interval[] x) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i].mid();
        }
        return r;
    }

    /** The midpoints (approximate, not rigorous). */
    public static double[][] mid(Interval[][] a) {
        double[][] r = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            r[i] = mid(a[i]);
        }
        return r;
    }

    /** The point vector as intervals. */
    static Interval[] point(double[] x) {
        Interval[] r = new Interval[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = Interval.point(x[i]);
        }
        return r;
    }

    /** The largest width ({@code +∞} if any component is unbounded). */
    static double maxWidth(Interval[] x) {
        double w = 0;
        for (Interval v : x) {
            w = Math.max(w, v.wid());
        }
        return w;
    }

    /** Whether every component is nonempty and bounded. */
    public static boolean isFiniteBox(Interval[] x) {
        for (Interval v : x) {
            if (v.isEmpty() || !v.isBounded()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every entry is nonempty and bounded. */
    static boolean isFinite(Interval[][] a) {
        for (Interval[] row : a) {
            if (!isFiniteBox(row)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An upper bound of the ∞-norm (largest row sum of magnitudes) of every member of {@code a}:
     * the sums are interval additions of {@link Interval#mag}, so their upper bounds are rigorous.
     */
    static double normUpper(Interval[][] a) {
        double best = 0;
        for (Interval[] row : a) {
            Interval s = Interval.point(0);
            for (Interval v : row) {
                s = s.add(Interval.point(v.mag()));
            }
            best = Math.max(best, s.sup());
        }
        return best;
    }

    /**
     * The orthogonal factor Q of a Householder QR of the point matrix {@code a} (columns in the given
     * order). Plain floating point: Q is only approximately orthogonal, which is harmless because the
     * integrator uses a rigorous enclosure of its inverse ({@link #inverseEnclosure}).
     */
    public static double[][] orthogonalFactor(double[][] a) {
        int n = a.length;
        double[][] r = new double[n][];
        for (int i = 0; i < n; i++) {
            r[i] = a[i].clone();
        }
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            q[i][i] = 1;
        }
        for (int k = 0; k < n - 1; k++) {
            double norm = 0;
            for (int i = k; i < n; i++) {
                norm = Math.hypot(norm, r[i][k]);
            }
            if (norm == 0) {
                continue;
            }
            double alpha = r[k][k] > 0 ? -norm : norm;
            double[] v = new double[n];
            v[k] = r[k][k] - alpha;
            for (int i = k + 1; i < n; i++) {
                v[i] = r[i][k];
            }
            double vv = 0;
            for (int i = k; i < n; i++) {
                vv += v[i] * v[i];
            }
            if (vv == 0) {
                continue;
            }
            // R ← (I − 2vvᵀ/vᵀv) R, Q ← Q (I − 2vvᵀ/vᵀv)
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = k; i < n; i++) {
                    s += v[i] * r[i][j];
                }
                s = 2 * s / vv;
                for (int i = k; i < n; i++) {
                    r[i][j] -= s * v[i];
                }
            }
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = k; j < n; j++) {
                    s += q[i][j] * v[j];
                }
                s = 2 * s / vv;
                for (int j = k; j < n; j++) {
                    q[i][j] -= s * v[j];
                }
            }
        }
        return q;
    }

    /**
     * A rigorous enclosure of {@code q⁻¹} for a nearly orthogonal point matrix {@code q}, or
     * {@code null} when the test below fails.
     *
     * <p>Proof: with {@code P = qᵀ} (exact) let {@code E = I − P·q}, enclosed by interval
     * arithmetic, and {@code e ≥ ‖E‖∞}. If {@code e < 1} then {@code P·q = I − E} is invertible, so is
     * {@code q}, and {@code q⁻¹ = (I − E)⁻¹P}, hence
     * {@code ‖q⁻¹ − P‖∞ = ‖((I − E)⁻¹ − I)P‖∞ ≤ e/(1 − e)·‖P‖∞ =: δ} (Neumann series). Every entry of
     * a matrix is bounded by its ∞-norm, so {@code q⁻¹ ∈ P + [−δ, δ]} entrywise; δ is computed with
     * interval operations and its upper bound taken.
     */
    public static Interval[][] inverseEnclosure(double[][] q) {
        int n = q.length;
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i][j] = q[j][i];
            }
        }
        Interval[][] pq = multiply(point(p), point(q));
        Interval[][] e = new Interval[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                e[i][j] = (i == j ? Interval.point(1) : Interval.point(0)).subtract(pq[i][j]);
            }
        }
        double eNorm = normUpper(e);
        if (!(eNorm < 0.5)) {
            return null;
        }
        Interval en = Interval.point(eNorm);
        Interval delta = en.divide(Interval.point(1).subtract(en)).multiply(Interval.point(normUpper(point(p))));
        Interval pad = Interval.of(-delta.sup(), delta.sup());
        Interval[][] r = new Interval[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = Interval.point(p[i][j]).add(pad);
            }
        }
        return r;
    }
}
