package org.taylorkit.ode.validated.tm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.ValidatedSolution;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * Automatic splitting: {@code x' = −x³} from the wide box [0.1, 0.9] needs it (the order-6 polynomial
 * cannot resolve the flow over the whole box), completes within the budget, fails honestly without it,
 * and gives the same pieces and enclosures for any number of threads.
 */
class TaylorModelFlowSplittingTest {

    private static final OdeSystem CUBIC = OdeSystem.parse("x' = -x^3");
    private static final Interval[] BOX = {Interval.of(0.1, 0.9)};

    @Test
    void aCaseThatNeedsSplittingCompletesWithinTheBudget() {
        SetFlowSolution s = TaylorModelFlowIntegrator.of(CUBIC).withMaxPieces(16).integrate(0, BOX, 3);
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s.toString());
        assertNull(s.reason());
        assertTrue(s.pieceCount() > 1 && s.pieceCount() <= 16, s::toString);
        // exact end set [0.1/√1.06, 0.9/√5.86] = [0.09713, 0.37178]
        Interval end = s.enclosure()[0];
        assertTrue(end.inf() <= 0.1 / Math.sqrt(1.06) && end.sup() >= 0.9 / Math.sqrt(5.86), end::toString);
        assertTrue(end.wid() < 0.28, end::toString);
    }

    @Test
    void aRefinementTheBudgetCannotPayForIsDeniedAndThePieceGoesOnAsItIs() {
        // x' = −x³ asks for truncation splits; with a budget of 1 they are denied and the single piece
        // continues to T = 3 unrefined: still an enclosure of the exact end set, only wider
        SetFlowSolution s = TaylorModelFlowIntegrator.of(CUBIC).withMaxPieces(1).integrate(0, BOX, 3);
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        assertEquals(1, s.pieceCount());
        Interval end = s.enclosure()[0];
        assertTrue(end.inf() <= 0.1 / Math.sqrt(1.06) && end.sup() >= 0.9 / Math.sqrt(5.86), end::toString);
        SetFlowSolution split = TaylorModelFlowIntegrator.of(CUBIC).withMaxPieces(16).integrate(0, BOX, 3);
        assertTrue(end.wid() >= split.enclosure()[0].wid(), () -> end + " against " + split.enclosure()[0]);
    }

    @Test
    void aSpentBudgetFailsWithTheReasonWhenAStepCannotBeValidated() {
        // x' = √x from [−0.5, 1]: √ is undefined on part of the set, so the first step cannot be
        // validated (a domain error over the set) and the piece asks for a split, which a budget of 1 denies
        SetFlowSolution s = TaylorModelFlowIntegrator.of(OdeSystem.parse("x' = sqrt(x)")).withMaxPieces(1)
                .integrate(0, new Interval[] {Interval.of(-0.5, 1)}, 1);
        assertEquals(ValidatedSolution.Status.FAILED, s.status());
        assertTrue(s.reason().startsWith("split budget of 1 piece spent at t = 0.0"), s.reason());
        assertTrue(s.reason().contains("domain error"), s.reason());
        assertEquals(0.0, s.t());
        assertEquals(1, s.pieceCount());
    }

    @Test
    void resultsAreTheSameForOneAndTwoThreads() {
        TaylorModelFlowIntegrator in = TaylorModelFlowIntegrator.of(CUBIC).withMaxPieces(16);
        SetFlowSolution one = in.withThreads(1).integrate(0, BOX, 3);
        SetFlowSolution two = in.withThreads(2).integrate(0, BOX, 3);
        assertEquals(one.pieceCount(), two.pieceCount());
        assertEquals(one.stepCount(), two.stepCount());
        assertArrayEquals(one.enclosure(), two.enclosure());
        List<ValidatedStep> a = one.allSteps();
        List<ValidatedStep> b = two.allSteps();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).t0(), b.get(i).t0());
            assertArrayEquals(a.get(i).stepEnclosure(), b.get(i).stepEnclosure());
            assertArrayEquals(a.get(i).endEnclosure(), b.get(i).endEnclosure());
        }
    }

    @Test
    void badInputGetsSpecificErrors() {
        TaylorModelFlowIntegrator in = TaylorModelFlowIntegrator.of(CUBIC);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> in.integrate(0, new Interval[0], 1)).getMessage()
                .contains("0 components for the 1 state variables"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> in.integrate(1, BOX, 0)).getMessage()
                .contains("t0 ≤ t1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> in.withMaxPieces(0)).getMessage()
                .contains("maxPieces"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> in.withParameter("k", Interval.of(0, 1)))
                .getMessage().contains("no parameter 'k'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TaylorModelFlowIntegrator.of(OdeSystem.parse("x' = -k*x", java.util.Set.of("k"))).integrate(0, BOX, 1))
                .getMessage().contains("parameter 'k' has no value"));
    }
}
