package org.taylorkit.ode.jet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;

/**
 * The jet at its own Taylor order ({@link JetBuilder#jetTolerance}): the Kepler state-transition matrix
 * against its closed form after one period, higher-order jets against the {@code TaylorN} route, the state
 * bit for bit unaffected by how the jet is expanded at equal steps, and the errors for bad settings.
 */
class JetToleranceTest {

    /**
     * Φ(2π) = I − 6π·f(x0)·∇E(x0)ᵀ at the pericentre of the e = 0.5 orbit (see
     * {@code VariationalJetIntegratorTest.keplerStmAfterOnePeriodIsClosedForm}; largest entry 96π ≈ 302), with
     * the state at order 19 and the jet at the orders q = 15, 16 and 18 of ε_jet = 1e-12, 1e-13, 1e-14.
     */
    @ParameterizedTest(name = "eps_jet={0}")
    @CsvSource({"1e-12, 15, 1e-10", "1e-13, 16, 2e-11", "1e-14, 18, 2e-11"})
    void keplerStmAtALowerJetOrderIsTheClosedForm(double epsJet, int q, double bound) {
        VariationalJetIntegrator v = VariationalJetIntegrator.builder(JetIntegratorTest.KEPLER).taylorOrder(19)
                .tolerance(1e-14).jetTolerance(epsJet).build();
        assertThat(TaylorIntegrator.orderFor(epsJet)).isEqualTo(q);
        double[][] stm = v.integrate(0, VariationalJetIntegratorTest.KEPLER_PERICENTRE, 2 * Math.PI).stm();
        VariationalJetIntegratorTest.assertKeplerStmAfterOnePeriod(stm, bound, "q = " + q);
    }

    @ParameterizedTest(name = "order {0}")
    @CsvSource({"2", "3"})
    void higherOrderJetsAtALowerOrderAgreeWithTaylorNJets(int order) {
        double[] x0 = {1, 0, 0, 1.2};
        VariationalJetIntegratorTest.assertAgree(
                JetIntegrator.builder(JetIntegratorTest.KEPLER).jetOrder(order).tolerance(1e-15).build().integrate(0, x0, 2.0),
                VariationalJetIntegrator.builder(JetIntegratorTest.KEPLER).jetOrder(order).taylorOrder(20).tolerance(1e-15)
                        .jetTolerance(1e-14).build().integrate(0, x0, 2.0), 1e-11);
    }

    /**
     * At a fixed step the jet's order changes only the jet: the state is bit for bit that of the full
     * expansion, the jet within the truncation of its series at q.
     */
    @Test
    void atAFixedStepTheStateIsBitForBitTheFullExpansions() {
        OdeSystem s = VariationalEquations.of(JetIntegratorTest.KEPLER, JetIntegratorTest.KEPLER.variables(), 1).system();
        double[] y0 = new double[20];
        y0[0] = 1;
        y0[3] = 1.1;
        for (int i = 0; i < 4; i++) {
            y0[4 + 5 * i] = 1;
        }
        OdeSolution full = TaylorIntegrator.builder(s).order(20).fixedStep(0.05).build().integrate(0, y0, 3);
        TaylorIntegrator split = TaylorIntegrator.builder(s).order(20).fixedStep(0.05).secondaryStates(4, 1e-13).build();
        assertThat(split.secondaryOrder()).isEqualTo(16);
        OdeSolution low = split.integrate(0, y0, 3);
        for (int i = 0; i < 4; i++) {
            assertThat(low.state()[i]).as("state %d", i).isEqualTo(full.state()[i]);
        }
        for (int i = 4; i < 20; i++) {
            assertThat(low.state()[i]).as("jet %d", i).isCloseTo(full.state()[i], within(1e-12));
        }
    }

    @Test
    void badSettingsAreRejectedClearly() {
        OdeSystem kepler = JetIntegratorTest.KEPLER;
        for (double bad : new double[] {0, -1e-13, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> VariationalJetIntegrator.builder(kepler).jetTolerance(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the jet tolerance must be positive and finite, got " + bad);
        }
        assertThatThrownBy(() -> JetIntegrator.builder(kepler).jetTolerance(1e-13).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use VariationalJetIntegrator");
        assertThatThrownBy(() -> TaylorIntegrator.builder(kepler).secondaryStates(4, 1e-13))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be in 1..3").hasMessageContaining("got 4");
        assertThatThrownBy(() -> TaylorIntegrator.builder(kepler).secondaryStates(0, 1e-13))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
        assertThatThrownBy(() -> TaylorIntegrator.builder(kepler).secondaryStates(2, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the tolerance of the secondary states must be positive and finite");
        // x, y read px, py: the momenta are not secondary
        assertThatThrownBy(() -> TaylorIntegrator.builder(kepler).secondaryStates(2, 1e-13).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state px cannot be expanded to a lower order");
    }
}
