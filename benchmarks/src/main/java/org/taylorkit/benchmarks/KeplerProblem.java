package org.taylorkit.benchmarks;

import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.taylorkit.ode.OdeSystem;

/**
 * The planar Kepler problem with GM = 1, a = 1 and eccentricity e = 0.5, started at pericentre:
 * x = 1 − e, y = 0, vx = 0, vy = √((1 + e)/(1 − e)) = √3. The period is 2π and the energy
 * E = ½|v|² − 1/r = −1/(2a) = −½ is conserved.
 */
final class KeplerProblem {

    /** Eccentricity. */
    static final double E = 0.5;
    /** Orbits integrated by the benchmark. */
    static final int ORBITS = 1000;
    /** End time: {@value #ORBITS} periods of 2π. */
    static final double T_END = ORBITS * 2 * Math.PI;
    /** The exact energy −1/(2a). */
    static final double ENERGY = -0.5;

    /** The system as text; r³ = (x² + y²)^1.5 is one shared tape slot. */
    static final String TEXT = "x' = vx; y' = vy; vx' = -x/(x*x + y*y)^1.5; vy' = -y/(x*x + y*y)^1.5";

    private KeplerProblem() {
    }

    static OdeSystem system() {
        return OdeSystem.parse(TEXT);
    }

    /** (x, y, vx, vy) at pericentre. */
    static double[] initialState() {
        return new double[] {1 - E, 0, 0, Math.sqrt((1 + E) / (1 - E))};
    }

    /** ½|v|² − 1/r. */
    static double energy(double[] s) {
        return 0.5 * (s[2] * s[2] + s[3] * s[3]) - 1 / Math.hypot(s[0], s[1]);
    }

    /** |E(s) − E₀| / |E₀|. */
    static double energyError(double[] s) {
        return Math.abs((energy(s) - ENERGY) / ENERGY);
    }

    /** The same right-hand side for Hipparchus. */
    static OrdinaryDifferentialEquation hipparchus() {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 4;
            }

            @Override
            public double[] computeDerivatives(double t, double[] s) {
                double r2 = s[0] * s[0] + s[1] * s[1];
                double inv3 = 1 / (r2 * Math.sqrt(r2));
                return new double[] {s[2], s[3], -s[0] * inv3, -s[1] * inv3};
            }
        };
    }
}
