package org.taylorkit.core.kernels;

import static org.taylorkit.core.kernels.DoubleKernels.innerSquareCoefficient;
import static org.taylorkit.core.kernels.DoubleKernels.logSum;
import static org.taylorkit.core.kernels.DoubleKernels.squareCoefficient;

import org.taylorkit.core.arith.ErrorFunction;

/**
 * Recurrence kernels on primitive {@code double[]} arrays for the trigonometric, hyperbolic,
 * inverse trigonometric/hyperbolic functions, erf and atan2. The shared contract (coefficient
 * {@code k} from coefficients {@code 0..k} of the inputs and {@code 0..k−1} of the output and
 * auxiliaries; no allocation; preconditions guaranteed by the caller; thread-safe) is stated on
 * {@link DoubleKernels}.
 *
 * <p>Auxiliary arrays are owned by the caller and filled by the kernel itself, coefficient k at the
 * call for k: a caller only allocates them (length {@code > k}) and passes the same arrays for
 * k = 0, 1, …, n. Where an auxiliary is a square root (asin, acos, asinh, acosh) the kernel runs the
 * square-root recurrence on the coefficient of a² formed on the fly, so it never needs a second
 * auxiliary.
 *
 * <p>Formulas: Tucker, <i>Validated Numerics</i> (2011), ch. 4; Griewank &amp; Walther,
 * <i>Evaluating Derivatives</i> (2008), ch. 13; the table in {@code REFERENCES.md}. Each inverse
 * function c = f(a) uses c'·r = ±a' with the auxiliary r named in its Javadoc, so that
 * c_k = (±a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0.
 */
public final class DoubleElementaryKernels {

    /** 2/√π rounded to nearest double (2/√π = 1.12837916709551257389…). */
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

    /** ln 2 rounded to nearest double (ln 2 = 0.69314718055994530941…). */
    private static final double LN2 = 0.6931471805599453;

    private DoubleElementaryKernels() {
    }

    // ------------------------------------------------------------------ trigonometric, hyperbolic

    /**
     * s = sin a and c = cos a together. From s' = a'·c and c' = −a'·s: s_0 = sin a_0,
     * c_0 = cos a_0, and for k ≥ 1
     * s_k = (1/k) Σ_{j=1..k} j a_j c_{k−j},  c_k = −(1/k) Σ_{j=1..k} j a_j s_{k−j}
     * (Tucker 2011, §4.1). Writes s[k] and c[k].
     */
    public static void sinCos(double[] a, int ao, double[] s, int so, double[] c, int co, int k) {
        if (k == 0) {
            s[so] = Math.sin(a[ao]);
            c[co] = Math.cos(a[ao]);
            return;
        }
        double ss = 0.0;
        double cc = 0.0;
        for (int j = 1; j <= k; j++) {
            double ja = j * a[ao + j];
            ss += ja * c[co + k - j];
            cc += ja * s[so + k - j];
        }
        s[so + k] = ss / k;
        c[co + k] = -cc / k;
    }

    /** {@link #sinCos} on whole arrays (offsets 0). */
    public static void sinCos(double[] a, double[] s, double[] c, int k) {
        sinCos(a, 0, s, 0, c, 0, k);
    }

    /**
     * s = sinh a and c = cosh a together. From s' = a'·c and c' = a'·s: s_0 = sinh a_0,
     * c_0 = cosh a_0, and for k ≥ 1
     * s_k = (1/k) Σ_{j=1..k} j a_j c_{k−j},  c_k = (1/k) Σ_{j=1..k} j a_j s_{k−j}.
     * Writes s[k] and c[k].
     */
    public static void sinhCosh(double[] a, int ao, double[] s, int so, double[] c, int co, int k) {
        if (k == 0) {
            s[so] = Math.sinh(a[ao]);
            c[co] = Math.cosh(a[ao]);
            return;
        }
        double ss = 0.0;
        double cc = 0.0;
        for (int j = 1; j <= k; j++) {
            double ja = j * a[ao + j];
            ss += ja * c[co + k - j];
            cc += ja * s[so + k - j];
        }
        s[so + k] = ss / k;
        c[co + k] = cc / k;
    }

    /** {@link #sinhCosh} on whole arrays (offsets 0). */
    public static void sinhCosh(double[] a, double[] s, double[] c, int k) {
        sinhCosh(a, 0, s, 0, c, 0, k);
    }

