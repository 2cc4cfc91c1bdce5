package org.taylorkit.ode.jet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.ode.OdeSystem;

/**
 * Jets from the symbolic variational equations on the double tape, against closed forms, the
 * TaylorN-coefficient {@link JetIntegrator} (an independent route: jet arithmetic through the generic
 * tape, no symbolic derivatives) and the symplecticity of Kepler's flow.
 */
class VariationalJetIntegratorTest {

    static final OdeSystem LORENZ = OdeSystem.parse(
            "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z", Set.of("sigma", "rho", "beta"));
    static final OdeSystem VAN_DER_POL = OdeSystem.parse("x' = y; y' = mu*(1 - x^2)*y - x", Set.of("mu"));

    @Test
    void stmOfLinearSystemIsMatrixExponential() {
        // A = [[0, 1], [-2, -3]], eigenvalues -1, -2: exp(At) = (2e^{-t} - e^{-2t}) I + (e^{-t} - e^{-2t}) A (Sylvester)
        OdeSystem s = OdeSystem.parse("x' = y; y' = -2*x - 3*y");
        double t = 1.7;
        JetFlow f = VariationalJetIntegrator.builder(s).build().integrate(0, new double[] {0.3, -0.2}, t);
        double[][] m = f.stm();
        double a = 2 * Math.exp(-t) - Math.exp(-2 * t);
        double b = Math.exp(-t) - Math.exp(-2 * t);
        double[][] expected = {{a, b}, {-2 * b, a - 3 * b}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(m[i][j]).as("M[%d][%d]", i, j).isCloseTo(expected[i][j], within(1e-14));
            }
        }
        assertThat(f.t()).isEqualTo(t);
    }

    @ParameterizedTest(name = "order {0}")
    @CsvSource({"1", "2", "3", "5"})
    void derivativesOfQuadraticFlowMatchClosedForm(int order) {
        // x' = x²: φ(t; x0) = x0/(1 − x0 t); for k ≥ 1 the coefficient of δ^k is t^{k−1}/(1 − x0 t)^{k+1}
        double x0 = 0.4;
        double t = 1.3;
        JetFlow f = VariationalJetIntegrator.builder(OdeSystem.parse("x' = x^2")).jetOrder(order).build()
                .integrate(0, new double[] {x0}, t);
        double u = 1 - x0 * t;
        assertThat(f.state(0).value()).isCloseTo(x0 / u, within(1e-14));
        for (int k = 1; k <= order; k++) {
            double expected = Math.pow(t, k - 1) / Math.pow(u, k + 1);
            assertThat(f.state(0).coefficient(k)).as("coefficient of δ^%d", k)
                    .isCloseTo(expected, within(2e-14 * expected));
        }
    }

    @Test
    void parameterDerivativesMatchClosedForm() {
        // x' = −k x: x = x0 e^{−kt}; ∂x/∂k = −t x, ∂²x/∂k² = t² x, ∂²x/∂x0∂k = −t e^{−kt}, ∂³x/∂k³ = −t³ x
        double x0 = 1.5;
        double k = 0.7;
        double t = 2.0;
        JetFlow f = VariationalJetIntegrator.builder(OdeSystem.parse("x' = -k*x", Set.of("k"))).jetOrder(3)
                .jetVariables("x", "k").parameter("k", k).build().integrate(0, new double[] {x0}, t);
        double x = x0 * Math.exp(-k * t);
        assertThat(f.derivative(0, 0, 0)).isCloseTo(x, within(1e-14));
        assertThat(f.derivative(0, 1, 0)).isCloseTo(Math.exp(-k * t), within(1e-14));
        assertThat(f.derivative(0, 0, 1)).isCloseTo(-t * x, within(1e-14));
        assertThat(f.derivative(0, 0, 2)).isCloseTo(t * t * x, within(1e-13));
        assertThat(f.derivative(0, 1, 1)).isCloseTo(-t * Math.exp(-k * t), within(1e-14));
        assertThat(f.derivative(0, 0, 3)).isCloseTo(-t * t * t * x, within(1e-13));
        assertThat(f.derivative(0, 2, 0)).isCloseTo(0, within(1e-15));
    }

    /**
     * Kepler (GM = 1) from pericentre of the e = 0.5 orbit, one period 2π: every orbit of the
     * neighbourhood is periodic with period T(x0) = 2π(−2E)^{−3/2}, so φ(T(x0), x0) = x0 and
     * differentiating gives Φ(T) = I − f(x0)·∇T(x0)ᵀ, ∇T = 6π(−2E)^{−5/2}·∇E, ∇E = (x/r³, y/r³, vx, vy).
     * At x0 = (1/2, 0, 0, √3): E = −1/2, so Φ(2π) = I − 6π·(0, √3, −4, 0)ᵀ(4, 0, 0, √3); largest entry 96π.
     * The end time is 2π rounded to double (the STM moves by ~f'·Φ·2.4e-16 ≈ 1e-13 over that).
     */
    @Test
    void keplerStmAfterOnePeriodIsClosedForm() {
        JetFlow flow = VariationalJetIntegrator.builder(JetIntegratorTest.KEPLER).tolerance(1e-15).build()
                .integrate(0, KEPLER_PERICENTRE, 2 * Math.PI);
        assertKeplerStmAfterOnePeriod(flow.stm(), 2e-11, "plain equations");
    }

    /** The pericentre of the Kepler orbit a = 1, e = 0.5 (period 2π), the start of the closed-form STM. */
    static final double[] KEPLER_PERICENTRE = {0.5, 0, 0, Math.sqrt(3)};

    /**
     * Checks Φ(2π) = I − 6π·f(x0)·∇E(x0)ᵀ from {@link #KEPLER_PERICENTRE} (see
     * {@link #keplerStmAfterOnePeriodIsClosedForm}), entry by entry within {@code bound}.
     */
    static void assertKeplerStmAfterOnePeriod(double[][] stm, double bound, String context) {
        double s3 = Math.sqrt(3);
        double[] f = {0, s3, -4, 0};
        double[] gradE = {4, 0, 0, s3};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double exact = (i == j ? 1 : 0) - 6 * Math.PI * f[i] * gradE[j];
                assertThat(stm[i][j]).as("Φ[%d][%d], %s", i, j, context).isCloseTo(exact, within(bound));
            }
        }
    }

    @ParameterizedTest(name = "order {0}")
    @CsvSource({"1", "2", "3"})
    void keplerAgreesWithTaylorNJets(int order) {
        double[] x0 = {1, 0, 0, 1.2};
        assertAgree(JetIntegrator.builder(JetIntegratorTest.KEPLER).jetOrder(order).tolerance(1e-15).build()
                        .integrate(0, x0, 2.0),
                VariationalJetIntegrator.builder(JetIntegratorTest.KEPLER).jetOrder(order).tolerance(1e-15).build()
                        .integrate(0, x0, 2.0), 1e-12);
    }

    @ParameterizedTest(name = "order {0}")
    @CsvSource({"1", "2", "3"})
    void lorenzAgreesWithTaylorNJets(int order) {
        double[] x0 = {-8, 7, 27};
        JetIntegrator a = JetIntegrator.builder(LORENZ).jetOrder(order).tolerance(1e-15)
                .parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3).build();
        VariationalJetIntegrator b = VariationalJetIntegrator.builder(LORENZ).jetOrder(order).tolerance(1e-15)
                .parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3).build();
        assertAgree(a.integrate(0, x0, 0.5), b.integrate(0, x0, 0.5), 1e-12);
    }

    @ParameterizedTest(name = "order {0}")
    @CsvSource({"1", "2", "3"})
    void parameterJetAgreesWithTaylorNJets(int order) {
        // jet variables: an initial value and the parameter mu (the enlarged system gets ∂f/∂mu terms)
        double[] x0 = {1.1, -0.4};
        JetIntegrator a = JetIntegrator.builder(VAN_DER_POL).jetOrder(order).jetVariables("x", "mu").tolerance(1e-15)
                .parameter("mu", 1.3).build();
        VariationalJetIntegrator b = VariationalJetIntegrator.builder(VAN_DER_POL).jetOrder(order).jetVariables("x", "mu")
                .tolerance(1e-15).parameter("mu", 1.3).build();
        assertAgree(a.integrate(0, x0, 3.0), b.integrate(0, x0, 3.0), 1e-12);
    }

    @Test
    void initialJetsAreComposed() {
        // from initial jets x0 + Q·δ the linear part is M·Q, as for JetIntegrator (order 2, Lorenz)
        JetIntegrator a = JetIntegrator.builder(LORENZ).jetOrder(2).tolerance(1e-15)
                .parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3).build();
        VariationalJetIntegrator b = VariationalJetIntegrator.builder(LORENZ).jetOrder(2).tolerance(1e-15)
                .parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3).build();
        TaylorN[] start = a.initialJets(new double[] {1, 2, 20});
        start[0] = start[0].add(start[1].multiply(start[2]).multiply(0.01)); // a nonlinear initial jet
        assertAgree(a.integrate(0, start, 0.4), b.integrate(0, start, 0.4), 1e-12);
    }

    /** Coefficient by coefficient, relative to the largest coefficient of the same degree of the same jet. */
    static void assertAgree(JetFlow expected, JetFlow actual, double tol) {
        assertThat(actual.jetVariables()).isEqualTo(expected.jetVariables());
        assertThat(actual.order()).isEqualTo(expected.order());
        for (int i = 0; i < expected.state().length; i++) {
            TaylorN e = expected.state(i);
            TaylorN a = actual.state(i);
            double[] ce = e.coefficients();
            double[] ca = a.coefficients();
            var idx = org.taylorkit.core.multi.MonomialIndex.of(e.variables().size(), e.order());
            for (int d = 0; d <= e.order(); d++) {
                double scale = 0;
                for (int p = idx.offset(d); p < idx.offset(d + 1); p++) {
                    scale = Math.max(scale, Math.abs(ce[p]));
                }
                for (int p = idx.offset(d); p < idx.offset(d + 1); p++) {
                    assertThat(ca[p]).as("state %d, coefficient %s (degree %d, scale %s)", i,
                            java.util.Arrays.toString(idx.exponents(p)), d, scale)
                            .isCloseTo(ce[p], within(tol * Math.max(scale, 1e-300)));
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void keplerStmIsSymplectic(long seed) {
        Gen g = new Gen(seed);
        double r = g.uniform(0.5, 2.0);
        double vt = g.uniform(0.6, 1.2) / Math.sqrt(r); // bound orbit: v² < 2/r
        double t = g.uniform(1.0, 6.0);
        double[] x0 = {r, 0, 0, vt};
        double[][] m = VariationalJetIntegrator.builder(JetIntegratorTest.KEPLER).tolerance(1e-15).build()
                .integrate(0, x0, t).stm();
        double scale = 0;
        for (double[] row : m) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        assertThat(JetIntegratorTest.symplecticDefect(m)).as("%s: r=%s vt=%s t=%s, max |M| = %s", g, r, vt, t, scale)
                .isLessThan(1e-12 * Math.max(1, scale * scale));
    }

    @Test
    void badInputIsRejectedClearly() {
        OdeSystem s = OdeSystem.parse("x' = -x");
        assertThatThrownBy(() -> VariationalJetIntegrator.builder(s).jetVariables("q").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'q' is neither a state variable");
        assertThatThrownBy(() -> VariationalJetIntegrator.builder(s).build().integrate(0, new double[] {1, 2}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 1 initial values");
        assertThatThrownBy(() -> VariationalJetIntegrator.builder(OdeSystem.parse("x' = x^2")).build()
                .integrate(0, new double[] {1}, 2))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("jet integration stopped");
        assertThatThrownBy(() -> VariationalJetIntegrator.builder(OdeSystem.parse(
                "a' = b; b' = c; c' = d; d' = e1; e1' = f; f' = a")).jetOrder(12).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use JetIntegrator");
        JetFlow f = VariationalJetIntegrator.builder(s).jetOrder(0).build().integrate(0, new double[] {1}, 1);
        assertThat(f.state(0).value()).isCloseTo(Math.exp(-1), within(1e-15));
    }
}
