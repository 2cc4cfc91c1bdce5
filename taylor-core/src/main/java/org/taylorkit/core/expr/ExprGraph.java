package org.taylorkit.core.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.taylorkit.core.Arithmetic;

/**
 * The distinct subexpressions of an expression, numbered children-first: the shared structure
 * behind evaluation, {@code size()}, {@code topologicalOrder()}, symbol collection and
 * substitution.
 *
 * <p>Built by one iterative post-order walk (left child before right, so leaves are met in
 * reading order) with hash-consing: a node's identity is (operation, ids of its children), so
 * structurally equal subtrees get one id whether or not they are the same object, in expected
 * O(number of node objects) time. Nodes whose children were merged with earlier equal ones are
 * rebuilt over those, so in {@link #nodes} every child is itself an earlier element (by identity).
 * Immutable after construction (all fields final), hence safe to cache and share across threads.
 */
final class ExprGraph {

    /** Key of an inner node for hash-consing: the operation and the ids of its children. */
    private record Key(Object op, int first, int second) {
    }

    /** Distinct nodes, children before parents; the last is the root. */
    final Expr[] nodes;
    /** Id of each node's first child (arg, left), or −1. */
    final int[] first;
    /** Id of each node's second child (right), or −1. */
    final int[] second;
    /** Ids of the symbol nodes, in order of first appearance. */
    final int[] symbolIds;
    /** Whether evaluation needs the node (false only for exponents used as integers). */
    final boolean[] needed;
    /** For POW nodes with an integer exponent (and x*x of one node, exponent 2), whether it is one; see {@link #exponent}. */
    final boolean[] integerPower;
    /** The integer exponent where {@link #integerPower} is set. */
    final int[] exponent;
    final List<Expr> order;
    final Set<String> symbols;
    final Set<String> variables;
    final Set<String> parameters;

    private ExprGraph(List<Expr> nodes, int[] first, int[] second) {
        int n = nodes.size();
        this.nodes = nodes.toArray(new Expr[0]);
        this.first = first;
        this.second = second;
        this.order = List.of(this.nodes);
        this.integerPower = new boolean[n];
        this.exponent = new int[n];
        this.needed = new boolean[n];
        LinkedHashSet<String> all = new LinkedHashSet<>();
        LinkedHashSet<String> vars = new LinkedHashSet<>();
        LinkedHashSet<String> pars = new LinkedHashSet<>();
        int symbolCount = 0;
        for (int i = 0; i < n; i++) {
            Expr e = this.nodes[i];
            if (e instanceof Symbol s) {
                symbolCount++;
                all.add(s.name());
                (s.kind() == SymbolKind.VARIABLE ? vars : pars).add(s.name());
            } else if (e instanceof Binary b) {
                OptionalInt k = b.integerExponent();
                if (k.isPresent()) {
                    integerPower[i] = true;
                    exponent[i] = k.getAsInt();
                } else if (b.op() == BinaryOp.MUL && first[i] >= 0 && first[i] == second[i]) {
                    // x*x of one node is x^2: an interval square never negative ([-1,1]*[-1,1] would be [-1,1]),
                    // a series square by the symmetric sum (as the ODE tape does)
                    integerPower[i] = true;
                    exponent[i] = 2;
                }
            }
        }
        this.symbolIds = new int[symbolCount];
        for (int i = 0, j = 0; i < n; i++) {
            if (this.nodes[i] instanceof Symbol) {
                symbolIds[j++] = i;
            }
        }
        needed[n - 1] = true;
        for (int i = n - 1; i >= 0; i--) {
            if (needed[i]) {
                if (first[i] >= 0) {
                    needed[first[i]] = true;
                }
                if (second[i] >= 0 && !integerPower[i]) {
                    needed[second[i]] = true;
                }
            }
        }
        this.symbols = Collections.unmodifiableSet(all);
        this.variables = Collections.unmodifiableSet(vars);
        this.parameters = Collections.unmodifiableSet(pars);
    }

