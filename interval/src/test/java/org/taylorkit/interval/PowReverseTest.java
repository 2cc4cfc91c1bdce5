package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * {@link IntervalReverse#powRev1} and {@link IntervalReverse#powRev2} ({@link PowReverse}): bounds
 * that are only limits stay open (∅ results that a closed hull would miss), exact values stay
 * exact, and at random points {@code x^y = c} the base and the exponent are recovered from thin
 * enclosures of the other two (c computed in Apfloat at 60 digits and enclosed outward).
 */
class PowReverseTest {

    private static final Interval ENTIRE = Interval.entire();

    private static Interval iv(double lo, double hi) {
        return Interval.of(lo, hi);
    }

    @Test
    void limitsAreOpen() {
        double inf = Double.POSITIVE_INFINITY;
        // y ≤ 0 and c ≤ 0.9: x^y ≥ 1 for x ∈ (0, 1]; x → 1 only as y → −∞
        assertThat(IntervalReverse.powRev1(iv(-inf, 0), iv(-inf, 0.9), iv(0, 1)).isEmpty()).isTrue();
        // 0^y = 0 only for y > 0
        assertThat(IntervalReverse.powRev2(iv(0, 0), iv(0, 0), iv(-inf, 0)).isEmpty()).isTrue();
        assertThat(IntervalReverse.powRev2(iv(0, 0.25), iv(2, 4), iv(0, inf)).isEmpty()).isTrue();
        assertThat(IntervalReverse.powRev1(iv(0, 0), iv(1, 1), iv(-inf, 0)).isEmpty()).isTrue();
    }

    @Test
    void exactValuesStayExact() {
        assertThat(IntervalReverse.powRev2(iv(2, 4), iv(2, 4), ENTIRE)).isEqualTo(iv(0.5, 2));
        assertThat(IntervalReverse.powRev2(iv(0.25, 0.5), iv(2, 4), ENTIRE)).isEqualTo(iv(-2, -0.5));
        assertThat(IntervalReverse.powRev1(iv(-4, -2), iv(0.25, 0.5), ENTIRE).sup()).isEqualTo(2.0);
        assertThat(IntervalReverse.powRev1(iv(2, 2), iv(9, 9), ENTIRE)).isEqualTo(iv(3, 3));
        assertThat(IntervalReverse.powRev1(iv(0.5, 0.5), iv(3, 3), ENTIRE)).isEqualTo(iv(9, 9));
        assertThat(PowReverse.powEquals(4, -1.5, 0.125)).isTrue();
        assertThat(PowReverse.powEquals(4, -1.5, 0.25)).isFalse();
    }

    @Test
    void piecesAreCutBeforeTheHull() {
        // y ∈ [−4, 4], c ≤ 1/2, x ≤ 1: only y > 0 fits, x ≤ 0.5^(1/4)
        Interval r = IntervalReverse.powRev1(iv(-4, 4), iv(0, 0.5), iv(0, 1));
        assertThat(r.inf()).isZero();
        assertThat(r.sup()).isEqualTo(0x1.ae89f995ad3aep-1);
    }

    static java.util.stream.LongStream seeds() {
        return IntervalGen.manySeeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void recoversTheBaseAndTheExponent(long seed) {
        IntervalGen g = new IntervalGen(seed);
        double x = g.logUniform(-20, 20);
        double y = g.signed(g.logUniform(-6, 3));
        Apfloat c = ApfloatMath.pow(new Apfloat(new BigDecimal(x), 60), new Apfloat(new BigDecimal(y), 60));
        BigDecimal cv = new BigDecimal(c.toString(true));
        double lo = Math.nextDown(cv.doubleValue());
        double hi = Math.nextUp(cv.doubleValue());
        if (!(lo > 0) || Double.isInfinite(hi)) {
            return; // c out of the double range: nothing to test
        }
        Interval cc = Interval.of(lo, hi); // contains x^y (60-digit value, two ulps of margin)
        String what = "seed " + seed + ": x = " + x + ", y = " + y + ", c = " + cc;
        assertThat(IntervalReverse.powRev1(Interval.point(y), cc, ENTIRE).contains(x)).as(what).isTrue();
        assertThat(IntervalReverse.powRev2(Interval.point(x), cc, ENTIRE).contains(y)).as(what).isTrue();
        assertThat(IntervalReverse.powRev1(Interval.point(y), cc, Interval.of(0, x)).contains(x)).as(what).isTrue();
    }
}
