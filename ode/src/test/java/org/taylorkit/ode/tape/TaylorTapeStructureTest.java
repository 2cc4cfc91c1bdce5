package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.OdeSystem;

/**
 * The decomposition: operation counts, sharing, fast paths and folded constants (on the tape before
 * the folding of linear chains, {@link #unfused}), and the linear-combination folding itself.
 */
class TaylorTapeStructureTest {

    /** The tape of {@code s} without linear-combination folding. */
    static TaylorTape unfused(OdeSystem s) {
        return TaylorTape.build(s.variables(), s.rightHandSides(), s.parameters(), List.of(), false);
    }

    private static List<TapeOpKind> kinds(TaylorTape tape) {
        return tape.ops().stream().map(TapeOp::kind).collect(Collectors.toList());
    }

    @Test
    void lorenzHasEightOperationsAndThreeParameterSlots() {
        TaylorTape tape = unfused(OdeSystem.parse("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z",
                Set.of("sigma", "rho", "beta")));
        // y−x, σ·(…), ρ−z, x·(…), (…)−y, x·y, β·z, (…)−(…)
        assertThat(tape.opCount()).as(tape.toString()).isEqualTo(8);
        assertThat(kinds(tape)).containsExactly(TapeOpKind.SUB, TapeOpKind.SCALE, TapeOpKind.SCALAR_SUB,
                TapeOpKind.MUL, TapeOpKind.SUB, TapeOpKind.MUL, TapeOpKind.SCALE, TapeOpKind.SUB);
        assertThat(tape.constants()).hasSize(3);
        assertThat(tape.stateCount()).isEqualTo(3);
        assertThat(tape.timeSlot()).isEqualTo(3);
    }

    @Test
    void commonSubexpressionsAreSharedAcrossEquations() {
        TaylorTape tape = OdeSystem.parse("x' = sin(x + y)*cos(x + y); y' = (x + y)^2 + sin(x + y)").tape();
        // x+y once, one sin_cos for both sin and cos, the product, the square, the sum
        assertThat(kinds(tape)).as(tape.toString()).containsExactly(TapeOpKind.ADD, TapeOpKind.SIN_COS,
                TapeOpKind.MUL, TapeOpKind.SQR, TapeOpKind.ADD);
        // without sharing: 2·(x+y) sums … 9 operations; written as separate but equal objects
        Expr s1 = Expr.variable("x").plus(Expr.variable("y"));
        Expr s2 = Expr.variable("x").plus(Expr.variable("y"));
        TaylorTape built = OdeSystem.builder().equation("x", s1.exp()).equation("y", s2.exp().plus(s2)).build().tape();
        assertThat(built.opCount()).as(built.toString()).isEqualTo(3); // x+y, exp, +
    }

    @Test
    void integerPowersAreProductChainsSharedWithEqualPowers() {
        TaylorTape tape = unfused(OdeSystem.parse("x' = x^7"));
        // x², x³ = x²·x, x⁶ = (x³)², x⁷ = x⁶·x
        assertThat(kinds(tape)).as(tape.toString()).containsExactly(TapeOpKind.SQR, TapeOpKind.MUL, TapeOpKind.SQR,
                TapeOpKind.MUL);
        TaylorTape shared = unfused(OdeSystem.parse("x' = x^7 + x^2 + x^3 + x*x"));
        assertThat(shared.opCount()).as(shared.toString()).isEqualTo(4 + 3);
        assertThat(kinds(OdeSystem.parse("x' = x^1").tape())).isEmpty();
        TaylorTape zero = OdeSystem.parse("x' = x^0").tape();
        assertThat(zero.opCount()).isZero();
        assertThat(zero.constants()).hasSize(1);
        assertThat(kinds(OdeSystem.parse("x' = x^-3").tape())).containsExactly(TapeOpKind.POW_INT);
        assertThat(kinds(OdeSystem.parse("x' = x^2.7").tape())).containsExactly(TapeOpKind.POW);
        // half-integer exponents: x^2.5 = x²·√x, x^(−3/2) = 1/(x·√x), x^−0.5 = 1/√x
        assertThat(kinds(OdeSystem.parse("x' = x^2.5").tape())).containsExactly(TapeOpKind.SQR, TapeOpKind.SQRT,
                TapeOpKind.MUL);
        assertThat(kinds(OdeSystem.parse("x' = x^(-3/2)").tape())).containsExactly(TapeOpKind.SQRT, TapeOpKind.MUL,
                TapeOpKind.DIV);
        assertThat(kinds(OdeSystem.parse("x' = x^-0.5").tape())).containsExactly(TapeOpKind.SQRT, TapeOpKind.DIV);
        assertThat(kinds(OdeSystem.parse("x' = x^(5/4)").tape())).containsExactly(TapeOpKind.POW);
        assertThat(kinds(OdeSystem.parse("x' = x^0.5 + sqrt(x)").tape())).containsExactly(TapeOpKind.SQRT, TapeOpKind.ADD);
    }

