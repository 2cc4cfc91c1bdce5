package org.taylorkit.core.multi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;
import org.taylorkit.core.testing.Gen;

class ProductScheduleTest {

    /** The product by brute force: every pair of monomials, exponents added, position looked up. */
    private static double[] bruteForce(MonomialIndex idx, double[] a, double[] b) {
        double[] out = new double[idx.size()];
        int n = idx.nvars();
        for (int p = 0; p < idx.size(); p++) {
            for (int q = 0; q < idx.size(); q++) {
                if (idx.degree(p) + idx.degree(q) > idx.order()) {
                    continue;
                }
                int[] e = idx.exponents(p);
                for (int v = 0; v < n; v++) {
                    e[v] += idx.exponent(q, v);
                }
                out[idx.position(e)] += a[p] * b[q];
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void scheduleProductEqualsBruteForce(long seed) {
        Gen g = new Gen(seed);
        int n = g.intBetween(1, 5);
        int order = g.intBetween(0, 6);
        MonomialIndex idx = MonomialIndex.of(n, order);
        double[] a = g.coefficients(idx.size(), 1.0);
        double[] b = g.coefficients(idx.size(), 1.0);
        double[] ref = bruteForce(idx, a, b);
        double[] out = new double[idx.size()];
        idx.schedule().mulInto(a, b, out);
        for (int p = 0; p < out.length; p++) {
            assertThat(out[p]).as("%s n=%d N=%d position %d", g, n, order, p)
                    .isCloseTo(ref[p], org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(ref[p]))));
        }
        Double[] ba = new Double[a.length];
        Double[] bb = new Double[b.length];
        Double[] bo = new Double[a.length];
        for (int i = 0; i < a.length; i++) {
            ba[i] = a[i];
            bb[i] = b[i];
        }
        idx.schedule().mulInto(BoxedDoubleArithmetic.INSTANCE, ba, bb, bo);
        for (int p = 0; p < out.length; p++) {
            assertThat(bo[p]).as("generic %s position %d", g, p)
                    .isCloseTo(ref[p], org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(ref[p]))));
        }
    }

    /** The first 10 of {@link Gen#seeds()}: each case below walks a 294 000-coefficient index. */
    static java.util.stream.LongStream fewSeeds() {
        return Gen.seeds().limit(10);
    }

    /** Sparse random products in an untabulated index against the pairwise definition. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("fewSeeds")
    void untabulatedSparseProductsEqualBruteForce(long seed) {
        Gen g = new Gen(seed);
        MonomialIndex idx = MonomialIndex.of(9, 12);
        double[] a = new double[idx.size()];
        double[] b = new double[idx.size()];
        int[] pa = new int[15];
        int[] pb = new int[15];
        for (int i = 0; i < pa.length; i++) {
            pa[i] = g.intBetween(0, idx.offset(7) - 1);
            pb[i] = g.intBetween(0, idx.offset(7) - 1);
            a[pa[i]] = g.uniform(-1, 1);
            b[pb[i]] = g.uniform(-1, 1);
        }
        double[] ref = new double[idx.size()];
        for (int p : distinct(pa)) {
            for (int q : distinct(pb)) {
                if (idx.degree(p) + idx.degree(q) <= 12) {
                    int[] e = idx.exponents(p);
                    for (int v = 0; v < 9; v++) {
                        e[v] += idx.exponent(q, v);
                    }
                    ref[idx.position(e)] += a[p] * b[q];
                }
            }
        }
        double[] out = new double[idx.size()];
        idx.schedule().mulInto(a, b, out);
        for (int p = 0; p < out.length; p++) {
            if (out[p] != ref[p]) {
                assertThat(out[p]).as("%s position %d", g, p)
                        .isCloseTo(ref[p], org.assertj.core.data.Offset.offset(1e-15));
            }
        }
    }

    private static int[] distinct(int[] xs) {
        return java.util.Arrays.stream(xs).distinct().toArray();
    }

    /** Above the table budget the destinations are computed from suffix sums; spot-check that path. */
    @ParameterizedTest(name = "n={0}, N={1}")
    @CsvSource({"4,40", "9,12"})
    void untabulatedIndexMultipliesMonomialsCorrectly(int n, int order) {
        MonomialIndex idx = MonomialIndex.of(n, order);
        assertThat(idx.schedule().isTabulated()).isFalse();
        int[] ea = new int[n];
        int[] eb = new int[n];
        ea[0] = order / 4;
        ea[n - 1] = order / 4;
        eb[1] = order / 3;
        eb[n - 1] = 1;
        double[] a = new double[idx.size()];
        double[] b = new double[idx.size()];
        a[idx.position(ea)] = 3.0;
        b[idx.position(eb)] = -2.0;
        a[0] = 1.0;
        double[] out = new double[idx.size()];
        idx.schedule().mulInto(a, b, out);
        int[] ec = ea.clone();
        for (int v = 0; v < n; v++) {
            ec[v] += eb[v];
        }
        assertThat(out[idx.position(ec)]).isEqualTo(-6.0);
        assertThat(out[idx.position(eb)]).isEqualTo(-2.0);
        double sum = 0;
        for (double v : out) {
            sum += Math.abs(v);
        }
        assertThat(sum).isEqualTo(8.0);
    }

    /**
     * Run-length-encoded blocks (two and three variables, dense series) against the brute-force product,
     * through the block walk {@code mulAddInto} (the dense kernels of {@code mulInto} sum in other orders).
     * Both add the products for each destination in the same order (left position, then right position),
     * starting from 0, so the results must be bit-identical.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void runEncodedProductEqualsBruteForceExactly(long seed) {
        Gen g = new Gen(seed);
        int n = g.intBetween(1, 4);
        int order = g.intBetween(1, n == 4 ? 8 : 14);
        MonomialIndex idx = MonomialIndex.of(n, order);
        double[] a = g.coefficients(idx.size(), 1.0);
        double[] b = g.coefficients(idx.size(), 1.0);
        a[g.intBetween(0, idx.size() - 1)] = 0.0;
        double[] ref = bruteForce(idx, a, b);
        double[] out = new double[idx.size()];
        idx.schedule().mulAddInto(a, b, out);
        for (int p = 0; p < out.length; p++) {
            assertThat(out[p]).as("%s n=%d N=%d position %d", g, n, order, p).isEqualTo(ref[p]);
        }
    }

    /**
     * A block whose left factor is the constant monomial is one run per row, so it is encoded iff the row
     * is long enough; two variables walk rows directly and encode nothing.
     */
    @ParameterizedTest(name = "N={0}")
    @CsvSource({"6", "12"})
    void constantLeftBlocksAreOneRun(int order) {
        MonomialIndex idx = MonomialIndex.of(3, order);
        for (int db = 0; db <= order; db++) {
            assertThat(idx.schedule().isRunEncoded(0, db)).as("block (0, %d)", db)
                    .isEqualTo(idx.count(db) >= ProductSchedule.MIN_MEAN_RUN);
        }
        assertThat(MonomialIndex.of(2, order).schedule().isRunEncoded(0, order)).isFalse();
    }

    /** One block through {@code mulAddPart} at offsets, run-encoded or not, against the pairwise definition. */
    @ParameterizedTest(name = "n={0}, N={1}, da={2}, db={3}")
    @CsvSource({"2,12,5,7", "3,9,4,5", "3,12,0,10", "3,12,2,9", "6,8,3,4", "6,8,1,7", "6,8,1,1", "4,6,0,6"})
    void singleBlockAtOffsetsEqualsPairwise(int n, int order, int da, int db) {
        MonomialIndex idx = MonomialIndex.of(n, order);
        Gen g = new Gen(31L * n + 7L * order + da);
        int na = idx.count(da);
        int nb = idx.count(db);
        int nc = idx.count(da + db);
        double[] a = g.coefficients(na + 3, 1.0);
        double[] b = g.coefficients(nb + 5, 1.0);
        double[] out = g.coefficients(nc + 2, 1.0);
        double[] ref = out.clone();
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                int[] e = idx.exponents(idx.offset(da) + i);
                for (int v = 0; v < n; v++) {
                    e[v] += idx.exponent(idx.offset(db) + j, v);
                }
                ref[2 + idx.position(e) - idx.offset(da + db)] += a[3 + i] * b[5 + j];
            }
        }
        idx.schedule().mulAddPart(a, 3, da, b, 5, db, out, 2);
        assertThat(out).as("encoded=%s", idx.schedule().isRunEncoded(da, db)).containsExactly(ref);
    }
}
