package org.taylorkit.core.series;

import org.taylorkit.core.multi.KernelRunner;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.SingularExpansionException;

import org.taylorkit.core.function.Functions;
import org.taylorkit.core.kernels.GenericInverseKernels;

/**
 * The elementary functions of {@link FieldTaylor1}: domain checks (throwing
 * {@link SingularExpansionException} where no real Taylor series exists), then the coefficient
 * kernels of {@link GenericElementaryKernels} and {@link GenericInverseKernels} looped over
 * {@code k = 0..n}.
 */
final class FieldTaylor1Functions {

    private FieldTaylor1Functions() {
    }

    /** f(a) by its generic kernel after its domain check at a_0. */
    static <T> FieldTaylor1<T> apply(FieldTaylor1<T> a, ElementaryFunction f) {
        Arithmetic<T> ar = a.arithmetic();
        try {
            f.checkSeries(ar, a.value());
        } catch (SingularExpansionException e) {
            throw ar.isZero(a.value()) ? new SingularExpansionException(e.function(),
                    FieldTaylor1Text.point(a), e.reason()) : e;
        }
        return new FieldTaylor1<>(ar, run(ar, f, a.raw()));
    }

    /** The coefficients of f(x) for k = 0..x.length−1 ({@link KernelRunner#apply}). */
    static <T> T[] run(Arithmetic<T> ar, ElementaryFunction f, T[] x) {
        return KernelRunner.apply(ar, x, f);
    }

    static <T> FieldTaylor1<T> atan2(FieldTaylor1<T> y, FieldTaylor1<T> x) {
        Arithmetic<T> ar = y.arithmetic();
        if (ar.isZero(y.value()) && ar.isZero(x.value())) {
            throw new SingularExpansionException("atan2", "(x, y) = (0, 0)", "the angle is undefined at the origin");
        }
        int n = Math.min(y.order(), x.order());
        T[] c = ar.newArray(n + 1);
        T[] r = ar.newArray(n + 1);
        for (int k = 0; k <= n; k++) {
            GenericInverseKernels.atan2(ar, y.raw(), x.raw(), c, r, k);
        }
        return new FieldTaylor1<>(ar, c);
    }

    /** {@code a^b = exp(b·log a)}, which needs {@code a_0 > 0}. */
    static <T> FieldTaylor1<T> pow(FieldTaylor1<T> a, FieldTaylor1<T> b) {
        Arithmetic<T> ar = a.arithmetic();
        T x0 = a.value();
        if (ar.isZero(x0) || ar.signum(x0) < 0) {
            throw new SingularExpansionException("pow", FieldTaylor1Text.point(a),
                    "a^b = exp(b·log a) with a series exponent needs a positive base");
        }
        int n = Math.min(a.order(), b.order());
        return SeriesPowerConstant.apply(ar, a.truncate(n).apply(Functions.LOG).multiply(b).apply(Functions.EXP), ar.pow(x0, b.value()));
    }
}
