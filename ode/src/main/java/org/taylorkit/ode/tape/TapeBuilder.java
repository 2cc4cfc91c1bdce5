package org.taylorkit.ode.tape;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.function.Functions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.taylorkit.core.expr.Binary;
import org.taylorkit.core.expr.BinaryOp;
import org.taylorkit.core.expr.Constant;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.Symbol;
import org.taylorkit.core.expr.Unary;
import org.taylorkit.core.expr.UnaryOp;

/**
 * Decomposes expressions into tape operations (see {@link TaylorTape} for the rules). Nodes are
 * keyed by structural equality, so equal subexpressions anywhere in the system share one slot;
 * rewrites (integer powers as products, series powers as exp(b·log a), x^0.5 as √x) are expressed as
 * synthetic expression nodes that go through the same map, so they share slots with equal nodes the
 * user wrote. Single use.
 */
final class TapeBuilder {

    /** Catalogue functions with a kind of their own (specialised and unrolled by the compiler). */
    private static final Map<ElementaryFunction, TapeOpKind> SPECIALISED = specialised();


    /** What the builder knows about one distinct node. */
    private static final class Info {
        /** True when the node depends on constants and parameters only. */
        final boolean constant;
        /** Its slot, or −1 for a constant node that no operation has needed yet. */
        int slot;

        Info(boolean constant, int slot) {
            this.constant = constant;
            this.slot = slot;
        }
    }

    private static final Constant ONE = Constant.of("1");

    private final Map<String, Integer> stateIndex = new HashMap<>();
    private final List<String> parameters;
    private final int timeSlot;
    private final Map<Expr, Info> nodes = new HashMap<>();
    /** Each processed expression and its rewriting by {@link #withQuotients}. */
    private final Map<Expr, Expr> rewritten = new HashMap<>();
    /**
     * {@link #rewritten} by instance: children are looked up here, so large generated systems (jets
     * of order 3) do not compare equal subtrees structurally again for every parent.
     */
    private final Map<Expr, Expr> rewrittenInstances = new IdentityHashMap<>();
    /** {@link #rewritten} of the operation nodes by {@link Shape}. */
    private final Map<Shape, Expr> byShape = new HashMap<>();
    private final List<TapeOp> ops = new ArrayList<>();
    private final List<Expr> constants = new ArrayList<>();
    private final List<Integer> constantSlots = new ArrayList<>();
    /** sin/cos (and sinh/cosh) pairs by argument slot: {first, second} output slots. */
    private final Map<Integer, int[]> sinCos = new HashMap<>();
    private final Map<Integer, int[]> sinhCosh = new HashMap<>();
    private int nextSlot;

    TapeBuilder(List<String> states, List<String> parameters) {
        for (int i = 0; i < states.size(); i++) {
            stateIndex.put(states.get(i), i);
        }
        this.parameters = parameters;
        this.timeSlot = states.size();
        this.nextSlot = states.size() + 1;
    }

    int timeSlot() {
        return timeSlot;
    }

    int slotCount() {
        return nextSlot;
    }

    List<TapeOp> ops() {
        return ops;
    }

    List<Expr> constants() {
        return constants;
    }

