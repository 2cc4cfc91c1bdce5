package org.taylorkit.core.multi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.testing.Gen;

/**
 * The series product {@link ProductSchedule#mulInto} (dense kernels: one-variable convolution,
 * {@link TwoVariableProduct}, {@link GatherProduct}; sparse operands: the block walk) against a naive
 * reference that adds exponent vectors and collects the products in a hash map keyed by the packed
 * exponents (independent of the rank formula of {@link MonomialIndex#position}). With small integer
 * coefficients every partial sum is an exact integer, so any summation order must give the exact result.
 */
class DenseProductTest {

    /** Exponent vector of position p packed 4 bits per variable (orders ≤ 15, so sums never carry). */
    private static long[] packedKeys(MonomialIndex idx) {
        long[] k = new long[idx.size()];
        for (int p = 0; p < k.length; p++) {
            for (int v = 0; v < idx.nvars(); v++) {
                k[p] |= (long) idx.exponent(p, v) << (4 * v);
            }
        }
        return k;
    }

    /** The exact product of integer-valued series, by every pair of monomials with degree sum ≤ N. */
    private static double[] naiveIntegerProduct(MonomialIndex idx, double[] a, double[] b) {
        long[] key = packedKeys(idx);
        Map<Long, Long> sum = new HashMap<>();
        int order = idx.order();
        for (int p = 0; p < idx.size(); p++) {
            if (a[p] == 0.0) {
                continue;
            }
            int qEnd = idx.offset(order - idx.degree(p) + 1);
            for (int q = 0; q < qEnd; q++) {
                if (b[q] != 0.0) {
                    sum.merge(key[p] + key[q], (long) a[p] * (long) b[q], Long::sum);
                }
            }
        }
        double[] out = new double[idx.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = sum.getOrDefault(key[p], 0L);
        }
        return out;
    }

