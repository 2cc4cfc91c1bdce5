package org.taylorkit.ode.validated.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.interval.tm.TaylorModelSpace;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.IntervalMatrices;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * Error folding ({@link ErrorFolding}): the fold and the release keep every member of the set, and
 * flows that fold (and release) at every step still contain the true solutions: the rotation
 * {@code x' = y, y' = −x} against its closed form, and the production–destruction system with an
 * uncertain parameter against independently validated point solutions (Lohner/doubleton runs).
 */
class TaylorModelFlowFoldingTest {

    static LongStream seeds() {
        return Gen.fewSeeds();
    }

    /** A space with 2 states and 2 symbols, a random set P(ξ) + Q·e, and its fold into block 0. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void foldAndReleaseKeepEveryMemberOfTheSet(long seed) {
        Gen g = new Gen(seed);
        Map<String, Interval> dom = new LinkedHashMap<>();
        for (String v : new String[] {"x", "y", "eta1_1", "eta1_2"}) {
            dom.put(v, Interval.of(-1, 1));
        }
        TaylorModelSpace sp = TaylorModelSpace.of(dom, 4);
        TaylorModel x = sp.variable("x");
        TaylorModel y = sp.variable("y");
        TaylorModel[] p = {x.multiply(g.uniform(0.1, 1)).add(x.multiply(y).multiply(g.uniform(-0.3, 0.3))).add(g.uniform(-2, 2)),
            y.multiply(g.uniform(0.1, 1)).add(x.square().multiply(g.uniform(-0.3, 0.3))).add(g.uniform(-2, 2))};
        double a = g.uniform(0, Math.PI);
        double[][] q = {{Math.cos(a), -Math.sin(a)}, {Math.sin(a), Math.cos(a)}};
        Interval[] e = {Interval.of(g.uniform(-1e-2, 0), g.uniform(0, 1e-2)), Interval.of(g.uniform(-1e-3, 0), g.uniform(0, 1e-3))};
        FlowSet set = new FlowSet(p, q, e);
        ErrorFolding f = new ErrorFolding(2, 2, 1, 1e-3);
        FlowSet folded = f.fold(set, 0);
        assertEquals(Interval.point(0), folded.errors()[0]);
        assertEquals(Interval.point(0), folded.errors()[1]);
        FlowSet released = f.release(folded, 0);
        for (int k = 0; k < 50; k++) {
            double[] xi = {g.uniform(-1, 1), g.uniform(-1, 1)};
            double[] ev = {g.uniform(e[0].inf(), e[0].sup()), g.uniform(e[1].inf(), e[1].sup())};
            Interval[] member = new Interval[2];
            for (int i = 0; i < 2; i++) {
                member[i] = at(p[i], xi[0], xi[1], 0, 0).add(Interval.point(q[i][0]).multiply(Interval.point(ev[0])))
                        .add(Interval.point(q[i][1]).multiply(Interval.point(ev[1])));
            }
            // after the fold the member is P'(ξ, η) for some η ∈ [−1, 1]²: it lies in P'(ξ, [−1, 1]²)
            for (int i = 0; i < 2; i++) {
                Interval range = at(folded.models()[i], xi[0], xi[1], Double.NaN, Double.NaN);
                assertTrue(member[i].subsetOf(range), "fold: " + member[i] + " not in " + range + " (" + g + ")");
            }
            // after the release it is P''(ξ) + Q·e for some e in the new E
            Interval[] qe = IntervalMatrices.multiply(IntervalMatrices.point(q), released.errors());
            for (int i = 0; i < 2; i++) {
                Interval range = at(released.models()[i], xi[0], xi[1], 0, 0).add(qe[i]);
                assertTrue(member[i].subsetOf(range), "release: " + member[i] + " not in " + range + " (" + g + ")");
            }
        }
    }

    /** An enclosure of {@code m} at (ξ1, ξ2, η1, η2), NaN for a symbol: its whole range [−1, 1]. */
    private static Interval at(TaylorModel m, double x, double y, double e1, double e2) {
        TaylorModel r = m.substitute(0, 0, x).substitute(1, 0, y);
        if (!Double.isNaN(e1)) {
            r = r.substitute(2, 0, e1).substitute(3, 0, e2);
        }
        return r.bound();
    }

