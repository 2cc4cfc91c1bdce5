package org.taylorkit.core.kernels;

import org.taylorkit.core.Arithmetic;

/**
 * Coefficient-k recurrence kernels over a generic coefficient type {@code T}: inverse trigonometric
 * and hyperbolic functions, {@code atan2} and {@code erf}. Same contract as {@link GenericKernels}.
 *
 * <p>Each of these functions has an algebraic (or, for erf, exponential) derivative:
 * {@code c' = a'/r} with an auxiliary series {@code r} that the kernel computes alongside
 * ({@code r = √(1−a²)} for asin/acos, {@code 1+a²} for atan, {@code √(a²+1)} for asinh,
 * {@code √(a²−1)} for acosh, {@code 1−a²} for atanh, {@code x²+y²} for atan2), or
 * {@code c' = a'·e} with {@code e = (2/√π)e^{−a²}} for erf. Writing {@code r·c' = a'} coefficient by
 * coefficient gives {@code c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0} (Tucker 2011, §4.2;
 * Griewank &amp; Walther 2008, §13.2). The auxiliary's own coefficient {@code k} is computed after
 * {@code c_k}, from {@code (a²)_k} formed on the fly (and the square-root recurrence where {@code r}
 * is a root). Stateless and thread-safe.
 *
 * <p>Every kernel here computes coefficients k ≥ 1; coefficient 0 (the function's value and the
 * auxiliaries' first coefficients) is set by the function's catalogue definition, which is where the
 * scalar function lives ({@code org.taylorkit.core.function}).
 */
public final class GenericInverseKernels {

    private GenericInverseKernels() {
    }

    /**
     * {@code c = asin a} with auxiliary {@code r = √(1 − a²)}; precondition {@code |a_0| < 1}:
     * {@code c_0 = asin a_0}, {@code r_0 = √((1 − a_0)(1 + a_0))},
     * {@code c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0}, then {@code r_k} by the square-root
     * recurrence of {@code 1 − a²}.
     */
    public static <T> void asin(Arithmetic<T> ar, T[] a, T[] c, T[] r, int k) {
        c[k] = ar.divide(ar.subtract(a[k], scaledSum(ar, c, r, k)), r[0]);
        r[k] = GenericKernels.sqrtTerm(ar, ar.negate(GenericKernels.squareTerm(ar, a, k)), r, k);
    }

    /**
     * {@code c = acos a} with auxiliary {@code r = √(1 − a²)}; precondition {@code |a_0| < 1}:
     * {@code c_0 = acos a_0}, {@code c_k = −(a_k + (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0} (from
     * {@code r·c' = −a'}), {@code r} as in {@link #asin}.
     */
    public static <T> void acos(Arithmetic<T> ar, T[] a, T[] c, T[] r, int k) {
        c[k] = ar.negate(ar.divide(ar.add(a[k], scaledSum(ar, c, r, k)), r[0]));
        r[k] = GenericKernels.sqrtTerm(ar, ar.negate(GenericKernels.squareTerm(ar, a, k)), r, k);
    }

    /**
     * {@code c = atan a} with auxiliary {@code r = 1 + a²}: {@code c_0 = atan a_0},
     * {@code r_0 = 1 + a_0²}, {@code c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0},
     * {@code r_k = (a²)_k}.
     */
    public static <T> void atan(Arithmetic<T> ar, T[] a, T[] c, T[] r, int k) {
        c[k] = ar.divide(ar.subtract(a[k], scaledSum(ar, c, r, k)), r[0]);
        r[k] = GenericKernels.squareTerm(ar, a, k);
    }

    /**
     * {@code c = acot a} (continuous branch {@code π/2 − atan a}) with auxiliary {@code r = 1 + a²}:
     * {@code c_k = −(a_k + (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0} (from {@code r·c' = −a'}),
     * {@code r_k = (a²)_k}; {@code c_0}, {@code r_0} are the caller's.
     */
    public static <T> void acot(Arithmetic<T> ar, T[] a, T[] c, T[] r, int k) {
        c[k] = ar.negate(ar.divide(ar.add(a[k], scaledSum(ar, c, r, k)), r[0]));
        r[k] = GenericKernels.squareTerm(ar, a, k);
    }

    /**
     * {@code c = asinh a} with auxiliary {@code r = √(a² + 1)}: {@code c_0 = asinh a_0},
     * {@code r_0 = √(a_0² + 1)}, {@code c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0}, then
     * {@code r_k} by the square-root recurrence of {@code a² + 1}.
     */
    public static <T> void asinh(Arithmetic<T> ar, T[] a, T[] c, T[] r, int k) {
        c[k] = ar.divide(ar.subtract(a[k], scaledSum(ar, c, r, k)), r[0]);
        r[k] = GenericKernels.sqrtTerm(ar, GenericKernels.squareTerm(ar, a, k), r, k);
    }