    int[] constantSlots() {
        return constantSlots.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The constant expression evaluated into constant slot {@code slot}. */
    Expr constantExpr(int slot) {
        int j = constantSlots.indexOf(slot);
        if (j < 0) {
            throw new IllegalArgumentException("slot " + slot + " is not a constant slot");
        }
        return constants.get(j);
    }

    /** The constant slot of the constant expression {@code e}, created if new. */
    int constantSlotFor(Expr e) {
        return constantSlot(e);
    }

    /** Replaces the operations by their linear-combination folding (see {@link LinearFolding}). */
    void foldLinear(int[] keep) {
        List<TapeOp> folded = LinearFolding.fold(this, keep);
        ops.clear();
        ops.addAll(folded);
    }

    /** The slot holding the series of {@code root} (a constant slot if it is constant). */
    int slotOf(Expr root) {
        root = withQuotients(root);
        visit(root);
        Info info = nodes.get(root);
        return info.constant ? constantSlot(root) : info.slot;
    }

    /**
     * {@code root} with every product a·b^{m/2} (m odd and negative, b not constant, either factor
     * order) written as the quotient a / (b^{(|m|−1)/2}·√b): one division recurrence instead of a
     * reciprocal's division and a multiplication (in the N-body problem, three quotients d_x/r³,
     * d_y/r³, d_z/r³ per pair instead of 1/r³ and three products: one Cauchy sum in seven fewer).
     * Same domain (b_0 &gt; 0); over intervals both forms are enclosures (for scalars a/b ⊆ a·(1/b)).
     * Equal subtrees stay shared (structural equality), so the denominators are common subexpressions.
     */
    private Expr withQuotients(Expr root) {
        Map<Expr, Expr> done = rewritten;
        Map<Expr, Expr> byInstance = rewrittenInstances;
        Expr known = byInstance.get(root);
        if (known != null) {
            return known;
        }
        if (done.containsKey(root)) {
            known = done.get(root);
            byInstance.put(root, known);
            return known;
        }
        for (Expr node : root.topologicalOrder()) {
            if (byInstance.containsKey(node)) {
                continue;
            }
            // an equal tree seen before: a leaf by value; an operation by its operator and its
            // children's rewritings (instances shared by equal trees), so no deep comparison
            Shape shape = null;
            Expr earlier;
            if (node instanceof Unary u) {
                shape = new Shape(u.op(), rewrittenChild(u.arg()), null);
                earlier = byShape.get(shape);
            } else if (node instanceof Binary bin) {
                shape = new Shape(bin.op(), rewrittenChild(bin.left()), rewrittenChild(bin.right()));
                earlier = byShape.get(shape);
            } else {
                earlier = done.get(node);
            }
            if (earlier != null) {
                byInstance.put(node, earlier);
                continue;
            }
            Expr result = node;
            if (node instanceof Unary u) {
                Expr arg = shape.a;
                result = arg == u.arg() ? u : new Unary(u.op(), arg);
            } else if (node instanceof Binary bin) {
                Expr left = shape.a;
                Expr right = shape.b;
                Expr denominator = bin.op() == BinaryOp.MUL ? halfPowerDenominator(right) : null;
                Expr numerator = left;
                if (denominator == null && bin.op() == BinaryOp.MUL) {
                    denominator = halfPowerDenominator(left);
                    numerator = right;
                }
                if (denominator != null) {
                    result = new Binary(BinaryOp.DIV, numerator, denominator);
                } else if (left != bin.left() || right != bin.right()) {
                    result = new Binary(bin.op(), left, right);
                }
            }
            done.put(node, result);
            byInstance.put(node, result);
            if (shape != null) {
                byShape.put(shape, result);
            }
        }
        return rewrittenChild(root);
    }

    /** An operation node up to equality: its operator and its children's rewritten instances. */
    private static final class Shape {
        final Object op;
        final Expr a;
        final Expr b;

        Shape(Object op, Expr a, Expr b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shape s && s.a == a && s.b == b && s.op.equals(op);
        }

        @Override
        public int hashCode() {
            return (op.hashCode() * 31 + System.identityHashCode(a)) * 31 + System.identityHashCode(b);
        }
    }

    /** The rewriting of an already processed child: by instance, else of an equal tree. */
    private Expr rewrittenChild(Expr child) {
        Expr r = rewrittenInstances.get(child);
        if (r == null) {
            r = rewritten.get(child);
            rewrittenInstances.put(child, r);
        }
        return r;
    }

    /** b^{(|m|−1)/2}·√b if {@code e} is b^{m/2} with m odd and negative and b not constant, else null. */
    private static Expr halfPowerDenominator(Expr e) {
        if (!(e instanceof Binary pow) || pow.op() != BinaryOp.POW || pow.left().variables().isEmpty()) {
            return null;
        }
        OptionalInt half = halfIntegerNumerator(pow.right());
        if (half.isEmpty() || half.getAsInt() > 0) {
            return null;
        }
        return halfPowerProduct(pow.left(), -half.getAsInt());
    }

    /** b^{(m−1)/2}·√b for odd m &gt; 0 (√b for m = 1). */
    private static Expr halfPowerProduct(Expr base, int m) {
        int n = (m - 1) / 2;
        Expr root = new Unary(UnaryOp.of(Functions.SQRT), base);
        return n == 0 ? root : new Binary(BinaryOp.MUL, new Binary(BinaryOp.POW, base, Constant.of(Integer.toString(n))), root);
    }

    private void visit(Expr root) {
        if (nodes.containsKey(root)) {
            return;
        }
        for (Expr node : root.topologicalOrder()) {
            if (!nodes.containsKey(node)) {
                nodes.put(node, process(node));
            }
        }
    }

    private Info info(Expr e) {
        visit(e);
        return nodes.get(e);
    }

    /** A slot holding the series of {@code e}, whether it is constant or not. */
    private int slot(Expr e) {
        Info info = info(e);
        return info.constant ? constantSlot(e) : info.slot;
    }

    private int constantSlot(Expr e) {
        Info info = info(e);
        if (info.slot < 0) {
            info.slot = nextSlot++;
            constants.add(e);
            constantSlots.add(info.slot);
        }
        return info.slot;
    }

    private Info process(Expr node) {
        if (node instanceof Constant) {
            return new Info(true, -1);
        }
        if (node instanceof Symbol s) {
            Integer i = stateIndex.get(s.name());
            if (i != null) {
                return new Info(false, i);
            }
            if (TaylorTape.TIME.equals(s.name())) {
                return new Info(false, timeSlot);
            }
            if (parameters.contains(s.name())) {
                return new Info(true, -1);
            }
            throw new IllegalArgumentException("unknown symbol '" + s.name()
                    + "': not a state variable, the time t, or a parameter");
        }
        if (node instanceof Unary u) {
            Info arg = info(u.arg());
            return arg.constant ? new Info(true, -1) : new Info(false, unary(u.op(), arg.slot));
        }
        Binary b = (Binary) node;
        Info l = info(b.left());
        Info r = info(b.right());
        if (l.constant && r.constant) {
            return new Info(true, -1);
        }
        return new Info(false, binary(b, l, r));
    }

    private int emit(TapeOpKind kind, int a, int b) {
        int out = nextSlot++;
        ops.add(new TapeOp(kind, out, a, b, -1, -1, 0));
        return out;
    }

    private int emitAux(TapeOpKind kind, int a, int b, int auxCount) {
        int out = nextSlot++;
        int aux1 = auxCount >= 1 ? nextSlot++ : -1;
        int aux2 = auxCount >= 2 ? nextSlot++ : -1;
        ops.add(new TapeOp(kind, out, a, b, aux1, aux2, 0));
        return out;
    }

    private int unary(UnaryOp op, int a) {
        if (op.isNegation()) {
            return emit(TapeOpKind.NEG, a, -1);
        }
        ElementaryFunction f = op.function().orElseThrow();
        if (f == Functions.SIN || f == Functions.COS) {
            return pair(sinCos, TapeOpKind.SIN_COS, a)[f == Functions.SIN ? 0 : 1];
        }
        if (f == Functions.SINH || f == Functions.COSH) {
            return pair(sinhCosh, TapeOpKind.SINH_COSH, a)[f == Functions.SINH ? 0 : 1];
        }
        TapeOpKind kind = SPECIALISED.get(f);
        if (kind != null) {
            return emitAux(kind, a, -1, f.auxiliaries());
        }
        int out = nextSlot++;
        int aux1 = f.auxiliaries() >= 1 ? nextSlot++ : -1;
        int aux2 = f.auxiliaries() >= 2 ? nextSlot++ : -1;
        ops.add(TapeOp.function(f, out, a, aux1, aux2));
        return out;
    }

    /** The sin/cos (or sinh/cosh) op of argument slot {@code a}, created once and shared. */
    private int[] pair(Map<Integer, int[]> pairs, TapeOpKind kind, int a) {
        int[] p = pairs.get(a);
        if (p == null) {
            int first = emitAux(kind, a, -1, 1);
            p = new int[] {first, first + 1};
            pairs.put(a, p);
        }
        return p;
    }

    private int binary(Binary node, Info l, Info r) {
        Expr left = node.left();
        Expr right = node.right();
        switch (node.op()) {
            case ADD:
                if (l.constant) {
                    return emit(TapeOpKind.ADD_SCALAR, r.slot, constantSlot(left));
                }
                return r.constant ? emit(TapeOpKind.ADD_SCALAR, l.slot, constantSlot(right))
                        : emit(TapeOpKind.ADD, l.slot, r.slot);
            case SUB:
                if (l.constant) {
                    return emit(TapeOpKind.SCALAR_SUB, r.slot, constantSlot(left));
                }
                return r.constant ? emit(TapeOpKind.ADD_SCALAR, l.slot, constantSlot(new Unary(UnaryOp.NEG, right)))
                        : emit(TapeOpKind.SUB, l.slot, r.slot);
            case MUL:
                if (l.constant) {
                    return emit(TapeOpKind.SCALE, r.slot, constantSlot(left));
                }
                if (r.constant) {
                    return emit(TapeOpKind.SCALE, l.slot, constantSlot(right));
                }
                if (l.slot == r.slot) { // u·u is u², shared with an equal power written as u^2
                    return slot(new Binary(BinaryOp.POW, left, Constant.of("2")));
                }
                return emit(TapeOpKind.MUL, l.slot, r.slot);
            case DIV:
                if (l.constant) {
                    return emit(TapeOpKind.DIV, constantSlot(left), r.slot);
                }
                return r.constant ? emit(TapeOpKind.DIV_SCALAR, l.slot, constantSlot(right))
                        : emit(TapeOpKind.DIV, l.slot, r.slot);
            case POW:
                return power(node, l, r);
            case ATAN2:
                return emitAux(TapeOpKind.ATAN2, slot(left), slot(right), 1);
            default:
                throw new AssertionError(node.op());
        }
    }

    private int power(Binary node, Info l, Info r) {
        Expr base = node.left();
        Expr exponent = node.right();
        OptionalInt n = node.integerExponent();
        if (n.isPresent()) {
            return integerPower(base, l, n.getAsInt());
        }
        if (r.constant) {
            OptionalInt half = halfIntegerNumerator(exponent);
            if (half.isPresent()) {
                return halfIntegerPower(base, half.getAsInt());
            }
            return emit(TapeOpKind.POW, l.slot, constantSlot(exponent));
        }
        // a^b = exp(b·log a); log a is a constant slot when a is constant.
        return slot(new Unary(UnaryOp.of(Functions.EXP), new Binary(BinaryOp.MUL, exponent, new Unary(UnaryOp.of(Functions.LOG), base))));
    }

    /**
     * m if {@code exponent} is exactly m/2 for an odd integer m (|m| &lt; 2000): a decimal literal such
     * as 1.5 or −2.5, or an integer literal (or its negation) divided by the literal 2, as in −3/2.
     */
    static OptionalInt halfIntegerNumerator(Expr exponent) {
        boolean negative = false;
        Expr e = exponent;
        if (e instanceof Unary u && u.op() == UnaryOp.NEG) {
            negative = true;
            e = u.arg();
        }
        java.math.BigDecimal twice;
        if (e instanceof Constant c && !c.isNamed()) {
            twice = exactValue(c);
            if (twice == null) {
                return OptionalInt.empty();
            }
            twice = twice.multiply(java.math.BigDecimal.valueOf(2));
        } else if (e instanceof Binary d && d.op() == BinaryOp.DIV && d.right() instanceof Constant two
                && !two.isNamed() && two.intValue().orElse(0) == 2) {
            Expr num = d.left();
            if (num instanceof Unary u && u.op() == UnaryOp.NEG) {
                negative = !negative;
                num = u.arg();
            }
            if (!(num instanceof Constant c) || c.isNamed() || c.intValue().isEmpty()) {
                return OptionalInt.empty();
            }
            twice = java.math.BigDecimal.valueOf(c.intValue().getAsInt());
        } else {
            return OptionalInt.empty();
        }
        java.math.BigDecimal limit = java.math.BigDecimal.valueOf(2000);
        if (twice.compareTo(limit) >= 0 || twice.stripTrailingZeros().scale() > 0) {
            return OptionalInt.empty();
        }
        int m = twice.intValueExact();
        if ((m & 1) == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(negative ? -m : m);
    }

    /** The exact decimal value of an unnamed literal, or null if its text is not a plain decimal. */
    private static java.math.BigDecimal exactValue(Constant c) {
        try {
            return new java.math.BigDecimal(c.text());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * base^{m/2} for odd m as base^{(|m|−1)/2}·√base (and its reciprocal for m &lt; 0): a square
     * root, exact products and at most one division, about half the work of the general power
     * recurrence (which needs 4 flops per term), with the same domain (base_0 &gt; 0).
     */
    private int halfIntegerPower(Expr base, int m) {
        Expr product = halfPowerProduct(base, Math.abs(m));
        return slot(m > 0 ? product : new Binary(BinaryOp.DIV, ONE, product));
    }

    /**
     * base^n by exact products for n ≥ 0 (squarings and multiplications, 2·log₂ n operations at
     * most, correct for a base that vanishes), by the power recurrence for n &lt; 0.
     */
    private int integerPower(Expr base, Info b, int n) {
        if (n == 0) {
            return constantSlot(ONE);
        }
        if (n == 1) {
            return b.slot;
        }
        if (n < 0) {
            int out = nextSlot++;
            ops.add(new TapeOp(TapeOpKind.POW_INT, out, b.slot, -1, -1, -1, n));
            return out;
        }
        if (n == 2) {
            return emit(TapeOpKind.SQR, b.slot, -1);
        }
        if (n % 2 == 0) {
            return emit(TapeOpKind.SQR, slot(new Binary(BinaryOp.POW, base, Constant.of(Integer.toString(n / 2)))), -1);
        }
        Expr lower = new Binary(BinaryOp.POW, base, Constant.of(Integer.toString(n - 1)));
        return emit(TapeOpKind.MUL, slot(lower), b.slot);
    }

    private static Map<ElementaryFunction, TapeOpKind> specialised() {
        Map<ElementaryFunction, TapeOpKind> m = new java.util.HashMap<>();
        for (TapeOpKind kind : TapeOpKind.values()) {
            if (kind.function() != null && kind != TapeOpKind.SIN_COS && kind != TapeOpKind.SINH_COSH) {
                m.put(kind.function(), kind);
            }
        }
        return m;
    }
}
