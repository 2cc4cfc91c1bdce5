package org.taylorkit.hipparchus.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.ode.FieldOrdinaryDifferentialEquation;
import org.hipparchus.util.MathArrays;
import org.junit.jupiter.api.Test;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.jet.JetFlow;
import org.taylorkit.ode.jet.JetIntegrator;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;
import org.taylorkit.interval.Interval;

/**
 * Java right-hand sides written once against {@code CalculusFieldElement}, traced into TaylorKit
 * systems: the traced expressions are the parsed text's, so the compiled tape is the same and the
 * integration takes the same steps to the same bits; the orbits are checked against closed forms
 * (Kepler's period, the circular orbit) and Liouville's theorem (a divergence-free flow has
 * det STM = 1); the traced system runs the double, jet and validated integrators alike.
 */
class RightHandSideTracerTest {

    /** The planar Kepler problem with μ = 1 as a Java constant. */
    static final class Kepler<T extends CalculusFieldElement<T>> implements FieldOrdinaryDifferentialEquation<T> {
        @Override
        public int getDimension() {
            return 4;
        }

        @Override
        public T[] computeDerivatives(T t, T[] s) {
            T x = s[0];
            T y = s[1];
            T r3 = x.pow(2).add(y.pow(2)).pow(1.5);
            T[] d = MathArrays.buildArray(x.getField(), 4);
            d[0] = s[2];
            d[1] = s[3];
            d[2] = x.negate().divide(r3);
            d[3] = y.negate().divide(r3);
            return d;
        }
    }

    static final String KEPLER_TEXT = "x' = vx; y' = vy; vx' = -x/(x^2 + y^2)^1.5; vy' = -y/(x^2 + y^2)^1.5";

    /** A forced Duffing oscillator: parameters delta, alpha, beta, gamma, omega; time-dependent. */
    static final class Duffing<T extends CalculusFieldElement<T>> implements FieldOrdinaryDifferentialEquation<T> {
        final T delta;
        final T alpha;
        final T beta;
        final T gamma;
        final T omega;

        Duffing(T delta, T alpha, T beta, T gamma, T omega) {
            this.delta = delta;
            this.alpha = alpha;
            this.beta = beta;
            this.gamma = gamma;
            this.omega = omega;
        }

        @Override
        public int getDimension() {
            return 2;
        }

        @Override
        public T[] computeDerivatives(T t, T[] s) {
            T x = s[0];
            T v = s[1];
            T[] d = MathArrays.buildArray(x.getField(), 2);
            d[0] = v;
            d[1] = delta.negate().multiply(v).subtract(alpha.multiply(x)).subtract(beta.multiply(x.pow(3)))
                    .add(gamma.multiply(omega.multiply(t).cos()));
            return d;
        }
    }

    static final String DUFFING_TEXT =
            "x' = v; v' = -delta*v - alpha*x - beta*x^3 + gamma*cos(omega*t)";

    @Test
    void tracedKeplerIsTheParsedSystemAndIntegratesIdentically() {
        OdeSystem traced = RightHandSideTracer.trace(new Kepler<>(), "x", "y", "vx", "vy");
        OdeSystem parsed = OdeSystem.parse(KEPLER_TEXT);
        assertThat(traced.rightHandSides()).isEqualTo(parsed.rightHandSides());

        // eccentric orbit, e = 0.5, a = 1: from pericentre r = 0.5 with v = sqrt((1+e)/(1-e)) = sqrt(3)
        double[] x0 = {0.5, 0.0, 0.0, Math.sqrt(3.0)};
        double period = 2 * Math.PI; // Kepler's third law with a = 1, mu = 1
        OdeSolution a = TaylorIntegrator.builder(traced).tolerance(1e-15).build().integrate(0, x0, period);
        OdeSolution b = TaylorIntegrator.builder(parsed).tolerance(1e-15).build().integrate(0, x0, period);
        assertThat(a.steps()).isEqualTo(b.steps());
        assertThat(a.state()).isEqualTo(b.state());
        // after one period the orbit closes
        assertThat(a.state()).containsExactly(x0, within(1e-11));
    }

