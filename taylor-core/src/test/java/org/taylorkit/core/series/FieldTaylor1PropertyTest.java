package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.core.series.FieldTaylor1Assertions.BOXED;
import static org.taylorkit.core.series.FieldTaylor1Assertions.assertClose;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;

/**
 * Identities of {@link FieldTaylor1} over boxed doubles on random series (orders 5..40, coefficient k
 * of size up to 0.3^k so the series are analytic on a disc of radius about 3). Each identity is
 * exact mathematically; the tolerance covers rounding only.
 */
class FieldTaylor1PropertyTest {

    private static final double TOL = 1e-12;

    /** A random series of order n with constant term uniform in [lo, hi). */
    private static FieldTaylor1<Double> random(Gen g, int n, double lo, double hi) {
        double[] c = g.coefficients(n + 1, 0.3);
        c[0] = g.uniform(lo, hi);
        return FieldTaylor1Assertions.series(c);
    }

    private static int order(Gen g) {
        return g.intBetween(5, 40);
    }

    private static FieldTaylor1<Double> constant(double c, int n) {
        return FieldTaylor1.constant(BOXED, c, n);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void expAndLogAreInverse(long seed) {
        Gen g = new Gen(seed);
        FieldTaylor1<Double> a = random(g, order(g), 0.5, 2.0);
        assertClose(a, a.log().exp(), TOL, "exp(log a), a = " + a + ", " + g);
        FieldTaylor1<Double> b = random(g, order(g), -1.0, 1.0);
        assertClose(b, b.exp().log(), TOL, "log(exp b), b = " + b + ", " + g);
        assertClose(b, b.expm1().log1p(), TOL, "log1p(expm1 b), b = " + b + ", " + g);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void trigonometricIdentities(long seed) {
        Gen g = new Gen(seed);
        int n = order(g);
        FieldTaylor1<Double> a = random(g, n, -3.0, 3.0);
        assertClose(constant(1, n), a.sin().square().add(a.cos().square()), TOL, "sin² + cos², a = " + a + ", " + g);
        FieldTaylor1<Double> b = random(g, n, -1.2, 1.2);
        assertClose(b.sin().divide(b.cos()), b.tan(), TOL, "tan = sin/cos, b = " + b + ", " + g);
        assertClose(constant(1, n), b.cosh().square().subtract(b.sinh().square()), TOL, "cosh² − sinh², " + g);
        assertClose(b.sinh().divide(b.cosh()), b.tanh(), TOL, "tanh = sinh/cosh, b = " + b + ", " + g);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void inverseFunctionsInvert(long seed) {
        Gen g = new Gen(seed);
        int n = order(g);
        FieldTaylor1<Double> a = random(g, n, -1.0, 1.0);
        assertClose(a, a.sin().asin(), TOL, "asin(sin a), a = " + a + ", " + g);
        assertClose(a, a.tan().atan(), TOL, "atan(tan a), " + g);
        assertClose(a, a.sinh().asinh(), TOL, "asinh(sinh a), " + g);
        assertClose(a, a.tanh().atanh(), TOL, "atanh(tanh a), " + g);
        FieldTaylor1<Double> b = random(g, n, 0.4, 2.7);
        assertClose(b, b.cos().acos(), TOL, "acos(cos b), b = " + b + ", " + g);
        FieldTaylor1<Double> c = random(g, n, 0.4, 2.0);
        assertClose(c, c.cosh().acosh(), TOL, "acosh(cosh c), c = " + c + ", " + g);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void powerLaws(long seed) {
        Gen g = new Gen(seed);
        int n = order(g);
        FieldTaylor1<Double> a = random(g, n, 0.5, 2.0);
        double r = g.uniform(-2, 2);
        double s = g.uniform(-2, 2);
        String what = "a = " + a + ", r = " + r + ", s = " + s + ", " + g;
        assertClose(a.pow(r + s), a.pow(r).multiply(a.pow(s)), TOL, "a^r·a^s = a^{r+s}, " + what);
        assertClose(a.pow(r * s), a.pow(r).pow(s), TOL, "(a^r)^s = a^{rs}, " + what);
        assertClose(a.pow(r), a.pow(constant(r, n)), TOL, "a^r = exp(r log a), " + what);
        assertClose(a, a.sqrt().square(), TOL, "(√a)², " + what);
        FieldTaylor1<Double> b = random(g, n, 0.5, 2.0);
        if (g.coin()) {
            b = b.negate();
        }
        assertClose(b, b.cbrt().pow(3), TOL, "(∛b)³, b = " + b + ", " + g);
        int k = g.intBetween(-4, 6);
        FieldTaylor1<Double> repeated = constant(1, n);
        for (int i = 0; i < Math.abs(k); i++) {
            repeated = k > 0 ? repeated.multiply(b) : repeated.divide(b);
        }
        assertClose(repeated, b.pow(k), TOL, "b^" + k + " vs repeated product, b = " + b + ", " + g);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void differentiateUndoesIntegrate(long seed) {
        Gen g = new Gen(seed);
        FieldTaylor1<Double> a = random(g, order(g), -2, 2);
        double c = g.uniform(-5, 5);
        FieldTaylor1<Double> i = a.integrate(c);
        assertThat(i.order()).isEqualTo(a.order() + 1);
        assertThat(i.value()).isEqualTo(c);
        // c_k/(k+1)·(k+1) is exact up to one rounding each way
        assertClose(a, i.differentiate(), 4e-16, "d/dt ∫ a, a = " + a + ", " + g);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void revertInvertsTheSeries(long seed) {
        Gen g = new Gen(seed);
        int n = g.intBetween(5, 30);
        double[] c = g.coefficients(n + 1, 0.3);
        c[0] = g.uniform(-2, 2);
        c[1] = g.signedUniform(0.5, 1.5);
        FieldTaylor1<Double> f = FieldTaylor1Assertions.series(c);
        FieldTaylor1<Double> inverse = f.revert();
        assertThat(inverse.value()).isZero();
        FieldTaylor1<Double> identity = FieldTaylor1.variable(BOXED, c[0], n);
        assertClose(identity, f.evaluate(inverse), 1e-11, "f(x0 + g(u)) = c0 + u, f = " + f + ", " + g);
        FieldTaylor1<Double> shifted = f.subtract(c[0]);
        assertClose(shifted, shifted.revert().revert(), 1e-11, "revert∘revert, f = " + f + ", " + g);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void erfDerivativeAndAtan2(long seed) {
        Gen g = new Gen(seed);
        int n = order(g);
        FieldTaylor1<Double> a = random(g, n, -2, 2);
        // erf' = (2/√π) e^{−a²}·a'
        FieldTaylor1<Double> expected = a.square().negate().exp().multiply(2 / Math.sqrt(Math.PI)).multiply(a.differentiate());
        assertClose(expected, a.erf().differentiate(), TOL, "erf', a = " + a + ", " + g);
        FieldTaylor1<Double> x = random(g, n, 0.5, 2);
        FieldTaylor1<Double> y = random(g, n, -2, 2);
        assertClose(y.divide(x).atan(), FieldTaylor1.atan2(y, x), TOL, "atan2(y, x), x0 > 0, " + g);
        FieldTaylor1<Double> left = x.negate();
        FieldTaylor1<Double> up = y.abs().add(0.1);
        assertClose(up.divide(left).atan().add(Math.PI), FieldTaylor1.atan2(up, left), TOL, "atan2, second quadrant, " + g);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void divisionAndLeadingZeros(long seed) {
        Gen g = new Gen(seed);
        int n = order(g);
        FieldTaylor1<Double> a = random(g, n, -2, 2);
        FieldTaylor1<Double> b = random(g, n, 0.5, 2);
        assertClose(a, a.multiply(b).divide(b), TOL, "(a·b)/b, " + g);
        int m = g.intBetween(1, 4);
        FieldTaylor1<Double> tm = FieldTaylor1.variable(BOXED, 0.0, n).pow(m);
        FieldTaylor1<Double> q = tm.multiply(a).divide(tm.multiply(b));
        assertThat(q.order()).isEqualTo(n - m);
        assertClose(a.divide(b).truncate(n - m), q, TOL, "(t^m a)/(t^m b), m = " + m + ", " + g);
        // √(t^{2m}·b) = t^m·√b, order n − m (2m ≤ n: otherwise t^{2m}·b is the zero series to order n)
        m = Math.min(m, n / 2);
        tm = FieldTaylor1.variable(BOXED, 0.0, n).pow(m);
        FieldTaylor1<Double> t2m = tm.square();
        FieldTaylor1<Double> root = t2m.multiply(b).sqrt();
        assertThat(root.order()).isEqualTo(n - m);
        assertClose(tm.multiply(b.sqrt()).truncate(n - m), root, TOL, "√(t^{2m} b), " + g);
        assertClose(a.multiply(Math.signum(a.value())), a.abs(), 0, "abs, " + g);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void compositionMatchesDirectEvaluation(long seed) {
        Gen g = new Gen(seed);
        int n = order(g);
        FieldTaylor1<Double> s = random(g, n, 0, 0);
        double x0 = g.uniform(-1, 1);
        // f(x0 + t) composed with s (s_0 = 0) is f(x0 + s)
        FieldTaylor1<Double> f = FieldTaylor1.variable(BOXED, x0, n).sin();
        assertClose(s.add(x0).sin(), f.evaluate(s), TOL, "sin(x0 + s) by composition, " + g);
        double u = g.uniform(-0.5, 0.5);
        double horner = 0;
        for (int k = n; k >= 0; k--) {
            horner = horner * u + s.coefficient(k);
        }
        assertThat(s.evaluate(u)).isEqualTo(horner);
    }
}
