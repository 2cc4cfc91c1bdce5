package org.taylorkit.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.multi.Variables;

/**
 * Multivariate series: the product and the exponential of dense series in n variables to total
 * order N, TaylorKit's {@link TaylorN} against Hipparchus's {@link DerivativeStructure}
 * ({@code new DSFactory(n, N)}). Shapes "nxN": 6x8 (C(14, 8) = 3003 coefficients), 2x20 (231)
 * and 2x16 (153, the largest two-variable order whose Hipparchus tables build in seconds).
 *
 * <p>The operands are the same functions in both libraries, built in setup (not timed):
 * a = 2 + sin(u) and b = cos(v) with the linear forms u = Σ (i+1)/n·x_i and
 * v = Σ (−1)^i x_i/(i+1) at x_i = 0.1·(i+1), so no monomial coefficient is zero. The Hipparchus
 * state's setup asserts that both libraries' a·b and exp(a) have the same partial derivatives (to
 * 1e-12 relative to the largest derivative of the same total degree), so like is compared with
 * like. Both libraries' index/compiler tables are built in setup; Hipparchus's under the deadline
 * of {@link HipparchusFactories} (its (2, 20) tables do not build in minutes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class TaylorNBenchmark {

    /** The operands in TaylorKit. */
    @State(Scope.Benchmark)
    public static class TaylorNState {
        /** Variables x order, as "nxN". */
        @Param({"6x8", "2x20", "2x16"})
        public String shape;

        TaylorN a;
        TaylorN b;
        /** Preallocated result of the allocation-free product. */
        double[] out;

        @Setup(Level.Trial)
        public void setup() {
            TaylorN[] ab = taylorNOperands(nvars(shape), order(shape));
            a = ab[0];
            b = ab[1];
            out = new double[a.size()];
        }
    }

    /** The operands in Hipparchus, checked against TaylorKit. */
    @State(Scope.Benchmark)
    public static class HipparchusState {
        @Param({"6x8", "2x20", "2x16"})
        public String shape;

        DerivativeStructure a;
        DerivativeStructure b;

        @Setup(Level.Trial)
        public void setup() {
            int n = nvars(shape);
            int order = order(shape);
            DSFactory factory = HipparchusFactories.create(n, order);
            double[] point = point(n);
            DerivativeStructure[] x = new DerivativeStructure[n];
            for (int i = 0; i < n; i++) {
                x[i] = factory.variable(i, point[i]);
            }
            DerivativeStructure u = x[0].multiply(weightU(0, n));
            DerivativeStructure v = x[0].multiply(weightV(0));
            for (int i = 1; i < n; i++) {
                u = u.add(x[i].multiply(weightU(i, n)));
                v = v.add(x[i].multiply(weightV(i)));
            }
            a = u.sin().add(2.0);
            b = v.cos();
            TaylorN[] ab = taylorNOperands(n, order);
            checkAgreement(shape, "a", ab[0], a);
            checkAgreement(shape, "b", ab[1], b);
            checkAgreement(shape, "a·b", ab[0].multiply(ab[1]), a.multiply(b));
            checkAgreement(shape, "exp(a)", ab[0].exp(), a.exp());
        }
    }

    /**
     * Fateman's benchmark as TaylorSeries.jl runs it: s = 1 + x + y + z + w in four variables,
     * truncated at total degree 40 (C(44, 4) = 135 751 coefficients), and s²⁰·(s²⁰ + 1) with s²⁰ by
     * binary powering. The setup checks the result's coefficient sum, its value at (1, 1, 1, 1), against
     * 5⁴⁰ + 5²⁰ (nothing is truncated; relative 1e-13: the coefficients of s⁴⁰ exceed 2⁵³).
     */
    @State(Scope.Benchmark)
    public static class FatemanState {
        TaylorN s;

        @Setup(Level.Trial)
        public void setup() {
            Variables v = Variables.of("x", "y", "z", "w");
            s = TaylorN.constant(v, 1.0, 40);
            for (String name : v.names()) {
                s = s.add(TaylorN.variable(v, name, 0.0, 40));
            }
            TaylorN p = fateman(s);
            double sum = 0.0;
            for (int i = 0; i < p.size(); i++) {
                sum += p.coefficientAt(i);
            }
            double exact = Math.pow(5, 40) + Math.pow(5, 20);
            if (!(Math.abs(sum - exact) <= 1e-13 * exact)) {
                throw new IllegalStateException("Fateman: coefficient sum " + sum + ", expected 5^40 + 5^20 = " + exact);
            }
        }
    }

    static TaylorN fateman(TaylorN s) {
        TaylorN s20 = s.pow(20);
        return s20.multiply(s20.add(1.0));
    }

    /** Fateman's s²⁰·(s²⁰ + 1) at degree 40 in four variables (one operation = the whole computation). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void fateman(FatemanState f, Blackhole bh) {
        bh.consume(fateman(f.s));
    }

    static int nvars(String shape) {
        return Integer.parseInt(shape.substring(0, shape.indexOf('x')));
    }

    static int order(String shape) {
        return Integer.parseInt(shape.substring(shape.indexOf('x') + 1));
    }

    static double[] point(int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = 0.1 * (i + 1);
        }
        return p;
    }

    static double weightU(int i, int n) {
        return (i + 1.0) / n;
    }

    static double weightV(int i) {
        return (i % 2 == 0 ? 1.0 : -1.0) / (i + 1);
    }

    /** a = 2 + sin(u), b = cos(v) as TaylorN (see the class comment). */
    static TaylorN[] taylorNOperands(int n, int order) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "x" + (i + 1);
        }
        TaylorN[] x = TaylorN.variables(Variables.of(names), point(n), order);
        TaylorN u = x[0].multiply(weightU(0, n));
        TaylorN v = x[0].multiply(weightV(0));
        for (int i = 1; i < n; i++) {
            u = u.add(x[i].multiply(weightU(i, n)));
            v = v.add(x[i].multiply(weightV(i)));
        }
        return new TaylorN[] {u.sin().add(2.0), v.cos()};
    }

    /**
     * Every partial derivative of {@code t} equals Hipparchus's within 1e-12 relative to the
     * largest derivative of the same total degree (the scale of that homogeneous part).
     *
     * @throws IllegalStateException naming the first monomial that disagrees
     */
    static void checkAgreement(String shape, String what, TaylorN t, DerivativeStructure d) {
        double[] scale = new double[t.order() + 1];
        t.forEachTerm((exps, c) -> {
            int deg = Arrays.stream(exps).sum();
            scale[deg] = Math.max(scale[deg],
                    Math.max(Math.abs(t.derivative(exps)), Math.abs(d.getPartialDerivative(exps))));
        });
        t.forEachTerm((exps, c) -> {
            double mine = t.derivative(exps);
            double theirs = d.getPartialDerivative(exps);
            if (!(Math.abs(mine - theirs) <= 1e-12 * scale[Arrays.stream(exps).sum()])) {
                throw new IllegalStateException("TaylorNBenchmark " + shape + ": " + what
                        + " differs at the derivative " + Arrays.toString(exps) + ": TaylorN " + mine
                        + ", Hipparchus " + theirs);
            }
        });
    }

    /** TaylorN product a·b (allocating the result, like Hipparchus). */
    @Benchmark
    public void taylorNProduct(TaylorNState s, Blackhole bh) {
        bh.consume(s.a.multiply(s.b));
    }

    /** TaylorN product a·b into a preallocated array ({@link TaylorN#mulInto}: allocates nothing). */
    @Benchmark
    public void taylorNProductInto(TaylorNState s, Blackhole bh) {
        TaylorN.mulInto(s.a, s.b, s.out);
        bh.consume(s.out);
    }

    /** Hipparchus DS product a·b. */
    @Benchmark
    public void hipparchusProduct(HipparchusState s, Blackhole bh) {
        bh.consume(s.a.multiply(s.b));
    }

    /** TaylorN exp(a). */
    @Benchmark
    public void taylorNExp(TaylorNState s, Blackhole bh) {
        bh.consume(s.a.exp());
    }

    /** Hipparchus DS exp(a). */
    @Benchmark
    public void hipparchusExp(HipparchusState s, Blackhole bh) {
        bh.consume(s.a.exp());
    }
}
