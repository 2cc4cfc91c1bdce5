package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link NBody}: the right-hand side against Newton's law evaluated by hand, and conservation of energy
 * and linear momentum along an integration (closed-form invariants of the N-body problem).
 */
class NBodyTest {

    private static final double G = 0.7;
    private static final double[] M = {1.0, 0.3, 0.05};

    @Test
    void theRightHandSideIsNewtonsLaw() {
        OdeSystem s = NBody.system(G, M);
        assertThat(s.variables()).containsExactly("x0", "y0", "z0", "x1", "y1", "z1", "x2", "y2", "z2", "u0", "v0", "w0",
                "u1", "v1", "w1", "u2", "v2", "w2");
        double[] state = start();
        java.util.Map<String, Double> at = new java.util.HashMap<>();
        for (int i = 0; i < state.length; i++) {
            at.put(s.variables().get(i), state[i]);
        }
        double[] f = new double[state.length];
        for (int i = 0; i < state.length; i++) {
            f[i] = s.rightHandSides().get(i).evaluate(org.taylorkit.core.arith.BoxedDoubleArithmetic.INSTANCE, at);
        }
        for (int i = 0; i < 3; i++) {
            for (int c = 0; c < 3; c++) {
                assertThat(f[3 * i + c]).isEqualTo(state[9 + 3 * i + c]);
                double a = 0;
                for (int j = 0; j < 3; j++) {
                    if (j != i) {
                        double dx = state[3 * i] - state[3 * j];
                        double dy = state[3 * i + 1] - state[3 * j + 1];
                        double dz = state[3 * i + 2] - state[3 * j + 2];
                        double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
                        a -= G * M[j] * (state[3 * i + c] - state[3 * j + c]) / (r * r * r);
                    }
                }
                assertThat(f[9 + 3 * i + c]).as("acceleration %d.%d", i, c).isCloseTo(a, org.assertj.core.data.Offset.offset(1e-15));
            }
        }
    }

    @Test
    void energyAndMomentumAreConserved() {
        double[] x0 = start();
        double[] end = TaylorIntegrator.builder(NBody.system(G, M)).tolerance(1e-15).build().integrate(0, x0, 20).state();
        assertThat(Math.abs(energy(end) - energy(x0))).isLessThan(1e-13 * Math.abs(energy(x0)));
        for (int c = 0; c < 3; c++) {
            assertThat(momentum(end, c)).isCloseTo(momentum(x0, c), org.assertj.core.data.Offset.offset(1e-14));
        }
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThatThrownBy(() -> NBody.system(1.0, 1.0)).hasMessageContaining("at least two bodies, got 1");
        assertThatThrownBy(() -> NBody.system(1.0, 1.0, Double.NaN)).hasMessageContaining("mass 1 must be finite");
        assertThatThrownBy(() -> NBody.system(Double.POSITIVE_INFINITY, 1.0, 1.0)).hasMessageContaining("gravitational constant");
    }

    private static double[] start() {
        return new double[] {0, 0, 0, 1.2, 0.1, -0.1, -0.4, 2.0, 0.3, 0.01, -0.02, 0, 0, 0.7, 0.05, -0.5, 0, 0.02};
    }

    private static double energy(double[] s) {
        double h = 0;
        for (int i = 0; i < 3; i++) {
            double u = s[9 + 3 * i];
            double v = s[10 + 3 * i];
            double w = s[11 + 3 * i];
            h += 0.5 * M[i] * (u * u + v * v + w * w);
            for (int j = i + 1; j < 3; j++) {
                double dx = s[3 * i] - s[3 * j];
                double dy = s[3 * i + 1] - s[3 * j + 1];
                double dz = s[3 * i + 2] - s[3 * j + 2];
                h -= G * M[i] * M[j] / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return h;
    }

    private static double momentum(double[] s, int c) {
        double p = 0;
        for (int i = 0; i < 3; i++) {
            p += M[i] * s[9 + 3 * i + c];
        }
        return p;
    }
}
