package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * {@link RigorousHypot#hypot} and {@link RigorousReciprocal#acot}: exact values (Pythagorean
 * triples; acot 1 = π/4, acot 0 = π/2, acot(−1) = 3π/4 of the continuous branch), one-ulp width at
 * points, and containment of 60-digit Apfloat references at random points over the exponent range.
 */
class RigorousHypotAcotTest {

    private static final MathContext MC = new MathContext(60);

    @Test
    void pythagoreanTriplesAreExact() {
        assertThat(RigorousHypot.hypot(Interval.point(3), Interval.point(-4))).isEqualTo(Interval.point(5));
        assertThat(RigorousHypot.hypot(Interval.of(-12, -5), Interval.of(-35, -12))).isEqualTo(Interval.of(13, 37));
        Interval h = RigorousHypot.hypot(Interval.of(-1, 2), Interval.of(-3, 0)); // [0, √13]
        assertThat(h.inf()).isZero();
        assertThat(new BigDecimal(h.sup()).compareTo(BigDecimal.valueOf(13).sqrt(MC))).isPositive();
        assertThat(new BigDecimal(Math.nextDown(h.sup())).compareTo(BigDecimal.valueOf(13).sqrt(MC))).isNegative();
        // scaled far out of the squares' range: (3·2^600)² overflows a double, the result does not
        assertThat(RigorousHypot.hypot(Interval.point(0x3p600), Interval.point(0x4p600))).isEqualTo(Interval.point(0x5p600));
        assertThat(RigorousHypot.hypot(Interval.point(0x3p-1074), Interval.point(0x4p-1074))).isEqualTo(Interval.point(0x5p-1074));
    }

    @Test
    void hypotOfUnboundedAndEmpty() {
        assertThat(RigorousHypot.hypot(Interval.of(Double.NEGATIVE_INFINITY, -7), Interval.of(-1, 8)))
                .isEqualTo(Interval.of(7, Double.POSITIVE_INFINITY));
        assertThat(RigorousHypot.hypot(Interval.empty(), Interval.point(1)).isEmpty()).isTrue();
    }

    @Test
    void acotIsTheContinuousBranch() {
        assertThat(RigorousReciprocal.acot(Interval.point(1)).contains(Math.PI / 4)).isTrue();
        assertThat(RigorousReciprocal.acot(Interval.point(0))).isEqualTo(Interval.of(Math.PI / 2, Math.nextUp(Math.PI / 2)));
        Interval unit = RigorousReciprocal.acot(Interval.of(-1, 1)); // [π/4, 3π/4]: no jump at 0
        assertThat(unit.inf()).isLessThan(Math.PI / 4 + 1e-15);
        assertThat(unit.sup()).isGreaterThan(3 * Math.PI / 4 - 1e-15).isLessThan(3 * Math.PI / 4 + 1e-15);
        Interval all = RigorousReciprocal.acot(Interval.entire()); // the range (0, π)
        assertThat(all.inf()).isZero();
        assertThat(all.sup()).isEqualTo(Math.nextUp(Math.PI));
    }

    static java.util.stream.LongStream seeds() {
        return IntervalGen.manySeeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pointValuesAreAtMostOneUlpAndContainTheReference(long seed) {
        IntervalGen g = new IntervalGen(seed);
        double x = g.anyFinite();
        double y = g.coin() ? g.anyFinite() : x * g.uniform(-2, 2);
        // hypot: exact check lo² ≤ x² + y² ≤ hi² (squares of doubles are exact decimals)
        BigDecimal h2 = new BigDecimal(x).pow(2).add(new BigDecimal(y).pow(2));
        Interval hyp = RigorousHypot.hypot(Interval.point(x), Interval.point(y));
        String what = "hypot(" + x + ", " + y + ") seed " + seed + " = " + hyp;
        assertThat(new BigDecimal(hyp.inf()).pow(2).compareTo(h2)).as(what).isLessThanOrEqualTo(0);
        if (Double.isFinite(hyp.sup())) {
            assertThat(new BigDecimal(hyp.sup()).pow(2).compareTo(h2)).as(what).isGreaterThanOrEqualTo(0);
            assertThat(hyp.sup()).as(what).isLessThanOrEqualTo(Math.nextUp(hyp.inf()));
        }
        Apfloat ax = new Apfloat(new BigDecimal(x), 80);
        Apfloat ref = x == 0 ? ApfloatMath.pi(80).divide(new Apfloat(2))
                : x > 0 ? ApfloatMath.atan(new Apfloat(1, 80).divide(ax))
                : ApfloatMath.pi(80).add(ApfloatMath.atan(new Apfloat(1, 80).divide(ax)));
        assertContainsWithinAnUlp(RigorousReciprocal.acot(Interval.point(x)), new BigDecimal(ref.toString(true)),
                "acot(" + x + ") seed " + seed);
    }

    private static void assertContainsWithinAnUlp(Interval r, BigDecimal v, String what) {
        if (Double.isFinite(r.inf())) {
            assertThat(new BigDecimal(r.inf()).compareTo(v)).as("%s: %s lower bound above %s", what, r, v).isLessThanOrEqualTo(0);
        }
        if (Double.isFinite(r.sup())) {
            assertThat(new BigDecimal(r.sup()).compareTo(v)).as("%s: %s upper bound below %s", what, r, v).isGreaterThanOrEqualTo(0);
        }
        if (Double.isFinite(r.inf()) && Double.isFinite(r.sup()) && r.sup() < Double.MAX_VALUE) {
            assertThat(r.sup()).as("%s: %s wider than one ulp", what, r).isLessThanOrEqualTo(Math.nextUp(r.inf()));
        }
    }
}