    static ExprGraph build(Expr root) {
        IdentityHashMap<Expr, Integer> idOf = new IdentityHashMap<>();
        HashMap<Object, Integer> canonical = new HashMap<>();
        List<Expr> nodes = new ArrayList<>();
        IntList first = new IntList();
        IntList second = new IntList();
        ArrayDeque<Expr> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Expr e = stack.peek();
            if (idOf.containsKey(e)) {
                stack.pop();
                continue;
            }
            Object key;
            int a = -1;
            int b = -1;
            if (e instanceof Unary u) {
                Integer ia = idOf.get(u.arg());
                if (ia == null) {
                    stack.push(u.arg());
                    continue;
                }
                a = ia;
                key = new Key(u.op(), a, -1);
            } else if (e instanceof Binary bin) {
                Integer ia = idOf.get(bin.left());
                Integer ib = idOf.get(bin.right());
                if (ia == null || ib == null) {
                    if (ib == null) {
                        stack.push(bin.right());
                    }
                    if (ia == null) {
                        stack.push(bin.left());
                    }
                    continue;
                }
                a = ia;
                b = ib;
                key = new Key(bin.op(), a, b);
            } else {
                key = e; // leaves compare in O(1)
            }
            stack.pop();
            Integer id = canonical.get(key);
            if (id == null) {
                id = nodes.size();
                nodes.add(rebuild(e, a < 0 ? null : nodes.get(a), b < 0 ? null : nodes.get(b)));
                first.add(a);
                second.add(b);
                canonical.put(key, id);
            }
            idOf.put(e, id);
        }
        return new ExprGraph(nodes, first.toArray(), second.toArray());
    }

    /** {@code e} itself if its children are already the canonical ones, else an equal copy over them. */
    private static Expr rebuild(Expr e, Expr a, Expr b) {
        if (e instanceof Unary u && u.arg() != a) {
            return new Unary(u.op(), a);
        }
        if (e instanceof Binary bin && (bin.left() != a || bin.right() != b)) {
            return new Binary(bin.op(), a, b);
        }
        return e;
    }

    <V> V evaluate(Expr root, Arithmetic<V> ar, Map<String, ? extends V> bindings) {
        Objects.requireNonNull(ar, "arithmetic");
        Objects.requireNonNull(bindings, "bindings");
        int n = nodes.length;
        V[] values = ar.newArray(n);
        for (int id : symbolIds) {
            Symbol s = (Symbol) nodes[id];
            V v = bindings.get(s.name());
            if (v == null) {
                throw new UnboundSymbolException(s, root, bindings.containsKey(s.name()), bindings.keySet());
            }
            values[id] = v;
        }
        for (int i = 0; i < n; i++) {
            if (!needed[i]) {
                continue;
            }
            Expr e = nodes[i];
            if (e instanceof Constant c) {
                values[i] = c.value(ar);
            } else if (e instanceof Unary u) {
                values[i] = u.op().apply(ar, values[first[i]]);
            } else if (e instanceof Binary b) {
                values[i] = integerPower[i]
                        ? ar.pow(values[first[i]], exponent[i])
                        : b.op().apply(ar, values[first[i]], values[second[i]]);
            }
        }
        return values[n - 1];
    }

    Expr substitute(Map<String, ? extends Expr> replacements) {
        Objects.requireNonNull(replacements, "replacements");
        for (Map.Entry<String, ? extends Expr> entry : replacements.entrySet()) {
            if (entry.getValue() == null) {
                throw new NullPointerException("the replacement for '" + entry.getKey() + "' is null");
            }
        }
        int n = nodes.length;
        Expr[] out = new Expr[n];
        for (int i = 0; i < n; i++) {
            Expr e = nodes[i];
            if (e instanceof Symbol s) {
                Expr r = replacements.get(s.name());
                out[i] = r != null ? r : s;
            } else if (e instanceof Unary u) {
                Expr a = out[first[i]];
                out[i] = a == u.arg() ? u : new Unary(u.op(), a);
            } else if (e instanceof Binary b) {
                Expr l = out[first[i]];
                Expr r = out[second[i]];
                out[i] = l == b.left() && r == b.right() ? b : new Binary(b.op(), l, r);
            } else {
                out[i] = e;
            }
        }
        return out[n - 1];
    }

    /** A growable {@code int} array. */
    private static final class IntList {
        private int[] data = new int[16];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
