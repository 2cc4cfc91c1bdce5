package org.taylorkit.interval.apfloat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.ApfloatIntervalGen;

/**
 * Seeded properties of the Apfloat reverse operations at {@value #DIGITS} digits: for random
 * boxes and random exact points {@code x} of them, the value {@code f(x)} is computed independently
 * ({@code ApfloatMath} at {@value #REF} digits, no code shared with the interval functions) and a
 * constraint C is built around it with margins of at least 10⁻⁴⁰ (so {@code f(x) ∈ C} holds for
 * certain, the reference being good to about 10⁻⁵⁸); then {@code x} must lie in the reverse result,
 * and the result must lie in the box. A failure names the seed and the case.
 */
class ApfloatReversePropertyTest {

    private static final long DIGITS = 30;
    private static final Apfloat ZERO = new Apfloat(0);
    private static final long REF = 60;
    private static final int CASES = 3;
    private static final String[] MARGINS = {"1e-40", "1e-20", "1e-6", "0.01", "0.3"};

    // ------------------------------------------------------------------ sin, cos, tan

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.ApfloatIntervalGen#seeds")
    void sinCosTanReverseHoldEveryPointOfTheBoxWhoseImageIsInC(long seed) {
        ApfloatIntervalGen g = new ApfloatIntervalGen(seed);
        for (int i = 0; i < CASES; i++) {
            ApfloatInterval box = box(g, 6, -1, 3);
            Apfloat x = pointOf(g, box);
            check(g, box, x, ApfloatMath::sin, ApfloatIntervalReverse::sinRev, "sinRev");
            check(g, box, x, ApfloatMath::cos, ApfloatIntervalReverse::cosRev, "cosRev");
            check(g, box, x, ApfloatMath::tan, ApfloatIntervalReverse::tanRev, "tanRev");
        }
    }

    private static void check(ApfloatIntervalGen g, ApfloatInterval box, Apfloat x, UnaryOperator<Apfloat> f,
            BinaryOperator<ApfloatInterval> reverse, String name) {
        Apfloat y = f.apply(x.precision(REF));
        ApfloatInterval c = around(g, y);
        ApfloatInterval r = reverse.apply(c, box);
        String what = g + ": " + name + "(C = " + c + ", X = " + box + ") = " + r + " must hold x = " + x
                + " (f(x) = " + y + ")";
        assertThat(r.contains(x)).as(what).isTrue();
        assertThat(r.isSubsetOf(box)).as(what + " inside X").isTrue();
    }

    // ------------------------------------------------------------------ atan2

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.ApfloatIntervalGen#seeds")
    void atan2ReverseHoldsBothCoordinatesOfEveryCompatiblePoint(long seed) {
        ApfloatIntervalGen g = new ApfloatIntervalGen(seed);
        for (int i = 0; i < CASES; i++) {
            ApfloatInterval ys = box(g, 5, -2, 1);
            ApfloatInterval xs = box(g, 5, -2, 1);
            if (g.chance(0.3)) {
                xs = ApfloatInterval.of("[-1, 1]", DIGITS).multiply(xs.abs()); // boxes around the axes
            }
            Apfloat y = pointOf(g, ys);
            Apfloat x = pointOf(g, xs);
            if (g.chance(0.3) && xs.contains(ZERO)) {
                x = ZERO; // on the y-axis: θ = ±π/2, where y = x·tan θ meets 0·∞
            } else if (g.chance(0.3) && ys.contains(ZERO)) {
                y = ZERO; // on the x-axis: θ = 0 or π
            }
            if (x.signum() == 0 && y.signum() == 0) {
                continue; // atan2 is undefined at the origin
            }
            Apfloat theta = ApfloatMath.atan2(y.precision(REF), x.precision(REF));
            ApfloatInterval c = around(g, theta);
            ApfloatInterval r1 = ApfloatIntervalReverse.atan2Rev1(xs, c, ys);
            ApfloatInterval r2 = ApfloatIntervalReverse.atan2Rev2(ys, c, xs);
            String what = g + ": atan2(y = " + y + ", x = " + x + ") = " + theta + " ∈ C = " + c + ", Y = " + ys
                    + ", X = " + xs + ": atan2Rev1 = " + r1 + ", atan2Rev2 = " + r2;
            assertThat(r1.contains(y)).as(what).isTrue();
            assertThat(r2.contains(x)).as(what).isTrue();
            assertThat(r1.isSubsetOf(ys) && r2.isSubsetOf(xs)).as(what).isTrue();
        }
    }

