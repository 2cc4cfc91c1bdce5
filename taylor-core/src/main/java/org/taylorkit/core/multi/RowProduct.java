package org.taylorkit.core.multi;

/**
 * The product of two homogeneous parts in three or more variables when the block tables of
 * {@link ProductSchedule} are too large to store (e.g. 4 variables to order 40: 3.8·10⁸ entries), as
 * one-dimensional convolutions of contiguous <em>rows</em>, with one destination look-up per pair of
 * rows instead of one per product.
 *
 * <p><b>Rows.</b> Inside a homogeneous part of degree d (graded-lex order, first variable most
 * significant), the monomials that share the exponents of the first n − 2 variables (a prefix of degree
 * t) are consecutive: the row {@code x_{n−2}^{L−u} x_{n−1}^u}, u = 0..L, with L = d − t. The product of
 * member u of a row of the left part and member m of a row of the right part is member u + m of the
 * destination row whose prefix is the sum of the two prefixes, so a pair of rows is the truncation-free
 * convolution {@code out[d₀ + u + m] += a_u·b_m} with {@code d₀} = the rank of the product of the two
 * rows' first members ({@link MonomialIndex#productRank}: n − 1 table look-ups per pair of rows).
 *
 * <p><b>Same sums as the block walk.</b> For a fixed destination and a fixed left row only one right
 * row (the one with the complementary prefix) contributes, and the left members are visited in
 * increasing u; so every destination receives its products in increasing left position, the order of
 * {@link ProductSchedule#mulAddPart}'s table walk: the results are bit-identical. Zero left
 * coefficients are skipped, as there.
 *
 * <p>Rows are O(size) ints, built on first use of an index. Immutable; thread-safe.
 */
final class RowProduct {

    private final MonomialIndex index;
    /** {@code start[d][r]}: the rank of row r's first member in the degree-d part. */
    private final int[][] start;
    /** {@code length[d][r]}: the number of members of row r of degree d (L + 1). */
    private final int[][] length;

    /** The rows of every degree of {@code index}, which must have at least three variables. */
    RowProduct(MonomialIndex index) {
        int n = index.nvars();
        if (n < 3) {
            throw new IllegalArgumentException("RowProduct needs at least 3 variables, got " + n);
        }
        this.index = index;
        int order = index.order();
        this.start = new int[order + 1][];
        this.length = new int[order + 1][];
        for (int d = 0; d <= order; d++) {
            int off = index.offset(d);
            int count = index.count(d);
            int rows = 0;
            for (int p = 0; p < count; p++) {
                rows += index.exponent(off + p, n - 1) == 0 ? 1 : 0;
            }
            int[] s = new int[rows];
            int[] l = new int[rows];
            int r = 0;
            for (int p = 0; p < count; p++) {
                if (index.exponent(off + p, n - 1) == 0) {
                    s[r] = p;
                    l[r] = index.exponent(off + p, n - 2) + 1;
                    r++;
                }
            }
            start[d] = s;
            length[d] = l;
        }
    }

    /**
     * {@code out[offOut + ·] += a_part·b_part} for the degree-{@code da} part at {@code a[offA ..]} and
     * the degree-{@code db} part at {@code b[offB ..]} ({@code da + db ≤ order}, not checked).
     */
    void mulAdd(double[] a, int offA, int da, double[] b, int offB, int db, double[] out, int offOut) {
        int[] sa = start[da];
        int[] la = length[da];
        int[] sb = start[db];
        int[] lb = length[db];
        int pa = index.offset(da);
        int pb = index.offset(db);
        MonomialIndex idx = index;
        for (int r = 0; r < sa.length; r++) {
            int rowA = offA + sa[r];
            int na = la[r];
            if (isZero(a, rowA, na)) {
                continue;
            }
            int firstA = pa + sa[r];
            for (int q = 0; q < sb.length; q++) {
                int src = offB + sb[q];
                int nb = lb[q];
                int d0 = offOut + idx.productRank(firstA, pb + sb[q]);
                for (int u = 0; u < na; u++) {
                    double au = a[rowA + u];
                    if (au == 0.0) {
                        continue;
                    }
                    int d = d0 + u;
                    for (int m = 0; m < nb; m++) {
                        out[d + m] += au * b[src + m];
                    }
                }
            }
        }
    }

    private static boolean isZero(double[] x, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (x[i] != 0.0) {
                return false;
            }
        }
        return true;
    }
}
