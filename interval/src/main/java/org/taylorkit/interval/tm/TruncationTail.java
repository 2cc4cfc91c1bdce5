package org.taylorkit.interval.tm;

import static org.taylorkit.interval.DirectedRounding.addDown;
import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.mulDown;
import static org.taylorkit.interval.DirectedRounding.mulUp;

/**
 * An enclosure of the part of degree {@code K+2..2K} of the product of two polynomial parts of order
 * {@code K}, by degree: the terms a Taylor-model product truncates beyond the monomials of degree
 * {@code K+1} (which {@link ErrorFreeProduct} and {@link PolynomialArithmetic#multiplyDirected}
 * enclose monomial by monomial). This is what makes a product cost about the pairs of total degree
 * ≤ {@code K+1} rather than all {@code size²} pairs: in 7 variables at order 6, 112 848 of 2 944 656.
 *
 * <p><b>The enclosure.</b> Write {@code H^x_a} for the homogeneous part of degree {@code a} of
 * {@code P_x}. The truncated tail is {@code Σ_{a+b ≥ K+2; a, b ≤ K} H^x_a(δ)·H^y_b(δ)
 * = Σ_{a=2..K} H^x_a(δ)·S^y_{K+2−a}(δ)} with {@code S^y_b = Σ_{b' ≥ b} H^y_{b'}}. For every {@code δ} in
 * the box, {@code H^x_a(δ) ∈ [λ^x_a, υ^x_a] = Σ_{deg p = a} x_p·B_p} (interval sum of the monomial
 * bounds {@code B_p}), so the tail lies in the interval expression
 * {@code Σ_a [λ^x_a, υ^x_a]·Σ_{b ≥ K+2−a} [λ^y_b, υ^y_b]}. It is one-sided where the parts are: a
 * monomial with only even exponents has {@code B_p = [0, β]} on a box centred at the expansion point, so
 * for instance the tail of a square of a polynomial in one variable dominated by even powers is not
 * made symmetric. Its magnitude is never above the symmetric bound
 * {@code Σ_a μ^x_a·Σ_b μ^y_b} ({@code μ_a = Σ_{deg p = a} |c_p|·|B_p|}) used before.
 *
 * <p><b>Products cut lower.</b> {@link #fromDegree} encloses {@code Σ_{a+b ≥ c} H^x_a·H^y_b} for any cut
 * {@code c ≤ K + 2} the same way (parts from degree 0, where {@code B_0 = [1, 1]}): the tail of a product
 * truncated at degree {@code c − 1} ({@link TaylorModel#multiply(TaylorModel, int)}); {@link #lowestCut} chooses
 * such a cut from the parts' magnitudes.
 *
 * <p><b>Rounding.</b> Each {@code λ_a} ({@code υ_a}) is summed to nearest over the products
 * {@code c_p} times the endpoint of {@code B_p} matching the sign of {@code c_p}, and widened by
 * {@link RoundedSums#deviationOfFew} (a part has at most 2 000 terms) of the sum {@code m_a} of the magnitudes {@code |c_p|·|B_p|} (an all-zero
 * part is exactly {@code [0, 0]}). The {@code O(K)} interval sums and products of these endpoints are
 * rounded outward. A non-finite value (overflow) gives null, which the caller turns into its overflow
 * handling.
 *
 * <p><b>With a capped degree</b> ({@link MonomialTables#capped}) the same is done by class (degree in the
 * capped variables, total degree) instead of by degree: the product's pairs of two classes are either formed
 * one by one or all left out, and {@code Σ} over the left-out class pairs {@code [λ^x_a, υ^x_a]·[λ^y_b, υ^y_b]}
 * encloses their sum; this includes the classes of degree {@code K+2..2K} and those landing on monomials the
 * space leaves out.
 *
 * <p>Stateless; allocates a few arrays of {@code K+1} (or one per class) doubles; thread-safe.
 */
final class TruncationTail {

    private TruncationTail() {
    }

    /**
     * {@code {lo, hi}} enclosing {@code Σ_{a+b ≥ K+2} H^x_a(δ)·H^y_b(δ)} over the space's box
     * ({@code {0, 0}} when {@code K < 2}, where no such pair exists); null on overflow.
     */
    static double[] enclosure(TaylorModelSpace sp, double[] x, double[] y) {
        MonomialTables t = sp.tables;
        if (t.capped) {
            return byClass(sp, x, y);
        }
        return fromDegree(sp, DegreeProfile.of(sp, x), DegreeProfile.of(sp, y), t.order + 2);
    }

