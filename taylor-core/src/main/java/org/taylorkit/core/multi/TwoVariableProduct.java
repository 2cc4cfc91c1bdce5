package org.taylorkit.core.multi;

/**
 * The dense product of two series in two variables x, y to order N, as sums of truncated
 * one-dimensional convolutions over contiguous rows, with no index table.
 *
 * <p><b>Organisation.</b> Write a series by powers of x: {@code a = Σ_p x^p A_p(y)}, where row
 * {@code A_p} holds the coefficients of {@code x^p y^q}, {@code q = 0..N − p}. Then
 * {@code (a·b)_{r,m} = Σ_{p=0..r} Σ_{j=0..m} A_p[j]·B_{r−p}[m − j]}: for fixed {@code (r, p)} a
 * truncated convolution of two contiguous rows. The inner loop runs over {@code j} (length
 * {@code m + 1}), so it is long when the destination's y-exponent m is large; destinations with
 * {@code m ≥ r} are computed this way from the x-major copies of the operands, and those with
 * {@code m < r} the same way with x and y exchanged (y-major copies), so every inner loop is at least
 * half as long as the destination's degree. Four (or two, or one) consecutive destinations of a row are
 * accumulated together in registers, each in two partial sums (even and odd j), so a loop iteration
 * does eight multiply-adds from seven loads with no store. Each row is preceded by three zeros, so the
 * triangular ends of a block of destinations need no separate code (the extra products are by zero).
 *
 * <p><b>Cost.</b> The C(N + 4, 4) multiply-adds of the product (plus at most six by padding zeros per
 * block and row), and four O(C(N + 2, 2)) copies into the row layouts. The copies live in a per-thread
 * scratch array, allocated on a thread's first product of this shape; after that nothing is
 * allocated. The results are the exact products summed in another order than
 * {@link ProductSchedule#mulAddPart} (not bit-identical to it: last-bit differences).
 *
 * <p>Immutable tables; thread-safe (each thread has its own scratch).
 */
final class TwoVariableProduct {

    /** Zeros before each row (the width of a destination block minus one). */
    private static final int PAD = 3;

    private final int order;
    private final int flat;
    /** {@code rows[p]}: where row p starts in a row layout. */
    private final int[] rows;
    /** Row layout position → graded position, x-major (row = x-exponent, entry = y-exponent); −1 in padding. */
    private final int[] xMajor;
    /** The same, y-major (row = y-exponent, entry = x-exponent). */
    private final int[] yMajor;
    private final ThreadLocal<double[]> scratch;

    TwoVariableProduct(int order) {
        this.order = order;
        this.rows = new int[order + 1];
        int pos = 0;
        for (int p = 0; p <= order; p++) {
            pos += PAD;
            rows[p] = pos;
            pos += order - p + 1;
        }
        this.flat = pos;
        this.xMajor = new int[flat];
        this.yMajor = new int[flat];
        java.util.Arrays.fill(xMajor, -1);
        java.util.Arrays.fill(yMajor, -1);
        for (int p = 0; p <= order; p++) {
            for (int q = 0; p + q <= order; q++) {
                int d = p + q;
                int base = d * (d + 1) / 2;
                // graded: x^(d−i) y^i is at base + i
                xMajor[rows[p] + q] = base + q;
                yMajor[rows[p] + q] = base + p;
            }
        }
        int size = flat;
        this.scratch = ThreadLocal.withInitial(() -> new double[4 * size]);
    }

    /** {@link #multiply} result: the product is in {@code out}. */
    static final int DONE = 0;
    /** {@link #multiply} result: an operand has more than half its coefficients zero; out untouched. */
    static final int SPARSE = 1;
    /** {@link #multiply} result: a coefficient of the product is not finite. */
    static final int NOT_FINITE = 2;

    /**
     * {@code out = a·b} truncated to the order, for dense operands: reads the first C(N + 2, 2) entries
     * of {@code a} and {@code b} and, unless one of them has more than half its coefficients zero
     * ({@link #SPARSE}: nothing written), overwrites as many of {@code out}; {@link #NOT_FINITE} if a
     * coefficient of the product is infinite or NaN. {@code out} must not be {@code a} or {@code b}.
     */
    int multiply(double[] a, double[] b, double[] out) {
        double[] s = scratch.get();
        int nonZeroA = 0;
        int nonZeroB = 0;
        int f = flat;
        int[] xm = xMajor;
        int[] ym = yMajor;
        for (int p = 0; p <= order; p++) {
            int start = rows[p];
            int end = start + order - p + 1;
            for (int t = start; t < end; t++) {
                int gx = xm[t];
                int gy = ym[t];
                double ax = a[gx];
                double bx = b[gx];
                nonZeroA += ax != 0.0 ? 1 : 0;
                nonZeroB += bx != 0.0 ? 1 : 0;
                s[t] = ax;
                s[f + t] = bx;
                s[2 * f + t] = a[gy];
                s[3 * f + t] = b[gy];
            }
        }
        int size = (order + 1) * (order + 2) / 2;
        if (2 * nonZeroA < size || 2 * nonZeroB < size) {
            return SPARSE;
        }
        double probe = half(s, 0, f, xm, out, false) + half(s, 2 * f, 3 * f, ym, out, true);
        return probe == 0.0 ? DONE : NOT_FINITE;
    }