    /** Integers in [−4, 4], each zero with probability {@code zeroFraction}. */
    private static double[] integers(Gen g, int n, double zeroFraction) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = g.uniform(0, 1) < zeroFraction ? 0.0 : g.intBetween(-4, 4);
        }
        return c;
    }

    /** The largest order per number of variables that keeps the naive reference fast. */
    private static int maxOrder(int n) {
        return switch (n) {
            case 1, 2, 3 -> 12;
            case 4 -> 10;
            case 5 -> 8;
            default -> 6;
        };
    }

    private static double zeroFraction(Gen g) {
        double[] choices = {0.0, 0.0, 0.2, 0.45, 0.7, 0.95};
        return choices[g.intBetween(0, choices.length - 1)];
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void integerProductsAreExact(long seed) {
        Gen g = new Gen(seed);
        int n = g.intBetween(1, 6);
        int order = g.intBetween(0, maxOrder(n));
        MonomialIndex idx = MonomialIndex.of(n, order);
        double za = zeroFraction(g);
        double zb = zeroFraction(g);
        double[] a = integers(g, idx.size(), za);
        double[] b = integers(g, idx.size(), zb);
        double[] out = new double[idx.size()];
        idx.schedule().mulInto(a, b, out);
        assertThat(out).as("%s n=%d N=%d zeros %.2f/%.2f", g, n, order, za, zb)
                .containsExactly(naiveIntegerProduct(idx, a, b));
        // a·a with the same array on both sides
        idx.schedule().mulInto(a, a, out);
        assertThat(out).as("%s square n=%d N=%d", g, n, order).containsExactly(naiveIntegerProduct(idx, a, a));
    }

    /** Every number of variables at order 12, and the truncation edges (orders 0 and 1, top-degree terms). */
    @ParameterizedTest(name = "n={0}, N={1}")
    @CsvSource({"1,0", "1,1", "1,12", "2,0", "2,1", "2,2", "2,3", "2,12", "3,0", "3,1", "3,12", "4,12", "5,12",
        "6,0", "6,1", "6,12"})
    void integerProductsAreExactAtTheEdges(int n, int order) {
        Gen g = new Gen(1000L * n + order);
        MonomialIndex idx = MonomialIndex.of(n, order);
        double[] a = integers(g, idx.size(), 0.0);
        double[] b = integers(g, idx.size(), 0.0);
        // the top-degree terms only multiply the constant terms: make both non-zero
        a[0] = 3.0;
        b[0] = -2.0;
        double[] out = new double[idx.size()];
        idx.schedule().mulInto(a, b, out);
        assertThat(out).as("n=%d N=%d", n, order).containsExactly(naiveIntegerProduct(idx, a, b));
    }

    /** Arrays of a higher order are truncated by the shorter index (graded order: a prefix). */
    @ParameterizedTest(name = "n={0}, N={1}")
    @CsvSource({"1,7", "2,9", "3,6", "6,4"})
    void longerOperandsAreTruncated(int n, int order) {
        Gen g = new Gen(77L * n + order);
        MonomialIndex idx = MonomialIndex.of(n, order);
        MonomialIndex longer = MonomialIndex.of(n, order + 2);
        double[] a = integers(g, longer.size(), 0.0);
        double[] b = integers(g, longer.size(), 0.0);
        double[] out = new double[longer.size()];
        java.util.Arrays.fill(out, 9.0);
        idx.schedule().mulInto(a, b, out);
        double[] ref = naiveIntegerProduct(idx, java.util.Arrays.copyOf(a, idx.size()),
                java.util.Arrays.copyOf(b, idx.size()));
        assertThat(java.util.Arrays.copyOf(out, idx.size())).containsExactly(ref);
        assertThat(out[idx.size()]).as("entries past size() untouched").isEqualTo(9.0);
    }

    /**
     * Floating-point operands on the benchmark shapes: every coefficient within the standard summation
     * bound {@code k·ε·Σ|a_α||b_β|} (k = 256 covers the at most 231 terms of a coefficient here) of the
     * block walk, which sums the same products in another order.
     */
    @ParameterizedTest(name = "n={0}, N={1}")
    @CsvSource({"1,40", "2,16", "2,20", "2,31", "3,12", "6,8"})
    void doublesAgreeWithTheBlockWalk(int n, int order) {
        Gen g = new Gen(31L * n + order);
        MonomialIndex idx = MonomialIndex.of(n, order);
        double[] a = g.coefficients(idx.size(), 1.0);
        double[] b = g.coefficients(idx.size(), 1.0);
        double[] ref = new double[idx.size()];
        idx.schedule().mulAddInto(a, b, ref);
        double[] absA = new double[a.length];
        double[] absB = new double[b.length];
        for (int i = 0; i < a.length; i++) {
            absA[i] = Math.abs(a[i]);
            absB[i] = Math.abs(b[i]);
        }
        double[] bound = new double[idx.size()];
        idx.schedule().mulAddInto(absA, absB, bound);
        double[] out = new double[idx.size()];
        idx.schedule().mulInto(a, b, out);
        for (int p = 0; p < out.length; p++) {
            assertThat(Math.abs(out[p] - ref[p])).as("n=%d N=%d position %d", n, order, p)
                    .isLessThanOrEqualTo(256 * Math.ulp(1.0) * bound[p]);
        }
    }

    /**
     * A zero coefficient of the left operand times an infinite one of the right contributes nothing (the
     * documented skip), also when the operands are dense enough for the dense kernels.
     */
    @ParameterizedTest(name = "n={0}")
    @CsvSource({"1", "2", "3"})
    void zeroTimesInfinityContributesNothing(int n) {
        Gen g = new Gen(5L * n);
        MonomialIndex idx = MonomialIndex.of(n, 6);
        double[] a = integers(g, idx.size(), 0.0);
        double[] b = integers(g, idx.size(), 0.0);
        a[0] = 1.0;
        a[idx.offset(1)] = 0.0;
        b[idx.offset(2)] = Double.POSITIVE_INFINITY;
        double[] ref = new double[idx.size()];
        long[] key = packedKeys(idx);
        Map<Long, Integer> pos = new HashMap<>();
        for (int p = 0; p < key.length; p++) {
            pos.put(key[p], p);
        }
        for (int p = 0; p < idx.size(); p++) {
            if (a[p] == 0.0) {
                continue;
            }
            for (int q = 0; q < idx.size(); q++) {
                if (idx.degree(p) + idx.degree(q) <= idx.order()) {
                    ref[pos.get(key[p] + key[q])] += a[p] * b[q];
                }
            }
        }
        double[] out = new double[idx.size()];
        idx.schedule().mulInto(a, b, out);
        // a_{x0} = 0 times b_{x0²} = ∞ would be NaN at x0³; skipped, x0³ stays finite, x0² gets a_0·∞ = ∞
        int[] e = idx.exponents(idx.offset(2));
        e[0]++;
        assertThat(Double.isFinite(out[idx.position(e)])).as("x0³: %s", out[idx.position(e)]).isTrue();
        assertThat(out[idx.offset(2)]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(out).containsExactly(ref);
    }

    @Test
    void squaresOfTaylorNAreExact() {
        Variables xy = Variables.of("x", "y");
        TaylorN s = TaylorN.variable(xy, "x", 1.0, 12).add(TaylorN.variable(xy, "y", 2.0, 12)).add(1.0)
                .multiply(2.0);
        // s = 2(4 + u), u = x + y: s² = 64 + 32u + 4u²; a.multiply(a) passes the same array twice
        TaylorN sq = s.multiply(s);
        assertThat(sq.coefficient(0, 0)).isEqualTo(64.0);
        assertThat(sq.coefficient(1, 0)).isEqualTo(32.0);
        assertThat(sq.coefficient(1, 1)).isEqualTo(8.0);
        assertThat(sq.coefficient(0, 2)).isEqualTo(4.0);
        assertThat(sq.coefficient(3, 0)).isEqualTo(0.0);
        TaylorN cube = sq.multiply(s);
        // s³ = 8(4 + u)³ = 8(64 + 48u + 12u² + u³): x²y from u³ (3), xy from 12u² (12·2)
        assertThat(cube.coefficient(2, 1)).isEqualTo(24.0);
        assertThat(cube.coefficient(1, 1)).isEqualTo(192.0);
    }

    /** Concurrent two-variable products (per-thread scratch) and gather products give the exact results. */
    @Test
    void concurrentProductsAreIndependent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            java.util.List<Future<Boolean>> jobs = new java.util.ArrayList<>();
            for (int t = 0; t < 6; t++) {
                long seed = 900 + t;
                int n = t % 2 == 0 ? 2 : 3;
                jobs.add(pool.submit(() -> {
                    Gen g = new Gen(seed);
                    MonomialIndex idx = MonomialIndex.of(n, 10);
                    boolean ok = true;
                    for (int rep = 0; rep < 50; rep++) {
                        double[] a = integers(g, idx.size(), 0.0);
                        double[] b = integers(g, idx.size(), 0.0);
                        double[] out = new double[idx.size()];
                        idx.schedule().mulInto(a, b, out);
                        ok &= java.util.Arrays.equals(out, naiveIntegerProduct(idx, a, b));
                    }
                    return ok;
                }));
            }
            for (Future<Boolean> f : jobs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * After warm-up, {@code mulInto} allocates nothing: 2 000 products on 2 and 6 variables allocate far
     * less than one result array each would (HotSpot's per-thread allocation counter).
     */
    @Test
    void mulIntoDoesNotAllocate() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        if (!(mx instanceof com.sun.management.ThreadMXBean sun) || !sun.isThreadAllocatedMemorySupported()) {
            return;
        }
        long id = Thread.currentThread().getId();
        for (int[] shape : new int[][] {{2, 16}, {6, 4}, {1, 20}}) {
            MonomialIndex idx = MonomialIndex.of(shape[0], shape[1]);
            Gen g = new Gen(shape[0]);
            double[] a = g.coefficients(idx.size(), 1.0);
            double[] b = g.coefficients(idx.size(), 1.0);
            double[] out = new double[idx.size()];
            for (int i = 0; i < 200; i++) {
                idx.schedule().mulInto(a, b, out);
            }
            long before = sun.getThreadAllocatedBytes(id);
            for (int i = 0; i < 2000; i++) {
                idx.schedule().mulInto(a, b, out);
            }
            long allocated = sun.getThreadAllocatedBytes(id) - before;
            assertThat(allocated).as("bytes allocated by 2000 products %s", java.util.Arrays.toString(shape))
                    .isLessThan(16_000L);
        }
    }
}
