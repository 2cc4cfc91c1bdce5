package org.taylorkit.interval.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;

/** The domain split {@link TaylorModel#split} and the affine substitution behind it. */
class TaylorModelSplitTest {

    private static TaylorModelSpace normalised(int order) {
        Map<String, Interval> m = new LinkedHashMap<>();
        m.put("a", Interval.of(-1, 1));
        m.put("b", Interval.of(-1, 1));
        return TaylorModelSpace.of(m, order);
    }

    @Test
    void splittingASquareGivesTheExactBinomialCoefficients() {
        TaylorModelSpace s = normalised(3);
        TaylorModel a2 = s.variable("a").square();
        // ((a + 1)/2)² = 1/4 + a/2 + a²/4 and ((a − 1)/2)² = 1/4 − a/2 + a²/4, all exact in binary
        TaylorModel up = a2.split(0, true);
        TaylorModel lo = a2.split(0, false);
        assertThat(up.coefficient(0, 0)).isEqualTo(0.25);
        assertThat(up.coefficient(1, 0)).isEqualTo(0.5);
        assertThat(up.coefficient(2, 0)).isEqualTo(0.25);
        assertThat(lo.coefficient(1, 0)).isEqualTo(-0.5);
        assertThat(up.remainder()).isEqualTo(Interval.point(0));
        assertThat(up.bound().subsetOf(Interval.of(0, 1))).isTrue();
        // the other variable is untouched
        assertThat(s.variable("b").split(0, true)).isEqualTo(s.variable("b"));
    }

    /**
     * For random cubic polynomials in two variables (with a remainder), the halves evaluated at
     * random points {@code ξ'} enclose the original polynomial at {@code ξ = (ξ' ± 1)/2} (interval
     * evaluation of the original at the image point, plus the remainder).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void halvesModelTheOriginalOnTheirHalfOfTheDomain(long seed) {
        Gen g = new Gen(seed);
        TaylorModelSpace s = normalised(3);
        TaylorModel a = s.variable("a");
        TaylorModel b = s.variable("b");
        TaylorModel f = s.constant(Interval.of(-1e-3, 1e-3));
        for (int i = 0; i <= 3; i++) {
            for (int j = 0; i + j <= 3; j++) {
                f = f.add(a.pow(i).multiply(b.pow(j)).multiply(g.uniform(-2, 2)));
            }
        }
        int v = g.intBetween(0, 1);
        boolean upper = g.intBetween(0, 1) == 1;
        TaylorModel half = f.split(v, upper);
        double[] xi = {g.uniform(-1, 1), g.uniform(-1, 1)};
        Interval[] image = {Interval.point(xi[0]), Interval.point(xi[1])};
        image[v] = Interval.point(xi[v]).add(Interval.point(upper ? 1 : -1)).divide(Interval.point(2));
        Interval original = evaluate(f, image).add(f.remainder());
        Interval split = evaluate(half, new Interval[] {Interval.point(xi[0]), Interval.point(xi[1])})
                .add(half.remainder());
        // both contain every value of the modelled functions at that point; the polynomial value of f lies in both
        Interval polyF = evaluate(f, image);
        assertThat(polyF.subsetOf(split)).as("%s: f(%s) = %s not in the half's %s", g, java.util.Arrays.toString(image),
                polyF, split).isTrue();
        assertThat(split.wid()).as("%s", g).isLessThan(original.wid() + 1e-9);
    }

    @Test
    void splitNeedsANormalisedVariableAndSubstituteStaysInTheDomain() {
        Map<String, Interval> m = new LinkedHashMap<>();
        m.put("x", Interval.of(0, 4));
        TaylorModelSpace s = TaylorModelSpace.of(m, 2);
        assertThatThrownBy(() -> s.variable("x").split(0, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not [-1, 1]");
        assertThatThrownBy(() -> normalised(2).variable("a").substitute(0, 1, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("which leaves it");
    }

    /** The polynomial part at the point {@code x} (deviations), in interval arithmetic. */
    private static Interval evaluate(TaylorModel f, Interval[] x) {
        Interval sum = Interval.point(0);
        for (int i = 0; i <= f.order(); i++) {
            for (int j = 0; i + j <= f.order(); j++) {
                sum = sum.add(Interval.point(f.coefficient(i, j)).multiply(x[0].pow(i)).multiply(x[1].pow(j)));
            }
        }
        return sum;
    }
}
