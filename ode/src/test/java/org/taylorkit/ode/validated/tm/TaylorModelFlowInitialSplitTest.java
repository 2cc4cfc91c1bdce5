package org.taylorkit.ode.validated.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
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
 * Pieces cut up front ({@link TaylorModelFlowIntegrator#withInitialSplits}) and pieces that go on
 * unrefined when the budget cannot pay for a refinement. Van der Pol μ = 2 cut into 4 strips along x
 * with a budget of 4: every strip asks for a truncation split in the fast branch (t ≈ 3.5–3.8), is
 * denied, and continues as it is to t = 4.6; independently validated point solutions (Lohner
 * enclosures about 1e-12 wide) from seeded random points must lie in the step enclosures of the strip
 * holding their initial point.
 */
class TaylorModelFlowInitialSplitTest {

    private static SetFlowSolution strips;

    static synchronized SetFlowSolution strips() {
        if (strips == null) {
            strips = TaylorModelFlowIntegrator.of(TaylorModelFlowVanDerPolMu2Test.VDP2).withMaxPieces(4)
                    .withInitialSplits("x", 4).integrate(0, TaylorModelFlowVanDerPolMu2Test.BOX, 4.6);
        }
        return strips;
    }

    @Test
    void fourStripsAlongXTileTheBoxAndRunUnrefinedToTheEnd() {
        SetFlowSolution s = strips();
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        assertEquals(4, s.pieceCount());
        // the strips are exact quarters of x ∈ [1.55, 1.85] (outward rounded), in the order of their ids
        double[] cuts = {1.55, 1.625, 1.7, 1.775, 1.85};
        for (int k = 0; k < 4; k++) {
            Interval[] b = s.pieceBoxes().get(k);
            assertTrue(Math.abs(b[0].inf() - cuts[k]) < 1e-15 && Math.abs(b[0].sup() - cuts[k + 1]) < 1e-15,
                    () -> Arrays.toString(b));
            assertTrue(b[1].inf() <= 2.35 && b[1].sup() >= 2.45 && b[1].wid() < 0.1 + 1e-15, () -> Arrays.toString(b));
            ValidatedSolution p = s.pieces().get(k);
            assertEquals(0.0, p.steps().get(0).t0());
            assertEquals(4.6, p.t());
        }
        // the fast branch goes down to y = −3.8172 on sampled trajectories (see TaylorModelFlowVanDerPolMu2Test)
        double ymin = Double.POSITIVE_INFINITY;
        for (ValidatedStep st : s.allSteps()) {
            ymin = Math.min(ymin, st.stepEnclosure()[1].inf());
        }
        assertTrue(ymin < -3.8172 && ymin > -4.5, "min y over the flowpipe " + ymin);
    }

    static LongStream seeds() {
        return Gen.fewSeeds().limit(4);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void validatedPointSolutionsLieInTheStepsOfTheirStrip(long seed) {
        SetFlowSolution s = strips();
        Gen g = new Gen(seed);
        double[] p = {g.uniform(1.55, 1.85), g.uniform(2.35, 2.45)};
        ValidatedSolution point = ValidatedIntegrator.of(TaylorModelFlowVanDerPolMu2Test.VDP2)
                .integrate(0, new Interval[] {Interval.point(p[0]), Interval.point(p[1])}, 4.6);
        FlowContainment.assertPointRunCovered(s, p, point, "strip (" + g + ")");
    }

    @Test
    void aGridOfTwoVariablesCutsEveryPairAndIsTheSameForAnyNumberOfThreads() {
        OdeSystem rot = OdeSystem.parse("x' = y; y' = -x");
        Interval[] box = {Interval.of(0.9, 1.1), Interval.of(-0.1, 0.1)};
        TaylorModelFlowIntegrator tm = TaylorModelFlowIntegrator.of(rot).withMaxPieces(8).withInitialSplits("x", 4)
                .withInitialSplits("y", 2);
        SetFlowSolution one = tm.withThreads(1).integrate(0, box, 1);
        SetFlowSolution two = tm.withThreads(2).integrate(0, box, 1);
        assertEquals(ValidatedSolution.Status.COMPLETED, one.status());
        assertEquals(8, one.pieceCount());
        double area = 0;
        for (int k = 0; k < 8; k++) {
            Interval[] b = one.pieceBoxes().get(k);
            assertEquals(0.05, b[0].wid(), 1e-15);
            assertEquals(0.1, b[1].wid(), 1e-15);
            area += b[0].wid() * b[1].wid();
            assertEquals(Arrays.toString(b), Arrays.toString(two.pieceBoxes().get(k)));
            assertEquals(Arrays.toString(one.pieces().get(k).enclosure()), Arrays.toString(two.pieces().get(k).enclosure()));
        }
        assertEquals(0.04, area, 1e-14);
        // x(1) = x0 cos 1 + y0 sin 1 for every corner of every piece lies in that piece's end box
        double c = Math.cos(1);
        double sn = Math.sin(1);
        for (int k = 0; k < 8; k++) {
            Interval[] b = one.pieceBoxes().get(k);
            Interval[] end = one.pieces().get(k).enclosure();
            for (double x0 : List.of(b[0].inf(), b[0].sup())) {
                for (double y0 : List.of(b[1].inf(), b[1].sup())) {
                    double x1 = x0 * c + y0 * sn;
                    double y1 = -x0 * sn + y0 * c;
                    assertTrue(end[0].inf() <= x1 - 1e-12 && x1 + 1e-12 <= end[0].sup(), () -> Arrays.toString(end));
                    assertTrue(end[1].inf() <= y1 - 1e-12 && y1 + 1e-12 <= end[1].sup(), () -> Arrays.toString(end));
                }
            }
        }
    }

    @Test
    void badCutsAreRejectedWithTheReason() {
        TaylorModelFlowIntegrator tm = TaylorModelFlowIntegrator.of(TaylorModelFlowVanDerPolMu2Test.VDP2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tm.withInitialSplits("x", 6));
        assertTrue(e.getMessage().contains("power of two"), e::getMessage);
        e = assertThrows(IllegalArgumentException.class, () -> tm.withInitialSplits("z", 2));
        assertTrue(e.getMessage().contains("'z'") && e.getMessage().contains("x, y"), e::getMessage);
        e = assertThrows(IllegalArgumentException.class, () -> tm.withMaxPieces(8).withInitialSplits("x", 4)
                .withInitialSplits("y", 4).integrate(0, TaylorModelFlowVanDerPolMu2Test.BOX, 1));
        assertTrue(e.getMessage().contains("16 initial pieces") && e.getMessage().contains("budget of 8"), e::getMessage);
        OdeSystem decay = OdeSystem.parse("x' = -k*x", java.util.Set.of("k"));
        e = assertThrows(IllegalArgumentException.class, () -> TaylorModelFlowIntegrator.of(decay)
                .withParameter("k", Interval.point(1)).withInitialSplits("k", 2).integrate(0, new Interval[] {Interval.of(1, 2)}, 1));
        assertTrue(e.getMessage().contains("'k'") && e.getMessage().contains("point"), e::getMessage);
    }
}
