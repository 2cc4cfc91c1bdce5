package org.taylorkit.ode.jet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.tape.TapeOp;

/**
 * The symmetric form of the variational equations ({@code symmetricProducts}): the mixed second derivatives
 * of a potential recognised as one function ({@link PowerProduct}), fewer Cauchy products on the tape, and
 * the same jets as the plain form and the closed form.
 */
class SymmetricProductsTest {

    static final OdeSystem KEPLER_3D = OdeSystem.parse("x' = u; y' = v; z' = w; u' = -x/(x^2 + y^2 + z^2)^1.5;"
            + " v' = -y/(x^2 + y^2 + z^2)^1.5; w' = -z/(x^2 + y^2 + z^2)^1.5");

    private static long cauchyProducts(OdeSystem system) {
        return TaylorIntegrator.builder(system).build().tape().ops().stream().map(TapeOp::kind)
                .filter(k -> k.name().equals("MUL") || k.name().equals("DIV") || k.name().equals("SQR") || k.name().equals("SQRT"))
                .count();
    }

    @Test
    void powerProductsSeeTheMixedDerivativeOfThePotentialAsOneFunction() {
        PowerProduct a = PowerProduct.of(Expr.parse("(1.5*(y + y)/(x*x + y*y)) * (-x/(x*x + y*y)^1.5)"));
        PowerProduct b = PowerProduct.of(Expr.parse("(-y/(x*x + y*y)^1.5) * ((x + x)*1.5/(x*x + y*y))"));
        assertThat(a).isEqualTo(b);
        assertThat(a.coefficient()).isEqualTo(-3.0);
        assertThat(a.exponents()).containsEntry(Expr.parse("x*x + y*y"), -2.5).containsEntry(Expr.parse("x"), 1.0);
        assertThat(PowerProduct.of(Expr.parse("x*y/x"))).isEqualTo(PowerProduct.of(Expr.parse("y")));
        // different functions, and sums of unlike terms or non-constant powers, stay apart
        assertThat(PowerProduct.of(Expr.parse("x*y^2"))).isNotEqualTo(PowerProduct.of(Expr.parse("x^2*y")));
        assertThat(PowerProduct.of(Expr.parse("-x*y"))).isNotEqualTo(PowerProduct.of(Expr.parse("x*y")));
        assertThat(PowerProduct.of(Expr.parse("x + y"))).isNotEqualTo(PowerProduct.of(Expr.parse("y + x")));
        assertThat(PowerProduct.of(Expr.parse("x^y")).exponents()).containsOnlyKeys(Expr.parse("x^y"));
    }

    @Test
    void keplerTapeHasFiveCauchyProductsFewerPerOrder() {
        OdeSystem k = JetIntegratorTest.KEPLER;
        List<String> vars = k.variables();
        assertThat(cauchyProducts(VariationalEquations.of(k, vars, 1).system())).isEqualTo(29);
        assertThat(cauchyProducts(VariationalEquations.of(k, vars, 1, true).system())).isEqualTo(24);
        // in 3D the accelerations' 3 × 3 Hessian block is one symmetric block of three pairs: per column of the six,
        // 3·4/2 = 6 products instead of 9 (18 fewer), and 3 of the Jacobian's 9 mixed entries are not formed twice
        long plain = cauchyProducts(VariationalEquations.of(KEPLER_3D, KEPLER_3D.variables(), 1).system());
        long symmetric = cauchyProducts(VariationalEquations.of(KEPLER_3D, KEPLER_3D.variables(), 1, true).system());
        assertThat(plain).isEqualTo(75);
        assertThat(symmetric).isEqualTo(plain - 18 - 3);
    }

    @Test
    void withoutSymmetricPairsTheEquationsAreThePlainOnes() {
        OdeSystem lorenz = VariationalJetIntegratorTest.LORENZ;
        OdeSystem plain = VariationalEquations.of(lorenz, lorenz.variables(), 2).system();
        OdeSystem symmetric = VariationalEquations.of(lorenz, lorenz.variables(), 2, true).system();
        assertThat(symmetric.rightHandSides()).isEqualTo(plain.rightHandSides());
    }

    /** Φ(2π) = I − 6π·f(x0)·∇E(x0)ᵀ (see {@code VariationalJetIntegratorTest.keplerStmAfterOnePeriodIsClosedForm}). */
    @Test
    void keplerStmIsTheClosedForm() {
        double[][] stm = VariationalJetIntegrator.builder(JetIntegratorTest.KEPLER).symmetricProducts(true).tolerance(1e-15)
                .build().integrate(0, VariationalJetIntegratorTest.KEPLER_PERICENTRE, 2 * Math.PI).stm();
        VariationalJetIntegratorTest.assertKeplerStmAfterOnePeriod(stm, 2e-11, "symmetric form");
    }

    @ParameterizedTest(name = "order {0}")
    @CsvSource({"1", "2", "3"})
    void jetsAgreeWithTaylorNJets(int order) {
        double[] x0 = {1, 0.1, 0, 0.05, 1.1, 0.2};
        VariationalJetIntegratorTest.assertAgree(
                JetIntegrator.builder(KEPLER_3D).jetOrder(order).tolerance(1e-15).build().integrate(0, x0, 1.5),
                VariationalJetIntegrator.builder(KEPLER_3D).jetOrder(order).symmetricProducts(true).tolerance(1e-15).build()
                        .integrate(0, x0, 1.5), 1e-11);
    }
}
