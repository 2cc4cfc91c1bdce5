package org.taylorkit.ode.validated.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * The ARCH-COMP production–destruction instance PRDE20 (x' = −xy/(1 + x), y' = xy/(1 + x) − ay,
 * z' = ay; y0 = z0 = 0.01, a = 0.3, T = 100, x, y, z ≥ 0 at T). Until t ≈ 5.7 x falls fast and all
 * trajectories bunch up in x; a split test on the whole local error (Lagrange term included) split
 * there without end (64 pieces by t = 5.70). The default build runs the set through that phase; the
 * whole horizon with the properties runs with {@code -Dtaylorkit.slow=true} (a few seconds each).
 */
class TaylorModelFlowPrdeTest {

    static final Interval[] BOX_I = {Interval.of(9.5, 10), Interval.point(0.01), Interval.point(0.01)};

    static TaylorModelFlowIntegrator prde(Interval a) {
        return TaylorModelFlowIntegrator.of(TaylorModelFlowFoldingTest.PRDE).withParameter("a", a);
    }

    @Test
    void theFastPhaseNeedsNoSplit() {
        SetFlowSolution s = prde(Interval.point(0.3)).integrate(0, BOX_I, 12);
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        assertEquals(1, s.pieceCount(), s::toString);
        // x + y + z = 10.02 − (10 − x0) is conserved: its interval sum must hold [9.52, 10.02]
        Interval[] e = s.enclosure();
        Interval sum = e[0].add(e[1]).add(e[2]);
        assertTrue(sum.inf() <= 9.52 && sum.sup() >= 10.02 && sum.wid() < 1.5, sum::toString);
    }

    /**
     * Reference: SciPy's Radau (rtol 1e-12, atol 1e-30), computed independently for this test: from
     * x0 = 9.5 and 10, x(100) = 2.16963e-9 and 7.11190e-10, y(100) = 1.57590e-11 and 1.66159e-11.
     */
    @Test
    @EnabledIfSystemProperty(named = "taylorkit.slow", matches = "true")
    void instanceIProvesAllStatesNonNegativeAtT100() {
        SetFlowSolution s = prde(Interval.point(0.3)).withOrder(16).withErrorFolding(1, 1, 1e-2).integrate(0, BOX_I, 100);
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        Interval[] e = s.enclosure();
        assertTrue(e[0].inf() > 0 && e[1].inf() > 0 && e[2].inf() > 0, () -> Arrays.toString(e));
        assertTrue(e[0].inf() <= 7.1119e-10 && e[0].sup() >= 2.16963e-9, e[0]::toString);
        assertTrue(e[1].inf() <= 1.57590e-11 && e[1].sup() >= 1.66159e-11, e[1]::toString);
    }

    @Test
    @EnabledIfSystemProperty(named = "taylorkit.slow", matches = "true")
    void instancePNeedsFoldingAndProvesAllStatesNonNegativeAtT100() {
        Interval[] box = {Interval.point(9.98), Interval.point(0.01), Interval.point(0.01)};
        SetFlowSolution s = prde(Interval.of(0.296, 0.304)).withOrder(16).withErrorFolding(1, 1, 1e-2).integrate(0, box, 100);
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        Interval[] e = s.enclosure();
        assertTrue(e[0].inf() > 0 && e[1].inf() > 0 && e[2].inf() > 0, () -> Arrays.toString(e));
    }
}
