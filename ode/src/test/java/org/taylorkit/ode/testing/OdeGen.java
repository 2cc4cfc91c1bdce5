package org.taylorkit.ode.testing;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeded random generator for the ode module's property tests, following taylor-core's test
 * {@code Gen}: use with {@code @ParameterizedTest(name = "seed={0}")
 * @MethodSource("org.taylorkit.ode.testing.OdeGen#seeds")} and build inputs with
 * {@code new OdeGen(seed)}; put {@link #toString()} (which names the seed) in assertion messages.
 */
public final class OdeGen {

    /** Base of the fixed seed sequence (the same as taylor-core's). */
    public static final long BASE_SEED = 20_261_128L;

    private final long seed;
    private final SplittableRandom random;

    /** A generator for one property case. */
    public OdeGen(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** 20 fixed seeds: integrations are costlier than coefficient checks, so fewer cases. */
    public static LongStream seeds() {
        return LongStream.range(0, 20).map(i -> BASE_SEED + 7919 * i);
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

    /** Whether a fair coin shows heads. */
    public boolean coin() {
        return random.nextBoolean();
    }

    @Override
    public String toString() {
        return "OdeGen(seed=" + seed + ")";
    }
}
