package org.taylorkit.interval.enclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.testing.HighPrecision;
import org.taylorkit.interval.testing.IntervalGen;
import org.taylorkit.interval.testing.RandomExpr;

/** Enclosures in high-precision interval arithmetic (Apfloat intervals): containment, tightness, limits. */
class HighPrecisionEnclosureTest {

    private static BigDecimal bd(org.apfloat.Apfloat a) {
        return new BigDecimal(a.toString(true));
    }

    /** 10 of the fixed seeds: Apfloat intervals are slow. */
    static LongStream seeds() {
        return IntervalGen.seeds().limit(10);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyMethodEnclosesTheSampledValuesAt30Digits(long seed) {
        IntervalGen g = new IntervalGen(seed);
        List<String> vars = List.of("x", "y");
        Expr f = new RandomExpr(g, vars, true).next(g.intBetween(1, 2));
        Map<String, Interval> sides = HighPrecision.box(g, vars);
        Box box = Box.of(sides);
        RangeEnclosure[] rs = {
            Enclosures.enclose(f, box, EnclosureMethod.NATURAL, 0, 30),
            Enclosures.enclose(f, box, EnclosureMethod.MEAN_VALUE, 1, 30),
            Enclosures.enclose(f, box, EnclosureMethod.TAYLOR, 3, 30),
            Enclosures.bisect(f, box, 1e-3, EnclosureMethod.TAYLOR, 2, 20, 30)};
        for (int i = 0; i < 3; i++) {
            Map<String, Double> p = HighPrecision.point(g, sides);
            BigDecimal v = HighPrecision.value(f, p);
            for (RangeEnclosure r : rs) {
                ApfloatInterval hp = r.highPrecisionRange().orElseThrow();
                String what = g + ": " + f + " over " + box + " at " + p + " by " + r.method();
                assertThat(bd(hp.inf()).compareTo(v.add(new BigDecimal("1e-28")))).as(what + ": " + hp).isLessThanOrEqualTo(0);
                assertThat(bd(hp.sup()).compareTo(v.subtract(new BigDecimal("1e-28")))).as(what + ": " + hp).isGreaterThanOrEqualTo(0);
                HighPrecision.assertContains(r.range(), v, what + " (double view)");
            }
        }
    }

    @Test
    void aPointGivesTheValueToTheRequestedDigits() {
        RangeEnclosure r = Enclosures.enclose(Expr.parse("exp(x)"), Box.of("x", Interval.point(1)), EnclosureMethod.TAYLOR, 4, 50);
        ApfloatInterval e = r.highPrecisionRange().orElseThrow();
        // e to 55 digits, OEIS A001113
        BigDecimal ref = new BigDecimal("2.718281828459045235360287471352662497757247093699959575");
        assertThat(bd(e.inf())).isLessThanOrEqualTo(ref);
        assertThat(bd(e.sup())).isGreaterThanOrEqualTo(ref);
        assertThat(bd(e.sup()).subtract(bd(e.inf()))).isLessThan(new BigDecimal("1e-48"));
        assertThat(r.digits()).isEqualTo(50);
        assertThat(r.range().contains(Math.E)).isTrue();
    }

    @Test
    void theDependencyProblemAndBisectionAtHighPrecision() {
        Box box = Box.of("x", Interval.of(0, 1));
        RangeEnclosure mv = Enclosures.enclose(Expr.parse("x - x"), box, EnclosureMethod.MEAN_VALUE, 1, 40);
        assertThat(mv.highPrecisionRange().orElseThrow().isZero()).isTrue();
        RangeEnclosure b = Enclosures.bisect(Expr.parse("x*(1-x)"), box, 1e-25, EnclosureMethod.TAYLOR, 3, 2000, 40);
        assertThat(b.toleranceMet()).isTrue();
        ApfloatInterval r = b.highPrecisionRange().orElseThrow();
        assertThat(bd(r.inf())).isBetween(new BigDecimal("-1e-25"), BigDecimal.ZERO);
        assertThat(bd(r.sup())).isBetween(new BigDecimal("0.25"), new BigDecimal("0.25").add(new BigDecimal("1e-25")));
    }

    @Test
    void highPrecisionBoxesKeepTheirDecimalsExact() {
        Box box = Box.ofHighPrecision(Map.of("x", ApfloatInterval.of("[0.1, 0.2]", 30)));
        assertThat(box.get("x").inf()).isLessThan(0.1); // the double view is outward
        RangeEnclosure r = Enclosures.enclose(Expr.parse("10*x"), box, EnclosureMethod.NATURAL, 0, 30);
        assertThat(r.highPrecisionRange().orElseThrow()).isEqualTo(ApfloatInterval.of("[1, 2]", 30));
        assertThatThrownBy(() -> Enclosures.enclose(Expr.parse("x"), box, EnclosureMethod.TAYLOR_MODEL, 3, 30))
                .hasMessageContaining("double precision only");
        assertThat(Enclosures.enclose(Expr.parse("log(x)"), Box.of("x", Interval.of(-2, -1)),
                EnclosureMethod.BISECT, 3, 20).isEmpty()).isTrue();
    }
}