    // ------------------------------------------------------------------ pow

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.ApfloatIntervalGen#fewSeeds")
    void powReverseHoldsTheBaseAndTheExponentOfEveryCompatiblePoint(long seed) {
        ApfloatIntervalGen g = new ApfloatIntervalGen(seed);
        for (int i = 0; i < 2 * CASES; i++) { // 8 seeds (each case costs a dozen logarithms)
            ApfloatInterval bases = positiveBox(g);
            ApfloatInterval exponents = box(g, 5, -1, 0);
            Apfloat x = pointOf(g, bases);
            Apfloat y = pointOf(g, exponents);
            if (x.signum() == 0) {
                continue; // the base 0 (pow's domain edge) is covered by the ITF1788 vectors
            }
            Apfloat c = ApfloatMath.pow(x.precision(REF), y.precision(REF));
            Apfloat rel = ApfloatIntervalChecks.exact(MARGINS[g.intBetween(0, MARGINS.length - 1)]);
            Apfloat lo = c.subtract(c.multiply(rel)).precision(Apfloat.INFINITE);
            Apfloat hi = c.add(c.multiply(rel.multiply(new Apfloat(g.intBetween(1, 3))))).precision(Apfloat.INFINITE);
            ApfloatInterval cs = ApfloatInterval.of(lo, hi, DIGITS);
            ApfloatInterval r1 = ApfloatIntervalReverse.powRev1(exponents, cs, bases);
            ApfloatInterval r2 = ApfloatIntervalReverse.powRev2(bases, cs, exponents);
            String what = g + ": x = " + x + ", y = " + y + ", x^y = " + c + " ∈ C = " + cs + ", X = " + bases
                    + ", Y = " + exponents + ": powRev1 = " + r1 + ", powRev2 = " + r2;
            assertThat(r1.contains(x)).as(what).isTrue();
            assertThat(r2.contains(y)).as(what).isTrue();
            assertThat(r1.isSubsetOf(bases) && r2.isSubsetOf(exponents)).as(what).isTrue();
        }
    }

    // ------------------------------------------------------------------ generators

    /**
     * A box {@code [m − h, m + h]} with m a {@code sig}-digit decimal of magnitude {@code 10^eLo..10^eHi}
     * (or 0), h a point, tiny, small or large half-width; one in ten is half-unbounded or entire.
     */
    private static ApfloatInterval box(ApfloatIntervalGen g, int sig, int eLo, int eHi) {
        Apfloat m = g.chance(0.1) ? new Apfloat(0) : g.decimal(sig, eLo, eHi, true);
        String[] halves = {"0", "1e-25", "1e-7", "0.05", "0.5", "2", "7", "40"};
        Apfloat h = ApfloatIntervalChecks.exact(halves[g.intBetween(0, halves.length - 1)]);
        int shape = g.intBetween(0, 19);
        if (shape == 0) {
            return ApfloatInterval.atLeast(m.subtract(h), DIGITS);
        }
        if (shape == 1) {
            return ApfloatInterval.atMost(m.add(h), DIGITS);
        }
        if (shape == 2) {
            return ApfloatInterval.entire(DIGITS);
        }
        return ApfloatInterval.of(m.subtract(h), m.add(h), DIGITS);
    }

    /** A box of positive bases in {@code [10^-3, 10^3]} (sometimes with the end 0 or +∞). */
    private static ApfloatInterval positiveBox(ApfloatIntervalGen g) {
        Apfloat a = g.decimal(5, -3, 2, false);
        Apfloat b = a.multiply(ApfloatIntervalChecks.exact(new String[] {"1", "1.0000001", "1.5", "10"}[g.intBetween(0, 3)]));
        int shape = g.intBetween(0, 9);
        if (shape == 0) {
            return ApfloatInterval.of(new Apfloat(0), b, DIGITS);
        }
        if (shape == 1) {
            return ApfloatInterval.atLeast(a, DIGITS);
        }
        return ApfloatInterval.of(a, b, DIGITS);
    }

    /** An exact point of a box that is not empty: an end, or a 20-digit point between (near a finite end if unbounded). */
    private static Apfloat pointOf(ApfloatIntervalGen g, ApfloatInterval box) {
        Apfloat lo = box.isBoundedBelow() ? box.inf() : null;
        Apfloat hi = box.isBoundedAbove() ? box.sup() : null;
        if (lo == null && hi == null) {
            return g.decimal(8, -3, 3, true);
        }
        if (lo == null) {
            lo = hi.subtract(g.decimal(4, -2, 2, false));
        }
        if (hi == null) {
            hi = lo.add(g.decimal(4, -2, 2, false));
        }
        int k = g.intBetween(0, 5);
        Apfloat p = k == 0 ? lo : k == 1 ? hi : g.between(lo, hi, 20);
        if (p.signum() == 0 || box.contains(p)) {
            return box.contains(p) ? p : lo;
        }
        return lo;
    }

    /** {@code [y − d₁, y + d₂]} with margins from 10⁻⁴⁰ up, exact decimals; sometimes one side unbounded. */
    private static ApfloatInterval around(ApfloatIntervalGen g, Apfloat y) {
        Apfloat d1 = ApfloatIntervalChecks.exact(MARGINS[g.intBetween(0, MARGINS.length - 1)]);
        Apfloat d2 = ApfloatIntervalChecks.exact(MARGINS[g.intBetween(0, MARGINS.length - 1)]);
        Apfloat yy = y.precision(Apfloat.INFINITE);
        int shape = g.intBetween(0, 9);
        if (shape == 0) {
            return ApfloatInterval.atLeast(yy.subtract(d1), DIGITS);
        }
        if (shape == 1) {
            return ApfloatInterval.atMost(yy.add(d2), DIGITS);
        }
        return ApfloatInterval.of(yy.subtract(d1), yy.add(d2), DIGITS);
    }
}
