package org.taylorkit.ode.tape;

import java.util.Arrays;
import java.util.List;

/**
 * Where the generated code keeps each slot's coefficients in the one flat array. Every slot has its
 * flat place, coefficient k of slot i at i·stride + k (the layout {@link DoubleTapeRunner#values()}
 * documents). A slot of a {@link LaneGroups lane group} of w lanes instead lives in the group's
 * block after the flat slots: its coefficient k at block + k·W + lane, W = 2 or 4 (the vector
 * width; lanes beyond w are padding), so one vector load reads coefficient k of every lane. The flat
 * place of a grouped state is kept up to date as well (the step engine reads it); that of a grouped
 * operation is unused.
 *
 * <p>Package-private; immutable.
 */
final class SlotLayout {
    /** The flat stride: maxOrder + 2 (coefficients 0..maxOrder and a spare cell). */
    final int stride;
    /** Per slot, the index of its lane-group coefficient 0, or −1 (flat only); null without groups. */
    private final int[] laneStart;
    /** Per slot, the vector width of its group (the step between its coefficients). */
    private final int[] width;
    private final int cells;

    private SlotLayout(int stride, int[] laneStart, int[] width, int cells) {
        this.stride = stride;
        this.laneStart = laneStart;
        this.width = width;
        this.cells = cells;
    }

    /** The flat layout of {@code slotCount} slots. */
    static SlotLayout flat(int stride, int slotCount) {
        return new SlotLayout(stride, null, null, Math.multiplyExact(slotCount, stride));
    }

    /** The flat slots followed by one block of stride·W cells per group (W = {@link #vectorWidth}). */
    static SlotLayout lanes(int stride, int slotCount, LaneGroups groups) {
        int[] start = new int[slotCount];
        int[] width = new int[slotCount];
        Arrays.fill(start, -1);
        int next = Math.multiplyExact(slotCount, stride);
        List<int[]> all = groups.groups();
        for (int[] group : all) {
            int w = vectorWidth(group.length);
            for (int lane = 0; lane < group.length; lane++) {
                start[group[lane]] = next + lane;
                width[group[lane]] = w;
            }
            next = Math.addExact(next, Math.multiplyExact(w, stride));
        }
        return new SlotLayout(stride, start, width, next);
    }

    /** The vector width of a group of {@code lanes} lanes: 2 for two, else 4. */
    static int vectorWidth(int lanes) {
        return lanes <= 2 ? 2 : 4;
    }

    /** The number of doubles the layout needs. */
    int cells() {
        return cells;
    }

    /** Whether {@code slot} lives in a lane block. */
    boolean laned(int slot) {
        return laneStart != null && slot >= 0 && slot < laneStart.length && laneStart[slot] >= 0;
    }

    /** The index of coefficient k of {@code slot} (its lane block if grouped, else flat). */
    int index(int slot, int k) {
        return laned(slot) ? laneStart[slot] + k * width[slot] : slot * stride + k;
    }

    /** The flat index of coefficient k of {@code slot}. */
    int flatIndex(int slot, int k) {
        return slot * stride + k;
    }
}
