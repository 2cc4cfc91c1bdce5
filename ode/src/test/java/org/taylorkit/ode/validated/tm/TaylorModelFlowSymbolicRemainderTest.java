package org.taylorkit.ode.validated.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.dynamics.SmallMatrices;
import org.taylorkit.ode.validated.IntervalMatrices;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * Symbolic remainders ({@link TaylorModelFlowIntegrator#withSymbolicRemainders}, {@link SymbolicRemainder}):
 * the queue keeps every member {@code Σ m_i ρ_i} through its updates; flows with a short queue (so the
 * oldest entries move into the Lohner part) contain the true solutions — the rotation against its closed
 * form, Van der Pol μ = 1 (through its first fast turn) and Laub–Loomis (LALO20 W = 0.1, one piece at Taylor-model order 3, which fails
 * without them) against independently validated point solutions (Lohner/doubleton runs from seeded
 * random points of the initial box) at every step.
 */
class TaylorModelFlowSymbolicRemainderTest {

    static LongStream seeds() {
        return Gen.fewSeeds();
    }

    /** The first 3 of {@link Gen#fewSeeds()}: each needs a Lohner point run. */
    static LongStream someSeeds() {
        return Gen.fewSeeds().limit(3);
    }

    /** Random Φ, M_i, r_i; random members m_i ∈ M_i, ρ_i ∈ r_i stay members of the advanced queue. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void advancingKeepsEveryMemberAndHandsTheOldestEntryOver(long seed) {
        Gen g = new Gen(seed);
        int n = 3;
        SymbolicRemainder q = SymbolicRemainder.empty(2);
        double[][][] m = new double[3][][];
        double[][] rho = new double[3][];
        Interval[][] phi = null;
        for (int k = 0; k < 3; k++) {
            double[][] p = randomMatrix(g, n);
            phi = IntervalMatrices.point(p);
            for (int j = 0; j < k; j++) {
                m[j] = SmallMatrices.multiply(p, m[j]);
            }
            Interval[] r = new Interval[n];
            rho[k] = new double[n];
            for (int i = 0; i < n; i++) {
                double lo = g.uniform(-1e-3, 0);
                double hi = g.uniform(0, 1e-3);
                r[i] = Interval.of(lo, hi);
                rho[k][i] = g.uniform(lo, hi);
            }
            m[k] = SmallMatrices.identity(n);
            SymbolicRemainder.Advanced a = q.advance(phi, r);
            if (k < 2) {
                assertNull(a.overflow(), g::toString);
            } else {
                // the oldest entry (made at k = 0, moved twice) left the queue: its vector holds m_0 ρ_0
                double[] v = apply(m[0], rho[0]);
                for (int i = 0; i < n; i++) {
                    // v is a double evaluation (relative rounding ~1e-16 of a vector ~1e-3): a margin of 1e-15 covers it
                    int ii = i;
                    assertTrue(a.overflow()[i].inf() <= v[i] + 1e-15 && v[i] - 1e-15 <= a.overflow()[i].sup(),
                            () -> g + ": " + v[ii] + " not in " + a.overflow()[ii]);
                }
            }
            q = a.queue();
        }
        assertEquals(2, q.size());
        double[] sum = new double[n];
        for (int k = 1; k < 3; k++) {
            double[] v = apply(m[k], rho[k]);
            for (int i = 0; i < n; i++) {
                sum[i] += v[i];
            }
        }
        Interval[] box = q.box();
        for (int i = 0; i < n; i++) {
            // the member's double sum has rounding errors far below the box's width, so a margin of 1e-15 is enough
            assertTrue(box[i].inf() <= sum[i] + 1e-15 && sum[i] - 1e-15 <= box[i].sup(),
                    () -> g + ": " + java.util.Arrays.toString(sum) + " not in " + java.util.Arrays.toString(box));
        }
    }

    private static SetFlowSolution rotation;
    private static SetFlowSolution vanDerPol;
    private static SetFlowSolution lalo;

    /** The rotation from [0.9, 1.1] × [−0.1, 0.1] to t = 10 with a queue of 3 (most errors pass through it). */
    static synchronized SetFlowSolution rotation() {
        if (rotation == null) {
            Interval[] box = {Interval.of(0.9, 1.1), Interval.of(-0.1, 0.1)};
            rotation = TaylorModelFlowIntegrator.of(OdeSystem.parse("x' = y; y' = -x")).withSymbolicRemainders(3)
                    .integrate(0, box, 10);
        }
        return rotation;
    }

    private static SetFlowSolution foldingRotation;

    /**
     * The rotation to t = 10 with a queue of 3 and error folding at every step into 2 blocks of 1 symbol
     * (each fold first moves the queue into the error box, then folds and releases).
     */
    static synchronized SetFlowSolution foldingRotation() {
        if (foldingRotation == null) {
            Interval[] box = {Interval.of(0.9, 1.1), Interval.of(-0.1, 0.1)};
            foldingRotation = TaylorModelFlowIntegrator.of(OdeSystem.parse("x' = y; y' = -x")).withSymbolicRemainders(3)
                    .withErrorFolding(2, 1, 1e-300).integrate(0, box, 10);
        }
        return foldingRotation;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aRotationWithAQueueAndFoldingContainsTheExactSolution(long seed) {
        SetFlowSolution s = foldingRotation();
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        Gen g = new Gen(seed);
        double[] p = {g.uniform(0.9, 1.1), g.uniform(-0.1, 0.1)};
        FlowContainment.assertContains(s, p, FlowContainment.rotation(p[0], p[1]), "rotation, queue and folding, " + g);
        assertTrue(s.width() < 0.3, s::toString);
    }

    static final OdeSystem VDP = OdeSystem.parse("x' = y; y' = (1 - x^2)*y - x");
    static final Interval[] VDP_BOX = {Interval.of(1.25, 1.55), Interval.of(2.35, 2.45)};

    /** Van der Pol μ = 1's ARCH-COMP box to t = 4 at Taylor-model order 4 with a queue of 5 (overflowing). */
    static synchronized SetFlowSolution vanDerPol() {
        if (vanDerPol == null) {
            vanDerPol = TaylorModelFlowIntegrator.of(VDP).withTmOrder(4).withSymbolicRemainders(5).integrate(0, VDP_BOX, 4);
        }
        return vanDerPol;
    }

    static final OdeSystem LALO = OdeSystem.parse("x1' = 1.4*x3 - 0.9*x1; x2' = 2.5*x5 - 1.5*x2; x3' = 0.6*x7 - 0.8*x2*x3;"
            + " x4' = 2 - 1.3*x3*x4; x5' = 0.7*x1 - x4*x5; x6' = 0.3*x1 - 3.1*x6; x7' = 1.8*x6 - 1.5*x2*x7");
    /** LALO20 W = 0.1: the ARCH-COMP centre ± 0.1. */
    static final Interval[] LALO_BOX = {Interval.of(1.1, 1.3), Interval.of(0.95, 1.15), Interval.of(1.4, 1.6),
        Interval.of(2.3, 2.5), Interval.of(0.9, 1.1), Interval.of(0, 0.2), Interval.of(0.35, 0.55)};

    /** LALO20 W = 0.1 to t = 20 as one piece: order 7 in time, Taylor models of order 3, a queue of 100. */
    static synchronized SetFlowSolution lalo() {
        if (lalo == null) {
            lalo = TaylorModelFlowIntegrator.of(LALO).withOrder(7).withTmOrder(3).withMaxPieces(1)
                    .withRestartRatio(1e9).withSymbolicRemainders(100).integrate(0, LALO_BOX, 20);
        }
        return lalo;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aRotationWithAShortQueueContainsTheExactSolution(long seed) {
        SetFlowSolution s = rotation();
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        Gen g = new Gen(seed);
        double[] p = {g.uniform(0.9, 1.1), g.uniform(-0.1, 0.1)};
        FlowContainment.assertContains(s, p, FlowContainment.rotation(p[0], p[1]), "rotation, queue of 3, " + g);
        // the hull of the exact image is 0.2 (|cos 10| + |sin 10|) = 0.2766 wide
        assertTrue(s.width() < 0.28, s::toString);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("someSeeds")
    void vanDerPolWithAShortQueueContainsValidatedPointSolutions(long seed) {
        SetFlowSolution s = vanDerPol();
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        Gen g = new Gen(seed);
        double[] p = {g.uniform(1.25, 1.55), g.uniform(2.35, 2.45)};
        ValidatedSolution point = ValidatedIntegrator.of(VDP)
                .integrate(0, new Interval[] {Interval.point(p[0]), Interval.point(p[1])}, 4);
        FlowContainment.assertPointRunCovered(s, p, point, "piece (" + g + ")");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("someSeeds")
    void laubLoomisAtOrderThreeContainsValidatedPointSolutions(long seed) {
        SetFlowSolution s = lalo();
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        Gen g = new Gen(seed);
        double[] p = new double[7];
        Interval[] x0 = new Interval[7];
        for (int i = 0; i < 7; i++) {
            p[i] = g.uniform(LALO_BOX[i].inf(), LALO_BOX[i].sup());
            x0[i] = Interval.point(p[i]);
        }
        ValidatedSolution point = ValidatedIntegrator.of(LALO).integrate(0, x0, 20);
        FlowContainment.assertPointRunCovered(s, p, point, "piece (" + g + ")");
    }

    @Test
    void laubLoomisAtLowOrderNowCompletesAndProvesTheProperty() {
        SetFlowSolution s = lalo();
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        assertEquals(1, s.pieceCount());
        double max = Double.NEGATIVE_INFINITY;
        for (ValidatedStep st : s.allSteps()) {
            max = Math.max(max, st.stepEnclosure()[3].sup());
        }
        assertTrue(max < 5, "x4 < 5 over the flowpipe: max " + max);
        // x4(20) over the 3^7 grid {centre − 0.1, centre, centre + 0.1}^7 of the box (SciPy solve_ivp, rtol 1e-10,
        // atol 1e-12) spans [2.67200, 2.69751] (width 0.0255), and the largest x4 on those trajectories is 4.5193
        assertTrue(s.enclosure()[3].inf() <= 2.67200 && s.enclosure()[3].sup() >= 2.69751, s::toString);
        assertTrue(s.enclosure()[3].wid() < 0.1, s::toString);
        assertTrue(max >= 4.5193, "max x4 " + max);
        // without the queue the same setting fails (the error part blows up by t ≈ 3–5)
        SetFlowSolution plain = TaylorModelFlowIntegrator.of(LALO).withOrder(7).withTmOrder(3).withMaxPieces(1)
                .withRestartRatio(1e9).integrate(0, LALO_BOX, 20);
        assertEquals(ValidatedSolution.Status.FAILED, plain.status(), plain::toString);
    }

    @Test
    void aBadQueueLengthIsAClearError() {
        TaylorModelFlowIntegrator tm = TaylorModelFlowIntegrator.of(VDP);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tm.withSymbolicRemainders(-1));
        assertTrue(e.getMessage().contains("between 0 and 10000 steps, got -1"), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> tm.withSymbolicRemainders(10_001));
        assertEquals(0, tm.symbolicRemainders());
        assertEquals(7, tm.withSymbolicRemainders(7).symbolicRemainders());
    }

    private static double[][] randomMatrix(Gen g, int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = g.uniform(-1, 1) + (i == j ? 1 : 0);
            }
        }
        return a;
    }

    private static double[] apply(double[][] a, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                y[i] += a[i][j] * x[j];
            }
        }
        return y;
    }
}