    /**
     * {@code c = acosh a} with auxiliary {@code r = √(a² − 1)}; precondition {@code a_0 > 1}:
     * {@code c_0 = acosh a_0}, {@code r_0 = √((a_0 − 1)(a_0 + 1))},
     * {@code c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0}, then {@code r_k} by the
     * square-root recurrence of {@code a² − 1}.
     */
    public static <T> void acosh(Arithmetic<T> ar, T[] a, T[] c, T[] r, int k) {
        c[k] = ar.divide(ar.subtract(a[k], scaledSum(ar, c, r, k)), r[0]);
        r[k] = GenericKernels.sqrtTerm(ar, GenericKernels.squareTerm(ar, a, k), r, k);
    }

    /**
     * {@code c = atanh a} with auxiliary {@code r = 1 − a²}; precondition {@code |a_0| < 1}:
     * {@code c_0 = atanh a_0}, {@code r_0 = (1 − a_0)(1 + a_0)},
     * {@code c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0}
     * {@code = (a_k + (1/k) Σ j c_j (a²)_{k−j}) / r_0}, {@code r_k = −(a²)_k}.
     */
    public static <T> void atanh(Arithmetic<T> ar, T[] a, T[] c, T[] r, int k) {
        c[k] = ar.divide(ar.subtract(a[k], scaledSum(ar, c, r, k)), r[0]);
        r[k] = ar.negate(GenericKernels.squareTerm(ar, a, k));
    }

    /**
     * {@code c = erf a} with auxiliaries {@code e = (2/√π)·e^{−a²}} and {@code q = a²}:
     * {@code c_0 = erf a_0}, {@code q_0 = a_0²}, {@code e_0 = 2 e^{−q_0} / √π}; for k ≥ 1
     * {@code q_k = (a²)_k}, {@code c_k = (1/k) Σ_{j=1..k} j a_j e_{k−j}} (from {@code c' = a'·e}) and
     * {@code e_k = −(1/k) Σ_{j=1..k} j q_j e_{k−j}} (from {@code e' = −q'·e}). The constant
     * {@code 2/√π} enters only through {@code e_0}, computed in {@code T} from {@link Arithmetic#pi()}.
     */
    public static <T> void erf(Arithmetic<T> ar, T[] a, T[] c, T[] e, T[] q, int k) {
        q[k] = GenericKernels.squareTerm(ar, a, k);
        c[k] = ar.divide(GenericElementaryKernels.weightedSum(ar, a, e, k), k);
        e[k] = ar.negate(ar.divide(GenericElementaryKernels.weightedSum(ar, q, e, k), k));
    }

    /**
     * {@code c = atan2(y, x)} with auxiliary {@code r = x² + y²}; precondition {@code r_0 ≠ 0}:
     * {@code c_0 = atan2(y_0, x_0)}, {@code r_0 = x_0² + y_0²}, and from
     * {@code r·c' = x·y' − y·x'}:
     * {@code c_k = (Σ_{j=0..k−1} (k−j)(x_j y_{k−j} − y_j x_{k−j}) − Σ_{j=1..k−1} (k−j) r_j c_{k−j}) / (k r_0)},
     * then {@code r_k = (x²)_k + (y²)_k}.
     */
    public static <T> void atan2(Arithmetic<T> ar, T[] y, T[] x, T[] c, T[] r, int k) {
        if (k == 0) {
            c[0] = ar.atan2(y[0], x[0]);
            r[0] = ar.add(ar.multiply(x[0], x[0]), ar.multiply(y[0], y[0]));
            return;
        }
        T s = ar.multiply(ar.subtract(ar.multiply(x[0], y[k]), ar.multiply(y[0], x[k])), k);
        for (int j = 1; j < k; j++) {
            T cross = ar.subtract(ar.multiply(x[j], y[k - j]), ar.multiply(y[j], x[k - j]));
            T feedback = ar.multiply(r[j], c[k - j]);
            s = ar.add(s, ar.multiply(ar.subtract(cross, feedback), k - j));
        }
        c[k] = ar.divide(ar.divide(s, k), r[0]);
        r[k] = ar.add(GenericKernels.squareTerm(ar, x, k), GenericKernels.squareTerm(ar, y, k));
    }

    /** {@code (1/k) Σ_{j=1..k−1} j c_j r_{k−j}} for k ≥ 1 (zero for k = 1). */
    private static <T> T scaledSum(Arithmetic<T> ar, T[] c, T[] r, int k) {
        if (k == 1) {
            return ar.zero();
        }
        T s = ar.multiply(c[1], r[k - 1]);
        for (int j = 2; j < k; j++) {
            s = ar.add(s, ar.multiply(ar.multiply(c[j], r[k - j]), j));
        }
        return ar.divide(s, k);
    }

    /** {@code 1 + a²}: the auxiliary's coefficient 0 for atan and acot. */
    public static <T> T onePlusSquare(Arithmetic<T> ar, T a) {
        return ar.add(ar.one(), ar.multiply(a, a));
    }

    /** {@code (1 − a)(1 + a)}: {@code 1 − a²} without cancellation near {@code |a| = 1}. */
    public static <T> T oneMinusSquare(Arithmetic<T> ar, T a) {
        return ar.multiply(ar.subtract(ar.one(), a), ar.add(ar.one(), a));
    }
}
