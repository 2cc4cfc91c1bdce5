package org.taylorkit.core.kernels;

/**
 * Recurrence kernels on primitive {@code double[]} coefficient arrays: ring operations, powers and
 * roots, exponential and logarithm. The trigonometric, hyperbolic, inverse and special functions
 * are in {@link DoubleElementaryKernels}.
 *
 * <h2>Contract shared by every kernel</h2>
 * A kernel computes <em>coefficient {@code k}</em> of its result {@code c} for the series
 * {@code Σ c_k t^k}: it reads {@code a[0..k]} (and {@code b[0..k]}), {@code c[0..k−1]} and any
 * auxiliary array's {@code [0..k−1]}, and writes {@code c[k]} (and the auxiliaries' {@code [k]}).
 * {@code k = 0} is included and evaluates the scalar function. Calling a kernel for
 * {@code k = 0, 1, …, n} in turn therefore yields the series to order {@code n} in O(n²)
 * operations; the ODE integrator calls the same kernels one order at a time.
 *
 * <ul>
 *   <li>No allocation, no boxing, no checks in the loop: the caller guarantees array lengths
 *       {@code > k} and the stated preconditions (the series classes test domains and leading zeros
 *       first and throw {@link org.taylorkit.core.SingularExpansionException}). Outside the
 *       preconditions the result is IEEE garbage (NaN/∞), never an exception.</li>
 *   <li>Accuracy: each c_k is a short sum of products in {@code double}; its error is a few ulps
 *       of the sum of the absolute values of the terms (no compensated summation). Coefficient 0
 *       has the accuracy of the {@link Math} function used.</li>
 *   <li>Stateless and thread-safe; concurrent calls on distinct output arrays are safe.</li>
 * </ul>
 *
 * <p>Formulas: each transcendental c = f(a) satisfies a linear first-order ODE c' = g·a' in the
 * series variable; equating coefficients of t^{k−1} gives c_k in O(k) operations (Tucker, 
 * <i>Validated Numerics</i>, 2011, ch. 4; Griewank &amp; Walther, <i>Evaluating Derivatives</i>,
 * 2nd ed. 2008, ch. 13; the table in {@code REFERENCES.md}).
 */
public final class DoubleKernels {

    private DoubleKernels() {
    }

    // ------------------------------------------------------------------ ring operations

    /** c_k = a_k + b_k. */
    public static void add(double[] a, double[] b, double[] c, int k) {
        c[k] = a[k] + b[k];
    }

    /** c_k = a_k − b_k. */
    public static void sub(double[] a, double[] b, double[] c, int k) {
        c[k] = a[k] - b[k];
    }

    /** c_k = −a_k. */
    public static void neg(double[] a, double[] c, int k) {
        c[k] = -a[k];
    }

    /** c_k = s·a_k (c = s·a for a scalar s). */
    public static void scale(double[] a, double s, double[] c, int k) {
        c[k] = s * a[k];
    }

    /** c = a + s for a scalar s: c_0 = a_0 + s, c_k = a_k for k ≥ 1. */
    public static void addScalar(double[] a, double s, double[] c, int k) {
        c[k] = k == 0 ? a[0] + s : a[k];
    }

    /** c = a·b (Cauchy product): c_k = Σ_{j=0..k} a_j b_{k−j}. */
    public static void mul(double[] a, double[] b, double[] c, int k) {
        double s = 0.0;
        for (int j = 0; j <= k; j++) {
            s += a[j] * b[k - j];
        }
        c[k] = s;
    }

    /**
     * c = a/b with b_0 ≠ 0: from a = b·c, c_0 = a_0/b_0 and
     * c_k = (a_k − Σ_{j=0..k−1} c_j b_{k−j}) / b_0 (Tucker 2011, §4.1).
     */
    public static void div(double[] a, double[] b, double[] c, int k) {
        double s = a[k];
        for (int j = 0; j < k; j++) {
            s -= c[j] * b[k - j];
        }
        c[k] = s / b[0];
    }

    /**
     * c = a², by the symmetric sum that needs half the products:
     * c_k = 2 Σ_{0≤j&lt;k/2} a_j a_{k−j} + [k even] a_{k/2}².
     */
    public static void sqr(double[] a, double[] c, int k) {
        c[k] = squareCoefficient(a, k);
    }

    /** Coefficient k of a², by the symmetric sum (reads a[0..k] only). */
    static double squareCoefficient(double[] a, int k) {
        double s = 0.0;
        int half = (k + 1) / 2;
        for (int j = 0; j < half; j++) {
            s += a[j] * a[k - j];
        }
        s += s;
        if ((k & 1) == 0) {
            double m = a[k / 2];
            s += m * m;
        }
        return s;
    }

