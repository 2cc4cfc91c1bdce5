package org.taylorkit.interval.enclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.testing.HighPrecision;

/** Known ranges, tightness, the dependency problem, fallbacks and set semantics of the enclosure methods. */
class EnclosuresTest {

    private static RangeEnclosure[] all(Expr f, Box box) {
        return new RangeEnclosure[] {Enclosures.natural(f, box), Enclosures.meanValue(f, box),
            Enclosures.taylorForm(f, box, 4), Enclosures.taylorModel(f, box, 5),
            Enclosures.bisect(f, box, 1e-9, EnclosureMethod.TAYLOR_MODEL)};
    }

    private static BigDecimal value(String f, String var, double x) {
        return HighPrecision.value(Expr.parse(f), Map.of(var, x));
    }

    @Test
    void theDependencyProblem() {
        Expr f = Expr.parse("x - x");
        Box box = Box.of("x", Interval.of(0, 1));
        assertThat(Enclosures.natural(f, box).range()).isEqualTo(Interval.of(-1, 1));
        assertThat(Enclosures.meanValue(f, box).range()).isEqualTo(Interval.point(0));
        assertThat(Enclosures.taylorModel(f, box, 3).range()).isEqualTo(Interval.point(0));
        assertThat(Enclosures.bisect(f, box, 0, EnclosureMethod.TAYLOR_MODEL).range()).isEqualTo(Interval.point(0));
    }

    @Test
    void xTimesOneMinusXApproachesItsRangeWithinTheTolerance() {
        Expr f = Expr.parse("x*(1-x)");
        Box box = Box.of("x", Interval.of(0, 1));
        assertThat(Enclosures.natural(f, box).range()).isEqualTo(Interval.of(0, 1));
        assertThat(Enclosures.taylorModel(f, box, 2).range()).isEqualTo(Interval.of(0, 0.25));
        for (EnclosureMethod inner : new EnclosureMethod[] {EnclosureMethod.NATURAL, EnclosureMethod.MEAN_VALUE,
            EnclosureMethod.TAYLOR, EnclosureMethod.TAYLOR_MODEL}) {
            // the natural extension overestimates by O(width) on every sub-box, so it needs far more
            // sub-boxes than the O(width²) methods for the same tolerance
            double tol = inner == EnclosureMethod.NATURAL ? 1e-3 : 1e-6;
            RangeEnclosure r = Enclosures.bisect(f, box, tol, inner);
            assertThat(r.toleranceMet()).as(r.toString()).isTrue();
            assertThat(r.excess()).as(r.toString()).isLessThanOrEqualTo(tol);
            assertThat(r.range().inf()).as(r.toString()).isBetween(-tol, 0.0);
            assertThat(r.range().sup()).as(r.toString()).isBetween(0.25, 0.25 + tol);
            assertThat(r.subBoxes()).isGreaterThan(1);
        }
    }

    @Test
    void sineOverZeroToFourHasItsExactExtremes() {
        Expr f = Expr.parse("sin(x)");
        Box box = Box.of("x", Interval.of(0, 4));
        BigDecimal sin4 = value("sin(x)", "x", 4);
        for (RangeEnclosure r : all(f, box)) {
            assertThat(r.range().sup()).as(r.toString()).isEqualTo(1.0);
            HighPrecision.assertContains(r.range(), sin4, r.toString());
            assertThat(r.range().inf()).as(r.toString()).isGreaterThan(sin4.doubleValue() - 1e-15);
        }
    }

    @Test
    void rosenbrockHasRangeZeroTo2509() {
        // (1 − x)² + 100 (y − x²)² over [−2, 2] × [−1, 3]: minimum 0 at (1, 1), maximum 2509 at (−2, −1)
        Expr f = Expr.parse("(1-x)^2 + 100*(y-x^2)^2");
        Box box = Box.parse("x=[-2,2], y=[-1,3]");
        RangeEnclosure r = Enclosures.bisect(f, box, 1e-6, EnclosureMethod.TAYLOR_MODEL);
        assertThat(r.toleranceMet()).isTrue();
        assertThat(r.range().inf()).isBetween(-1e-6, 0.0);
        assertThat(r.range().sup()).isBetween(2509.0, 2509.0 + 1e-6);
    }

    @Test
    void derivativeMethodsBeatTheNaturalExtensionOnSmallBoxes() {
        // x·exp(−x) increases on [0.5, 0.6] (derivative (1 − x)e^−x), so its range is [f(0.5), f(0.6)];
        // the natural extension pairs the largest x with the largest exp(−x) and overestimates
        Expr f = Expr.parse("x*exp(-x)");
        Box box = Box.of("x", Interval.of(0.5, 0.6));
        BigDecimal lo = value("x*exp(-x)", "x", 0.5);
        BigDecimal hi = value("x*exp(-x)", "x", 0.6);
        double trueWidth = hi.subtract(lo).doubleValue();
        double natural = Enclosures.natural(f, box).width() - trueWidth;
        double meanValue = Enclosures.meanValue(f, box).width() - trueWidth;
        double taylor = Enclosures.taylorForm(f, box, 4).width() - trueWidth;
        double model = Enclosures.taylorModel(f, box, 6).width() - trueWidth;
        assertThat(meanValue).isLessThan(natural);
        assertThat(taylor).isLessThanOrEqualTo(meanValue);
        assertThat(model).isLessThan(1e-9);
        for (RangeEnclosure r : all(f, box)) {
            HighPrecision.assertContains(r.range(), lo, r.toString());
            HighPrecision.assertContains(r.range(), hi, r.toString());
        }
    }

