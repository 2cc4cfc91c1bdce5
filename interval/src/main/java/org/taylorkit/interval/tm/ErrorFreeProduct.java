package org.taylorkit.interval.tm;

import static org.taylorkit.interval.DirectedRounding.addDown;
import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.mulUp;
import static org.taylorkit.interval.DirectedRounding.subDown;

/**
 * The polynomial part of a Taylor-model product {@code a·b}, with its rounding errors bounded by
 * error-free transformations instead of directed rounding: the fast path of
 * {@link PolynomialArithmetic#multiply}. Its stored coefficients are bit for bit those of the
 * directed-rounding path (the same round-to-nearest sums in the same order); only the way the
 * rounding errors are bounded differs.
 *
 * <p><b>Rigor.</b> Write {@code u = 2^−53}. For each destination monomial {@code d} the coefficient
 * is the recursive round-to-nearest sum {@code ĉ_d} of the products {@code p_k = RN(x_i·y_j)}. Each
 * step is followed by two error-free transformations:
 * <ul>
 *   <li>{@code e_k = fma(x_i, y_j, −p_k)} is exactly {@code x_i·y_j − p_k} when {@code p_k} is finite
 *       and {@code |p_k| > 2^−960} (the residual of a correctly rounded product is representable when
 *       the exponents satisfy {@code e_x + e_y ≥ e_min + 52}; the same threshold as
 *       {@link org.taylorkit.interval.DirectedRounding});</li>
 *   <li>TwoSum ({@code s = c + p, b' = s − c, t = (c − (s − b')) + (p − b')}) gives
 *       {@code c + p = s + t} exactly whenever no operation overflows (Knuth; Møller).</li>
 * </ul>
 * Hence the exact coefficient is {@code c_d = ĉ_d + Σ_k (e_k + t_k)} and
 * {@code |c_d − ĉ_d| ≤ E_d := Σ_k (|e_k| + |t_k|)}. {@code E_d} is accumulated to nearest as
 * {@code Ê_d}: its {@code n_d} terms are non-negative, so each of the {@code n_d} roundings (one per
 * {@code |e_k| + |t_k|}, one per accumulation; additions never underflow, they are exact in the
 * subnormal range) shrinks the running value by at most a factor {@code (1 − u)}, and
 * {@code E_d ≤ Ê_d/(1 − u)^{2n_d} ≤ Ê_d·(1 + 4 n_d u)} for {@code 2 n_d u ≤ 1/2}. Every destination
 * receives at most one product per row, so {@code n_d ≤ size ≤} {@value MonomialTables#MAX_SIZE}, and
 * {@link #GROWTH} {@code = 1 + 2^−39 ≥ 1 + 4·2000·2^−53} covers every {@code d}. The error term swept
 * into the remainder is {@code Σ_d E_d·|B_d| ≤ GROWTH·Σ_d Ê_d·|B_d|}, the latter sum taken to
 * nearest (non-negative terms) and bounded above by {@link RoundedSums#upper}. An exact product or sum contributes {@code e_k = t_k = 0}, so products that are
 * exact in doubles keep a zero remainder.
 *
 * <p><b>Truncation.</b> Only the pairs of total degree ≤ {@code K+1} are formed (the row prefixes of
 * {@link MonomialTables}; in a space with a capped degree, the listed pairs of the classes formed one by
 * one). The terms of degree {@code K+1} are summed to nearest per high monomial {@code h} (sum
 * {@code ĥ_h}). When the operands' degrees reach {@code K+2} (so a tail enclosed by rounded sums exists
 * anyway) and there is no cap, no error-free transformation is applied there: with the magnitude sum
 * {@code m̂_h}, and since each high monomial receives at most one product per row (at most
 * {@value MonomialTables#MAX_SIZE}), {@code |ĥ_h − h_h| ≤ E_h := }{@link RoundedSums#deviationOfFew}{@code (m̂_h)};
 * otherwise {@code E_h} is accumulated exactly as for the kept monomials, so exact products stay exact. Their contribution
 * {@code h_h·δ^{α_h}} lies in {@code ĥ_h·B_h + [−E_h, E_h]·|B_h|}. The sum of the first products
 * over {@code h} is enclosed by two round-to-nearest sums, of {@code ĥ_h} times the lower resp. upper
 * endpoint of {@code B_h} matching its sign (so even powers stay one-sided), each widened outward by
 * the sum of its exact fma residuals and TwoSum errors (non-negative terms, bounded above by
 * {@link RoundedSums#upper}); a product of magnitude ≤ {@code 2^−960} sends the product to the
 * directed path. The {@code E_h·|B_h|} join the symmetric error term. The terms of degree {@code K+2..2K}
 * (with a capped degree: of every class pair not formed one by one) are never formed: {@link TruncationTail}
 * encloses their sum by degree (by class), and that enclosure (one-sided where the parts are) is added to
 * the truncation interval.
 *
 * <p><b>Cut lower.</b> With a degree {@code D < K} ({@link #multiply(TaylorModelSpace, double[], double[], int)})
 * only the pairs of total degree ≤ {@code D} are formed, with the same rounding-error bound, and every pair
 * above {@code D} is enclosed by degree ({@link TruncationTail#fromDegree}); no monomial is summed one by one.
 *
 * <p><b>Edges.</b> When a product is tiny ({@code |p_k| ≤ 2^−960}, including an underflow to 0 of a
 * product of non-zero coefficients) or a sum, error or product is not finite, the fma residual or
 * TwoSum may not be exact; {@link #multiply} then returns null and the caller uses the
 * directed-rounding path, whose behaviour (including its overflow errors) is thus unchanged.
 *
 * <p>Stateless; allocates only the result arrays; thread-safe.
 */
