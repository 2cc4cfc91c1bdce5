package org.taylorkit.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apfloat.Apfloat;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.function.ApfloatIntervalArithmetic;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;
import org.taylorkit.interval.enclosure.Box;

/**
 * Parses the {@code --over} option of {@code taylor enclose}: {@code x=[a,b],y=[c,d]} or a point
 * {@code x=a}. Each bound is a decimal, enclosed tightly and rounded outward ({@code [0.1, 0.2]}
 * becomes the double interval containing both decimals), {@code -inf}/{@code inf}, or a constant
 * expression such as {@code pi/4}, enclosed rigorously in interval arithmetic; the side is then
 * {@code [inf of the lower bound's enclosure, sup of the upper bound's]}. With a number of digits the
 * sides are {@link ApfloatInterval}s: a decimal with at most that many significant digits is exact.
 */
final class EncloseBox {

    private EncloseBox() {
    }

    /**
     * @throws IllegalArgumentException naming the variable and what is wrong with its interval
     */
    static Box parse(String text) {
        return parse(text, 0);
    }

    /**
     * The box, in high precision when {@code digits > 0}.
     *
     * @throws IllegalArgumentException naming the variable and what is wrong with its interval
     */
    static Box parse(String text, int digits) {
        Map<String, String> parts = Assignments.split(text, "--over");
        if (digits > 0) {
            Map<String, ApfloatInterval> sides = new LinkedHashMap<>();
            parts.forEach((name, value) -> sides.put(name, preciseSide(name, value, digits)));
            return Box.ofHighPrecision(sides);
        }
        Map<String, Interval> sides = new LinkedHashMap<>();
        parts.forEach((name, value) -> {
            String[] b = bounds(name, value);
            Interval lo = bound(name, value, b[0], "lower bound");
            Interval hi = bound(name, value, b[1], "upper bound");
            if (lo.inf() > hi.sup()) {
                throw error(name, value, "the lower bound " + b[0] + " exceeds the upper bound " + b[1]);
            }
            sides.put(name, Interval.of(lo.inf(), hi.sup()));
        });
        return Box.of(sides);
    }

    private static ApfloatInterval preciseSide(String name, String value, int digits) {
        String[] b = bounds(name, value);
        ApfloatInterval lo = preciseBound(name, value, b[0], "lower bound", digits);
        ApfloatInterval hi = preciseBound(name, value, b[1], "upper bound", digits);
        if (lo.isBoundedBelow() && hi.isBoundedAbove() && lo.inf().compareTo(hi.sup()) > 0) {
            throw error(name, value, "the lower bound " + b[0] + " exceeds the upper bound " + b[1]);
        }
        if (!lo.isBoundedBelow()) {
            return hi.isBoundedAbove() ? ApfloatInterval.atMost(hi.sup(), digits) : ApfloatInterval.entire(digits);
        }
        Apfloat l = lo.inf();
        return hi.isBoundedAbove() ? ApfloatInterval.of(l, hi.sup(), digits) : ApfloatInterval.atLeast(l, digits);
    }

    private static ApfloatInterval preciseBound(String name, String value, String text, String what, int digits) {
        if (infinity(name, value, text, what) != null) {
            return ApfloatInterval.entire(digits); // −inf as a lower bound, +inf as an upper bound: only that end is used
        }
        try {
            return ApfloatInterval.of(text, digits);
        } catch (NumberFormatException notDecimal) {
            return constant(name, value, text, what, ApfloatIntervalArithmetic.ofDigits(digits), ApfloatInterval::isEmpty);
        }
    }

    /** The lower and upper bound texts of a side. */
    static String[] bounds(String name, String value) {
        String v = value.trim();
        String lo;
        String hi;
        if (v.startsWith("[")) {
            if (!v.endsWith("]")) {
                throw error(name, value, "a missing ']'");
            }
            String inner = v.substring(1, v.length() - 1).trim();
            int comma = topLevelComma(inner);
            if (inner.isEmpty() || inner.equalsIgnoreCase("empty")) {
                throw error(name, value, "an empty interval (every side of the box must contain a point)");
            }
            if (comma < 0) {
                lo = inner;
                hi = inner;
            } else {
                lo = inner.substring(0, comma).trim();
                hi = inner.substring(comma + 1).trim();
                if (topLevelComma(hi) >= 0) {
                    throw error(name, value, "more than two bounds");
                }
            }
        } else {
            lo = v;
            hi = v;
        }
        return new String[] {lo, hi};
    }

    private static Interval bound(String name, String value, String text, String what) {
        Interval infinite = infinity(name, value, text, what);
        if (infinite != null) {
            return infinite;
        }
        try {
            return Interval.fromDecimal(text);
        } catch (NumberFormatException notDecimal) {
            return constant(name, value, text, what, IntervalArithmetic.INSTANCE, Interval::isEmpty);
        }
    }

    /** An infinite bound as {@code [−∞, −MAX]} or {@code [MAX, +∞]}; null if {@code text} is not infinite. */
    private static Interval infinity(String name, String value, String text, String what) {
        if (text.isEmpty()) {
            throw error(name, value, "the " + what + " is missing");
        }
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.equals("-inf") || t.equals("-infinity")) {
            if (what.startsWith("upper")) {
                throw error(name, value, "the upper bound cannot be -inf");
            }
            return Interval.of(Double.NEGATIVE_INFINITY, -Double.MAX_VALUE);
        }
        if (t.equals("inf") || t.equals("+inf") || t.equals("infinity") || t.equals("+infinity")) {
            if (what.startsWith("lower")) {
                throw error(name, value, "the lower bound cannot be +inf");
            }
            return Interval.of(Double.MAX_VALUE, Double.POSITIVE_INFINITY);
        }
        return null;
    }

    /** A constant expression enclosed in {@code ar}. */
    private static <T> T constant(String name, String value, String text, String what, Arithmetic<T> ar,
            java.util.function.Predicate<T> isEmpty) {
        Expr e;
        try {
            e = Expr.parse(text);
        } catch (IllegalArgumentException ex) {
            throw error(name, value, "the " + what + " '" + text + "' is not a number (" + ex.getMessage() + ")");
        }
        if (!e.symbols().isEmpty()) {
            throw error(name, value, "the " + what + " '" + text + "' must be a number or a constant expression, but uses "
                    + String.join(", ", e.symbols()));
        }
        T x;
        try {
            x = e.evaluate(ar, Map.of());
        } catch (ArithmeticException ex) {
            throw error(name, value, "the " + what + " '" + text + "' is not a real number (" + ex.getMessage() + ")");
        }
        if (isEmpty.test(x)) {
            throw error(name, value, "the " + what + " '" + text + "' is not a real number");
        }
        return x;
    }

    private static int topLevelComma(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '(' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == ']') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static IllegalArgumentException error(String name, String value, String why) {
        return new IllegalArgumentException("--over: bad interval for " + name + " ('" + value + "'): " + why);
    }
}
