package org.taylorkit.interval.tm;

import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.mulUp;

import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.interval.Interval;

/**
 * Affine substitutions in the polynomial part of a {@link TaylorModel}: {@code δ_v ↦ a·δ_v + b} in
 * one variable (the domain split) or {@code δ ↦ q·δ} in all of them (the shrink-wrap rescaling).
 *
 * <p><b>Rigor.</b> The exact new coefficient of {@code δ^β} is a finite sum of products of old
 * coefficients with exact factors {@code C(k, j)·a^j·b^{k−j}}; each sum is accumulated in interval
 * arithmetic (outward rounded), the midpoint is stored and the radius times the monomial's magnitude
 * bound over the box is added to the remainder, so the new polynomial plus the added interval
 * encloses the exact substituted polynomial at every point of the box.
 */
final class PolynomialSubstitution {

    private PolynomialSubstitution() {
    }

    /**
     * The model of {@code g(δ) = f(δ_1, …, a·δ_v + b, …, δ_n)}: the substituted polynomial and the
     * remainder of {@code f} plus the rounding errors. Valid because {@code a·D_v + b ⊆ D_v} (checked).
     */
    static TaylorModel substitute(TaylorModel f, int v, double a, double b) {
        TaylorModelSpace sp = f.space();
        if (v < 0 || v >= sp.dimension()) {
            throw new IllegalArgumentException("substitution: no variable " + v + " in " + sp);
        }
        Interval d = sp.deviation(v);
        Interval image = d.multiply(Interval.point(a)).add(Interval.point(b));
        if (!image.subsetOf(d)) {
            throw new IllegalArgumentException("substitution δ" + sp.variables().name(v) + " ↦ " + a + "·δ + " + b
                    + " maps the deviation range " + d + " to " + image + ", which leaves it");
        }
        MonomialTables t = sp.tables;
        int order = t.order;
        Interval[][] factor = new Interval[order + 1][order + 1];
        for (int k = 0; k <= order; k++) {
            for (int j = 0; j <= k; j++) {
                factor[k][j] = Interval.point(MonomialIndex.binomial(k, j)).multiply(Interval.point(a).pow(j))
                        .multiply(Interval.point(b).pow(k - j));
            }
        }
        Interval[] acc = new Interval[t.size];
        double[] c = f.raw();
        int[] e = new int[t.nvars];
        for (int p = 0; p < t.size; p++) {
            if (c[p] == 0) {
                continue;
            }
            System.arraycopy(t.low[p], 0, e, 0, e.length);
            int k = e[v];
            Interval cp = Interval.point(c[p]);
            for (int j = 0; j <= k; j++) {
                e[v] = j;
                int q = t.position(e); // held: the degree in every variable set can only fall
                Interval term = cp.multiply(factor[k][j]);
                acc[q] = acc[q] == null ? term : acc[q].add(term);
            }
        }
        return collect(f, acc, f.remainder());
    }

    /** The model of {@code δ ↦ P(q_1·δ_1, …, q_n·δ_n)} (P the polynomial part of {@code f}; its remainder is not carried). */
    static TaylorModel scalePolynomial(TaylorModel f, double[] q) {
        TaylorModelSpace sp = f.space();
        MonomialTables t = sp.tables;
        Interval[][] powers = new Interval[t.nvars][t.order + 1];
        for (int v = 0; v < t.nvars; v++) {
            powers[v][0] = Interval.point(1.0);
            for (int k = 1; k <= t.order; k++) {
                powers[v][k] = powers[v][k - 1].multiply(Interval.point(q[v]));
            }
        }
        double[] c = f.raw();
        Interval[] acc = new Interval[t.size];
        for (int p = 0; p < t.size; p++) {
            if (c[p] != 0) {
                Interval m = Interval.point(c[p]);
                for (int v = 0; v < t.nvars; v++) {
                    if (t.low[p][v] != 0) {
                        m = m.multiply(powers[v][t.low[p][v]]);
                    }
                }
                acc[p] = m;
            }
        }
        return collect(f, acc, Interval.point(0.0));
    }

    private static TaylorModel collect(TaylorModel f, Interval[] acc, Interval remainder) {
        TaylorModelSpace sp = f.space();
        double[] r = new double[acc.length];
        double err = 0.0;
        for (int p = 0; p < acc.length; p++) {
            if (acc[p] == null) {
                continue;
            }
            if (!acc[p].isBounded() || acc[p].isEmpty()) {
                throw new TaylorModelDomainException("Taylor model substitution: a coefficient overflowed");
            }
            r[p] = acc[p].mid();
            if (!acc[p].isPoint()) {
                err = addUp(err, mulUp(acc[p].rad(), sp.lowMag[p]));
            }
        }
        return new TaylorModel(sp, r, PolynomialArithmetic.widen(remainder, err));
    }
}
