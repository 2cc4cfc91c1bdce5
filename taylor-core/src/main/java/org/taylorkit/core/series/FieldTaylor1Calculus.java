package org.taylorkit.core.series;

import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.SingularExpansionException;

import java.util.Arrays;
import org.taylorkit.core.kernels.GenericKernels;

/**
 * Calculus on {@link FieldTaylor1}: evaluation and composition (Horner), differentiation,
 * integration, derivatives with exact integer factorials, and series reversion.
 */
final class FieldTaylor1Calculus {

    private FieldTaylor1Calculus() {
    }

    static <T> T evaluate(FieldTaylor1<T> f, T t) {
        Arithmetic<T> ar = f.arithmetic();
        T[] c = f.raw();
        T s = c[c.length - 1];
        for (int k = c.length - 2; k >= 0; k--) {
            s = ar.add(ar.multiply(s, t), c[k]);
        }
        return s;
    }

    /** Horner over series: {@code (…(c_n s + c_{n−1}) s + …) s + c_0}, order {@code min(n, s.order)}. */
    static <T> FieldTaylor1<T> evaluate(FieldTaylor1<T> f, FieldTaylor1<T> s) {
        Arithmetic<T> ar = f.arithmetic();
        T[] c = f.raw();
        int m = Math.min(f.order(), s.order());
        T[] x = s.raw();
        T[] acc = FieldTaylor1Construction.zeros(ar, m);
        acc[0] = c[c.length - 1];
        for (int k = c.length - 2; k >= 0; k--) {
            T[] next = FieldTaylor1Ring.mul(ar, acc, x, m);
            next[0] = ar.add(next[0], c[k]);
            acc = next;
        }
        return new FieldTaylor1<>(ar, acc);
    }

    static <T> FieldTaylor1<T> differentiate(FieldTaylor1<T> f) {
        Arithmetic<T> ar = f.arithmetic();
        T[] c = f.raw();
        if (c.length == 1) {
            return FieldTaylor1.zero(ar, 0);
        }
        T[] d = ar.newArray(c.length - 1);
        for (int k = 0; k < d.length; k++) {
            d[k] = ar.multiply(c[k + 1], k + 1);
        }
        return new FieldTaylor1<>(ar, d);
    }

    static <T> FieldTaylor1<T> integrate(FieldTaylor1<T> f, T c0) {
        Arithmetic<T> ar = f.arithmetic();
        T[] c = f.raw();
        if (c.length == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("integrate: the order " + f.order() + " cannot grow");
        }
        T[] r = ar.newArray(c.length + 1);
        r[0] = c0;
        for (int k = 0; k < c.length; k++) {
            r[k + 1] = ar.divide(c[k], k + 1);
        }
        return new FieldTaylor1<>(ar, r);
    }

    /** {@code k!·c_k}, the factorial applied as exact {@code int} factors grouped while they fit. */
    static <T> T derivative(FieldTaylor1<T> f, int k) {
        Arithmetic<T> ar = f.arithmetic();
        T x = f.coefficient(k);
        long group = 1;
        for (int i = 2; i <= k; i++) {
            if (group * i > Integer.MAX_VALUE) {
                x = ar.multiply(x, (int) group);
                group = 1;
            }
            group *= i;
        }
        return group > 1 ? ar.multiply(x, (int) group) : x;
    }

    static <T> T[] derivatives(FieldTaylor1<T> f) {
        T[] d = f.arithmetic().newArray(f.order() + 1);
        for (int k = 0; k < d.length; k++) {
            d[k] = derivative(f, k);
        }
        return d;
    }

    /**
     * Lagrange inversion. With {@code F(t) = f − c_0 = t·(c_1 + c_2 t + …)} and
     * {@code h = t/F = 1/(c_1 + c_2 t + … + c_n t^{n−1})}, the inverse {@code g} of {@code F} has
     * {@code g_k = (1/k) [t^{k−1}] h^k} (Lagrange–Bürmann; Knuth TAOCP vol. 2, §4.7; Henrici, Applied
     * and Computational Complex Analysis vol. 1, §1.9). The powers {@code h^k} are built by successive
     * truncated products: {@code n} products of order {@code n − 1}, {@code O(n³)}.
     */
    static <T> FieldTaylor1<T> revert(FieldTaylor1<T> f) {
        Arithmetic<T> ar = f.arithmetic();
        int n = f.order();
        if (n == 0) {
            return FieldTaylor1.zero(ar, 0);
        }
        T[] c = f.raw();
        if (ar.isZero(c[1])) {
            throw new SingularExpansionException("revert", "a critical point: c_1 = 0",
                    "f′(x0) = 0, so the inverse function has a branch point there");
        }
        T[] one = FieldTaylor1Construction.zeros(ar, n - 1);
        one[0] = ar.one();
        T[] tail = Arrays.copyOfRange(c, 1, n + 1);
        T[] h = ar.newArray(n);
        for (int k = 0; k < n; k++) {
            GenericKernels.div(ar, one, tail, h, k);
        }
        T[] g = FieldTaylor1Construction.zeros(ar, n);
        T[] power = h;
        g[1] = h[0];
        for (int k = 2; k <= n; k++) {
            power = FieldTaylor1Ring.mul(ar, power, h, n - 1);
            g[k] = ar.divide(power[k - 1], k);
        }
        return new FieldTaylor1<>(ar, g);
    }
}
