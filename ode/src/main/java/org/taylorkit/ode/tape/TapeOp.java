package org.taylorkit.ode.tape;

import org.taylorkit.core.ElementaryFunction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One operation of a {@link TaylorTape}: {@code out = kind(a, b)}, with auxiliary slots and an
 * integer exponent where the kind needs them; unused fields are −1 ({@code n} is 0). Slots index
 * the tape's series (see {@link TaylorTape} for the layout). Immutable.
 *
 * @param kind the operation
 * @param out the output slot
 * @param a the first input slot (for {@link TapeOpKind#LINEAR_COMBINATION} the constant slot of the
 *          scalar offset, or −1)
 * @param b the second input slot (a scalar's constant slot for the scalar kinds), or −1
 * @param aux1 the first auxiliary output slot, or −1
 * @param aux2 the second auxiliary output slot, or −1
 * @param n the integer exponent of {@link TapeOpKind#POW_INT}, else 0
 * @param terms the terms of a {@link TapeOpKind#LINEAR_COMBINATION} (at least one), else empty
 * @param fn the catalogue function of a {@link TapeOpKind#FUNCTION} operation, else null
 */
public record TapeOp(TapeOpKind kind, int out, int a, int b, int aux1, int aux2, int n, List<Term> terms,
        ElementaryFunction fn) {

    /**
     * One term σ·c·v of a linear combination.
     *
     * @param slot the series v
     * @param coefficient the constant slot holding the scalar c, or −1 for c = 1
     * @param negated whether σ = −1
     */
    public record Term(int slot, int coefficient, boolean negated) {
    }

    /** Copies {@code terms}; checks that a linear combination has terms and other kinds none. */
    public TapeOp {
        Objects.requireNonNull(kind, "kind");
        terms = List.copyOf(terms);
        if ((kind == TapeOpKind.LINEAR_COMBINATION) == terms.isEmpty()) {
            throw new IllegalArgumentException(kind + " with " + terms.size() + " linear-combination terms");
        }
        if ((kind == TapeOpKind.FUNCTION) != (fn != null)) {
            throw new IllegalArgumentException(kind + (fn == null ? " without" : " with") + " a function");
        }
    }

    /** An operation of any kind but {@link TapeOpKind#FUNCTION}. */
    public TapeOp(TapeOpKind kind, int out, int a, int b, int aux1, int aux2, int n, List<Term> terms) {
        this(kind, out, a, b, aux1, aux2, n, terms, null);
    }

    /** out = f(a) with f's auxiliary slots ({@link TapeOpKind#FUNCTION}). */
    public static TapeOp function(ElementaryFunction f, int out, int a, int aux1, int aux2) {
        return new TapeOp(TapeOpKind.FUNCTION, out, a, -1, aux1, aux2, 0, List.of(), Objects.requireNonNull(f, "f"));
    }

    /**
     * The catalogue function whose kernel computes this operation (its output and auxiliary
     * slots), or null for the arithmetic kinds.
     */
    public ElementaryFunction function() {
        return fn != null ? fn : kind.function();
    }

    /** An operation without linear-combination terms (every kind but {@link TapeOpKind#LINEAR_COMBINATION}). */
    public TapeOp(TapeOpKind kind, int out, int a, int b, int aux1, int aux2, int n) {
        this(kind, out, a, b, aux1, aux2, n, List.of());
    }

    /** E.g. {@code u7 = mul(u3, u5)}, {@code u9, u10 = sin_cos(u2)}, {@code u12 = u4 + u3*u8 - u6}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("u").append(out);
        if (kind == TapeOpKind.LINEAR_COMBINATION) {
            sb.append(" =");
            boolean first = true;
            if (a >= 0) {
                sb.append(" u").append(a);
                first = false;
            }
            for (Term t : terms) {
                sb.append(t.negated() ? (first ? " -" : " - ") : (first ? " " : " + "));
                if (t.coefficient() >= 0) {
                    sb.append('u').append(t.coefficient()).append('*');
                }
                sb.append('u').append(t.slot());
                first = false;
            }
            return sb.toString();
        }
        if (aux1 >= 0) {
            sb.append(", u").append(aux1);
        }
        if (aux2 >= 0) {
            sb.append(", u").append(aux2);
        }
        String name = fn != null ? fn.name() : kind.name().toLowerCase(java.util.Locale.ROOT);
        sb.append(" = ").append(name).append("(u").append(a);
        if (b >= 0) {
            sb.append(", u").append(b);
        }
        if (kind == TapeOpKind.POW_INT) {
            sb.append(", ").append(n);
        }
        return sb.append(')').toString();
    }

    /** The slots this operation reads: a, b and its linear-combination terms (absent, −1, entries left out). */
    List<Integer> readSlots() {
        List<Integer> r = new ArrayList<>(2 + terms.size());
        if (a >= 0) {
            r.add(a);
        }
        if (b >= 0) {
            r.add(b);
        }
        for (Term t : terms) {
            r.add(t.slot());
        }
        return r;
    }

    /** The slots this operation writes: its output and its auxiliary slots. */
    List<Integer> writtenSlots() {
        List<Integer> w = new ArrayList<>(3);
        w.add(out);
        if (aux1 >= 0) {
            w.add(aux1);
        }
        if (aux2 >= 0) {
            w.add(aux2);
        }
        return w;
    }
}
