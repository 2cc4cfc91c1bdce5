package org.taylorkit.core.kernels;

import org.taylorkit.core.Arithmetic;

/**
 * Coefficient-k recurrence kernels over a generic coefficient type {@code T}: the algebraic family
 * (+, −, ×, ÷, square, square root, cube root, real power). The transcendental family is in
 * {@link GenericElementaryKernels}; the primitive {@code double} twins are in {@code DoubleKernels}.
 *
 * <p><b>Contract of every kernel.</b> A kernel computes coefficient {@code k} of its output series
 * (k = 0 included for the ring operations and {@code pow}; the elementary-function kernels, {@code sqrt}
 * and {@code cbrt} compute k ≥ 1 only, because coefficient 0 is the function's own value, set by its
 * catalogue definition, {@code org.taylorkit.core.ElementaryFunction}): it reads {@code a[0..k]} (and
 * {@code b[0..k]}), {@code c[0..k−1]} and the {@code [0..k−1]} entries of any auxiliary array, and
 * writes {@code c[k]} (and the auxiliaries' {@code [k]}). It writes nothing else, so one call per
 * order builds a series incrementally, as an ODE integrator needs. Preconditions (e.g. {@code a[0] ≠ 0})
 * are the caller's: the series classes check domains and leading zeros first and throw
 * {@link org.taylorkit.core.SingularExpansionException}; the kernels do not re-check.
 *
 * <p><b>Exactness of integer factors.</b> The integer factors {@code j}, {@code k − j} and the
 * divisions by {@code k} of the recurrences go through {@link Arithmetic#multiply(Object, int)} and
 * {@link Arithmetic#divide(Object, int)}, never through a {@code double} reciprocal, so a
 * high-precision or rigorous {@code T} loses nothing to them.
 *
 * <p><b>Accuracy.</b> Each coefficient is a sum of {@code O(k)} products, each rounded in {@code T};
 * errors grow at most linearly with the order for well-scaled series. Nothing is rigorous unless
 * {@code T} itself is (intervals). Cost: {@code O(k)} operations of {@code T} per call, so
 * {@code O(n²)} for a series of order {@code n}.
 *
 * <p>Formulas: Tucker, <i>Validated Numerics</i> (2011), ch. 4; Griewank &amp; Walther,
 * <i>Evaluating Derivatives</i> (2008), ch. 13; {@code docs/theory/recurrences.md}. Stateless and
 * thread-safe (callers must not share output arrays between threads).
 */
public final class GenericKernels {

    private GenericKernels() {
    }

    /** {@code c = a + b}: {@code c_k = a_k + b_k}. */
    public static <T> void add(Arithmetic<T> ar, T[] a, T[] b, T[] c, int k) {
        c[k] = ar.add(a[k], b[k]);
    }

    /** {@code c = a − b}: {@code c_k = a_k − b_k}. */
    public static <T> void sub(Arithmetic<T> ar, T[] a, T[] b, T[] c, int k) {
        c[k] = ar.subtract(a[k], b[k]);
    }

    /** {@code c = −a}: {@code c_k = −a_k}. */
    public static <T> void neg(Arithmetic<T> ar, T[] a, T[] c, int k) {
        c[k] = ar.negate(a[k]);
    }

    /** {@code c = s·a} for a scalar {@code s}: {@code c_k = s·a_k}. */
    public static <T> void scale(Arithmetic<T> ar, T[] a, T s, T[] c, int k) {
        c[k] = ar.multiply(s, a[k]);
    }

    /** {@code c = a + s} for a scalar {@code s}: {@code c_0 = a_0 + s}, {@code c_k = a_k} for k ≥ 1. */
    public static <T> void addScalar(Arithmetic<T> ar, T[] a, T s, T[] c, int k) {
        c[k] = k == 0 ? ar.add(a[0], s) : a[k];
    }

    /** {@code c = a·b} (Cauchy product): {@code c_k = Σ_{j=0..k} a_j b_{k−j}}. */
    public static <T> void mul(Arithmetic<T> ar, T[] a, T[] b, T[] c, int k) {
        T s = ar.multiply(a[0], b[k]);
        for (int j = 1; j <= k; j++) {
            s = ar.add(s, ar.multiply(a[j], b[k - j]));
        }
        c[k] = s;
    }

    /**
     * {@code c = a/b}, precondition {@code b_0 ≠ 0}: {@code c_0 = a_0/b_0},
     * {@code c_k = (a_k − Σ_{j=0..k−1} c_j b_{k−j}) / b_0} (from {@code b·c = a}).
     */
    public static <T> void div(Arithmetic<T> ar, T[] a, T[] b, T[] c, int k) {
        T s = a[k];
        for (int j = 0; j < k; j++) {
            s = ar.subtract(s, ar.multiply(c[j], b[k - j]));
        }
        c[k] = ar.divide(s, b[0]);
    }

