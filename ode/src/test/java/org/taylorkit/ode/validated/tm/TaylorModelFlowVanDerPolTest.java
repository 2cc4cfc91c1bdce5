package org.taylorkit.ode.validated.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * The ARCH-COMP Van der Pol instance (μ = 1, x ∈ [1.25, 1.55], y ∈ [2.35, 2.45], T = 7, safety
 * property y &lt; 2.75): the flow completes, proves the property, and contains independently validated
 * point solutions: random initial points integrated by the Lohner/doubleton integrator
 * ({@link ValidatedIntegrator}, a different method whose point enclosures are about 1e-12 wide), whose
 * enclosure at each of its step ends must lie inside a step enclosure of the flow covering that time.
 * Since the true solution lies in the point enclosure, containment of the whole point enclosure is a
 * sufficient, error-free criterion (no tolerance to argue).
 */
class TaylorModelFlowVanDerPolTest {

    static final OdeSystem VDP = OdeSystem.parse("x' = y; y' = (1 - x^2)*y - x");
    static final Interval[] BOX = {Interval.of(1.25, 1.55), Interval.of(2.35, 2.45)};
    private static SetFlowSolution flow;

    @BeforeAll
    static void integrate() {
        flow = TaylorModelFlowIntegrator.of(VDP).integrate(0, BOX, 7);
    }

    @Test
    void completesAndProvesTheArchCompProperty() {
        assertEquals(ValidatedSolution.Status.COMPLETED, flow.status(), flow.toString());
        assertEquals(7.0, flow.t());
        double ymax = Double.NEGATIVE_INFINITY;
        for (ValidatedStep st : flow.allSteps()) {
            ymax = Math.max(ymax, st.stepEnclosure()[1].sup());
        }
        // 2.6787 is the largest y along 35 sampled trajectories (RK4, h = 0.002): a lower bound the flow must reach
        assertTrue(ymax < 2.75 && ymax > 2.678, "max y over the flowpipe " + ymax);
        assertTrue(flow.width() < 0.6, flow::toString);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void validatedPointSolutionsLieInTheFlowpipe(long seed) {
        Gen g = new Gen(seed);
        double x0 = g.uniform(1.25, 1.55);
        double y0 = g.uniform(2.35, 2.45);
        ValidatedSolution point = ValidatedIntegrator.of(VDP)
                .integrate(0, new Interval[] {Interval.point(x0), Interval.point(y0)}, 7);
        assertEquals(ValidatedSolution.Status.COMPLETED, point.status());
        for (ValidatedStep st : point.steps()) {
            Interval[] at = st.endEnclosure();
            assertTrue(FlowContainment.coveredByStep(flow, st.t1(), at), () -> "(" + x0 + ", " + y0 + ") at t=" + st.t1()
                    + ": " + Arrays.toString(at) + " is in no flow step enclosure (" + g + ")");
        }
    }

    @Test
    void piecesAreOrderedAndEachCoversItsHistory() {
        String previous = null;
        for (ValidatedSolution p : flow.pieces()) {
            assertEquals(ValidatedSolution.Status.COMPLETED, p.status());
            assertEquals(7.0, p.t());
            assertEquals(0.0, p.steps().get(0).t0());
            for (int i = 1; i < p.steps().size(); i++) {
                assertEquals(p.steps().get(i - 1).t1(), p.steps().get(i).t0(), "steps are contiguous");
            }
        }
        assertTrue(flow.stepCount() >= flow.pieces().get(0).stepCount());
    }
}
