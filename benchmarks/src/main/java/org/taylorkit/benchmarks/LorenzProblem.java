package org.taylorkit.benchmarks;

import java.util.Set;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.taylorkit.ode.OdeSystem;

/** The Lorenz system with σ = 10, ρ = 28, β = 8/3 from (1, 1, 1). */
final class LorenzProblem {

    static final double SIGMA = 10;
    static final double RHO = 28;
    static final double BETA = 8.0 / 3.0;

    /** The system as text, with σ, ρ, β as parameters. */
    static final String TEXT = "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z";

    private LorenzProblem() {
    }

    static OdeSystem system() {
        return OdeSystem.parse(TEXT, Set.of("sigma", "rho", "beta"));
    }

    static double[] initialState() {
        return new double[] {1, 1, 1};
    }

    /** The same right-hand side for Hipparchus. */
    static OrdinaryDifferentialEquation hipparchus() {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 3;
            }

            @Override
            public double[] computeDerivatives(double t, double[] s) {
                return new double[] {SIGMA * (s[1] - s[0]), s[0] * (RHO - s[2]) - s[1], s[0] * s[1] - BETA * s[2]};
            }
        };
    }
}
