package org.taylorkit.interval.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.DecoratedInterval;
import org.taylorkit.interval.Decoration;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.DecoratedApfloatInterval;
import org.taylorkit.interval.testing.HighPrecision;
import org.taylorkit.interval.testing.IntervalGen;
import org.taylorkit.interval.testing.RandomExpr;

/**
 * Expressions evaluated over {@link DecoratedApfloatIntervalArithmetic}: the decoration is the
 * IEEE 1788 proof about the whole box, decided by the same rules as the double
 * {@link DecoratedIntervalArithmetic} (checked on random expressions and boxes), the interval part
 * is the plain {@link ApfloatIntervalArithmetic} evaluation, and a decoration of {@code def} or
 * better is true: the expression is defined at points of the box (independent Apfloat evaluation).
 */
class DecoratedApfloatExpressionTest {

    private static final DecoratedApfloatIntervalArithmetic AR = DecoratedApfloatIntervalArithmetic.ofDigits(25);
    private static final ApfloatIntervalArithmetic BARE = ApfloatIntervalArithmetic.ofDigits(25);

    private static DecoratedApfloatInterval eval(String expr, String box) {
        return Expr.parse(expr).evaluate(AR, Map.of("x", DecoratedApfloatInterval.of(ApfloatInterval.of(box, 25))));
    }

    @Test
    void theWeakestOperationDecoratesTheWholeExpression() {
        assertThat(eval("sqrt(x)", "[-1, 4]").decoration()).isEqualTo(Decoration.trv);
        assertThat(eval("sqrt(x)", "[0, 4]").decoration()).isEqualTo(Decoration.com);
        assertThat(eval("1/x", "[1, 2]").interval()).isEqualTo(ApfloatInterval.of("[0.5, 1]", 25));
        assertThat(eval("1/x", "[-1, 1]").decoration()).isEqualTo(Decoration.trv);
        assertThat(eval("exp(sin(x)) + log(x + 0.5)", "[-1, 0.5]").decoration()).isEqualTo(Decoration.trv);
        assertThat(eval("exp(sin(x)) + log(x + 1.5)", "[-1, 0.5]").decoration()).isEqualTo(Decoration.com);
        assertThat(eval("exp(x)", "[0, +inf]").decoration()).isEqualTo(Decoration.dac);
        assertThat(eval("x^0.5", "[0, 4]").decoration()).isEqualTo(Decoration.com); // x = 0 with y > 0: in pow's domain
        assertThat(eval("x^0.5", "[-1, 4]").decoration()).isEqualTo(Decoration.trv);
    }

    @Test
    void catalogueFunctionsAreDecoratedByTheirAnalyticity() {
        assertThat(eval("sec(x)", "[-1, 1]").decoration()).isEqualTo(Decoration.com);
        assertThat(eval("sec(x)", "[1, 2]").decoration()).isEqualTo(Decoration.trv);
        assertThat(eval("acoth(x)", "[2, 3]").decoration()).isEqualTo(Decoration.com);
        assertThat(eval("acoth(x)", "[0.5, 3]").decoration()).isEqualTo(Decoration.trv);
        assertThat(eval("erf(x) + cbrt(x)", "[-1, 1]").decoration()).isEqualTo(Decoration.com);
        assertThat(eval("cot(x)", "[0, 0]").isEmpty()).isTrue();
        assertThat(eval("cot(x)", "[0, 0]").decoration()).isEqualTo(Decoration.trv);
    }

    @Test
    void nonsenseIsAClearError() {
        assertThatThrownBy(() -> AR.divide(AR.one(), 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> AR.signum(DecoratedApfloatInterval.nai(25))).isInstanceOf(ArithmeticException.class);
        assertThat(AR.toDouble(DecoratedApfloatInterval.nai(25))).isNaN();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void decorationsMatchTheDoubleSideAndAreTrue(long seed) {
        IntervalGen g = new IntervalGen(seed);
        List<String> vars = List.of("x", "y");
        for (int i = 0; i < 3; i++) {
            Expr f = new RandomExpr(g, vars, false).next(3);
            Map<String, Interval> box = HighPrecision.box(g, vars);
            Map<String, DecoratedInterval> dBox = new HashMap<>();
            Map<String, DecoratedApfloatInterval> aBox = new HashMap<>();
            Map<String, ApfloatInterval> bBox = new HashMap<>();
            box.forEach((v, x) -> {
                dBox.put(v, DecoratedInterval.of(x));
                ApfloatInterval a = ApfloatInterval.of(x.inf(), x.sup(), 25);
                aBox.put(v, DecoratedApfloatInterval.of(a));
                bBox.put(v, a);
            });
            DecoratedInterval d = f.evaluate(DecoratedIntervalArithmetic.INSTANCE, dBox);
            DecoratedApfloatInterval a = f.evaluate(AR, aBox);
            String what = g + ": " + f + " over " + box + ": double " + d + ", Apfloat " + a;
            assertThat(a.interval()).as(what + ": interval part = bare evaluation").isEqualTo(f.evaluate(BARE, bBox));
            boolean overflowOnly = a.decoration() == Decoration.com && d.decoration() == Decoration.dac
                    && a.interval().isBounded() && !d.interval().isBounded();
            if (!overflowOnly) {
                assertThat(a.decoration()).as(what).isEqualTo(d.decoration());
            }
            if (a.decoration().compareTo(Decoration.def) >= 0) {
                for (int k = 0; k < 3; k++) {
                    Map<String, Double> p = HighPrecision.point(g, box);
                    BigDecimal v = HighPrecision.value(f, p);
                    assertThat(v).as(what + ": decorated " + a.decoration() + " but undefined at " + p).isNotNull();
                    assertThat(near(a.interval(), v)).as(what + ": value " + v + " at " + p).isTrue();
                }
            }
        }
    }

    /** {@code v} in the interval up to {@code 10⁻²⁸·max(1, |v|)} (the reference's own accuracy). */
    private static boolean near(ApfloatInterval x, BigDecimal v) {
        BigDecimal slack = new BigDecimal("1e-28").multiply(v.abs().max(BigDecimal.ONE));
        return !x.isEmpty()
                && (!x.isBoundedBelow() || new BigDecimal(x.inf().toString(true)).compareTo(v.add(slack)) <= 0)
                && (!x.isBoundedAbove() || new BigDecimal(x.sup().toString(true)).compareTo(v.subtract(slack)) >= 0);
    }
}
