package org.taylorkit.benchmarks;

import java.util.Map;
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
import org.taylorkit.core.series.Taylor1;
import org.taylorkit.core.series.Taylor1Arithmetic;
import org.taylorkit.core.expr.Expr;

/**
 * The full expansion (all derivatives to the given order) of the seed function
 * f(x) = e^x / √(sin³x + cos³x) at x = 1.5: TaylorKit's {@link Taylor1} against Hipparchus's
 * {@link DerivativeStructure} with one free parameter ({@code new DSFactory(1, order)}), and
 * TaylorKit through its expression graph ({@link Expr#parse} once in setup, {@link Expr#evaluate}
 * over {@link Taylor1Arithmetic#ofOrder} per operation).
 *
 * <p>Each benchmark builds the variable and evaluates the whole expression, and hands the result to
 * the {@link Blackhole}. Hipparchus's per-(parameters, order) compiler tables are built once in
 * setup and are not timed (they are cached process-wide by Hipparchus too). The TaylorKit state's
 * setup asserts that both libraries produce the same derivatives to 1e-12 relative at order 20
 * (and at the benchmarked order when Hipparchus can reach it), so like is compared with like, and
 * that the expression-graph result is identical to the direct one.
 *
 * <p>Hipparchus in one variable composes univariate functions by Faà di Bruno's formula, whose
 * term count for derivative k is the number of partitions p(k) (p(20) = 627, p(35) = 14 883,
 * p(100) ≈ 1.9·10⁸): its tables take seconds at order 30, tens of seconds at order 35, and cannot
 * be built at order 100. The Hipparchus states therefore refuse orders above
 * {@value #DEFAULT_DS_MAX_ORDER} with a clear message (JMH reports the failure and moves on);
 * raise the limit with {@code -jvmArgsAppend -Dtaylorkit.bench.dsMaxOrder=N} to try anyway.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class SeedExpansionBenchmark {

    /** Highest order the Hipparchus states accept unless the system property says otherwise. */
    static final int DEFAULT_DS_MAX_ORDER = 30;

    /** TaylorKit state: the order, the parsed expression and its arithmetic; setup runs the agreement checks. */
    @State(Scope.Benchmark)
    public static class TaylorKitState {
        @Param({"20", "100"})
        public int order;

        /** The expansion point, in a non-final field so the JIT cannot constant-fold it. */
        public double x0 = SeedFunction.X0;

        Expr expr;
        Taylor1Arithmetic arithmetic;

        @Setup(Level.Trial)
        public void setup() {
            SeedFunction.checkAgreement(20, 1e-12);
            if (order != 20 && order <= dsMaxOrder()) {
                SeedFunction.checkAgreement(order, 1e-12);
            }
            expr = Expr.parse(SeedFunction.TEXT);
            arithmetic = Taylor1Arithmetic.ofOrder(order);
            Taylor1 direct = SeedFunction.taylorKit(Taylor1.variable(x0, order));
            Taylor1 viaGraph = expr.evaluate(arithmetic, Map.of("x", arithmetic.variable(x0)));
            if (!direct.equals(viaGraph)) {
                throw new IllegalStateException("seed function: the expression graph " + expr
                        + " gave " + viaGraph + ", the direct Taylor1 calls " + direct);
            }
        }
    }

    /** Hipparchus state: the factory (and its compiler tables) for one variable at the order. */
    @State(Scope.Benchmark)
    public static class HipparchusState {
        @Param({"20", "100"})
        public int order;

        public double x0 = SeedFunction.X0;

        DSFactory factory;

        @Setup(Level.Trial)
        public void setup() {
            int max = dsMaxOrder();
            if (order > max) {
                throw new UnsupportedOperationException("Hipparchus DerivativeStructure at order "
                        + order + " in 1 variable is not benchmarked: its Faà di Bruno composition"
                        + " tables grow like the partition numbers p(k) (p(100) ≈ 1.9e8 terms) and"
                        + " cannot be built in reasonable time or memory; the limit is order " + max
                        + " (-Dtaylorkit.bench.dsMaxOrder)");
            }
            factory = new DSFactory(1, order);
            SeedFunction.hipparchus(factory.variable(0, x0)); // touch every table once
        }
    }

    static int dsMaxOrder() {
        return Integer.getInteger("taylorkit.bench.dsMaxOrder", DEFAULT_DS_MAX_ORDER);
    }

    /** TaylorKit: {@code Taylor1.variable(1.5, n)} and the expression through the double kernels. */
    @Benchmark
    public void taylorKit(TaylorKitState s, Blackhole bh) {
        bh.consume(SeedFunction.taylorKit(Taylor1.variable(s.x0, s.order)));
    }

    /** TaylorKit through the expression graph: parsed once, evaluated over Taylor1Arithmetic. */
    @Benchmark
    public void taylorKitExpr(TaylorKitState s, Blackhole bh) {
        bh.consume(s.expr.evaluate(s.arithmetic, Map.of("x", s.arithmetic.variable(s.x0))));
    }

    /** Hipparchus DS, the literal expression (cubes by {@code pow(3)}). */
    @Benchmark
    public void hipparchus(HipparchusState s, Blackhole bh) {
        bh.consume(SeedFunction.hipparchus(s.factory.variable(0, s.x0)));
    }

    /** Hipparchus DS, cubes as two products: its fastest form of the same function. */
    @Benchmark
    public void hipparchusCubeByMultiply(HipparchusState s, Blackhole bh) {
        bh.consume(SeedFunction.hipparchusCubeByMultiply(s.factory.variable(0, s.x0)));
    }
}
