package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

/** Lorenz against Hipparchus, the pendulum period, Kepler's energy and orbit. */
class ReferenceProblemsTest {

    static final String LORENZ = "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z";

    @Test
    void lorenzAgreesWithDormandPrince853WhereBothAreAccurate() {
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse(LORENZ, Set.of("sigma", "rho", "beta")))
                .parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3).denseOutput(true).build();
        OdeSolution s = ti.integrate(0, new double[] {1, 1, 1}, 10);
        assertThat(s.status()).isEqualTo(StopReason.COMPLETED);

        OrdinaryDifferentialEquation lorenz = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 3;
            }

            @Override
            public double[] computeDerivatives(double t, double[] v) {
                return new double[] {10 * (v[1] - v[0]), v[0] * (28 - v[2]) - v[1], v[0] * v[1] - 8.0 / 3 * v[2]};
            }
        };
        // DOP853 at absTol = relTol = 1e-14 (tighter makes its step size collapse into rounding noise)
        DormandPrince853Integrator dop = new DormandPrince853Integrator(1e-12, 1.0, 1e-14, 1e-14);
        ODEState state = new ODEState(0, new double[] {1, 1, 1});
        for (int t = 1; t <= 5; t++) {
            ODEStateAndDerivative r = dop.integrate(lorenz, state, t);
            double[] ref = r.getPrimaryState();
            double[] ours = s.at(t);
            double err = 0;
            for (int i = 0; i < 3; i++) {
                err = Math.max(err, Math.abs(ours[i] - ref[i]) / Math.max(1, Math.abs(ref[i])));
            }
            System.out.println("lorenz t=" + t + " diff " + err);
            state = new ODEState(r.getTime(), ref);
        }
        System.out.println("lorenz steps " + s.statistics());
    }

    @Test
    void pendulumPeriodFromEvents() {
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse("theta' = omega; omega' = -sin(theta)"))
                .event("theta", Direction.DOWN, false).build();
        OdeSolution s = ti.integrate(0, new double[] {1.3, 0}, 30);
        // θ crosses 0 downward at T/4, 5T/4, 9T/4, …
        double period = s.events().get(1).t() - s.events().get(0).t();
        System.out.println("pendulum period " + period + " err " + (period - 7.019250311844546) + " events " + s.events().size()
                + " 4 periods " + ((s.events().get(4).t() - s.events().get(0).t()) / 4 - 7.019250311844546));
    }

    @Test
    void keplerEnergy() {
        OdeSystem kepler = OdeSystem.parse("x' = u; y' = v; u' = -x*(x^2 + y^2)^(-3/2); v' = -y*(x^2 + y^2)^(-3/2)");
        TaylorIntegrator ti = TaylorIntegrator.of(kepler);
        double e = 0.5;
        double[] x0 = {1 - e, 0, 0, Math.sqrt((1 + e) / (1 - e))};
        double e0 = energy(x0);
        OdeSolution s = ti.integrate(0, x0, 2 * Math.PI * 100);
        System.out.println("kepler " + s.statistics() + " energy err " + (energy(s.state()) - e0) / Math.abs(e0)
                + " pos err " + (s.state(0) - x0[0]) + " " + (s.state(1)));
    }

    static double energy(double[] s) {
        return 0.5 * (s[2] * s[2] + s[3] * s[3]) - 1 / Math.hypot(s[0], s[1]);
    }
}
