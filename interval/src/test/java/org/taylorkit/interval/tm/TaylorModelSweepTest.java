package org.taylorkit.interval.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taylorkit.interval.tm.TaylorModelSamples.assertEncloses;
import static org.taylorkit.interval.tm.TaylorModelSamples.sampledValue;
import static org.taylorkit.interval.tm.TaylorModelSamples.variables;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.testing.HighPrecision;
import org.taylorkit.interval.testing.IntervalGen;
import org.taylorkit.interval.tm.TaylorModelSamples.Case;

/**
 * The cheaper Taylor models of a flow's high time orders: {@link TaylorModel#truncate} (terms above a degree
 * moved into the remainder), {@link TaylorModel#multiply(TaylorModel, int)} (a product that forms only its
 * pairs up to a degree and encloses the rest by degree), {@link TaylorModelSpace#sweepingArithmetic} and
 * {@link TimeCoefficientSweep}. For seeded random models in 1 to 7 variables and sampled points of the box and
 * of the remainders, the exact real value of the operation, in {@link BigDecimal}, minus the result's
 * polynomial at the point lies in the result's remainder (compared exactly); the kept coefficients are those
 * of the full operation bit for bit.
 */
class TaylorModelSweepTest {

    /** A random model: coefficients often zero, else over many magnitudes and signs; remainder zero or small. */
    private static TaylorModel model(IntervalGen g, TaylorModelSpace s, MonomialIndex index) {
        double[] c = new double[s.size()];
        int top = g.intBetween(0, s.order());
        for (int p = 0; p < c.length; p++) {
            if (index.degree(p) <= top && g.intBetween(0, 3) != 0) {
                double m = g.logUniform(-12, 1);
                c[p] = g.coin() ? m : -m;
            }
        }
        Interval r = g.intBetween(0, 2) == 0 ? Interval.point(0.0) : g.ordered(g.signed(1e-3), g.signed(1e-3));
        return new TaylorModel(s, c, r);
    }

