package org.taylorkit.interval.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * Seeded random generator for the Apfloat interval property tests. Use with
 * {@code @ParameterizedTest(name = "seed={0}") @MethodSource("org.taylorkit.interval.testing.ApfloatIntervalGen#seeds")}
 * and build inputs with {@code new ApfloatIntervalGen(seed)}; put the generated case in the
 * assertion message ({@link #toString()} names the seed).
 *
 * <p>Numbers are exact radix-10 Apfloats with infinite precision (decimal mantissas with a chosen
 * number of significant digits), so the tests know exactly which value they pass.
 */
public final class ApfloatIntervalGen {

    /** Base of the fixed seed sequence; change only deliberately. */
    public static final long BASE_SEED = 20_261_128L;

    private final long seed;
    private final SplittableRandom random;

    public ApfloatIntervalGen(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** 40 fixed seeds: the default number of cases per property. */
    public static LongStream seeds() {
        return LongStream.range(0, 40).map(i -> BASE_SEED + 104_729L * i);
    }

    /** 8 fixed seeds, for expensive properties (hundreds of digits). */
    public static LongStream fewSeeds() {
        return LongStream.range(0, 8).map(i -> BASE_SEED + 15_485_863L * i);
    }

    public long seed() {
        return seed;
    }

    /** Uniform integer in [lo, hi]. */
    public int intBetween(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /**
     * A random exact decimal {@code ±d.ddd…·10^e} with {@code sig} significant digits and
     * {@code e ∈ [eLo, eHi]}; negative with probability 1/2 when {@code signed}.
     */
    public Apfloat decimal(int sig, int eLo, int eHi, boolean signed) {
        StringBuilder digits = new StringBuilder();
        digits.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < sig; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        int e = intBetween(eLo, eHi);
        BigDecimal v = new BigDecimal(new BigInteger(digits.toString()), sig - 1 - e);
        if (signed && random.nextBoolean()) {
            v = v.negate();
        }
        return new Apfloat(v, Apfloat.INFINITE);
    }

    /** An exact decimal uniform (to {@code sig} digits of the fraction) in {@code [lo, hi]}. */
    public Apfloat between(Apfloat lo, Apfloat hi, int sig) {
        BigInteger k = new BigInteger(sig * 4, new java.util.Random(random.nextLong()));
        Apfloat scaleUnit = ApfloatMath.scale(new Apfloat(1, Apfloat.INFINITE), -sig);
        Apfloat u = new Apfloat(k.mod(BigInteger.TEN.pow(sig)), Apfloat.INFINITE).multiply(scaleUnit); // in [0, 1)
        return lo.add(hi.subtract(lo).multiply(u));
    }

    @Override
    public String toString() {
        return "ApfloatIntervalGen(seed=" + seed + ")";
    }
}
