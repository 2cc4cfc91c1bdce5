package org.taylorkit.interval.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apfloat.Apfloat;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;

/**
 * The independent reference of the enclosure tests: an expression evaluated at a point in Apfloat
 * at {@value #DIGITS} significant digits ({@code Expr.evaluate} over {@link ApfloatArithmetic}, a
 * code path that shares nothing with the interval code), converted exactly to {@link BigDecimal}.
 *
 * <p>Points and boxes are dyadic with few bits ({@link #box}, {@link #point}), so the Apfloat
 * arguments are exact. Each Apfloat operation is rounded to 40 digits, so a value is good to about
 * 10^−35 relative to the magnitudes of its intermediate results; containment therefore allows a
 * slack of {@code 1e−28·max(1, |v|)}. A real containment bug (an enclosure endpoint off by an ulp,
 * about 10^−16 relative) is far above that slack.
 */
public final class HighPrecision {

    /** Significant digits of the reference. */
    public static final int DIGITS = 40;

    private static final ApfloatArithmetic AP = ApfloatArithmetic.ofDigits(DIGITS);
    private static final BigDecimal SLACK = new BigDecimal("1e-28");

    private HighPrecision() {
    }

    /** {@code f(point)} in Apfloat, or null where {@code f} is undefined (an Apfloat domain error). */
    public static BigDecimal value(Expr f, Map<String, Double> point) {
        Map<String, Apfloat> args = new HashMap<>();
        point.forEach((k, v) -> args.put(k, AP.fromDouble(v)));
        try {
            return new BigDecimal(f.evaluate(AP, args).toString(true));
        } catch (ArithmeticException undefined) {
            return null;
        }
    }

    /** Asserts {@code v ∈ enc} up to the reference's slack. */
    public static void assertContains(Interval enc, BigDecimal v, String what) {
        BigDecimal slack = SLACK.multiply(v.abs().max(BigDecimal.ONE));
        assertThat(enc.isEmpty()).as("%s: enclosure is empty but f = %s there", what, v).isFalse();
        if (enc.inf() != Double.NEGATIVE_INFINITY) {
            assertThat(new BigDecimal(enc.inf()).compareTo(v.add(slack)))
                    .as("%s: lower bound of %s above the value %s", what, enc, v).isLessThanOrEqualTo(0);
        }
        if (enc.sup() != Double.POSITIVE_INFINITY) {
            assertThat(new BigDecimal(enc.sup()).compareTo(v.subtract(slack)))
                    .as("%s: upper bound of %s below the value %s", what, enc, v).isGreaterThanOrEqualTo(0);
        }
    }

    /**
     * A random box with dyadic endpoints: centres in {@code [−2, 2]} (multiples of 1/8), half-widths
     * among 0 (a point), 2^−10, 2^−6, 2^−3, 1/2 and 1.
     */
    public static Map<String, Interval> box(IntervalGen g, List<String> vars) {
        double[] halves = {0, 0x1p-10, 0x1p-6, 0x1p-3, 0.5, 1, 0.5, 0x1p-3};
        Map<String, Interval> m = new LinkedHashMap<>();
        for (String v : vars) {
            double c = g.intBetween(-16, 16) / 8.0;
            double h = halves[g.intBetween(0, halves.length - 1)];
            m.put(v, Interval.of(c - h, c + h));
        }
        return m;
    }

    /** A dyadic point of the box: per side an endpoint, the midpoint or {@code inf + j·wid/64}. */
    public static Map<String, Double> point(IntervalGen g, Map<String, Interval> box) {
        Map<String, Double> p = new HashMap<>();
        box.forEach((v, x) -> {
            int j = g.intBetween(-3, 64);
            double t = j == -3 ? x.mid() : j < 0 ? (j == -1 ? x.inf() : x.sup()) : x.inf() + (x.sup() - x.inf()) * j / 64;
            p.put(v, Math.min(Math.max(t, x.inf()), x.sup()));
        });
        return p;
    }
}
