package org.taylorkit.core.series;

import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.MonomialMaps;
import org.taylorkit.core.multi.ProductSchedule;
import org.taylorkit.core.multi.Variables;

/**
 * The calculus of {@link TaylorN} (gradient, Jacobian, Hessian, evaluation, substitution, composition, ∂, ∫), kept out of
 * the value class to keep it short. Stateless.
 */
final class TaylorNCalculus {

    private TaylorNCalculus() {
    }

    /** The degree-1 coefficients (∂f/∂x_i at the point); IllegalStateException at order 0. */
    static double[] gradient(TaylorN s) {
        if (s.order() < 1) {
            throw new IllegalStateException("gradient: needs order ≥ 1, this series has order 0");
        }
        return s.homogeneousPart(1);
    }

    /** Row i is {@code fs[i].gradient()}; the series must share their variables. */
    static double[][] jacobian(TaylorN... fs) {
        if (fs.length == 0) {
            throw new IllegalArgumentException("jacobian: no series given");
        }
        double[][] j = new double[fs.length][];
        for (int i = 0; i < fs.length; i++) {
            fs[0].variables().requireSame(fs[i].variables(), "jacobian");
            j[i] = fs[i].gradient();
        }
        return j;
    }

    /** {@code α! · c} with exact α! while it fits in 2⁵³, else successive integer multiplications. */
    static double multiFactorialTimes(int[] exponents, double c) {
        long f = 1;
        boolean exact = true;
        outer:
        for (int e : exponents) {
            for (int i = 2; i <= e; i++) {
                if (f > (1L << 53) / i) {
                    exact = false;
                    break outer;
                }
                f *= i;
            }
        }
        if (exact) {
            return c * f;
        }
        // |c| grows monotonically under factors ≥ 1, so no intermediate overflows unless the result does.
        double r = c;
        for (int e : exponents) {
            for (int i = 2; i <= e; i++) {
                r *= i;
            }
        }
        return r;
    }

