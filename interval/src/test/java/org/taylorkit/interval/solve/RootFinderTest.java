package org.taylorkit.interval.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.enclosure.Box;

/**
 * {@link RootFinder}: containment of every true zero (closed forms, Apfloat Newton iterations as an
 * independent method), counts and statuses, and random polynomials built from their roots.
 */
class RootFinderTest {

    private static RootSearch find(String system, String box) {
        List<Expr> eqs = new ArrayList<>();
        for (String s : system.split(";")) {
            eqs.add(Expr.parse(s));
        }
        return RootFinder.of(eqs, Box.parse(box)).find();
    }

    private static boolean contains(Interval x, BigDecimal v) {
        return new BigDecimal(x.inf()).compareTo(v) <= 0 && v.compareTo(new BigDecimal(x.sup())) <= 0;
    }

    private static BigDecimal dec(Apfloat a) {
        return new BigDecimal(a.toString(true));
    }

    @Test
    void squareRootOfTwoBothSigns() {
        RootSearch r = find("x^2 - 2", "x=[-3,3]");
        assertThat(r.complete()).isTrue();
        assertThat(r.roots()).hasSize(2).allMatch(root -> root.status() == RootStatus.UNIQUE);
        BigDecimal sqrt2 = dec(ApfloatMath.sqrt(new Apfloat(2, 40)));
        assertThat(contains(r.roots().get(0).enclosure().get("x"), sqrt2.negate())).isTrue();
        assertThat(contains(r.roots().get(1).enclosure().get("x"), sqrt2)).isTrue();
        assertThat(r.roots().get(1).enclosure().get("x").wid()).isLessThan(1e-9);
    }

    /** Zeros of sin x − x²/10 + 1 by Newton's method in 40-digit Apfloat (a different method) from rough guesses. */
    private static BigDecimal newtonSine(double guess) {
        Apfloat x = new Apfloat(guess, 40);
        Apfloat tenth = new Apfloat("0.1", 40);
        for (int i = 0; i < 9; i++) { // quadratic convergence: 2 correct digits become > 40
            Apfloat f = ApfloatMath.sin(x).subtract(tenth.multiply(x).multiply(x)).add(new Apfloat(1, 40));
            Apfloat d = ApfloatMath.cos(x).subtract(new Apfloat(2, 40).multiply(tenth).multiply(x));
            x = x.subtract(f.divide(d));
        }
        return dec(x);
    }

    /** The four zeros, from the guesses −4.43, −3.11, −1.08, 3.15. */
    private static final BigDecimal[] SINE_ZEROS = {newtonSine(-4.43), newtonSine(-3.11), newtonSine(-1.08), newtonSine(3.15)};

    @Test
    void tuckersSineExampleHasFourUniqueZeros() {
        RootSearch r = find("sin(x) - 0.1*x^2 + 1", "x=[-10,10]");
        assertThat(r.complete()).isTrue();
        assertThat(r.roots()).hasSize(4).allMatch(root -> root.status() == RootStatus.UNIQUE);
        for (int i = 0; i < 4; i++) {
            assertThat(contains(r.roots().get(i).enclosure().get("x"), SINE_ZEROS[i]))
                    .as("zero %s in %s", SINE_ZEROS[i], r.roots().get(i)).isTrue();
        }
    }

    @Test
    void uniqueZerosAreRefinedBelowTheToleranceToAFewUlps() {
        // sin x = x/3: x* = ±2.27886266007582831269995110456 (mpmath findroot at 30 digits) and 0; over either box,
        // wherever the bisection leaves the zero, the Krawczyk iteration takes it to a few ulps (before:
        // 1.4e-13 wide over [-10, 10], 1.9e-15 over [0, 10])
        BigDecimal root = new BigDecimal("2.27886266007582831269995110456");
        for (String box : new String[] {"x=[-10,10]", "x=[0,10]", "x=[1,10]"}) {
            RootSearch r = find("sin(x) - x/3", box);
            assertThat(r.complete()).isTrue();
            Interval x = r.roots().get(r.roots().size() - 1).enclosure().get("x");
            assertThat(r.roots().get(r.roots().size() - 1).status()).isEqualTo(RootStatus.UNIQUE);
            assertThat(contains(x, root)).as("%s in %s", root, x).isTrue();
            assertThat(x.wid()).as("width over %s: %s", box, x).isLessThanOrEqualTo(4 * Math.ulp(2.28));
            if (box.startsWith("x=[-")) {
                Interval neg = r.roots().get(0).enclosure().get("x");
                assertThat(contains(neg, root.negate())).as("%s", neg).isTrue();
                assertThat(neg.wid()).as("%s", neg).isLessThanOrEqualTo(4 * Math.ulp(2.28));
            }
        }
    }

