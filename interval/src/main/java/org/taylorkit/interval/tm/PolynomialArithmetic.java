package org.taylorkit.interval.tm;

import static org.taylorkit.interval.DirectedRounding.addDown;
import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.divDown;
import static org.taylorkit.interval.DirectedRounding.divUp;
import static org.taylorkit.interval.DirectedRounding.mulDown;
import static org.taylorkit.interval.DirectedRounding.mulUp;
import static org.taylorkit.interval.DirectedRounding.subDown;
import static org.taylorkit.interval.DirectedRounding.subUp;

import org.taylorkit.interval.Interval;

/**
 * The rigorous polynomial arithmetic under {@link TaylorModel}: double coefficients computed
 * rounded to nearest, with every rounding error bounded and swept into the remainder.
 *
 * <p><b>Rounding errors.</b> Each new coefficient {@code c_p} is computed twice more with the
 * directed roundings of {@link org.taylorkit.interval.DirectedRounding}: a lower bound {@code lo_p}
 * and an upper bound {@code hi_p} of the exact value (sums of {@code mulDown}/{@code addDown}, resp.
 * {@code mulUp}/{@code addUp}). By monotonicity of rounding, {@code lo_p ≤ c_p ≤ hi_p}, so the exact
 * coefficient differs from the stored one by at most {@code hi_p − lo_p} (rounded up); that error
 * times the monomial's magnitude bound {@code |B_p|} over the box, summed with upward rounding,
 * gives a symmetric interval added to the remainder. Exact operations ({@code lo_p = hi_p}) add
 * nothing. The hot operations bound the same error instead by error-free transformations, which
 * give the exact error {@code t} of one rounded operation: TwoSum for {@code ±} ({@code x + y = s + t}
 * exactly when {@code s} is finite; a non-finite {@code t}, from an intermediate overflow, falls back
 * to {@code hi − lo}), the fma residual for {@link #scale} ({@code x·s − p} exactly when
 * {@code |p| > 2^−960}; below, directed rounding), and both for the product (see
 * {@link ErrorFreeProduct}); {@code |t|} is at most {@code hi − lo}, cheaper, and zero for exact
 * operations. The sum {@code Σ_p |t_p|·|B_p|} of these exact errors is accumulated to nearest and
 * bounded above by {@link RoundedSums#upper} (non-negative terms), so the hot loops need no
 * directed rounding.
 *
 * <p><b>Truncation.</b> Products of degree above {@code K} are not kept. Those of degree {@code K+1}:
 * their exact coefficients are enclosed by the same directed sums, multiplied by the interval bound
 * {@code B_α} of the monomial over the box (signed, so even powers stay non-negative), and added to
 * the remainder. Those of degree {@code K+2..2K} are not formed at all: {@link TruncationTail}
 * bounds their sum by degree (products of the operands' homogeneous parts).
 *
 * <p><b>Range bound.</b> {@link #bound} encloses {@code {P(δ) : δ ∈ D}}: the constant, then for each
 * variable its pure part {@code p_v(δ_v)} — the hull of the endpoint values when {@code p_v'} has a
 * fixed sign over {@code D_v} (monotone), else the exact range of {@code a·δ_v + b·δ_v²} over
 * {@code D_v} (endpoint values and, when the vertex {@code −a/(2b)} may lie in {@code D_v}, the vertex
 * value) — then every other term {@code c_p·B_p} (summed to nearest and widened by
 * {@link RoundedSums#deviationOfFew}); each piece is a rigorous enclosure of its range, so their sum
 * encloses the range of {@code P}. Non-finite coefficients make the operation throw
 * {@link TaylorModelDomainException}, since a model with them proves nothing.
 */
final class PolynomialArithmetic {

    private PolynomialArithmetic() {
    }

    /** {@code a ± b}: coefficients and error magnitude. */
    static TaylorModel addOrSubtract(TaylorModel a, TaylorModel b, boolean subtract) {
        TaylorModelSpace s = a.space();
        double[] x = a.raw();
        double[] y = b.raw();
        double[] c = new double[x.length];
        double[] mag = s.lowMag;
        double err = 0.0;
        double es = 0.0;
        boolean any = false;
        for (int p = 0; p < c.length; p++) {
            double xp = x[p];
            double yp = subtract ? -y[p] : y[p];
            double sum = finite(xp + yp, "sum");
            // TwoSum: xp + yp = sum + t exactly (the sum is finite)
            double bv = sum - xp;
            double t = (xp - (sum - bv)) + (yp - bv);
            if (t != 0) {
                if (Double.isFinite(t)) {
                    es += Math.abs(t) * mag[p];
                    any = true;
                } else {
                    err = addUp(err, mulUp(subUp(addUp(xp, yp), addDown(xp, yp)), mag[p]));
                }
            }
            c[p] = sum;
        }
        if (any) {
            err = addUp(err, RoundedSums.upper(es));
        }
        Interval r = subtract ? a.remainder().subtract(b.remainder()) : a.remainder().add(b.remainder());
        return new TaylorModel(s, c, widen(r, err));
    }

