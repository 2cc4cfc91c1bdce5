package org.taylorkit.core.series;

import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.BinaryPowering;

import org.taylorkit.core.function.Functions;
import java.util.Arrays;
import org.taylorkit.core.kernels.GenericInverseKernels;
import org.taylorkit.core.kernels.GenericKernels;
import org.taylorkit.core.multi.FieldHomogeneousArithmetic;
import org.taylorkit.core.multi.FieldHomogeneousPart;
import org.taylorkit.core.multi.KernelRunner;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.MonomialMaps;
import org.taylorkit.core.multi.SeriesDomain;
import org.taylorkit.core.multi.Variables;

/**
 * The implementations behind {@link FieldTaylorN}: kernels run over homogeneous parts, the
 * constant-term checks of {@link SeriesDomain}, and the calculus through {@link MonomialMaps}. Stateless.
 */
final class FieldTaylorNFunctions {

    private FieldTaylorNFunctions() {
    }

    private static <T> FieldHomogeneousArithmetic<T> parts(FieldTaylorN<T> t) {
        return new FieldHomogeneousArithmetic<>(t.arithmetic(), t.index());
    }

    private static <T> FieldTaylorN<T> wrap(FieldTaylorN<T> t, FieldHomogeneousArithmetic<T> h,
            FieldHomogeneousPart<T>[] r) {
        return new FieldTaylorN<>(t.arithmetic(), t.variables(), t.index(), h.join(r));
    }

    static <T> FieldTaylorN<T> divide(FieldTaylorN<T> a, FieldTaylorN<T> b, String function) {
        a.variables().requireSame(b.variables(), function);
        int order = Math.min(a.order(), b.order());
        FieldTaylorN<T> ta = a.truncate(order);
        FieldTaylorN<T> tb = b.truncate(order);
        SeriesDomain.divisor(a.arithmetic(), tb.value(), function);
        FieldHomogeneousArithmetic<T> h = parts(ta);
        return wrap(ta, h, KernelRunner.binary(h, h.split(ta.raw()), h.split(tb.raw()), GenericKernels::div));
    }

    static <T> FieldTaylorN<T> pow(FieldTaylorN<T> t, int n) {
        Arithmetic<T> ar = t.arithmetic();
        if (n < 0) {
            if (n == Integer.MIN_VALUE) {
                throw new IllegalArgumentException("pow: exponent " + n + " is out of range");
            }
            SeriesDomain.powNegative(ar, t.value());
            return pow(t.reciprocal(), -n);
        }
        if (n == 0) {
            return FieldTaylorN.constant(ar, t.variables(), ar.one(), t.order());
        }
        return BinaryPowering.power(t, n, FieldTaylorN::multiply, b -> b.multiply(b));
    }

    static <T> FieldTaylorN<T> pow(FieldTaylorN<T> t, T r) {
        Arithmetic<T> ar = t.arithmetic();
        double rd = ar.toDouble(r);
        if (rd == Math.rint(rd) && Math.abs(rd) <= 1 << 30 && ar.isZero(ar.subtract(r, ar.fromDouble(rd)))) {
            return pow(t, (int) rd);
        }
        if (t.isZero()) {
            SeriesDomain.zeroToPower(ar, r);
            return t;
        }
        SeriesDomain.powReal(ar, t.value(), rd < 0);
        FieldHomogeneousArithmetic<T> h = parts(t);
        FieldHomogeneousPart<T> rp = h.scalar(r);
        return wrap(t, h, KernelRunner.unary(h, h.split(t.raw()), (a2, a, c, k) -> GenericKernels.pow(a2, a, rp, c, k)));
    }

    /** f(t): zero stays zero for √, ∛ and |·|, |·| keeps or flips the sign, otherwise check and run the kernel. */
    static <T> FieldTaylorN<T> apply(FieldTaylorN<T> t, ElementaryFunction f) {
        if ((f == Functions.SQRT || f == Functions.CBRT || f == Functions.ABS) && t.isZero()) {
            return t;
        }
        Arithmetic<T> ar = t.arithmetic();
        f.checkSeries(ar, t.value());
        if (f == Functions.ABS) {
            return ar.signum(t.value()) > 0 ? t : t.negate();
        }
        FieldHomogeneousArithmetic<T> h = parts(t);
        return wrap(t, h, KernelRunner.apply(h, h.split(t.raw()), f));
    }