    /**
     * Coefficient k (k ≥ 1) of c² minus its two terms that contain c_k, i.e.
     * Σ_{j=1..k−1} c_j c_{k−j}, by the symmetric sum (reads c[1..k−1] only).
     */
    static double innerSquareCoefficient(double[] c, int k) {
        double s = 0.0;
        int half = (k + 1) / 2;
        for (int j = 1; j < half; j++) {
            s += c[j] * c[k - j];
        }
        s += s;
        if ((k & 1) == 0) {
            double m = c[k / 2];
            s += m * m;
        }
        return s;
    }

    // ------------------------------------------------------------------ powers and roots

    /**
     * c = √a with a_0 &gt; 0. From c² = a: c_0 = √a_0 and
     * c_k = (a_k − Σ_{j=1..k−1} c_j c_{k−j}) / (2 c_0)
     * = (a_k − 2 Σ_{1≤j&lt;k/2} c_j c_{k−j} − [k even] c_{k/2}²) / (2 c_0) (Tucker 2011, §4.1).
     */
    public static void sqrt(double[] a, double[] c, int k) {
        if (k == 0) {
            c[0] = Math.sqrt(a[0]);
            return;
        }
        c[k] = (a[k] - innerSquareCoefficient(c, k)) / (2.0 * c[0]);
    }

    /**
     * c = ∛a (real cube root) with a_0 ≠ 0 of either sign. From 3a·c' = a'·c (the power rule with
     * r = 1/3, scaled by 3 so every weight is an exact integer): c_0 = ∛a_0 and
     * c_k = Σ_{j=0..k−1} (k − 4j) a_{k−j} c_j / (3k a_0).
     */
    public static void cbrt(double[] a, double[] c, int k) {
        if (k == 0) {
            c[0] = Math.cbrt(a[0]);
            return;
        }
        double s = 0.0;
        for (int j = 0; j < k; j++) {
            s += (k - 4 * j) * a[k - j] * c[j];
        }
        c[k] = s / (3.0 * k * a[0]);
    }

    /**
     * c = a^r for a real exponent r, with a_0 &gt; 0 (or a_0 ≠ 0 and r an integer). From
     * a·c' = r·a'·c: c_0 = a_0^r ({@link Math#pow}) and
     * c_k = (1/(k a_0)) Σ_{j=0..k−1} (r(k−j) − j) a_{k−j} c_j (Tucker 2011, §4.1; Griewank &amp;
     * Walther 2008, Table 13.2).
     */
    public static void pow(double[] a, double r, double[] c, int k) {
        if (k == 0) {
            c[0] = Math.pow(a[0], r);
            return;
        }
        double s = 0.0;
        for (int j = 0; j < k; j++) {
            s += (r * (k - j) - j) * a[k - j] * c[j];
        }
        c[k] = s / (k * a[0]);
    }

    // ------------------------------------------------------------------ exponential and logarithm

    /**
     * c = e^a. From c' = a'·c: c_0 = e^{a_0} and c_k = (1/k) Σ_{j=1..k} j a_j c_{k−j}
     * (Tucker 2011, §4.1).
     */
    public static void exp(double[] a, double[] c, int k) {
        if (k == 0) {
            c[0] = Math.exp(a[0]);
            return;
        }
        double s = 0.0;
        for (int j = 1; j <= k; j++) {
            s += j * a[j] * c[k - j];
        }
        c[k] = s / k;
    }

    /**
     * c = e^a − 1, accurate when a_0 is small. From c' = a'·(1 + c): c_0 = expm1(a_0) and
     * c_k = a_k (1 + c_0) + (1/k) Σ_{j=1..k−1} j a_j c_{k−j}.
     */
    public static void expm1(double[] a, double[] c, int k) {
        if (k == 0) {
            c[0] = Math.expm1(a[0]);
            return;
        }
        double s = 0.0;
        for (int j = 1; j < k; j++) {
            s += j * a[j] * c[k - j];
        }
        c[k] = a[k] + a[k] * c[0] + s / k;
    }

    /**
     * c = ln a with a_0 &gt; 0. From a·c' = a': c_0 = ln a_0 and
     * c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j a_{k−j}) / a_0 (Tucker 2011, §4.1).
     */
    public static void log(double[] a, double[] c, int k) {
        if (k == 0) {
            c[0] = Math.log(a[0]);
            return;
        }
        c[k] = (a[k] - logSum(a, c, k)) / a[0];
    }

    /**
     * c = ln(1 + a) with a_0 &gt; −1, accurate when a_0 is small. From (1 + a)·c' = a':
     * c_0 = log1p(a_0) and c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j a_{k−j}) / (1 + a_0).
     */
    public static void log1p(double[] a, double[] c, int k) {
        if (k == 0) {
            c[0] = Math.log1p(a[0]);
            return;
        }
        c[k] = (a[k] - logSum(a, c, k)) / (1.0 + a[0]);
    }

    /** (1/k) Σ_{j=1..k−1} j c_j a_{k−j}: the convolution shared by log-type recurrences. */
    static double logSum(double[] a, double[] c, int k) {
        double s = 0.0;
        for (int j = 1; j < k; j++) {
            s += j * c[j] * a[k - j];
        }
        return s / k;
    }
}
