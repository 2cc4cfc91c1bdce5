package org.taylorkit.ode.validated.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * Error folding with capped error symbols
 * ({@link TaylorModelFlowIntegrator#withErrorFolding(int, int, double, int, int)}): the polynomials keep
 * only the monomials of low degree in the symbols (and of low total degree when they have one), the rest
 * goes to the remainders. Containment of true
 * solutions: the rotation folding and releasing at every step against its closed form, and a strip of
 * Van der Pol μ = 2 through its first fast branch (folding early, one piece) against independently
 * validated point solutions (Lohner/doubleton runs) at every step.
 */
class TaylorModelFlowCappedSymbolsTest {

    static LongStream seeds() {
        return Gen.fewSeeds();
    }

    /** The first 6 of {@link Gen#fewSeeds()}: each needs a Lohner point run. */
    static LongStream someSeeds() {
        return Gen.fewSeeds().limit(6);
    }

    static final OdeSystem VDP2 = OdeSystem.parse("x' = y; y' = 2*(1 - x^2)*y - x");
    static final Interval[] STRIP = {Interval.of(1.55, 1.5875), Interval.of(2.35, 2.45)};

    private static SetFlowSolution rotation;
    private static SetFlowSolution strip;

    /** The rotation from [0.9, 1.1] × [−0.1, 0.1] to t = 10, folding at every step into 2 blocks of 1 symbol of order 1. */
    static synchronized SetFlowSolution rotation() {
        if (rotation == null) {
            Interval[] box = {Interval.of(0.9, 1.1), Interval.of(-0.1, 0.1)};
            rotation = TaylorModelFlowIntegrator.of(OdeSystem.parse("x' = y; y' = -x")).withErrorFolding(2, 1, 1e-300, 1)
                    .integrate(0, box, 10);
        }
        return rotation;
    }

    /**
     * An eighth of the Van der Pol μ = 2 box to t = 4.6, q = 5, one piece, one block of 2 symbols folded at
     * 1e-4 into monomials of degree ≤ 2 in the symbols and total degree ≤ 3 (the setting of the coupled
     * Van der Pol instance).
     */
    static synchronized SetFlowSolution strip() {
        if (strip == null) {
            strip = TaylorModelFlowIntegrator.of(VDP2).withTmOrder(5).withMaxPieces(1).withErrorFolding(1, 2, 1e-4, 2, 3)
                    .integrate(0, STRIP, 4.6);
        }
        return strip;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aRotationFoldingIntoSymbolsOfOrderOneContainsTheExactSolution(long seed) {
        SetFlowSolution s = rotation();
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        Gen g = new Gen(seed);
        double[] p = {g.uniform(0.9, 1.1), g.uniform(-0.1, 0.1)};
        FlowContainment.assertContains(s, p, FlowContainment.rotation(p[0], p[1]), "rotation, symbols of order 1, " + g);
        assertTrue(s.width() < 0.3, s::toString);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("someSeeds")
    void vanDerPolThroughTheFastBranchWithCappedSymbolsContainsValidatedPointSolutions(long seed) {
        SetFlowSolution s = strip();
        assertEquals(ValidatedSolution.Status.COMPLETED, s.status(), s::toString);
        assertEquals(1, s.pieceCount(), s::toString);
        Gen g = new Gen(seed);
        double[] p = {g.uniform(STRIP[0].inf(), STRIP[0].sup()), g.uniform(STRIP[1].inf(), STRIP[1].sup())};
        ValidatedSolution point = ValidatedIntegrator.of(VDP2)
                .integrate(0, new Interval[] {Interval.point(p[0]), Interval.point(p[1])}, 4.6);
        FlowContainment.assertPointRunCovered(s, p, point, "strip (" + g + ")");
    }

    @Test
    void theSymbolsOrderMustBePositiveAndCountsInTheSizeCheck() {
        OdeSystem osc = OdeSystem.parse("x' = y; y' = -x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TaylorModelFlowIntegrator.of(osc).withErrorFolding(1, 2, 1e-3, 0));
        assertTrue(e.getMessage().contains("degree of the error symbols") && e.getMessage().contains("got 0"), e::getMessage);
        IllegalArgumentException o = assertThrows(IllegalArgumentException.class,
                () -> TaylorModelFlowIntegrator.of(osc).withErrorFolding(1, 2, 1e-3, 2, 0));
        assertTrue(o.getMessage().contains("order of the terms with error symbols") && o.getMessage().contains("got 0"),
                o::getMessage);
        OdeSystem eight = OdeSystem.parse("a1' = a2; a2' = -a1; a3' = a4; a4' = -a3; a5' = a6; a6' = -a5; a7' = a8; a8' = -a7");
        Interval[] box = new Interval[8];
        java.util.Arrays.fill(box, Interval.of(-0.1, 0.1));
        // 8 states and 8 symbols at order 5: C(21, 5) = 20 349 coefficients; of order 1: 1 287 + 8·495 = 5 247, still too many
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> TaylorModelFlowIntegrator.of(eight)
                .withTmOrder(5).withErrorFolding(1, 8, 1e-2, 1).integrate(0, box, 1));
        assertTrue(big.getMessage().contains("8 error symbols of degree 1") && big.getMessage().contains("5247"), big::getMessage);
        // at order 3: 165 + 8·45 = 525 coefficients, which fit (C(19, 3) = 969 without the cap)
        assertEquals(ValidatedSolution.Status.COMPLETED, TaylorModelFlowIntegrator.of(eight).withTmOrder(3)
                .withErrorFolding(1, 8, 1e-2, 1).integrate(0, box, 0.1).status());
    }
}