    /**
     * In a space without a capped degree: {@code {lo, hi}} enclosing {@code Σ_{a+b ≥ cut} H^x_a(δ)·H^y_b(δ)}
     * over the box, {@code a, b ≤ K} (the same enclosure as {@link #enclosure} with the cut at any degree
     * {@code 1 ≤ cut ≤ K + 2}: a product truncated at degree {@code D = cut − 1}, see
     * {@link ErrorFreeProduct#multiply(TaylorModelSpace, double[], double[], int)}); {@code {0, 0}} when no
     * such pair exists; null on overflow.
     */
    static double[] fromDegree(TaylorModelSpace sp, DegreeProfile x, DegreeProfile y, int cut) {
        MonomialTables t = sp.tables;
        int k = t.order;
        if (cut > 2 * k) {
            return new double[] {0.0, 0.0};
        }
        int first = Math.max(0, cut - k); // the lowest degree a of x with a partner b ≤ K
        // suffix[b] = Σ_{b' ≥ b} [λ^y_{b'}, υ^y_{b'}] (rounded outward)
        double[] slo = y.lower.clone();
        double[] shi = y.upper.clone();
        for (int b = k - 1; b >= first; b--) {
            slo[b] = addDown(slo[b], slo[b + 1]);
            shi[b] = addUp(shi[b], shi[b + 1]);
        }
        double lo = 0.0;
        double hi = 0.0;
        for (int a = first; a <= k; a++) {
            double xl = x.lower[a];
            double xu = x.upper[a];
            int b = Math.max(first, cut - a);
            double yl = slo[b];
            double yu = shi[b];
            if ((xl == 0 && xu == 0) || (yl == 0 && yu == 0)) {
                continue;
            }
            double p1 = mulDown(xl, yl);
            double p2 = mulDown(xl, yu);
            double p3 = mulDown(xu, yl);
            double p4 = mulDown(xu, yu);
            lo = addDown(lo, Math.min(Math.min(p1, p2), Math.min(p3, p4)));
            double q1 = mulUp(xl, yl);
            double q2 = mulUp(xl, yu);
            double q3 = mulUp(xu, yl);
            double q4 = mulUp(xu, yu);
            hi = addUp(hi, Math.max(Math.max(q1, q2), Math.max(q3, q4)));
        }
        return Double.isFinite(lo) && Double.isFinite(hi) ? new double[] {lo, hi} : null;
    }

    /**
     * The lowest cut {@code c} in {@code 1..K+1} at which the by-degree tail {@code Σ_{a+b ≥ c}} of the product
     * of {@code x} and {@code y} (in a space without a capped degree) is at most {@code allowed} wide, judged by
     * the magnitudes {@code 2·Σ_{a+b ≥ c} μ^x_a·μ^y_b} of the parts ({@code μ_a = Σ_{deg p = a} |c_p|·|B_p|},
     * rounded to nearest): a choice, not a bound — the product that follows encloses whatever it cuts.
     * {@code K + 1} (no cut below the order) when even the degree-{@code K} cut is too wide.
     */
    static int lowestCut(TaylorModelSpace sp, DegreeProfile x, DegreeProfile y, double allowed) {
        MonomialTables t = sp.tables;
        int k = t.order;
        double[] mx = x.magnitude;
        double[] my = y.magnitude;
        double tail = 0;
        int cut = k + 1;
        while (cut > 1) {
            int c = cut - 1; // adding the pairs of total degree exactly c
            double add = 0;
            for (int a = Math.max(0, c - k); a <= Math.min(c, k); a++) {
                add += mx[a] * my[c - a];
            }
            if (2 * (tail + add) > allowed) {
                break;
            }
            tail += add;
            cut = c;
        }
        return cut;
    }

    /**
     * In a space with a capped degree ({@link MonomialTables#capped}): {@code {lo, hi}} enclosing
     * {@code Σ H^x_a(δ)·H^y_b(δ)} over the class pairs {@code (a, b)} that are not formed one by one
     * ({@link MonomialTables#formed}), {@code H_a} the part of class {@code a}; each part's range is
     * enclosed as in {@link DegreeProfile}, and every pair of ranges multiplied with outward rounding.
     * Null on overflow.
     */
    private static double[] byClass(TaylorModelSpace sp, double[] x, double[] y) {
        MonomialTables t = sp.tables;
        int c = t.classes;
        double[][] hx = classParts(sp, x);
        double[][] hy = classParts(sp, y);
        double lo = 0.0;
        double hi = 0.0;
        for (int a = 0; a < c; a++) {
            double xl = hx[0][a];
            double xu = hx[1][a];
            if (xl == 0 && xu == 0) {
                continue;
            }
            for (int b = 0; b < c; b++) {
                double yl = hy[0][b];
                double yu = hy[1][b];
                if (t.formed[a * c + b] || (yl == 0 && yu == 0)) {
                    continue;
                }
                lo = addDown(lo, Math.min(Math.min(mulDown(xl, yl), mulDown(xl, yu)), Math.min(mulDown(xu, yl), mulDown(xu, yu))));
                hi = addUp(hi, Math.max(Math.max(mulUp(xl, yl), mulUp(xl, yu)), Math.max(mulUp(xu, yl), mulUp(xu, yu))));
            }
        }
        return Double.isFinite(lo) && Double.isFinite(hi) ? new double[] {lo, hi} : null;
    }

    /** {@code {λ, υ}}: enclosures of the range of each class's part of {@code c} over the box ({@link PartRanges}). */
    private static double[][] classParts(TaylorModelSpace sp, double[] c) {
        PartRanges parts = PartRanges.of(sp, c, sp.tables.classOf, sp.tables.classes);
        return new double[][] {parts.lower, parts.upper};
    }
}
