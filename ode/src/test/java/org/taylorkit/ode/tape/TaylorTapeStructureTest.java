package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.OdeSystem;

/** The decomposition: operation counts, sharing, fast paths and folded constants. */
class TaylorTapeStructureTest {

    private static List<TapeOpKind> kinds(TaylorTape tape) {
        return tape.ops().stream().map(TapeOp::kind).collect(Collectors.toList());
    }

    @Test
    void lorenzHasEightOperationsAndThreeParameterSlots() {
        TaylorTape tape = OdeSystem.parse("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z",
                Set.of("sigma", "rho", "beta")).tape();
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
        TaylorTape tape = OdeSystem.parse("x' = x^7").tape();
        // x², x³ = x²·x, x⁶ = (x³)², x⁷ = x⁶·x
        assertThat(kinds(tape)).as(tape.toString()).containsExactly(TapeOpKind.SQR, TapeOpKind.MUL, TapeOpKind.SQR,
                TapeOpKind.MUL);
        TaylorTape shared = OdeSystem.parse("x' = x^7 + x^2 + x^3 + x*x").tape();
        assertThat(shared.opCount()).as(shared.toString()).isEqualTo(4 + 3);
        assertThat(kinds(OdeSystem.parse("x' = x^1").tape())).isEmpty();
        TaylorTape zero = OdeSystem.parse("x' = x^0").tape();
        assertThat(zero.opCount()).isZero();
        assertThat(zero.constants()).hasSize(1);
        assertThat(kinds(OdeSystem.parse("x' = x^-3").tape())).containsExactly(TapeOpKind.POW_INT);
        assertThat(kinds(OdeSystem.parse("x' = x^2.5").tape())).containsExactly(TapeOpKind.POW);
        assertThat(kinds(OdeSystem.parse("x' = x^0.5 + sqrt(x)").tape())).containsExactly(TapeOpKind.SQRT, TapeOpKind.ADD);
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
        TaylorTape tape = OdeSystem.parse("x' = (2*a + 1)/3 * x - exp(a)", Set.of("a")).tape();
        assertThat(kinds(tape)).as(tape.toString()).containsExactly(TapeOpKind.SCALE, TapeOpKind.ADD_SCALAR);
        assertThat(tape.constants()).containsExactly(Expr.parse("(2*a + 1)/3", Set.of("a")),
                Expr.parse("-exp(a)", Set.of("a")));
        TaylorTape fast = OdeSystem.parse("x' = 1/x + x/2 + (3 - x) + (x - 4)").tape();
        assertThat(kinds(fast)).as(fast.toString()).containsExactly(TapeOpKind.DIV, TapeOpKind.DIV_SCALAR,
                TapeOpKind.ADD, TapeOpKind.SCALAR_SUB, TapeOpKind.ADD, TapeOpKind.ADD_SCALAR, TapeOpKind.ADD);
    }

    @Test
    void hyperbolicPairsAndAuxiliariesAreShared() {
        TaylorTape tape = OdeSystem.parse("x' = sinh(x) + cosh(x) + tan(x); y' = erf(y) + atan2(y, x)").tape();
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
}