    @Test
    void anExpressionUndefinedOnTheWholeBoxHasAnEmptyRange() {
        Expr f = Expr.parse("log(x)");
        Box box = Box.of("x", Interval.of(-2, -1));
        for (RangeEnclosure r : all(f, box)) {
            assertThat(r.isEmpty()).as(r.toString()).isTrue();
        }
    }

    @Test
    void domainsFollowSetSemanticsAndTheDerivativeMethodsSayTheyFellBack() {
        Expr f = Expr.parse("sqrt(x)");
        Box box = Box.of("x", Interval.of(-1, 4));
        for (RangeEnclosure r : all(f, box)) {
            assertThat(r.range()).as(r.toString()).isEqualTo(Interval.of(0, 2));
        }
        assertThat(Enclosures.meanValue(f, box).note()).hasValueSatisfying(n -> assertThat(n).contains("sqrt"));
        assertThat(Enclosures.taylorModel(f, box, 3).note()).hasValueSatisfying(n -> assertThat(n).contains("natural"));
        assertThat(Enclosures.natural(f, box).note()).isEmpty();
        RangeEnclosure pole = Enclosures.taylorModel(Expr.parse("1/x"), box, 3);
        assertThat(pole.range()).isEqualTo(Interval.entire());
        assertThat(pole.note()).hasValueSatisfying(n -> assertThat(n).contains("division"));
    }

    @Test
    void aPointBoxEnclosesTheValue() {
        Expr f = Expr.parse("exp(x)");
        Box box = Box.of("x", Interval.point(1));
        BigDecimal e = new BigDecimal("2.718281828459045235360287"); // OEIS A001113
        for (RangeEnclosure r : all(f, box)) {
            HighPrecision.assertContains(r.range(), e, r.toString());
            assertThat(Math.nextUp(Math.nextUp(r.range().inf()))).as(r.toString()).isGreaterThanOrEqualTo(r.range().sup());
        }
    }

    @Test
    void aSpentBudgetIsReportedAndTheResultStillEnclosesTheRange() {
        Expr f = Expr.parse("sin(10*x)*cos(7*y) + x*y");
        Box box = Box.parse("x=[-1,1], y=[-1,1]");
        RangeEnclosure r = Enclosures.bisect(f, box, 0, EnclosureMethod.MEAN_VALUE, 1, 40);
        assertThat(r.toleranceMet()).isFalse();
        assertThat(r.subBoxes()).isBetween(40, 41);
        assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("budget of 40"));
        assertThat(r.excess()).isPositive();
        for (double x = -1; x <= 1; x += 0.5) {
            for (double y = -1; y <= 1; y += 0.5) {
                HighPrecision.assertContains(r.range(), HighPrecision.value(f, Map.of("x", x, "y", y)), r.toString());
            }
        }
    }

    @Test
    void theDefaultToleranceIsRelativeToTheMagnitude() {
        Expr f = Expr.parse("1000*x^2");
        RangeEnclosure r = Enclosures.bisect(f, Box.of("x", Interval.of(-1, 2)), EnclosureMethod.TAYLOR_MODEL);
        assertThat(r.tolerance()).isEqualTo(Enclosures.DEFAULT_RELATIVE_TOLERANCE * 4000);
        assertThat(r.toleranceMet()).isTrue();
        assertThat(r.range().inf()).isBetween(-r.tolerance(), 0.0);
        assertThat(r.range().sup()).isEqualTo(4000.0);
    }

    @Test
    void badArgumentsAreRejected() {
        Box box = Box.of("x", Interval.of(0, 1));
        assertThatThrownBy(() -> Enclosures.natural(Expr.parse("x + y"), box))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown variable 'y'");
        assertThatThrownBy(() -> Enclosures.taylorForm(Expr.parse("x"), box, 0)).hasMessageContaining("order");
        assertThatThrownBy(() -> Enclosures.bisect(Expr.parse("x"), box, -1, EnclosureMethod.NATURAL))
                .hasMessageContaining("tolerance");
        assertThatThrownBy(() -> Enclosures.bisect(Expr.parse("x"), box, 1, EnclosureMethod.BISECT))
                .hasMessageContaining("inner");
        assertThat(EnclosureMethod.forName("Mean_Value")).isEqualTo(EnclosureMethod.MEAN_VALUE);
        assertThatThrownBy(() -> EnclosureMethod.forName("newton")).hasMessageContaining("natural, mean-value");
    }

    @Test
    void extraSidesAreIgnoredAndConstantsAreEnclosed() {
        Box box = Box.parse("x=[0,1], y=[5,6]");
        assertThat(Enclosures.taylorModel(Expr.parse("2*x"), box, 3).range()).isEqualTo(Interval.of(0, 2));
        RangeEnclosure c = Enclosures.bisect(Expr.parse("0.1"), box, 0, EnclosureMethod.TAYLOR_MODEL);
        assertThat(c.range()).isEqualTo(Interval.fromDecimal("0.1"));
    }
}
