package org.taylorkit.interval.tm;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.interval.function.RigorousFunction;
import org.taylorkit.interval.function.RigorousFunctions;
import org.taylorkit.core.expr.UnaryOp;
import org.taylorkit.interval.Interval;

/**
 * Where the elementary operations are <em>smooth</em>: for an interval argument {@code X}, whether
 * the operation is real-analytic on an open set containing all of {@code X}. Every derivative-based
 * enclosure (mean-value form, Taylor form, Taylor model) needs this of every operation of an
 * expression, because it rests on Taylor's theorem, which needs derivatives at every point between
 * the expansion point and the argument. Each method returns {@code null} when the operation is smooth
 * on {@code X}, or a one-line reason ("log: the argument [−1, 2] is not inside (0, +∞)") when it may
 * not be.
 *
 * <p><b>The rules</b> (all sufficient conditions, checked on rigorous enclosures, so a {@code null}
 * answer is a proof): the argument must be non-empty and bounded; {@code + − ×}, {@code exp},
 * {@code expm1}, {@code sin}, {@code cos}, {@code atan}, {@code sinh}, {@code cosh}, {@code tanh},
 * {@code asinh}, {@code erf} and non-negative integer powers are entire functions; {@code ÷},
 * negative integer powers, {@code cbrt} and {@code abs} need {@code 0 ∉ X}; {@code sqrt},
 * {@code log} and non-integer powers need {@code inf X > 0}; {@code log1p} needs
 * {@code inf X > −1}; {@code asin}, {@code acos}, {@code atanh} need {@code X ⊂ (−1, 1)};
 * {@code acosh} needs {@code inf X > 1}; {@code tan} needs {@code 0 ∉ cos(X)} (checked with the
 * rigorous interval cosine); {@code atan2(y, x)} is analytic off the closed negative x-axis, so it
 * needs {@code inf x > 0} or {@code 0 ∉ y}. Stateless and thread-safe.
 */
public final class Smoothness {

    private Smoothness() {
    }

    /**
     * Whether {@code op} is analytic on a neighbourhood of {@code x}.
     *
     * @return {@code null} if it is, otherwise the reason it may not be
     */
    public static String unary(UnaryOp op, Interval x) {
        return op.function().map(f -> unary(f, x)).orElseGet(() -> basic("neg", x));
    }

    /**
     * Whether the catalogue function {@code f} is analytic on a neighbourhood of {@code x}: the rule
     * is the function's own ({@link RigorousFunction#notAnalyticOn}).
     *
     * @return {@code null} if it is, otherwise the reason it may not be
     */
    public static String unary(ElementaryFunction f, Interval x) {
        String basic = basic(f.name(), x);
        return basic != null ? basic : RigorousFunctions.of(f).notAnalyticOn(x);
    }

    /** Whether {@code 1/x} is analytic on a neighbourhood of {@code x} (that is, {@code 0 ∉ x}). */
    public static String division(Interval divisor) {
        String basic = basic("division", divisor);
        if (basic != null) {
            return basic;
        }
        return divisor.contains(0.0) ? "division: the divisor " + divisor + " contains 0" : null;
    }

    /** Whether {@code x^n} is analytic near {@code x}: always for {@code n ≥ 0}, else {@code 0 ∉ x}. */
    public static String power(Interval base, int n) {
        String basic = basic("pow", base);
        if (basic != null) {
            return basic;
        }
        return n < 0 && base.contains(0.0)
                ? "pow: the base " + base + " of the negative power " + n + " contains 0" : null;
    }

    /**
     * Whether {@code x^y} for every {@code y} in {@code exponent} is analytic near {@code x}: a point
     * integer exponent is {@link #power(Interval, int)}, otherwise the base must be positive.
     */
    public static String power(Interval base, Interval exponent) {
        String basic = basic("pow", base);
        if (basic == null) {
            basic = basic("pow", exponent);
        }
        if (basic != null) {
            return basic;
        }
        Integer n = integerPoint(exponent);
        if (n != null) {
            return power(base, n);
        }
        return base.inf() > 0 ? null : RigorousFunctions.outside("pow", base, "(0, +∞) (a non-integer power needs a positive base)");
    }

    /** Whether {@code atan2(y, x)} is analytic near the box {@code y × x}: {@code inf x > 0} or {@code 0 ∉ y}. */
    public static String atan2(Interval y, Interval x) {
        String basic = basic("atan2", y);
        if (basic == null) {
            basic = basic("atan2", x);
        }
        if (basic != null) {
            return basic;
        }
        return x.inf() > 0 || !y.contains(0.0) ? null
                : "atan2: the box y ∈ " + y + ", x ∈ " + x + " meets the branch cut (y = 0, x ≤ 0)";
    }

    /** The exponent as an {@code int} if it is a point interval holding an integer, else null. */
    static Integer integerPoint(Interval e) {
        if (!e.isPoint()) {
            return null;
        }
        double v = e.inf();
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE - 1) {
            return null;
        }
        return (int) v;
    }

    private static String basic(String name, Interval x) {
        if (x.isEmpty()) {
            return name + ": the argument is empty (undefined on the whole box)";
        }
        if (!x.isBounded()) {
            return name + ": the argument " + x + " is unbounded";
        }
        return null;
    }
}
