package org.taylorkit.core;

import org.taylorkit.core.function.Functions;
import java.math.BigInteger;
import java.util.Arrays;
import org.taylorkit.core.kernels.GenericKernels;
import org.taylorkit.core.multi.SeriesDomain;

/**
 * The algebraic operations of {@link FieldTaylor1} (ring operations, division, integer and real
 * powers, roots, absolute value), including the leading-zero ({@code t^m} factor) rules of the
 * Taylor1 contract. The recurrences themselves are in {@link GenericKernels}.
 */
final class FieldAlgebra {

    /** Integer powers up to this use binary powering; larger ones the power recurrence. */
    private static final long BINARY_POWER_LIMIT = 64;

    private FieldAlgebra() {
    }

    static <T> FieldTaylor1<T> add(FieldTaylor1<T> a, FieldTaylor1<T> b) {
        Arithmetic<T> ar = a.arithmetic();
        int n = Math.min(a.order(), b.order());
        T[] x = a.raw();
        T[] y = b.raw();
        T[] c = ar.newArray(n + 1);
        for (int k = 0; k <= n; k++) {
            GenericKernels.add(ar, x, y, c, k);
        }
        return new FieldTaylor1<>(ar, c);
    }

    static <T> FieldTaylor1<T> subtract(FieldTaylor1<T> a, FieldTaylor1<T> b) {
        Arithmetic<T> ar = a.arithmetic();
        int n = Math.min(a.order(), b.order());
        T[] x = a.raw();
        T[] y = b.raw();
        T[] c = ar.newArray(n + 1);
        for (int k = 0; k <= n; k++) {
            GenericKernels.sub(ar, x, y, c, k);
        }
        return new FieldTaylor1<>(ar, c);
    }

    /** {@code a + s}: only {@code c_0} changes. */
    static <T> FieldTaylor1<T> addScalar(FieldTaylor1<T> a, T s) {
        Arithmetic<T> ar = a.arithmetic();
        T[] r = a.raw().clone();
        r[0] = ar.add(r[0], s);
        return new FieldTaylor1<>(ar, r);
    }

    /** {@code a − s}: only {@code c_0} changes. */
    static <T> FieldTaylor1<T> subtractScalar(FieldTaylor1<T> a, T s) {
        Arithmetic<T> ar = a.arithmetic();
        T[] r = a.raw().clone();
        r[0] = ar.subtract(r[0], s);
        return new FieldTaylor1<>(ar, r);
    }

    /** {@code −a}, coefficient-wise. */
    static <T> FieldTaylor1<T> negate(FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        T[] x = a.raw();
        T[] r = ar.newArray(x.length);
        for (int k = 0; k < x.length; k++) {
            r[k] = ar.negate(x[k]);
        }
        return new FieldTaylor1<>(ar, r);
    }

    static <T> FieldTaylor1<T> multiply(FieldTaylor1<T> a, FieldTaylor1<T> b) {
        Arithmetic<T> ar = a.arithmetic();
        return new FieldTaylor1<>(ar, mul(ar, a.raw(), b.raw(), Math.min(a.order(), b.order())));
    }

    static <T> FieldTaylor1<T> scale(FieldTaylor1<T> a, T s) {
        Arithmetic<T> ar = a.arithmetic();
        T[] x = a.raw();
        T[] c = ar.newArray(x.length);
        for (int k = 0; k < x.length; k++) {
            GenericKernels.scale(ar, x, s, c, k);
        }
        return new FieldTaylor1<>(ar, c);
    }

    static <T> FieldTaylor1<T> square(FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        return new FieldTaylor1<>(ar, sqr(ar, a.raw(), a.order()));
    }

    static <T> FieldTaylor1<T> divideScalar(FieldTaylor1<T> a, T s) {
        Arithmetic<T> ar = a.arithmetic();
        if (ar.isZero(s)) {
            throw new SingularExpansionException("division", "0 (a zero scalar divisor)", "division by zero");
        }
        T[] x = a.raw();
        T[] c = ar.newArray(x.length);
        for (int k = 0; k < x.length; k++) {
            c[k] = ar.divide(x[k], s);
        }
        return new FieldTaylor1<>(ar, c);
    }

