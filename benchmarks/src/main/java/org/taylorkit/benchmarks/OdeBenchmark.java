package org.taylorkit.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.apfloat.Apfloat;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
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
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.field.FieldOdeSolution;
import org.taylorkit.ode.field.FieldTaylorIntegrator;

/**
 * One whole integration per operation: TaylorKit's {@link TaylorIntegrator} (tolerance 1e-15,
 * automatic order 19 and step) against Hipparchus 4.0.2 DOP853 and Gragg–Bulirsch–Stoer (absolute
 * and relative tolerance {@link HipparchusOde#TOLERANCE}), on Kepler (e = 0.5, 1000 orbits), Lorenz
 * (to t = 10 and 100) and the outer solar system (10⁵ days); plus the construction of the solar
 * system's tape ({@link OdeSystem} and {@link TaylorIntegrator} build).
 *
 * <p>Each state's setup integrates once with every integrator, prints steps and errors (energy
 * error; for Lorenz at t = 10 the distance to a 30-digit Apfloat Taylor solution of the same
 * double-valued problem) and throws unless TaylorKit and Hipparchus agree at the end time (Kepler
 * 1e-7, Lorenz t = 10 1e-7, solar system 1e-6 AU and AU/day; Lorenz t = 100 is chaotic and only
 * checked for completion).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class OdeBenchmark {

    /** TaylorKit's tolerance (absolute and relative). */
    static final double TOLERANCE = 1e-15;

    /** A problem with its TaylorKit and Hipparchus integrators. */
    abstract static class Problem {
        TaylorIntegrator taylor;
        OrdinaryDifferentialEquation ode;
        ODEIntegrator dop853;
        ODEIntegrator gbs;
        double[] x0;
        double tEnd;

        void init(OdeSystem system, OrdinaryDifferentialEquation hipparchus, double[] initial, double end) {
            taylor = TaylorIntegrator.builder(system).tolerance(TOLERANCE).build();
            ode = hipparchus;
            x0 = initial;
            tEnd = end;
            dop853 = HipparchusOde.dop853(end);
            gbs = HipparchusOde.gbs(end);
        }

        /** Runs TaylorKit once and checks it completed. */
        OdeSolution taylorRun(String name) {
            OdeSolution s = taylor.integrate(0, x0, tEnd);
            if (s.status() != StopReason.COMPLETED) {
                throw new IllegalStateException(name + ": TaylorKit stopped early: " + s);
            }
            return s;
        }

        /** Prints TaylorKit's and Hipparchus's steps and the given error measure; checks agreement. */
        void report(String name, double agreeTol, ToDoubleFunction<double[]> error, String errorName) {
            OdeSolution s = taylorRun(name);
            double[] tk = s.state();
            System.out.printf("%n[%s] TaylorKit tol %.0e: %d steps, %s %.3e, %s%n", name, TOLERANCE, s.steps(),
                    errorName, error.applyAsDouble(tk), s.statistics());
            String[] names = {"DOP853", "GBS"};
            ODEIntegrator[] hs = {dop853, gbs};
            for (int k = 0; k < 2; k++) {
                double[] h = HipparchusOde.run(hs[k], ode, x0, tEnd);
                long steps = HipparchusOde.steps(hs[k], ode, x0, tEnd);
                double d = HipparchusOde.distance(tk, h);
                System.out.printf("[%s] Hipparchus %s tol %.0e: %d steps, %s %.3e, |TaylorKit - Hipparchus| %.3e%n",
                        name, names[k], HipparchusOde.TOLERANCE, steps, errorName, error.applyAsDouble(h), d);
                if (agreeTol > 0 && !(d <= agreeTol)) {
                    throw new IllegalStateException(name + ": TaylorKit and Hipparchus " + names[k]
                            + " differ by " + d + " at t = " + tEnd + " (allowed " + agreeTol + ")");
                }
            }
        }
    }

    /** Kepler, e = 0.5, 1000 orbits. */
    @State(Scope.Benchmark)
    public static class Kepler extends Problem {
        @Setup(Level.Trial)
        public void setup() {
            init(KeplerProblem.system(), KeplerProblem.hipparchus(), KeplerProblem.initialState(), KeplerProblem.T_END);
            report("Kepler e=0.5, 1000 orbits", 1e-7, KeplerProblem::energyError, "relative energy error");
            System.out.printf("[Kepler] TaylorKit steps per orbit %.2f; distance to the exact final state %.3e%n",
                    taylorRun("Kepler").steps() / (double) KeplerProblem.ORBITS,
                    HipparchusOde.distance(taylorRun("Kepler").state(), KeplerProblem.initialState()));
        }
    }

    /** Lorenz from (1, 1, 1) to t = {@code tEnd}. */
    @State(Scope.Benchmark)
    public static class Lorenz extends Problem {
        @Param({"10", "100"})
        public double end;

        @Setup(Level.Trial)
        public void setup() {
            OdeSystem system = LorenzProblem.system();
            init(system, LorenzProblem.hipparchus(), LorenzProblem.initialState(), end);
            taylor.setParameters(LorenzProblem.SIGMA, LorenzProblem.RHO, LorenzProblem.BETA);
            String name = "Lorenz t=" + end;
            if (end <= 10) {
                double[] ref = reference(system, end);
                report(name, 1e-7, s -> HipparchusOde.distance(s, ref), "max-norm error vs 30-digit reference");
            } else {
                report(name, 0, s -> Double.NaN, "(no reference: chaotic)");
            }
        }

        /** The 30-digit Apfloat Taylor solution (tolerance 1e-30) of the problem with the double parameters. */
        private static double[] reference(OdeSystem system, double end) {
            ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(30);
            FieldTaylorIntegrator<Apfloat> ref = FieldTaylorIntegrator.builder(system, ar).tolerance(1e-30)
                    .parameter("sigma", ar.fromDouble(LorenzProblem.SIGMA))
                    .parameter("rho", ar.fromDouble(LorenzProblem.RHO))
                    .parameter("beta", ar.fromDouble(LorenzProblem.BETA)).build();
            Apfloat[] y0 = ar.newArray(3);
            for (int i = 0; i < 3; i++) {
                y0[i] = ar.fromDouble(LorenzProblem.initialState()[i]);
            }
            long start = System.nanoTime();
            FieldOdeSolution<Apfloat> s = ref.integrate(ar.zero(), y0, ar.fromDouble(end));
            if (s.status() != StopReason.COMPLETED) {
                throw new IllegalStateException("Lorenz reference stopped early: " + s);
            }
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) {
                out[i] = ar.toDouble(s.state(i));
            }
            System.out.printf("%n[Lorenz] 30-digit reference: %d steps in %.1f s%n", s.steps(), (System.nanoTime() - start) * 1e-9);
            return out;
        }
    }

    /** The outer solar system for 10⁵ days. */
    @State(Scope.Benchmark)
    public static class Solar extends Problem {
        @Setup(Level.Trial)
        public void setup() {
            init(OuterSolarSystem.system(), OuterSolarSystem.hipparchus(), OuterSolarSystem.initialState(),
                    OuterSolarSystem.T_END);
            System.out.printf("%n[solar] tape: %d operations, %d slots%n", taylor.tape().opCount(), taylor.tape().slotCount());
            report("outer solar system, 1e5 days", 1e-6, OuterSolarSystem::energyError, "relative energy error");
        }
    }

    @Benchmark
    public double[] keplerTaylorKit(Kepler p) {
        return p.taylor.integrate(0, p.x0, p.tEnd).state();
    }

    @Benchmark
    public double[] keplerDop853(Kepler p) {
        return HipparchusOde.run(p.dop853, p.ode, p.x0, p.tEnd);
    }

    @Benchmark
    public double[] keplerGbs(Kepler p) {
        return HipparchusOde.run(p.gbs, p.ode, p.x0, p.tEnd);
    }

    @Benchmark
    public double[] lorenzTaylorKit(Lorenz p) {
        return p.taylor.integrate(0, p.x0, p.tEnd).state();
    }

    @Benchmark
    public double[] lorenzDop853(Lorenz p) {
        return HipparchusOde.run(p.dop853, p.ode, p.x0, p.tEnd);
    }

    @Benchmark
    public double[] lorenzGbs(Lorenz p) {
        return HipparchusOde.run(p.gbs, p.ode, p.x0, p.tEnd);
    }

    @Benchmark
    public double[] solarTaylorKit(Solar p) {
        return p.taylor.integrate(0, p.x0, p.tEnd).state();
    }

    @Benchmark
    public double[] solarDop853(Solar p) {
        return HipparchusOde.run(p.dop853, p.ode, p.x0, p.tEnd);
    }

    @Benchmark
    public double[] solarGbs(Solar p) {
        return HipparchusOde.run(p.gbs, p.ode, p.x0, p.tEnd);
    }

    /** Tape construction: the 36-equation system from the Expr DSL, then the integrator (tape and storage). */
    @Benchmark
    public TaylorIntegrator solarTapeConstruction() {
        return TaylorIntegrator.builder(OuterSolarSystem.system()).tolerance(TOLERANCE).build();
    }
}
