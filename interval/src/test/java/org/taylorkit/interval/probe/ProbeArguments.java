package org.taylorkit.interval.probe;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The arguments of the rigorous-function probe: every ~4th subnormal exponent and every 17th
 * normal exponent from 2^−1074 to 2^1023 with the mantissas 1 (and 1.5 for subnormals) and 2 − 2^−52, the extremes
 * ({@code MIN_VALUE}, {@code MIN_NORMAL} and its neighbour, {@code MAX_VALUE}), and the branch
 * boundaries of the implementation (the thresholds in {@code Rigorous*}: 2^−54, 2^−30, 2^−27,
 * 2^−26, 0.35, 40, 2^20, 2^30, 2^±900, …) and of the functions (1, √½, √2, π/2, π, the
 * overflow and underflow thresholds of exp) with their two neighbours; both signs and zero.
 */
final class ProbeArguments {

    private static final double[] BOUNDARIES = {
        0x1p-54, 0x1p-30, 0x1p-27, 0x1p-26, 0x1p-20, 1e-15, 0x1p20, 0x1p30, 0x1p-900, 0x1p900, 0x1p52, 0x1p53,
        0.35, 0.5, 1.0, 2.0, 0.7071067811865476, 1.4142135623730951, 1.5707963267948966, 3.141592653589793,
        6.283185307179586, 4.71238898038469, 40.0, 6.0, 6.5, 27.0, 709.782712893384, 710.4758600739439,
        745.1332191019411, 744.4400719213812, 4096.0, 1e22, 0x1p1023,
    };

    private ProbeArguments() {
    }

    /** All probe arguments, sorted, each once. */
    static double[] all() {
        TreeSet<Double> set = new TreeSet<>();
        set.add(0.0);
        for (double m : magnitudes()) {
            set.add(m);
            set.add(-m);
        }
        return set.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] magnitudes() {
        TreeSet<Double> set = new TreeSet<>();
        for (int e = -1074; e < -1022; e += 4) {
            set.add(Math.scalb(1.0, e));
            set.add(Math.scalb(1.5, e));
        }
        for (int e = -1022; e <= 1023; e += 17) {
            for (double m : new double[] {1.0, Math.nextDown(2.0)}) {
                set.add(Math.scalb(m, e));
            }
        }
        set.addAll(Arrays.asList(Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE));
        for (double b : BOUNDARIES) {
            set.add(b);
            set.add(Math.nextDown(b));
            set.add(Math.nextUp(b));
        }
        set.removeIf(x -> !(x > 0) || Double.isInfinite(x));
        return set.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
