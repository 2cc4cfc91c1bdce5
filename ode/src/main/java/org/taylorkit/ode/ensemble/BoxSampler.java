package org.taylorkit.ode.ensemble;

import java.util.SplittableRandom;

/**
 * Monte Carlo samples of a box: member i is uniform in [lo_j, hi_j] per component, drawn from a
 * generator seeded by (seed, i) alone. So member i is the same whatever order, thread or Spark
 * partition asks for it, and the same on every run with the same seed. Serializable (Spark ships it to
 * executors that draw their own members).
 */
public final class BoxSampler implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final double[] lo;
    private final double[] hi;
    private final long seed;

    /**
     * @param lo the lower corner
     * @param hi the upper corner, componentwise at least {@code lo}
     * @param seed the seed of the whole sample
     * @throws IllegalArgumentException on different lengths, non-finite bounds or lo &gt; hi
     */
    public BoxSampler(double[] lo, double[] hi, long seed) {
        if (lo.length != hi.length) {
            throw new IllegalArgumentException("the corners have " + lo.length + " and " + hi.length + " components");
        }
        for (int j = 0; j < lo.length; j++) {
            if (!Double.isFinite(lo[j]) || !Double.isFinite(hi[j]) || lo[j] > hi[j]) {
                throw new IllegalArgumentException("component " + j + ": need finite lo <= hi, got [" + lo[j] + ", " + hi[j] + "]");
            }
        }
        this.lo = lo.clone();
        this.hi = hi.clone();
        this.seed = seed;
    }

    /** The dimension of the box. */
    public int dimension() {
        return lo.length;
    }

    /** Sample {@code index} (a new array). */
    public double[] sample(long index) {
        SplittableRandom r = new SplittableRandom(mix(seed + index * GOLDEN));
        double[] x = new double[lo.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = lo[j] == hi[j] ? lo[j] : Math.min(hi[j], lo[j] + (hi[j] - lo[j]) * r.nextDouble());
        }
        return x;
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser (as in SplittableRandom's own mixing). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
