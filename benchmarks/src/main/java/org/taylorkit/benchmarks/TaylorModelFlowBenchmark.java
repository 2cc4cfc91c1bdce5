package org.taylorkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedStep;
import org.taylorkit.ode.validated.tm.SetFlowSolution;
import org.taylorkit.ode.validated.tm.TaylorModelFlowIntegrator;

/**
 * The Taylor-model flow on the ARCH-COMP Van der Pol instance μ = 1 (x ∈ [1.25, 1.55],
 * y ∈ [2.35, 2.45], T = 7), one thread, after JIT warm-up, next to a reference run in the same
 * fork: the Lohner/doubleton integrator from the box's centre point over the same time
 * ({@code vdp1-lohner-point}), so that the figure can be read as a ratio. {@link #main} prints the
 * instance figures (status, pieces, steps, max y over the flowpipe, widths) for μ = 1 and μ = 2.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Thread)
public class TaylorModelFlowBenchmark {

    static final OdeSystem VDP1 = OdeSystem.parse("x' = y; y' = (1 - x^2)*y - x");
    static final OdeSystem VDP2 = OdeSystem.parse("x' = y; y' = 2*(1 - x^2)*y - x");
    static final Interval[] BOX1 = {Interval.of(1.25, 1.55), Interval.of(2.35, 2.45)};
    static final Interval[] BOX2 = {Interval.of(1.55, 1.85), Interval.of(2.35, 2.45)};

    /** {@code vdp1-tm}: the flow of the box; {@code vdp1-lohner-point}: the reference. */
    @Param({"vdp1-tm", "vdp1-lohner-point"})
    public String run;

    @Benchmark
    public double integrate() {
        if (run.equals("vdp1-tm")) {
            return TaylorModelFlowIntegrator.of(VDP1).withThreads(1).integrate(0, BOX1, 7).width();
        }
        return ValidatedIntegrator.of(VDP1).integrate(0, new Interval[] {Interval.point(1.4), Interval.point(2.4)}, 7)
                .width();
    }

    /** Prints the instance figures for μ = 1 (T = 7, y &lt; 2.75) and μ = 2 (T = 8, y &lt; 4.05). */
    public static void main(String[] args) {
        report("VDP mu=1", VDP1, BOX1, 7, 2.75, 64);
        report("VDP mu=2", VDP2, BOX2, 8, 4.05, 256);
    }

    private static void report(String name, OdeSystem system, Interval[] box, double t1, double bound, int pieces) {
        long t0 = System.nanoTime();
        SetFlowSolution s = TaylorModelFlowIntegrator.of(system).withMaxPieces(pieces).integrate(0, box, t1);
        double ms = (System.nanoTime() - t0) / 1e6;
        double ymax = Double.NEGATIVE_INFINITY;
        for (ValidatedStep st : s.allSteps()) {
            ymax = Math.max(ymax, st.stepEnclosure()[1].sup());
        }
        System.out.printf("%s: %s, first run %.0f ms, max y %.4f (y < %.2f %s)%n", name, s, ms, ymax, bound,
                s.status().label().equals("completed") && ymax < bound ? "verified" : "not verified");
    }
}