    @Test
    void tracedParametricSystemKeepsItsParametersAndIntegratesIdentically() {
        TracingField f = TracingField.INSTANCE;
        OdeSystem traced = RightHandSideTracer.trace(new Duffing<>(f.parameter("delta"), f.parameter("alpha"),
                f.parameter("beta"), f.parameter("gamma"), f.parameter("omega")), "x", "v");
        OdeSystem parsed = OdeSystem.parse(DUFFING_TEXT, Set.of("delta", "alpha", "beta", "gamma", "omega"));
        assertThat(traced.rightHandSides()).isEqualTo(parsed.rightHandSides());
        assertThat(traced.parameters()).containsExactlyInAnyOrderElementsOf(parsed.parameters());

        double[] p = {0.3, -1.0, 1.0, 0.5, 1.2};
        String[] names = {"delta", "alpha", "beta", "gamma", "omega"};
        OdeSolution a = integrate(traced, names, p);
        OdeSolution b = integrate(parsed, names, p);
        assertThat(a.steps()).isEqualTo(b.steps());
        assertThat(a.state()).isEqualTo(b.state());

        // gamma = delta = beta = 0, alpha = 4: the harmonic oscillator x = cos 2t (closed form)
        OdeSolution harmonic = integrate(traced, names, new double[] {0, 4, 0, 0, 1});
        assertThat(harmonic.state(0)).isCloseTo(Math.cos(20.0), within(1e-12));
        assertThat(harmonic.state(1)).isCloseTo(-2 * Math.sin(20.0), within(1e-12));
    }

    private static OdeSolution integrate(OdeSystem sys, String[] names, double[] p) {
        TaylorIntegrator.Builder builder = TaylorIntegrator.builder(sys).tolerance(1e-15);
        for (int i = 0; i < names.length; i++) {
            builder.parameter(names[i], p[i]);
        }
        return builder.build().integrate(0, new double[] {1.0, 0.0}, 10.0);
    }

    @Test
    void tracedKeplerRunsJetTransport() {
        OdeSystem traced = RightHandSideTracer.trace(new Kepler<>(), "x", "y", "vx", "vy");
        JetFlow flow = JetIntegrator.builder(traced).jetOrder(1).tolerance(1e-14).build()
                .integrate(0, new double[] {1.0, 0.0, 0.0, 1.1}, 5.0);
        double[][] m = flow.stm();
        // the Kepler vector field is divergence-free: Liouville's theorem gives det(STM) = 1
        assertThat(determinant(m)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void tracedKeplerRunsValidatedIntegration() {
        OdeSystem traced = RightHandSideTracer.trace(new Kepler<>(), "x", "y", "vx", "vy");
        Interval[] box = {Interval.point(1.0), Interval.point(0.0), Interval.point(0.0), Interval.point(1.0)};
        double t = 1.5;
        ValidatedSolution s = ValidatedIntegrator.of(traced).integrate(0, box, t);
        assertThat(s.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
        // the circular orbit (cos t, sin t, -sin t, cos t) is inside the enclosure (widths far above
        // the few ulps by which Math.cos/sin may miss the exact values)
        double[] exact = {Math.cos(t), Math.sin(t), -Math.sin(t), Math.cos(t)};
        for (int i = 0; i < 4; i++) {
            assertThat(s.enclosure()[i].contains(exact[i])).as("component %d: %s", i, s.enclosure()[i]).isTrue();
        }
        assertThat(s.width()).isLessThan(1e-9);
    }

    @Test
    void valueDependentCodeIsAClearError() {
        FieldOrdinaryDifferentialEquation<TracingElement> branching = new FieldOrdinaryDifferentialEquation<>() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public TracingElement[] computeDerivatives(TracingElement t, TracingElement[] y) {
                TracingElement v = y[0].getReal() > 0 ? y[0] : y[0].negate();
                return new TracingElement[] {v};
            }
        };
        assertThatThrownBy(() -> RightHandSideTracer.trace(branching, "x"))
                .isInstanceOf(ValueDependentTraceException.class)
                .hasMessageContaining("getReal()")
                .hasMessageContaining("RightHandSideTracerTest")
                .hasMessageContaining("abs(x)");
        assertThatThrownBy(() -> TracingField.INSTANCE.parameter("k").floor())
                .isInstanceOf(ValueDependentTraceException.class)
                .satisfies(e -> assertThat(((ValueDependentTraceException) e).operation()).isEqualTo("floor()"));
    }

    @Test
    void wrongDimensionsAreReported() {
        assertThatThrownBy(() -> RightHandSideTracer.trace(new Kepler<>(), "x", "y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension 4");
    }

    private static double determinant(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        double det = 1;
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            if (pivot != c) {
                double[] tmp = m[pivot];
                m[pivot] = m[c];
                m[c] = tmp;
                det = -det;
            }
            det *= m[c][c];
            for (int r = c + 1; r < n; r++) {
                double factor = m[r][c] / m[c][c];
                for (int k = c; k < n; k++) {
                    m[r][k] -= factor * m[c][k];
                }
            }
        }
        return det;
    }
}
