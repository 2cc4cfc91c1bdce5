package org.taylorkit.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.enclosure.Box;
import org.taylorkit.interval.solve.GlobalMinimizer;
import org.taylorkit.interval.solve.RigorousQuadrature;
import org.taylorkit.interval.solve.RootFinder;

/**
 * The examples of {@code taylor roots}, {@code minimize} and {@code integral} (issue 15), one per
 * {@code @Param example}: the time of one whole search after JIT warm-up. {@link #main} prints the
 * boxes (or pieces) each example processes, the figure IntervalRootFinding.jl and
 * IntervalOptimisation.jl report beside their times. {@code min-iopt-1d} and {@code min-iopt-2d} are the two
 * examples of the IntervalOptimisation.jl README.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Thread)
public class ValidatedApplicationsBenchmark {

    /** Example name → a run returning the boxes (or pieces) processed. */
    static Supplier<Long> example(String name) {
        return switch (name) {
            case "roots-sqrt2" -> roots("x^2 - 2", "x=[-3,3]");
            case "roots-sine" -> roots("sin(x) - 0.1*x^2 + 1", "x=[-10,10]");
            case "roots-circle-parabola" -> roots("x^2 + y^2 - 1; y - x^2", "x=[-3,3],y=[-3,3]");
            case "roots-double" -> roots("(x - 1)^2", "x=[-3,3]");
            case "min-camel" -> minimize("4*x^2 - 2.1*x^4 + x^6/3 + x*y - 4*y^2 + 4*y^4", "x=[-3,3],y=[-2,2]");
            case "min-rosenbrock" -> minimize("100*(y - x^2)^2 + (1 - x)^2", "x=[-5,5],y=[-5,5]");
            case "min-branin" -> minimize("(y - 5.1/(4*pi^2)*x^2 + 5/pi*x - 6)^2 + 10*(1 - 1/(8*pi))*cos(x) + 10",
                    "x=[-5,10],y=[0,15]");
            case "min-griewank-2" -> minimize("1 + x^2/4000 + y^2/4000 - cos(x)*cos(y/sqrt(2))", "x=[-600,600],y=[-600,600]");
            case "min-iopt-1d" -> minimize("(x^2 - 2)^2", "x=[-10,11]");
            case "min-iopt-2d" -> minimize("x^2 + y^2", "x=[-10000,10001],y=[-10000,10001]");
            case "integral-rump" -> () -> (long) RigorousQuadrature.of(Expr.parse("sin(x + exp(x))"), Box.parse("x=[0,8]"))
                    .integrate().pieces();
            case "integral-gauss-2d" -> () -> (long) RigorousQuadrature.of(Expr.parse("exp(-x^2 - y^2)"), Box.parse("x=[0,1],y=[0,1]"))
                    .integrate().pieces();
            default -> throw new IllegalArgumentException("unknown example " + name);
        };
    }

    private static Supplier<Long> roots(String system, String box) {
        List<Expr> eqs = java.util.Arrays.stream(system.split(";")).map(Expr::parse).toList();
        return () -> RootFinder.of(eqs, Box.parse(box)).find().boxesProcessed();
    }

    private static Supplier<Long> minimize(String f, String box) {
        Expr e = Expr.parse(f);
        return () -> GlobalMinimizer.of(e, Box.parse(box)).minimize().boxesProcessed();
    }

    @Param({"roots-sqrt2", "roots-sine", "roots-circle-parabola", "roots-double", "min-camel", "min-rosenbrock",
        "min-branin", "min-griewank-2", "min-iopt-1d", "min-iopt-2d", "integral-rump", "integral-gauss-2d"})
    public String example;

    private Supplier<Long> run;

    @Setup
    public void setup() {
        run = example(example);
    }

    @Benchmark
    public long search() {
        return run.get();
    }

    /** Prints the boxes (pieces) processed by each example. */
    public static void main(String[] args) {
        for (String name : ValidatedApplicationsBenchmark.class.getFields()[0].getAnnotation(Param.class).value()) {
            System.out.printf(Locale.ROOT, "%-24s %8d%n", name, example(name).get());
        }
    }
}
