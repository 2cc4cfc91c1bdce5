package org.taylorkit.core.multi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;

/**
 * {@link RowProduct} (the row walk of untabulated blocks) against the definition of the block walk it
 * replaces: every product {@code a_i·b_j} added at its destination ({@link MonomialIndex#productRank}),
 * left monomial by left monomial, zero left coefficients skipped. The two must agree bit for bit.
 */
class RowProductTest {

    /** The block walk by the definition: i ascending, then j ascending, one look-up per product. */
    private static void reference(MonomialIndex idx, double[] a, int da, double[] b, int db, double[] out) {
        int oa = idx.offset(da);
        int ob = idx.offset(db);
        int oc = idx.offset(da + db);
        for (int i = 0; i < idx.count(da); i++) {
            double ai = a[oa + i];
            if (ai == 0.0) {
                continue;
            }
            for (int j = 0; j < idx.count(db); j++) {
                out[oc + idx.productRank(oa + i, ob + j)] += ai * b[ob + j];
            }
        }
    }

    /** Random series in 3–6 variables, some coefficients zero, one sometimes infinite: every block. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void rowWalkEqualsBlockWalkBitForBit(long seed) {
        Gen g = new Gen(seed);
        int n = g.intBetween(3, 6);
        int order = g.intBetween(0, n <= 4 ? 9 : 6);
        MonomialIndex idx = MonomialIndex.of(n, order);
        double[] a = g.coefficients(idx.size(), 1.0);
        double[] b = g.coefficients(idx.size(), 1.0);
        for (int k = 0; k < idx.size() / 3; k++) {
            a[g.intBetween(0, idx.size() - 1)] = 0.0;
            b[g.intBetween(0, idx.size() - 1)] = 0.0;
        }
        if (g.coin()) {
            int p = g.intBetween(0, idx.size() - 1);
            a[p] = 0.0;
            b[p] = Double.POSITIVE_INFINITY;
        }
        RowProduct rows = new RowProduct(idx);
        for (int da = 0; da <= order; da++) {
            for (int db = 0; da + db <= order; db++) {
                double[] expected = new double[idx.size()];
                double[] actual = new double[idx.size()];
                reference(idx, a, da, b, db, expected);
                rows.mulAdd(a, idx.offset(da), da, b, idx.offset(db), db, actual, idx.offset(da + db));
                assertThat(actual).as("%s n=%d N=%d block (%d, %d)", g, n, order, da, db).isEqualTo(expected);
            }
        }
    }
}
