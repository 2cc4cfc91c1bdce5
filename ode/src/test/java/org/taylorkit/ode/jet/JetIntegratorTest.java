package org.taylorkit.ode.jet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.core.testing.Gen;

/** Jet transport against closed forms, direct integration and Liouville's formula. */
class JetIntegratorTest {

    @Test
    void stmOfLinearSystemIsMatrixExponential() {
        // A = [[0, 1], [-2, -3]], eigenvalues -1, -2 (distinct): by Sylvester's formula
        // exp(At) = (2e^{-t} - e^{-2t}) I + (e^{-t} - e^{-2t}) A.
        OdeSystem s = OdeSystem.parse("x' = y; y' = -2*x - 3*y");
        double t = 1.7;
        double[][] m = JetIntegrator.builder(s).build().integrate(0, new double[] {0.3, -0.2}, t).stm();
        double a = 2 * Math.exp(-t) - Math.exp(-2 * t);
        double b = Math.exp(-t) - Math.exp(-2 * t);
        double[][] expected = {{a, b}, {-2 * b, a - 3 * b}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(m[i][j]).as("M[%d][%d]", i, j).isCloseTo(expected[i][j], within(1e-14));
            }
        }
    }

    @Test
    void stmOfRotationIsRotationMatrix() {
        OdeSystem s = OdeSystem.parse("x' = w*y; y' = -w*x", Set.of("w"));
        double w = 2.5;
        double t = 3.1;
        double[][] m = JetIntegrator.builder(s).parameter("w", w).build().integrate(0, new double[] {1, 0}, t).stm();
        double c = Math.cos(w * t);
        double sn = Math.sin(w * t);
        assertThat(m[0][0]).isCloseTo(c, within(1e-13));
        assertThat(m[0][1]).isCloseTo(sn, within(1e-13));
        assertThat(m[1][0]).isCloseTo(-sn, within(1e-13));
        assertThat(m[1][1]).isCloseTo(c, within(1e-13));
    }

    @Test
    void higherDerivativesOfRiccatiFlowMatchClosedForm() {
        // x' = x², x(t) = x0/(1 - x0 t): d/dx0 = 1/(1-x0 t)², d²/dx0² = 2t/(1-x0 t)³, d³ = 6t²/(1-x0 t)⁴
        OdeSystem s = OdeSystem.parse("x' = x^2");
        double x0 = 0.5;
        double t = 1.2;
        JetFlow f = JetIntegrator.builder(s).jetOrder(3).build().integrate(0, new double[] {x0}, t);
        double u = 1 - x0 * t;
        assertThat(f.state(0).value()).isCloseTo(x0 / u, within(1e-14));
        assertThat(f.derivative(0, 1)).isCloseTo(1 / (u * u), within(1e-13));
        assertThat(f.derivative(0, 2)).isCloseTo(2 * t / (u * u * u), within(1e-12));
        assertThat(f.derivative(0, 3)).isCloseTo(6 * t * t / (u * u * u * u), within(1e-11));
    }

    @Test
    void parameterJetGivesSensitivities() {
        // x' = -k x: x = x0 e^{-kt}, ∂x/∂k = -t x, ∂²x/∂k² = t² x
        OdeSystem s = OdeSystem.parse("x' = -k*x", Set.of("k"));
        double k = 0.7;
        double t = 2.0;
        JetFlow f = JetIntegrator.builder(s).jetVariables("k").jetOrder(2).parameter("k", k).build()
                .integrate(0, new double[] {1.5}, t);
        double x = 1.5 * Math.exp(-k * t);
        assertThat(f.state(0).value()).isCloseTo(x, within(1e-14));
        assertThat(f.derivative(0, 1)).isCloseTo(-t * x, within(1e-13));
        assertThat(f.derivative(0, 2)).isCloseTo(t * t * x, within(1e-13));
        assertThat(f.stm()).hasDimensions(1, 1);
    }

    @Test
    void jetEvaluationAgreesWithDirectIntegrationToTruncationError() {
        // Van der Pol, jet of order K = 3 in (x, y): the error of the jet at δ is O(|δ|^4); halving δ
        // divides it by about 16, and it is far above the integration error (1e-15) at these δ.
        OdeSystem s = OdeSystem.parse("x' = y; y' = mu*(1 - x^2)*y - x", Set.of("mu"));
        double[] x0 = {1.0, 0.5};
        double t = 2.0;
        JetFlow f = JetIntegrator.builder(s).jetOrder(3).parameter("mu", 1.0).build().integrate(0, x0, t);
        TaylorIntegrator direct = TaylorIntegrator.builder(s).parameter("mu", 1.0).build();
        double[] errs = new double[2];
        double[] ds = {2e-2, 1e-2};
        for (int k = 0; k < 2; k++) {
            double d = ds[k];
            double[] exact = direct.integrate(0, new double[] {x0[0] + d, x0[1] - d}, t).state();
            double[] jet = f.evaluate(d, -d);
            errs[k] = Math.max(Math.abs(exact[0] - jet[0]), Math.abs(exact[1] - jet[1]));
        }
        assertThat(errs[1]).isLessThan(1e-6);
        assertThat(errs[0] / errs[1]).as("error ratio for halved δ, errors %s, %s", errs[0], errs[1]).isBetween(10.0, 24.0);
        // and at a tiny δ the jet reproduces direct integration to near rounding
        double d = 1e-5;
        double[] exact = direct.integrate(0, new double[] {x0[0] + d, x0[1] + d}, t).state();
        double[] jet = f.evaluate(d, d);
        assertThat(jet[0]).isCloseTo(exact[0], within(1e-12));
        assertThat(jet[1]).isCloseTo(exact[1], within(1e-12));
    }

    @Test
    void liouvilleDeterminantEqualsExpOfIntegratedTrace() {
        // Van der Pol: trace of the Jacobian = mu (1 - x²); w' = mu (1 - x²) integrated alongside by the
        // double integrator gives ∫ trace, and det(STM) = exp(w(T)).
        OdeSystem s = OdeSystem.parse("x' = y; y' = mu*(1 - x^2)*y - x", Set.of("mu"));
        OdeSystem withTrace = OdeSystem.parse("x' = y; y' = mu*(1 - x^2)*y - x; w' = mu*(1 - x^2)", Set.of("mu"));
        double[] x0 = {0.5, 0.0};
        double t = 5.0;
        double[][] m = JetIntegrator.builder(s).parameter("mu", 1.5).build().integrate(0, x0, t).stm();
        double w = TaylorIntegrator.builder(withTrace).parameter("mu", 1.5).build().integrate(0, new double[] {0.5, 0, 0}, t).state(2);
        double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        assertThat(det / Math.exp(w)).isCloseTo(1.0, within(1e-10));
    }

    /** J = [[0, I], [-I, 0]] for the state order (x, y, px, py). */
    static double symplecticDefect(double[][] m) {
        int n = 2;
        double worst = 0;
        for (int i = 0; i < 2 * n; i++) {
            for (int j = 0; j < 2 * n; j++) {
                double v = 0; // (Mᵀ J M)_ij = Σ_k M_ki (J M)_kj, (J M)_kj = M_{k+n, j} for k < n, -M_{k-n, j} otherwise
                for (int k = 0; k < 2 * n; k++) {
                    double jm = k < n ? m[k + n][j] : -m[k - n][j];
                    v += m[k][i] * jm;
                }
                double jij = (j == i + n) ? 1 : (i == j + n ? -1 : 0);
                worst = Math.max(worst, Math.abs(v - jij));
            }
        }
        return worst;
    }

    static final OdeSystem KEPLER = OdeSystem.parse(
            "x' = px; y' = py; px' = -x/(x^2 + y^2)^1.5; py' = -y/(x^2 + y^2)^1.5");

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void keplerStmIsSymplectic(long seed) {
        Gen g = new Gen(seed);
        double r = g.uniform(0.5, 2.0);
        double vt = g.uniform(0.6, 1.2) / Math.sqrt(r); // bound orbit: v² < 2/r
        double t = g.uniform(1.0, 6.0);
        double[] x0 = {r, 0, 0, vt};
        double[][] m = JetIntegrator.builder(KEPLER).build().integrate(0, x0, t).stm();
        double scale = 0;
        for (double[] row : m) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        assertThat(symplecticDefect(m)).as("%s: r=%s vt=%s t=%s, max |M| = %s", g, r, vt, t, scale)
                .isLessThan(1e-11 * Math.max(1, scale * scale));
    }

    @Test
    void badJetVariableIsRejected() {
        assertThatThrownBy(() -> JetIntegrator.builder(OdeSystem.parse("x' = -x")).jetVariables("q").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'q'");
        JetFlow f = JetIntegrator.builder(OdeSystem.parse("x' = -x")).jetOrder(0).build().integrate(0, new double[] {1}, 1);
        assertThatThrownBy(f::stm).isInstanceOf(IllegalStateException.class).hasMessageContaining("order 0");
    }
}