    /** {@code a + d} for a double {@code d}. */
    static TaylorModel addConstant(TaylorModel a, double d) {
        double[] c = a.raw().clone();
        double lo = addDown(c[0], d);
        double hi = addUp(c[0], d);
        c[0] = finite(c[0] + d, "sum");
        return new TaylorModel(a.space(), c, widen(a.remainder(), subUp(hi, lo)));
    }

    /** {@code s·a} for a double {@code s}. */
    static TaylorModel scale(TaylorModel a, double s) {
        TaylorModelSpace sp = a.space();
        double[] x = a.raw();
        double[] c = new double[x.length];
        double[] mag = sp.lowMag;
        double err = 0.0;
        double es = 0.0;
        boolean any = false;
        for (int p = 0; p < c.length; p++) {
            double xp = x[p];
            double prod = finite(xp * s, "product");
            if (Math.abs(prod) > ErrorFreeProduct.EFT_SAFE) {
                double e = Math.fma(xp, s, -prod); // exactly xp·s − prod above the threshold
                if (e != 0) {
                    es += Math.abs(e) * mag[p];
                    any = true;
                }
            } else if (xp != 0 && s != 0) {
                err = addUp(err, mulUp(subUp(mulUp(xp, s), mulDown(xp, s)), mag[p]));
            }
            c[p] = prod;
        }
        if (any) {
            err = addUp(err, RoundedSums.upper(es));
        }
        return new TaylorModel(sp, c, widen(a.remainder().multiply(Interval.point(s)), err));
    }

    /** {@code a/n} for an integer {@code n ≠ 0}. */
    static TaylorModel divide(TaylorModel a, int n) {
        TaylorModelSpace sp = a.space();
        double[] x = a.raw();
        double[] c = new double[x.length];
        double d = n;
        double err = 0.0;
        for (int p = 0; p < c.length; p++) {
            double lo = divDown(x[p], d);
            double hi = divUp(x[p], d);
            if (lo != hi) {
                err = addUp(err, mulUp(subUp(hi, lo), sp.lowMag[p]));
            }
            c[p] = x[p] / d;
        }
        return new TaylorModel(sp, c, widen(a.remainder().divide(Interval.point(d)), err));
    }

    /**
     * {@code a·b}: the product polynomial truncated at degree K, remainder
     * {@code trunc + err + B(Pa)·Rb + B(Pb)·Ra + Ra·Rb}. The polynomial part and its truncation and
     * rounding-error enclosures come from {@link ErrorFreeProduct} (round to nearest with
     * error-free transformations); when it declines (tiny or non-finite values), from
     * {@link #multiplyDirected}. Both store the same coefficients.
     */
    static TaylorModel multiply(TaylorModel a, TaylorModel b) {
        return multiply(a, b, a.space().order());
    }

    /**
     * {@code a·b} with the product polynomial truncated at degree {@code degree ≤ K}: the pairs of total
     * degree above it are enclosed by degree into the remainder ({@link ErrorFreeProduct#multiply(TaylorModelSpace,
     * double[], double[], int)}). At {@code degree = K}, or in a space with a capped degree, or when the fast
     * path declines, the full product ({@link #multiply(TaylorModel, TaylorModel)}).
     */
    static TaylorModel multiply(TaylorModel a, TaylorModel b, int degree) {
        TaylorModelSpace sp = a.space();
        double[] x = a.raw();
        double[] y = b.raw();
        boolean capped = sp.tables.capped;
        ErrorFreeProduct.Result fast = ErrorFreeProduct.multiply(sp, x, y, degree, capped ? null : a.profile(),
                capped ? null : b.profile());
        if (fast == null) {
            return multiplyDirected(a, b);
        }
        Interval r = fast.truncLo() == 0 && fast.truncHi() == 0
                ? Interval.point(0.0) : interval(fast.truncLo(), fast.truncHi());
        return new TaylorModel(sp, fast.coefficients(), bounded(widen(addRemainderProducts(r, a, b), fast.error()), sp));
    }

