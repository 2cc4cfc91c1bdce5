package org.taylorkit.ode.validated.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * Hand-chosen refinement ({@link TaylorModelFlowIntegrator#withInitialSplits},
 * {@link TaylorModelFlowIntegrator#withRestartRatio}): the initial set is cut into 2^k exact halves
 * before the run, and the pieces contain the closed-form solutions of x' = y, y' = −x (a rotation:
 * x0 cos t + y0 sin t, y0 cos t − x0 sin t, evaluated in interval arithmetic).
 */
class TaylorModelFlowInitialHalvesTest {

    static final OdeSystem ROTATION = OdeSystem.parse("x' = y; y' = -x");
    static final Interval[] BOX = {Interval.of(0.9, 1.1), Interval.of(-0.1, 0.1)};

    private static SetFlowSolution split;

    /** The rotation to t = 3, cut along x then y (4 pieces), restart ratio 10. */
    static synchronized SetFlowSolution split() {
        if (split == null) {
            split = TaylorModelFlowIntegrator.of(ROTATION).withInitialSplits("x", "y").withRestartRatio(10)
                    .integrate(0, BOX, 3);
        }
        return split;
    }

    static LongStream seeds() {
        return Gen.fewSeeds();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyPieceContainsTheExactSolutionsFromItsSubBox(long seed) {
        SetFlowSolution s = split();
        Gen g = new Gen(seed);
        double[] p = {g.uniform(0.9, 1.1), g.uniform(-0.1, 0.1)};
        FlowContainment.assertContains(s, p, FlowContainment.rotation(p[0], p[1]), "rotation cut into 4, " + g);
    }

    @Test
    void theInitialSetIsCutIntoExactQuartersBeforeTheRun() {
        SetFlowSolution s = split();
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        assertEquals(4, s.pieceCount());
        // the quarters of [0.9, 1.1] × [−0.1, 0.1], in id order 00, 01, 10, 11 (x halves, then y halves)
        double[][] lo = {{0.9, -0.1}, {0.9, 0}, {1.0, -0.1}, {1.0, 0}};
        for (int k = 0; k < 4; k++) {
            Interval[] b = s.pieceBoxes().get(k);
            for (int j = 0; j < 2; j++) {
                assertTrue(b[j].contains(lo[k][j]) && b[j].contains(lo[k][j] + 0.1), "piece " + k + ": " + b[j]);
                assertTrue(b[j].wid() < 0.1 + 1e-12, "piece " + k + ": " + b[j]);
            }
            // every piece starts at t = 0: its first step is its own, not an ancestor's
            assertEquals(0.0, s.pieces().get(k).steps().get(0).t0());
        }
        // the rotation keeps each quarter's size
        assertTrue(s.width() < 0.3, s::toString);
    }

    @Test
    void badSplitsAreRefusedWithTheReason() {
        TaylorModelFlowIntegrator tm = TaylorModelFlowIntegrator.of(ROTATION);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tm.withInitialSplits("z").integrate(0, BOX, 1));
        assertTrue(e.getMessage().contains("cannot cut along 'z'"), e::getMessage);
        e = assertThrows(IllegalArgumentException.class,
                () -> tm.withMaxPieces(2).withInitialSplits("x", "y").integrate(0, BOX, 1));
        assertTrue(e.getMessage().contains("4 initial pieces") && e.getMessage().contains("exceed the budget of 2 pieces"), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> tm.withRestartRatio(0));
        assertThrows(IllegalArgumentException.class, () -> tm.withInitialSplits(List.of(" ").toArray(String[]::new)));
    }
}
