package org.taylorkit.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hipparchus.special.Erf;
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
import org.taylorkit.core.arith.ComplementaryErrorFunction;

/**
 * The double erfc: TaylorKit's {@link ComplementaryErrorFunction#erfc} (within 4 ulps) against Hipparchus's
 * {@link Erf#erfc} (its regularized-gamma route), over {@value #N} seeded points of a range chosen by
 * {@code @Param range}: {@code mid} = [0.5, 6] (the Taylor-series part), {@code tail} = [6, 27] (the backward
 * continued fraction), {@code all} = [−6, 27.3]. One operation evaluates all points and sums the results (so
 * nothing is dead code); the score divided by {@value #N} is the time per call. The setup prints, for the
 * record, the largest relative difference between the two libraries over the points (not asserted: Hipparchus
 * is the reference for speed here; the accuracy reference is Apfloat, in {@code ErfcAccuracyTest}).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ErfcBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ErfcBenchmark {

    /** Points per operation. */
    static final int N = 4096;

    /** The range of the arguments. */
    @Param({"mid", "tail", "all"})
    public String range;

    private double[] x;

    @Setup
    public void setUp() {
        double lo;
        double hi;
        switch (range) {
            case "mid" -> { lo = 0.5; hi = 6; }
            case "tail" -> { lo = 6; hi = 27; }
            case "all" -> { lo = -6; hi = 27.3; }
            default -> throw new IllegalArgumentException("range: expected mid, tail or all, got '" + range + "'");
        }
        Random random = new Random(20261207L);
        x = new double[N];
        double worst = 0;
        for (int i = 0; i < N; i++) {
            x[i] = lo + (hi - lo) * random.nextDouble();
            double ours = ComplementaryErrorFunction.erfc(x[i]);
            double theirs = Erf.erfc(x[i]);
            if (theirs != 0) {
                worst = Math.max(worst, Math.abs(ours - theirs) / Math.abs(theirs));
            }
        }
        System.out.printf("[erfc] %s: largest relative difference TaylorKit - Hipparchus %.2e%n", range, worst);
    }

    @Benchmark
    public double taylorKit() {
        double s = 0;
        for (double v : x) {
            s += ComplementaryErrorFunction.erfc(v);
        }
        return s;
    }

    @Benchmark
    public double hipparchus() {
        double s = 0;
        for (double v : x) {
            s += Erf.erfc(v);
        }
        return s;
    }
}