    /**
     * {@code c = a²} with half the products of {@link #mul}:
     * {@code c_k = 2 Σ_{0≤j<k/2} a_j a_{k−j} + [k even] a_{k/2}²}.
     */
    public static <T> void sqr(Arithmetic<T> ar, T[] a, T[] c, int k) {
        c[k] = squareTerm(ar, a, k);
    }

    /**
     * {@code c = √a}, precondition {@code a_0 > 0}: {@code c_0 = √a_0},
     * {@code c_k = (a_k − 2 Σ_{1≤j<k/2} c_j c_{k−j} − [k even] c_{k/2}²) / (2 c_0)} (from
     * {@code c² = a}).
     */
    public static <T> void sqrt(Arithmetic<T> ar, T[] a, T[] c, int k) {
        c[k] = sqrtTerm(ar, a[k], c, k);
    }

    /**
     * {@code c = ∛a} (real cube root), precondition {@code a_0 ≠ 0}: {@code c_0 = ∛a_0} and, the power
     * recurrence below with {@code r = 1/3} multiplied through by 3 so that every factor is an integer,
     * {@code c_k = Σ_{j=0..k−1} (k − 4j) a_{k−j} c_j / (3 k a_0)}.
     */
    public static <T> void cbrt(Arithmetic<T> ar, T[] a, T[] c, int k) {
        T s = ar.multiply(ar.multiply(a[k], c[0]), k);
        for (int j = 1; j < k; j++) {
            s = ar.add(s, ar.multiply(ar.multiply(a[k - j], c[j]), k - 4 * j));
        }
        c[k] = ar.divide(ar.divide(s, 3 * k), a[0]);
    }

    /**
     * {@code c = a^r}, precondition {@code a_0 > 0} (or {@code a_0 ≠ 0} when {@code r} is an integer):
     * {@code c_0 = a_0^r}, {@code c_k = (1/(k a_0)) Σ_{j=0..k−1} (r(k−j) − j) a_{k−j} c_j} (from
     * {@code a·c' = r·a'·c}).
     */
    public static <T> void pow(Arithmetic<T> ar, T[] a, T r, T[] c, int k) {
        if (k == 0) {
            c[0] = ar.pow(a[0], r);
            return;
        }
        // Σ (r(k−j) − j) a_{k−j} c_j = r·Σ (k−j) p_j − Σ j p_j with p_j = a_{k−j} c_j: the exponent r
        // enters once, and the integer weights stay exact (no conversion of j to T per term).
        T weighted = null;
        T plain = null;
        for (int j = 0; j < k; j++) {
            T p = ar.multiply(a[k - j], c[j]);
            T w = ar.multiply(p, k - j);
            weighted = weighted == null ? w : ar.add(weighted, w);
            if (j > 0) {
                T v = ar.multiply(p, j);
                plain = plain == null ? v : ar.add(plain, v);
            }
        }
        T s = ar.multiply(r, weighted);
        if (plain != null) {
            s = ar.subtract(s, plain);
        }
        c[k] = ar.divide(ar.divide(s, k), a[0]);
    }

    /** Coefficient k of {@code a²}: {@code 2 Σ_{0≤j<k/2} a_j a_{k−j} + [k even] a_{k/2}²}. */
    public static <T> T squareTerm(Arithmetic<T> ar, T[] a, int k) {
        T s = null;
        for (int j = 0; j < k - j; j++) {
            T term = ar.multiply(a[j], a[k - j]);
            s = s == null ? term : ar.add(s, term);
        }
        if (s != null) {
            s = ar.multiply(s, 2);
        }
        if ((k & 1) == 0) {
            T mid = ar.multiply(a[k / 2], a[k / 2]);
            s = s == null ? mid : ar.add(s, mid);
        }
        return s;
    }

    /**
     * Coefficient {@code k ≥ 1} of {@code r = √u} given {@code u_k} and {@code r[0..k−1]}:
     * {@code r_k = (u_k − 2 Σ_{1≤j<k/2} r_j r_{k−j} − [k even] r_{k/2}²) / (2 r_0)}.
     */
    public static <T> T sqrtTerm(Arithmetic<T> ar, T uk, T[] r, int k) {
        T s = null;
        for (int j = 1; j < k - j; j++) {
            T term = ar.multiply(r[j], r[k - j]);
            s = s == null ? term : ar.add(s, term);
        }
        if (s != null) {
            s = ar.multiply(s, 2);
        }
        if ((k & 1) == 0) {
            T mid = ar.multiply(r[k / 2], r[k / 2]);
            s = s == null ? mid : ar.add(s, mid);
        }
        T num = s == null ? uk : ar.subtract(uk, s);
        return ar.divide(num, ar.multiply(r[0], 2));
    }
}