    /**
     * c = tan a with auxiliary p = c². From c' = a'·(1 + p): c_0 = tan a_0, p_0 = c_0², and
     * c_k = a_k + (1/k) Σ_{j=1..k} j a_j p_{k−j}, then p_k = Σ_{j=0..k} c_j c_{k−j}
     * (Tucker 2011, §4.1). Precondition: cos a_0 ≠ 0 (never exactly true for a double a_0).
     */
    public static void tan(double[] a, int ao, double[] c, int co, double[] p, int po, int k) {
        if (k == 0) {
            c[co] = Math.tan(a[ao]);
            p[po] = c[co] * c[co];
            return;
        }
        double s = 0.0;
        for (int j = 1; j <= k; j++) {
            s += j * a[ao + j] * p[po + k - j];
        }
        c[co + k] = a[ao + k] + s / k;
        p[po + k] = squareCoefficient(c, co, k);
    }

    /** {@link #tan} on whole arrays (offsets 0). */
    public static void tan(double[] a, double[] c, double[] p, int k) {
        tan(a, 0, c, 0, p, 0, k);
    }

    /**
     * c = tanh a with auxiliary p = c². From c' = a'·(1 − p): c_0 = tanh a_0, p_0 = c_0², and
     * c_k = a_k − (1/k) Σ_{j=1..k} j a_j p_{k−j}, then p_k = Σ_{j=0..k} c_j c_{k−j}.
     */
    public static void tanh(double[] a, int ao, double[] c, int co, double[] p, int po, int k) {
        if (k == 0) {
            c[co] = Math.tanh(a[ao]);
            p[po] = c[co] * c[co];
            return;
        }
        double s = 0.0;
        for (int j = 1; j <= k; j++) {
            s += j * a[ao + j] * p[po + k - j];
        }
        c[co + k] = a[ao + k] - s / k;
        p[po + k] = squareCoefficient(c, co, k);
    }

    /** {@link #tanh} on whole arrays (offsets 0). */
    public static void tanh(double[] a, double[] c, double[] p, int k) {
        tanh(a, 0, c, 0, p, 0, k);
    }

    // ------------------------------------------------------------------ inverse trigonometric

    /**
     * c = asin a with auxiliary r = √(1 − a²), |a_0| &lt; 1. From c'·r = a':
     * c_0 = asin a_0, r_0 = √((1 − a_0)(1 + a_0)), and for k ≥ 1
     * c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0, then, by the square-root recurrence
     * applied to 1 − a², r_k = (−(a²)_k − Σ_{j=1..k−1} r_j r_{k−j}) / (2 r_0).
     */
    public static void asin(double[] a, int ao, double[] c, int co, double[] r, int ro, int k) {
        if (k == 0) {
            c[co] = Math.asin(a[ao]);
            r[ro] = Math.sqrt((1.0 - a[ao]) * (1.0 + a[ao]));
            return;
        }
        c[co + k] = (a[ao + k] - logSum(r, ro, c, co, k)) / r[ro];
        r[ro + k] = oneMinusSquareRootStep(a, ao, r, ro, k);
    }

    /** {@link #asin} on whole arrays (offsets 0). */
    public static void asin(double[] a, double[] c, double[] r, int k) {
        asin(a, 0, c, 0, r, 0, k);
    }

    /**
     * c = acos a with auxiliary r = √(1 − a²), |a_0| &lt; 1. From c'·r = −a': c_0 = acos a_0,
     * r_0 = √((1 − a_0)(1 + a_0)), and for k ≥ 1
     * c_k = −(a_k + (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0, with r_k as in
     * {@link #asin(double[], double[], double[], int)}.
     */
    public static void acos(double[] a, int ao, double[] c, int co, double[] r, int ro, int k) {
        if (k == 0) {
            c[co] = Math.acos(a[ao]);
            r[ro] = Math.sqrt((1.0 - a[ao]) * (1.0 + a[ao]));
            return;
        }
        c[co + k] = -(a[ao + k] + logSum(r, ro, c, co, k)) / r[ro];
        r[ro + k] = oneMinusSquareRootStep(a, ao, r, ro, k);
    }

    /** {@link #acos} on whole arrays (offsets 0). */
    public static void acos(double[] a, double[] c, double[] r, int k) {
        acos(a, 0, c, 0, r, 0, k);
    }

    /** r_k of r = √(1 − a²): (−(a²)_k − Σ_{j=1..k−1} r_j r_{k−j}) / (2 r_0). */
    private static double oneMinusSquareRootStep(double[] a, int ao, double[] r, int ro, int k) {
        return (-squareCoefficient(a, ao, k) - innerSquareCoefficient(r, ro, k)) / (2.0 * r[ro]);
    }

