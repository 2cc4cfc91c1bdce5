package org.taylorkit.interval.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taylorkit.interval.tm.TaylorModelSamples.assertContainsExactly;
import static org.taylorkit.interval.tm.TaylorModelSamples.assertEncloses;
import static org.taylorkit.interval.tm.TaylorModelSamples.sampledValue;
import static org.taylorkit.interval.tm.TaylorModelSamples.valueAt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.testing.HighPrecision;
import org.taylorkit.interval.testing.IntervalGen;
import org.taylorkit.interval.tm.TaylorModelSamples.Case;

/**
 * The Taylor-model product ({@link PolynomialArithmetic#multiply}, fast path
 * {@link ErrorFreeProduct}) encloses the exact product: for random models {@code a = Pa + Ra},
 * {@code b = Pb + Rb}, sampled points {@code ξ} of the box and sampled {@code ra ∈ Ra},
 * {@code rb ∈ Rb}, the exact real {@code (Pa(δ) + ra)·(Pb(δ) + rb) − P(δ)} (all in {@link BigDecimal},
 * which is exact for sums and products of doubles; {@code P} is the product's polynomial) lies in
 * the product's remainder, compared exactly (no slack). Products of dyadic coefficients that are
 * exact in doubles keep a zero remainder; the fast and the directed-rounding paths store the same
 * coefficients; sums, differences and scalings enclose theirs the same way; the fallback cases (underflowing and overflowing products) keep their behaviour.
 */
class TaylorModelProductTest {

    private static final List<List<String>> VARIABLES = List.of(List.of("x"), List.of("x", "y"), List.of("x", "y", "z"));

    /** A random coefficient: zero, a small dyadic, or a double over many magnitudes and signs. */
    private static double coefficient(IntervalGen g, boolean exact) {
        int k = g.intBetween(0, 5);
        if (k == 0) {
            return 0;
        }
        if (exact || k == 1) {
            return g.intBetween(-64, 64) / 16.0;
        }
        double m = g.logUniform(-30, 10);
        return g.coin() ? m : -m;
    }

    private static TaylorModel model(IntervalGen g, TaylorModelSpace s, boolean exact) {
        double[] c = new double[s.size()];
        for (int p = 0; p < c.length; p++) {
            c[p] = coefficient(g, exact);
        }
        Interval r = exact || g.intBetween(0, 2) == 0 ? Interval.point(0.0) : g.ordered(g.signed(1e-6), g.signed(1e-6));
        return new TaylorModel(s, c, r);
    }

