package org.taylorkit.interval.testing;

import java.util.stream.LongStream;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;

/**
 * Seeded random generator for the interval module's property tests: taylor-core's shared
 * {@link Gen} (same seeds, same draws) plus interval-specific cases. Use
 * {@code @ParameterizedTest(name = "seed={0}") @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")}
 * and {@code new IntervalGen(seed)}; a failure names the seed, and assertion messages print the
 * generated case ({@link #toString()} names the seed).
 *
 * <p>Besides uniform draws it produces the doubles that break interval code: zeros, subnormals,
 * values near underflow and overflow, huge and tiny magnitudes of both signs, integers, and
 * values with few significant bits (so that exact results occur).
 */
public final class IntervalGen {

    private final Gen gen;

    /** A generator for one property case. */
    public IntervalGen(long seed) {
        this.gen = new Gen(seed);
    }

    /** The shared fixed seeds ({@link Gen#seeds()}): the default number of cases per property. */
    public static LongStream seeds() {
        return Gen.seeds();
    }

    /** The shared 200 fixed seeds ({@link Gen#manySeeds()}), for cheap properties. */
    public static LongStream manySeeds() {
        return Gen.manySeeds();
    }

    /** The seed of this case. */
    public long seed() {
        return gen.seed();
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return gen.uniform(lo, hi);
    }

    /** Uniform integer in [lo, hi] (both inclusive). */
    public int intBetween(int lo, int hi) {
        return gen.intBetween(lo, hi);
    }

    /** Whether a fair coin shows heads. */
    public boolean coin() {
        return gen.coin();
    }

    /** Uniform integer in [0, n). */
    private int below(int n) {
        return gen.intBetween(0, n - 1);
    }

    /** A random sign times {@code m}. */
    public double signed(double m) {
        return coin() ? m : -m;
    }

    /** Positive, log-uniform: {@code 2^e} with {@code e} uniform in [minExp, maxExp), full mantissa. */
    public double logUniform(double minExp, double maxExp) {
        double e = uniform(minExp, maxExp);
        int ie = (int) Math.floor(e);
        double m = Math.pow(2, e - ie); // in [1, 2)
        m = Math.scalb(Math.floor(Math.scalb(m, 52)), -52); // a full 53-bit mantissa
        return Math.scalb(m, ie);
    }

    /**
     * A double from a mixture that covers the troublesome ranges: ordinary values, all
     * magnitudes from subnormal to near overflow, exact small integers and dyadics, and the
     * special finite values (±0, ±MIN_VALUE, ±MIN_NORMAL, ±MAX_VALUE). Never NaN or infinite.
     */
    public double anyFinite() {
        switch (below(10)) {
            case 0:
                return signed(logUniform(-1074, 1024));
            case 1:
                return signed(logUniform(-1074, -1000)); // subnormal and near underflow
            case 2:
                return signed(logUniform(900, 1024)); // near overflow
            case 3:
                return intBetween(-20, 20);
            case 4:
                return signed(intBetween(1, 1 << 20)) * Math.scalb(1.0, intBetween(-30, 10));
            case 5: {
                double[] special = {0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0,
                    0x1p-960, 0x1p-969, 0x1p-1022, 0x1.fffffffffffffp-1, 0x1.0000000000001p0};
                return signed(special[below(special.length)]);
            }
            case 6:
                return signed(logUniform(-60, 60));
            default:
                return uniform(-10, 10);
        }
    }

    /** A double with a moderate magnitude (2^−40 .. 2^40, random sign) or a small integer. */
    public double moderate() {
        if (below(5) == 0) {
            return intBetween(-8, 8);
        }
        return signed(logUniform(-40, 40));
    }

    /**
     * A nonempty interval of a random kind: point, thin (a few ulps), ordinary, straddling zero,
     * tiny near zero, huge, half-line or (rarely) the whole line.
     */
    public Interval anyInterval() {
        switch (below(12)) {
            case 0:
            case 1:
                return Interval.point(anyFinite());
            case 2: {
                double x = anyFinite();
                double y = x;
                for (int i = intBetween(1, 4); i > 0; i--) {
                    y = Math.nextUp(y);
                }
                return Double.isFinite(y) ? Interval.of(x, y) : Interval.point(x);
            }
            case 3:
                return Interval.of(-logUniform(-1074, 1024), logUniform(-1074, 1024));
            case 4: {
                double x = Math.abs(anyFinite());
                return coin() ? Interval.of(Double.NEGATIVE_INFINITY, signed(x)) : Interval.of(signed(x), Double.POSITIVE_INFINITY);
            }
            case 5:
                return below(4) == 0 ? Interval.entire() : ordered(moderate(), moderate());
            case 6:
                return ordered(signed(logUniform(-1074, -1000)), signed(logUniform(-1074, -1000)));
            default:
                return ordered(anyFinite(), anyFinite());
        }
    }

    /** An interval with bounds drawn uniformly in [lo, hi) (a point interval one time in five). */
    public Interval intervalIn(double lo, double hi) {
        double a = uniform(lo, hi);
        if (below(5) == 0) {
            return Interval.point(a);
        }
        return ordered(a, uniform(lo, hi));
    }

    /** The interval between two doubles in either order. */
    public Interval ordered(double a, double b) {
        return Interval.of(Math.min(a, b), Math.max(a, b));
    }

    /** A real member of a nonempty interval: a bound, the midpoint, or a random interior point. */
    public double memberOf(Interval x) {
        double lo = x.inf();
        double hi = x.sup();
        switch (below(5)) {
            case 0:
                if (Double.isFinite(lo)) {
                    return lo;
                }
                break;
            case 1:
                if (Double.isFinite(hi)) {
                    return hi;
                }
                break;
            case 2:
                return x.mid();
            default:
                break;
        }
        if (Double.isInfinite(lo) && Double.isInfinite(hi)) {
            return anyFinite();
        }
        if (Double.isInfinite(lo)) {
            return Math.max(hi - Math.abs(anyFinite()), -Double.MAX_VALUE);
        }
        if (Double.isInfinite(hi)) {
            return Math.min(lo + Math.abs(anyFinite()), Double.MAX_VALUE);
        }
        double t = uniform(0, 1);
        double v = lo / 2 * (1 - t) + hi / 2 * t;
        v = v * 2;
        return Math.min(Math.max(v, lo), hi);
    }

    @Override
    public String toString() {
        return "IntervalGen(seed=" + gen.seed() + ")";
    }
}
