package org.taylorkit.core.series;

import org.taylorkit.core.SingularExpansionException;
import org.taylorkit.core.BinaryPowering;

import java.util.Arrays;
import org.taylorkit.core.kernels.DoubleKernels;

/**
 * The operations of {@link Taylor1} that must look at leading zeros (a factor t^m of an argument):
 * division, reciprocal, integer and real powers, roots and the absolute value, plus the wording of
 * their {@link SingularExpansionException}s. Double-specific; package-private.
 *
 * <p>The rule (as in TaylorSeries.jl): write a = t^m·ã with a_0..a_{m−1} exactly 0 and ã_0 = a_m ≠ 0.
 * A function of a exists as a Taylor series when the power of t it produces is a non-negative
 * integer; then it is computed on ã (order n − m) and shifted back. Only the coefficients that the
 * input determines are returned, hence the lower orders.
 */
final class Taylor1LeadingZeros {

    private Taylor1LeadingZeros() {
    }

    // ------------------------------------------------------------------ leading zeros and wording

    /** The index of the first coefficient of a[0..n] that is not exactly 0 (NaN counts as non-zero); n + 1 if none. */
    static int leadingZeros(double[] a, int n) {
        int m = 0;
        while (m <= n && a[m] == 0.0) {
            m++;
        }
        return m;
    }

    /**
     * The point for an exception message: the constant term if it is non-zero, else the leading
     * term "leading term c·t^m", else "0 (identically, to order n)".
     */
    static String point(double[] a, int n) {
        if (a[0] != 0.0) {
            return format(a[0]);
        }
        int m = leadingZeros(a, n);
        return m > n ? "0 (identically, to order " + n + ")" : leadingTerm(a, m);
    }

    /** "leading term c·t^m". */
    static String leadingTerm(double[] a, int m) {
        return "leading term " + format(a[m]) + "·t^" + m;
    }

