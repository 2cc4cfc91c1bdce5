package org.taylorkit.core.expr;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Iterative structural equality. Pairs of nodes still to compare sit on an explicit stack (no
 * recursion, so 10⁵-deep expressions are fine); a pair already scheduled is not scheduled again,
 * so a DAG with heavily shared subtrees costs its number of distinct node pairs, not its tree size.
 * Cached hashes reject most unequal pairs in O(1).
 */
final class ExprEquality {

    private ExprEquality() {
    }

    /** An identity pair, for the set of pairs already scheduled. */
    private record Pair(Expr a, Expr b) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.a == a && p.b == b;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(a) * 31 + System.identityHashCode(b);
        }
    }

    static boolean equal(Expr a, Expr b) {
        ArrayDeque<Expr> stack = null;
        Set<Pair> scheduled = null;
        Expr x = a;
        Expr y = b;
        while (true) {
            if (x != y) {
                if (x.hashCode() != y.hashCode()) {
                    return false;
                }
                if (x instanceof Constant cx) {
                    if (!(y instanceof Constant cy) || !cx.sameValue(cy)) {
                        return false;
                    }
                } else if (x instanceof Symbol sx) {
                    if (!(y instanceof Symbol sy) || sx.kind() != sy.kind() || !sx.name().equals(sy.name())) {
                        return false;
                    }
                } else if (x instanceof Unary ux) {
                    if (!(y instanceof Unary uy) || ux.op() != uy.op()) {
                        return false;
                    }
                    if (ux.arg() != uy.arg()) {
                        if (stack == null) {
                            stack = new ArrayDeque<>();
                            scheduled = new HashSet<>();
                        }
                        schedule(stack, scheduled, ux.arg(), uy.arg());
                    }
                } else {
                    Binary bx = (Binary) x;
                    if (!(y instanceof Binary by) || bx.op() != by.op()) {
                        return false;
                    }
                    if (bx.left() != by.left() || bx.right() != by.right()) {
                        if (stack == null) {
                            stack = new ArrayDeque<>();
                            scheduled = new HashSet<>();
                        }
                        // Right first, so the left pair is compared first.
                        schedule(stack, scheduled, bx.right(), by.right());
                        schedule(stack, scheduled, bx.left(), by.left());
                    }
                }
            }
            if (stack == null || stack.isEmpty()) {
                return true;
            }
            x = stack.pop();
            y = stack.pop();
        }
    }

    private static void schedule(ArrayDeque<Expr> stack, Set<Pair> scheduled, Expr x, Expr y) {
        if (x != y && scheduled.add(new Pair(x, y))) {
            stack.push(y);
            stack.push(x);
        }
    }
}