    @Test
    void circleAndParabolaMeetAtTwoPoints() {
        // x² + y² = 1, y = x²: y² + y − 1 = 0, so y = (√5 − 1)/2 and x = ±√y (closed form)
        RootSearch r = find("x^2 + y^2 - 1; y - x^2", "x=[-3,3],y=[-3,3]");
        assertThat(r.roots()).hasSize(2).allMatch(root -> root.status() == RootStatus.UNIQUE);
        Apfloat y = ApfloatMath.sqrt(new Apfloat(5, 40)).subtract(new Apfloat(1, 40)).divide(new Apfloat(2, 40));
        BigDecimal x = dec(ApfloatMath.sqrt(y));
        assertThat(contains(r.roots().get(0).enclosure().get("x"), x.negate())).isTrue();
        assertThat(contains(r.roots().get(1).enclosure().get("x"), x)).isTrue();
        for (Root root : r.roots()) {
            assertThat(contains(root.enclosure().get("y"), dec(y))).isTrue();
        }
    }

    @Test
    void doubleRootIsReportedUnknownAndEnclosed() {
        RootSearch r = find("(x - 1)^2", "x=[-3,3]");
        assertThat(r.complete()).isTrue();
        assertThat(r.roots()).hasSize(1);
        assertThat(r.roots().get(0).status()).isEqualTo(RootStatus.UNKNOWN);
        assertThat(r.roots().get(0).enclosure().get("x").contains(1.0)).isTrue();
    }

    @Test
    void zerosOnTheBoundaryAreFound() {
        RootSearch r = find("x*(x - 1)", "x=[0,1]");
        assertThat(r.roots()).hasSize(2).allMatch(root -> root.status() == RootStatus.UNIQUE);
        assertThat(r.roots().get(0).enclosure().get("x").contains(0.0)).isTrue();
        assertThat(r.roots().get(1).enclosure().get("x").contains(1.0)).isTrue();
    }

    @Test
    void noZeroGivesNoBox() {
        assertThat(find("exp(x) + 1", "x=[-5,5]").roots()).isEmpty();
        // sqrt is undefined left of 0: the zero of sqrt(x) − 1 at 1 is the only one
        RootSearch r = find("sqrt(x) - 1", "x=[-4,4]");
        assertThat(r.roots()).isNotEmpty();
        assertThat(r.roots()).anyMatch(root -> root.enclosure().get("x").contains(1.0));
    }

    @Test
    void aSmallBudgetIsReportedIncompleteButStillCoversTheZeros() {
        RootSearch r = RootFinder.of(List.of(Expr.parse("sin(x) - 0.1*x^2 + 1")), Box.parse("x=[-10,10]")).maxBoxes(3).find();
        assertThat(r.complete()).isFalse();
        for (BigDecimal z : SINE_ZEROS) {
            assertThat(r.roots()).anyMatch(root -> contains(root.enclosure().get("x"), z));
        }
    }

    @Test
    void badInputIsRejectedClearly() {
        assertThatThrownBy(() -> RootFinder.of(List.of(Expr.parse("x + y")), Box.parse("x=[0,1],y=[0,1]")))
                .hasMessageContaining("square");
        assertThatThrownBy(() -> RootFinder.of(List.of(Expr.parse("x + z")), Box.parse("x=[0,1]")))
                .hasMessageContaining("unknown variable 'z'");
        assertThatThrownBy(() -> RootFinder.of(List.of(Expr.parse("x")), Box.of("x", Interval.of(0, Double.POSITIVE_INFINITY))))
                .hasMessageContaining("bounded");
        assertThatThrownBy(() -> RootFinder.of(List.of(Expr.parse("x")), Box.parse("x=[0,1]")).tolerance(-1))
                .hasMessageContaining("tolerance");
    }

    static LongStream seeds() {
        return LongStream.range(0, 25).map(i -> 15_000 + i);
    }

    /**
     * A random polynomial of degree 2–5 with distinct roots {@code k/4}, {@code |k| ≤ 20}, expanded to
     * integer coefficients (times 4^degree, exact in double): every root is in exactly one unique box,
     * and there are exactly as many unique boxes as roots.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void polynomialsBuiltFromTheirRoots(long seed) {
        Random rnd = new Random(seed);
        int degree = 2 + rnd.nextInt(4);
        List<Integer> ks = new ArrayList<>();
        while (ks.size() < degree) {
            int k = rnd.nextInt(41) - 20;
            if (!ks.contains(k)) {
                ks.add(k);
            }
        }
        long[] c = {1}; // coefficients of Π (4x − k), lowest degree first
        for (int k : ks) {
            long[] next = new long[c.length + 1];
            for (int i = 0; i < c.length; i++) {
                next[i + 1] += 4 * c[i];
                next[i] -= (long) k * c[i];
            }
            c = next;
        }
        StringBuilder p = new StringBuilder("0");
        for (int i = c.length - 1; i >= 0; i--) {
            p = new StringBuilder("(" + p + ")*x + (" + c[i] + ")");
        }
        RootSearch r = find(p.toString(), "x=[-6,6]");
        String why = "seed " + seed + ", roots/4 " + ks + ", p = " + p + ", found " + r.roots();
        assertThat(r.complete()).as(why).isTrue();
        assertThat(r.uniqueCount()).as(why).isEqualTo(degree);
        for (int k : ks) {
            double root = k / 4.0;
            assertThat(r.roots().stream().filter(root1 -> root1.enclosure().get("x").contains(root)).count())
                    .as(why).isEqualTo(1);
        }
    }
}
