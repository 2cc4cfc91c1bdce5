package org.taylorkit.core.series;

import static org.taylorkit.core.series.Taylor1Asserts.describe;
import static org.taylorkit.core.series.Taylor1Asserts.randomSeries;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;
import org.taylorkit.core.testing.Gen;

/**
 * The generic path over boxed doubles must agree with the primitive fast path: every function,
 * random series at random points (in each function's domain), orders 10–40. The two paths are
 * separate implementations of the same recurrences (one per storage kind), so they may round
 * differently only where their summation order differs; the bound is 1e−13 relative to the largest
 * coefficient, which is hundreds of roundings. A larger gap means one of the two recurrences is wrong.
 */
class DoubleGenericAgreementTest {

    private static final BoxedDoubleArithmetic AR = BoxedDoubleArithmetic.INSTANCE;

    record Op(String name, double lo, double hi, UnaryOperator<Taylor1> fast,
              UnaryOperator<FieldTaylor1<Double>> generic) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Op> OPS = List.of(
            new Op("sqrt", 0.5, 4, Taylor1::sqrt, FieldTaylor1::sqrt),
            new Op("cbrt", -4, -0.5, Taylor1::cbrt, FieldTaylor1::cbrt),
            new Op("square", -3, 3, Taylor1::square, FieldTaylor1::square),
            new Op("reciprocal", 0.5, 3, Taylor1::reciprocal, FieldTaylor1::reciprocal),
            new Op("pow(2.7)", 0.5, 3, s -> s.pow(2.7), s -> s.pow(2.7)),
            new Op("pow(-3)", 0.5, 3, s -> s.pow(-3), s -> s.pow(-3)),
            new Op("exp", -2, 2, Taylor1::exp, FieldTaylor1::exp),
            new Op("expm1", -2, 2, Taylor1::expm1, FieldTaylor1::expm1),
            new Op("log", 0.5, 4, Taylor1::log, FieldTaylor1::log),
            new Op("log1p", -0.3, 3, Taylor1::log1p, FieldTaylor1::log1p),
            new Op("sin", -3, 3, Taylor1::sin, FieldTaylor1::sin),
            new Op("cos", -3, 3, Taylor1::cos, FieldTaylor1::cos),
            new Op("tan", -1, 1, Taylor1::tan, FieldTaylor1::tan),
            new Op("asin", -0.6, 0.6, Taylor1::asin, FieldTaylor1::asin),
            new Op("acos", -0.6, 0.6, Taylor1::acos, FieldTaylor1::acos),
            new Op("atan", -3, 3, Taylor1::atan, FieldTaylor1::atan),
            new Op("sinh", -2, 2, Taylor1::sinh, FieldTaylor1::sinh),
            new Op("cosh", -2, 2, Taylor1::cosh, FieldTaylor1::cosh),
            new Op("tanh", -2, 2, Taylor1::tanh, FieldTaylor1::tanh),
            new Op("asinh", -3, 3, Taylor1::asinh, FieldTaylor1::asinh),
            new Op("acosh", 1.6, 4, Taylor1::acosh, FieldTaylor1::acosh),
            new Op("atanh", -0.6, 0.6, Taylor1::atanh, FieldTaylor1::atanh),
            new Op("erf", -2, 2, Taylor1::erf, FieldTaylor1::erf),
            new Op("abs", -3, -0.5, Taylor1::abs, FieldTaylor1::abs),
            new Op("exp∘sin·cos", -2, 2, s -> s.sin().exp().multiply(s.cos()),
                    s -> s.sin().exp().multiply(s.cos())),
            new Op("atan2(s, 1+s²)", -2, 2, s -> Taylor1.atan2(s, s.square().add(1.0)),
                    s -> FieldTaylor1.atan2(s, s.square().add(1.0))));

    static Stream<Arguments> cases() {
        return OPS.stream().flatMap(op -> Gen.seeds().limit(10).mapToObj(seed -> Arguments.of(op, seed)));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void genericOverBoxedDoublesAgreesWithTheFastPath(Op op, long seed) {
        Gen gen = new Gen(seed);
        int order = gen.intBetween(10, 40);
        // Keep the series well inside the domain on the unit disk: a small tail amplitude.
        Taylor1 s = randomSeries(gen, gen.uniform(op.lo(), op.hi()), 0.25, order);
        Double[] boxed = new Double[order + 1];
        for (int k = 0; k <= order; k++) {
            boxed[k] = s.coefficient(k);
        }
        Taylor1 fast = op.fast().apply(s);
        FieldTaylor1<Double> generic = op.generic().apply(FieldTaylor1.of(AR, boxed));
        Assertions.assertEquals(fast.order(), generic.order(), "orders differ: " + op + ", " + describe(gen, s));
        double scale = 0;
        for (int k = 0; k <= fast.order(); k++) {
            scale = Math.max(scale, Math.abs(fast.coefficient(k)));
        }
        for (int k = 0; k <= fast.order(); k++) {
            double a = fast.coefficient(k);
            double b = generic.coefficient(k);
            if (Math.abs(a - b) > 1e-13 * Math.max(scale, 1e-300)) {
                Assertions.fail(op + ": coefficient " + k + " fast " + a + " vs generic " + b + ", "
                        + describe(gen, s));
            }
        }
    }
}
