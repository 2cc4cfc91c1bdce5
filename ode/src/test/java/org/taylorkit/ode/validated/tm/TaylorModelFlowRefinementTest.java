package org.taylorkit.ode.validated.tm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.interval.tm.TaylorModelSpace;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * Refinement levels ({@link PieceScheduler}): a piece whose error part dominates is integrated again
 * from its initial sub-box one level up, rebuilt by the same exact domain splits; at the last level it
 * fails with the reason. Quick cases built by hand (no long integration).
 */
class TaylorModelFlowRefinementTest {

    private static TaylorModelSpace plane() {
        Map<String, Interval> d = new LinkedHashMap<>();
        d.put("x", Interval.of(-1, 1));
        d.put("y", Interval.of(-1, 1));
        return TaylorModelSpace.of(d, 4);
    }

    @Test
    void aRestartRebuildsThePiecesInitialSubBoxExactly() {
        TaylorModelSpace sp = plane();
        TaylorModel[] x0 = {sp.variable("x").multiply(0.15).add(1.7), sp.variable("y").multiply(0.05).add(2.4)};
        FlowSet initial = FlowSet.initial(x0, 2);
        FlowPiece root = new FlowPiece("", List.of(), initial, 0, Double.NaN);
        FlowPiece p = root.split(0)[1].split(1)[0].split(0)[0].split(1)[1];
        FlowPiece r = p.restart(initial, 0);
        assertEquals(p.id + "r", r.id);
        assertEquals(1, r.level);
        assertEquals(0.0, r.t);
        assertTrue(r.inherited.isEmpty());
        assertArrayEquals(p.lo, r.lo);
        assertArrayEquals(p.hi, r.hi);
        // x ∈ 1.7 + 0.15·[0, 0.5], y ∈ 2.4 + 0.05·[−0.5, 0]: the split path ξ_x ∈ [0, 0.5], ξ_y ∈ [−0.5, 0]
        assertArrayEquals(new double[] {0, -0.5}, r.lo);
        assertArrayEquals(new double[] {0.5, 0}, r.hi);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(p.set.models()[i].coefficients(), r.set.models()[i].coefficients());
            assertEquals(p.set.models()[i].remainder(), r.set.models()[i].remainder());
        }
        Interval[] box = r.initialBox(new Interval[] {Interval.of(1.55, 1.85), Interval.of(2.35, 2.45)});
        assertTrue(box[0].contains(1.71) && box[0].contains(1.77) && !box[0].contains(1.69) && !box[0].contains(1.78), box[0]::toString);
        assertTrue(box[1].contains(2.38) && box[1].contains(2.39) && !box[1].contains(2.37) && !box[1].contains(2.41), box[1]::toString);
    }

    @Test
    void aDominatingErrorPartIsRestartedUpToTheLastLevelThenFailsWithTheReason() {
        OdeSystem decay = OdeSystem.parse("x' = -x");
        Map<String, Interval> d = new LinkedHashMap<>();
        d.put("x", Interval.of(-1, 1));
        TaylorModelSpace sp = TaylorModelSpace.of(d, 3);
        // polynomial part of width 0.002, error part of width 0.02: ratio 10 > 1 at every level
        FlowSet set = new FlowSet(new TaylorModel[] {sp.variable("x").multiply(0.001).add(1)}, new double[][] {{1}},
                new Interval[] {Interval.of(-0.01, 0.01)});
        PieceScheduler s = new PieceScheduler(() -> new FlowStepper(decay, decay.tape(), sp, 10, 1e-15, Map.of(), List.of()),
                1, 1, 1000, 64, 1, 1e-4, new Interval[] {Interval.of(0.999, 1.001)}, ErrorFolding.NONE);
        SetFlowSolution r = s.run(set, 0, List.of(new FlowPiece("", List.of(), set, 0, Double.NaN)));
        assertEquals(ValidatedSolution.Status.FAILED, r.status());
        assertEquals(1, r.pieceCount());
        assertTrue(r.reason().startsWith("piece rrr: at t="), r::reason);
        assertTrue(r.reason().contains("the accumulated error part reached") && r.reason().contains("(level 3)"), r::reason);
        // only the last attempt's steps are kept: one step, from t = 0
        assertEquals(1, r.stepCount());
        assertEquals(0.0, r.allSteps().get(0).t0());
        // the enclosure still holds: x(t) = x0·e^{−t} for x0 in 1 ± 0.011
        Interval end = r.enclosure()[0];
        double t = r.t();
        assertTrue(end.inf() <= 0.989 * Math.exp(-t) && end.sup() >= 1.011 * Math.exp(-t), end::toString);
    }

    @Test
    void withoutBudgetTheDominatedPieceGoesOnUnrefinedToTheEnd() {
        OdeSystem decay = OdeSystem.parse("x' = -x");
        Map<String, Interval> d = new LinkedHashMap<>();
        d.put("x", Interval.of(-1, 1));
        TaylorModelSpace sp = TaylorModelSpace.of(d, 3);
        FlowSet set = new FlowSet(new TaylorModel[] {sp.variable("x").multiply(0.001).add(1)}, new double[][] {{1}},
                new Interval[] {Interval.of(-0.01, 0.01)});
        PieceScheduler s = new PieceScheduler(() -> new FlowStepper(decay, decay.tape(), sp, 10, 1e-15, Map.of(), List.of()),
                1, 1, 1000, 1, 1, 1e-4, new Interval[] {Interval.of(0.999, 1.001)}, ErrorFolding.NONE);
        SetFlowSolution r = s.run(set, 0, List.of(new FlowPiece("", List.of(), set, 0, Double.NaN)));
        // the restart it asks for after its first step is denied (budget 1); it goes on as it is (its error
        // part, 10 times its polynomial part, is no reason to stop a piece nothing can refine) to T = 1
        assertEquals(ValidatedSolution.Status.COMPLETED, r.status(), r::toString);
        assertEquals(1.0, r.t());
        assertEquals(1, r.pieceCount());
        assertTrue(r.stepCount() >= 2, r::toString);
        assertEquals(0.0, r.allSteps().get(0).t0());
        // the enclosure holds: x(1) = x0·e^{−1} for x0 in 1 ± 0.011
        Interval end = r.enclosure()[0];
        assertTrue(end.inf() <= 0.989 * Math.exp(-1) && end.sup() >= 1.011 * Math.exp(-1), end::toString);
    }

    @Test
    void refinementsBeyondTheBudgetAreDeniedAndThePiecesGoOnAsTheyAre() {
        // Van der Pol μ = 2: 8 pieces by t ≈ 2.9, then their error parts reach 0.1 of their polynomial parts
        // near t ≈ 3.5. A budget of 9 grants one restart; the later requests are denied and those pieces go on
        // unrefined (before: the first denial stopped the run at t ≈ 3.5) through the fast branch, until a step
        // cannot be validated (t ≈ 4.6): a split is then needed and denied, which ends the run with the reason.
        // Every piece keeps its steps from t = 0.
        SetFlowSolution s = TaylorModelFlowIntegrator.of(TaylorModelFlowVanDerPolMu2Test.VDP2).withMaxPieces(9)
                .integrate(0, TaylorModelFlowVanDerPolMu2Test.BOX, 8);
        assertEquals(ValidatedSolution.Status.FAILED, s.status());
        assertTrue(s.reason().startsWith("split budget of 9 pieces spent at t = "), s::reason);
        assertTrue(s.reason().contains("step size underflow"), s::reason);
        assertTrue(s.t() > 4, s::toString);
        assertEquals(8, s.pieceCount());
        for (ValidatedSolution p : s.pieces()) {
            assertEquals(0.0, p.steps().get(0).t0());
            assertTrue(p.steps().size() > 10 && p.t() > 4, p::toString);
        }
    }
}
