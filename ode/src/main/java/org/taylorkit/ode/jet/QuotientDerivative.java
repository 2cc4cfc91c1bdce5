package org.taylorkit.ode.jet;

import org.taylorkit.core.expr.Binary;
import org.taylorkit.core.expr.BinaryOp;
import org.taylorkit.core.expr.Constant;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.PartialDerivative;

/**
 * Partial derivatives for the variational equations, with quotients differentiated in the form that
 * reuses the quotient: for q = N/D,
 * <pre>
 *   ∂q/∂v = ∂N/∂v / D − q · (∂D/∂v / D),   and for D = u^c (c &gt; 0 constant):  ∂D/∂v / D = c · (∂u/∂v) / u
 * </pre>
 * instead of the quotient rule. The quotient q is a node of the right-hand side already, and the
 * logarithmic derivative of the denominator is shared by every numerator over it: for Kepler's
 * −x/(x² + y²)^{3/2} the four Jacobian entries of the acceleration take 7 series operations
 * (1/r³, two logarithmic derivatives, four products) instead of 12. Every other node is differentiated
 * by {@link PartialDerivative}. The result is the same function (exact identities; where u = 0 the
 * quotient with c &gt; 0 is itself singular). Stateless.
 */
final class QuotientDerivative {

    private QuotientDerivative() {
    }

    /** ∂e/∂name (any symbol of that name), or null if identically zero. */
    static Expr orNull(Expr e, String name) {
        if (e instanceof Binary b && b.op() == BinaryOp.DIV) {
            Expr numerator = PartialDerivative.orNull(b.left(), name, null);
            Expr log = logarithmicDerivative(b.right(), name);
            if (log == null) {
                return numerator == null ? null : numerator.div(b.right());
            }
            Expr term = e.times(log);
            return numerator == null ? term.negate() : numerator.div(b.right()).minus(term);
        }
        return PartialDerivative.orNull(e, name, null);
    }

    /** (∂d/∂name)/d, or null if d does not depend on name. */
    private static Expr logarithmicDerivative(Expr d, String name) {
        if (d instanceof Binary p && p.op() == BinaryOp.POW && p.right() instanceof Constant c && c.value() > 0) {
            Expr du = PartialDerivative.orNull(p.left(), name, null);
            return du == null ? null : Expr.constant(c.value()).times(du).div(p.left());
        }
        Expr dd = PartialDerivative.orNull(d, name, null);
        return dd == null ? null : dd.div(d);
    }
}
