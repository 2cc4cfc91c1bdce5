package org.taylorkit.benchmarks;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.nonstiff.GraggBulirschStoerIntegrator;

/** Hipparchus integrators configured alike, and their runs. Not thread-safe (step counting). */
final class HipparchusOde {

    /** The tolerance given to Hipparchus (absolute and relative), as for TaylorKit. */
    static final double TOLERANCE = 1e-15;

    private HipparchusOde() {
    }

    /** DOP853 with min step 0, max step the whole interval, abs = rel tolerance {@link #TOLERANCE}. */
    static ODEIntegrator dop853(double span) {
        return new DormandPrince853Integrator(0, Math.abs(span), TOLERANCE, TOLERANCE);
    }

    /** Gragg–Bulirsch–Stoer, likewise. */
    static ODEIntegrator gbs(double span) {
        return new GraggBulirschStoerIntegrator(0, Math.abs(span), TOLERANCE, TOLERANCE);
    }

    /** The state at tEnd. */
    static double[] run(ODEIntegrator integrator, OrdinaryDifferentialEquation ode, double[] y0, double tEnd) {
        return integrator.integrate(ode, new ODEState(0, y0.clone()), tEnd).getPrimaryState();
    }

    /** Accepted steps of one run (a step handler is added and removed again). */
    static long steps(ODEIntegrator integrator, OrdinaryDifferentialEquation ode, double[] y0, double tEnd) {
        long[] count = new long[1];
        integrator.addStepHandler(interpolator -> count[0]++);
        try {
            run(integrator, ode, y0, tEnd);
        } finally {
            integrator.clearStepHandlers();
        }
        return count[0];
    }

    /** Max-norm distance of two states. */
    static double distance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}