    private static SetFlowSolution rotation;
    private static SetFlowSolution prde;

    /** The rotation from [0.9, 1.1] × [−0.1, 0.1] to t = 10, folding at every step into 2 blocks of 1 symbol (so releasing too). */
    static synchronized SetFlowSolution rotation() {
        if (rotation == null) {
            Interval[] box = {Interval.of(0.9, 1.1), Interval.of(-0.1, 0.1)};
            rotation = TaylorModelFlowIntegrator.of(OdeSystem.parse("x' = y; y' = -x")).withErrorFolding(2, 1, 1e-300)
                    .integrate(0, box, 10);
        }
        return rotation;
    }

    /**
     * PRDE20 I+P's sets to t = 12 (through the fast phase), Taylor models of order 4, folding into 2 blocks
     * of 1 symbol whenever the error part exceeds 1e-3 of the set.
     */
    static synchronized SetFlowSolution prde() {
        if (prde == null) {
            Interval[] box = {Interval.of(9.7, 10), Interval.point(0.01), Interval.point(0.01)};
            prde = TaylorModelFlowIntegrator.of(PRDE).withParameter("a", Interval.of(0.298, 0.302))
                    .withTmOrder(4).withErrorFolding(2, 1, 1e-3).integrate(0, box, 12);
        }
        return prde;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aRotationThatFoldsAndReleasesAtEveryStepContainsTheExactSolution(long seed) {
        SetFlowSolution s = rotation();
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        Gen g = new Gen(seed);
        double[] p = {g.uniform(0.9, 1.1), g.uniform(-0.1, 0.1)};
        FlowContainment.assertContains(s, p, FlowContainment.rotation(p[0], p[1]), "rotation with folding, " + g);
        // the rotation keeps the box's size: folding must not blow the enclosure up
        assertTrue(s.width() < 0.3, s::toString);
    }

    static final OdeSystem PRDE = OdeSystem.parse("x' = -x*y/(1 + x); y' = x*y/(1 + x) - a*y; z' = a*y", java.util.Set.of("a"));

    /** The first 6 of {@link Gen#fewSeeds()}: each needs a Lohner point run. */
    static LongStream someSeeds() {
        return Gen.fewSeeds().limit(6);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("someSeeds")
    void productionDestructionWithFoldsContainsValidatedPointSolutions(long seed) {
        SetFlowSolution s = prde();
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        Gen g = new Gen(seed);
        double[] p = {g.uniform(9.7, 10), 0.01, 0.01, g.uniform(0.298, 0.302)};
        ValidatedSolution point = ValidatedIntegrator.of(PRDE).withParameter("a", Interval.point(p[3]))
                .integrate(0, new Interval[] {Interval.point(p[0]), Interval.point(p[1]), Interval.point(p[2])}, 12);
        FlowContainment.assertPointRunCovered(s, p, point, "piece (" + g + ")");
    }

    @Test
    void tooManySymbolsForTheModelSizeIsAClearError() {
        OdeSystem quad = OdeSystem.parse("x1' = x2; x2' = -x1; x3' = 0; x4' = 0; x5' = 0; x6' = 0; x7' = 0; x8' = 0; x9' = 0; x10' = 0; x11' = 0; x12' = 0");
        Interval[] box = new Interval[12];
        Arrays.fill(box, Interval.of(-0.1, 0.1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaylorModelFlowIntegrator.of(quad)
                .withTmOrder(4).withErrorFolding(1, 2, 1e-2).integrate(0, box, 1));
        assertTrue(e.getMessage().contains("2 error symbols") && e.getMessage().contains("lower the Taylor-model order"),
                e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> TaylorModelFlowIntegrator.of(quad).withErrorFolding(1, 0, 1e-2));
        assertThrows(IllegalArgumentException.class, () -> TaylorModelFlowIntegrator.of(quad).withErrorFolding(1, 1, 0));
    }
}
