package org.taylorkit.core.multi;

import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.SingularExpansionException;

/**
 * Where a multivariate series has no expansion (the elementary functions' own rules are in their
 * catalogue definitions, {@code ElementaryFunction#checkSeries}): the checks on the constant term {@code a0} that the
 * multivariate series ({@code TaylorN}, {@code FieldTaylorN}) make for division and powers, written
 * once over any {@link Arithmetic} (comparisons through {@link Arithmetic#signum}). Each throws a
 * {@link SingularExpansionException} naming the function, the point (the constant term) and the reason,
 * in the words {@code Taylor1} uses.
 *
 * <p>A vanishing constant term cannot be factored out of a series in several variables (the terms of
 * lowest degree form a polynomial, not a monomial), so division by, and √, ∛, non-integer powers and
 * |·| of, a series with constant term 0 are singular here unless the series is identically zero (the
 * callers handle that case before checking).
 */
public final class SeriesDomain {

    private SeriesDomain() {
    }

    private static <T> String point(Arithmetic<T> ar, T a0) {
        return ar.isZero(a0) ? "0" : String.valueOf(a0);
    }

    /** Division by (or the reciprocal of) a series with constant term {@code b0}. */
    public static <T> void divisor(Arithmetic<T> ar, T b0, String function) {
        if (ar.isZero(b0)) {
            throw new SingularExpansionException(function, "0 (the constant term of the divisor)",
                    "the quotient has a pole: a series in several variables with constant term 0 has no inverse");
        }
    }

    /** {@code a^r} for a non-integer {@code r} (series not identically zero, or {@code r < 0}). */
    public static <T> void powReal(Arithmetic<T> ar, T a0, boolean negativeExponent) {
        int s = ar.signum(a0);
        if (s < 0) {
            throw new SingularExpansionException("pow", point(ar, a0),
                    "a non-integer power of a negative number has no real series");
        }
        if (s == 0) {
            throw new SingularExpansionException("pow", "0", negativeExponent ? "a negative power of 0"
                    : "a branch point: a non-integer power is not differentiable at 0");
        }
    }

    /**
     * The zero series to the constant power {@code r}: allowed (the result is zero) only when
     * {@code r > 0} for certain; an interval exponent containing 0 or negative values is refused,
     * because 0^r is infinite or undefined for some of its members.
     */
    public static <T> void zeroToPower(Arithmetic<T> ar, T r) {
        int s;
        try {
            s = ar.signum(r);
        } catch (ArithmeticException undetermined) {
            throw new SingularExpansionException("pow", "0", "the exponent " + r
                    + " is not certainly positive, and 0 to a power ≤ 0 is infinite or undefined");
        }
        if (s <= 0) {
            throw new SingularExpansionException("pow", "0", "0 to the power " + r + " ≤ 0 is infinite or undefined");
        }
    }

    /** {@code a^b = exp(b·log a)} for a series {@code b}. */
    public static <T> void powSeries(Arithmetic<T> ar, T a0) {
        if (ar.signum(a0) <= 0) {
            throw new SingularExpansionException("pow", point(ar, a0),
                    "a^b = exp(b·log a) needs a positive base");
        }
    }

    /** A negative integer power. */
    public static <T> void powNegative(Arithmetic<T> ar, T a0) {
        if (ar.isZero(a0)) {
            throw new SingularExpansionException("pow", "0", "a negative power of 0: a pole");
        }
    }

    /** atan2(y, x). */
    public static <T> void atan2(Arithmetic<T> ar, T y0, T x0) {
        if (ar.isZero(y0) && ar.isZero(x0)) {
            throw new SingularExpansionException("atan2", "the origin (x, y) = (0, 0)", "the angle is undefined there");
        }
    }
}
