package org.taylorkit.ode.validated.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * The Taylor-model flow against closed-form solutions (the {@code validated_integ} cases of
 * TaylorModels.jl and linear systems): for random initial points (and parameters) of the initial set,
 * the exact solution, evaluated in interval arithmetic at the start, middle and end of every step, must
 * lie in the step and end enclosures. One miss is a bug. Each case is integrated once; every seed
 * draws a new point.
 */
class TaylorModelFlowClosedFormTest {

    /** One case: system, box, parameter box (or null), end time, exact solution (x0, p, t) ↦ x(t). */
    record Case(String name, String ode, Interval[] box, String parameter, Interval parameterBox, double t1,
            Exact exact) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Exact extends BiFunction<double[], Interval, Interval[]> {
    }

    private static final Interval G = Interval.fromDecimal("9.81");

    static final List<Case> CASES = List.of(
            new Case("x' = x^2 from [0.4, 0.6] to 1", "x' = x^2", box(0.4, 0.6), null, null, 1,
                    (x, t) -> new Interval[] {p(x[0]).divide(Interval.point(1).subtract(p(x[0]).multiply(t)))}),
            new Case("x' = -x^3 from [0.1, 0.9] to 3", "x' = -x^3", box(0.1, 0.9), null, null, 3,
                    (x, t) -> new Interval[] {p(x[0]).divide(Interval.point(1)
                            .add(Interval.point(2).multiply(p(x[0]).sqr()).multiply(t)).sqrt())}),
            new Case("x' = x(1 - x^2) from [0.2, 0.8] to 3", "x' = x*(1 - x^2)", box(0.2, 0.8), null, null, 3,
                    (x, t) -> new Interval[] {p(x[0]).multiply(t.exp()).divide(Interval.point(1)
                            .add(p(x[0]).sqr().multiply(t.multiply(Interval.point(2)).exp().subtract(Interval.point(1))))
                            .sqrt())}),
            new Case("x' = cos t from [-0.1, 0.1] to 10", "x' = cos(t)", box(-0.1, 0.1), null, null, 10,
                    (x, t) -> new Interval[] {p(x[0]).add(t.sin())}),
            new Case("falling ball to 1.4", "x' = v; v' = -9.81", box(9.9, 10.1, -0.1, 0.1), null, null, 1.4,
                    (x, t) -> new Interval[] {p(x[0]).add(p(x[1]).multiply(t)).subtract(G.multiply(t.sqr()).divide(Interval.point(2))),
                        p(x[1]).subtract(G.multiply(t))}),
            new Case("rotation x' = y, y' = -x to 20", "x' = y; y' = -x", box(0.9, 1.1, -0.1, 0.1), null, null, 20,
                    (x, t) -> new Interval[] {p(x[0]).multiply(t.cos()).add(p(x[1]).multiply(t.sin())),
                        p(x[1]).multiply(t.cos()).subtract(p(x[0]).multiply(t.sin()))}),
            new Case("x' = -2x + y, y' = x - 2y to 5", "x' = -2*x + y; y' = x - 2*y", box(0.5, 1.5, -1, 0), null, null, 5,
                    (x, t) -> {
                        Interval s = p(x[0] + x[1]).multiply(t.negate().exp());
                        Interval d = p(x[0] - x[1]).multiply(t.multiply(Interval.point(-3)).exp());
                        return new Interval[] {s.add(d).divide(Interval.point(2)), s.subtract(d).divide(Interval.point(2))};
                    }));

    /** Cases with an uncertain parameter: x' = -k x, k ∈ [0.9, 1.1] (exact x0·e^{−kt}). */
    static final Case DECAY = new Case("x' = -k x, k in [0.9, 1.1] to 4", "x' = -k*x", box(1, 1.2), "k",
            Interval.of(0.9, 1.1), 4, null);

    private static final Map<String, SetFlowSolution> RUNS = new ConcurrentHashMap<>();

