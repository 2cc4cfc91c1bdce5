package org.taylorkit.ode.tape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.taylorkit.core.expr.Binary;
import org.taylorkit.core.expr.BinaryOp;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.Unary;
import org.taylorkit.core.expr.UnaryOp;

/**
 * Folds chains of linear tape operations into {@link TapeOpKind#LINEAR_COMBINATION}s: a linear
 * operation ({@code add, sub, neg, scale, add_scalar, scalar_sub}) whose output is read by exactly
 * one operation, itself linear, and is neither a right-hand side nor an output, is substituted
 * into that reader. Each linear operation is first written as c + Σ σ_j c_j v_j; substituting
 * v = c' + Σ σ'_i c'_i w_i into a term σ c v gives the offset σ c c' and the terms (σσ'_i)(c c'_i) w_i.
 * Products and sums of coefficients are new constant expressions ({@code c·c'}, {@code a + (−b)}),
 * so they are folded constants of the tape, evaluated in the runner's arithmetic when parameters
 * change. An operation that absorbed nothing keeps its original kind (the dedicated kernels stay
 * the fastest for a single add or scale). The slots of absorbed operations stay allocated, unused.
 *
 * <p>Solar-system accelerations Σ_j (G m_j)·d_ij·r_ij^{−3} written as 5 scales and 4 additions per
 * component become one operation of 5 terms. Package-private; used by {@link TaylorTape#build}.
 */
final class LinearFolding {

    private static final Set<TapeOpKind> LINEAR = EnumSet.of(TapeOpKind.ADD, TapeOpKind.SUB, TapeOpKind.NEG,
            TapeOpKind.SCALE, TapeOpKind.ADD_SCALAR, TapeOpKind.SCALAR_SUB);

    /** c + Σ σ_j c_j v_j with c, c_j constant expressions (null: no offset, coefficient 1). */
    private static final class Form {
        Expr offset;
        final List<Integer> slots = new ArrayList<>();
        final List<Expr> coefficients = new ArrayList<>();
        final List<Boolean> negated = new ArrayList<>();

        void add(int slot, Expr coefficient, boolean neg) {
            slots.add(slot);
            coefficients.add(coefficient);
            negated.add(neg);
        }

        void addOffset(Expr c, boolean neg) {
            Expr term = neg ? new Unary(UnaryOp.NEG, c) : c;
            offset = offset == null ? term : new Binary(BinaryOp.ADD, offset, term);
        }
    }

    private LinearFolding() {
    }

    /**
     * The folded operation list.
     *
     * @param b the builder (constant expressions of slots, new constant slots)
     * @param keep slots that must stay materialised (right-hand sides, outputs)
     */
    static List<TapeOp> fold(TapeBuilder b, int[] keep) {
        List<TapeOp> ops = b.ops();
        int m = ops.size();
        int slots = b.slotCount();
        int[] uses = new int[slots];
        int[] producer = new int[slots];
        Arrays.fill(producer, -1);
        for (int i = 0; i < m; i++) {
            TapeOp op = ops.get(i);
            for (int slot : op.readSlots()) {
                uses[slot]++;
            }
            producer[op.out()] = i;
        }
        boolean[] kept = new boolean[slots];
        for (int s : keep) {
            kept[s] = true;
        }
        Form[] forms = new Form[m];
        boolean[] removed = new boolean[m];
        boolean[] changed = new boolean[m];
        for (int i = 0; i < m; i++) {
            TapeOp op = ops.get(i);
            if (!LINEAR.contains(op.kind())) {
                continue;
            }
            Form base = baseForm(b, op);
            Form f = new Form();
            f.offset = base.offset;
            for (int j = 0; j < base.slots.size(); j++) {
                int v = base.slots.get(j);
                int src = producer[v];
                if (src >= 0 && forms[src] != null && uses[v] == 1 && !kept[v]) {
                    substitute(f, forms[src], base.coefficients.get(j), base.negated.get(j));
                    removed[src] = true;
                    changed[i] = true;
                } else {
                    f.add(v, base.coefficients.get(j), base.negated.get(j));
                }
            }
            forms[i] = f;
        }
        List<TapeOp> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            if (removed[i]) {
                continue;
            }
            TapeOp op = ops.get(i);
            if (!changed[i]) {
                out.add(op);
                continue;
            }
            Form f = forms[i];
            List<TapeOp.Term> terms = new ArrayList<>(f.slots.size());
            for (int j = 0; j < f.slots.size(); j++) {
                Expr c = f.coefficients.get(j);
                terms.add(new TapeOp.Term(f.slots.get(j), c == null ? -1 : b.constantSlotFor(c), f.negated.get(j)));
            }
            int offset = f.offset == null ? -1 : b.constantSlotFor(f.offset);
            out.add(new TapeOp(TapeOpKind.LINEAR_COMBINATION, op.out(), offset, -1, -1, -1, 0, terms));
        }
        return out;
    }

    private static Form baseForm(TapeBuilder b, TapeOp op) {
        Form f = new Form();
        switch (op.kind()) {
            case ADD:
                f.add(op.a(), null, false);
                f.add(op.b(), null, false);
                break;
            case SUB:
                f.add(op.a(), null, false);
                f.add(op.b(), null, true);
                break;
            case NEG:
                f.add(op.a(), null, true);
                break;
            case SCALE:
                f.add(op.a(), b.constantExpr(op.b()), false);
                break;
            case ADD_SCALAR:
                f.addOffset(b.constantExpr(op.b()), false);
                f.add(op.a(), null, false);
                break;
            case SCALAR_SUB:
                f.addOffset(b.constantExpr(op.b()), false);
                f.add(op.a(), null, true);
                break;
            default:
                throw new AssertionError(op.kind());
        }
        return f;
    }

    /** Appends σ·c·inner to f. */
    private static void substitute(Form f, Form inner, Expr c, boolean neg) {
        if (inner.offset != null) {
            f.addOffset(times(c, inner.offset), neg);
        }
        for (int i = 0; i < inner.slots.size(); i++) {
            f.add(inner.slots.get(i), times(c, inner.coefficients.get(i)), neg ^ inner.negated.get(i));
        }
    }

    private static Expr times(Expr c, Expr d) {
        if (c == null) {
            return d;
        }
        return d == null ? c : new Binary(BinaryOp.MUL, c, d);
    }
}
