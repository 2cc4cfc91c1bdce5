package org.taylorkit.core.series;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.BinaryPowering;

import org.taylorkit.core.arith.BoxedDoubleArithmetic;
import org.taylorkit.core.function.Functions;
import org.taylorkit.core.kernels.GenericInverseKernels;
import org.taylorkit.core.kernels.GenericKernels;
import org.taylorkit.core.multi.FlatRecurrences;
import org.taylorkit.core.multi.HomogeneousArithmetic;
import org.taylorkit.core.multi.HomogeneousPart;
import org.taylorkit.core.multi.KernelRunner;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.SeriesDomain;

/**
 * Division, powers and elementary functions of {@link TaylorN}: each checks the constant term
 * ({@link SeriesDomain}) and runs the generic recurrence kernel over the homogeneous parts
 * ({@link HomogeneousArithmetic}); division and √ run the same recurrences on the flat coefficient
 * array ({@link FlatRecurrences}, bit-identical, no objects per part); no formula is repeated here. A NaN constant term skips the checks
 * and propagates through the kernels, as in {@code Taylor1}. Stateless.
 */
final class TaylorNFunctions {

    private static final BoxedDoubleArithmetic D = BoxedDoubleArithmetic.INSTANCE;

    private TaylorNFunctions() {
    }

    private static boolean checked(TaylorN t) {
        return !Double.isNaN(t.value());
    }

    private static TaylorN wrap(TaylorN t, MonomialIndex idx, HomogeneousPart[] parts) {
        return new TaylorN(t.variables(), idx, idx.homogeneous().join(parts));
    }

    static TaylorN unary(TaylorN t, KernelRunner.Unary<HomogeneousPart> kernel) {
        HomogeneousArithmetic h = t.index().homogeneous();
        return wrap(t, t.index(), KernelRunner.unary(h, h.split(t.raw()), kernel));
    }

    static TaylorN divide(TaylorN a, TaylorN b, String function) {
        a.variables().requireSame(b.variables(), function);
        int order = Math.min(a.order(), b.order());
        TaylorN ta = a.truncate(order);
        TaylorN tb = b.truncate(order);
        if (checked(tb)) {
            SeriesDomain.divisor(D, tb.value(), function);
        }
        MonomialIndex idx = ta.index();
        double[] c = new double[idx.size()];
        FlatRecurrences.divide(idx, ta.raw(), tb.raw(), c);
        return new TaylorN(ta.variables(), idx, c);
    }

    /** The generic path of {@link #divide}: the division kernel over homogeneous parts (for tests: the flat path must equal it bit for bit). */
    static TaylorN divideByKernel(TaylorN a, TaylorN b) {
        int order = Math.min(a.order(), b.order());
        TaylorN ta = a.truncate(order);
        TaylorN tb = b.truncate(order);
        HomogeneousArithmetic h = ta.index().homogeneous();
        return wrap(ta, ta.index(), KernelRunner.binary(h, h.split(ta.raw()), h.split(tb.raw()), GenericKernels::div));
    }

    /** The generic path of {@code f(t)}: the catalogue kernel over homogeneous parts, no domain check (for tests). */
    static TaylorN applyByKernel(TaylorN t, ElementaryFunction f) {
        HomogeneousArithmetic h = t.index().homogeneous();
        return wrap(t, t.index(), KernelRunner.apply(h, h.split(t.raw()), f));
    }

    static TaylorN pow(TaylorN t, int n) {
        if (n < 0) {
            if (n == Integer.MIN_VALUE) {
                throw new IllegalArgumentException("pow: exponent " + n + " is out of range");
            }
            if (checked(t)) {
                SeriesDomain.powNegative(D, t.value());
            }
            return pow(t.reciprocal(), -n);
        }
        if (n == 0) {
            return TaylorN.constant(t.variables(), 1.0, t.order());
        }
        return BinaryPowering.power(t, n, TaylorN::multiply, b -> b.multiply(b));
    }

    static TaylorN pow(TaylorN t, double r) {
        if (r == Math.rint(r) && Math.abs(r) <= 1 << 30) {
            return pow(t, (int) r);
        }
        if (t.isZero() && r > 0) {
            return t;
        }
        if (checked(t) && !Double.isNaN(r)) {
            SeriesDomain.powReal(D, t.value(), r < 0);
        }
        HomogeneousPart rp = t.index().homogeneous().scalar(r);
        return unary(t, (ar, a, c, k) -> GenericKernels.pow(ar, a, rp, c, k));
    }

    static TaylorN pow(TaylorN a, TaylorN b) {
        if (checked(a)) {
            SeriesDomain.powSeries(D, a.value());
        }
        return SeriesPowerConstant.apply(b.multiply(a.apply(Functions.LOG)).apply(Functions.EXP), Math.pow(a.value(), b.value()));
    }

    /** f(t): zero stays zero for √ and ∛, |·| keeps or flips the sign, otherwise check and run the kernel. */
    static TaylorN apply(TaylorN t, ElementaryFunction f) {
        if ((f == Functions.SQRT || f == Functions.CBRT || f == Functions.ABS) && t.isZero()) {
            return t;
        }
        if (f == Functions.ABS) {
            if (!checked(t)) {
                return t.multiply(Double.NaN);
            }
            f.checkSeries(D, t.value());
            return t.value() > 0 ? t : t.negate();
        }
        if (checked(t)) {
            f.checkSeries(D, t.value());
        }
        if (f == Functions.SQRT) {
            double[] c = new double[t.size()];
            FlatRecurrences.sqrt(t.index(), t.raw(), c);
            return new TaylorN(t.variables(), t.index(), c);
        }
        HomogeneousArithmetic h = t.index().homogeneous();
        return wrap(t, t.index(), KernelRunner.apply(h, h.split(t.raw()), f));
    }

    static TaylorN atan2(TaylorN y, TaylorN x) {
        y.variables().requireSame(x.variables(), "atan2");
        int order = Math.min(y.order(), x.order());
        TaylorN ty = y.truncate(order);
        TaylorN tx = x.truncate(order);
        if (checked(ty) && checked(tx)) {
            SeriesDomain.atan2(D, ty.value(), tx.value());
        }
        HomogeneousArithmetic h = ty.index().homogeneous();
        return wrap(ty, ty.index(), KernelRunner.binaryAux(h, h.split(ty.raw()), h.split(tx.raw()),
                GenericInverseKernels::atan2));
    }
}
