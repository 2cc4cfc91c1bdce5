package org.taylorkit.ode.tape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which quotients of a tape the generated code emits together because they share a denominator
 * ({@link UnrolledQuotientGroups}); a pure analysis of the operation list, used by {@link TapeClassWriter}.
 * A grouping only moves where operations are emitted, never what they compute.
 */
final class QuotientGroups {

    private QuotientGroups() {
    }

    /**
     * Groups the quotients with a common denominator that can be computed at one place of the tape:
     * for each denominator, the place P among its quotients' places that gathers the most of them — a
     * later quotient joins if its numerator is computed before P (it moves up), an earlier one if no
     * operation between it and P reads it (it moves down). A group is kept only if the order in
     * which the operations are then emitted still computes every operation's inputs before it (each
     * slot is written by one operation; checked over the whole tape), so a group never changes what
     * is computed, only where (the outer solar system's three components d/(r²·√r²) of a pair; Kepler's
     * −x/D and −y/D).
     */
    static List<List<TapeOp>> of(List<TapeOp> ops) {
        int n = ops.size();
        Map<Integer, Integer> definedAt = new HashMap<>();
        for (int j = 0; j < n; j++) {
            for (int slot : ops.get(j).writtenSlots()) {
                definedAt.put(slot, j);
            }
        }
        List<List<TapeOp>> groups = new ArrayList<>(Collections.nCopies(n, (List<TapeOp>) null));
        Set<Integer> seen = new HashSet<>();
        for (int j = 0; j < n; j++) {
            TapeOp first = ops.get(j);
            if (first.kind() != TapeOpKind.DIV || !seen.add(first.b())) {
                continue;
            }
            List<Integer> places = new ArrayList<>();
            for (int m = j; m < n; m++) {
                if (ops.get(m).kind() == TapeOpKind.DIV && ops.get(m).b() == first.b()) {
                    places.add(m);
                }
            }
            if (places.size() < 2) {
                continue;
            }
            List<Integer> best = List.of();
            int bestPlace = -1;
            for (int place : places) {
                List<Integer> members = new ArrayList<>();
                for (int m : places) {
                    boolean joins = m == place
                            || (m > place && definedAt.getOrDefault(ops.get(m).a(), -1) < place)
                            || (m < place && !readBetween(ops, ops.get(m).out(), m, place));
                    if (joins) {
                        members.add(m);
                    }
                }
                if (members.size() > best.size()) {
                    best = members;
                    bestPlace = place;
                }
            }
            if (best.size() < 2) {
                continue;
            }
            List<TapeOp> group = new ArrayList<>();
            for (int m : best) {
                group.add(ops.get(m));
                groups.set(m, List.of());
            }
            groups.set(bestPlace, List.copyOf(group));
            if (!inputsFirst(ops, groups, definedAt)) { // keep the tape valid: undo this group
                for (int m : best) {
                    groups.set(m, null);
                }
            }
        }
        return groups;
    }

    /** Whether an operation strictly between {@code from} and {@code to} reads {@code slot}. */
    private static boolean readBetween(List<TapeOp> ops, int slot, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (ops.get(j).readSlots().contains(slot)) {
                return true;
            }
        }
        return false;
    }

    /** Whether, in the order of emission with these groups, every operation's inputs come before it. */
    private static boolean inputsFirst(List<TapeOp> ops, List<List<TapeOp>> groups, Map<Integer, Integer> definedAt) {
        Map<TapeOp, Integer> index = new IdentityHashMap<>();
        for (int j = 0; j < ops.size(); j++) {
            index.put(ops.get(j), j);
        }
        boolean[] done = new boolean[ops.size()];
        for (int j = 0; j < ops.size(); j++) {
            List<TapeOp> group = groups.get(j);
            List<TapeOp> emitted = group == null ? List.of(ops.get(j)) : group;
            for (TapeOp op : emitted) {
                int self = index.get(op);
                for (int slot : op.readSlots()) {
                    Integer d = definedAt.get(slot);
                    if (d != null && d != self && !done[d]) {
                        return false;
                    }
                }
                done[self] = true;
            }
        }
        return true;
    }
}
