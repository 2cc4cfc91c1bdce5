package org.taylorkit.interval.apfloat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Predicate;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.Apint;
import org.apfloat.ApintMath;

/**
 * Directed rounding of exact Apfloat numbers to a number of significant decimal digits: the one
 * place where rigor of the Apfloat intervals is won or lost.
 *
 * <p>Apfloat documents that "the rounding mode for apfloat calculations is undefined", so no
 * Apfloat operation is trusted to round in a direction. The rules used here:
 * <ul>
 *   <li>Every value handled is <em>exact</em>: radix 10 with {@link Apfloat#INFINITE} precision.
 *       For such operands {@code add}, {@code subtract} and {@code multiply} return the exact
 *       result (Apfloat computes infinite-precision operands exactly).</li>
 *   <li>An exact value is rounded to {@code p} digits with
 *       {@link ApfloatMath#roundToPrecision(Apfloat, long, RoundingMode)} in mode {@code FLOOR} or
 *       {@code CEILING} (the 1.14 name; {@code ApfloatMath.round(x, p, mode)} is its deprecated
 *       alias), then made exact again with {@code precision(INFINITE)} — legitimate because the
 *       rounded result has at most {@code p} stored digits. The result is checked against the
 *       input by an exact comparison ({@code r ≤ x} for a lower bound); a violation throws.
 *       {@code Apfloat.precision(p)} is never used to round: it truncates the reported precision
 *       but keeps hidden digits.</li>
 *   <li>Quotients, square and cube roots are approximated by Apfloat at {@code p + 10} digits,
 *       rounded, and then <em>verified exactly</em> ({@code q·b ≤ a}, {@code s² ≤ a}, {@code c³ ≤ a})
 *       and stepped by one unit in the last place until the check holds; a last step moves inward
 *       while the check still holds, so exact results stay exact ({@code 6/3 = 2}).</li>
 * </ul>
 *
 * <p>All methods are static, pure and thread-safe. Precisions are numbers of significant decimal
 * digits, {@code 1 ≤ p < INFINITE}.
 */
public final class ApfloatDirected {

    static final long INFINITE = Apfloat.INFINITE;
    static final int RADIX = 10;
    static final Apfloat ZERO = new Apfloat(0, INFINITE, RADIX);
    static final Apfloat ONE = new Apfloat(1, INFINITE, RADIX);
    static final Apfloat TWO = new Apfloat(2, INFINITE, RADIX);

    /** Extra digits for the approximate quotient/root before rounding and verification. */
    private static final long APPROX_GUARD = 10;
    /** Outward/inward unit steps tried before recomputing the approximation with more digits. */
    private static final int MAX_STEPS = 4;

    private ApfloatDirected() {}

    // ---------------------------------------------------------------- exact values

    /** The exact integer {@code v}. */
    public static Apfloat of(long v) {
        return new Apfloat(v, INFINITE, RADIX);
    }

    /** The exact integer {@code v} as an Apint. */
    static Apint integer(long v) {
        return new Apint(v, RADIX);
    }

