package org.taylorkit.ode.validated;

import org.taylorkit.core.expr.PartialDerivative;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.OdeSystem;

/**
 * The system {@code x' = f(t, x, p)} augmented with its first variational equations
 * {@code V' = D_x f(t, x, p)·V} ({@code V} an n×n matrix, stored row by row after the n states):
 * from {@code V(t0) = I}, {@code V(t) = Dφ(t; t0, x0)}, the derivative of the flow with respect to the
 * initial state. The partial derivatives {@code ∂f_i/∂x_k} are built symbolically
 * ({@link PartialDerivative}); entries that are identically zero are left out of the sums.
 *
 * <p>Validated integration of the augmented system from the box {@code X × {I}} therefore encloses
 * {@code Dφ(t; x0)} for every {@code x0 ∈ X}. Immutable and thread-safe.
 */
final class VariationalSystem {

    private final OdeSystem base;
    private final OdeSystem augmented;

    private VariationalSystem(OdeSystem base, OdeSystem augmented) {
        this.base = base;
        this.augmented = augmented;
    }

    /** The augmented system of {@code base}: states {@code x_0..x_{n−1}}, then {@code V_ij} row by row. */
    static VariationalSystem of(OdeSystem base) {
        int n = base.dimension();
        List<String> xs = base.variables();
        Set<String> taken = new HashSet<>(xs);
        taken.addAll(base.parameters());
        taken.add(OdeSystem.TIME);
        String[][] v = new String[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                String name = "V_" + xs.get(i) + "_" + xs.get(j);
                while (taken.contains(name)) {
                    name = name + "_";
                }
                taken.add(name);
                v[i][j] = name;
            }
        }
        Expr[][] jac = new Expr[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                Expr rhs = base.rightHandSides().get(i);
                jac[i][k] = PartialDerivative.isConstantIn(rhs, xs.get(k)) ? null : PartialDerivative.of(rhs, xs.get(k));
            }
        }
        OdeSystem.Builder b = OdeSystem.builder();
        for (String p : base.parameters()) {
            b.parameter(p);
        }
        for (int i = 0; i < n; i++) {
            b.equation(xs.get(i), base.rightHandSides().get(i));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Expr sum = null;
                for (int k = 0; k < n; k++) {
                    if (jac[i][k] != null) {
                        Expr term = jac[i][k].times(Expr.variable(v[k][j]));
                        sum = sum == null ? term : sum.plus(term);
                    }
                }
                b.equation(v[i][j], sum == null ? Expr.constant(0) : sum);
            }
        }
        return new VariationalSystem(base, b.build());
    }

    /** The original system. */
    OdeSystem base() {
        return base;
    }

    /** The augmented system (dimension {@code n + n²}). */
    OdeSystem augmented() {
        return augmented;
    }
}
