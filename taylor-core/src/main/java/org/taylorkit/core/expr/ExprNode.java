package org.taylorkit.core.expr;

/**
 * Shared state of the four node classes: the structural hash, computed once at construction from
 * the children's cached hashes (so hashing never recurses), and the lazily built
 * {@link ExprGraph} of the node's distinct subexpressions.
 *
 * <p>The graph cache is written without synchronization: {@link ExprGraph} holds only final
 * fields, so a racing reader sees either {@code null} (and builds its own equal graph) or a fully
 * constructed graph.
 */
abstract class ExprNode {

    private final int hash;
    private ExprGraph graph;

    ExprNode(int hash) {
        this.hash = hash;
    }

    /** The distinct-node graph of this expression, built on first use and cached. */
    final ExprGraph graph() {
        ExprGraph g = graph;
        if (g == null) {
            g = ExprGraph.build((Expr) this);
            graph = g;
        }
        return g;
    }

    /** Mixes a child hash into a running hash (a multiply-xorshift step, better spread than 31·h). */
    static int mix(int h, int v) {
        int x = (h ^ v) * 0x9E3779B1;
        return x ^ (x >>> 15);
    }

    /**
     * A hash consistent with structural equality: equal expressions have equal hashes. Computed at
     * construction, O(1).
     */
    @Override
    public final int hashCode() {
        return hash;
    }

    /**
     * Structural equality: same node kinds, operations, constant values and symbols (name and
     * kind) all the way down. Iterative, so it does not overflow the stack on deep expressions,
     * and linear in the number of distinct node pairs compared, so shared subtrees are not
     * compared twice.
     */
    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof ExprNode other && other.hash == hash && ExprEquality.equal((Expr) this, (Expr) o);
    }

    /**
     * The expression in the syntax {@link ExpressionParser} reads, with the fewest parentheses
     * that keep its structure: {@code Expr.parse(e.toString(), e.parameters())} equals {@code e}
     * (when no name is both a variable and a parameter, and parentheses nest at most
     * {@value ExpressionParser#MAX_NESTING} deep). Shared subtrees are printed each time they occur.
     */
    @Override
    public final String toString() {
        return ExprPrinter.print((Expr) this, Integer.MAX_VALUE);
    }
}