final class ErrorFreeProduct {

    /** Below this magnitude an fma product residual may be inexact (as in {@code DirectedRounding}). */
    static final double EFT_SAFE = 0x1p-960;

    /** {@code (1 − u)^{−2n} ≤ GROWTH} for every {@code n ≤ MonomialTables.MAX_SIZE} (see class comment). */
    static final double GROWTH = 1 + 0x1p-39;

    private ErrorFreeProduct() {
    }

    /** The product's coefficients and a remainder part (truncation and rounding), or null to fall back. */
    record Result(double[] coefficients, double truncLo, double truncHi, double error) {
    }

    /**
     * The polynomial product of {@code x} and {@code y} truncated at the space's order, with the
     * enclosure {@code [truncLo, truncHi] + [−error, error]} of the truncated terms and rounding
     * errors; null if a tiny or non-finite value appeared (see the class comment).
     */
    static Result multiply(TaylorModelSpace sp, double[] x, double[] y) {
        return multiply(sp, x, y, sp.tables.order);
    }

    /**
     * As {@link #multiply(TaylorModelSpace, double[], double[])} with the product truncated at degree
     * {@code degree} ({@code 0 ≤ degree ≤ K}; a space with a capped degree always truncates at K): only the
     * pairs of total degree ≤ {@code degree} are formed, and every pair above it is enclosed by degree
     * ({@link TruncationTail#fromDegree} with the cut at {@code degree + 1}; no monomial-by-monomial
     * degree-{@code K+1} sums). In both cases the rows and partners stop at the operands' highest degree
     * with a non-zero coefficient, so low-degree operands cost only their pairs.
     */
    static Result multiply(TaylorModelSpace sp, double[] x, double[] y, int degree) {
        boolean capped = sp.tables.capped;
        return multiply(sp, x, y, degree, capped ? null : DegreeProfile.of(sp, x), capped ? null : DegreeProfile.of(sp, y));
    }