    /**
     * c = atan a with auxiliary r = 1 + a². From c'·r = a': c_0 = atan a_0, r_0 = 1 + a_0², and
     * for k ≥ 1 c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0, then r_k = (a²)_k.
     */
    public static void atan(double[] a, int ao, double[] c, int co, double[] r, int ro, int k) {
        if (k == 0) {
            c[co] = Math.atan(a[ao]);
            r[ro] = 1.0 + a[ao] * a[ao];
            return;
        }
        c[co + k] = (a[ao + k] - logSum(r, ro, c, co, k)) / r[ro];
        r[ro + k] = squareCoefficient(a, ao, k);
    }

    /** {@link #atan} on whole arrays (offsets 0). */
    public static void atan(double[] a, double[] c, double[] r, int k) {
        atan(a, 0, c, 0, r, 0, k);
    }

    /**
     * c = acot a (the continuous branch π/2 − atan a, range (0, π)) with auxiliary r = 1 + a². From
     * c'·r = −a': c_0 = acot a_0, r_0 = 1 + a_0², and for k ≥ 1
     * c_k = −(a_k + (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0, then r_k = (a²)_k.
     * {@code value0} is acot a_0 (the catalogue's accurate scalar).
     */
    public static void acot(double[] a, int ao, double[] c, int co, double[] r, int ro, int k, double value0) {
        if (k == 0) {
            c[co] = value0;
            r[ro] = 1.0 + a[ao] * a[ao];
            return;
        }
        c[co + k] = -(a[ao + k] + logSum(r, ro, c, co, k)) / r[ro];
        r[ro + k] = squareCoefficient(a, ao, k);
    }

    // ------------------------------------------------------------------ inverse hyperbolic

    /**
     * c = asinh a with auxiliary r = √(a² + 1). From c'·r = a': c_0 = asinh a_0,
     * r_0 = hypot(a_0, 1), and for k ≥ 1 c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0,
     * then r_k = ((a²)_k − Σ_{j=1..k−1} r_j r_{k−j}) / (2 r_0).
     */
    public static void asinh(double[] a, int ao, double[] c, int co, double[] r, int ro, int k) {
        if (k == 0) {
            c[co] = scalarAsinh(a[ao]);
            r[ro] = Math.hypot(a[ao], 1.0);
            return;
        }
        c[co + k] = (a[ao + k] - logSum(r, ro, c, co, k)) / r[ro];
        r[ro + k] = (squareCoefficient(a, ao, k) - innerSquareCoefficient(r, ro, k)) / (2.0 * r[ro]);
    }

    /** {@link #asinh} on whole arrays (offsets 0). */
    public static void asinh(double[] a, double[] c, double[] r, int k) {
        asinh(a, 0, c, 0, r, 0, k);
    }

    /**
     * c = acosh a with auxiliary r = √(a² − 1), a_0 &gt; 1. From c'·r = a': c_0 = acosh a_0,
     * r_0 = √((a_0 − 1)(a_0 + 1)), and for k ≥ 1
     * c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0, then
     * r_k = ((a²)_k − Σ_{j=1..k−1} r_j r_{k−j}) / (2 r_0).
     */
    public static void acosh(double[] a, int ao, double[] c, int co, double[] r, int ro, int k) {
        if (k == 0) {
            c[co] = scalarAcosh(a[ao]);
            r[ro] = Math.sqrt((a[ao] - 1.0) * (a[ao] + 1.0));
            return;
        }
        c[co + k] = (a[ao + k] - logSum(r, ro, c, co, k)) / r[ro];
        r[ro + k] = (squareCoefficient(a, ao, k) - innerSquareCoefficient(r, ro, k)) / (2.0 * r[ro]);
    }

    /** {@link #acosh} on whole arrays (offsets 0). */
    public static void acosh(double[] a, double[] c, double[] r, int k) {
        acosh(a, 0, c, 0, r, 0, k);
    }

    /**
     * c = atanh a with auxiliary r = 1 − a², |a_0| &lt; 1. From c'·r = a': c_0 = atanh a_0,
     * r_0 = (1 − a_0)(1 + a_0), and for k ≥ 1
     * c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0, then r_k = −(a²)_k.
     */
    public static void atanh(double[] a, int ao, double[] c, int co, double[] r, int ro, int k) {
        if (k == 0) {
            c[co] = scalarAtanh(a[ao]);
            r[ro] = (1.0 - a[ao]) * (1.0 + a[ao]);
            return;
        }
        c[co + k] = (a[ao + k] - logSum(r, ro, c, co, k)) / r[ro];
        r[ro + k] = -squareCoefficient(a, ao, k);
    }

