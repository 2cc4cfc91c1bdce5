package org.taylorkit.ode.tape;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which slots of a tape are components of one vector, the lanes of {@link LaneEmitter}'s SIMD code:
 * a pure analysis of the operation list, used by {@link TapeClassWriter}. A <em>lane group</em> is
 * two to four slots (states, or outputs of operations) whose defining expressions are the same up to
 * a renaming that maps each group member to the member of the same lane: the x, y, z components of
 * an N-body pair's difference d = q_i − q_j, of its squares and of its quotients d/(r²·√r²), and of
 * the positions, velocities and accelerations. A group only decides where coefficients are stored
 * ({@link SlotLayout}); whether its operations are then emitted as vector code is decided per group
 * ({@link #vectorOperands}), so a grouping never changes what is computed.
 *
 * <p>Found in two passes, both pure structure (no names), for groups of {@value #MIN_LANES} or
 * {@value #MAX_LANES} lanes:
 * <ol>
 *   <li><b>Top-down from the states.</b> For a state s, every later state t whose right-hand side
 *   unifies with s's: the two expression DAGs have the same operation kinds, the same constants and
 *   linear-combination coefficient slots, and operands that either are the very same slot (shared,
 *   then broadcast to every lane, as a pair's denominator r²·√r²) or correspond again; states
 *   correspond when their right-hand sides do. Operations that cannot join a group (those with
 *   auxiliary outputs: sin with cos, tan with tan²) must correspond all the same, without a group.
 *   Up to three such t give the lanes of s; every
 *   correspondence of the renamings (the same set of lane-0 slots in each) becomes a group.</li>
 *   <li><b>Bottom-up from the groups</b> (as in superword-level parallelism): an operation reading
 *   lane 0 of a group joins a new group with, per lane, the operation of the same shape reading that
 *   lane's slots — the squares dx², dy², dz², which the top-down pass does not reach because the
 *   denominator they feed is shared.</li>
 * </ol>
 * Operations with auxiliary outputs, the tape's extra outputs (read by the step engine in the flat
 * layout) and constants never join a group.
 *
 * <p>Package-private; immutable after {@link #of}.
 */
final class LaneGroups {

    /** The most lanes of a group (a 256-bit vector of doubles). */
    static final int MAX_LANES = 4;

    /**
     * The fewest lanes of a group: two-lane groups (Kepler's x and y) ran 1.08 times slower than the
     * scalar code in 128-bit vectors, so only triples and quadruples are grouped.
     */
    static final int MIN_LANES = 3;

    /** The groups: per group, its slots in lane order. */
    private final List<int[]> groups = new ArrayList<>();
    /** Per slot, its group or −1. */
    private final int[] groupOf;
    /** Per slot, its lane in its group. */
    private final int[] laneOf;

    private final List<TapeOp> ops;
    /**
     * The operand pairs the top-down unifications may still visit: a bound on the search, which tries
     * up to every later state for every state (quadratic in the states, each try up to the tape's
     * size). Systems of vectors are found within their first unification (50 bodies: 10 ms); when the
     * budget runs out, the groups found so far are kept.
     */
    private long budget;
    private final int states;
    private final int[] rhs;
    /** Per slot, the operation writing it (as its output or an auxiliary output), else null. */
    private final TapeOp[] writer;
    /** Per slot, whether it may join a group (states and groupable operations' outputs, not extra outputs). */
    private final boolean[] candidate;

    private LaneGroups(List<TapeOp> ops, int states, int[] rhs, int slotCount, Set<Integer> excluded) {
        this.ops = ops;
        this.budget = 1_000_000L + 100L * slotCount;
        this.states = states;
        this.rhs = rhs;
        groupOf = new int[slotCount];
        laneOf = new int[slotCount];
        Arrays.fill(groupOf, -1);
        writer = new TapeOp[slotCount];
        candidate = new boolean[slotCount];
        for (int i = 0; i < states; i++) {
            candidate[i] = true;
        }
        for (TapeOp op : ops) {
            for (int w : op.writtenSlots()) {
                writer[w] = op;
            }
            if (op.aux1() < 0 && op.aux2() < 0 && op.kind() != TapeOpKind.FUNCTION) {
                candidate[op.out()] = true;
            }
        }
        for (int slot : excluded) {
            candidate[slot] = false;
        }
    }

    /**
     * The lane groups of a tape.
     *
     * @param ops the operations
     * @param states the number of states (slots 0..states−1)
     * @param rhs per state, the slot of its right-hand side
     * @param slotCount the number of slots
     * @param excluded slots that must keep the flat layout (the extra outputs)
     */
    static LaneGroups of(List<TapeOp> ops, int states, int[] rhs, int slotCount, Set<Integer> excluded) {
        LaneGroups g = new LaneGroups(ops, states, rhs, slotCount, excluded);
        g.topDown();
        g.bottomUp();
        return g;
    }

    /** The groups, each its slots in lane order (do not modify). */
    List<int[]> groups() {
        return groups;
    }

    /** The group of {@code slot}, or −1. */
    int groupOf(int slot) {
        return slot >= 0 && slot < groupOf.length ? groupOf[slot] : -1;
    }

    /** The lane of {@code slot} in its group (0 if it has none). */
    int laneOf(int slot) {
        return groupOf(slot) < 0 ? 0 : laneOf[slot];
    }

    /** Whether no slot is in a group. */
    boolean isEmpty() {
        return groups.isEmpty();
    }

    /**
     * Whether the operations {@code lanes} (one per lane of the group of their outputs) can run as one
     * vector operation: per operand position, either every lane reads the same slot and that slot is
     * not lane 0 of a group (a broadcast), or lane i reads lane i of one group. The emitter decides
     * by slot (lane 0 of a group: a vector load; else a broadcast), so this is exactly when its
     * lane-0 program is every lane's program.
     */
    boolean vectorOperands(List<TapeOp> lanes) {
        TapeOp first = lanes.get(0);
        List<Integer> reads = first.readSlots();
        for (int p = 0; p < reads.size(); p++) {
            int s = reads.get(p);
            int g = groupOf(s);
            boolean vector = g >= 0 && laneOf[s] == 0;
            if (vector && groups.get(g).length != lanes.size()) {
                return false; // a group of another width
            }
            for (int i = 1; i < lanes.size(); i++) {
                int t = lanes.get(i).readSlots().get(p);
                if (vector ? groupOf(t) != g || laneOf[t] != i : t != s) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- top-down: unification of the right-hand sides ----

    private void topDown() {
        for (int s = 0; s < states && budget > 0; s++) {
            if (groupOf[s] >= 0 || !candidate[s]) {
                continue;
            }
            List<Map<Integer, Integer>> lanes = new ArrayList<>();
            boolean[] used = new boolean[groupOf.length];
            for (int t = s + 1; t < states && lanes.size() < MAX_LANES - 1; t++) {
                if (groupOf[t] >= 0 || !candidate[t]) {
                    continue;
                }
                Map<Integer, Integer> m = unify(s, t);
                if (m != null && fits(m, lanes, used)) {
                    lanes.add(m);
                    for (Map.Entry<Integer, Integer> e : m.entrySet()) {
                        used[e.getKey()] = true;
                        used[e.getValue()] = true;
                    }
                }
            }
            if (lanes.size() + 1 < MIN_LANES) {
                continue;
            }
            for (int key : lanes.get(0).keySet()) {
                int[] slots = new int[lanes.size() + 1];
                slots[0] = key;
                for (int i = 0; i < lanes.size(); i++) {
                    slots[i + 1] = lanes.get(i).get(key);
                }
                add(slots);
            }
        }
    }

    /**
     * Whether the renaming {@code m} can be one more lane beside {@code lanes}: the same lane-0
     * slots as the others, images new (not in a group, not a lane-0 slot or image of the others).
     */
    private boolean fits(Map<Integer, Integer> m, List<Map<Integer, Integer>> lanes, boolean[] used) {
        if (!lanes.isEmpty() && !lanes.get(0).keySet().equals(m.keySet())) {
            return false;
        }
        for (Map.Entry<Integer, Integer> e : m.entrySet()) {
            int key = e.getKey();
            int image = e.getValue();
            if (groupOf[key] >= 0 || groupOf[image] >= 0 || m.containsKey(image) || (!lanes.isEmpty() && used[image])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The renaming (lane-0 slot → lane slot, in order of discovery) under which state t's expression
     * is state s's, or null if there is none.
     */
    private Map<Integer, Integer> unify(int s, int t) {
        Map<Integer, Integer> map = new LinkedHashMap<>();
        Map<Integer, Integer> inverse = new HashMap<>();
        Set<Long> passed = new HashSet<>();
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {s, t});
        while (!work.isEmpty()) {
            if (--budget < 0) {
                return null;
            }
            int[] pair = work.pop();
            int a = pair[0];
            int b = pair[1];
            if (a == b) {
                continue; // the same slot in both: shared (a broadcast operand)
            }
            Integer known = map.get(a);
            if (known != null) {
                if (known != b) {
                    return null;
                }
                continue;
            }
            if (a < 0 || b < 0 || (a < states) != (b < states)) {
                return null;
            }
            boolean grouped = candidate[a] && candidate[b];
            if (grouped && (inverse.containsKey(b) || groupOf[a] >= 0 || groupOf[b] >= 0)) {
                return null;
            }
            if (a < states) {
                work.push(new int[] {rhs[a], rhs[b]});
            } else {
                TapeOp x = writer[a];
                TapeOp y = writer[b];
                if (x == null || y == null || !sameShape(x, y) || x.writtenSlots().indexOf(a) != y.writtenSlots().indexOf(b)) {
                    return null; // different operations, or constants (which must be the same slot)
                }
                if (!grouped && !passed.add(((long) a << 32) | b)) {
                    continue; // an operation that cannot join a group (auxiliary outputs): its operands are checked
                }
                List<Integer> rx = x.readSlots();
                List<Integer> ry = y.readSlots();
                for (int p = rx.size() - 1; p >= 0; p--) {
                    work.push(new int[] {rx.get(p), ry.get(p)});
                }
            }
            if (grouped) {
                map.put(a, b);
                inverse.put(b, a);
            }
        }
        return map.isEmpty() ? null : map;
    }

    /**
     * Whether two operations are the same operation on possibly other operands: kind, exponent,
     * function, the presence of each operand, and for linear combinations the offset's constant slot
     * and each term's coefficient slot and sign.
     */
    private static boolean sameShape(TapeOp x, TapeOp y) {
        if (x.kind() != y.kind() || x.n() != y.n() || !Objects.equals(x.fn(), y.fn()) || (x.a() < 0) != (y.a() < 0)
                || (x.b() < 0) != (y.b() < 0) || x.terms().size() != y.terms().size()) {
            return false;
        }
        if (x.kind() == TapeOpKind.LINEAR_COMBINATION && x.a() != y.a()) {
            return false; // the offset is a constant slot
        }
        for (int j = 0; j < x.terms().size(); j++) {
            TapeOp.Term p = x.terms().get(j);
            TapeOp.Term q = y.terms().get(j);
            if (p.coefficient() != q.coefficient() || p.negated() != q.negated()) {
                return false;
            }
        }
        return true;
    }

    // ---- bottom-up: operations on groups ----

    private void bottomUp() {
        Map<Integer, List<TapeOp>> readers = new HashMap<>();
        for (TapeOp op : ops) {
            if (candidate[op.out()]) { // a groupable operation (never a state's slot)
                for (int s : op.readSlots()) {
                    readers.computeIfAbsent(s, x -> new ArrayList<>()).add(op);
                }
            }
        }
        Deque<Integer> work = new ArrayDeque<>();
        for (int g = 0; g < groups.size(); g++) {
            work.add(g);
        }
        while (!work.isEmpty()) {
            int[] group = groups.get(work.poll());
            for (TapeOp first : readers.getOrDefault(group[0], List.of())) {
                if (groupOf[first.out()] >= 0) {
                    continue;
                }
                int[] slots = new int[group.length];
                slots[0] = first.out();
                boolean found = true;
                for (int i = 1; i < group.length && found; i++) {
                    TapeOp lane = partner(first, i, readers.getOrDefault(group[i], List.of()), slots, i);
                    found = lane != null;
                    if (found) {
                        slots[i] = lane.out();
                    }
                }
                if (found) {
                    work.add(add(slots));
                }
            }
        }
    }

    /**
     * The operation among {@code readers} that is {@code first} with every operand that is lane 0 of
     * a group replaced by its lane i, and not yet in a group nor among {@code taken[0..n)}; or null.
     */
    private TapeOp partner(TapeOp first, int lane, List<TapeOp> readers, int[] taken, int n) {
        List<Integer> want = new ArrayList<>();
        for (int s : first.readSlots()) {
            boolean vector = groupOf(s) >= 0 && laneOf[s] == 0;
            if (vector && groups.get(groupOf[s]).length != taken.length) {
                return null; // a group of another width
            }
            want.add(vector ? groups.get(groupOf[s])[lane] : s);
        }
        for (TapeOp op : readers) {
            if (groupOf[op.out()] < 0 && sameShape(first, op) && op.readSlots().equals(want) && !contains(taken, n, op.out())) {
                return op;
            }
        }
        return null;
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    /** Adds a group and returns its index. */
    private int add(int[] slots) {
        int g = groups.size();
        groups.add(slots);
        for (int i = 0; i < slots.length; i++) {
            groupOf[slots[i]] = g;
            laneOf[slots[i]] = i;
        }
        return g;
    }
}
