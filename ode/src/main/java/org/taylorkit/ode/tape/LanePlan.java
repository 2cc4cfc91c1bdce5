package org.taylorkit.ode.tape;

import static org.objectweb.asm.Opcodes.DALOAD;
import static org.objectweb.asm.Opcodes.DASTORE;
import static org.objectweb.asm.Opcodes.DMUL;

import static org.objectweb.asm.Opcodes.ALOAD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The program of one order when the tape has {@link LaneGroups lane groups}: the operations in an
 * order of emission where the members of each group are adjacent (one unit), each unit emitted as
 * vector code ({@link LaneEmitter}) where its operands allow it and lane by lane in scalar code
 * otherwise, then the state update. The units follow the tape's order as far as their inputs allow
 * (a topological order of the units, the earliest tape position first), so every operation still
 * reads only coefficients computed before it.
 *
 * <p>The grouped states live in their lane blocks and at their flat places ({@link SlotLayout}):
 * order 0 first copies the flat coefficient 0 (written by the runner) into the lane block, and the
 * state update after order k writes x_{k+1} = f_k · fl(1/(k + 1)) to both — the same product, so the
 * same bits as the flat program's update.
 *
 * <p>Package-private; immutable.
 */
final class LanePlan {
    private final List<TapeOp> ops;
    private final int[] coefficientBase;
    private final LaneGroups groups;
    private final SlotLayout layout;
    private final int[] rhs;
    /** The units in emission order: each the indices of its operations (a group's in lane order). */
    private final List<int[]> units;
    /** The units written as vector code at some order (not counting measuring passes). */
    private final Set<int[]> vectorUnits = Collections.newSetFromMap(new IdentityHashMap<>());

    LanePlan(List<TapeOp> ops, int[] coefficientBase, LaneGroups groups, SlotLayout layout, int[] rhs) {
        this.ops = ops;
        this.coefficientBase = coefficientBase;
        this.groups = groups;
        this.layout = layout;
        this.rhs = rhs;
        this.units = schedule();
    }

    /** The number of pieces of a program: the units, then the state update. */
    int pieces() {
        return units.size() + 1;
    }

    /** The number of lane groups of operations written as vector code at some order so far. */
    int vectorUnits() {
        return vectorUnits.size();
    }

    /** Emits piece j at the constant order c.order (order 0 begins with the copy of the grouped states). */
    void piece(CodeEmitter c, int j) {
        if (j == 0 && c.order == 0) {
            copyStates(c);
        }
        if (j < units.size()) {
            unit(c, units.get(j));
        } else {
            update(c);
        }
    }

    private void unit(CodeEmitter c, int[] members) {
        if (members.length > 1) {
            List<TapeOp> lanes = new ArrayList<>();
            for (int m : members) {
                lanes.add(ops.get(m));
            }
            if (groups.vectorOperands(lanes) && vectorised(c, lanes, members[0])) {
                if (c.mv != null) {
                    vectorUnits.add(members);
                }
                return;
            }
        }
        for (int m : members) {
            GenericOps.emit(c, ops.get(m), coefficientBase[m]);
        }
    }

    /**
     * Emits lane 0's operation as vector code for the group and returns true, or returns false
     * (nothing emitted) if some instruction has no lane-wise form at this order.
     */
    private boolean vectorised(CodeEmitter c, List<TapeOp> lanes, int first) {
        int width = SlotLayout.vectorWidth(lanes.size());
        LaneEmitter trial = new LaneEmitter(null, layout, groups, c.order, width);
        try {
            GenericOps.emit(trial, lanes.get(0), coefficientBase[first]);
        } catch (UnsupportedOperationException e) {
            return false;
        }
        if (c.mv != null) { // written for real; a measuring caller takes the trial's size
            GenericOps.emit(new LaneEmitter(c.mv, layout, groups, c.order, width), lanes.get(0), coefficientBase[first]);
        }
        c.grow(trial.size());
        return true;
    }

    /** Order 0: each grouped state's coefficient 0 from its flat place into its lane block. */
    private void copyStates(CodeEmitter c) {
        for (int i = 0; i < rhs.length; i++) {
            if (layout.laned(i)) {
                c.target(i, 0);
                flat(c, i, 0);
                c.op(DALOAD);
                c.op(DASTORE);
            }
        }
    }

    /** Pushes c and the flat index of coefficient k of {@code slot}. */
    private static void flat(CodeEmitter c, int slot, int k) {
        c.load(ALOAD, 0);
        c.pushInt(c.layout.flatIndex(slot, k));
    }

