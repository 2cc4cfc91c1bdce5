package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.Ref.assertEncloses;
import static org.taylorkit.interval.Ref.assertTight;

import java.math.BigDecimal;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/** sin, cos, tan against Apfloat (arguments of every size), extrema, poles, tightness. */
class TrigTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** Arguments: small, moderate, near multiples of π/2, large, huge (to 2^1023). */
    static double arg(IntervalGen g) {
        switch (g.intBetween(0, 7)) {
            case 0:
                return g.signed(g.logUniform(-1074, 0));
            case 1:
                return g.uniform(-10, 10);
            case 2: // the double nearest to a multiple of π/2 (hard reduction cases)
                return g.intBetween(-100000, 100000) * (Math.PI / 2);
            case 7:
                return g.signed(g.logUniform(20, 1024));
            default:
                return g.signed(g.logUniform(0, 30));
        }
    }

    /** sin, cos ({@link BigRef}, checked against Apfloat in BigRefTest) and tan = sin/cos at a double. */
    static BigDecimal[] sinCos(double x) {
        BigDecimal[] sc = BigRef.sinCos(x);
        return new BigDecimal[] {sc[0], sc[1], sc[0].divide(sc[1], new java.math.MathContext(70))};
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void pointValuesContainTheTruthAndAreTight(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < 3; i++) {
            double x = arg(g);
            Interval p = Interval.point(x);
            String w = "(" + x + " = " + Double.toHexString(x) + ") " + g;
            Interval s = p.sin();
            Interval c = p.cos();
            Interval t = p.tan();
            BigDecimal[] sc = sinCos(x);
            assertEncloses(s, sc[0], "sin" + w);
            assertEncloses(c, sc[1], "cos" + w);
            assertEncloses(t, sc[2], "tan" + w);
            if (Math.abs(x) > 0x1p-1000) {
                assertTight(s, 2, "sin" + w);
                assertTight(c, 2, "cos" + w);
                assertTight(t, 2, "tan" + w);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void intervalsContainValuesAtMembers(long seed) {
        IntervalGen g = new IntervalGen(seed);
        double c = arg(g);
        Interval x = g.ordered(c, c + g.uniform(0, 8) * (g.coin() ? 1 : Math.ulp(c) * 1e6));
        Interval s = x.sin();
        Interval co = x.cos();
        Interval t = x.tan();
        for (int i = 0; i < 3; i++) {
            double a = g.memberOf(x);
            String w = " " + x + " ∋ " + a + " " + g;
            BigDecimal[] sc = sinCos(a);
            assertEncloses(s, sc[0], "sin" + w);
            assertEncloses(co, sc[1], "cos" + w);
            assertEncloses(t, sc[2], "tan" + w);
        }
    }

    @Test
    void hugeArguments() {
        // sin(1e22) = −0.8522008497671888017727058937530293682617… (Ng, "Argument reduction for
        // huge arguments", 1992; also Apfloat)
        Interval s = Interval.point(1e22).sin();
        assertEncloses(s, new BigDecimal("-0.8522008497671888017727058937530293682617"), "sin(1e22)");
        assertTight(s, 1, "sin(1e22)");
        double big = Math.scalb(1.0, 1000);
        Interval s2 = Interval.point(big).sin();
        assertEncloses(s2, Ref.evalAbsolute(ApfloatMath::sin, big), "sin(2^1000)");
        assertTight(s2, 2, "sin(2^1000)");
        // worst case for reduction over all doubles (Muller, Elementary Functions)
        double worst = 6381956970095103.0 * Math.scalb(1.0, 797);
        Interval c = Interval.point(worst).cos();
        assertEncloses(c, Ref.evalAbsolute(ApfloatMath::cos, worst), "cos(worst)");
        assertTight(c, 2, "cos(worst)");
        Interval sw = Interval.point(worst).sin();
        assertEncloses(sw, Ref.evalAbsolute(ApfloatMath::sin, worst), "sin(worst)");
        assertTight(sw, 2, "sin(worst)");
        Interval m = Interval.point(Double.MAX_VALUE).sin();
        assertEncloses(m, Ref.evalAbsolute(ApfloatMath::sin, Double.MAX_VALUE), "sin(MAX)");
    }

    @Test
    void extremaAndSpecialCases() {
        assertThat(Interval.point(0).sin()).isEqualTo(Interval.point(0));
        assertThat(Interval.point(0).cos()).isEqualTo(Interval.point(1));
        assertThat(Interval.point(0).tan()).isEqualTo(Interval.point(0));
        Interval s = Interval.of(0, 4).sin();
        assertThat(s.sup()).isEqualTo(1.0);
        assertThat(s.contains(1.0)).isTrue();
        assertThat(s.inf()).isLessThan(-0.75).isGreaterThan(-0.76); // sin 4 = −0.7568…
        double eps = 1e-300;
        assertThat(Interval.of(-eps, eps).cos().sup()).isEqualTo(1.0);
        assertThat(Interval.of(-1e-3, 1e-3).cos().sup()).isEqualTo(1.0);
        assertThat(Interval.of(0, 7).sin()).isEqualTo(Interval.of(-1, 1));
        assertThat(Interval.of(3, 3.5).cos().inf()).isEqualTo(-1.0);
        assertThat(Interval.of(-INF, 0).sin()).isEqualTo(Interval.of(-1, 1));
        assertThat(Interval.of(1, 2).tan()).isEqualTo(Interval.entire());
        assertThat(Interval.of(-1, 1).tan().inf()).isGreaterThan(-1.6);
        assertThat(Interval.of(1.5, 1.57).tan().isBounded()).isTrue();
        assertThat(Interval.of(1.5, 1.571).tan()).isEqualTo(Interval.entire());
        assertThat(Interval.of(4, 8).tan()).isEqualTo(Interval.entire());
        assertThat(Interval.empty().sin().isEmpty()).isTrue();
        // just either side of π/2 (the double below and above)
        double below = 1.5707963267948966; // < π/2
        double above = Math.nextUp(below);
        assertThat(Interval.of(below, above).tan()).isEqualTo(Interval.entire());
        assertThat(Interval.point(below).tan().inf()).isGreaterThan(1e16);
        assertThat(Interval.point(above).tan().sup()).isLessThan(-1e15);
        assertThat(Interval.of(0, below).cos().inf()).isPositive();
        assertThat(Interval.of(0, above).cos().inf()).isNegative();
        assertThat(Interval.of(-below, below).cos().inf()).isPositive();
    }
}
