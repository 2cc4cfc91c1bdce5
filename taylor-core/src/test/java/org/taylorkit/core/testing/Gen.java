package org.taylorkit.core.testing;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeded random generator for property tests, shared by every module's tests (taylor-core publishes
 * it in its test-jar). Use with
 * {@code @ParameterizedTest(name = "seed={0}") @MethodSource("org.taylorkit.core.testing.Gen#seeds")}
 * and build inputs with {@code new Gen(seed)}: a failure then names the seed, and the assertion
 * message should print the generated case ({@link #toString()} names the seed too).
 */
public final class Gen {

    /** Base of the fixed seed sequence; change only deliberately (it changes every property case). */
    public static final long BASE_SEED = 20_261_128L;

    private final long seed;
    private final SplittableRandom random;

    /** A generator for one property case. */
    public Gen(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** 50 fixed seeds: the default number of cases per property. */
    public static LongStream seeds() {
        return LongStream.range(0, 50).map(i -> BASE_SEED + 7919 * i);
    }

    /** The first 20 of the fixed seeds, for expensive properties (whole integrations). */
    public static LongStream fewSeeds() {
        return seeds().limit(20);
    }

    /** 200 fixed seeds, for cheap properties. */
    public static LongStream manySeeds() {
        return LongStream.range(0, 200).map(i -> BASE_SEED + 7919 * i);
    }

    /** The seed of this case. */
    public long seed() {
        return seed;
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Uniform integer in [lo, hi] (both inclusive). */
    public int intBetween(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** Random sign times a magnitude uniform in [lo, hi). */
    public double signedUniform(double lo, double hi) {
        double m = uniform(lo, hi);
        return random.nextBoolean() ? m : -m;
    }

    /**
     * {@code n} coefficients, the k-th uniform in [−scale^k, scale^k): a series with radius of
     * convergence about 1/scale, typical of analytic functions.
     */
    public double[] coefficients(int n, double scale) {
        double[] c = new double[n];
        double s = 1.0;
        for (int k = 0; k < n; k++) {
            c[k] = uniform(-s, s);
            s *= scale;
        }
        return c;
    }

    /** Whether a fair coin shows heads. */
    public boolean coin() {
        return random.nextBoolean();
    }

    @Override
    public String toString() {
        return "Gen(seed=" + seed + ")";
    }
}
