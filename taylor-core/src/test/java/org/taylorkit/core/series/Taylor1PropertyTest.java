package org.taylorkit.core.series;

import static org.taylorkit.core.series.Taylor1Asserts.assertSeriesClose;
import static org.taylorkit.core.series.Taylor1Asserts.describe;
import static org.taylorkit.core.series.Taylor1Asserts.randomSeries;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;

/**
 * Identities between elementary functions of random series, at random expansion points, orders
 * 30–40. Each series s = x_0 + tail has |s − x_0| ≤ amp on the unit disk (see
 * {@link Taylor1Asserts#randomSeries}); x_0 and amp are chosen so that every function involved is
 * analytic on that disk, so all exact coefficients are bounded by the function's maximum there and
 * a coefficient comparison with weight ρ = 1 and tolerance 1e−13 (about 500 double roundings) is
 * meaningful at every order. Observed errors are 1e−16 … 4e−15.
 */
class Taylor1PropertyTest {

    private static final double TOL = 1e-13;

    private static int order(Gen gen) {
        return gen.intBetween(30, 40);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void expOfLogIsIdentity(long seed) {
        Gen gen = new Gen(seed);
        Taylor1 s = randomSeries(gen, gen.uniform(1.5, 5.0), 1.0, order(gen));
        assertSeriesClose(s, s.log().exp(), 1.0, TOL, "exp(log s), " + describe(gen, s));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void sinSquaredPlusCosSquaredIsOne(long seed) {
        Gen gen = new Gen(seed);
        Taylor1 s = randomSeries(gen, gen.uniform(-3.0, 3.0), 1.0, order(gen));
        assertSeriesClose(Taylor1.constant(1.0, s.order()), s.sin().square().add(s.cos().square()), 1.0, TOL,
                "sin² + cos², " + describe(gen, s));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void tanIsSinOverCos(long seed) {
        Gen gen = new Gen(seed);
        Taylor1 s = randomSeries(gen, gen.uniform(-0.5, 0.5), 0.5, order(gen));
        assertSeriesClose(s.sin().divide(s.cos()), s.tan(), 1.0, TOL, "tan vs sin/cos, " + describe(gen, s));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void asinOfSinNearZero(long seed) {
        Gen gen = new Gen(seed);
        Taylor1 s = randomSeries(gen, gen.uniform(-0.5, 0.5), 0.3, order(gen));
        assertSeriesClose(s, s.sin().asin(), 1.0, TOL, "asin(sin s), " + describe(gen, s));
        // acos(cos u) = u away from the branch points cos u = ±1 (u = 0, π).
        Taylor1 u = randomSeries(gen, gen.uniform(0.6, 2.5), 0.3, s.order());
        assertSeriesClose(u, u.cos().acos(), 1.0, TOL, "acos(cos u), " + describe(gen, u));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void coshSquaredMinusSinhSquaredIsOne(long seed) {
        Gen gen = new Gen(seed);
        Taylor1 s = randomSeries(gen, gen.uniform(-2.0, 2.0), 1.0, order(gen));
        assertSeriesClose(Taylor1.constant(1.0, s.order()), s.cosh().square().subtract(s.sinh().square()), 1.0,
                TOL, "cosh² − sinh², " + describe(gen, s));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void powerLaws(long seed) {
        Gen gen = new Gen(seed);
        Taylor1 s = randomSeries(gen, gen.uniform(2.0, 4.0), 1.0, order(gen));
        double a = gen.uniform(-2.5, 2.5);
        double b = gen.uniform(-2.5, 2.5);
        String c = describe(gen, s) + " a = " + a + " b = " + b;
        assertSeriesClose(s.pow(a * b), s.pow(a).pow(b), 1.0, TOL, "(s^a)^b vs s^(ab), " + c);
        assertSeriesClose(s.pow(a + b), s.pow(a).multiply(s.pow(b)), 1.0, TOL, "s^a·s^b vs s^(a+b), " + c);
        assertSeriesClose(s.log().multiply(a).exp(), s.pow(a), 1.0, TOL, "s^a vs exp(a log s), " + c);
        assertSeriesClose(s.pow(a), s.pow(Taylor1.constant(a, s.order())), 1.0, TOL, "pow(constant series a), " + c);
        Taylor1 e = randomSeries(gen, a, 0.5, s.order());
        assertSeriesClose(e.multiply(s.log()).exp(), s.pow(e), 1.0, TOL, "s^e for a series e = " + e + ", " + c);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void rootsInvertPowers(long seed) {
        Gen gen = new Gen(seed);
        int n = order(gen);
        Taylor1 s = randomSeries(gen, gen.uniform(1.5, 4.0), 1.0, n);
        assertSeriesClose(s, s.sqrt().square(), 1.0, TOL, "sqrt(s)², " + describe(gen, s));
        assertSeriesClose(s, s.sqrt().multiply(s.sqrt()), 1.0, TOL, "sqrt(s)·sqrt(s), " + describe(gen, s));
        Taylor1 u = randomSeries(gen, gen.signedUniform(1.5, 4.0), 1.0, n);
        assertSeriesClose(u, u.cbrt().pow(3), 1.0, TOL, "cbrt(u)³, " + describe(gen, u));
        int p = gen.intBetween(-4, 6);
        Taylor1 expected = Taylor1.constant(1.0, n);
        for (int i = 0; i < Math.abs(p); i++) {
            expected = p > 0 ? expected.multiply(u) : expected.divide(u);
        }
        assertSeriesClose(expected, u.pow(p), 1.0, TOL, "u^" + p + " vs repeated products, " + describe(gen, u));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void tanhIsSinhOverCosh(long seed) {
        Gen gen = new Gen(seed);
        Taylor1 s = randomSeries(gen, gen.uniform(-2.0, 2.0), 1.0, order(gen));
        assertSeriesClose(s.sinh().divide(s.cosh()), s.tanh(), 1.0, TOL, "tanh vs sinh/cosh, " + describe(gen, s));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void inverseFunctionsUndoTheirFunctions(long seed) {
        Gen gen = new Gen(seed);
        int n = order(gen);
        Taylor1 s = randomSeries(gen, gen.uniform(-0.4, 0.4), 0.5, n);
        assertSeriesClose(s, s.tan().atan(), 1.0, TOL, "atan(tan s), " + describe(gen, s));
        Taylor1 h = randomSeries(gen, gen.uniform(-2.0, 2.0), 1.0, n);
        assertSeriesClose(h, h.sinh().asinh(), 1.0, TOL, "asinh(sinh s), " + describe(gen, h));
        assertSeriesClose(h, h.tanh().atanh(), 1.0, TOL, "atanh(tanh s), " + describe(gen, h));
        Taylor1 p = randomSeries(gen, gen.uniform(1.5, 3.0), 1.0, n);
        assertSeriesClose(p, p.cosh().acosh(), 1.0, TOL, "acosh(cosh s), s_0 > 0, " + describe(gen, p));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void expm1AndLog1pAreConsistent(long seed) {
        Gen gen = new Gen(seed);
        Taylor1 s = randomSeries(gen, gen.uniform(-2.0, 2.0), 1.0, order(gen));
        assertSeriesClose(s, s.expm1().log1p(), 1.0, TOL, "log1p(expm1 s), " + describe(gen, s));
        assertSeriesClose(s.exp().subtract(1.0), s.expm1(), 1.0, TOL, "expm1 vs exp − 1, " + describe(gen, s));
        // log(1 + p) needs 1 + p ≠ 0 on the disk: p_0 > −0.5, amp 0.5.
        Taylor1 p = randomSeries(gen, gen.uniform(-0.3, 2.0), 0.5, s.order());
        assertSeriesClose(p.add(1.0).log(), p.log1p(), 1.0, TOL, "log1p vs log(1 + p), " + describe(gen, p));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void erfDerivativeIsGaussian(long seed) {
        Gen gen = new Gen(seed);
        Taylor1 s = randomSeries(gen, gen.uniform(-2.0, 2.0), 1.0, order(gen));
        Taylor1 expected = s.square().negate().exp().multiply(2.0 / Math.sqrt(Math.PI)).multiply(s.differentiate());
        assertSeriesClose(expected, s.erf().differentiate(), 1.0, TOL, "erf(s)' vs (2/√π)e^{−s²}s', " + describe(gen, s));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void differentiateUndoesIntegrate(long seed) {
        Gen gen = new Gen(seed);
        Taylor1 s = randomSeries(gen, gen.uniform(-5.0, 5.0), 3.0, order(gen));
        double c0 = gen.uniform(-1.0, 1.0);
        Taylor1 i = s.integrate(c0);
        org.junit.jupiter.api.Assertions.assertEquals(c0, i.value(), "integration constant");
        // (c/(k+1))·(k+1) is c up to one rounding of each operation.
        Taylor1Asserts.assertCoefficientsRelative(s.coefficients(), i.differentiate(), 4.5e-16,
                "differentiate(integrate(s)), " + describe(gen, s));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void revertComposesToIdentity(long seed) {
        Gen gen = new Gen(seed);
        int n = order(gen);
        double[] c = randomSeries(gen, 0.0, 0.5, n).coefficients();
        c[1] = gen.signedUniform(0.5, 2.0);
        Taylor1 h = Taylor1.of(c);
        Taylor1 g = h.revert();
        Taylor1 id = Taylor1.variable(0.0, n);
        // The inverse has radius of convergence about 1/4 here; weight ρ = 0.3 keeps the scale honest.
        assertSeriesClose(id, h.evaluate(g), 0.3, TOL, "h(revert h), " + gen + " h = " + h);
        assertSeriesClose(id, g.evaluate(h), 0.3, TOL, "revert(h)(h), " + gen + " h = " + h);
        // A non-zero constant term is the expansion value: f(x0 + g(u)) = c0 + u.
        Taylor1 f = h.add(gen.uniform(-3.0, 3.0));
        assertSeriesClose(id.add(f.value()), f.evaluate(f.revert()), 0.3, TOL, "f(revert f), f = " + f);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void atan2RecoversTheAngle(long seed) {
        Gen gen = new Gen(seed);
        int n = order(gen);
        Taylor1 theta = randomSeries(gen, gen.uniform(-3.0, 3.0), 0.5, n);
        Taylor1 r = randomSeries(gen, gen.uniform(0.5, 2.0), 0.3, n);
        Taylor1 angle = Taylor1.atan2(r.multiply(theta.sin()), r.multiply(theta.cos()));
        assertSeriesClose(theta, angle, 1.0, TOL, "atan2(r sin θ, r cos θ), " + gen + " θ = " + theta + " r = " + r);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void expandAtRandomPointsMatchesTheAlgebra(long seed) {
        Gen gen = new Gen(seed);
        int n = order(gen);
        double x0 = gen.uniform(-3.0, 3.0);
        Taylor1 one = Taylor1.expand(x -> x.sin().square().add(x.cos().square()), x0, n);
        assertSeriesClose(Taylor1.constant(1.0, n), one, 1.0, TOL, "expand sin² + cos² at x0 = " + x0);
        // e^{2x} = (e^x)², a product of two different recurrences.
        Taylor1 e2 = Taylor1.expand(x -> x.multiply(2.0).exp(), x0, n);
        assertSeriesClose(e2, Taylor1.expand(x -> x.exp().square(), x0, n), 1.0, TOL, "e^{2x} vs (e^x)² at " + x0);
    }
}
