package org.taylorkit.hipparchus.orekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.analysis.differentiation.GradientField;
import org.hipparchus.util.Binary64;
import org.hipparchus.util.Binary64Field;
import org.hipparchus.util.MathArrays;
import org.junit.jupiter.api.BeforeAll;
import org.orekit.data.DataContext;
import org.orekit.data.DataProvidersManager;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.hipparchus.TaylorNElement;
import org.taylorkit.hipparchus.TaylorNField;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.jet.JetFlow;
import org.taylorkit.ode.jet.JetIntegrator;

/**
 * Orekit's {@code FieldNumericalPropagator} over our multivariate element: one day of a LEO orbit
 * with J2 ({@link LeoJ2OneDay}), expanded in the six initial position/velocity deviations. The
 * first-order part (the state-transition matrix) agrees with Orekit's own {@link Gradient}
 * propagation; the whole expansion of order 2 and 3 predicts direct propagations from perturbed
 * initial states with an error that falls as the (order + 1)-th power of the deviation.
 */
class OrekitExpansionTest {

    private static final Variables DEVIATIONS = Variables.of("dx", "dy", "dz", "dvx", "dvy", "dvz");
    private static final double[] X0 = LeoJ2OneDay.initialState();
    /** A deviation direction: 1 km in position, 1 m/s in velocity, mixed signs. */
    private static final double[] DIRECTION = {600.0, -500.0, 400.0, 0.6, 0.5, -0.7};

    private static TaylorNElement[] order2;
    private static TaylorNElement[] order3;

    @BeforeAll
    static void propagateExpansions() {
        order2 = expansion(2);
        order3 = expansion(3);
    }

    private static TaylorNElement[] expansion(int order) {
        TaylorNField field = TaylorNField.of(DEVIATIONS, order);
        return LeoJ2OneDay.propagate(field, field.variables(X0));
    }

    @Test
    void noOrekitDataIsConfiguredOrLoaded() {
        // checked after the @BeforeAll propagations: no data source is configured, and nothing was read
        DataProvidersManager data = DataContext.getDefault().getDataProvidersManager();
        assertThat(data.getProviders()).isEmpty();
        assertThat(data.getLoadedDataNames()).isEmpty();
    }

    @Test
    void firstOrderPartIsOrekitsGradientPropagation() {
        GradientField field = GradientField.getField(6);
        Gradient[] x0 = MathArrays.buildArray(field, 6);
        for (int i = 0; i < 6; i++) {
            x0[i] = Gradient.variable(6, i, X0[i]);
        }
        Gradient[] end = LeoJ2OneDay.propagate(field, x0);
        for (int i = 0; i < 6; i++) {
            double[] ours = order2[i].series().gradient();
            double[] theirs = end[i].getGradient();
            double scale = 0;
            for (double g : theirs) {
                scale = Math.max(scale, Math.abs(g));
            }
            assertThat(order2[i].getValue()).isCloseTo(end[i].getValue(), within(1e-9 * Math.abs(end[i].getValue())));
            assertThat(ours).as("STM row %d", i).containsExactly(theirs, within(1e-9 * scale));
        }
    }

    @Test
    void expansionErrorFallsAsTheNextPowerOfTheDeviation() {
        for (TaylorNElement[] expansion : new TaylorNElement[][] {order2, order3}) {
            int order = expansion[0].getOrder();
            double[] errors = new double[3];
            for (int k = 0; k < 3; k++) {
                double scale = Math.scalb(1.0, -k);
                double[] delta = new double[6];
                double[] start = new double[6];
                for (int i = 0; i < 6; i++) {
                    delta[i] = scale * DIRECTION[i];
                    start[i] = X0[i] + delta[i];
                }
                double[] direct = direct(start);
                for (int i = 0; i < 3; i++) {
                    errors[k] = Math.max(errors[k], Math.abs(expansion[i].series().evaluate(delta) - direct[i]));
                }
            }
            // halving the deviation divides the error by about 2^(order+1)
            for (int k = 0; k < 2; k++) {
                double ratio = errors[k] / errors[k + 1];
                assertThat(Math.log(ratio) / Math.log(2))
                        .as("order %d: position errors %s m", order, java.util.Arrays.toString(errors))
                        .isCloseTo(order + 1, within(0.3));
            }
        }
    }

    /**
     * TaylorKit's own jet transport of the same equations, written as text, against Orekit's
     * propagation over our element with its adaptive Dormand–Prince integrator at 1e-10: two
     * independent integrators of the same flow (Taylor at 1e-12, Runge–Kutta at 1e-10), so the
     * expansions agree to about the looser tolerance: measured 1.1e-9 relative for the values,
     * 1.4e-9 and 2.9e-9 (relative to the largest coefficient of the degree) for the
     * state-transition matrix and the second-order tensor; asserted with a margin.
     */
    @Test
    void taylorKitJetTransportOfTheTextEquationsAgrees() {
        OdeSystem system = OdeSystem.parse(LeoJ2OneDay.EQUATIONS_TEXT, Set.of("mu", "re", "j2"));
        double[] p = LeoJ2OneDay.parameters();
        JetFlow flow = JetIntegrator.builder(system).jetOrder(2).tolerance(1e-12)
                .parameter("mu", p[0]).parameter("re", p[1]).parameter("j2", p[2]).build()
                .integrate(0, X0, LeoJ2OneDay.DURATION);
        TaylorNField field = TaylorNField.of(DEVIATIONS, 2);
        TaylorNElement[] orekit = LeoJ2OneDay.propagateAccurately(field, field.variables(X0), 1e-10);
        for (int i = 0; i < 6; i++) {
            double[] ours = flow.state(i).coefficients();
            double[] theirs = orekit[i].series().coefficients();
            double scale = Math.abs(theirs[0]);
            assertThat(ours[0]).as("value %d", i).isCloseTo(theirs[0], within(1e-8 * scale));
            for (int degree = 1; degree <= 2; degree++) {
                int from = degree == 1 ? 1 : 7;
                int to = degree == 1 ? 7 : ours.length;
                double largest = 0;
                for (int k = from; k < to; k++) {
                    largest = Math.max(largest, Math.abs(theirs[k]));
                }
                for (int k = from; k < to; k++) {
                    assertThat(ours[k]).as("state %d coefficient %d", i, k).isCloseTo(theirs[k], within(1e-7 * largest));
                }
            }
        }
    }

    private static double[] direct(double[] start) {
        Binary64[] x0 = MathArrays.buildArray(Binary64Field.getInstance(), 6);
        for (int i = 0; i < 6; i++) {
            x0[i] = new Binary64(start[i]);
        }
        Binary64[] end = LeoJ2OneDay.propagate(Binary64Field.getInstance(), x0);
        double[] r = new double[6];
        for (int i = 0; i < 6; i++) {
            r[i] = end[i].getReal();
        }
        return r;
    }
}
