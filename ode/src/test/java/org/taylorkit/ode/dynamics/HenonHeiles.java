package org.taylorkit.ode.dynamics;

import java.util.function.UnaryOperator;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.ode.OdeSystem;

/** The Hénon–Heiles system H = ½(px² + py²) + ½(x² + y²) + x²y − y³/3 for the tests. */
final class HenonHeiles {

    static final OdeSystem SYSTEM = OdeSystem.parse("x' = px; y' = py; px' = -x - 2*x*y; py' = -y - x^2 + y^2");

    private HenonHeiles() {
    }

    static double energy(double[] s) {
        double x = s[0];
        double y = s[1];
        return 0.5 * (s[2] * s[2] + s[3] * s[3]) + 0.5 * (x * x + y * y) + x * x * y - y * y * y / 3;
    }

    /** On the section x = 0: px = √(2E − py² − y² + 2y³/3), as jets. */
    static UnaryOperator<TaylorN[]> onEnergy(double e) {
        return j -> {
            TaylorN y = j[1];
            TaylorN py = j[3];
            TaylorN px2 = py.multiply(py).add(y.multiply(y)).negate().add(y.multiply(y).multiply(y).multiply(2.0 / 3)).add(2 * e);
            TaylorN[] out = j.clone();
            out[2] = px2.sqrt();
            return out;
        };
    }
}