    /** The exact value of a finite double (every double is a finite decimal). */
    static Apfloat ofDouble(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("not a finite double: " + d);
        }
        if (d == 0.0) {
            return ZERO;
        }
        return new Apfloat(new BigDecimal(d), INFINITE);
    }

    /** The exact value of a decimal literal ({@code BigDecimal} syntax, e.g. {@code "-1.5e-3"}). */
    static Apfloat parseDecimal(String s) {
        BigDecimal b;
        try {
            b = new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new NumberFormatException("not a decimal number: \"" + s + "\"");
        }
        return b.signum() == 0 ? ZERO : new Apfloat(b, INFINITE);
    }

    /**
     * The exact value of the digits an Apfloat stores: {@code x.precision(INFINITE)}. Callers use it
     * on their own rounded values (no hidden digits) or on approximations that are verified later.
     */
    static Apfloat exact(Apfloat x) {
        if (x.radix() != RADIX) {
            throw new IllegalArgumentException("Apfloat intervals use radix 10, got radix " + x.radix());
        }
        return x.precision() == INFINITE ? x : x.precision(INFINITE);
    }

    /** {@code 2^n} for {@code n ≥ 0}, exact (an integer power of an Apint is exact). */
    static Apfloat pow2(long n) {
        return ApintMath.pow(integer(2), n);
    }

    /** {@code 10^e}, exact. */
    static Apfloat pow10(long e) {
        return ApfloatMath.scale(ONE, e);
    }

    /** {@code x·2^-s}, exact: {@code x·5^s·10^-s}. */
    static Apfloat halve(Apfloat x, long s) {
        if (s == 0 || x.signum() == 0) {
            return x;
        }
        return ApfloatMath.scale(x.multiply(ApintMath.pow(integer(5), s)), -s);
    }

    // ---------------------------------------------------------------- rounding

    /** The largest number with at most {@code p} significant digits that is {@code ≤ x} (x exact). */
    static Apfloat down(Apfloat x, long p) {
        return round(x, p, RoundingMode.FLOOR);
    }

    /** The smallest number with at most {@code p} significant digits that is {@code ≥ x} (x exact). */
    static Apfloat up(Apfloat x, long p) {
        return round(x, p, RoundingMode.CEILING);
    }

    /** {@code x} rounded to nearest (ties to even) at {@code p} digits; not a bound. */
    static Apfloat nearest(Apfloat x, long p) {
        return round(x, p, RoundingMode.HALF_EVEN);
    }

    /** Directed rounding of an exact {@code x}; FLOOR/CEILING results are checked exactly. */
    static Apfloat round(Apfloat x, long p, RoundingMode mode) {
        if (p < 1 || p == INFINITE) {
            throw new IllegalArgumentException("precision must be a positive number of digits, got " + p);
        }
        if (x.precision() != INFINITE) {
            throw new IllegalArgumentException("internal: directed rounding needs an exact value, got precision "
                    + x.precision());
        }
        if (x.signum() == 0) {
            return ZERO;
        }
        if (x.size() <= p) {
            return x;
        }
        Apfloat r = exact(ApfloatMath.roundToPrecision(x, p, mode));
        if ((mode == RoundingMode.FLOOR && r.compareTo(x) > 0)
                || (mode == RoundingMode.CEILING && r.compareTo(x) < 0)) {
            throw new IllegalStateException(
                    "ApfloatMath.roundToPrecision(" + x + ", " + p + ", " + mode + ") returned " + r
                            + ", on the wrong side");
        }
        return r;
    }

    /** The smallest {@code p}-digit number strictly above {@code x} (x exact, nonzero). */
    static Apfloat nextUp(Apfloat x, long p) {
        requireNonzero(x, "nextUp");
        return up(x.add(pow10(x.scale() - p - 1)), p);
    }

    /** The largest {@code p}-digit number strictly below {@code x} (x exact, nonzero). */
    static Apfloat nextDown(Apfloat x, long p) {
        requireNonzero(x, "nextDown");
        return down(x.subtract(pow10(x.scale() - p - 1)), p);
    }

    private static void requireNonzero(Apfloat x, String what) {
        if (x.signum() == 0) {
            throw new IllegalArgumentException(what + ": zero has no neighbour at a fixed number of digits");
        }
    }

    // ---------------------------------------------------------------- + − ×

    /** Lower bound of {@code a + b} at {@code p} digits. */
    static Apfloat addDown(Apfloat a, Apfloat b, long p) {
        return down(exactSumFor(a, b, p), p);
    }

    /** Upper bound of {@code a + b} at {@code p} digits. */
    static Apfloat addUp(Apfloat a, Apfloat b, long p) {
        return up(exactSumFor(a, b, p), p);
    }

    static Apfloat subDown(Apfloat a, Apfloat b, long p) {
        return addDown(a, b.negate(), p);
    }

    static Apfloat subUp(Apfloat a, Apfloat b, long p) {
        return addUp(a, b.negate(), p);
    }

    static Apfloat mulDown(Apfloat a, Apfloat b, long p) {
        return down(a.multiply(b), p);
    }

    static Apfloat mulUp(Apfloat a, Apfloat b, long p) {
        return up(a.multiply(b), p);
    }

    /**
     * A number whose directed roundings to {@code p} digits equal those of {@code a + b}: the exact
     * sum, except when one term is far below the other's last digit (an exact sum of {@code 10^1000}
     * and {@code 1} would need a thousand digits). Then the small term {@code b} is replaced by
     * {@code b' = sign(b)·G/10} with {@code G = 10^(scale(a) − max(size(a), p) − 1)}: {@code a} and every
     * {@code p}-digit number within a factor 10 of {@code a} are multiples of {@code G}, so the open
     * gaps {@code (a, a + G)} and {@code (a − G, a)} hold no {@code p}-digit number, and both
     * {@code a + b} and {@code a + b'} (|b|, |b'| &lt; G, same sign) fall in the same gap: they have the
     * same floor and ceiling.
     */
    private static Apfloat exactSumFor(Apfloat a, Apfloat b, long p) {
        if (a.signum() == 0) {
            return b;
        }
        if (b.signum() == 0) {
            return a;
        }
        if (a.scale() < b.scale()) {
            Apfloat t = a;
            a = b;
            b = t;
        }
        long g = a.scale() - Math.max(a.size(), p) - 1;
        if (b.scale() <= g - 1) {
            Apfloat tiny = pow10(g - 1);
            return a.add(b.signum() > 0 ? tiny : tiny.negate());
        }
        return a.add(b);
    }

    // ---------------------------------------------------------------- ÷ √ ∛ (verified)

    /** Lower bound of {@code a/b} at {@code p} digits ({@code b ≠ 0}), verified exactly. */
    static Apfloat divDown(Apfloat a, Apfloat b, long p) {
        return quotient(a, b, p, false);
    }

    /** Upper bound of {@code a/b} at {@code p} digits ({@code b ≠ 0}), verified exactly. */
    static Apfloat divUp(Apfloat a, Apfloat b, long p) {
        return quotient(a, b, p, true);
    }

    private static Apfloat quotient(Apfloat a, Apfloat b, long p, boolean upper) {
        if (b.signum() == 0) {
            throw new ArithmeticException("division by zero: " + a + " / 0");
        }
        if (a.signum() == 0) {
            return ZERO;
        }
        Apfloat aa = ApfloatMath.abs(a);
        Apfloat bb = ApfloatMath.abs(b);
        boolean negative = a.signum() != b.signum();
        // a/b = −(|a|/|b|) when the signs differ: a lower bound of a/b is minus an upper bound of |a|/|b|.
        boolean upperOfPositive = negative != upper;
        Predicate<Apfloat> valid = upperOfPositive
                ? q -> q.multiply(bb).compareTo(aa) >= 0      // q ≥ |a|/|b|  ⇔  q·|b| ≥ |a|
                : q -> q.multiply(bb).compareTo(aa) <= 0;     // q ≤ |a|/|b|  ⇔  q·|b| ≤ |a|
        Apfloat q = settle(p, upperOfPositive, valid,
                extra -> aa.precision(p + extra).divide(bb.precision(p + extra)), "quotient " + a + " / " + b);
        return negative ? q.negate() : q;
    }

    /** Lower bound of {@code √a} at {@code p} digits ({@code a ≥ 0}), verified by {@code s² ≤ a}. */
    static Apfloat sqrtDown(Apfloat a, long p) {
        return root(a, p, false, 2);
    }

    /** Upper bound of {@code √a} at {@code p} digits ({@code a ≥ 0}), verified by {@code s² ≥ a}. */
    static Apfloat sqrtUp(Apfloat a, long p) {
        return root(a, p, true, 2);
    }

    /** Lower bound of {@code ∛a} at {@code p} digits (any sign), verified by {@code c³ ≤ a}. */
    static Apfloat cbrtDown(Apfloat a, long p) {
        return a.signum() < 0 ? root(a.negate(), p, true, 3).negate() : root(a, p, false, 3);
    }

    /** Upper bound of {@code ∛a} at {@code p} digits (any sign), verified by {@code c³ ≥ a}. */
    static Apfloat cbrtUp(Apfloat a, long p) {
        return a.signum() < 0 ? root(a.negate(), p, false, 3).negate() : root(a, p, true, 3);
    }

    private static Apfloat root(Apfloat a, long p, boolean upper, int n) {
        if (a.signum() < 0) {
            throw new ArithmeticException("square root of negative number " + a);
        }
        if (a.signum() == 0) {
            return ZERO;
        }
        Predicate<Apfloat> valid = upper
                ? s -> power(s, n).compareTo(a) >= 0
                : s -> power(s, n).compareTo(a) <= 0;
        return settle(p, upper, valid,
                extra -> n == 2 ? ApfloatMath.sqrt(a.precision(p + extra)) : ApfloatMath.cbrt(a.precision(p + extra)),
                (n == 2 ? "sqrt(" : "cbrt(") + a + ")");
    }

    private static Apfloat power(Apfloat s, int n) {
        Apfloat s2 = s.multiply(s);
        return n == 2 ? s2 : s2.multiply(s);
    }

    /** An approximation at {@code p + extra} digits of a positive quantity. */
    private interface Approximation {
        Apfloat at(long extra);
    }

    /**
     * The tightest {@code p}-digit bound of a positive quantity for which {@code valid} holds, found
     * from an untrusted approximation: round it in the wanted direction, step outward one unit at a
     * time until {@code valid} holds, then inward while it still holds. If a few steps do not
     * suffice, the approximation is recomputed with more digits. {@code valid} is an exact test, so
     * the result is a bound whatever the approximation was.
     */
    private static Apfloat settle(long p, boolean upper, Predicate<Apfloat> valid, Approximation approx,
                                  String what) {
        for (long extra = APPROX_GUARD; extra <= 16 * APPROX_GUARD * 4; extra *= 4) {
            Apfloat guess = exact(approx.at(extra));
            if (guess.signum() <= 0) {
                continue;
            }
            Apfloat c = upper ? up(guess, p) : down(guess, p);
            int steps = 0;
            while (!valid.test(c) && steps < MAX_STEPS) {
                c = upper ? nextUp(c, p) : nextDown(c, p);
                steps++;
            }
            if (!valid.test(c)) {
                continue;
            }
            for (int i = 0; i < MAX_STEPS; i++) {
                Apfloat inward = upper ? nextDown(c, p) : nextUp(c, p);
                if (inward.signum() <= 0 || !valid.test(inward)) {
                    break;
                }
                c = inward;
            }
            return c;
        }
        throw new IllegalStateException("could not verify a " + (upper ? "upper" : "lower") + " bound of "
                + what + " at " + p + " digits: Apfloat's approximation was repeatedly off");
    }

    // ---------------------------------------------------------------- doubles

    /** The largest double {@code ≤ x} (−∞ if none). */
    static double toDoubleDown(Apfloat x) {
        return toDouble(x, false);
    }

    /** The smallest double {@code ≥ x} (+∞ if none). */
    static double toDoubleUp(Apfloat x) {
        return toDouble(x, true);
    }

    private static double toDouble(Apfloat x, boolean upper) {
        if (x.signum() == 0) {
            return 0.0;
        }
        double d = x.doubleValue();
        if (Double.isNaN(d)) {
            d = x.signum() > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
        }
        d = Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, d));
        // step outward until d is on the right side (exact comparison), then inward while it stays there
        for (int i = 0; i < 64 && !onSide(d, x, upper); i++) {
            d = upper ? Math.nextUp(d) : Math.nextDown(d);
            if (Double.isInfinite(d)) {
                return d;
            }
        }
        if (!onSide(d, x, upper)) {
            // doubleValue() was far off: fall back to a crude but safe bound
            return upper ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < 4; i++) {
            double inward = upper ? Math.nextDown(d) : Math.nextUp(d);
            if (Double.isInfinite(inward) || !onSide(inward, x, upper)) {
                break;
            }
            d = inward;
        }
        return d;
    }

    private static boolean onSide(double d, Apfloat x, boolean upper) {
        if (Double.isInfinite(d)) {
            return upper == (d > 0);
        }
        int c = ofDouble(d).compareTo(x);
        return upper ? c >= 0 : c <= 0;
    }

    /** The double nearest to {@code x} (not a bound): the closer of the two directed conversions. */
    static double toDoubleNearest(Apfloat x) {
        double lo = toDoubleDown(x);
        double hi = toDoubleUp(x);
        if (lo == hi || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            return Double.isInfinite(lo) ? hi : lo;
        }
        int c = x.subtract(ofDouble(lo)).compareTo(ofDouble(hi).subtract(x));
        return c <= 0 ? lo : hi;
    }
}