    private static Case setup(long seed) {
        IntervalGen g = new IntervalGen(seed);
        int n = g.intBetween(1, 7);
        int order = g.intBetween(1, n >= 6 ? 4 : 6);
        return Case.of(g, HighPrecision.box(g, variables(n)), order);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void aTruncatedModelEnclosesTheModelItTruncates(long seed) {
        Case s = setup(seed);
        IntervalGen g = s.g();
        TaylorModel a = model(g, s.space(), s.index());
        int degree = g.intBetween(0, s.space().order());
        TaylorModel t = a.truncate(degree);
        assertThat(t.degree()).isLessThanOrEqualTo(degree);
        double[] ca = a.coefficients();
        double[] ct = t.coefficients();
        for (int p = 0; p < ca.length; p++) {
            assertThat(ct[p]).as("%s: coefficient %d", g, p).isEqualTo(s.index().degree(p) <= degree ? ca[p] : 0.0);
        }
        for (int i = 0; i < 4; i++) {
            Map<String, Double> p = HighPrecision.point(g, s.box());
            assertEncloses(t, sampledValue(g, a, p), p, g + ": degree " + degree + " of " + s.space() + " at " + p);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void aProductTruncatedAtAnyDegreeEnclosesTheExactProduct(long seed) {
        Case s = setup(seed);
        IntervalGen g = s.g();
        TaylorModel a = model(g, s.space(), s.index());
        TaylorModel b = model(g, s.space(), s.index());
        TaylorModel full = a.multiply(b);
        for (int degree = 0; degree <= s.space().order(); degree++) {
            TaylorModel ab = a.multiply(b, degree);
            double[] cf = full.coefficients();
            double[] ct = ab.coefficients();
            for (int p = 0; p < cf.length; p++) {
                assertThat(ct[p]).as("%s: degree %d, coefficient %d", g, degree, p)
                        .isEqualTo(s.index().degree(p) <= degree ? cf[p] : 0.0);
            }
            for (int i = 0; i < 2; i++) {
                Map<String, Double> p = HighPrecision.point(g, s.box());
                BigDecimal exact = sampledValue(g, a, p).multiply(sampledValue(g, b, p));
                assertEncloses(ab, exact, p, g + ": product at degree " + degree + " of " + s.space() + " at " + p);
            }
        }
        assertThat(a.multiply(b, s.space().order())).isEqualTo(full);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void theSweepingArithmeticEnclosesTheExactProductAndKeepsExactOnesFull(long seed) {
        Case s = setup(seed);
        IntervalGen g = s.g();
        TaylorModel a = model(g, s.space(), s.index());
        TaylorModel b = model(g, s.space(), s.index());
        double ratio = g.logUniform(-3, 1);
        TaylorModel ab = s.space().sweepingArithmetic(ratio).multiply(a, b);
        for (int i = 0; i < 3; i++) {
            Map<String, Double> p = HighPrecision.point(g, s.box());
            BigDecimal exact = sampledValue(g, a, p).multiply(sampledValue(g, b, p));
            assertEncloses(ab, exact, p, g + ": ratio " + ratio + " of " + s.space() + " at " + p);
        }
        TaylorModel pa = a.polynomialPart();
        TaylorModel pb = b.polynomialPart();
        assertThat(s.space().sweepingArithmetic(ratio).multiply(pa, pb)).as("%s: exact operands", g).isEqualTo(pa.multiply(pb));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void theTimeCoefficientSweepCutsWithinItsRatioAndEncloses(long seed) {
        Case s = setup(seed);
        IntervalGen g = s.g();
        int n = g.intBetween(1, 3);
        TaylorModel[] states = new TaylorModel[n];
        for (int i = 0; i < n; i++) {
            states[i] = model(g, s.space(), s.index());
        }
        TaylorModel[] before = states.clone();
        double ratio = g.logUniform(-2, 1);
        TimeCoefficientSweep sweep = new TimeCoefficientSweep(s.space(), ratio);
        TaylorModelArithmetic ar = sweep.atOrder(g.intBetween(1, 10), states);
        assertThat(ar.sweepRatio()).isEqualTo(ratio);
        int degree = 0;
        for (TaylorModel m : states) {
            degree = Math.max(degree, m.degree());
        }
        for (int i = 0; i < n; i++) {
            // the cut is common to all states, and each state's swept terms stay within the ratio of its
            // remainder unless another state needed a higher degree
            assertThat(states[i].degree()).isLessThanOrEqualTo(degree);
            double[] mag = before[i].degreeMagnitudes();
            double swept = 0;
            for (int d = degree + 1; d < mag.length; d++) {
                swept += mag[d];
            }
            assertThat(swept).as("%s: state %d", g, i).isLessThanOrEqualTo(ratio * before[i].remainder().wid());
            Map<String, Double> p = HighPrecision.point(g, s.box());
            assertEncloses(states[i], sampledValue(g, before[i], p), p, g + ": state " + i + " at " + p);
        }
    }

    /**
     * {@code δ_0^a} truncated below its degree over {@code [−1, 1]}: the remainder must reach the monomial's
     * extremes, {@code [0, 3]} for an even power and {@code [−3, 3]} for an odd one (times the coefficient 3).
     */
    @Test
    void aTruncatedMonomialKeepsItsExactRangeAndSign() {
        Map<String, Interval> box = new LinkedHashMap<>();
        box.put("x", Interval.of(-1, 1));
        box.put("y", Interval.of(-1, 1));
        TaylorModelSpace space = TaylorModelSpace.of(box, 5);
        MonomialIndex index = MonomialIndex.of(2, 5);
        for (int a = 1; a <= 5; a++) {
            double[] c = new double[space.size()];
            c[index.position(a, 0)] = 3;
            TaylorModel t = new TaylorModel(space, c, Interval.point(0.0)).truncate(a - 1);
            assertThat(t.isConstantPolynomial()).isTrue();
            assertThat(t.remainder().contains(3)).as("a=%d: %s", a, t.remainder()).isTrue();
            assertThat(t.remainder().contains(a % 2 == 0 ? 0 : -3)).as("a=%d: %s", a, t.remainder()).isTrue();
            if (a % 2 == 0) {
                // one-sided up to the rounded-sum allowance 2^-31·3 (RoundedSums.deviation), not [-3, 3]
                assertThat(t.remainder().inf()).as("a=%d: one-sided", a).isGreaterThanOrEqualTo(-0x1p-31 * 3 * (1 + 1e-9));
            }
        }
    }

    @Test
    void badDegreesAndRatiosAreRefusedClearly() {
        Map<String, Interval> box = new LinkedHashMap<>();
        box.put("x", Interval.of(-1, 1));
        TaylorModelSpace space = TaylorModelSpace.of(box, 3);
        TaylorModel x = space.variable("x");
        assertThatThrownBy(() -> x.truncate(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and the order 3, got 4");
        assertThatThrownBy(() -> x.multiply(x, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got -1");
        assertThatThrownBy(() -> space.sweepingArithmetic(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive and finite, got 0");
        TaylorModelSpace other = TaylorModelSpace.of(box, 3);
        assertThatThrownBy(() -> new TimeCoefficientSweep(space, 1).atOrder(1, new TaylorModel[] {other.variable("x")}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another space");
        // below the minimum size nothing is cut and the plain arithmetic is returned
        TaylorModel[] states = {x.multiply(x).multiply(x).add(space.constant(Interval.of(-1, 1)))};
        TaylorModel before = states[0];
        assertThat(new TimeCoefficientSweep(space, 100, space.size() + 1).atOrder(3, states)).isSameAs(space.arithmetic());
        assertThat(states[0]).isSameAs(before);
        assertThat(new TimeCoefficientSweep(space, 100, space.size()).atOrder(3, states).sweepRatio()).isEqualTo(100);
        assertThat(states[0].degree()).isLessThan(before.degree());
    }
}
