package org.taylorkit.benchmarks;

import org.apfloat.Apfloat;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.field.FieldOdeSolution;
import org.taylorkit.ode.field.FieldTaylorIntegrator;

/**
 * One start of the planar Kepler problem (GM = 1, semi-major axis a = 1, so the period is 2π) for the
 * state-transition-matrix benchmarks: eccentricity e and eccentric anomaly E₀ at t = 0, with its
 * reference STM after one period.
 *
 * <p>Initial state from the elements (the periapsis on the +x axis, counter-clockwise motion):
 * x = cos E₀ − e, y = √(1 − e²) sin E₀, ẋ = −sin E₀ / (1 − e cos E₀), ẏ = √(1 − e²) cos E₀ / (1 − e cos E₀),
 * rounded to {@code double}; e = 0.5, E₀ = 0 is {@link KeplerProblem}'s pericentre (0.5, 0, 0, √3).
 *
 * <p>Reference STM: the 20 variational equations written by hand
 * ({@link JetTransportBenchmark#variationalText()}: Kepler and Φ' = AΦ with the Jacobian
 * [(2x² − y²), 3xy; 3xy, (2y² − x²)]/r⁵) integrated by {@link FieldTaylorIntegrator} over Apfloat of
 * {@link #REFERENCE_DIGITS} digits at tolerance {@link #REFERENCE_TOLERANCE}, from the double initial
 * values to the double 2π: an independent route (no symbolic derivation, no jet arithmetic, no
 * {@code double}). Its error is far below the 10⁻¹⁴ relative that the {@code double} methods reach.
 *
 * @param eccentricity e in [0, 1)
 * @param anomaly the eccentric anomaly E₀ at t = 0 (radians)
 */
record KeplerStmStart(double eccentricity, double anomaly) {

    /** Decimal digits of the reference arithmetic. */
    static final int REFERENCE_DIGITS = 28;
    /** Tolerance of the reference integration. */
    static final double REFERENCE_TOLERANCE = 1e-24;

    /** The 4 initial values (x, y, vx, vy). */
    double[] state() {
        double e = eccentricity;
        double c = Math.cos(anomaly);
        double s = Math.sin(anomaly);
        double b = Math.sqrt(1 - e * e);
        double d = 1 - e * c;
        return new double[] {c - e, b * s, -s / d, b * c / d};
    }

    /**
     * Checks {@link #state()} against the orbit's invariants: energy −1/(2a) = −½ and angular momentum
     * √(1 − e²) (a = GM = 1), to 1e-14.
     *
     * @throws IllegalStateException if either is off
     */
    void checkInvariants() {
        double[] s = state();
        double energy = 0.5 * (s[2] * s[2] + s[3] * s[3]) - 1 / Math.hypot(s[0], s[1]);
        double momentum = s[0] * s[3] - s[1] * s[2];
        if (!(Math.abs(energy + 0.5) < 1e-14 && Math.abs(momentum - Math.sqrt(1 - eccentricity * eccentricity)) < 1e-14)) {
            throw new IllegalStateException(label() + ": energy " + energy + " (expected -0.5), angular momentum " + momentum
                    + " (expected " + Math.sqrt(1 - eccentricity * eccentricity) + ")");
        }
    }

    /** The 20 initial values of the variational equations: the state and the identity (Φ row-major). */
    double[] variationalState() {
        double[] y = new double[20];
        System.arraycopy(state(), 0, y, 0, 4);
        for (int i = 0; i < 4; i++) {
            y[4 + 4 * i + i] = 1;
        }
        return y;
    }

    /** A short label, e.g. {@code e=0.5 E0=0.00}. */
    String label() {
        return String.format(java.util.Locale.ROOT, "e=%.1f E0=%.2f", eccentricity, anomaly);
    }

    /**
     * The reference STM after one period (see the class comment): 4 × 4, Φ_ij = ∂x_i(2π)/∂x_j(0).
     *
     * @throws IllegalStateException if the reference integration does not complete
     */
    double[][] referenceStm() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(REFERENCE_DIGITS);
        FieldTaylorIntegrator<Apfloat> ref = FieldTaylorIntegrator
                .builder(OdeSystem.parse(JetTransportBenchmark.variationalText()), ar)
                .tolerance(REFERENCE_TOLERANCE).build();
        double[] y0d = variationalState();
        Apfloat[] y0 = ar.newArray(20);
        for (int i = 0; i < 20; i++) {
            y0[i] = ar.fromDouble(y0d[i]);
        }
        FieldOdeSolution<Apfloat> s = ref.integrate(ar.zero(), y0, ar.fromDouble(JetTransportBenchmark.T_END));
        if (s.status() != StopReason.COMPLETED) {
            throw new IllegalStateException("Kepler variational reference (" + label() + ") stopped early: " + s);
        }
        double[] out = new double[20];
        for (int i = 0; i < 20; i++) {
            out[i] = ar.toDouble(s.state(i));
        }
        return JetTransportBenchmark.stmOf(out);
    }
}
