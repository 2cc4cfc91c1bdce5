package org.taylorkit.ode;

import java.util.Objects;
import org.taylorkit.core.expr.Expr;

/**
 * The gravitational N-body problem in space as an {@link OdeSystem}: q_i'' = −G Σ_{j≠i} m_j (q_i − q_j) /
 * |q_i − q_j|³, written pair by pair so that the tape shares, per pair i &lt; j, the difference
 * d = q_i − q_j, |d|^(−3) = (dx² + dy² + dz²)^(−1.5) (taped as 1/(r²·√r²)) and the three products d·|d|^(−3); each
 * acceleration is a linear combination of those with the coefficients ∓G·m_j. State order: x_i, y_i, z_i for
 * every body i = 0, 1, …, then u_i, v_i, w_i (the velocities) for every body, 6N equations. Its
 * component triples are what the tape compiler's vector lanes group ({@link
 * org.taylorkit.ode.tape.DoubleTapeRunner#LANES_PROPERTY}).
 */
public final class NBody {

    private static final String[] POSITION = {"x", "y", "z"};
    private static final String[] VELOCITY = {"u", "v", "w"};

    private NBody() {
    }

    /**
     * The system of {@code masses.length} bodies.
     *
     * @param g the gravitational constant in the units of the masses, lengths and times used
     * @param masses the masses m_0, m_1, … (at least two)
     * @throws IllegalArgumentException if there are fewer than two bodies or a mass or g is not finite
     */
    public static OdeSystem system(double g, double... masses) {
        Objects.requireNonNull(masses, "masses");
        if (masses.length < 2) {
            throw new IllegalArgumentException("an N-body system needs at least two bodies, got " + masses.length);
        }
        if (!Double.isFinite(g)) {
            throw new IllegalArgumentException("the gravitational constant must be finite, got " + g);
        }
        for (int i = 0; i < masses.length; i++) {
            if (!Double.isFinite(masses[i])) {
                throw new IllegalArgumentException("mass " + i + " must be finite, got " + masses[i]);
            }
        }
        int bodies = masses.length;
        Expr[][] q = new Expr[bodies][3];
        for (int i = 0; i < bodies; i++) {
            for (int c = 0; c < 3; c++) {
                q[i][c] = Expr.variable(POSITION[c] + i);
            }
        }
        Expr[][][] t = new Expr[bodies][bodies][];
        for (int i = 0; i < bodies; i++) {
            for (int j = i + 1; j < bodies; j++) {
                Expr dx = q[i][0].minus(q[j][0]);
                Expr dy = q[i][1].minus(q[j][1]);
                Expr dz = q[i][2].minus(q[j][2]);
                Expr inv3 = dx.times(dx).plus(dy.times(dy)).plus(dz.times(dz)).pow(-1.5);
                t[i][j] = new Expr[] {dx.times(inv3), dy.times(inv3), dz.times(inv3)};
            }
        }
        OdeSystem.Builder b = OdeSystem.builder();
        for (int i = 0; i < bodies; i++) {
            for (int c = 0; c < 3; c++) {
                b.equation(POSITION[c] + i, Expr.variable(VELOCITY[c] + i));
            }
        }
        for (int i = 0; i < bodies; i++) {
            for (int c = 0; c < 3; c++) {
                Expr a = null;
                for (int j = 0; j < bodies; j++) {
                    if (j == i) {
                        continue;
                    }
                    // q_i'' gets −G m_j (q_i − q_j)/r³: t[i][j] for i < j, −t[j][i] for j < i
                    Expr term = i < j ? t[i][j][c].times(-g * masses[j]) : t[j][i][c].times(g * masses[j]);
                    a = a == null ? term : a.plus(term);
                }
                b.equation(VELOCITY[c] + i, a);
            }
        }
        return b.build();
    }
}