    /** As {@link #multiply(TaylorModelSpace, double[], double[], int)} with the operands' profiles given (null with a cap). */
    static Result multiply(TaylorModelSpace sp, double[] x, double[] y, int degree, DegreeProfile px, DegreeProfile py) {
        MonomialTables t = sp.tables;
        int size = t.size;
        int nh = t.high.length;
        if (nh > RoundedSums.MAX_TERMS / 2) {
            return null; // beyond the reach of the rounded-sum bounds: the directed path
        }
        int k = t.order;
        boolean full = t.capped || degree >= k;
        int cut = full ? k : degree;
        double[] sum = new double[size];
        double[] acc = new double[size];
        double[] hsum = full ? new double[nh] : null;
        double[] hacc = full ? new double[nh] : null; // exact errors, or with rounded high sums magnitudes Σ|x_i·y_j|
        double smallest = Double.POSITIVE_INFINITY;
        boolean anyHigh = false;
        boolean rounded = false;
        if (t.capped) {
            for (int i = 0; i < size; i++) {
                double xi = x[i];
                if (xi != 0) {
                    int row = t.rowStart[i];
                    int mid = row + t.lowEnd[i];
                    smallest = Math.min(smallest, listed(xi, y, t.partner, t.dest, row, mid, false, sum, acc));
                    smallest = Math.min(smallest, listed(xi, y, t.partner, t.dest, mid, row + t.rowEnd[i], true, hsum, hacc));
                }
            }
        } else {
            int dx = px.top;
            int dy = py.top;
            // with a tail of degree ≥ K+2 (enclosed by rounded sums anyway) the degree-(K+1) sums go without
            // error-free transformations; without one they keep them, so exact products stay exact
            rounded = dx + dy >= k + 2;
            int rows = dx < 0 || dy < 0 ? 0 : t.degreeStart[Math.min(dx, cut) + 1];
            for (int i = 0; i < rows; i++) {
                double xi = x[i];
                if (xi != 0) {
                    int row = t.rowStart[i];
                    int di = t.degree[i];
                    int end = t.degreeStart[Math.min(dy, cut - di) + 1];
                    smallest = Math.min(smallest, kept(xi, y, t.dest, row, end, sum, acc));
                    if (full && dy + di > k) {
                        int hend = t.degreeStart[Math.min(dy, k + 1 - di) + 1];
                        if (rounded) {
                            anyHigh |= high(xi, y, t.dest, row, t.lowEnd[i], hend, hsum, hacc);
                        } else {
                            smallest = Math.min(smallest, highExact(xi, y, t.dest, row, t.lowEnd[i], hend, hsum, hacc));
                        }
                    }
                }
            }
        }
        if (!full) {
            return truncated(sp, px, py, degree, sum, acc, smallest);
        }
        if (smallest == Double.POSITIVE_INFINITY && !anyHigh) {
            // no product of total degree ≤ K+1 is non-zero; the tail may still be
            double[] tail = t.capped ? TruncationTail.enclosure(sp, x, y) : TruncationTail.fromDegree(sp, px, py, k + 2);
            return tail == null ? null : new Result(sum, tail[0], tail[1], 0);
        }
        if (!(smallest > EFT_SAFE) && smallest != Double.POSITIVE_INFINITY) {
            return null;
        }
        for (int p = 0; p < size; p++) {
            if (!Double.isFinite(sum[p])) {
                return null;
            }
        }
        // Σ_d Ê_d·|B_d| over the kept and the high monomials, summed to nearest (non-negative terms)
        double es = weightedSum(acc, sp.lowMag) + (rounded ? 0.0 : weightedSum(hacc, sp.highMag));
        double[] trunc = highEnclosure(sp, hsum);
        if (trunc == null || !Double.isFinite(es)) {
            return null;
        }
        double err = es == 0 && allZero(acc) && (rounded || allZero(hacc)) ? 0.0 : mulUp(RoundedSums.upper(es), GROWTH);
        if (rounded && anyHigh) {
            // Σ_h deviationOfFew(m̂_h)·|B_h| ≤ FEW_SIGNED·upper(Σ_h m̂_h·|B_h|) + FEW_SLACK·Σ_h |B_h|
            double eh = weightedSum(hacc, sp.highMag);
            if (!Double.isFinite(eh)) {
                return null;
            }
            err = addUp(err, addUp(mulUp(RoundedSums.upper(eh), RoundedSums.FEW_SIGNED), sp.highSlack));
        }
        double[] tail = t.capped ? TruncationTail.enclosure(sp, x, y) : TruncationTail.fromDegree(sp, px, py, k + 2);
        if (tail == null || !Double.isFinite(err)) {
            return null;
        }
        double lo = addDown(trunc[0], tail[0]);
        double hi = addUp(trunc[1], tail[1]);
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return null;
        }
        return new Result(sum, lo, hi, err);
    }

    /**
     * The end of {@link #multiply(TaylorModelSpace, double[], double[], int)} for a product truncated at
     * {@code degree < K}: the rounding-error bound of the kept coefficients as in the full product, and the
     * by-degree enclosure of every pair of total degree above {@code degree}.
     */
    private static Result truncated(TaylorModelSpace sp, DegreeProfile x, DegreeProfile y, int degree, double[] sum,
            double[] acc, double smallest) {
        double[] tail = TruncationTail.fromDegree(sp, x, y, degree + 1);
        if (tail == null) {
            return null;
        }
        if (smallest == Double.POSITIVE_INFINITY) {
            return new Result(sum, tail[0], tail[1], 0); // no pair of total degree ≤ degree is non-zero
        }
        if (!(smallest > EFT_SAFE)) {
            return null;
        }
        for (int p = 0; p < sum.length; p++) {
            if (!Double.isFinite(sum[p])) {
                return null;
            }
        }
        double es = weightedSum(acc, sp.lowMag);
        if (!Double.isFinite(es)) {
            return null;
        }
        double err = es == 0 && allZero(acc) ? 0.0 : mulUp(RoundedSums.upper(es), GROWTH);
        return Double.isFinite(err) ? new Result(sum, tail[0], tail[1], err) : null;
    }

    /** The highest total degree of a non-zero coefficient of {@code c} (−1 if all are zero). */
    static int topDegree(MonomialTables t, double[] c) {
        for (int p = c.length - 1; p >= 0; p--) {
            if (c[p] != 0) {
                return t.degree[p];
            }
        }
        return -1;
    }

    /**
     * Row {@code i} of the product, partners of total degree ≤ K: the rounded products
     * {@code xi·y_j} added to their kept coefficients, and their exact fma and TwoSum errors to
     * {@code acc}; returns the smallest product magnitude (+∞ if none).
     */
    private static double kept(double xi, double[] y, int[] dest, int row, int end, double[] sum, double[] acc) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < end; j++) {
            double yj = y[j];
            if (yj == 0) {
                continue;
            }
            double ap = accumulate(xi, yj, dest[row + j], sum, acc);
            smallest = ap < smallest ? ap : smallest;
        }
        return smallest;
    }

    /**
     * The partners {@code from ≤ j < end} of total degree K+1 (high monomials) of row {@code i}: the rounded
     * products {@code xi·y_j} summed to nearest into {@code hsum[h]} and their magnitudes into {@code habs[h]}
     * (no error-free transformation: {@code |ĥ_h − h_h| ≤ RoundedSums.deviationOfFew(m̂_h)}, since each high
     * monomial receives at most one product per row); returns whether a pair of non-zero factors was formed.
     */
    private static boolean high(double xi, double[] y, int[] dest, int row, int from, int end, double[] hsum,
            double[] habs) {
        boolean any = false;
        for (int j = from; j < end; j++) {
            double yj = y[j];
            if (yj == 0) {
                continue;
            }
            double p = xi * yj;
            int h = -1 - dest[row + j];
            hsum[h] += p;
            habs[h] += Math.abs(p);
            any = true;
        }
        return any;
    }

    /** As {@link #kept} for the partners {@code from ≤ j < end} of total degree K+1 (high monomials). */
    private static double highExact(double xi, double[] y, int[] dest, int row, int from, int end, double[] hsum,
            double[] hacc) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int j = from; j < end; j++) {
            double yj = y[j];
            if (yj == 0) {
                continue;
            }
            double ap = accumulate(xi, yj, -1 - dest[row + j], hsum, hacc);
            smallest = ap < smallest ? ap : smallest;
        }
        return smallest;
    }

    /**
     * As {@link #kept} and {@link #high} for a row of a space with a capped degree, whose partners are listed
     * ({@link MonomialTables#partner}): entries {@code from ≤ k < end}, landing on positions ({@code sum},
     * {@code acc}) when {@code toHigh} is false, on high monomials ({@code hsum}, {@code hacc}) otherwise.
     */
    private static double listed(double xi, double[] y, int[] partner, int[] dest, int from, int end, boolean toHigh,
            double[] sum, double[] acc) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int k = from; k < end; k++) {
            double yj = y[partner[k]];
            if (yj == 0) {
                continue;
            }
            double ap = accumulate(xi, yj, toHigh ? -1 - dest[k] : dest[k], sum, acc);
            smallest = ap < smallest ? ap : smallest;
        }
        return smallest;
    }

    /**
     * Adds the rounded product {@code xi·yj} to {@code sum[d]} by TwoSum and the exact fma residual's and
     * TwoSum error's magnitudes to {@code acc[d]}; returns the product's magnitude. The one body of the
     * row loops above (small enough to be inlined into each).
     */
    private static double accumulate(double xi, double yj, int d, double[] sum, double[] acc) {
        double p = xi * yj;
        double e = Math.fma(xi, yj, -p);
        double c = sum[d];
        double r = c + p;
        double bv = r - c;
        double tw = (c - (r - bv)) + (p - bv);
        sum[d] = r;
        acc[d] += Math.abs(e) + Math.abs(tw);
        return Math.abs(p);
    }

    /** {@code Σ_p a_p·w_p} to nearest. */
    private static double weightedSum(double[] a, double[] w) {
        double s = 0.0;
        for (int p = 0; p < a.length; p++) {
            s += a[p] * w[p];
        }
        return s;
    }

    private static boolean allZero(double[] a) {
        for (double v : a) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code {lo, hi}} enclosing {@code Σ_h ĥ_h·B_h} (see the class comment), or null if a term is tiny
     * or a sum not finite. Each bound is a sum to nearest of {@code ĥ_h} times the endpoint of
     * {@code B_h} matching its sign, widened outward by its exact fma residuals and TwoSum errors.
     */
    private static double[] highEnclosure(TaylorModelSpace sp, double[] hsum) {
        double[] hInf = sp.highInf;
        double[] hSup = sp.highSup;
        double slo = 0.0;
        double shi = 0.0;
        double elo = 0.0;
        double ehi = 0.0;
        double tiniest = Double.POSITIVE_INFINITY;
        for (int h = 0; h < hsum.length; h++) {
            double c = hsum[h];
            if (!Double.isFinite(c)) {
                return null;
            }
            if (c == 0) {
                continue;
            }
            double bl = c > 0 ? hInf[h] : hSup[h];
            double bu = c > 0 ? hSup[h] : hInf[h];
            if (bl != 0) {
                double p = c * bl;
                double ap = Math.abs(p);
                tiniest = ap < tiniest ? ap : tiniest;
                double r = slo + p;
                double bv = r - slo;
                elo += Math.abs(Math.fma(c, bl, -p)) + Math.abs((slo - (r - bv)) + (p - bv));
                slo = r;
            }
            if (bu != 0) {
                double p = c * bu;
                double ap = Math.abs(p);
                tiniest = ap < tiniest ? ap : tiniest;
                double r = shi + p;
                double bv = r - shi;
                ehi += Math.abs(Math.fma(c, bu, -p)) + Math.abs((shi - (r - bv)) + (p - bv));
                shi = r;
            }
        }
        if (!(tiniest > EFT_SAFE) && tiniest != Double.POSITIVE_INFINITY) {
            return null; // a tiny truncated term: its fma residual may be inexact
        }
        if (!Double.isFinite(slo) || !Double.isFinite(shi) || !Double.isFinite(elo) || !Double.isFinite(ehi)) {
            return null;
        }
        // exact sum = computed sum + Σ (fma residuals + TwoSum errors), non-negative terms bounded above
        double lo = elo == 0 ? slo : subDown(slo, RoundedSums.upper(elo));
        double hi = ehi == 0 ? shi : addUp(shi, RoundedSums.upper(ehi));
        return new double[] {lo, hi};
    }
}
