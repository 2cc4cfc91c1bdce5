package org.taylorkit.interval.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import java.util.stream.LongStream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.enclosure.Box;

/** {@link RigorousQuadrature} and {@link PreciseQuadrature} against closed forms, published values and exact polynomial integrals. */
class QuadratureTest {

    private static boolean contains(Interval x, BigDecimal v) {
        return new BigDecimal(x.inf()).compareTo(v) <= 0 && v.compareTo(new BigDecimal(x.sup())) <= 0;
    }

    private static boolean contains(ApfloatInterval x, BigDecimal v) {
        return new BigDecimal(x.inf().toString(true)).compareTo(v) <= 0 && v.compareTo(new BigDecimal(x.sup().toString(true))) <= 0;
    }

    /**
     * Rump's example ∫₀⁸ sin(x + eˣ) dx = 0.34740017265724780787…, published in S. M. Rump, "Verification
     * methods: rigorous results using floating-point arithmetic", Acta Numerica 19 (2010), and reproduced by
     * Arb's {@code acb_calc_integrate} examples (F. Johansson, "Numerical integration in arbitrary-precision
     * ball arithmetic", 2018).
     */
    static final BigDecimal RUMP = new BigDecimal("0.34740017265724780787");

    @Test
    void rumpsOscillatoryIntegralInDouble() {
        IntegralEnclosure e = RigorousQuadrature.of(Expr.parse("sin(x + exp(x))"), Box.parse("x=[0,8]")).integrate();
        assertThat(contains(e.value(), RUMP)).as(e.toString()).isTrue();
        assertThat(e.value().wid()).isLessThanOrEqualTo(RigorousQuadrature.DEFAULT_TOLERANCE);
        assertThat(e.toleranceMet()).isTrue();
    }

    @Test
    void exponentialAtFortyDigits() {
        IntegralEnclosure e = PreciseQuadrature.of(Expr.parse("exp(x)"), "x", ApfloatInterval.of("0", 40),
                ApfloatInterval.of("1", 40), 40).integrate();
        BigDecimal eMinus1 = new BigDecimal(ApfloatMath.exp(new Apfloat(1, 50)).subtract(new Apfloat(1, 50)).toString(true));
        assertThat(contains(e.highPrecisionValue().orElseThrow(), eMinus1)).as(e.toString()).isTrue();
        assertThat(e.highPrecisionValue().orElseThrow().widDouble()).isLessThan(1e-36);
        assertThat(contains(e.value(), eMinus1)).isTrue();
    }

    @Test
    void sineOverAnEnclosedPiAtThirtyDigits() {
        // ∫₀^π sin = 2 with π only known as an enclosure: the uncertainty is added, 2 stays inside
        ApfloatInterval pi = ApfloatInterval.pi(30);
        IntegralEnclosure e = PreciseQuadrature.of(Expr.parse("sin(x)"), "x", ApfloatInterval.of("0", 30), pi, 30).integrate();
        assertThat(contains(e.highPrecisionValue().orElseThrow(), BigDecimal.valueOf(2))).as(e.toString()).isTrue();
        assertThat(e.highPrecisionValue().orElseThrow().widDouble()).isLessThan(1e-25);
    }

    @Test
    void gaussianOverTheUnitSquare() {
        // (∫₀¹ e^{−t²} dt)², the 1-D integral from its series Σ (−1)ⁿ/(n!(2n+1)) in 40-digit Apfloat
        Apfloat s = new Apfloat(0, 40);
        Apfloat factorial = new Apfloat(1, 40);
        for (int n = 0; n < 40; n++) {
            if (n > 0) {
                factorial = factorial.multiply(new Apfloat(n, 40));
            }
            Apfloat term = new Apfloat(1, 40).divide(factorial.multiply(new Apfloat(2 * n + 1, 40)));
            s = n % 2 == 0 ? s.add(term) : s.subtract(term);
        }
        BigDecimal ref = new BigDecimal(s.multiply(s).toString(true));
        IntegralEnclosure e = RigorousQuadrature.of(Expr.parse("exp(-x^2 - y^2)"), Box.parse("x=[0,1],y=[0,1]")).integrate();
        assertThat(contains(e.value(), ref)).as(e.toString()).isTrue();
        assertThat(e.value().wid()).isLessThan(1e-9);
    }

