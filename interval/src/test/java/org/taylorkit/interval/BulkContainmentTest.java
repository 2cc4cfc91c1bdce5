package org.taylorkit.interval;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bulk containment, {@code x ∈ X ⇒ f(x) ∈ F(X)}, over 100 000+ random cases per build.
 *
 * <ul>
 *   <li>+ − × ÷: the exact value of {@code x op y} must lie in {@code X op Y}, compared exactly with
 *       {@link BigDecimal} (for ÷, {@code inf ≤ a/b} is checked as {@code inf·b ≤ a} with the sign
 *       of b) — no rounding can mislead.</li>
 *   <li>Elementary functions: the rigorous enclosure of f at the point, {@code F([x, x])} — itself
 *       checked against independent high-precision references in the function tests (ExpLogTest,
 *       TrigTest, …) — must be a subset of {@code F(X)}. Since f(x) ∈ F([x, x]), this proves
 *       f(x) ∈ F(X) for each case.</li>
 * </ul>
 * Intervals are drawn at many scales (1e−300 … 1e300 magnitudes, widths from zero to huge),
 * straddling zero and touching domain edges. A single miss is a bug; the message names the case.
 */
class BulkContainmentTest {

    private static final long SEED = 20_261_129L;

    record Fn(String name, UnaryOperator<Interval> f, double lo, double hi) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Fn> FUNCTIONS = List.of(
            new Fn("sqr", Interval::sqr, -1e6, 1e6),
            new Fn("sqrt", Interval::sqrt, 0, 1e6),
            new Fn("exp", Interval::exp, -700, 700),
            new Fn("expm1", Interval::expm1, -50, 50),
            new Fn("log", Interval::log, 1e-300, 1e300),
            new Fn("log1p", Interval::log1p, -0.999, 1e6),
            new Fn("sin", Interval::sin, -1e6, 1e6),
            new Fn("cos", Interval::cos, -1e6, 1e6),
            new Fn("tan", Interval::tan, -100, 100),
            new Fn("atan", Interval::atan, -1e6, 1e6),
            new Fn("asin", Interval::asin, -1, 1),
            new Fn("acos", Interval::acos, -1, 1),
            new Fn("sinh", Interval::sinh, -700, 700),
            new Fn("cosh", Interval::cosh, -700, 700),
            new Fn("tanh", Interval::tanh, -50, 50),
            new Fn("asinh", Interval::asinh, -1e6, 1e6),
            new Fn("acosh", Interval::acosh, 1, 1e6),
            new Fn("atanh", Interval::atanh, -1, 1),
            new Fn("erf", Interval::erf, -10, 10),
            new Fn("cbrt", Interval::cbrt, -1e6, 1e6),
            new Fn("pow(3)", x -> x.pow(3), -1e3, 1e3),
            new Fn("pow(-2)", x -> x.pow(-2), 1e-3, 1e3));

    static Stream<Arguments> functions() {
        return FUNCTIONS.stream().map(Arguments::of);
    }

    /** A random value in [lo, hi]: uniform, or log-uniform in magnitude, or a few special points. */
    private static double value(SplittableRandom r, double lo, double hi) {
        switch (r.nextInt(4)) {
            case 0:
                return lo + (hi - lo) * r.nextDouble();
            case 1: {
                double m = Math.max(Math.abs(lo), Math.abs(hi));
                double v = Math.pow(10, -8 + (Math.log10(m) + 8) * r.nextDouble());
                v = r.nextBoolean() ? v : -v;
                return Math.min(hi, Math.max(lo, v));
            }
            case 2:
                return Math.min(hi, Math.max(lo, (r.nextInt(9) - 4) * Math.PI / 4));
            default:
                return Math.min(hi, Math.max(lo, r.nextInt(21) - 10));
        }
    }

    private static Interval interval(SplittableRandom r, double lo, double hi) {
        double a = value(r, lo, hi);
        double b = r.nextInt(3) == 0 ? a : value(r, lo, hi);
        if (r.nextInt(4) == 0) {
            b = Math.min(hi, Math.max(lo, a + Math.ulp(a) * r.nextInt(1000)));
        }
        return Interval.of(Math.min(a, b), Math.max(a, b));
    }

    private static double inside(SplittableRandom r, Interval x) {
        double lo = x.inf();
        double hi = x.sup();
        double v = lo + (hi - lo) * r.nextDouble();
        if (!(v >= lo && v <= hi) || Double.isInfinite(v)) {
            v = r.nextBoolean() ? lo : hi;
        }
        return r.nextInt(8) == 0 ? (r.nextBoolean() ? lo : hi) : v;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void pointEnclosureLiesInTheIntervalEnclosure(Fn fn) {
        SplittableRandom r = new SplittableRandom(SEED + fn.name().hashCode());
        for (int i = 0; i < 4_000; i++) {
            Interval x = interval(r, fn.lo(), fn.hi());
            double p = inside(r, x);
            Interval big = fn.f().apply(x);
            Interval small = fn.f().apply(Interval.point(p));
            if (!small.subsetOf(big)) {
                fail(fn + ": case " + i + " (seed " + SEED + "): x = " + p + " in X = " + x + ", F([x,x]) = "
                        + small + " is not inside F(X) = " + big);
            }
        }
    }

    record Op(String name, BinaryOperator<Interval> f, BinaryOperator<BigDecimal> exact) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> operations() {
        return Stream.of(
                new Op("add", Interval::add, BigDecimal::add),
                new Op("subtract", Interval::subtract, BigDecimal::subtract),
                new Op("multiply", Interval::multiply, BigDecimal::multiply),
                new Op("divide", Interval::divide, null)).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void exactResultLiesInTheEnclosure(Op op) {
        SplittableRandom r = new SplittableRandom(SEED + op.name().hashCode());
        boolean division = op.name().equals("divide");
        for (int i = 0; i < 10_000; i++) {
            double scale = Math.pow(10, r.nextInt(601) - 300);
            Interval x = interval(r, -scale, scale);
            Interval y = interval(r, -scale, scale);
            double a = inside(r, x);
            double b = inside(r, y);
            if (division && b == 0) {
                continue;
            }
            Interval z = op.f().apply(x, y);
            if (z.isEmpty()) {
                fail(op + ": case " + i + ": empty result for " + x + ", " + y);
            }
            BigDecimal bigA = new BigDecimal(a);
            BigDecimal bigB = new BigDecimal(b);
            boolean below;
            boolean above;
            if (division) {
                // inf ≤ a/b ⇔ inf·b ≤ a for b > 0 (reversed for b < 0): exact products, no quotient rounding.
                int sign = bigB.signum();
                below = Double.isInfinite(z.inf()) || new BigDecimal(z.inf()).multiply(bigB).compareTo(bigA) * sign <= 0;
                above = Double.isInfinite(z.sup()) || new BigDecimal(z.sup()).multiply(bigB).compareTo(bigA) * sign >= 0;
            } else {
                BigDecimal exact = op.exact().apply(bigA, bigB);
                below = Double.isInfinite(z.inf()) || new BigDecimal(z.inf()).compareTo(exact) <= 0;
                above = Double.isInfinite(z.sup()) || new BigDecimal(z.sup()).compareTo(exact) >= 0;
            }
            if (!(below && above)) {
                fail(op + ": case " + i + " (seed " + SEED + "): " + a + " op " + b + " not in "
                        + z + " = " + x + " op " + y);
            }
        }
    }
}