    static <T> FieldTaylorN<T> atan2(FieldTaylorN<T> y, FieldTaylorN<T> x) {
        y.variables().requireSame(x.variables(), "atan2");
        int order = Math.min(y.order(), x.order());
        FieldTaylorN<T> ty = y.truncate(order);
        FieldTaylorN<T> tx = x.truncate(order);
        SeriesDomain.atan2(y.arithmetic(), ty.value(), tx.value());
        FieldHomogeneousArithmetic<T> h = parts(ty);
        return wrap(ty, h, KernelRunner.binaryAux(h, h.split(ty.raw()), h.split(tx.raw()), GenericInverseKernels::atan2));
    }

    // ------------------------------------------------------------------ calculus

    static <T> T[][] hessian(FieldTaylorN<T> s) {
        MonomialIndex idx = s.index();
        Arithmetic<T> ar = s.arithmetic();
        if (idx.order() < 2) {
            throw new IllegalStateException("hessian: needs order ≥ 2, this series has order " + idx.order());
        }
        int n = idx.nvars();
        @SuppressWarnings("unchecked")
        T[][] h = (T[][]) java.lang.reflect.Array.newInstance(ar.newArray(0).getClass(), n);
        for (int i = 0; i < n; i++) {
            h[i] = ar.newArray(n);
        }
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                e[i]++;
                e[j]++;
                T v = s.coefficientAt(idx.position(e));
                e[i]--;
                e[j]--;
                h[i][j] = i == j ? ar.multiply(v, 2) : v;
                h[j][i] = h[i][j];
            }
        }
        return h;
    }

    static <T> T evaluate(FieldTaylorN<T> s, T[] deltas) {
        MonomialIndex idx = s.index();
        Arithmetic<T> ar = s.arithmetic();
        if (deltas.length != idx.nvars()) {
            throw new IllegalArgumentException("evaluate: " + deltas.length + " displacements given for the "
                    + idx.nvars() + " variables " + s.variables());
        }
        T[] mon = ar.newArray(idx.size());
        mon[0] = ar.one();
        for (int p = 1; p < mon.length; p++) {
            mon[p] = ar.multiply(mon[idx.parent(p)], deltas[idx.parentVariable(p)]);
        }
        T sum = ar.zero();
        for (int d = idx.order(); d >= 0; d--) {
            T part = ar.zero();
            for (int p = idx.offset(d); p < idx.offset(d + 1); p++) {
                part = ar.add(part, ar.multiply(s.coefficientAt(p), mon[p]));
            }
            sum = ar.add(sum, part);
        }
        return sum;
    }

    static <T> FieldTaylorN<T> substitute(FieldTaylorN<T> s, int v, T delta) {
        MonomialIndex idx = s.index();
        Arithmetic<T> ar = s.arithmetic();
        T[] pw = ar.newArray(idx.order() + 1);
        pw[0] = ar.one();
        for (int k = 1; k < pw.length; k++) {
            pw[k] = ar.multiply(pw[k - 1], delta);
        }
        MonomialMaps.Map m = MonomialMaps.substitution(idx, v);
        T[] r = zeros(ar, idx.size());
        for (int i = 0; i < m.length(); i++) {
            int t = m.target()[i];
            r[t] = ar.add(r[t], ar.multiply(s.coefficientAt(m.source()[i]), pw[m.factor()[i]]));
        }
        return new FieldTaylorN<>(ar, s.variables(), idx, r);
    }

    static <T> FieldTaylorN<T> differentiate(FieldTaylorN<T> s, int v) {
        MonomialIndex idx = s.index();
        Arithmetic<T> ar = s.arithmetic();
        MonomialIndex down = MonomialIndex.of(idx.nvars(), Math.max(0, idx.order() - 1));
        MonomialMaps.Map m = MonomialMaps.derivative(idx, v);
        T[] r = zeros(ar, down.size());
        for (int i = 0; i < m.length(); i++) {
            r[m.target()[i]] = ar.multiply(s.coefficientAt(m.source()[i]), m.factor()[i]);
        }
        return new FieldTaylorN<>(ar, s.variables(), down, r);
    }

    static <T> FieldTaylorN<T> integrate(FieldTaylorN<T> s, int v) {
        MonomialIndex idx = s.index();
        Arithmetic<T> ar = s.arithmetic();
        MonomialIndex up = MonomialIndex.of(idx.nvars(), idx.order() + 1);
        MonomialMaps.Map m = MonomialMaps.integral(idx, v);
        T[] r = zeros(ar, up.size());
        for (int i = 0; i < m.length(); i++) {
            r[m.target()[i]] = ar.divide(s.coefficientAt(m.source()[i]), m.factor()[i]);
        }
        return new FieldTaylorN<>(ar, s.variables(), up, r);
    }

    static <T> FieldTaylorN<T> compose(FieldTaylorN<T> s, FieldTaylorN<T>[] subs) {
        MonomialIndex idx = s.index();
        Arithmetic<T> ar = s.arithmetic();
        if (subs.length != idx.nvars()) {
            throw new IllegalArgumentException("compose: " + subs.length + " substitutions given for the "
                    + idx.nvars() + " variables " + s.variables());
        }
        Variables w = subs[0].variables();
        int order = idx.order();
        for (int i = 0; i < subs.length; i++) {
            w.requireSame(subs[i].variables(), "compose");
            if (!ar.isZero(subs[i].value())) {
                throw new IllegalArgumentException("compose: the substitution for δ" + s.variables().name(i)
                        + " has constant term " + subs[i].value() + " (it must be a displacement: constant term 0)");
            }
            order = Math.min(order, subs[i].order());
        }
        MonomialIndex out = MonomialIndex.of(w.size(), order);
        FieldTaylorN<T> result = FieldTaylorN.constant(ar, w, s.value(), order);
        FieldTaylorN<T>[] trunc = subs.clone();
        for (int i = 0; i < trunc.length; i++) {
            trunc[i] = subs[i].truncate(order);
        }
        @SuppressWarnings("unchecked")
        FieldTaylorN<T>[] prev = (FieldTaylorN<T>[]) new FieldTaylorN<?>[] {FieldTaylorN.constant(ar, w, ar.one(), order)};
        for (int d = 1; d <= order; d++) {
            @SuppressWarnings("unchecked")
            FieldTaylorN<T>[] cur = (FieldTaylorN<T>[]) new FieldTaylorN<?>[idx.count(d)];
            for (int p = idx.offset(d); p < idx.offset(d + 1); p++) {
                FieldTaylorN<T> m = prev[idx.parent(p) - idx.offset(d - 1)].multiply(trunc[idx.parentVariable(p)]);
                cur[p - idx.offset(d)] = m;
                if (!ar.isZero(s.coefficientAt(p))) {
                    result = result.add(m.multiply(s.coefficientAt(p)));
                }
            }
            prev = cur;
        }
        assert result.index() == out;
        return result;
    }

    static <T> FieldTaylorN<T> apply(FieldTaylorN<T> s, FieldTaylor1<T> f) {
        int order = Math.min(s.order(), f.order());
        FieldTaylorN<T> u = s.truncate(order).subtract(s.value());
        Arithmetic<T> ar = s.arithmetic();
        FieldTaylorN<T> r = FieldTaylorN.constant(ar, s.variables(), f.coefficient(order), order);
        for (int k = order - 1; k >= 0; k--) {
            r = r.multiply(u).add(f.coefficient(k));
        }
        return r;
    }

    private static <T> T[] zeros(Arithmetic<T> ar, int n) {
        T[] r = ar.newArray(n);
        Arrays.fill(r, ar.zero());
        return r;
    }
}
