package org.taylorkit.benchmarks;

import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.taylorkit.ode.NBody;
import org.taylorkit.ode.OdeSystem;

/**
 * The outer solar system (Sun with the inner planets, Jupiter, Saturn, Uranus, Neptune, Pluto) as
 * six point masses, with the data of Hairer, Lubich &amp; Wanner, <i>Geometric Numerical
 * Integration</i>, 2nd ed., Sec. I.2.4 (Table 2.2): units AU, days, solar masses, and
 * q_i'' = −G Σ_{j≠i} m_j (q_i − q_j)/|q_i − q_j|³. State order: x_i, y_i, z_i for every body, then
 * u_i, v_i, w_i (velocities) for every body: 36 equations.
 */
final class OuterSolarSystem {

    static final double G = 2.95912208286e-4;
    static final double[] MASS = {1.00000597682, 0.000954786104043, 0.000285583733151, 0.0000437273164546,
        0.0000517759138449, 1 / 1.3e8};
    static final int BODIES = MASS.length;
    /** Integration time in days. */
    static final double T_END = 1e5;

    private static final double[][] Q = {{0, 0, 0}, {-3.5023653, -3.8169847, -1.5507963},
        {9.0755314, -3.0458353, -1.6483708}, {8.3101420, -16.2901086, -7.2521278},
        {11.4707666, -25.7294829, -10.8169456}, {-15.5387357, -25.2225594, -3.1902382}};
    private static final double[][] V = {{0, 0, 0}, {0.00565429, -0.00412490, -0.00190589},
        {0.00168318, 0.00483525, 0.00192462}, {0.00354178, 0.00137102, 0.00055029},
        {0.00288930, 0.00114527, 0.00039677}, {0.00276725, -0.00170702, -0.00136504}};

    private OuterSolarSystem() {
    }

    /** The initial state (positions, then velocities). */
    static double[] initialState() {
        double[] s = new double[6 * BODIES];
        for (int i = 0; i < BODIES; i++) {
            for (int c = 0; c < 3; c++) {
                s[3 * i + c] = Q[i][c];
                s[3 * BODIES + 3 * i + c] = V[i][c];
            }
        }
        return s;
    }

    /** The system ({@link NBody#system}: per pair the shared difference, |d|^(−3) and products). */
    static OdeSystem system() {
        return NBody.system(G, MASS);
    }

    /** H = Σ ½ m_i |v_i|² − G Σ_{i<j} m_i m_j / r_ij. */
    static double energy(double[] s) {
        double h = 0;
        for (int i = 0; i < BODIES; i++) {
            double u = s[3 * BODIES + 3 * i];
            double v = s[3 * BODIES + 3 * i + 1];
            double w = s[3 * BODIES + 3 * i + 2];
            h += 0.5 * MASS[i] * (u * u + v * v + w * w);
            for (int j = i + 1; j < BODIES; j++) {
                double dx = s[3 * i] - s[3 * j];
                double dy = s[3 * i + 1] - s[3 * j + 1];
                double dz = s[3 * i + 2] - s[3 * j + 2];
                h -= G * MASS[i] * MASS[j] / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return h;
    }

    /** |H(s) − H(s0)| / |H(s0)|. */
    static double energyError(double[] s) {
        double h0 = energy(initialState());
        return Math.abs((energy(s) - h0) / h0);
    }

    /** The same right-hand side for Hipparchus (pairwise, each distance computed once). */
    static OrdinaryDifferentialEquation hipparchus() {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 6 * BODIES;
            }

            @Override
            public double[] computeDerivatives(double time, double[] s) {
                int off = 3 * BODIES;
                double[] d = new double[6 * BODIES];
                System.arraycopy(s, off, d, 0, off);
                for (int i = 0; i < BODIES; i++) {
                    for (int j = i + 1; j < BODIES; j++) {
                        double dx = s[3 * i] - s[3 * j];
                        double dy = s[3 * i + 1] - s[3 * j + 1];
                        double dz = s[3 * i + 2] - s[3 * j + 2];
                        double r2 = dx * dx + dy * dy + dz * dz;
                        double inv3 = 1 / (r2 * Math.sqrt(r2));
                        double fi = -G * MASS[j] * inv3;
                        double fj = G * MASS[i] * inv3;
                        d[off + 3 * i] += fi * dx;
                        d[off + 3 * i + 1] += fi * dy;
                        d[off + 3 * i + 2] += fi * dz;
                        d[off + 3 * j] += fj * dx;
                        d[off + 3 * j + 1] += fj * dy;
                        d[off + 3 * j + 2] += fj * dz;
                    }
                }
                return d;
            }
        };
    }
}