    static <T> FieldTaylor1<T> divide(FieldTaylor1<T> a, FieldTaylor1<T> b) {
        Arithmetic<T> ar = a.arithmetic();
        int n = Math.min(a.order(), b.order());
        int m = leadingIndex(b);
        if (m < 0) {
            throw new SingularExpansionException("division",
                    "0 (the divisor is identically zero to order " + b.order() + ")", "division by zero");
        }
        String divisor = FieldSeriesText.leadingTerm(b.raw()[m], m) + " of the divisor";
        if (m > 0) {
            int p = leadingIndex(a);
            if (p >= 0 && p < m) {
                throw new SingularExpansionException("division", divisor,
                        "the quotient has a pole of order " + (m - p));
            }
            if (n - m < 0) {
                throw new SingularExpansionException("division", divisor, "the quotient is not determined:"
                        + " cancelling t^" + m + " from series of order " + n + " leaves no coefficient");
            }
        }
        int order = n - m;
        T[] x = Arrays.copyOfRange(a.raw(), m, m + order + 1);
        T[] y = Arrays.copyOfRange(b.raw(), m, m + order + 1);
        T[] c = ar.newArray(order + 1);
        for (int k = 0; k <= order; k++) {
            GenericKernels.div(ar, x, y, c, k);
        }
        return new FieldTaylor1<>(ar, c);
    }

    static <T> FieldTaylor1<T> pow(FieldTaylor1<T> a, int n) {
        return powLong(a, n);
    }

    static <T> FieldTaylor1<T> pow(FieldTaylor1<T> a, double r) {
        if (!Double.isFinite(r)) {
            throw new IllegalArgumentException("pow: the exponent " + r + " is not finite");
        }
        if (r == Math.rint(r) && Math.abs(r) <= 0x1p53) {
            return powLong(a, (long) r);
        }
        return powReal(a, a.arithmetic().fromDouble(r));
    }

    static <T> FieldTaylor1<T> pow(FieldTaylor1<T> a, T r) {
        Arithmetic<T> ar = a.arithmetic();
        Long n = integerValue(ar, r);
        return n != null ? powLong(a, n) : powReal(a, r);
    }

    /** {@code r} as a {@code long} if it is exactly an integer of magnitude ≤ 2^53, else null. */
    static <T> Long integerValue(Arithmetic<T> ar, T r) {
        double d = ar.toDouble(r);
        if (!Double.isFinite(d) || d != Math.rint(d) || Math.abs(d) > 0x1p53) {
            return null;
        }
        return ar.isZero(ar.subtract(r, ar.fromDouble(d))) ? (long) d : null;
    }

    private static <T> FieldTaylor1<T> powLong(FieldTaylor1<T> a, long e) {
        Arithmetic<T> ar = a.arithmetic();
        int n = a.order();
        if (e == 0) {
            return FieldTaylor1.constant(ar, ar.one(), n);
        }
        if (e == 1) {
            return a;
        }
        T[] x = a.raw();
        if (ar.isZero(x[0])) {
            int m = leadingIndex(a);
            if (e < 0) {
                throw m < 0
                        ? new SingularExpansionException("pow", "0", "0 to the negative power " + e + " is infinite")
                        : new SingularExpansionException("pow", FieldSeriesText.leadingTerm(x[m], m),
                                "the negative power " + e + " has a pole of order "
                                        + BigInteger.valueOf(e).negate().multiply(BigInteger.valueOf(m)));
            }
            if (m < 0 || (double) m * e > n) {
                return FieldTaylor1.zero(ar, n);
            }
            return new FieldTaylor1<>(ar, binaryPower(ar, x, e, n));
        }
        if (Math.abs(e) > BINARY_POWER_LIMIT) {
            return new FieldTaylor1<>(ar, powKernel(ar, x, ar.fromDouble(e), n));
        }
        T[] base = x;
        if (e < 0) {
            base = a.reciprocal().raw();
        }
        return new FieldTaylor1<>(ar, binaryPower(ar, base, Math.abs(e), n));
    }

    private static <T> T[] binaryPower(Arithmetic<T> ar, T[] x, long e, int n) {
        return BinaryPowering.power(x, e, (p, q) -> mul(ar, p, q, n), b -> sqr(ar, b, n));
    }