    @Test
    void threeDimensionalBoxAndUnusedVariables() {
        IntegralEnclosure e = RigorousQuadrature.of(Expr.parse("x*y*z"), Box.parse("x=[0,1],y=[0,2],z=[0,3]")).integrate();
        assertThat(e.value().contains(4.5)).isTrue(); // (1/2)(4/2)(9/2)
        IntegralEnclosure f = RigorousQuadrature.of(Expr.parse("x^2"), Box.parse("x=[0,3],y=[1,3]")).integrate();
        assertThat(f.value().contains(18.0)).as(f.toString()).isTrue(); // 9 · 2
        IntegralEnclosure g = RigorousQuadrature.of(Expr.parse("2.5"), Box.parse("x=[0,4]")).integrate();
        assertThat(g.value().contains(10.0)).isTrue();
    }

    @Test
    void singularIntegrandsGiveAnUnboundedEnclosureNeverAFiniteWrongOne() {
        IntegralEnclosure e = RigorousQuadrature.of(Expr.parse("1/x"), Box.parse("x=[0,1]")).integrate();
        assertThat(e.isBounded()).isFalse();
        assertThat(e.note()).isPresent();
        // sqrt is undefined on half of the interval: the integral does not exist, and the note says so on a piece
        // where sqrt is nowhere defined (before, it named a piece 3.5e-18 wide at -0.0156 and "may not exist")
        IntegralEnclosure root = RigorousQuadrature.of(Expr.parse("sqrt(x)"), Box.parse("x=[-1,1]")).integrate();
        assertThat(root.isBounded()).isFalse();
        assertThat(root.note().orElseThrow()).contains("the integrand is undefined everywhere on x ∈ [-1")
                .endsWith("so the integral does not exist");
        IntegralEnclosure log = RigorousQuadrature.of(Expr.parse("log(x)"), Box.parse("x=[-3,-1]")).integrate();
        assertThat(log.pieces()).isEqualTo(1);
        assertThat(log.note().orElseThrow()).contains("undefined everywhere on x ∈ [-3.0, -1.0]");
        // 1/x, x·log x and 1/(x − 0.3) are defined at all but one point: no such claim
        assertThat(e.note().orElseThrow()).doesNotContain("does not exist");
        IntegralEnclosure xlogx = RigorousQuadrature.of(Expr.parse("x*log(x)"), Box.parse("x=[0,1]")).integrate();
        assertThat(xlogx.isBounded()).isFalse();
        assertThat(xlogx.note().orElseThrow()).doesNotContain("does not exist");
        IntegralEnclosure preciseRoot = PreciseQuadrature.of(Expr.parse("sqrt(x)"), "x", ApfloatInterval.of("-1", 20),
                ApfloatInterval.of("1", 20), 20).integrate();
        assertThat(preciseRoot.isBounded()).isFalse();
        assertThat(preciseRoot.note().orElseThrow()).contains("undefined everywhere").endsWith("so the integral does not exist");
        assertThat(RigorousQuadrature.of(Expr.parse("1/(x-0.3)"), Box.parse("x=[0,1]")).integrate().isBounded()).isFalse();
        IntegralEnclosure p = PreciseQuadrature.of(Expr.parse("1/x"), "x", ApfloatInterval.of("0", 20),
                ApfloatInterval.of("1", 20), 20).maxPieces(200).integrate();
        assertThat(p.isBounded()).isFalse();
    }

    /**
     * Integrands continuous but not analytic in the box (a branch point of √ or |·| at 0, where the
     * series overflow nearby): finite enclosures of the closed forms ∫₀¹ √x = 2/3, ∫₋₁² |x| = 5/2,
     * ∫₋₁¹ ∛x = 0 and ∫∫_[0,1]² √(x² + y²) = (√2 + asinh 1)/3 (the mean distance from a corner of the unit
     * square; e.g. Weisstein, "Square Line Picking", MathWorld), in double and at 30 digits.
     */
    @Test
    void continuousIntegrandsWithBranchPointsGetFiniteEnclosures() {
        IntegralEnclosure root = RigorousQuadrature.of(Expr.parse("sqrt(x)"), Box.parse("x=[0,1]")).integrate();
        assertThat(root.value().contains(2.0 / 3)).as(root.toString()).isTrue();
        assertThat(root.value().wid()).as(root.toString()).isLessThan(1e-9);
        IntegralEnclosure abs = RigorousQuadrature.of(Expr.parse("abs(x)"), Box.parse("x=[-1,2]")).integrate();
        assertThat(abs.value().contains(2.5)).as(abs.toString()).isTrue();
        assertThat(abs.value().wid()).isLessThan(1e-9);
        IntegralEnclosure cube = RigorousQuadrature.of(Expr.parse("cbrt(x)"), Box.parse("x=[-1,1]")).integrate();
        assertThat(cube.value().contains(0.0)).as(cube.toString()).isTrue();
        assertThat(cube.value().wid()).isLessThan(1e-9);
        double corner = (Math.sqrt(2) + Math.log(1 + Math.sqrt(2))) / 3; // asinh 1 = ln(1 + √2)
        IntegralEnclosure dist = RigorousQuadrature.of(Expr.parse("sqrt(x^2 + y^2)"), Box.parse("x=[0,1],y=[0,1]"))
                .tolerance(1e-6).integrate();
        assertThat(dist.value().inf()).as(dist.toString()).isLessThanOrEqualTo(corner);
        assertThat(dist.value().sup()).as(dist.toString()).isGreaterThanOrEqualTo(corner);
        assertThat(dist.value().wid()).as(dist.toString()).isLessThan(1e-5);
        IntegralEnclosure precise = PreciseQuadrature.of(Expr.parse("sqrt(x)"), "x", ApfloatInterval.of("0", 30),
                ApfloatInterval.of("1", 30), 30).tolerance(1e-20).integrate();
        ApfloatInterval twoThirds = ApfloatInterval.of("2", 40).divide(ApfloatInterval.of("3", 40));
        assertThat(precise.highPrecisionValue().orElseThrow().contains(twoThirds.mid())).as(precise.toString()).isTrue();
        assertThat(precise.highPrecisionValue().orElseThrow().widDouble()).isLessThan(1e-19);
    }

