package org.taylorkit.interval.solve;

import org.taylorkit.interval.Interval;

/**
 * The Krawczyk operator of a system {@code F: ℝⁿ → ℝⁿ} on a box {@code X} (Krawczyk 1969; Moore,
 * Kearfott &amp; Cloud, <i>Introduction to Interval Analysis</i>, 2009, §8.2):
 * <pre>K(X) = m − Y·F(m) + (I − Y·J(X))·(X − m),</pre>
 * with {@code m} a point of {@code X}, {@code J(X)} an interval matrix containing the Jacobian at every
 * point of {@code X} and {@code Y} any real matrix (here the floating-point inverse of {@code mid J(X)};
 * its inaccuracy does not affect rigor, only tightness). Guarantees, for {@code F} continuously
 * differentiable on {@code X}:
 * <ul>
 *   <li>every zero of {@code F} in {@code X} lies in {@code K(X)} (so {@code K(X) ∩ X = ∅} proves there is none);</li>
 *   <li>if {@code K(X)} lies in the interior of {@code X}, then {@code F} has exactly one zero in {@code X}
 *       (and {@code Y} and {@code J} are nonsingular).</li>
 * </ul>
 * All products and sums are outward-rounded interval operations.
 */
final class Krawczyk {

    private Krawczyk() {
    }

    /**
     * {@code K(X)}, or null when {@code mid J(X)} cannot be inverted in floating point.
     *
     * @param x the box
     * @param m a point of the box
     * @param fm an enclosure of {@code F(m)}
     * @param jac {@code J(X)}, row {@code i} the gradient of {@code F_i}
     */
    static Interval[] image(Interval[] x, double[] m, Interval[] fm, Interval[][] jac) {
        int n = x.length;
        double[][] mid = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mid[i][j] = jac[i][j].mid();
            }
        }
        double[][] y = invert(mid);
        if (y == null) {
            return null;
        }
        Interval[] dev = new Interval[n];
        for (int j = 0; j < n; j++) {
            dev[j] = x[j].subtract(Interval.point(m[j]));
        }
        Interval[] k = new Interval[n];
        for (int i = 0; i < n; i++) {
            Interval yf = Interval.point(0);
            for (int l = 0; l < n; l++) {
                yf = yf.add(Interval.point(y[i][l]).multiply(fm[l]));
            }
            Interval sum = Interval.point(m[i]).subtract(yf);
            for (int j = 0; j < n; j++) {
                Interval c = Interval.point(i == j ? 1 : 0);
                for (int l = 0; l < n; l++) {
                    c = c.subtract(Interval.point(y[i][l]).multiply(jac[l][j]));
                }
                sum = sum.add(c.multiply(dev[j]));
            }
            k[i] = sum;
        }
        return k;
    }

    /** The inverse by Gauss–Jordan elimination with partial pivoting; null if singular or not finite. */
    static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] w = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[i][j])) {
                    return null;
                }
                w[i][j] = a[i][j];
            }
            w[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(w[r][c]) > Math.abs(w[p][c])) {
                    p = r;
                }
            }
            if (!(Math.abs(w[p][c]) > 1e-300)) {
                return null;
            }
            double[] t = w[p];
            w[p] = w[c];
            w[c] = t;
            double inv = 1 / w[c][c];
            for (int j = 0; j < 2 * n; j++) {
                w[c][j] *= inv;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && w[r][c] != 0) {
                    double f = w[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        w[r][j] -= f * w[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                inv[i][j] = w[i][n + j];
                if (!Double.isFinite(inv[i][j])) {
                    return null;
                }
            }
        }
        return inv;
    }
}