    /**
     * {@code a·b} truncated at the lowest degree whose cut terms are about at most {@code ratio} times the
     * width of the product's inherent remainder {@code B(Pa)·Rb + B(Pb)·Ra + Ra·Rb} (the part no truncation
     * avoids), judged by {@link TruncationTail#lowestCut}: the full product when the operands are exact
     * polynomials (no inherent remainder), in a space with a capped degree, or when no lower cut fits.
     * Rigorous whatever is cut ({@link #multiply(TaylorModel, TaylorModel, int)}).
     */
    static TaylorModel multiplyWithin(TaylorModel a, TaylorModel b, double ratio) {
        TaylorModelSpace sp = a.space();
        int k = sp.order();
        if (sp.tables.capped || (isZero(a.remainder()) && isZero(b.remainder()))) {
            return multiply(a, b, k);
        }
        double allowed = ratio * addRemainderProducts(Interval.point(0.0), a, b).wid();
        if (!(allowed > 0) || !Double.isFinite(allowed)) {
            return multiply(a, b, k);
        }
        int cut = TruncationTail.lowestCut(sp, a.profile(), b.profile(), allowed);
        return multiply(a, b, Math.min(k, cut - 1));
    }

    /**
     * A product's remainder, which must be bounded: a truncated term (degree above the order) or a
     * remainder product beyond the double range would make it unbounded — still rigorous, but useless
     * and silently so; a {@link TaylorModelDomainException} says what happened instead.
     */
    private static Interval bounded(Interval r, TaylorModelSpace sp) {
        if (!r.isBounded()) {
            throw new TaylorModelDomainException("Taylor model product: the remainder overflowed (a term of degree above"
                    + " the order " + sp.order() + " or a remainder product is beyond the double range): " + r);
        }
        return r;
    }

    /** {@code r + B(Pa)·Rb + B(Pb)·Ra + Ra·Rb}, skipping the terms with a zero remainder. */
    private static Interval addRemainderProducts(Interval r, TaylorModel a, TaylorModel b) {
        Interval ra = a.remainder();
        Interval rb = b.remainder();
        if (!isZero(rb)) {
            r = r.add(a.polynomialBound().multiply(rb));
        }
        if (!isZero(ra)) {
            r = r.add(b.polynomialBound().multiply(ra));
        }
        if (!isZero(ra) && !isZero(rb)) {
            r = r.add(ra.multiply(rb));
        }
        return r;
    }

    /**
     * {@link #multiply} with every coefficient sum enclosed by directed rounding (see the class
     * comment): the reference path, used when {@link ErrorFreeProduct} declines.
     */
    static TaylorModel multiplyDirected(TaylorModel a, TaylorModel b) {
        TaylorModelSpace sp = a.space();
        MonomialTables t = sp.tables;
        int size = t.size;
        double[] x = a.raw();
        double[] y = b.raw();
        double[] sum = new double[size];
        double[] lo = new double[size];
        double[] hi = new double[size];
        int nh = t.high.length;
        double[] hlo = nh == 0 ? null : new double[nh];
        double[] hhi = nh == 0 ? null : new double[nh];
        boolean anyHigh = false;
        for (int i = 0; i < size; i++) {
            double xi = x[i];
            if (xi == 0) {
                continue;
            }
            int row = t.rowStart[i];
            int end = t.rowEnd[i];
            for (int k = 0; k < end; k++) {
                double yj = y[t.partner == null ? k : t.partner[row + k]];
                if (yj == 0) {
                    continue;
                }
                int d = t.dest[row + k];
                double pl = mulDown(xi, yj);
                double ph = mulUp(xi, yj);
                if (d >= 0) {
                    sum[d] += xi * yj;
                    lo[d] = addDown(lo[d], pl);
                    hi[d] = addUp(hi[d], ph);
                } else {
                    int h = -1 - d;
                    hlo[h] = addDown(hlo[h], pl);
                    hhi[h] = addUp(hhi[h], ph);
                    anyHigh = true;
                }
            }
        }
        double err = 0.0;
        for (int p = 0; p < size; p++) {
            finite(sum[p], "product");
            if (lo[p] != hi[p]) {
                err = addUp(err, mulUp(subUp(hi[p], lo[p]), sp.lowMag[p]));
            }
        }
        Interval r = Interval.point(0.0);
        if (anyHigh) {
            double tlo = 0.0;
            double thi = 0.0;
            for (int h = 0; h < nh; h++) {
                if (hlo[h] == 0 && hhi[h] == 0) {
                    continue;
                }
                Interval term = Interval.of(hlo[h], hhi[h]).multiply(sp.highBound[h]);
                tlo = addDown(tlo, term.inf());
                thi = addUp(thi, term.sup());
            }
            r = interval(tlo, thi);
        }
        double[] tail = TruncationTail.enclosure(sp, x, y);
        if (tail == null) {
            err = Double.POSITIVE_INFINITY;
        } else if (tail[0] != 0 || tail[1] != 0) {
            r = r.add(interval(tail[0], tail[1]));
        }
        return new TaylorModel(sp, sum, bounded(widen(addRemainderProducts(r, a, b), err), sp));
    }