    /** A number as written in messages: integers without ".0" (1, −2), others by {@link Double#toString}. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    // ------------------------------------------------------------------ division

    /** a/b with cancellation of a common factor t^m (see {@link Taylor1#divide(Taylor1)}). */
    static Taylor1 divide(Taylor1 ta, Taylor1 tb) {
        double[] a = ta.raw();
        double[] b = tb.raw();
        int n = Math.min(ta.order(), tb.order());
        int m = leadingZeros(b, n);
        if (m > n) {
            throw new SingularExpansionException("division",
                    "the divisor 0 (identically, to order " + n + ")", "division by zero");
        }
        if (m > 0) {
            int p = leadingZeros(a, n);
            if (p < m) {
                throw new SingularExpansionException("division", leadingTerm(b, m) + " of the divisor",
                        "the quotient has a pole of order " + (m - p));
            }
            a = Arrays.copyOfRange(a, m, n + 1);
            b = Arrays.copyOfRange(b, m, n + 1);
            n -= m;
        }
        double[] r = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            DoubleKernels.div(a, b, r, k);
        }
        return Taylor1.wrap(r);
    }

    /** 1/a for a_0 ≠ 0. */
    static Taylor1 reciprocal(Taylor1 ta) {
        double[] a = ta.raw();
        int n = ta.order();
        if (a[0] == 0.0) {
            int m = leadingZeros(a, n);
            throw new SingularExpansionException("reciprocal", point(a, n),
                    m > n ? "division by zero" : "1/a has a pole of order " + m);
        }
        double[] one = new double[n + 1];
        one[0] = 1.0;
        double[] r = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            DoubleKernels.div(one, a, r, k);
        }
        return Taylor1.wrap(r);
    }

    // ------------------------------------------------------------------ powers

    /** a^n for an integer n (see {@link Taylor1#pow(int)}). */
    static Taylor1 powInt(Taylor1 ta, int e) {
        double[] a = ta.raw();
        int n = ta.order();
        if (e >= 0) {
            return e == 0 ? Taylor1.constant(1.0, n) : BinaryPowering.power(ta, e, Taylor1::multiply, Taylor1::square);
        }
        if (a[0] == 0.0) {
            int m = leadingZeros(a, n);
            throw new SingularExpansionException("pow", point(a, n), m > n
                    ? "a negative power of 0"
                    : "a^" + e + " has a pole of order " + ((long) m * -(long) e));
        }
        return kernelPower(a, n, e);
    }

    /** a^r for a real r (see {@link Taylor1#pow(double)}). */
    static Taylor1 powReal(Taylor1 ta, double r) {
        if (!Double.isFinite(r)) {
            throw new IllegalArgumentException("pow: the exponent must be finite, got " + r);
        }
        if (r == Math.rint(r) && Math.abs(r) <= Integer.MAX_VALUE) {
            return powInt(ta, (int) r);
        }
        return root(ta, Root.POWER, r);
    }

    /** a^b = exp(b·log a), or a^{b_0} for a constant exponent (see {@link Taylor1#pow(Taylor1)}). */
    static Taylor1 powSeries(Taylor1 ta, Taylor1 tb) {
        int n = Math.min(ta.order(), tb.order());
        double[] a = ta.raw();
        double[] b = tb.raw();
        if (isConstant(b, n)) {
            return powReal(ta.truncate(n), b[0]);
        }
        if (a[0] <= 0.0) {
            throw new SingularExpansionException("pow", point(a, n), a[0] == 0.0
                    ? "a^b = exp(b·log a) with a non-constant exponent b, and log a → −∞ there"
                    : "a negative base with a non-constant exponent has no real series");
        }
        return SeriesPowerConstant.apply(tb.truncate(n).multiply(ta.truncate(n).log()).exp(), Math.pow(a[0], b[0]));
    }

    /** Whether b_1..b_n are all exactly 0. */
    private static boolean isConstant(double[] b, int n) {
        for (int k = 1; k <= n; k++) {
            if (b[k] != 0.0) {
                return false;
            }
        }
        return true;
    }

    /** √a (see {@link Taylor1#sqrt()}). */
    static Taylor1 sqrt(Taylor1 ta) {
        return root(ta, Root.SQRT, 0.5);
    }

    /** ∛a (see {@link Taylor1#cbrt()}). */
    static Taylor1 cbrt(Taylor1 ta) {
        return root(ta, Root.CBRT, 1.0 / 3.0);
    }

    private enum Root {
        SQRT("sqrt"), CBRT("cbrt"), POWER("pow");

        final String function;

        Root(String function) {
            this.function = function;
        }
    }

    /**
     * a^r for √, ∛ or a non-integer real r: on a_0 ≠ 0 directly; on t^m·ã as t^{m·r}·ã^r when m·r
     * is a non-negative integer (for √ and ∛ tested exactly on m), order min(n, n − m + m·r).
     */
    private static Taylor1 root(Taylor1 ta, Root kind, double r) {
        double[] a = ta.raw();
        int n = ta.order();
        String f = kind.function;
        // Real powers of negative numbers exist for ∛ and for integer-valued r beyond the int range.
        boolean realForNegative = kind == Root.CBRT || (kind == Root.POWER && r == Math.rint(r));
        if (a[0] != 0.0) {
            if (a[0] < 0.0 && !realForNegative) {
                throw new SingularExpansionException(f, format(a[0]), negativeReason(kind, r));
            }
            return Taylor1.wrap(rootKernel(a, n, kind, r));
        }
        int m = leadingZeros(a, n);
        if (m > n) {
            if (r < 0.0) {
                throw new SingularExpansionException(f, point(a, n), "a negative power of 0");
            }
            return Taylor1.zero(n);
        }
        int shift = shiftOrThrow(a, m, kind, r);
        if (a[m] < 0.0 && !realForNegative) {
            throw new SingularExpansionException(f, leadingTerm(a, m),
                    "the leading coefficient is negative: " + negativeReason(kind, r));
        }
        double[] tilde = rootKernel(Arrays.copyOfRange(a, m, n + 1), n - m, kind, r);
        int order = (int) Math.min(n, (long) n - m + shift);
        double[] out = new double[order + 1];
        System.arraycopy(tilde, 0, out, shift, order + 1 - shift);
        return Taylor1.wrap(out);
    }

    /** The power of t produced by (t^m)^r, or the exception when it is not a non-negative integer. */
    private static int shiftOrThrow(double[] a, int m, Root kind, double r) {
        switch (kind) {
            case SQRT:
                if (m % 2 != 0) {
                    throw new SingularExpansionException("sqrt", leadingTerm(a, m),
                            "√(t^" + m + ") with an odd power of t is not analytic: a branch point");
                }
                return m / 2;
            case CBRT:
                if (m % 3 != 0) {
                    throw new SingularExpansionException("cbrt", leadingTerm(a, m),
                            "∛(t^" + m + ") with a power of t not divisible by 3 is not analytic: a branch point");
                }
                return m / 3;
            default:
                double mr = m * r;
                if (mr < 0.0) {
                    throw new SingularExpansionException("pow", leadingTerm(a, m),
                            "(t^" + m + ")^" + r + " = t^" + mr + " is a negative power of t: a singularity");
                }
                if (mr != Math.rint(mr)) {
                    throw new SingularExpansionException("pow", leadingTerm(a, m),
                            "(t^" + m + ")^" + r + " = t^" + mr + " is a non-integer power of t: not analytic");
                }
                return (int) mr;
        }
    }

    private static String negativeReason(Root kind, double r) {
        return kind == Root.SQRT
                ? "the square root of a negative number has no real value"
                : "a negative number to the non-integer power " + r + " has no real value";
    }

    private static double[] rootKernel(double[] a, int n, Root kind, double r) {
        double[] out = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            switch (kind) {
                case SQRT:
                    DoubleKernels.sqrt(a, out, k);
                    break;
                case CBRT:
                    DoubleKernels.cbrt(a, out, k);
                    break;
                default:
                    DoubleKernels.pow(a, r, out, k);
            }
        }
        return out;
    }

    private static Taylor1 kernelPower(double[] a, int n, double r) {
        double[] out = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            DoubleKernels.pow(a, r, out, k);
        }
        return Taylor1.wrap(out);
    }

    // ------------------------------------------------------------------ absolute value

    /** |a| (see {@link Taylor1#abs()}). */
    static Taylor1 abs(Taylor1 ta) {
        double[] a = ta.raw();
        int n = ta.order();
        double a0 = a[0];
        if (a0 > 0.0) {
            return ta;
        }
        if (a0 < 0.0) {
            return ta.negate();
        }
        if (Double.isNaN(a0)) {
            double[] nan = new double[n + 1];
            Arrays.fill(nan, Double.NaN);
            return Taylor1.wrap(nan);
        }
        int m = leadingZeros(a, n);
        if (m > n) {
            return Taylor1.zero(n);
        }
        if (m % 2 != 0) {
            throw new SingularExpansionException("abs", leadingTerm(a, m),
                    "|t^" + m + "| with an odd power of t has a corner: not differentiable");
        }
        return a[m] > 0.0 ? ta : ta.negate();
    }
}
