package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * Containment of the reverse operations, by their definition: whenever a sampled {@code x ∈ X}
 * provably satisfies the constraint (the forward enclosure of {@code f} at the point lies inside
 * {@code C}), {@code x} must belong to {@code fRev(C, X)}. The constraint sets are forward images
 * of random intervals around the sampled point, so most samples are hits; each property asserts
 * that it checked some. Seeded ({@link IntervalGen}); a failure prints the seed and the case.
 */
class IeeeReverseContainmentTest {

    private static final int SAMPLES = 60;

    /** Checks one unary reverse operation against its forward function. */
    private static void checkUnary(long seed, double scale, UnaryOperator<Interval> f,
            BiFunction<Interval, Interval, Interval> rev, String name) {
        IntervalGen g = new IntervalGen(seed);
        int hits = 0;
        for (int i = 0; i < SAMPLES; i++) {
            Interval x = g.intervalIn(-scale, scale);
            double p = g.memberOf(x);
            Interval around = g.ordered(p, p + g.uniform(-scale, scale) / 8);
            Interval c = f.apply(around);
            if (g.coin()) {
                c = c.hull(f.apply(Interval.point(g.uniform(-scale, scale))));
            }
            Interval fp = f.apply(Interval.point(p));
            if (fp.isEmpty() || !fp.subsetOf(c)) {
                continue;
            }
            hits++;
            Interval r = rev.apply(c, x);
            assertThat(r.contains(p)).as("%s: %s(C=%s, X=%s) = %s misses x=%s (f(x) ⊆ %s)", g, name, c, x, r, p, fp)
                    .isTrue();
        }
        assertThat(hits).as("%s: %s checked no point", g, name).isGreaterThan(SAMPLES / 4);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void algebraicReverseOperationsKeepEverySolution(long seed) {
        checkUnary(seed, 10, Interval::sqr, IntervalReverse::sqrRev, "sqrRev");
        checkUnary(seed, 10, Interval::abs, IntervalReverse::absRev, "absRev");
        checkUnary(seed, 5, Interval::cosh, IntervalReverse::coshRev, "coshRev");
        int n = new IntervalGen(seed).intBetween(-6, 7);
        checkUnary(seed, 4, x -> x.pow(n), (c, x) -> IntervalReverse.pownRev(c, x, n), "pownRev n=" + n);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void trigonometricReverseOperationsKeepEverySolution(long seed) {
        double scale = new IntervalGen(seed).coin() ? 20 : 1e5;
        checkUnary(seed, scale, Interval::sin, IntervalTrigReverse::sinRev, "sinRev");
        checkUnary(seed, scale, Interval::cos, IntervalTrigReverse::cosRev, "cosRev");
        checkUnary(seed, scale, Interval::tan, IntervalTrigReverse::tanRev, "tanRev");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void binaryReverseOperationsKeepEverySolution(long seed) {
        IntervalGen g = new IntervalGen(seed);
        int hits = 0;
        for (int i = 0; i < SAMPLES; i++) {
            Interval x = g.intervalIn(-8, 8);
            Interval b = g.intervalIn(-8, 8);
            double px = g.memberOf(x);
            double pb = g.memberOf(b);
            Interval xs = g.ordered(px, px + g.uniform(-1, 1));
            Interval bs = g.ordered(pb, pb + g.uniform(-1, 1));
            Interval pX = Interval.point(px);
            Interval pB = Interval.point(pb);
            // mul: b·x ∈ C
            hits += check(g, "mulRev", pB.multiply(pX), xs.multiply(bs), c -> IntervalReverse.mulRev(b, c, x), px);
            Interval[] pair = IntervalReverse.mulRevToPair(b, xs.multiply(bs));
            assertThat(pair[0].contains(px) || pair[1].contains(px) || !pB.multiply(pX).subsetOf(xs.multiply(bs)))
                    .as("%s: mulRevToPair(%s, %s) misses %s", g, b, xs.multiply(bs), px).isTrue();
            // pow(x, y) on x > 0: x ∈ powRev1(B, C, X), y ∈ powRev2(A, C, Y)
            Interval xPos = x.abs();
            double qx = Math.abs(px);
            Interval qs = xs.abs();
            hits += check(g, "powRev1", IntervalPowers.pow(Interval.point(qx), pB), IntervalPowers.pow(qs, bs),
                    c -> IntervalReverse.powRev1(b, c, xPos), qx);
            hits += check(g, "powRev2", IntervalPowers.pow(Interval.point(qx), pB), IntervalPowers.pow(qs, bs),
                    c -> IntervalReverse.powRev2(xPos, c, b), pb);
            // atan2(y, x): y ∈ atan2Rev1(B_x, C, Y), x ∈ atan2Rev2(A_y, C, X)
            hits += check(g, "atan2Rev1", pX.atan2(pB), xs.atan2(bs), c -> IntervalTrigReverse.atan2Rev1(b, c, x), px);
            hits += check(g, "atan2Rev2", pX.atan2(pB), xs.atan2(bs), c -> IntervalTrigReverse.atan2Rev2(x, c, b), pb);
        }
        assertThat(hits).as("%s: checked points", g).isGreaterThan(SAMPLES);
    }

    /** One sample: when {@code fPoint ⊆ c}, the reverse result must contain {@code member}. */
    private static int check(IntervalGen g, String name, Interval fPoint, Interval c,
            UnaryOperator<Interval> rev, double member) {
        if (fPoint.isEmpty() || !fPoint.subsetOf(c)) {
            return 0;
        }
        Interval r = rev.apply(c);
        assertThat(r.contains(member)).as("%s: %s with C=%s gave %s, missing %s", g, name, c, r, member).isTrue();
        return 1;
    }
}