    static double[][] hessian(TaylorN s) {
        MonomialIndex idx = s.index();
        if (idx.order() < 2) {
            throw new IllegalStateException("hessian: needs order ≥ 2, this series has order " + idx.order());
        }
        int n = idx.nvars();
        double[][] h = new double[n][n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                e[i]++;
                e[j]++;
                double v = s.coefficientAt(idx.position(e));
                e[i]--;
                e[j]--;
                h[i][j] = i == j ? 2.0 * v : v;
                h[j][i] = h[i][j];
            }
        }
        return h;
    }

    static double evaluate(TaylorN s, double[] deltas) {
        MonomialIndex idx = s.index();
        if (deltas.length != idx.nvars()) {
            throw new IllegalArgumentException("evaluate: " + deltas.length + " displacements given for the "
                    + idx.nvars() + " variables " + s.variables());
        }
        double[] mon = new double[idx.size()];
        mon[0] = 1.0;
        for (int p = 1; p < mon.length; p++) {
            mon[p] = mon[idx.parent(p)] * deltas[idx.parentVariable(p)];
        }
        double sum = 0.0;
        for (int d = idx.order(); d >= 0; d--) {
            double part = 0.0;
            for (int p = idx.offset(d); p < idx.offset(d + 1); p++) {
                part += s.coefficientAt(p) * mon[p];
            }
            sum += part;
        }
        return sum;
    }

    static TaylorN substitute(TaylorN s, int v, double delta) {
        MonomialIndex idx = s.index();
        double[] pw = new double[idx.order() + 1];
        pw[0] = 1.0;
        for (int k = 1; k < pw.length; k++) {
            pw[k] = pw[k - 1] * delta;
        }
        MonomialMaps.Map m = MonomialMaps.substitution(idx, v);
        double[] r = new double[idx.size()];
        for (int i = 0; i < m.length(); i++) {
            r[m.target()[i]] += s.coefficientAt(m.source()[i]) * pw[m.factor()[i]];
        }
        return new TaylorN(s.variables(), idx, r);
    }

    static TaylorN differentiate(TaylorN s, int v) {
        MonomialIndex idx = s.index();
        MonomialIndex down = MonomialIndex.of(idx.nvars(), Math.max(0, idx.order() - 1));
        MonomialMaps.Map m = MonomialMaps.derivative(idx, v);
        double[] r = new double[down.size()];
        for (int i = 0; i < m.length(); i++) {
            r[m.target()[i]] = s.coefficientAt(m.source()[i]) * m.factor()[i];
        }
        return new TaylorN(s.variables(), down, r);
    }

    static TaylorN integrate(TaylorN s, int v) {
        MonomialIndex idx = s.index();
        MonomialIndex up = MonomialIndex.of(idx.nvars(), idx.order() + 1);
        MonomialMaps.Map m = MonomialMaps.integral(idx, v);
        double[] r = new double[up.size()];
        for (int i = 0; i < m.length(); i++) {
            r[m.target()[i]] = s.coefficientAt(m.source()[i]) / m.factor()[i];
        }
        return new TaylorN(s.variables(), up, r);
    }

    static TaylorN compose(TaylorN s, TaylorN[] subs) {
        MonomialIndex idx = s.index();
        if (subs.length != idx.nvars()) {
            throw new IllegalArgumentException("compose: " + subs.length + " substitutions given for the "
                    + idx.nvars() + " variables " + s.variables());
        }
        Variables w = subs[0].variables();
        int order = idx.order();
        for (int i = 0; i < subs.length; i++) {
            w.requireSame(subs[i].variables(), "compose");
            if (subs[i].value() != 0.0) {
                throw new IllegalArgumentException("compose: the substitution for δ" + s.variables().name(i)
                        + " has constant term " + subs[i].value() + " (it must be a displacement: constant term 0)");
            }
            order = Math.min(order, subs[i].order());
        }
        MonomialIndex out = MonomialIndex.of(w.size(), order);
        ProductSchedule sched = out.schedule();
        double[] r = new double[out.size()];
        r[0] = s.value();
        // Monomials of degree d (as series in W) from those of degree d − 1: one product each.
        double[][] prev = {unit(out.size())};
        for (int d = 1; d <= order; d++) {
            double[][] cur = new double[idx.count(d)][];
            for (int p = idx.offset(d); p < idx.offset(d + 1); p++) {
                double[] m = new double[out.size()];
                sched.mulInto(prev[idx.parent(p) - idx.offset(d - 1)], subs[idx.parentVariable(p)].raw(), m);
                cur[p - idx.offset(d)] = m;
                double cp = s.coefficientAt(p);
                if (cp != 0.0) {
                    for (int q = 0; q < r.length; q++) {
                        r[q] += cp * m[q];
                    }
                }
            }
            prev = cur;
        }
        return new TaylorN(w, out, r);
    }

    private static double[] unit(int size) {
        double[] u = new double[size];
        u[0] = 1.0;
        return u;
    }

    static TaylorN apply(TaylorN s, Taylor1 f) {
        int order = Math.min(s.order(), f.order());
        MonomialIndex idx = MonomialIndex.of(s.index().nvars(), order);
        double[] u = java.util.Arrays.copyOf(s.raw(), idx.size());
        u[0] = 0.0;
        // Horner: r = f_R; r = r·u + f_k for k = R−1..0 (terms u^k with k > R vanish at order R)
        double[] r = new double[idx.size()];
        double[] tmp = new double[idx.size()];
        r[0] = f.coefficient(order);
        for (int k = order - 1; k >= 0; k--) {
            idx.schedule().mulInto(r, u, tmp);
            double[] t = r;
            r = tmp;
            tmp = t;
            r[0] += f.coefficient(k);
        }
        return new TaylorN(s.variables(), idx, r);
    }
}