    /** {@link #atanh} on whole arrays (offsets 0). */
    public static void atanh(double[] a, double[] c, double[] r, int k) {
        atanh(a, 0, c, 0, r, 0, k);
    }

    // ------------------------------------------------------------------ special functions

    /**
     * c = erf a with auxiliaries e = (2/√π)·e^{−a²} and q = a². From c' = a'·e and
     * e' = −q'·e: q_0 = a_0², c_0 = erf a_0 ({@link ErrorFunction#erf}),
     * e_0 = (2/√π) e^{−a_0²}, and for k ≥ 1, in this order,
     * q_k = (a²)_k, c_k = (1/k) Σ_{j=1..k} j a_j e_{k−j}, e_k = −(1/k) Σ_{j=1..k} j q_j e_{k−j}.
     */
    public static void erf(double[] a, int ao, double[] c, int co, double[] e, int eo, double[] q, int qo, int k) {
        if (k == 0) {
            q[qo] = a[ao] * a[ao];
            c[co] = ErrorFunction.erf(a[ao]);
            e[eo] = TWO_OVER_SQRT_PI * Math.exp(-q[qo]);
            return;
        }
        q[qo + k] = squareCoefficient(a, ao, k);
        double sc = 0.0;
        double se = 0.0;
        for (int j = 1; j <= k; j++) {
            double ek = e[eo + k - j];
            sc += j * a[ao + j] * ek;
            se += j * q[qo + j] * ek;
        }
        c[co + k] = sc / k;
        e[eo + k] = -se / k;
    }

    /** {@link #erf} on whole arrays (offsets 0). */
    public static void erf(double[] a, double[] c, double[] e, double[] q, int k) {
        erf(a, 0, c, 0, e, 0, q, 0, k);
    }

    /**
     * c = atan2(y, x), the angle of the point (x, y), with auxiliary r = x² + y², r_0 ≠ 0. From
     * c'·r = x·y' − y·x': c_0 = atan2(y_0, x_0) ∈ (−π, π], r_0 = x_0² + y_0², and for k ≥ 1
     * c_k = (Σ_{j=1..k} j (x_{k−j} y_j − y_{k−j} x_j) − Σ_{j=1..k−1} j c_j r_{k−j}) / (k r_0),
     * then r_k = (x²)_k + (y²)_k. On the branch cut (y_0 = 0, x_0 &lt; 0) the series continues the
     * branch whose value is c_0. Precondition also: x_0² + y_0² neither overflows nor underflows.
     */
    public static void atan2(double[] y, int yo, double[] x, int xo, double[] c, int co, double[] r, int ro, int k) {
        if (k == 0) {
            c[co] = Math.atan2(y[yo], x[xo]);
            r[ro] = x[xo] * x[xo] + y[yo] * y[yo];
            return;
        }
        double s = 0.0;
        for (int j = 1; j <= k; j++) {
            s += j * (x[xo + k - j] * y[yo + j] - y[yo + k - j] * x[xo + j]);
        }
        double t = 0.0;
        for (int j = 1; j < k; j++) {
            t += j * c[co + j] * r[ro + k - j];
        }
        c[co + k] = (s - t) / (k * r[ro]);
        r[ro + k] = squareCoefficient(x, xo, k) + squareCoefficient(y, yo, k);
    }

    /** {@link #atan2} on whole arrays (offsets 0). */
    public static void atan2(double[] y, double[] x, double[] c, double[] r, int k) {
        atan2(y, 0, x, 0, c, 0, r, 0, k);
    }

    // ------------------------------------------------------------------ scalar inverse hyperbolics

    /** asinh x = sign(x)·log1p(|x| + x²/(1 + √(1 + x²))), accurate near 0; ln 2|x| for huge |x|. */
    public static double scalarAsinh(double x) {
        double ax = Math.abs(x);
        double r = ax > 1e150
                ? Math.log(ax) + LN2
                : Math.log1p(ax + ax * ax / (1.0 + Math.sqrt(1.0 + ax * ax)));
        return Math.copySign(r, x);
    }

    /** acosh x = log1p(u + √(u(u + 2))) with u = x − 1 (accurate near 1); ln 2x for huge x. */
    public static double scalarAcosh(double x) {
        if (x > 1e150) {
            return Math.log(x) + LN2;
        }
        double u = x - 1.0;
        return Math.log1p(u + Math.sqrt(u * (u + 2.0)));
    }

    /** atanh x = sign(x)·½·log1p(2|x|/(1 − |x|)). */
    public static double scalarAtanh(double x) {
        double ax = Math.abs(x);
        return Math.copySign(0.5 * Math.log1p(2.0 * ax / (1.0 - ax)), x);
    }
}
