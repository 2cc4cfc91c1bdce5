package org.taylorkit.ode.jet;

import java.util.Arrays;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.MonomialIndex;

/**
 * The symmetric blocks of a Jacobian for {@link VariationalEquations}' symmetric form. Each row i of a block has
 * its own state variable w(i) (distinct rows, distinct variables), and for two rows i, k of the block
 * ∂f_i/∂x_{w(k)} and ∂f_k/∂x_{w(i)} are equal as functions ({@link PowerProduct}) — the Hessian of a
 * potential: Kepler's accelerations in the plane (one pair) or in space (a 3 × 3 block, three pairs), with
 * the diagonals ∂f_i/∂x_{w(i)} present. Found greedily: row pairs i &lt; k in row order, each new pair
 * consistent with the own variables already chosen. With b_ik the shared entry, row i's block part
 * Σ_k b_ik·X_{w(k)} + a_i·X_{w(i)} is then written Σ_k b_ik·(X_{w(i)} + X_{w(k)}) + (a_i − Σ_k b_ik)·X_{w(i)}: one
 * product per pair of rows, shared by both, and one per row — m(m + 1)/2 products per column for a block of
 * m rows instead of m². Stateless.
 */
final class SymmetricPairs {

    /** Above this many states the search (n⁴ comparisons at worst) is skipped. */
    static final int MAX_STATES = 64;

    private SymmetricPairs() {
    }

    /**
     * Per row i, null (no partner) or {β_{w(i)}, β_{w(k₁)}, β_{w(k₂)}, …}: the first-order positions (in
     * {@code tensors}) of the row's own variable and of its partners' own variables, partners in the order
     * found. Each partner row's shared entry is replaced by the same expression in {@code d}, so that both
     * rows' products are one subexpression.
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
        int[] own = new int[n]; // the row's own variable, −1 while it has no partner
        int[] ownerOf = new int[n]; // the row whose own variable this is, −1 if none
        Arrays.fill(own, -1);
        Arrays.fill(ownerOf, -1);
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                for (int w = 0; w < n; w++) {
                    if (!(own[i] == w || (own[i] < 0 && ownerOf[w] < 0)) || products[i][w] == null) {
                        continue;
                    }
                    int v = partnerVariable(products, i, k, w, own, ownerOf);
                    if (v >= 0) {
                        own[i] = w;
                        own[k] = v;
                        ownerOf[w] = i;
                        ownerOf[v] = k;
                        pairs[i] = append(pairs[i], first[w], first[v]);
                        pairs[k] = append(pairs[k], first[v], first[w]);
                        d[k][first[w]] = d[i][first[v]];
                        break;
                    }
                }
            }
        }
        return pairs;
    }

    /**
     * The variable v ≠ w that row k can own (its own already, or free) with ∂f_i/∂x_v ≡ ∂f_k/∂x_w and
     * ∂f_k/∂x_v present, or −1.
     */
    private static int partnerVariable(PowerProduct[][] products, int i, int k, int w, int[] own, int[] ownerOf) {
        for (int v = 0; v < products.length; v++) {
            boolean free = own[k] == v || (own[k] < 0 && ownerOf[v] < 0);
            if (v != w && free && products[i][v] != null && products[k][v] != null && products[i][v].equals(products[k][w])) {
                return v;
            }
        }
        return -1;
    }

    /** {ownBeta, partners…, partnerBeta}: the row's list with one partner more (a new list if none yet). */
    private static int[] append(int[] row, int ownBeta, int partnerBeta) {
        if (row == null) {
            return new int[] {ownBeta, partnerBeta};
        }
        int[] out = Arrays.copyOf(row, row.length + 1);
        out[row.length] = partnerBeta;
        return out;
    }
}
