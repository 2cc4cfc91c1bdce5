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
 *       of the sum of the absolute values of the terms (no compensated summation; the Cauchy sums
 *       of the ring operations and roots in four interleaved partial sums, see
 *       {@link #cauchySum}). Coefficient 0 has the accuracy of the {@link Math} function used.</li>
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
    public static void add(double[] a, int ao, double[] b, int bo, double[] c, int co, int k) {
        c[co + k] = a[ao + k] + b[bo + k];
    }

    /** {@link #add} on whole arrays (offsets 0). */
    public static void add(double[] a, double[] b, double[] c, int k) {
        add(a, 0, b, 0, c, 0, k);
    }

    /** c_k = a_k − b_k. */
    public static void sub(double[] a, int ao, double[] b, int bo, double[] c, int co, int k) {
        c[co + k] = a[ao + k] - b[bo + k];
    }

    /** {@link #sub} on whole arrays (offsets 0). */
    public static void sub(double[] a, double[] b, double[] c, int k) {
        sub(a, 0, b, 0, c, 0, k);
    }

    /** c_k = −a_k. */
    public static void neg(double[] a, int ao, double[] c, int co, int k) {
        c[co + k] = -a[ao + k];
    }

    /** {@link #neg} on whole arrays (offsets 0). */
    public static void neg(double[] a, double[] c, int k) {
        neg(a, 0, c, 0, k);
    }

    /** c_k = s·a_k (c = s·a for a scalar s). */
    public static void scale(double[] a, int ao, double s, double[] c, int co, int k) {
        c[co + k] = s * a[ao + k];
    }

    /** {@link #scale} on whole arrays (offsets 0). */
    public static void scale(double[] a, double s, double[] c, int k) {
        scale(a, 0, s, c, 0, k);
    }

    /** c = a + s for a scalar s: c_0 = a_0 + s, c_k = a_k for k ≥ 1. */
    public static void addScalar(double[] a, int ao, double s, double[] c, int co, int k) {
        c[co + k] = k == 0 ? a[ao] + s : a[ao + k];
    }

    /** {@link #addScalar} on whole arrays (offsets 0). */
    public static void addScalar(double[] a, double s, double[] c, int k) {
        addScalar(a, 0, s, c, 0, k);
    }

    /** c = a·b (Cauchy product): c_k = Σ_{j=0..k} a_j b_{k−j}. */
    public static void mul(double[] a, int ao, double[] b, int bo, double[] c, int co, int k) {
        c[co + k] = cauchySum(a, ao, b, bo + k, k + 1);
    }

    /** {@link #mul} on whole arrays (offsets 0). */
    public static void mul(double[] a, double[] b, double[] c, int k) {
        mul(a, 0, b, 0, c, 0, k);
    }

    /**
     * c = a/b with b_0 ≠ 0: from a = b·c, c_k = (a_k − Σ_{j=0..k−1} c_j b_{k−j}) / b_0 (Tucker 2011,
     * §4.1), evaluated as (a_k − Σ)·fl(1/b_0) at every k (c_0 = a_0·fl(1/b_0)). The reciprocal depends
     * on b_0 only, so it is off the chain from one order to the next, where a division's latency
     * (13–20 cycles against 4 for a multiplication) would lie; the ODE tape's generated code
     * computes it once per expansion. The price is one more rounding (a relative 2^−53) per
     * coefficient, c_0 included; measured, not assumed: docs/architecture.md, "Quotients and square
     * roots by the reciprocal". Precondition, besides b_0 ≠ 0: 1/b_0 a normal double (|b_0| between
     * about 2.2·10^−308 and 4.5·10^307).
     */
    public static void div(double[] a, int ao, double[] b, int bo, double[] c, int co, int k) {
        c[co + k] = (a[ao + k] - cauchySum(c, co, b, bo + k, k)) * (1.0 / b[bo]);
    }

    /** {@link #div} on whole arrays (offsets 0). */
    public static void div(double[] a, double[] b, double[] c, int k) {
        div(a, 0, b, 0, c, 0, k);
    }

    /**
     * c = a², by the symmetric sum that needs half the products:
     * c_k = 2 Σ_{0≤j&lt;k/2} a_j a_{k−j} + [k even] a_{k/2}².
     */
    public static void sqr(double[] a, int ao, double[] c, int co, int k) {
        c[co + k] = squareCoefficient(a, ao, k);
    }

    /** {@link #sqr} on whole arrays (offsets 0). */
    public static void sqr(double[] a, double[] c, int k) {
        sqr(a, 0, c, 0, k);
    }

    /** Coefficient k of a², by the symmetric sum (reads a[0..k] only). */
    static double squareCoefficient(double[] a, int ao, int k) {
        double s = cauchySum(a, ao, a, ao + k, (k + 1) / 2);
        s += s;
        if ((k & 1) == 0) {
            double m = a[ao + k / 2];
            s += m * m;
        }
        return s;
    }

    /**
     * Coefficient k (k ≥ 1) of c² minus its two terms that contain c_k, i.e.
     * Σ_{j=1..k−1} c_j c_{k−j}, by the symmetric sum (reads c[1..k−1] only).
     */
    static double innerSquareCoefficient(double[] c, int co, int k) {
        double s = cauchySum(c, co + 1, c, co + k - 1, (k + 1) / 2 - 1);
        s += s;
        if ((k & 1) == 0) {
            double m = c[co + k / 2];
            s += m * m;
        }
        return s;
    }

    /**
     * Σ_{t=0..m−1} x[i + t]·y[j − t], the Cauchy sum of {@link #mul}, {@link #div}, {@link #sqr}
     * and {@link #sqrt}, in this class's one summation order: term t goes to partial sum t mod 4
     * (each partial sum starts from its first term), and the partial sums are combined as
     * (s₀ + s₁) + (s₂ + s₃) — for m &lt; 4 as s₀, s₀ + s₁, (s₀ + s₁) + s₂; m ≤ 0 gives +0. Four
     * independent chains of additions instead of one: the latency of a sum of m terms is about
     * m/4 + 2 additions, and the rounding error bound γ_{⌈m/4⌉+2}·Σ|terms| instead of γ_m·Σ|terms|.
     * The ODE tape's generated code ({@code org.taylorkit.ode.tape.UnrolledOps}) performs exactly
     * these operations, so its coefficients are bit-for-bit those of the kernels. (Tried and
     * dropped: adding the two end terms, which hold the newest coefficients, last — no clear gain,
     * and the Kepler test's phase error after 1000 orbits grew from 3e-11 to 1e-10.)
     */
    public static double cauchySum(double[] x, int i, double[] y, int j, int m) {
        if (m < 4) {
            if (m <= 0) {
                return 0.0;
            }
            double s = x[i] * y[j];
            if (m > 1) {
                s += x[i + 1] * y[j - 1];
                if (m > 2) {
                    s += x[i + 2] * y[j - 2];
                }
            }
            return s;
        }
        double s0 = x[i] * y[j];
        double s1 = x[i + 1] * y[j - 1];
        double s2 = x[i + 2] * y[j - 2];
        double s3 = x[i + 3] * y[j - 3];
        int t = 4;
        for (; t + 4 <= m; t += 4) {
            s0 += x[i + t] * y[j - t];
            s1 += x[i + t + 1] * y[j - t - 1];
            s2 += x[i + t + 2] * y[j - t - 2];
            s3 += x[i + t + 3] * y[j - t - 3];
        }
        if (t < m) {
            s0 += x[i + t] * y[j - t];
            if (t + 1 < m) {
                s1 += x[i + t + 1] * y[j - t - 1];
                if (t + 2 < m) {
                    s2 += x[i + t + 2] * y[j - t - 2];
                }
            }
        }
        return (s0 + s1) + (s2 + s3);
    }

    // ------------------------------------------------------------------ powers and roots

    /**
     * c = √a with a_0 &gt; 0. From c² = a: c_0 = √a_0 and
     * c_k = (a_k − Σ_{j=1..k−1} c_j c_{k−j}) / (2 c_0)
     * = (a_k − 2 Σ_{1≤j&lt;k/2} c_j c_{k−j} − [k even] c_{k/2}²) / (2 c_0) (Tucker 2011, §4.1), evaluated
     * as (a_k − Σ)·fl(0.5/c_0) = (a_k − Σ)·fl(1/(2c_0)), off the chain between orders as in
     * {@link #div} (the same precondition on 1/c_0).
     */
    public static void sqrt(double[] a, int ao, double[] c, int co, int k) {
        if (k == 0) {
            c[co] = Math.sqrt(a[ao]);
            return;
        }
        c[co + k] = (a[ao + k] - innerSquareCoefficient(c, co, k)) * (0.5 / c[co]);
    }

    /** {@link #sqrt} on whole arrays (offsets 0). */
    public static void sqrt(double[] a, double[] c, int k) {
        sqrt(a, 0, c, 0, k);
    }

    /**
     * c = ∛a (real cube root) with a_0 ≠ 0 of either sign. From 3a·c' = a'·c (the power rule with
     * r = 1/3, scaled by 3 so every weight is an exact integer): c_0 = ∛a_0 and
     * c_k = Σ_{j=0..k−1} (k − 4j) a_{k−j} c_j / (3k a_0), evaluated as Σ·fl(fl(1/a_0)·fl(1/(3k))): the
     * factor depends on a_0 and k only, off the chain between orders as in {@link #div} (the ODE tape's
     * generated code divides once per expansion, 1/(3k) a constant; the same precondition on 1/a_0).
     */
    public static void cbrt(double[] a, int ao, double[] c, int co, int k) {
        if (k == 0) {
            c[co] = Math.cbrt(a[ao]);
            return;
        }
        double s = 0.0;
        for (int j = 0; j < k; j++) {
            s += (k - 4 * j) * a[ao + k - j] * c[co + j];
        }
        c[co + k] = s * ((1.0 / a[ao]) * (1.0 / (3.0 * k)));
    }

    /** {@link #cbrt} on whole arrays (offsets 0). */
    public static void cbrt(double[] a, double[] c, int k) {
        cbrt(a, 0, c, 0, k);
    }

    /**
     * c = a^r for a real exponent r, with a_0 &gt; 0 (or a_0 ≠ 0 and r an integer). From
     * a·c' = r·a'·c: c_0 = a_0^r ({@link Math#pow}) and
     * c_k = (1/(k a_0)) Σ_{j=0..k−1} (r(k−j) − j) a_{k−j} c_j (Tucker 2011, §4.1; Griewank &amp;
     * Walther 2008, Table 13.2), evaluated as Σ·fl(fl(1/a_0)·fl(1/k)): the factor depends on a_0 and k
     * only, so it is off the chain from one order to the next, as in {@link #div} (the ODE tape's
     * generated code divides once per expansion and takes 1/k as a constant). The price is up to two
     * more roundings per coefficient than Σ/(k·a_0) (none from 1/k when k is a power of two); measured:
     * docs/architecture.md, "Quotients and square roots by the reciprocal". Precondition, besides
     * a_0 ≠ 0: 1/a_0 a normal double, as for {@link #div}.
     */
    public static void pow(double[] a, int ao, double r, double[] c, int co, int k) {
        if (k == 0) {
            c[co] = Math.pow(a[ao], r);
            return;
        }
        double s = 0.0;
        for (int j = 0; j < k; j++) {
            s += (r * (k - j) - j) * a[ao + k - j] * c[co + j];
        }
        c[co + k] = s * ((1.0 / a[ao]) * (1.0 / k));
    }

    /** {@link #pow} on whole arrays (offsets 0). */
    public static void pow(double[] a, double r, double[] c, int k) {
        pow(a, 0, r, c, 0, k);
    }

    // ------------------------------------------------------------------ exponential and logarithm

    /**
     * c = e^a. From c' = a'·c: c_0 = e^{a_0} and c_k = (1/k) Σ_{j=1..k} j a_j c_{k−j}
     * (Tucker 2011, §4.1).
     */
    public static void exp(double[] a, int ao, double[] c, int co, int k) {
        if (k == 0) {
            c[co] = Math.exp(a[ao]);
            return;
        }
        double s = 0.0;
        for (int j = 1; j <= k; j++) {
            s += j * a[ao + j] * c[co + k - j];
        }
        c[co + k] = s / k;
    }

    /** {@link #exp} on whole arrays (offsets 0). */
    public static void exp(double[] a, double[] c, int k) {
        exp(a, 0, c, 0, k);
    }

    /**
     * c = e^a − 1, accurate when a_0 is small. From c' = a'·(1 + c): c_0 = expm1(a_0) and
     * c_k = a_k (1 + c_0) + (1/k) Σ_{j=1..k−1} j a_j c_{k−j}.
     */
    public static void expm1(double[] a, int ao, double[] c, int co, int k) {
        if (k == 0) {
            c[co] = Math.expm1(a[ao]);
            return;
        }
        double s = 0.0;
        for (int j = 1; j < k; j++) {
            s += j * a[ao + j] * c[co + k - j];
        }
        c[co + k] = a[ao + k] + a[ao + k] * c[co] + s / k;
    }

    /** {@link #expm1} on whole arrays (offsets 0). */
    public static void expm1(double[] a, double[] c, int k) {
        expm1(a, 0, c, 0, k);
    }

    /**
     * c = ln a with a_0 &gt; 0. From a·c' = a': c_0 = ln a_0 and
     * c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j a_{k−j}) / a_0 (Tucker 2011, §4.1).
     */
    public static void log(double[] a, int ao, double[] c, int co, int k) {
        if (k == 0) {
            c[co] = Math.log(a[ao]);
            return;
        }
        c[co + k] = (a[ao + k] - logSum(a, ao, c, co, k)) / a[ao];
    }

    /** {@link #log} on whole arrays (offsets 0). */
    public static void log(double[] a, double[] c, int k) {
        log(a, 0, c, 0, k);
    }

    /**
     * c = ln(1 + a) with a_0 &gt; −1, accurate when a_0 is small. From (1 + a)·c' = a':
     * c_0 = log1p(a_0) and c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j a_{k−j}) / (1 + a_0).
     */
    public static void log1p(double[] a, int ao, double[] c, int co, int k) {
        if (k == 0) {
            c[co] = Math.log1p(a[ao]);
            return;
        }
        c[co + k] = (a[ao + k] - logSum(a, ao, c, co, k)) / (1.0 + a[ao]);
    }

    /** {@link #log1p} on whole arrays (offsets 0). */
    public static void log1p(double[] a, double[] c, int k) {
        log1p(a, 0, c, 0, k);
    }

    /** (1/k) Σ_{j=1..k−1} j c_j a_{k−j}: the convolution shared by log-type recurrences. */
    static double logSum(double[] a, int ao, double[] c, int co, int k) {
        double s = 0.0;
        for (int j = 1; j < k; j++) {
            s += j * c[co + j] * a[ao + k - j];
        }
        return s / k;
    }
}