    static Stream<Arguments> casesAndSeeds() {
        return CASES.stream().flatMap(c -> Gen.fewSeeds().limit(8).mapToObj(seed -> Arguments.of(c, seed)));
    }

    private static SetFlowSolution run(Case c) {
        return RUNS.computeIfAbsent(c.name(), k -> {
            TaylorModelFlowIntegrator in = TaylorModelFlowIntegrator.of(c.parameter() == null ? OdeSystem.parse(c.ode())
                    : OdeSystem.parse(c.ode(), java.util.Set.of(c.parameter())));
            if (c.parameter() != null) {
                in = in.withParameter(c.parameter(), c.parameterBox());
            }
            return in.integrate(0, c.box(), c.t1());
        });
    }

    @ParameterizedTest(name = "{0}, seed={1}")
    @MethodSource("casesAndSeeds")
    void randomInitialPointsStayInEveryStepEnclosure(Case c, long seed) {
        SetFlowSolution s = run(c);
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), c + ": " + s);
        assertEquals(c.t1(), s.t(), c.name());
        Gen g = new Gen(seed);
        double[] x0 = new double[c.box().length];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = g.uniform(c.box()[i].inf(), c.box()[i].sup());
        }
        FlowContainment.assertContains(s, x0, t -> c.exact().apply(x0, Interval.point(t)),
                c + " from " + java.util.Arrays.toString(x0) + " (" + g + ")");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void uncertainParameterIsCoveredForEveryValue(long seed) {
        SetFlowSolution s = run(DECAY);
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s.toString());
        Gen g = new Gen(seed);
        double x0 = g.uniform(1, 1.2);
        double k = g.uniform(0.9, 1.1);
        FlowContainment.assertContains(s, new double[] {x0, k},
                t -> new Interval[] {p(x0).multiply(p(k).multiply(Interval.point(-t)).exp())},
                "x0=" + x0 + ", k=" + k + " (" + g + ")");
        // the parameter's extremes give the end set's bounds: 1.2·e^{-3.6} and 1·e^{-4.4}, up to the method's overestimation
        Interval end = s.enclosure()[0];
        assertTrue(end.inf() <= Math.exp(-4.4) && end.sup() >= 1.2 * Math.exp(-3.6) && end.wid() < 0.04, end::toString);
    }

    /**
     * The pendulum {@code x' = v, v' = −sin x}: energy {@code v²/2 − cos x} is conserved, so for every
     * initial point its energy lies in the energy of every end box (interval evaluation over the box).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void pendulumEnergyIsConservedInTheEnclosures(long seed) {
        SetFlowSolution s = RUNS.computeIfAbsent("pendulum", k -> TaylorModelFlowIntegrator
                .of(OdeSystem.parse("x' = v; v' = -sin(x)")).integrate(0, box(0.9, 1.1, -0.1, 0.1), 6));
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s.toString());
        Gen g = new Gen(seed);
        double x0 = g.uniform(0.9, 1.1);
        double v0 = g.uniform(-0.1, 0.1);
        Interval e0 = energy(p(x0), p(v0));
        for (var st : s.allSteps()) {
            Interval[] b = st.endEnclosure();
            Interval e = energy(b[0], b[1]);
            assertTrue(e0.subsetOf(e), () -> "energy " + e0 + " of (" + x0 + ", " + v0 + ") not in " + e + " at t="
                    + st.t1() + " (" + g + ")");
        }
        assertTrue(s.width() < 0.5, s::toString);
    }

    private static Interval energy(Interval x, Interval v) {
        return v.sqr().divide(Interval.point(2)).subtract(x.cos());
    }

    private static Interval p(double x) {
        return Interval.point(x);
    }

    private static Interval[] box(double... b) {
        Interval[] r = new Interval[b.length / 2];
        for (int i = 0; i < r.length; i++) {
            r[i] = Interval.of(b[2 * i], b[2 * i + 1]);
        }
        return r;
    }
}
