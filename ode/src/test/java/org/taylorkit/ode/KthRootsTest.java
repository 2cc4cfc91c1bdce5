package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link KthRoots} against 40-digit roots (Apfloat) and exact integer division. */
class KthRootsTest {

    /** y^{±1/k} to 40 digits by Apfloat (exp(±ln y / k)), rounded to double. */
    private static double reference(double y, int k, boolean inverse) {
        Apfloat x = new Apfloat(new java.math.BigDecimal(y), 40);
        Apfloat e = ApfloatMath.exp(ApfloatMath.log(x).divide(new Apfloat(inverse ? -k : k, 40)));
        return e.doubleValue();
    }

    /**
     * y^{1/k} and y^{−1/k} over 600 decades and 1 ≤ k ≤ 128 are within 1.5·10⁻¹⁵ relative of the
     * 40-digit value (a few ulps: about ten roundings of numbers near 1; measured at most 8·10⁻¹⁶).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void rootsAreWithinAFewUlpsOfTheFortyDigitValue(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double worst = 0;
        for (int i = 0; i < 60; i++) {
            int k = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(KthRoots.MAX_K) : 1 + rnd.nextInt(40);
            double y = Math.pow(10, rnd.nextDouble(-300, 300)) * rnd.nextDouble(1, 10);
            double root = KthRoots.root(y, k);
            double inverse = KthRoots.inverseRoot(y, k);
            double rootRef = reference(y, k, false);
            double inverseRef = reference(y, k, true);
            double e1 = Math.abs(root - rootRef) / rootRef;
            double e2 = Math.abs(inverse - inverseRef) / inverseRef;
            worst = Math.max(worst, Math.max(e1, e2));
            assertThat(e1).as("seed %d case %d: %s^(1/%d) = %s, 40 digits %s", seed, i, y, k, root, rootRef).isLessThanOrEqualTo(1.5e-15);
            assertThat(e2).as("seed %d case %d: %s^(-1/%d) = %s, 40 digits %s", seed, i, y, k, inverse, inverseRef)
                    .isLessThanOrEqualTo(1.5e-15);
        }
        System.out.println("KthRoots seed " + seed + ": worst relative error " + worst);
    }

    /** Exact powers: 2^{jk}'s k-th root is 2^j, and 3^k's is 3, to a few ulps. */
    @Test
    void exactPowersGiveTheirRoot() {
        for (int k = 1; k <= KthRoots.MAX_K; k++) {
            for (int j = -1000 / k; j <= 1000 / k; j += Math.max(1, 100 / k)) {
                double y = Math.scalb(1.0, j * k);
                assertThat(Math.abs(KthRoots.root(y, k) / Math.scalb(1.0, j) - 1)).as("2^(%d·%d)", j, k).isLessThanOrEqualTo(2e-15);
                assertThat(Math.abs(KthRoots.inverseRoot(y, k) / Math.scalb(1.0, -j) - 1)).as("2^(%d·%d)", j, k)
                        .isLessThanOrEqualTo(2e-15);
            }
        }
        for (int k = 1; k <= 30; k++) {
            assertThat(Math.abs(KthRoots.root(Math.pow(3, k), k) - 3) / 3).as("k = %d", k).isLessThanOrEqualTo(2e-15);
        }
    }

    /** The power of two's split d = a·k + b by multiplication is exact over the whole range used. */
    @Test
    void theExponentSplitIsExact() {
        for (int k = 1; k <= KthRoots.MAX_K; k++) {
            KthRoots.Table t = KthRoots.table(k);
            for (int d = -2100; d <= 2100; d++) {
                double got = KthRoots.powerOfTwo(t, d, 1.0);
                int a = Math.floorDiv(d, k);
                if (a < -1000 || a > 1000) {
                    assertThat(got).as("k = %d, d = %d", k, d).isNaN();
                } else {
                    double want = Math.scalb(t.twoFrac[Math.floorMod(d, k)], a);
                    assertThat(got).as("k = %d, d = %d", k, d).isEqualTo(want);
                }
            }
        }
    }
}