    /**
     * The model {@code (P_{≤D}, R + T)} of the same function: the polynomial's terms of degree above
     * {@code D = degree} removed and their range over the box, {@code T ⊇ Σ_{deg p > D} c_p·B_p}, added to
     * the remainder. {@code T} is two round-to-nearest sums of {@code c_p} times the endpoint of {@code B_p}
     * matching its sign, widened by {@link RoundedSums#deviationOfFew} of the sum of {@code |c_p|·|B_p|} (at
     * most one term per coefficient); the model itself when nothing is removed.
     */
    static TaylorModel truncate(TaylorModel a, int degree) {
        TaylorModelSpace sp = a.space();
        MonomialTables t = sp.tables;
        if (degree >= t.order) {
            return a;
        }
        double[] x = a.raw();
        int from = t.degreeStart[degree + 1];
        double sl = 0.0;
        double su = 0.0;
        double m = 0.0;
        boolean any = false;
        for (int p = from; p < x.length; p++) {
            double cp = x[p];
            if (cp == 0) {
                continue;
            }
            any = true;
            if (cp > 0) {
                sl += cp * sp.lowInf[p];
                su += cp * sp.lowSup[p];
            } else {
                sl += cp * sp.lowSup[p];
                su += cp * sp.lowInf[p];
            }
            m += Math.abs(cp) * sp.lowMag[p];
        }
        if (!any) {
            return a;
        }
        double dev = RoundedSums.deviationOfFew(m);
        Interval swept = interval(subDown(sl, dev), addUp(su, dev));
        double[] c = java.util.Arrays.copyOf(x, x.length);
        java.util.Arrays.fill(c, from, c.length, 0.0);
        return new TaylorModel(sp, c, bounded(a.remainder().add(swept), sp));
    }

    /** A rigorous enclosure of {@code {P(δ) : δ ∈ D}} (see the class comment). */
    static Interval bound(TaylorModelSpace sp, double[] c) {
        MonomialTables t = sp.tables;
        double lo = c[0];
        double hi = c[0];
        boolean[] done = new boolean[c.length];
        done[0] = true;
        for (int v = 0; v < t.nvars && t.order >= 1; v++) {
            Interval q = univariateRange(sp, c, v, done);
            if (q != null) {
                lo = addDown(lo, q.inf());
                hi = addUp(hi, q.sup());
            }
        }
        // the other terms c_p·B_p: two sums to nearest of c_p times the matching endpoint, widened by
        // RoundedSums.deviationOfFew of the sum of |c_p|·|B_p| (no directed rounding per term)
        double sl = 0.0;
        double su = 0.0;
        double m = 0.0;
        boolean any = false;
        double[] inf = sp.lowInf;
        double[] sup = sp.lowSup;
        double[] mag = sp.lowMag;
        for (int p = 1; p < c.length; p++) {
            double cp = c[p];
            if (done[p] || cp == 0) {
                continue;
            }
            any = true;
            if (cp > 0) {
                sl += cp * inf[p];
                su += cp * sup[p];
            } else {
                sl += cp * sup[p];
                su += cp * inf[p];
            }
            m += Math.abs(cp) * mag[p];
        }
        if (any) {
            // also when every product underflowed to 0: the allowance's N·η term covers them
            if (!Double.isFinite(m)) {
                throw new TaylorModelDomainException("Taylor model bound: a term overflowed");
            }
            double dev = RoundedSums.deviationOfFew(m);
            lo = addDown(lo, subDown(sl, dev));
            hi = addUp(hi, addUp(su, dev));
        }
        return interval(lo, hi);
    }

