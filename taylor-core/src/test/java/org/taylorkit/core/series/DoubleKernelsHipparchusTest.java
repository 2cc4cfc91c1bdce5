package org.taylorkit.core.series;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.UnaryOperator;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.DoubleKernels;
import org.taylorkit.core.testing.Gen;

/**
 * The double kernels against an independent implementation: Hipparchus {@link DerivativeStructure}
 * (one variable, order 10), whose k-th partial derivative is k!·c_k. The kernels' inputs are
 * themselves non-trivial series (the Taylor coefficients of a random smooth inner function
 * computed by Hipparchus), so every term of each recurrence is exercised.
 */
class DoubleKernelsHipparchusTest {

    private static final int ORDER = 10;
    private static final DSFactory FACTORY = new DSFactory(1, ORDER);
    /** Relative to the largest coefficient of the reference; observed errors are below 1e−14. */
    private static final double TOL = 1e-12;

    /** Taylor coefficients c_k = f^{(k)}/k! of a DerivativeStructure. */
    private static double[] coefficients(DerivativeStructure ds) {
        double[] c = new double[ORDER + 1];
        double f = 1.0;
        for (int k = 0; k <= ORDER; k++) {
            if (k > 0) {
                f *= k;
            }
            c[k] = ds.getPartialDerivative(k) / f;
        }
        return c;
    }

    /** A random inner function g(x) = x0 + amp·(sin(x − x1)·u + (x − x1)²·v) at x1, value x0. */
    private static DerivativeStructure inner(Gen gen, double x0, double amp) {
        double x1 = gen.uniform(-1.0, 1.0);
        DerivativeStructure x = FACTORY.variable(0, x1);
        DerivativeStructure d = x.subtract(x1);
        return d.sin().multiply(amp * gen.uniform(0.3, 1.0)).add(d.square().multiply(amp * gen.uniform(-1.0, 1.0)))
                .add(x0);
    }

    private interface Unary {
        void apply(double[] a, double[] c, double[] aux1, double[] aux2, int k);
    }

    private static void checkUnary(String name, Gen gen, double lo, double hi, double amp,
            UnaryOperator<DerivativeStructure> reference, Unary kernel) {
        DerivativeStructure g = inner(gen, gen.uniform(lo, hi), amp);
        double[] a = coefficients(g);
        double[] expected = coefficients(reference.apply(g));
        double[] c = new double[ORDER + 1];
        double[] aux1 = new double[ORDER + 1];
        double[] aux2 = new double[ORDER + 1];
        for (int k = 0; k <= ORDER; k++) {
            kernel.apply(a, c, aux1, aux2, k);
        }
        compare(name + " of g = " + Taylor1Asserts.str(a) + ", " + gen, expected, c);
    }

