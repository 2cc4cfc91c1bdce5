package org.taylorkit.ode.jet;

import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.MonomialIndex;

/**
 * The symmetric pairs of a Jacobian for {@link VariationalEquations}' symmetric form: rows i &lt; k and state
 * variables w ≠ v with ∂f_i/∂x_v and ∂f_k/∂x_w equal as functions ({@link PowerProduct}) and ∂f_i/∂x_w,
 * ∂f_k/∂x_v present; each row in at most one pair, taken greedily in row order. Stateless.
 */
final class SymmetricPairs {

    /** Above this many states the search (n⁴ comparisons at worst) is skipped. */
    static final int MAX_STATES = 64;

    private SymmetricPairs() {
    }

    /**
     * Per row i, null or {β_w, β_v}: the first-order positions (in {@code tensors}) of the row's own
     * variable w and of the variable v of its shared entry b = d[i][β_v]. The partner row's entry is
     * replaced by the same expression b in {@code d}, so that both rows' products are one subexpression.
     *
     * @param d the derivative tensors ∂^β f_i/β! (row i, column β; null where zero); modified as described
     * @param tensors the multi-indices β over the expansion variables (the n states first)
     * @param n the number of states
     */
    static int[][] of(Expr[][] d, MonomialIndex tensors, int n) {
        int[][] pairs = new int[n][];
        if (n > MAX_STATES) {
            return pairs;
        }
        int[] first = new int[n];
        int[] unit = new int[tensors.nvars()];
        PowerProduct[][] products = new PowerProduct[n][n];
        for (int v = 0; v < n; v++) {
            unit[v] = 1;
            first[v] = tensors.position(unit);
            unit[v] = 0;
            for (int i = 0; i < n; i++) {
                products[i][v] = d[i][first[v]] == null ? null : PowerProduct.of(d[i][first[v]]);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n && pairs[i] == null; k++) {
                for (int w = 0; w < n && pairs[i] == null && pairs[k] == null; w++) {
                    for (int v = 0; v < n; v++) {
                        if (v != w && products[i][v] != null && products[i][w] != null && products[k][v] != null
                                && products[i][v].equals(products[k][w])) {
                            pairs[i] = new int[] {first[w], first[v]};
                            pairs[k] = new int[] {first[v], first[w]};
                            d[k][first[w]] = d[i][first[v]];
                            break;
                        }
                    }
                }
            }
        }
        return pairs;
    }
}