    /**
     * The state update after order k: per group of states whose right-hand sides are a group in the
     * same lane order, one vector product into the lane block, other grouped states lane by lane;
     * then every state's flat place (for a grouped state the same product again: the same bits).
     */
    private void update(CodeEmitter c) {
        int k = c.order;
        double scale = TapeCompiler.stateScale(k);
        for (int[] group : groups.groups()) {
            if (group[0] >= rhs.length) {
                continue; // a group of operations
            }
            if (alignedRhs(group)) {
                LaneEmitter v = new LaneEmitter(c.mv, layout, groups, k, SlotLayout.vectorWidth(group.length));
                v.target(group[0], k + 1);
                v.coefficient(rhs[group[0]], k);
                v.doubleConstant(scale);
                v.op(DMUL);
                v.op(DASTORE);
                c.grow(v.size());
            } else {
                for (int s : group) {
                    c.target(s, k + 1);
                    c.coefficient(rhs[s], k);
                    c.doubleConstant(scale);
                    c.op(DMUL);
                    c.op(DASTORE);
                }
            }
        }
        for (int i = 0; i < rhs.length; i++) {
            flat(c, i, k + 1);
            c.coefficient(rhs[i], k);
            c.doubleConstant(scale);
            c.op(DMUL);
            c.op(DASTORE);
        }
    }

    /** Whether the right-hand sides of a group of states are, lane by lane, one group of the same width. */
    private boolean alignedRhs(int[] group) {
        int h = groups.groupOf(rhs[group[0]]);
        if (h < 0 || groups.groups().get(h).length != group.length) {
            return false;
        }
        for (int lane = 0; lane < group.length; lane++) {
            if (groups.groupOf(rhs[group[lane]]) != h || groups.laneOf(rhs[group[lane]]) != lane) {
                return false;
            }
        }
        return true;
    }

    /**
     * The units (a group's operations together, every other operation alone) in a topological order
     * of their inputs, the unit with the earliest tape position first among those ready.
     */
    private List<int[]> schedule() {
        int n = ops.size();
        int[] unitOf = new int[n];
        List<int[]> all = new ArrayList<>();
        Map<Integer, Integer> groupUnit = new HashMap<>();
        for (int j = 0; j < n; j++) {
            int g = groups.groupOf(ops.get(j).out());
            if (g < 0) {
                unitOf[j] = all.size();
                all.add(new int[] {j});
                continue;
            }
            Integer u = groupUnit.get(g);
            if (u == null) {
                u = all.size();
                groupUnit.put(g, u);
                all.add(new int[groups.groups().get(g).length]);
            }
            unitOf[j] = u;
            all.get(u)[groups.laneOf(ops.get(j).out())] = j;
        }
        Map<Integer, Integer> writer = new HashMap<>();
        for (int j = 0; j < n; j++) {
            for (int s : ops.get(j).writtenSlots()) {
                writer.put(s, j);
            }
        }
        int[] waiting = new int[all.size()];
        List<List<Integer>> dependents = new ArrayList<>();
        for (int u = 0; u < all.size(); u++) {
            dependents.add(new ArrayList<>());
        }
        for (int u = 0; u < all.size(); u++) {
            Set<Integer> inputs = new HashSet<>();
            for (int m : all.get(u)) {
                for (int s : ops.get(m).readSlots()) {
                    Integer w = writer.get(s);
                    if (w != null && unitOf[w] != u) {
                        inputs.add(unitOf[w]);
                    }
                }
            }
            waiting[u] = inputs.size();
            for (int v : inputs) {
                dependents.get(v).add(u);
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>((x, y) -> Integer.compare(first(all.get(x)), first(all.get(y))));
        for (int u = 0; u < all.size(); u++) {
            if (waiting[u] == 0) {
                ready.add(u);
            }
        }
        List<int[]> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int u = ready.poll();
            order.add(all.get(u));
            for (int v : dependents.get(u)) {
                if (--waiting[v] == 0) {
                    ready.add(v);
                }
            }
        }
        if (order.size() != all.size()) {
            throw new IllegalStateException("lane groups whose inputs depend on each other");
        }
        return order;
    }

    private static int first(int[] members) {
        int f = Integer.MAX_VALUE;
        for (int m : members) {
            f = Math.min(f, m);
        }
        return f;
    }
}