    /** A case in 1 to 3 of x, y, z: the box, then the order from 0 to 6. */
    private static Case randomCase(long seed) {
        IntervalGen g = new IntervalGen(seed);
        List<String> vars = VARIABLES.get(g.intBetween(0, 2));
        Map<String, Interval> box = HighPrecision.box(g, vars);
        return Case.of(g, box, g.intBetween(0, 6));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#manySeeds")
    void theProductEnclosesTheExactProductAtSampledPoints(long seed) {
        Case c = randomCase(seed);
        IntervalGen g = c.g();
        TaylorModel a = model(g, c.space(), false);
        TaylorModel b = model(g, c.space(), false);
        TaylorModel ab = a.multiply(b);
        assertThat(ab.coefficients()).isEqualTo(PolynomialArithmetic.multiplyDirected(a, b).coefficients());
        for (int i = 0; i < 6; i++) {
            Map<String, Double> p = HighPrecision.point(g, c.box());
            double ra = g.memberOf(a.remainder());
            double rb = g.memberOf(b.remainder());
            assertEncloses(ab, valueAt(a, p, ra).multiply(valueAt(b, p, rb)), p,
                    g + ": (" + a + ")·(" + b + ") = " + ab + " at " + p + ", ra=" + ra + ", rb=" + rb);
        }
    }

    /** The same containment for {@code a + b}, {@code a − b} and {@code s·a} (TwoSum and fma error bounds). */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#manySeeds")
    void sumsDifferencesAndScalingsEncloseTheExactResult(long seed) {
        Case c = randomCase(seed);
        IntervalGen g = c.g();
        TaylorModel a = model(g, c.space(), false);
        TaylorModel b = model(g, c.space(), false);
        double s = coefficient(g, false);
        TaylorModel sum = a.add(b);
        TaylorModel difference = a.subtract(b);
        TaylorModel scaled = a.multiply(s);
        for (int i = 0; i < 4; i++) {
            Map<String, Double> p = HighPrecision.point(g, c.box());
            BigDecimal va = sampledValue(g, a, p);
            BigDecimal vb = sampledValue(g, b, p);
            String what = g + ": a=" + a + ", b=" + b + ", s=" + s + " at " + p;
            assertEncloses(sum, va.add(vb), p, what + " (a + b = " + sum + ")");
            assertEncloses(difference, va.subtract(vb), p, what + " (a − b = " + difference + ")");
            assertEncloses(scaled, va.multiply(new BigDecimal(s)), p, what + " (s·a = " + scaled + ")");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void productsExactInDoublesKeepAZeroRemainder(long seed) {
        IntervalGen g = new IntervalGen(seed);
        List<String> vars = VARIABLES.get(g.intBetween(0, 2));
        int order = g.intBetween(1, 6);
        Case c = Case.of(g, HighPrecision.box(g, vars), order);
        TaylorModelSpace space = c.space();
        // a and b of degree ≤ order/2 each: the product has no truncated terms, and small dyadic
        // coefficients (multiples of 1/16 up to 4, at most 84 terms) make every sum exact
        double[] ca = new double[space.size()];
        double[] cb = new double[space.size()];
        for (int p = 0; p < ca.length; p++) {
            if (c.index().degree(p) <= order / 2) {
                ca[p] = coefficient(g, true);
                cb[p] = coefficient(g, true);
            }
        }
        TaylorModel ab = new TaylorModel(space, ca, Interval.point(0.0)).multiply(new TaylorModel(space, cb, Interval.point(0.0)));
        assertThat(PolynomialArithmetic.isZero(ab.remainder())).as("%s: %s", g, ab).isTrue();
    }

    @Test
    void anUnderflowingProductFallsBackToDirectedRoundingAndStaysRigorous() {
        TaylorModelSpace s = TaylorModelSpace.of(Map.of("x", Interval.of(-1, 1)), 2);
        TaylorModel a = new TaylorModel(s, new double[] {0x1p-600, 1, 0}, Interval.point(0.0));
        TaylorModel b = new TaylorModel(s, new double[] {0x1p-500 * 3, 0, 0}, Interval.point(0.0));
        assertThat(ErrorFreeProduct.multiply(s, a.raw(), b.raw())).isNull();
        TaylorModel ab = a.multiply(b);
        // 2^-600 · 3·2^-500 = 3·2^-1100 underflows to 0: the remainder must hold the lost 3·2^-1100
        assertThat(ab.coefficients()[0]).isEqualTo(0.0);
        assertContainsExactly(ab.remainder(), new BigDecimal(0x1p-600).multiply(new BigDecimal(0x1p-500 * 3)), "underflow");
        assertThat(ab.coefficients()[1]).isEqualTo(0x1p-500 * 3);
    }

    @Test
    void partsWhoseEveryProductUnderflowsAreStillEnclosed() {
        // x, y in [-2^-40, 2^-40]: 2^-1000·x·y ranges over [-2^-1080, 2^-1080], and every rounded product
        // c_p·B_p (2^-1080) underflows to 0; the bound and the truncated product's remainder must still hold them
        double r = 0x1p-40;
        TaylorModelSpace s = TaylorModelSpace.of(Map.of("x", Interval.of(-r, r), "y", Interval.of(-r, r)), 2);
        double[] c = s.variable("x").multiply(s.variable("y")).coefficients();
        for (int p = 0; p < c.length; p++) {
            c[p] *= 0x1p-1000;
        }
        TaylorModel tiny = new TaylorModel(s, c, Interval.point(0.0));
        BigDecimal edge = BigDecimal.ONE.divide(BigDecimal.valueOf(2).pow(1080));
        assertContainsExactly(tiny.polynomialBound(), edge, "bound, top");
        assertContainsExactly(tiny.polynomialBound(), edge.negate(), "bound, bottom");
        // times x, truncated at degree 2: the dropped 2^-1000·x²·y ranges over [-2^-1120, 2^-1120]
        TaylorModel product = tiny.multiply(s.variable("x"));
        BigDecimal dropped = BigDecimal.ONE.divide(BigDecimal.valueOf(2).pow(1120));
        assertContainsExactly(product.bound(), dropped, "product, top");
        assertContainsExactly(product.bound(), dropped.negate(), "product, bottom");
    }

    @Test
    void anOverflowingProductIsADomainErrorOnBothPaths() {
        TaylorModelSpace s = TaylorModelSpace.of(Map.of("x", Interval.of(-1, 1)), 2);
        TaylorModel a = new TaylorModel(s, new double[] {1e200, 1, 0}, Interval.point(0.0));
        assertThatThrownBy(() -> a.multiply(a)).isInstanceOf(TaylorModelDomainException.class)
                .hasMessageContaining("overflow");
        TaylorModel high = new TaylorModel(s, new double[] {0, 0, 1e200}, Interval.point(0.0));
        // a truncated term that overflows (1e200² at degree 4 > 2): a clear error on both paths, not an unbounded remainder
        assertThatThrownBy(() -> high.multiply(high)).isInstanceOf(TaylorModelDomainException.class)
                .hasMessageContaining("remainder overflowed").hasMessageContaining("order 2");
        assertThatThrownBy(() -> PolynomialArithmetic.multiplyDirected(high, high))
                .isInstanceOf(TaylorModelDomainException.class).hasMessageContaining("remainder overflowed");
    }
}