    /**
     * A bound of the pure part {@code p_v(δ_v) = Σ_{k≥1} c_{k·e_v} δ_v^k} of variable {@code v} over
     * {@code D_v}, marking the positions it covers in {@code done}; null if that part is zero. If
     * {@code p_v'} (enclosed over {@code D_v} term by term) has a fixed sign, {@code p_v} is monotone and
     * its range is the hull of its values at the two endpoints (point interval Horner); otherwise the
     * exact range of its linear and quadratic terms, the higher powers being left to the monomial
     * bounds.
     */
    private static Interval univariateRange(TaylorModelSpace sp, double[] c, int v, boolean[] done) {
        int[] pos = sp.tables.pure[v];
        int order = pos.length - 1;
        if (order == 0) {
            return null; // a variable with degree cap 0: no pure part
        }
        int top = 0;
        for (int k = 1; k <= order; k++) {
            if (c[pos[k]] != 0) {
                top = k;
            }
        }
        if (top == 0) {
            done[pos[1]] = true;
            return null;
        }
        Interval d = sp.deviation(v);
        if (top >= 3) {
            // p_v'(D_v) ⊆ Σ k·c_k·pown(D_v, k − 1), the powers being the space's monomial bounds;
            // endpoints by directed rounding on doubles (a hot path: no Interval objects)
            double slo = 0.0;
            double shi = 0.0;
            for (int k = 1; k <= top; k++) {
                double ck = c[pos[k]];
                if (ck == 0) {
                    continue;
                }
                Interval pw = sp.lowBound[pos[k - 1]];
                double klo = mulDown(ck, k);
                double khi = mulUp(ck, k);
                slo = addDown(slo, Math.min(Math.min(mulDown(klo, pw.inf()), mulDown(klo, pw.sup())),
                        Math.min(mulDown(khi, pw.inf()), mulDown(khi, pw.sup()))));
                shi = addUp(shi, Math.max(Math.max(mulUp(klo, pw.inf()), mulUp(klo, pw.sup())),
                        Math.max(mulUp(khi, pw.inf()), mulUp(khi, pw.sup()))));
            }
            if (slo >= 0 || shi <= 0) {
                for (int k = 1; k <= top; k++) {
                    done[pos[k]] = true;
                }
                return horner(c, pos, top, d.inf()).hull(horner(c, pos, top, d.sup()));
            }
        }
        done[pos[1]] = true;
        double b = 0.0;
        if (order >= 2) {
            done[pos[2]] = true;
            b = c[pos[2]];
        }
        return quadraticRange(c[pos[1]], b, d);
    }

    /**
     * {@code Σ_{k=1..top} c_{pos[k]} x^k} at the point {@code x}: Horner's scheme on an interval
     * {@code [lo, hi]} with directed rounding (an interval times the point {@code x} takes its
     * endpoints in the order of the sign of {@code x}).
     */
    private static Interval horner(double[] c, int[] pos, int top, double x) {
        double lo = c[pos[top]];
        double hi = lo;
        for (int k = top - 1; k >= 0; k--) {
            double plo = x >= 0 ? mulDown(lo, x) : mulDown(hi, x);
            double phi = x >= 0 ? mulUp(hi, x) : mulUp(lo, x);
            double ck = k >= 1 ? c[pos[k]] : 0.0;
            lo = addDown(plo, ck);
            hi = addUp(phi, ck);
        }
        return interval(lo, hi);
    }

    /**
     * The range of {@code a·δ + b·δ²} over {@code d}: the hull of the endpoint values and, if the
     * vertex {@code −a/(2b)} may lie in {@code d}, the vertex value {@code −a²/(4b)}. Including the
     * vertex value when the vertex is outside is harmless (the range is then the endpoints' hull, a
     * subset), so an enclosure of the vertex that merely meets {@code d} suffices.
     */
    static Interval quadraticRange(double a, double b, Interval d) {
        Interval ia = Interval.point(a);
        Interval l = Interval.point(d.inf());
        Interval u = Interval.point(d.sup());
        if (b == 0) {
            return ia.multiply(d);
        }
        Interval ib = Interval.point(b);
        Interval range = ia.multiply(l).add(ib.multiply(l.sqr())).hull(ia.multiply(u).add(ib.multiply(u.sqr())));
        Interval vertex = ia.negate().divide(ib.multiply(Interval.point(2.0)));
        if (!vertex.disjoint(d)) {
            range = range.hull(ia.sqr().negate().divide(ib.multiply(Interval.point(4.0))));
        }
        return range;
    }

    /** {@code r + [−err, err]}. */
    static Interval widen(Interval r, double err) {
        if (err == 0) {
            return r;
        }
        return r.add(interval(-err, err));
    }

    private static Interval interval(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new TaylorModelDomainException("Taylor model arithmetic: a bound is not a number (overflow)");
        }
        if (lo == Double.POSITIVE_INFINITY || hi == Double.NEGATIVE_INFINITY) {
            throw new TaylorModelDomainException("Taylor model arithmetic: a bound overflowed");
        }
        return Interval.of(lo, hi);
    }

    static boolean isZero(Interval r) {
        return r.isPoint() && r.inf() == 0;
    }

    private static double finite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new TaylorModelDomainException("Taylor model arithmetic: a coefficient " + what + " overflowed");
        }
        return v;
    }
}
