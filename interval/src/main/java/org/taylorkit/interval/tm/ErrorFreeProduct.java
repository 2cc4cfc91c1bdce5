package org.taylorkit.interval.tm;

import static org.taylorkit.interval.DirectedRounding.addDown;
import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.mulDown;
import static org.taylorkit.interval.DirectedRounding.mulUp;

import org.taylorkit.interval.Interval;

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
 * into the remainder is {@code Σ_d E_d·|B_d|}, evaluated with {@code mulUp}/{@code addUp} from
 * {@code Ê_d·GROWTH}. An exact product or sum contributes {@code e_k = t_k = 0}, so products that are
 * exact in doubles keep a zero remainder.
 *
 * <p><b>Truncation.</b> The terms of degree {@code K+1..2K} are accumulated per high monomial
 * {@code h} the same way (sum {@code ĥ_h}, error bound {@code Ê_h}). Their contribution
 * {@code h_h·δ^{α_h}} lies in {@code ĥ_h·B_h + [−E_h, E_h]·|B_h|}: the first product is enclosed by
 * directed rounding of {@code ĥ_h} times the endpoint of {@code B_h} matching its sign (so even powers
 * stay one-sided), the second joins the symmetric error term.
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
        MonomialTables t = sp.tables;
        int size = t.size;
        int[] dest = t.dest;
        int nh = t.high.length;
        double[] sum = new double[size];
        double[] acc = new double[size];
        double[] hsum = nh == 0 ? sum : new double[nh];
        double[] hacc = nh == 0 ? acc : new double[nh];
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            double xi = x[i];
            if (xi == 0) {
                continue;
            }
            int row = i * size;
            for (int j = 0; j < size; j++) {
                double yj = y[j];
                if (yj == 0) {
                    continue;
                }
                double p = xi * yj;
                double e = Math.fma(xi, yj, -p);
                double ap = Math.abs(p);
                smallest = ap < smallest ? ap : smallest;
                int d = dest[row + j];
                double[] s;
                double[] a;
                if (d >= 0) {
                    s = sum;
                    a = acc;
                } else {
                    s = hsum;
                    a = hacc;
                    d = -1 - d;
                }
                double c = s[d];
                double r = c + p;
                double bv = r - c;
                double tw = (c - (r - bv)) + (p - bv);
                s[d] = r;
                a[d] += Math.abs(e) + Math.abs(tw);
            }
        }
        if (!(smallest > EFT_SAFE)) {
            return smallest == Double.POSITIVE_INFINITY ? new Result(sum, 0, 0, 0) : null; // all-zero operand
        }
        double err = 0.0;
        for (int p = 0; p < size; p++) {
            double ap = acc[p];
            if (!Double.isFinite(sum[p]) || !Double.isFinite(ap)) {
                return null;
            }
            if (ap != 0) {
                err = addUp(err, mulUp(mulUp(ap, GROWTH), sp.lowMag[p]));
            }
        }
        double tlo = 0.0;
        double thi = 0.0;
        for (int h = 0; h < nh; h++) {
            double c = hsum[h];
            double ah = hacc[h];
            if (!Double.isFinite(c) || !Double.isFinite(ah)) {
                return null;
            }
            if (c == 0 && ah == 0) {
                continue;
            }
            Interval b = sp.highBound[h];
            if (c > 0) {
                tlo = addDown(tlo, mulDown(c, b.inf()));
                thi = addUp(thi, mulUp(c, b.sup()));
            } else if (c < 0) {
                tlo = addDown(tlo, mulDown(c, b.sup()));
                thi = addUp(thi, mulUp(c, b.inf()));
            }
            if (ah != 0) {
                err = addUp(err, mulUp(mulUp(ah, GROWTH), b.mag()));
            }
        }
        if (!Double.isFinite(err) || !Double.isFinite(tlo) || !Double.isFinite(thi)) {
            return null;
        }
        return new Result(sum, tlo, thi, err);
    }
}
