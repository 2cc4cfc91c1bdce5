package org.taylorkit.core.kernels;

import org.taylorkit.core.Arithmetic;

/**
 * Coefficient-k recurrence kernels over a generic coefficient type {@code T}: exponential,
 * logarithm, trigonometric and hyperbolic functions. Same contract as {@link GenericKernels}
 * (compute {@code c[k]} and the auxiliaries' {@code [k]} from entries {@code 0..k} of the inputs and
 * {@code 0..k−1} of the outputs; preconditions are the caller's; integer factors exact).
 *
 * <p>Every function here satisfies a first-order linear ODE in the series variable, e.g.
 * {@code (e^a)' = a'·e^a}; comparing the coefficients of {@code t^{k−1}} of both sides, with
 * {@code (f')_{k−1} = k f_k}, gives an {@code O(k)} formula for coefficient {@code k} (Tucker 2011,
 * §4.2; Griewank &amp; Walther 2008, §13.2). Stateless and thread-safe.
 *
 * <p>Every kernel here computes coefficients k ≥ 1; coefficient 0 (the function's value and the
 * auxiliaries' first coefficients) is set by the function's catalogue definition, which is where the
 * scalar function lives ({@code org.taylorkit.core.function}).
 */
public final class GenericElementaryKernels {

    private GenericElementaryKernels() {
    }

    /**
     * {@code c = e^a}: {@code c_0 = e^{a_0}}, {@code c_k = (1/k) Σ_{j=0..k−1} (k−j) a_{k−j} c_j}
     * (from {@code c' = a'·c}).
     */
    public static <T> void exp(Arithmetic<T> ar, T[] a, T[] c, int k) {
        T s = ar.multiply(ar.multiply(a[k], c[0]), k);
        for (int j = 1; j < k; j++) {
            s = ar.add(s, ar.multiply(ar.multiply(a[k - j], c[j]), k - j));
        }
        c[k] = ar.divide(s, k);
    }

    /**
     * {@code c = e^a − 1}: {@code c_0 = expm1(a_0)} (no cancellation when {@code a_0} is small) and,
     * since {@code c + 1 = e^a}, the {@link #exp} recurrence with {@code c_0 + 1} in place of
     * {@code c_0}: {@code c_k = (1/k) (k a_k (c_0 + 1) + Σ_{j=1..k−1} (k−j) a_{k−j} c_j)}.
     */
    public static <T> void expm1(Arithmetic<T> ar, T[] a, T[] c, int k) {
        T s = ar.multiply(ar.multiply(a[k], ar.add(c[0], ar.one())), k);
        for (int j = 1; j < k; j++) {
            s = ar.add(s, ar.multiply(ar.multiply(a[k - j], c[j]), k - j));
        }
        c[k] = ar.divide(s, k);
    }

    /**
     * {@code c = ln a}, precondition {@code a_0 > 0}: {@code c_0 = ln a_0},
     * {@code c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j a_{k−j}) / a_0} (from {@code a·c' = a'}).
     */
    public static <T> void log(Arithmetic<T> ar, T[] a, T[] c, int k) {
        c[k] = ar.divide(logNumerator(ar, a, c, k), a[0]);
    }

    /**
     * {@code c = ln(1 + a)}, precondition {@code a_0 > −1}: {@code c_0 = log1p(a_0)},
     * {@code c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j a_{k−j}) / (1 + a_0)} (the {@link #log} recurrence
     * for {@code 1 + a}, whose coefficients k ≥ 1 are those of {@code a}).
     */
    public static <T> void log1p(Arithmetic<T> ar, T[] a, T[] c, int k) {
        c[k] = ar.divide(logNumerator(ar, a, c, k), ar.add(ar.one(), a[0]));
    }

    /**
     * {@code s = sin a} and {@code c = cos a} together: {@code s_0 = sin a_0}, {@code c_0 = cos a_0},
     * {@code s_k = (1/k) Σ_{j=1..k} j a_j c_{k−j}}, {@code c_k = −(1/k) Σ_{j=1..k} j a_j s_{k−j}}
     * (from {@code s' = a'·c}, {@code c' = −a'·s}).
     */
    public static <T> void sinCos(Arithmetic<T> ar, T[] a, T[] s, T[] c, int k) {
        s[k] = ar.divide(weightedSum(ar, a, c, k), k);
        c[k] = ar.negate(ar.divide(weightedSum(ar, a, s, k), k));
    }

    /**
     * {@code s = sinh a} and {@code c = cosh a} together: {@code s_0 = sinh a_0}, {@code c_0 = cosh a_0},
     * {@code s_k = (1/k) Σ_{j=1..k} j a_j c_{k−j}}, {@code c_k = (1/k) Σ_{j=1..k} j a_j s_{k−j}}
     * (from {@code s' = a'·c}, {@code c' = a'·s}).
     */
    public static <T> void sinhCosh(Arithmetic<T> ar, T[] a, T[] s, T[] c, int k) {
        s[k] = ar.divide(weightedSum(ar, a, c, k), k);
        c[k] = ar.divide(weightedSum(ar, a, s, k), k);
    }

    /**
     * {@code c = tan a} with auxiliary {@code p = c²}; precondition {@code cos a_0 ≠ 0}:
     * {@code c_0 = tan a_0}, {@code p_0 = c_0²},
     * {@code c_k = a_k + (1/k) Σ_{j=1..k} j a_j p_{k−j}} (from {@code c' = (1 + p)·a'}), then
     * {@code p_k = (c²)_k}.
     */
    public static <T> void tan(Arithmetic<T> ar, T[] a, T[] c, T[] p, int k) {
        c[k] = ar.add(a[k], ar.divide(weightedSum(ar, a, p, k), k));
        p[k] = GenericKernels.squareTerm(ar, c, k);
    }

    /**
     * {@code c = tanh a} with auxiliary {@code p = c²}: {@code c_0 = tanh a_0}, {@code p_0 = c_0²},
     * {@code c_k = a_k − (1/k) Σ_{j=1..k} j a_j p_{k−j}} (from {@code c' = (1 − p)·a'}), then
     * {@code p_k = (c²)_k}.
     */
    public static <T> void tanh(Arithmetic<T> ar, T[] a, T[] c, T[] p, int k) {
        c[k] = ar.subtract(a[k], ar.divide(weightedSum(ar, a, p, k), k));
        p[k] = GenericKernels.squareTerm(ar, c, k);
    }

    /** {@code Σ_{j=1..k} j a_j g_{k−j}} for k ≥ 1: the coefficient {@code t^{k−1}} of {@code a'·g}. */
    public static <T> T weightedSum(Arithmetic<T> ar, T[] a, T[] g, int k) {
        T s = ar.multiply(a[1], g[k - 1]);
        for (int j = 2; j <= k; j++) {
            s = ar.add(s, ar.multiply(ar.multiply(a[j], g[k - j]), j));
        }
        return s;
    }

    /** {@code a_k − (1/k) Σ_{j=1..k−1} j c_j a_{k−j}} for k ≥ 1. */
    private static <T> T logNumerator(Arithmetic<T> ar, T[] a, T[] c, int k) {
        if (k == 1) {
            return a[1];
        }
        T s = ar.multiply(c[1], a[k - 1]);
        for (int j = 2; j < k; j++) {
            s = ar.add(s, ar.multiply(ar.multiply(c[j], a[k - j]), j));
        }
        return ar.subtract(a[k], ar.divide(s, k));
    }
}