    private static void compare(String what, double[] expected, double[] actual) {
        double scale = 0.0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int k = 0; k <= ORDER; k++) {
            if (!(Math.abs(expected[k] - actual[k]) <= TOL * scale)) {
                fail(what + ": coefficient " + k + " Hipparchus " + expected[k] + " kernel " + actual[k]
                        + "\nHipparchus " + Taylor1Asserts.str(expected) + "\nkernel     " + Taylor1Asserts.str(actual));
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void unaryKernels(long seed) {
        Gen gen = new Gen(seed);
        checkUnary("exp", gen, -2, 2, 1, DerivativeStructure::exp, (a, c, p, q, k) -> DoubleKernels.exp(a, c, k));
        checkUnary("expm1", gen, -2, 2, 1, DerivativeStructure::expm1, (a, c, p, q, k) -> DoubleKernels.expm1(a, c, k));
        checkUnary("log", gen, 1.5, 4, 1, DerivativeStructure::log, (a, c, p, q, k) -> DoubleKernels.log(a, c, k));
        checkUnary("log1p", gen, 0.5, 3, 1, DerivativeStructure::log1p, (a, c, p, q, k) -> DoubleKernels.log1p(a, c, k));
        checkUnary("sqr", gen, -2, 2, 1, DerivativeStructure::square, (a, c, p, q, k) -> DoubleKernels.sqr(a, c, k));
        checkUnary("sqrt", gen, 1.5, 4, 1, DerivativeStructure::sqrt, (a, c, p, q, k) -> DoubleKernels.sqrt(a, c, k));
        checkUnary("cbrt", gen, -4, -1.5, 1, d -> d.rootN(3), (a, c, p, q, k) -> DoubleKernels.cbrt(a, c, k));
        double r = gen.uniform(-2.5, 2.5);
        checkUnary("pow " + r, gen, 1.5, 4, 1, d -> d.pow(r), (a, c, p, q, k) -> DoubleKernels.pow(a, r, c, k));
        checkUnary("pow -3 (negative base)", gen, -4, -1.5, 1, d -> d.pow(-3),
                (a, c, p, q, k) -> DoubleKernels.pow(a, -3.0, c, k));
        checkUnary("sin", gen, -3, 3, 1, DerivativeStructure::sin,
                (a, c, p, q, k) -> DoubleElementaryKernels.sinCos(a, c, p, k));
        checkUnary("cos", gen, -3, 3, 1, DerivativeStructure::cos,
                (a, c, p, q, k) -> DoubleElementaryKernels.sinCos(a, p, c, k));
        checkUnary("tan", gen, -0.6, 0.6, 0.5, DerivativeStructure::tan,
                (a, c, p, q, k) -> DoubleElementaryKernels.tan(a, c, p, k));
        checkUnary("sinh", gen, -2, 2, 1, DerivativeStructure::sinh,
                (a, c, p, q, k) -> DoubleElementaryKernels.sinhCosh(a, c, p, k));
        checkUnary("cosh", gen, -2, 2, 1, DerivativeStructure::cosh,
                (a, c, p, q, k) -> DoubleElementaryKernels.sinhCosh(a, p, c, k));
        checkUnary("tanh", gen, -2, 2, 1, DerivativeStructure::tanh,
                (a, c, p, q, k) -> DoubleElementaryKernels.tanh(a, c, p, k));
        checkUnary("asin", gen, -0.5, 0.5, 0.3, DerivativeStructure::asin,
                (a, c, p, q, k) -> DoubleElementaryKernels.asin(a, c, p, k));
        checkUnary("acos", gen, -0.5, 0.5, 0.3, DerivativeStructure::acos,
                (a, c, p, q, k) -> DoubleElementaryKernels.acos(a, c, p, k));
        checkUnary("atan", gen, -2, 2, 0.5, DerivativeStructure::atan,
                (a, c, p, q, k) -> DoubleElementaryKernels.atan(a, c, p, k));
        checkUnary("asinh", gen, -2, 2, 0.5, DerivativeStructure::asinh,
                (a, c, p, q, k) -> DoubleElementaryKernels.asinh(a, c, p, k));
        checkUnary("acosh", gen, 1.8, 4, 0.5, DerivativeStructure::acosh,
                (a, c, p, q, k) -> DoubleElementaryKernels.acosh(a, c, p, k));
        checkUnary("atanh", gen, -0.5, 0.5, 0.3, DerivativeStructure::atanh,
                (a, c, p, q, k) -> DoubleElementaryKernels.atanh(a, c, p, k));
        double s = gen.uniform(-3, 3);
        checkUnary("scale " + s, gen, -2, 2, 1, d -> d.multiply(s), (a, c, p, q, k) -> DoubleKernels.scale(a, s, c, k));
        checkUnary("addScalar " + s, gen, -2, 2, 1, d -> d.add(s), (a, c, p, q, k) -> DoubleKernels.addScalar(a, s, c, k));
        checkUnary("neg", gen, -2, 2, 1, DerivativeStructure::negate, (a, c, p, q, k) -> DoubleKernels.neg(a, c, k));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void binaryKernels(long seed) {
        Gen gen = new Gen(seed);
        DerivativeStructure ga = inner(gen, gen.uniform(-2, 2), 1);
        DerivativeStructure gb = inner(gen, gen.signedUniform(1.5, 3), 1);
        double[] a = coefficients(ga);
        double[] b = coefficients(gb);
        String what = " of a = " + Taylor1Asserts.str(a) + ", b = " + Taylor1Asserts.str(b) + ", " + gen;
        double[] c = new double[ORDER + 1];
        double[] r = new double[ORDER + 1];
        for (int k = 0; k <= ORDER; k++) {
            DoubleKernels.add(a, b, c, k);
        }
        compare("add" + what, coefficients(ga.add(gb)), c);
        for (int k = 0; k <= ORDER; k++) {
            DoubleKernels.sub(a, b, c, k);
        }
        compare("sub" + what, coefficients(ga.subtract(gb)), c);
        for (int k = 0; k <= ORDER; k++) {
            DoubleKernels.mul(a, b, c, k);
        }
        compare("mul" + what, coefficients(ga.multiply(gb)), c);
        for (int k = 0; k <= ORDER; k++) {
            DoubleKernels.div(a, b, c, k);
        }
        compare("div" + what, coefficients(ga.divide(gb)), c);
        for (int k = 0; k <= ORDER; k++) {
            DoubleElementaryKernels.atan2(a, b, c, r, k);
        }
        compare("atan2(a, b)" + what, coefficients(DerivativeStructure.atan2(ga, gb)), c);
    }
}
