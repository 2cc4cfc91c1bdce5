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

/** Hyperbolic functions (Apfloat references) and erf (BigDecimal Maclaurin reference). */
class HyperbolicErfTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    static double arg(IntervalGen g, double maxExp) {
        switch (g.intBetween(0, 3)) {
            case 0:
                return g.signed(g.logUniform(-1074, -20));
            case 1:
                return g.signed(g.logUniform(-20, maxExp));
            default:
                return g.uniform(-3, 3);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void pointValuesContainTheTruthAndAreTight(long seed) {
        IntervalGen g = new IntervalGen(seed);
        double x = arg(g, 9.4); // |x| up to ~700
        String w = "(" + x + ") " + g;
        Interval p = Interval.point(x);
        boolean normal = Math.abs(x) > 0x1p-1000;
        check(p.sinh(), Ref.eval(ApfloatMath::sinh, x), "sinh" + w, normal);
        check(p.cosh(), Ref.eval(ApfloatMath::cosh, x), "cosh" + w, true);
        check(p.tanh(), Math.abs(x) > 40 ? null : Ref.eval(ApfloatMath::tanh, x), "tanh" + w, normal);
        double y = g.coin() ? g.anyFinite() : arg(g, 40);
        check(Interval.point(y).asinh(), Ref.eval(ApfloatMath::asinh, y), "asinh(" + y + ") " + g,
                Math.abs(y) > 0x1p-1000);
        double c = 1 + Math.abs(arg(g, 40));
        check(Interval.point(c).acosh(), Ref.eval(ApfloatMath::acosh, c), "acosh(" + c + ") " + g, true);
        double t = g.coin() ? g.uniform(-1, 1) : g.signed(1 - g.logUniform(-53, -1));
        if (Math.abs(t) < 1) {
            check(Interval.point(t).atanh(), Ref.eval(ApfloatMath::atanh, t), "atanh(" + t + ") " + g,
                    Math.abs(t) > 0x1p-1000);
        }
        double e = g.coin() ? g.uniform(-6.5, 6.5) : arg(g, 3);
        check(Interval.point(e).erf(), erfRef(e), "erf(" + e + ") " + g, Math.abs(e) > 0x1p-1000);
    }

    /** erf reference; beyond 6.5 the exact value is within 10^−19 of ±1 (checked via the bound). */
    static BigDecimal erfRef(double x) {
        return Math.abs(x) < 6.5 ? BigRef.erf(x) : null;
    }

    private static void check(Interval enc, BigDecimal ref, String what, boolean tight) {
        if (ref != null) {
            assertEncloses(enc, ref, what);
        }
        if (tight) {
            assertTight(enc, 2, what);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void intervalsContainValuesAtMembers(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Interval x = g.intervalIn(-30, 30);
        Interval sh = x.sinh();
        Interval ch = x.cosh();
        Interval th = x.tanh();
        Interval as = x.asinh();
        Interval ac = x.acosh();
        Interval at = x.divide(Interval.point(20)).atanh();
        Interval er = x.divide(Interval.point(4)).erf();
        for (int i = 0; i < 2; i++) {
            double a = g.memberOf(x);
            String w = " " + x + " ∋ " + a + " " + g;
            assertEncloses(sh, Ref.eval(ApfloatMath::sinh, a), "sinh" + w);
            assertEncloses(ch, Ref.eval(ApfloatMath::cosh, a), "cosh" + w);
            assertEncloses(th, Ref.eval(ApfloatMath::tanh, a), "tanh" + w);
            assertEncloses(as, Ref.eval(ApfloatMath::asinh, a), "asinh" + w);
            if (a >= 1) {
                assertEncloses(ac, Ref.eval(ApfloatMath::acosh, a), "acosh" + w);
            }
            double b = a / 20; // exact or within the enclosure x/20 (b ∈ x/20 since a/20 is rounded to nearest)
            if (Math.abs(b) < 1 && x.divide(Interval.point(20)).contains(b)) {
                assertEncloses(at, Ref.eval(ApfloatMath::atanh, b), "atanh" + w);
            }
            double c = a / 4; // exact
            assertEncloses(er, BigRef.erf(c), "erf" + w);
        }
    }

    @Test
    void exactAndSetBasedCases() {
        Interval zero = Interval.point(0);
        assertThat(zero.sinh()).isEqualTo(zero);
        assertThat(zero.cosh()).isEqualTo(Interval.point(1));
        assertThat(zero.tanh()).isEqualTo(zero);
        assertThat(zero.asinh()).isEqualTo(zero);
        assertThat(Interval.point(1).acosh()).isEqualTo(zero);
        assertThat(zero.atanh()).isEqualTo(zero);
        assertThat(zero.erf()).isEqualTo(zero);
        assertThat(Interval.of(-1, 2).cosh().inf()).isEqualTo(1.0);
        assertThat(Interval.entire().tanh()).isEqualTo(Interval.of(-1, 1));
        assertThat(Interval.entire().erf()).isEqualTo(Interval.of(-1, 1));
        assertThat(Interval.entire().sinh()).isEqualTo(Interval.entire());
        assertThat(Interval.entire().cosh()).isEqualTo(Interval.of(1, INF));
        assertThat(Interval.of(0, 1).atanh()).isEqualTo(Interval.of(0, INF));
        assertThat(Interval.of(-2, 1).atanh()).isEqualTo(Interval.entire());
        assertThat(Interval.of(1, 2).atanh().isEmpty()).isTrue();
        assertThat(Interval.of(-5, 0.5).acosh().isEmpty()).isTrue();
        assertThat(Interval.of(-5, 2).acosh().inf()).isEqualTo(0.0);
        assertThat(Interval.point(800).sinh()).isEqualTo(Interval.of(Double.MAX_VALUE, INF));
        assertThat(Interval.point(-800).sinh()).isEqualTo(Interval.of(-INF, -Double.MAX_VALUE));
        assertThat(Interval.point(30).tanh()).isEqualTo(Interval.of(Math.nextDown(1.0), 1.0));
        assertThat(Interval.point(7).erf()).isEqualTo(Interval.of(Math.nextDown(1.0), 1.0));
        assertThat(Interval.point(-7).erf()).isEqualTo(Interval.of(-1.0, -Math.nextDown(1.0)));
        assertThat(Interval.empty().erf().isEmpty()).isTrue();
    }

    @Test
    void erfTailBoundAtSix() {
        // the a ≥ 6 branch relies on e^{−36}/(6√π) < 2^−55: check it with the rigorous exp
        Interval bound = Interval.point(-36).exp().divide(Interval.point(6).multiply(Interval.pi().sqrt()));
        assertThat(bound.sup()).isLessThan(0x1p-55);
        // and erf just below 6 is consistent with the bound: 1 − erf(5.999…) < 2^−54
        Interval e = Interval.point(Math.nextDown(6.0)).erf();
        assertThat(e.sup()).isEqualTo(1.0);
        assertThat(e.inf()).isGreaterThanOrEqualTo(Math.nextDown(1.0));
    }
}