    private static <T> FieldTaylor1<T> powReal(FieldTaylor1<T> a, T r) {
        Arithmetic<T> ar = a.arithmetic();
        int n = a.order();
        T[] x = a.raw();
        int m = leadingIndex(a);
        if (m < 0) {
            SeriesDomain.zeroToPower(ar, r);
            return FieldTaylor1.zero(ar, n);
        }
        if (m == 0) {
            if (ar.signum(x[0]) < 0) {
                throw new SingularExpansionException("pow", FieldSeriesText.number(x[0]),
                        "no real series: a negative base to the non-integer power " + FieldSeriesText.number(r));
            }
            return new FieldTaylor1<>(ar, powKernel(ar, x, r, n));
        }
        String lead = FieldSeriesText.leadingTerm(x[m], m);
        Long mr = integerValue(ar, ar.multiply(r, m));
        if (mr == null) {
            throw new SingularExpansionException("pow", lead, "t^" + m + " to the power "
                    + FieldSeriesText.number(r) + " is not an integer power of t: a branch point");
        }
        if (mr < 0) {
            throw new SingularExpansionException("pow", lead, "the power " + FieldSeriesText.number(r)
                    + " has a pole of order " + (-mr));
        }
        if (ar.signum(x[m]) < 0) {
            throw new SingularExpansionException("pow", lead,
                    "no real series: a negative leading coefficient to the non-integer power " + FieldSeriesText.number(r));
        }
        int order = (int) Math.min(n, n - m + mr);
        T[] tail = Arrays.copyOfRange(x, m, n + 1);
        int shift = (int) Math.min(mr, n + 1L);
        T[] c = FieldSeriesConstruction.zeros(ar, order);
        if (order - shift >= 0) {
            T[] p = powKernel(ar, tail, r, order - shift);
            System.arraycopy(p, 0, c, shift, p.length);
        }
        return new FieldTaylor1<>(ar, c);
    }

    private static <T> T[] powKernel(Arithmetic<T> ar, T[] x, T r, int n) {
        T[] c = ar.newArray(n + 1);
        for (int k = 0; k <= n; k++) {
            GenericKernels.pow(ar, x, r, c, k);
        }
        return c;
    }

    static <T> FieldTaylor1<T> sqrt(FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        int n = a.order();
        T[] x = a.raw();
        int m = leadingIndex(a);
        if (m < 0) {
            return a;
        }
        if ((m & 1) != 0) {
            throw new SingularExpansionException("sqrt", FieldSeriesText.point(a),
                    "odd leading power t^" + m + ": the square root has a branch point there");
        }
        if (ar.signum(x[m]) < 0) {
            throw new SingularExpansionException("sqrt", FieldSeriesText.point(a),
                    "no real series: the square root of a negative number");
        }
        T[] tail = Arrays.copyOfRange(x, m, n + 1);
        T[] root = FieldFunctions.run(ar, Functions.SQRT, tail);
        return new FieldTaylor1<>(ar, shifted(ar, root, m / 2));
    }

    static <T> FieldTaylor1<T> cbrt(FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        int n = a.order();
        T[] x = a.raw();
        int m = leadingIndex(a);
        if (m < 0) {
            return a;
        }
        if (m % 3 != 0) {
            throw new SingularExpansionException("cbrt", FieldSeriesText.point(a),
                    "leading power t^" + m + " not divisible by 3: the cube root has a branch point there");
        }
        T[] tail = Arrays.copyOfRange(x, m, n + 1);
        T[] root = FieldFunctions.run(ar, Functions.CBRT, tail);
        return new FieldTaylor1<>(ar, shifted(ar, root, m / 3));
    }

    static <T> FieldTaylor1<T> abs(FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        int m = leadingIndex(a);
        if (m < 0) {
            return a;
        }
        if ((m & 1) != 0) {
            throw new SingularExpansionException("abs", FieldSeriesText.point(a),
                    "|t^" + m + "| with an odd power has a corner there");
        }
        if (ar.signum(a.raw()[m]) > 0) {
            return a;
        }
        T[] x = a.raw();
        T[] c = ar.newArray(x.length);
        for (int k = 0; k < x.length; k++) {
            c[k] = k < m ? x[k] : ar.negate(x[k]); // keep the leading zeros as they are (no −0.0)
        }
        return new FieldTaylor1<>(ar, c);
    }

    /** The index of the first coefficient that is not exactly zero, or −1 if all are zero. */
    static <T> int leadingIndex(FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        T[] x = a.raw();
        for (int k = 0; k < x.length; k++) {
            if (!ar.isZero(x[k])) {
                return k;
            }
        }
        return -1;
    }

    /** {@code t^s·p}: zeros, then {@code p}; order {@code s + p.length − 1}. */
    private static <T> T[] shifted(Arithmetic<T> ar, T[] p, int s) {
        if (s == 0) {
            return p;
        }
        T[] c = FieldSeriesConstruction.zeros(ar, s + p.length - 1);
        System.arraycopy(p, 0, c, s, p.length);
        return c;
    }

    static <T> T[] mul(Arithmetic<T> ar, T[] x, T[] y, int n) {
        T[] c = ar.newArray(n + 1);
        for (int k = 0; k <= n; k++) {
            GenericKernels.mul(ar, x, y, c, k);
        }
        return c;
    }

    static <T> T[] sqr(Arithmetic<T> ar, T[] x, int n) {
        T[] c = ar.newArray(n + 1);
        for (int k = 0; k <= n; k++) {
            GenericKernels.sqr(ar, x, c, k);
        }
        return c;
    }
}