    @Test
    void productsWithNegativeHalfPowersBecomeQuotients() {
        // a·b^(−3/2) = a/(b·√b): one division instead of 1/(b·√b) and a product
        assertThat(kinds(OdeSystem.parse("x' = t*x^(-3/2)").tape())).containsExactly(TapeOpKind.SQRT,
                TapeOpKind.MUL, TapeOpKind.DIV);
        assertThat(kinds(OdeSystem.parse("x' = x^(-1/2)*t").tape())).containsExactly(TapeOpKind.SQRT, TapeOpKind.DIV);
        // N-body pattern: three quotients share the denominator r²·√r²
        TaylorTape pair = OdeSystem.parse("x' = u; y' = v; z' = w; u' = -x*(x^2 + y^2 + z^2)^(-3/2);"
                + " v' = -y*(x^2 + y^2 + z^2)^(-3/2); w' = -z*(x^2 + y^2 + z^2)^(-3/2)").tape();
        List<TapeOpKind> k = kinds(pair);
        assertThat(k.stream().filter(o -> o == TapeOpKind.DIV).count()).as(pair.toString()).isEqualTo(3);
        assertThat(k.stream().filter(o -> o == TapeOpKind.SQRT).count()).isEqualTo(1);
        assertThat(k.stream().filter(o -> o == TapeOpKind.MUL).count()).isEqualTo(1);
        // a constant base stays a constant factor; positive half powers stay products
        assertThat(kinds(OdeSystem.parse("x' = x*2^(-3/2)").tape())).containsExactly(TapeOpKind.SCALE);
        assertThat(kinds(OdeSystem.parse("x' = t*x^(3/2)").tape())).containsExactly(TapeOpKind.SQRT,
                TapeOpKind.MUL, TapeOpKind.MUL);
    }

    /** e_0 = x, e_{i+1} = e_i·(x·x + 1)^(−3/2) + x: every node a new object, so equal trees are never the same instance. */
    private static Expr quotientChain(int levels) {
        Expr x = Expr.variable("x");
        Expr e = x;
        for (int i = 0; i < levels; i++) {
            e = e.times(x.times(x).plus(1).pow(-1.5)).plus(Expr.variable("x"));
        }
        return e;
    }

    @Test
    void equalTreesBuiltAsSeparateObjectsShareEveryLevelThroughTheQuotientRewrite() {
        // one chain: x², x² + 1, √, (x² + 1)·√, then a quotient and a sum per level
        TaylorTape one = OdeSystem.builder().equation("x", quotientChain(300)).build().tape();
        List<TapeOpKind> k = kinds(one);
        assertThat(k).hasSize(4 + 2 * 300);
        assertThat(k.stream().filter(o -> o == TapeOpKind.DIV).count()).isEqualTo(300);
        assertThat(k.stream().filter(o -> o == TapeOpKind.SQRT).count()).isEqualTo(1);
        // a second equal chain built separately adds no operation: y' reads x''s slot
        TaylorTape two = OdeSystem.builder().equation("x", quotientChain(300)).equation("y", quotientChain(300)).build().tape();
        assertThat(two.opCount()).isEqualTo(one.opCount());
        assertThat(two.rhsSlot(1)).isEqualTo(two.rhsSlot(0));
    }

    @Test
    void seriesPowersAreExpOfProductWithLog() {
        assertThat(kinds(OdeSystem.parse("x' = x^t").tape())).containsExactly(TapeOpKind.LOG, TapeOpKind.MUL, TapeOpKind.EXP);
        TaylorTape constantBase = OdeSystem.parse("x' = 2^x").tape();
        assertThat(kinds(constantBase)).containsExactly(TapeOpKind.SCALE, TapeOpKind.EXP);
        assertThat(constantBase.constants()).containsExactly(Expr.parse("log(2)"));
    }

    @Test
    void constantSubexpressionsAreFoldedIntoOneSlot() {
        TaylorTape tape = unfused(OdeSystem.parse("x' = (2*a + 1)/3 * x - exp(a)", Set.of("a")));
        assertThat(kinds(tape)).as(tape.toString()).containsExactly(TapeOpKind.SCALE, TapeOpKind.ADD_SCALAR);
        assertThat(tape.constants()).containsExactly(Expr.parse("(2*a + 1)/3", Set.of("a")),
                Expr.parse("-exp(a)", Set.of("a")));
        TaylorTape fast = unfused(OdeSystem.parse("x' = 1/x + x/2 + (3 - x) + (x - 4)"));
        assertThat(kinds(fast)).as(fast.toString()).containsExactly(TapeOpKind.DIV, TapeOpKind.DIV_SCALAR,
                TapeOpKind.ADD, TapeOpKind.SCALAR_SUB, TapeOpKind.ADD, TapeOpKind.ADD_SCALAR, TapeOpKind.ADD);
    }

