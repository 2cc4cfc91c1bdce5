package org.taylorkit.ode.tape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The part of a tape that may be expanded to a lower Taylor order q than the rest: the states
 * {@code first}, …, n − 1 (e.g. the variational equations appended to a system) and the operations that
 * only they need. An operation is <em>primary</em> if a primary state's right-hand side or an extra
 * output (an event function) depends on it, found by reachability backwards over
 * {@link TapeOp#readSlots()} and {@link TapeOp#writtenSlots()} from those slots; the other operations are
 * <em>secondary</em>. A runner given this part runs the secondary operations at orders k &lt; q only and
 * gives the secondary states zero coefficients above q; the primary states' coefficients are then
 * bit for bit those of the full expansion, since nothing they read depends on a skipped operation.
 *
 * <p>Immutable and thread-safe; equal parts (same tape split, same q) are equal values, so a generated
 * program can be cached by them.
 *
 * @param order q, the order the secondary states are expanded to (1 ≤ q)
 * @param firstState the first secondary state
 * @param secondaryOps per operation of the tape, whether it is secondary
 */
public record SecondaryPart(int order, int firstState, List<Boolean> secondaryOps) {

    /** Checks and copies. */
    public SecondaryPart {
        if (order < 1) {
            throw new IllegalArgumentException("the order of the secondary states must be at least 1, got " + order);
        }
        secondaryOps = List.copyOf(secondaryOps);
    }

    /**
     * The split of {@code tape} with states {@code firstState}..n−1 secondary, expanded to order q.
     *
     * @throws IllegalArgumentException if q &lt; 1, {@code firstState} is not in 1..n−1, or a primary state's
     *     right-hand side or an output reads a secondary state (naming both)
     */
    public static SecondaryPart of(TaylorTape tape, int firstState, int q) {
        int n = tape.stateCount();
        if (firstState < 1 || firstState >= n) {
            throw new IllegalArgumentException("the first secondary state must be in 1.." + (n - 1) + " (of " + n
                    + " states), got " + firstState);
        }
        boolean[] needed = new boolean[tape.slotCount()];
        for (int i = 0; i < firstState; i++) {
            needed[tape.rhsSlot(i)] = true;
        }
        for (int j = 0; j < tape.outputCount(); j++) {
            needed[tape.outputSlot(j)] = true;
        }
        List<TapeOp> ops = tape.ops();
        Boolean[] secondary = new Boolean[ops.size()];
        for (int j = ops.size() - 1; j >= 0; j--) { // operations in order of evaluation: readers after writers
            TapeOp op = ops.get(j);
            boolean primary = false;
            for (int s : op.writtenSlots()) {
                primary |= needed[s];
            }
            secondary[j] = !primary;
            if (primary) {
                for (int s : op.readSlots()) {
                    needed[s] = true;
                }
            }
        }
        for (int i = firstState; i < n; i++) {
            if (needed[i]) {
                throw new IllegalArgumentException("state " + tape.stateNames().get(i) + " cannot be expanded to a lower"
                        + " order: the right-hand side of a state before " + tape.stateNames().get(firstState)
                        + " or an event function depends on it");
            }
        }
        return new SecondaryPart(q, firstState, Arrays.asList(secondary));
    }

    /** The number of secondary operations. */
    int secondaryCount() {
        int count = 0;
        for (boolean s : secondaryOps) {
            count += s ? 1 : 0;
        }
        return count;
    }

    /** The indices of the primary operations, in tape order. */
    int[] primaryOps() {
        List<Integer> list = new ArrayList<>();
        for (int j = 0; j < secondaryOps.size(); j++) {
            if (!secondaryOps.get(j)) {
                list.add(j);
            }
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
