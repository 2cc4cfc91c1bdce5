package org.taylorkit.core.multi;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.Arithmetic;

/**
 * Runs a coefficient-k recurrence kernel ({@code org.taylorkit.core.kernels.GenericKernels}) for
 * {@code k = 0..n} over arrays of coefficients of any type {@code P}; the multivariate series use it with
 * {@code P} = a homogeneous part (see {@link HomogeneousArithmetic} for why that computes multivariate
 * series). Catalogue functions run through {@link #apply} (the function's own generic kernel);
 * the arithmetic kernels are passed as method references, e.g. {@code KernelRunner.binary(h, a, b,
 * GenericKernels::div)}, so every formula stays in one place.
 */
public final class KernelRunner {

    private KernelRunner() {
    }

    /** A kernel {@code (ar, a, c, k)}: coefficient k of {@code c = f(a)}. */
    @FunctionalInterface
    public interface Unary<P> {
        /** Computes {@code c[k]}. */
        void step(Arithmetic<P> ar, P[] a, P[] c, int k);
    }

    /** A kernel {@code (ar, a, b, c, k)}: coefficient k of {@code c = f(a, b)}. */
    @FunctionalInterface
    public interface Binary<P> {
        /** Computes {@code c[k]}. */
        void step(Arithmetic<P> ar, P[] a, P[] b, P[] c, int k);
    }

    /** A kernel {@code (ar, a, b, c, r, k)} with one auxiliary series (atan2). */
    @FunctionalInterface
    public interface BinaryAux<P> {
        /** Computes {@code c[k]} and {@code r[k]}. */
        void step(Arithmetic<P> ar, P[] a, P[] b, P[] c, P[] r, int k);
    }

    /** {@code c = f(a)} for coefficients {@code 0..a.length−1}. */
    public static <P> P[] unary(Arithmetic<P> ar, P[] a, Unary<P> kernel) {
        P[] c = ar.newArray(a.length);
        for (int k = 0; k < a.length; k++) {
            kernel.step(ar, a, c, k);
        }
        return c;
    }

    /**
     * {@code c = f(a)} for coefficients {@code 0..a.length−1} by the catalogue function's generic
     * kernel (auxiliary series allocated here).
     */
    @SuppressWarnings("unchecked")
    public static <P> P[] apply(Arithmetic<P> ar, P[] a, ElementaryFunction f) {
        int m = a.length;
        P[] c = ar.newArray(m);
        P[][] w = (P[][]) java.lang.reflect.Array.newInstance(c.getClass(), f.auxiliaries());
        for (int i = 0; i < w.length; i++) {
            w[i] = ar.newArray(m);
        }
        for (int k = 0; k < m; k++) {
            f.kernel(ar, a, c, w, k);
        }
        return c;
    }

    /** {@code c = f(a, b)} (equal lengths). */
    public static <P> P[] binary(Arithmetic<P> ar, P[] a, P[] b, Binary<P> kernel) {
        P[] c = ar.newArray(a.length);
        for (int k = 0; k < a.length; k++) {
            kernel.step(ar, a, b, c, k);
        }
        return c;
    }

    /** {@code c = f(a, b)} with an auxiliary series; returns {@code c}. */
    public static <P> P[] binaryAux(Arithmetic<P> ar, P[] a, P[] b, BinaryAux<P> kernel) {
        P[] c = ar.newArray(a.length);
        P[] r = ar.newArray(a.length);
        for (int k = 0; k < a.length; k++) {
            kernel.step(ar, a, b, c, r, k);
        }
        return c;
    }
}
