package org.taylorkit.interval.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.taylorkit.interval.Interval;

/**
 * The fuzz run's containment criterion ({@link ExpressionFuzzTest}): a miss by a tiny value is a
 * failure, cancellation noise of the reference is not. The values are constructed by hand: a true
 * value of 10⁻⁵⁰ (both references agree on it) against an enclosure [0, 0]; a true 0 computed as
 * 10⁻⁶⁰ at 60 digits and 10⁻¹⁵⁰ at 150 digits.
 */
class FuzzCriterionTest {

    private static final Apfloat1788 REF = new Apfloat1788(60);
    private static final Apfloat1788 CONFIRM = new Apfloat1788(150);

    @Test
    void aTinyValueOutsideAPointEnclosureFailsBothTiers() {
        Apfloat v60 = new Apfloat("1e-50", 60);
        Apfloat w150 = new Apfloat("1e-50", 150);
        Interval zero = Interval.point(0.0);
        assertThat(ExpressionFuzzTest.contains(REF, zero, v60, ExpressionFuzzTest.relative(v60, new Apfloat("1e-45")))).isFalse();
        assertThat(ExpressionFuzzTest.contains(CONFIRM, zero, w150, ExpressionFuzzTest.confirmSlack(v60, w150))).isFalse();
        // a subnormal-sized miss too: the true value 3e-320 is above an upper end 1e-320
        Apfloat s60 = new Apfloat("3e-320", 60);
        Apfloat s150 = new Apfloat("3e-320", 150);
        Interval below = Interval.of(0.0, 1e-320);
        assertThat(ExpressionFuzzTest.contains(CONFIRM, below, s150, ExpressionFuzzTest.confirmSlack(s60, s150))).isFalse();
    }

    @Test
    void cancellationNoiseOfTheReferenceIsNotAFailure() {
        Apfloat v60 = new Apfloat("1e-60", 60);
        Apfloat w150 = new Apfloat("-1e-150", 150);
        assertThat(ExpressionFuzzTest.contains(CONFIRM, Interval.point(0.0), w150, ExpressionFuzzTest.confirmSlack(v60, w150))).isTrue();
    }

    @Test
    void aValueInsideIsContainedWithoutSlack() {
        Apfloat v = new Apfloat("0.5", 60);
        assertThat(ExpressionFuzzTest.contains(REF, Interval.of(0.25, 0.75), v, new Apfloat(0))).isTrue();
        assertThat(ExpressionFuzzTest.contains(REF, Interval.of(0.6, 0.75), v, ExpressionFuzzTest.relative(v, new Apfloat("1e-45")))).isFalse();
    }
}
