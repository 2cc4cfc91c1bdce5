package org.taylorkit.ode.validated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.interval.Interval;

/**
 * Independent reference values for the validated-integration tests: closed forms evaluated with
 * {@link BigDecimal} (rational operations at 50 digits) and Apfloat's own {@code exp}, {@code sin},
 * {@code cos} at 50 digits (not the code under test), and containment checks compared exactly in
 * BigDecimal: the enclosure must meet {@code [v − err, v + err]}, the ball known to hold the true
 * value (a double bound cannot lie strictly inside that ball unless the true value is within 1e-40
 * of it, which the reference cannot resolve; exact values such as x(0) = 1 sit on a bound).
 */
final class Exact {

    static final MathContext MC = new MathContext(50);
    /** A bound on the error of every 50-digit reference value used here (values of size ≤ 10⁴). */
    static final BigDecimal ERR = new BigDecimal("1e-40");

    private Exact() {
    }

    static BigDecimal of(double v) {
        return new BigDecimal(v);
    }

    private static Apfloat ap(BigDecimal x) {
        return new Apfloat(x, 60);
    }

    private static BigDecimal bd(Apfloat x) {
        return new BigDecimal(x.toString(true)).round(MC);
    }

    static BigDecimal exp(BigDecimal x) {
        return bd(ApfloatMath.exp(ap(x)));
    }

    static BigDecimal sin(BigDecimal x) {
        return bd(ApfloatMath.sin(ap(x)));
    }

    static BigDecimal cos(BigDecimal x) {
        return bd(ApfloatMath.cos(ap(x)));
    }

    static boolean contains(Interval enclosure, BigDecimal v) {
        return !enclosure.isEmpty() && enclosure.isBounded()
                && of(enclosure.inf()).compareTo(v.add(ERR)) <= 0 && of(enclosure.sup()).compareTo(v.subtract(ERR)) >= 0;
    }

    static void assertContains(Interval enclosure, BigDecimal v, String what) {
        assertThat(contains(enclosure, v)).as("%s: %s must contain %s", what, enclosure, v.round(new MathContext(25)))
                .isTrue();
    }
}
