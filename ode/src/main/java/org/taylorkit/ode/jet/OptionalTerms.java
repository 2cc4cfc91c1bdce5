package org.taylorkit.ode.jet;

import org.taylorkit.core.expr.Constant;
import org.taylorkit.core.expr.Expr;

/**
 * Sums and products of expressions where {@code null} stands for an identically zero term, the
 * constant 1 is the multiplicative identity and signs are folded as {@link SignAndUnitFolding} does,
 * so that building the variational equations adds no node for a zero term, a factor ±1 or a sign.
 * Stateless.
 */
final class OptionalTerms {

    private OptionalTerms() {
    }

    /** a + b, with null as zero. */
    static Expr plus(Expr a, Expr b) {
        return a == null ? b : b == null ? a : SignAndUnitFolding.plus(a, b);
    }

    /** a·b, with null as zero and the constant 1 dropped. */
    static Expr times(Expr a, Expr b) {
        return a == null || b == null ? null : SignAndUnitFolding.times(a, b);
    }

    /** Whether {@code e} is the constant 1. */
    static boolean isOne(Expr e) {
        return e instanceof Constant c && c.intValue().isPresent() && c.intValue().getAsInt() == 1;
    }
}
