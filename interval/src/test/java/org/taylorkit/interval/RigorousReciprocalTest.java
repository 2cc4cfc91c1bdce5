package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link RigorousReciprocal}'s interval structure: poles inside give the entire line, a pole at a
 * bound gives the one-sided infinite limit, extrema inside give ±1, points outside the domain are
 * dropped; and tiny arguments keep {@code 1/x} exact where it is a double (the containment over the
 * exponent range is {@code RigorousFunctionProbeTest}'s, the tightness ITF1788's).
 */
class RigorousReciprocalTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void polesAndLimits() {
        assertThat(RigorousReciprocal.cot(Interval.of(-3, 0)).inf()).isEqualTo(-INF); // cot(0⁻) = −∞
        assertThat(RigorousReciprocal.cot(Interval.of(-3, 0)).sup()).isLessThan(7.02).isGreaterThan(7.01); // cot(−3)
        assertThat(RigorousReciprocal.cot(Interval.of(0, 0)).isEmpty()).isTrue();
        assertThat(RigorousReciprocal.cot(Interval.of(3, 4)).isEntire()).isTrue(); // π inside
        assertThat(RigorousReciprocal.csc(Interval.of(0, 1)).sup()).isEqualTo(INF);
        assertThat(RigorousReciprocal.csc(Interval.of(1, 2)).inf()).isEqualTo(1.0); // π/2 inside: csc = 1
        assertThat(RigorousReciprocal.sec(Interval.of(-1, 1)).inf()).isEqualTo(1.0);
        assertThat(RigorousReciprocal.sec(Interval.of(1, 2)).isEntire()).isTrue();
        assertThat(RigorousReciprocal.sec(Interval.of(3, 3.2)).sup()).isEqualTo(-1.0); // π inside: sec = −1
        assertThat(RigorousReciprocal.coth(Interval.of(0, 0)).isEmpty()).isTrue();
        assertThat(RigorousReciprocal.coth(Interval.of(-1, 1)).isEntire()).isTrue();
        assertThat(RigorousReciprocal.coth(Interval.of(0, INF))).isEqualTo(Interval.of(1, INF));
        assertThat(RigorousReciprocal.csch(Interval.of(-INF, 0))).isEqualTo(Interval.of(-INF, 0));
        assertThat(RigorousReciprocal.sech(Interval.entire())).isEqualTo(Interval.of(0, 1));
        assertThat(RigorousReciprocal.acoth(Interval.of(-1, 1)).isEmpty()).isTrue();
        assertThat(RigorousReciprocal.acoth(Interval.of(0, 2)).sup()).isEqualTo(INF); // acoth(1⁺) = +∞
        assertThat(RigorousReciprocal.acoth(Interval.of(-2, 2)).isEntire()).isTrue();
    }

    @Test
    void tinyArgumentsKeepExactReciprocals() {
        double x = 0x1p-70; // 1/x = 2^70 exactly; csc x, coth x are just above it, cot x, csch x just below
        assertThat(RigorousReciprocal.csc(Interval.point(x))).isEqualTo(Interval.of(0x1p70, Math.nextUp(0x1p70)));
        assertThat(RigorousReciprocal.coth(Interval.point(x))).isEqualTo(Interval.of(0x1p70, Math.nextUp(0x1p70)));
        assertThat(RigorousReciprocal.cot(Interval.point(x))).isEqualTo(Interval.of(Math.nextDown(0x1p70), 0x1p70));
        assertThat(RigorousReciprocal.csch(Interval.point(-x))).isEqualTo(Interval.of(-0x1p70, -Math.nextDown(0x1p70)));
        assertThat(RigorousReciprocal.acoth(Interval.point(0x1p70))).isEqualTo(Interval.of(0x1p-70, Math.nextUp(0x1p-70)));
        assertThat(RigorousReciprocal.sec(Interval.point(0))).isEqualTo(Interval.one());
    }
}
