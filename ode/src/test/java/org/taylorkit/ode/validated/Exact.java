package org.taylorkit.ode.validated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.taylorkit.interval.Interval;

/**
 * Independent reference values for the validated-integration tests: closed forms evaluated with
 * {@link BigDecimal} (rational operations at 50 digits; exp, sin, cos by their Taylor series at 80
 * digits, summed until the terms are below 1e-70 — not the code under test), and containment checks compared exactly in
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

    /** Σ sign^k x^{2k+offset}/(2k+offset)! (or all powers when step is 1) at 80 digits, to a term below 1e-70. */
    private static BigDecimal series(BigDecimal x, int first, int step, boolean alternating) {
        MathContext mc = new MathContext(80);
        BigDecimal term = BigDecimal.ONE;
        for (int k = 1; k <= first; k++) {
            term = term.multiply(x, mc).divide(BigDecimal.valueOf(k), mc);
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tiny = new BigDecimal("1e-70");
        int k = first;
        for (int i = 0; i < 10_000; i++) {
            sum = sum.add(term, mc);
            for (int j = 1; j <= step; j++) {
                term = term.multiply(x, mc).divide(BigDecimal.valueOf(k + j), mc);
            }
            k += step;
            if (alternating) {
                term = term.negate();
            }
            if (term.abs().compareTo(tiny) < 0 && k > x.abs().doubleValue()) {
                return sum.round(MC);
            }
        }
        throw new AssertionError("series did not converge for " + x);
    }

    /** e^x by its Taylor series (of |x|, then inverted for x < 0: no cancellation). */
    static BigDecimal exp(BigDecimal x) {
        BigDecimal e = series(x.abs(), 0, 1, false);
        return x.signum() < 0 ? BigDecimal.ONE.divide(e, MC) : e;
    }

    /** sin x by its Taylor series at 80 digits (|x| ≤ 30 here: cancellation costs at most 13 digits). */
    static BigDecimal sin(BigDecimal x) {
        return series(x, 1, 2, true);
    }

    /** cos x by its Taylor series at 80 digits. */
    static BigDecimal cos(BigDecimal x) {
        return series(x, 0, 2, true);
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
