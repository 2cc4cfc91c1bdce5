package org.taylorkit.ode.tape;

import static org.objectweb.asm.Opcodes.DASTORE;
import static org.objectweb.asm.Opcodes.DLOAD;
import static org.objectweb.asm.Opcodes.DMUL;
import static org.objectweb.asm.Opcodes.DSTORE;
import static org.objectweb.asm.Opcodes.DSUB;

import java.util.List;

/**
 * The per-order code of {@link TapeCompiler} for a group of quotients sharing a denominator
 * ({@code TapeClassWriter}'s quotient groups): each quotient's operations exactly as {@link UnrolledOps}
 * emits it alone, in the same order (so the same bits), with the denominator's coefficients loaded once.
 */
final class UnrolledQuotientGroups {

    private UnrolledQuotientGroups() {
    }

    /**
     * Quotients o_q = a_q / b sharing the denominator b, at the constant order c.order, each exactly as
     * {@link UnrolledOps#emit} computes it alone (the same operations in the same order, so the same bits), but
     * with b's coefficients b_1..b_k read once into locals (from local {@code firstLocal} on) and used
     * by every quotient's Cauchy sum: one load of b_j for all of them instead of one each (the outer
     * solar system's three quotients d/(r²·√r²) of each pair). At order 0 each quotient's own code.
     * The caller guarantees that every a_q's coefficient of this order is computed before.
     */
    static void quotients(CodeEmitter c, List<TapeOp> group, int firstLocal) {
        int k = c.order;
        if (k == 0) {
            for (TapeOp op : group) {
                UnrolledOps.emit(c, op);
            }
            return;
        }
        int b = group.get(0).b();
        for (int j = 1; j <= k; j++) {
            c.coefficient(b, j);
            c.doubleLocal(DSTORE, firstLocal + 2 * (j - 1));
        }
        for (TapeOp op : group) {
            int o = op.out();
            c.target(o, k);
            c.coefficient(op.a(), k);
            cauchySumByLocals(c, o, k, firstLocal);
            c.op(DSUB);
            c.coefficient(o, UnrolledOps.spare(c));
            c.op(DMUL);
            c.op(DASTORE);
        }
    }

    /**
     * {@code UnrolledOps.cauchySum}(c, x, 0, b, k, k) with b_j read from local firstLocal + 2(j − 1): the same
     * terms x_t·b_{k−t} in the same partial sums and order.
     */
    private static void cauchySumByLocals(CodeEmitter c, int x, int k, int firstLocal) {
        UnrolledOps.partialSums(c, k, t -> productByLocal(c, x, t, k - t, firstLocal));
    }

    /** Pushes x_i·b_j with b_j (j ≥ 1) from its local. */
    private static void productByLocal(CodeEmitter c, int x, int i, int j, int firstLocal) {
        c.coefficient(x, i);
        c.doubleLocal(DLOAD, firstLocal + 2 * (j - 1));
        c.op(DMUL);
    }
}
