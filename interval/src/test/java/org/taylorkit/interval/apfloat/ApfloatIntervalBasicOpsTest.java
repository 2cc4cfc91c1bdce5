package org.taylorkit.interval.apfloat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.big;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.ApfloatIntervalGen;

/**
 * + − × ÷ sqr √ ∛ pown abs min max: test vectors written from the IEEE 1788 set definitions, and
 * containment properties checked with exact {@link BigDecimal} arithmetic (independent of Apfloat).
 */
class ApfloatIntervalBasicOpsTest {

    private static ApfloatInterval iv(String text) {
        return ApfloatInterval.of(text, 20);
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(delimiter = ';', value = {
        "[1, 2]; +; [3, 4]; [4, 6]",
        "[1, 2]; -; [1, 2]; [-1, 1]",
        "[-inf, 1]; +; [2, 3]; [-inf, 4]",
        "[entire]; +; [1, 1]; [entire]",
        "[1, inf]; -; [1, inf]; [entire]",
        "[empty]; +; [1, 2]; [empty]",
        "[0, 0]; *; [entire]; [0, 0]",
        "[0, 0]; *; [-inf, 3]; [0, 0]",
        "[1, 2]; *; [3, 4]; [3, 8]",
        "[-2, -1]; *; [3, 4]; [-8, -3]",
        "[-1, 2]; *; [-3, 4]; [-6, 8]",
        "[-1, 1]; *; [1, inf]; [entire]",
        "[0, 1]; *; [1, inf]; [0, inf]",
        "[-2, -1]; *; [1, inf]; [-inf, -1]",
        "[0.1, 0.1]; *; [10, 10]; [1, 1]",
        "[empty]; *; [0, 0]; [empty]",
        "[1, 2]; /; [0, 0]; [empty]",
        "[1, 2]; /; [0, 1]; [1, inf]",
        "[1, 2]; /; [-1, 0]; [-inf, -1]",
        "[1, 2]; /; [-1, 1]; [entire]",
        "[-2, -1]; /; [0, 1]; [-inf, -1]",
        "[-2, -1]; /; [-1, 0]; [1, inf]",
        "[0, 1]; /; [0, 1]; [0, inf]",
        "[0, 1]; /; [-1, 0]; [-inf, 0]",
        "[-1, 0]; /; [0, 1]; [-inf, 0]",
        "[-1, 0]; /; [-1, 0]; [0, inf]",
        "[0, 0]; /; [-1, 1]; [0, 0]",
        "[-1, 1]; /; [-1, 1]; [entire]",
        "[-1, 1]; /; [0, 2]; [entire]",
        "[6, 6]; /; [3, 3]; [2, 2]",
        "[1, 2]; /; [1, inf]; [0, 2]",
        "[1, 2]; /; [-inf, -1]; [-2, 0]",
        "[-inf, -1]; /; [-inf, -1]; [0, inf]",
        "[-6, 3]; /; [3, 6]; [-2, 1]",
        "[-6, 3]; /; [-6, -3]; [-1, 2]",
        "[3, 6]; /; [-6, -3]; [-2, -0.5]",
        "[1, 1]; /; [8, 8]; [0.125, 0.125]",
    })
    void ieee1788Vectors(String a, String op, String b, String expected) {
        ApfloatInterval x = iv(a);
        ApfloatInterval y = iv(b);
        ApfloatInterval r;
        switch (op) {
            case "+": r = x.add(y); break;
            case "-": r = x.subtract(y); break;
            case "*": r = x.multiply(y); break;
            default: r = x.divide(y); break;
        }
        assertThat(r).as("%s %s %s", a, op, b).isEqualTo(iv(expected));
    }

    @Test
    void inexactQuotientIsOneUnitWide() {
        ApfloatInterval third = iv("[1, 1]").divide(iv("[3, 3]"));
        assertThat(third.format()).isEqualTo("[0.33333333333333333333, 0.33333333333333333334]");
    }

    @Test
    void twoPieceDivision() {
        ApfloatInterval[] r = iv("[1, 2]").divideExtended(iv("[-1, 1]"));
        assertThat(r).containsExactly(iv("[-inf, -1]"), iv("[1, inf]"));
        r = iv("[-2, -1]").divideExtended(iv("[-1, 4]"));
        assertThat(r).containsExactly(iv("[-inf, -0.25]"), iv("[1, inf]"));
        assertThat(iv("[1, 2]").divideExtended(iv("[0, 0]"))).isEmpty();
        assertThat(iv("[-1, 1]").divideExtended(iv("[-1, 1]"))).containsExactly(iv("[entire]"));
        assertThat(iv("[1, 2]").divideExtended(iv("[0, 1]"))).containsExactly(iv("[1, inf]"));
        assertThat(iv("[1, 2]").divideExtended(iv("[2, 4]"))).containsExactly(iv("[0.25, 1]"));
    }

    @Test
    void squaresRootsAndPowers() {
        assertThat(iv("[-1, 2]").sqr()).isEqualTo(iv("[0, 4]"));
        assertThat(iv("[-3, -2]").sqr()).isEqualTo(iv("[4, 9]"));
        assertThat(iv("[-inf, -2]").sqr()).isEqualTo(iv("[4, inf]"));
        assertThat(iv("[4, 9]").sqrt()).isEqualTo(iv("[2, 3]"));
        assertThat(iv("[-1, 4]").sqrt()).isEqualTo(iv("[0, 2]"));
        assertThat(iv("[-2, -1]").sqrt().isEmpty()).isTrue();
        assertThat(iv("[0, inf]").sqrt()).isEqualTo(iv("[0, inf]"));
        assertThat(iv("[-27, 8]").cbrt()).isEqualTo(iv("[-3, 2]"));
        assertThat(iv("[entire]").cbrt()).isEqualTo(iv("[entire]"));
        assertThat(iv("[-1, 2]").pow(2)).isEqualTo(iv("[0, 4]"));
        assertThat(iv("[-2, -1]").pow(3)).isEqualTo(iv("[-8, -1]"));
        assertThat(iv("[-2, 3]").pow(3)).isEqualTo(iv("[-8, 27]"));
        assertThat(iv("[-1, 1]").pow(-2)).isEqualTo(iv("[1, inf]"));
        assertThat(iv("[-1, 1]").pow(-1)).isEqualTo(iv("[entire]"));
        assertThat(iv("[0, 1]").pow(-1)).isEqualTo(iv("[1, inf]"));
        assertThat(iv("[0, 0]").pow(-1).isEmpty()).isTrue();
        assertThat(iv("[2, 2]").pow(-2)).isEqualTo(iv("[0.25, 0.25]"));
        assertThat(iv("[-inf, -1]").pow(2)).isEqualTo(iv("[1, inf]"));
        assertThat(iv("[-inf, -1]").pow(3)).isEqualTo(iv("[-inf, -1]"));
        assertThat(iv("[entire]").pow(0)).isEqualTo(iv("[1, 1]"));
        assertThat(iv("[empty]").pow(0).isEmpty()).isTrue();
        assertThat(iv("[1.1, 1.1]").pow(10)).isEqualTo(iv("[2.5937424601, 2.5937424601]")); // exact: 11 digits
        ApfloatInterval twoTo100 = ApfloatInterval.of("2", 50).pow(100); // 31 digits: exact at 50
        assertThat(twoTo100).isEqualTo(ApfloatInterval.of("1267650600228229401496703205376", 50));
        assertThat(twoTo100.format()).isEqualTo("[1.267650600228229401496703205376e30, 1.267650600228229401496703205376e30]");
    }

    @Test
    void absMinMax() {
        assertThat(iv("[-3, 2]").abs()).isEqualTo(iv("[0, 3]"));
        assertThat(iv("[-3, -2]").abs()).isEqualTo(iv("[2, 3]"));
        assertThat(iv("[-inf, -2]").abs()).isEqualTo(iv("[2, inf]"));
        assertThat(iv("[1, 4]").min(iv("[2, 3]"))).isEqualTo(iv("[1, 3]"));
        assertThat(iv("[1, 4]").max(iv("[2, 3]"))).isEqualTo(iv("[2, 4]"));
        assertThat(iv("[1, inf]").min(iv("[2, 3]"))).isEqualTo(iv("[1, 3]"));
        assertThat(iv("[-inf, 1]").max(iv("[2, 3]"))).isEqualTo(iv("[2, 3]"));
        assertThat(iv("[empty]").min(iv("[2, 3]")).isEmpty()).isTrue();
    }

    // ------------------------------------------------------------------ properties

    private static ApfloatInterval randomInterval(ApfloatIntervalGen g, int p, List<Apfloat> points) {
        Apfloat a = g.decimal(g.intBetween(1, p), -8, 8, true);
        Apfloat b = g.chance(0.2) ? a : g.decimal(g.intBetween(1, p), -8, 8, true);
        if (a.compareTo(b) > 0) {
            Apfloat t = a;
            a = b;
            b = t;
        }
        boolean openBelow = g.chance(0.08);
        boolean openAbove = g.chance(0.08);
        points.add(a);
        points.add(b);
        points.add(g.between(a, b, p + 5));
        if (openBelow) {
            points.add(a.subtract(g.decimal(3, 0, 12, false)));
        }
        if (openAbove) {
            points.add(b.add(g.decimal(3, 0, 12, false)));
        }
        return ApfloatInterval.exact(openBelow ? null : a, openAbove ? null : b, p);
    }

    private static boolean contains(ApfloatInterval r, BigDecimal t) {
        return (!r.isBoundedBelow() || big(r.inf()).compareTo(t) <= 0)
                && (!r.isBoundedAbove() || t.compareTo(big(r.sup())) <= 0);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.ApfloatIntervalGen#seeds")
    void ringOperationsContainEveryExactPointResult(long seed) {
        ApfloatIntervalGen g = new ApfloatIntervalGen(seed);
        for (int round = 0; round < 5; round++) {
            int p = g.intBetween(1, 40);
            List<Apfloat> xs = new ArrayList<>();
            List<Apfloat> ys = new ArrayList<>();
            ApfloatInterval x = randomInterval(g, p, xs);
            ApfloatInterval y = randomInterval(g, p, ys);
            ApfloatInterval sum = x.add(y);
            ApfloatInterval diff = x.subtract(y);
            ApfloatInterval prod = x.multiply(y);
            ApfloatInterval quot = x.divide(y);
            ApfloatInterval min = x.min(y);
            ApfloatInterval max = x.max(y);
            for (Apfloat a : xs) {
                for (Apfloat b : ys) {
                    BigDecimal ab = big(a);
                    BigDecimal bb = big(b);
                    String c = g + " x=" + x + " y=" + y + " a=" + ab + " b=" + bb;
                    assertThat(contains(sum, ab.add(bb))).as("sum %s: %s", sum, c).isTrue();
                    assertThat(contains(diff, ab.subtract(bb))).as("diff %s: %s", diff, c).isTrue();
                    assertThat(contains(prod, ab.multiply(bb))).as("prod %s: %s", prod, c).isTrue();
                    assertThat(contains(min, ab.min(bb))).as("min %s: %s", min, c).isTrue();
                    assertThat(contains(max, ab.max(bb))).as("max %s: %s", max, c).isTrue();
                    if (bb.signum() != 0) {
                        // a/b ≥ lo ⇔ a ≥ lo·b (b > 0) or a ≤ lo·b (b < 0): exact, no division needed
                        int s = bb.signum();
                        boolean aboveLo = !quot.isBoundedBelow() || s * ab.compareTo(big(quot.inf()).multiply(bb)) >= 0;
                        boolean belowHi = !quot.isBoundedAbove() || s * ab.compareTo(big(quot.sup()).multiply(bb)) <= 0;
                        assertThat(aboveLo && belowHi).as("quot %s: %s", quot, c).isTrue();
                    }
                }
            }
            if (x.isPoint() && y.isPoint()) {
                for (ApfloatInterval r : new ApfloatInterval[] {sum, diff, prod, quot}) {
                    if (r.isBounded()) {
                        ApfloatIntervalChecks.assertTight(r, p, 1, g + " x=" + x + " y=" + y);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.ApfloatIntervalGen#seeds")
    void powersAndRootsContainEveryExactPointResult(long seed) {
        ApfloatIntervalGen g = new ApfloatIntervalGen(seed);
        for (int round = 0; round < 5; round++) {
            int p = g.intBetween(1, 40);
            List<Apfloat> xs = new ArrayList<>();
            ApfloatInterval x = randomInterval(g, p, xs);
            int n = g.intBetween(-6, 9);
            ApfloatInterval pow = x.pow(n);
            ApfloatInterval sqr = x.sqr();
            ApfloatInterval sqrt = x.sqrt();
            ApfloatInterval cbrt = x.cbrt();
            ApfloatInterval abs = x.abs();
            for (Apfloat a : xs) {
                BigDecimal ab = big(a);
                String c = g + " x=" + x + " a=" + ab + " n=" + n;
                assertThat(contains(sqr, ab.multiply(ab))).as("sqr %s: %s", sqr, c).isTrue();
                assertThat(contains(abs, ab.abs())).as("abs %s: %s", abs, c).isTrue();
                if (n >= 0) {
                    assertThat(contains(pow, ab.pow(n))).as("pow %s: %s", pow, c).isTrue();
                } else if (ab.signum() != 0) {
                    // a^n = 1/a^|n| ∈ [lo, hi] ⇔ lo·a^|n| ≤ 1 ≤ hi·a^|n| when a^|n| > 0 (reversed if < 0)
                    BigDecimal q = ab.pow(-n);
                    int s = q.signum();
                    boolean ok = (!pow.isBoundedBelow() || s * big(pow.inf()).multiply(q).compareTo(BigDecimal.ONE) <= 0)
                            && (!pow.isBoundedAbove() || s * big(pow.sup()).multiply(q).compareTo(BigDecimal.ONE) >= 0);
                    assertThat(ok).as("pow %s: %s", pow, c).isTrue();
                }
                if (ab.signum() >= 0) {
                    boolean ok = (big(sqrt.inf()).pow(2).compareTo(ab) <= 0)
                            && (!sqrt.isBoundedAbove() || big(sqrt.sup()).pow(2).compareTo(ab) >= 0);
                    assertThat(ok).as("sqrt %s: %s", sqrt, c).isTrue();
                }
                boolean ok = (!cbrt.isBoundedBelow() || big(cbrt.inf()).pow(3).compareTo(ab) <= 0)
                        && (!cbrt.isBoundedAbove() || big(cbrt.sup()).pow(3).compareTo(ab) >= 0);
                assertThat(ok).as("cbrt %s: %s", cbrt, c).isTrue();
            }
            if (x.isPoint()) {
                String c = g + " x=" + x + " n=" + n;
                for (ApfloatInterval r : new ApfloatInterval[] {pow, sqr, cbrt}) {
                    if (r.isBounded()) {
                        ApfloatIntervalChecks.assertTight(r, p, 1, c);
                    }
                }
                if (!sqrt.isEmpty()) {
                    ApfloatIntervalChecks.assertTight(sqrt, p, 1, c);
                }
            }
        }
    }
}