    @Test
    void hyperbolicPairsAndAuxiliariesAreShared() {
        TaylorTape tape = unfused(OdeSystem.parse("x' = sinh(x) + cosh(x) + tan(x); y' = erf(y) + atan2(y, x)"));
        assertThat(kinds(tape)).as(tape.toString()).containsExactly(TapeOpKind.SINH_COSH, TapeOpKind.ADD, TapeOpKind.TAN,
                TapeOpKind.ADD, TapeOpKind.ERF, TapeOpKind.ATAN2, TapeOpKind.ADD);
        TapeOp erf = tape.ops().get(4);
        assertThat(erf.aux1()).isNotNegative();
        assertThat(erf.aux2()).isNotNegative();
        assertThat(erf.toString()).startsWith("u").contains("= erf(u1)");
    }

    @Test
    void eventOutputsShareTheRightHandSidesSlots() {
        OdeSystem s = OdeSystem.parse("x' = v; v' = -sin(x)");
        TaylorTape tape = s.tape(List.of(Expr.parse("sin(x)"), Expr.parse("v")));
        assertThat(tape.opCount()).isEqualTo(2); // sin_cos and neg; outputs reuse slots
        assertThat(tape.outputSlot(1)).isEqualTo(1);
        assertThat(tape.outputSlot(0)).isEqualTo(tape.ops().get(0).out());
    }

    @Test
    void linearChainsUsedOnceBecomeOneLinearCombination() {
        TaylorTape lorenz = OdeSystem.parse("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z",
                Set.of("sigma", "rho", "beta")).tape();
        // σ(y − x) and x·y − β·z fold; ρ − z feeds a product and stays
        assertThat(kinds(lorenz)).as(lorenz.toString()).containsExactly(TapeOpKind.LINEAR_COMBINATION,
                TapeOpKind.SCALAR_SUB, TapeOpKind.MUL, TapeOpKind.SUB, TapeOpKind.MUL, TapeOpKind.LINEAR_COMBINATION);
        TapeOp first = lorenz.ops().get(0);
        assertThat(first.terms()).hasSize(2);
        assertThat(first.terms().get(0).slot()).isEqualTo(1); // σ·y
        assertThat(first.terms().get(1).slot()).isEqualTo(0); // −σ·x
        assertThat(first.terms().get(1).negated()).isTrue();
        assertThat(first.toString()).as(first.toString()).contains(" - ");

        // (3 − x) + (x − 4) + 2·(y − 1) − x/2 : one combination with offset 3 + (−4) + 2·(−1)
        TaylorTape folded = OdeSystem.parse("x' = (3 - x) + (x - 4) + 2*(y - 1) - x/2; y' = x").tape();
        assertThat(kinds(folded)).as(folded.toString()).containsExactly(TapeOpKind.DIV_SCALAR,
                TapeOpKind.LINEAR_COMBINATION);
        TapeOp lc = folded.ops().get(1);
        assertThat(lc.a()).as("offset slot").isNotNegative();
        assertThat(lc.terms()).hasSize(4);
        int offset = -1;
        for (int j = 0; j < folded.constants().size(); j++) {
            if (folded.constantSlot(j) == lc.a()) {
                offset = j;
            }
        }
        assertThat(offset).as(folded.toString()).isNotNegative();
        assertThat(folded.constants().get(offset).evaluate(org.taylorkit.core.arith.BoxedDoubleArithmetic.INSTANCE,
                java.util.Map.of())).isEqualTo(-3.0);
    }

    @Test
    void sharedOrOutputIntermediatesAreNotFolded() {
        // x + y is used twice: it stays one ADD read by both combinations
        TaylorTape tape = OdeSystem.parse("x' = 2*(x + y) - y; y' = 3*(x + y) + x").tape();
        assertThat(kinds(tape)).as(tape.toString()).containsExactly(TapeOpKind.ADD,
                TapeOpKind.LINEAR_COMBINATION, TapeOpKind.LINEAR_COMBINATION);
        // an event output keeps its slot
        OdeSystem s = OdeSystem.parse("x' = -(x - y); y' = x");
        TaylorTape withOutput = s.tape(List.of(Expr.parse("x - y")));
        assertThat(kinds(withOutput)).as(withOutput.toString()).containsExactly(TapeOpKind.SUB, TapeOpKind.NEG);
        assertThat(withOutput.outputSlot(0)).isEqualTo(withOutput.ops().get(0).out());
    }
}