    /**
     * The destinations (row r, entry m) with {@code m ≥ r} ({@code strict}: {@code m > r}) of the row
     * layout whose operands start at {@code aBase}, {@code bBase} in {@code s}; {@code dest} maps a row
     * position to its graded position.
     */
    private double half(double[] s, int aBase, int bBase, int[] dest, double[] out, boolean strict) {
        double probe = 0.0;
        int n = order;
        int[] rw = rows;
        for (int r = 0; r <= n; r++) {
            int m = strict ? r + 1 : r;
            int mEnd = n - r;
            int outRow = rw[r];
            for (; m + 3 <= mEnd; m += 4) {
                double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
                double t0 = 0.0, t1 = 0.0, t2 = 0.0, t3 = 0.0;
                int jEnd = m + 3;
                for (int p = 0; p <= r; p++) {
                    int ap = aBase + rw[p];
                    int bp = bBase + rw[r - p] + m;
                    int j = 0;
                    for (; j < jEnd; j += 2) {
                        double a0 = s[ap + j];
                        double a1 = s[ap + j + 1];
                        int k = bp - j;
                        double bm = s[k - 1];
                        double b0 = s[k];
                        double b1 = s[k + 1];
                        double b2 = s[k + 2];
                        double b3 = s[k + 3];
                        s0 += a0 * b0;
                        s1 += a0 * b1;
                        s2 += a0 * b2;
                        s3 += a0 * b3;
                        t0 += a1 * bm;
                        t1 += a1 * b0;
                        t2 += a1 * b1;
                        t3 += a1 * b2;
                    }
                    if (j == jEnd) {
                        double a0 = s[ap + j];
                        int k = bp - j;
                        s0 += a0 * s[k];
                        s1 += a0 * s[k + 1];
                        s2 += a0 * s[k + 2];
                        s3 += a0 * s[k + 3];
                    }
                }
                double v0 = s0 + t0;
                double v1 = s1 + t1;
                double v2 = s2 + t2;
                double v3 = s3 + t3;
                out[dest[outRow + m]] = v0;
                out[dest[outRow + m + 1]] = v1;
                out[dest[outRow + m + 2]] = v2;
                out[dest[outRow + m + 3]] = v3;
                probe += ((v0 + v1) + (v2 + v3)) * 0.0;
            }
            if (m + 1 <= mEnd) {
                double s0 = 0.0, s1 = 0.0, t0 = 0.0, t1 = 0.0;
                int jEnd = m + 1;
                for (int p = 0; p <= r; p++) {
                    int ap = aBase + rw[p];
                    int bp = bBase + rw[r - p] + m;
                    int j = 0;
                    for (; j < jEnd; j += 2) {
                        double a0 = s[ap + j];
                        double a1 = s[ap + j + 1];
                        int k = bp - j;
                        double bm = s[k - 1];
                        double b0 = s[k];
                        double b1 = s[k + 1];
                        s0 += a0 * b0;
                        s1 += a0 * b1;
                        t0 += a1 * bm;
                        t1 += a1 * b0;
                    }
                    if (j == jEnd) {
                        double a0 = s[ap + j];
                        int k = bp - j;
                        s0 += a0 * s[k];
                        s1 += a0 * s[k + 1];
                    }
                }
                double v0 = s0 + t0;
                double v1 = s1 + t1;
                out[dest[outRow + m]] = v0;
                out[dest[outRow + m + 1]] = v1;
                probe += (v0 + v1) * 0.0;
                m += 2;
            }
            if (m <= mEnd) {
                double s0 = 0.0, t0 = 0.0, u0 = 0.0, v0 = 0.0;
                for (int p = 0; p <= r; p++) {
                    int ap = aBase + rw[p];
                    int bp = bBase + rw[r - p] + m;
                    int j = 0;
                    for (; j + 3 <= m; j += 4) {
                        s0 += s[ap + j] * s[bp - j];
                        t0 += s[ap + j + 1] * s[bp - j - 1];
                        u0 += s[ap + j + 2] * s[bp - j - 2];
                        v0 += s[ap + j + 3] * s[bp - j - 3];
                    }
                    for (; j <= m; j++) {
                        s0 += s[ap + j] * s[bp - j];
                    }
                }
                double v = s0 + t0 + (u0 + v0);
                out[dest[outRow + m]] = v;
                probe += v * 0.0;
            }
        }
        return probe;
    }
}