    @Test
    void endpointsKnownOnlyAsEnclosuresWidenTheResult() {
        Box inner = Box.of("x", Interval.of(0, Math.PI));
        Box outer = Box.of("x", Interval.of(0, Math.nextUp(Math.PI)));
        IntegralEnclosure e = RigorousQuadrature.of(Expr.parse("sin(x)"), inner).outer(outer).integrate();
        assertThat(e.value().contains(2.0)).isTrue();
    }

    @Test
    void badInputIsRejectedClearly() {
        assertThatThrownBy(() -> RigorousQuadrature.of(Expr.parse("x"), Box.parse("a=[0,1],b=[0,1],c=[0,1],d=[0,1]")))
                .hasMessageContaining("at most 3 variables");
        assertThatThrownBy(() -> RigorousQuadrature.of(Expr.parse("y"), Box.parse("x=[0,1]")))
                .hasMessageContaining("unknown variable 'y'");
        assertThatThrownBy(() -> RigorousQuadrature.of(Expr.parse("x"), Box.parse("x=[0,1]")).order(0))
                .hasMessageContaining("order");
        assertThatThrownBy(() -> PreciseQuadrature.of(Expr.parse("x"), "x", ApfloatInterval.of("2", 20),
                ApfloatInterval.of("1", 20), 20)).hasMessageContaining("exceeds");
    }

    static LongStream seeds() {
        return LongStream.range(0, 30).map(i -> 35_000 + i);
    }

    /**
     * A random polynomial of degree ≤ 8 with dyadic coefficients over a dyadic interval: the exact integral
     * {@code Σ c_k (b^{k+1} − a^{k+1})/(k+1)} in 60-digit BigDecimal must be inside, and the width within the tolerance.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void polynomialsIntegrateExactly(long seed) {
        Random rnd = new Random(seed);
        int degree = rnd.nextInt(9);
        double a = (rnd.nextInt(65) - 32) / 8.0;
        double b = a + (1 + rnd.nextInt(40)) / 8.0;
        StringBuilder p = new StringBuilder("0");
        MathContext mc = new MathContext(60);
        BigDecimal exact = BigDecimal.ZERO;
        for (int k = 0; k <= degree; k++) {
            double c = (rnd.nextInt(129) - 64) / 16.0;
            p.append(" + (").append(c).append(")*x^").append(k);
            BigDecimal bk = new BigDecimal(b).pow(k + 1).subtract(new BigDecimal(a).pow(k + 1));
            exact = exact.add(new BigDecimal(c).multiply(bk).divide(BigDecimal.valueOf(k + 1), mc));
        }
        String why = "seed " + seed + ": ∫ " + p + " over [" + a + ", " + b + "] = " + exact;
        IntegralEnclosure e = RigorousQuadrature.of(Expr.parse(p.toString()), Box.of("x", Interval.of(a, b))).integrate();
        BigDecimal slack = new BigDecimal("1e-50");
        assertThat(new BigDecimal(e.value().inf()).compareTo(exact.add(slack)) <= 0
                && exact.subtract(slack).compareTo(new BigDecimal(e.value().sup())) <= 0).as(why + " got " + e).isTrue();
        assertThat(e.toleranceMet()).as(why).isTrue();
    }
}
