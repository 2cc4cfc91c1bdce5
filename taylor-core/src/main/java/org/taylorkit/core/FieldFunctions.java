package org.taylorkit.core;

import org.taylorkit.core.kernels.GenericElementaryKernels;
import org.taylorkit.core.kernels.GenericInverseKernels;

/**
 * The elementary functions of {@link FieldTaylor1}: domain checks (throwing
 * {@link SingularExpansionException} where no real Taylor series exists), then the coefficient
 * kernels of {@link GenericElementaryKernels} and {@link GenericInverseKernels} looped over
 * {@code k = 0..n}.
 */
final class FieldFunctions {

    private FieldFunctions() {
    }

    /** A kernel with no auxiliary series. */
    private interface Kernel<T> {
        void apply(Arithmetic<T> ar, T[] a, T[] c, int k);
    }

    /** A kernel with one auxiliary series. */
    private interface AuxKernel<T> {
        void apply(Arithmetic<T> ar, T[] a, T[] c, T[] aux, int k);
    }

    static <T> FieldTaylor1<T> exp(FieldTaylor1<T> a) {
        return run(a, GenericElementaryKernels::exp);
    }

    static <T> FieldTaylor1<T> expm1(FieldTaylor1<T> a) {
        return run(a, GenericElementaryKernels::expm1);
    }

    static <T> FieldTaylor1<T> log(FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        T x0 = a.value();
        if (ar.isZero(x0)) {
            throw new SingularExpansionException("log", FieldSeriesText.point(a), "log → −∞ there");
        }
        if (ar.signum(x0) < 0) {
            throw new SingularExpansionException("log", FieldSeriesText.number(x0),
                    "no real series: the logarithm of a negative number");
        }
        return run(a, GenericElementaryKernels::log);
    }

    static <T> FieldTaylor1<T> log1p(FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        T x0 = a.value();
        int s = ar.signum(ar.add(ar.one(), x0));
        if (s == 0) {
            throw new SingularExpansionException("log1p", FieldSeriesText.number(x0), "log1p → −∞ there");
        }
        if (s < 0) {
            throw new SingularExpansionException("log1p", FieldSeriesText.number(x0),
                    "no real series: the argument is below −1");
        }
        return run(a, GenericElementaryKernels::log1p);
    }

    static <T> FieldTaylor1<T> sin(FieldTaylor1<T> a) {
        return sinCos(a, true, false);
    }

    static <T> FieldTaylor1<T> cos(FieldTaylor1<T> a) {
        return sinCos(a, false, false);
    }

    static <T> FieldTaylor1<T> sinh(FieldTaylor1<T> a) {
        return sinCos(a, true, true);
    }

    static <T> FieldTaylor1<T> cosh(FieldTaylor1<T> a) {
        return sinCos(a, false, true);
    }

    static <T> FieldTaylor1<T> tan(FieldTaylor1<T> a) {
        return runAux(a, GenericElementaryKernels::tan);
    }

    static <T> FieldTaylor1<T> tanh(FieldTaylor1<T> a) {
        return runAux(a, GenericElementaryKernels::tanh);
    }

    static <T> FieldTaylor1<T> asin(FieldTaylor1<T> a) {
        checkUnitInterval("asin", a);
        return runAux(a, GenericInverseKernels::asin);
    }

    static <T> FieldTaylor1<T> acos(FieldTaylor1<T> a) {
        checkUnitInterval("acos", a);
        return runAux(a, GenericInverseKernels::acos);
    }

    static <T> FieldTaylor1<T> atan(FieldTaylor1<T> a) {
        return runAux(a, GenericInverseKernels::atan);
    }

    static <T> FieldTaylor1<T> asinh(FieldTaylor1<T> a) {
        return runAux(a, GenericInverseKernels::asinh);
    }

    static <T> FieldTaylor1<T> acosh(FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        T x0 = a.value();
        int s = ar.signum(ar.subtract(x0, ar.one()));
        if (s == 0) {
            throw new SingularExpansionException("acosh", FieldSeriesText.number(x0),
                    "branch point: a² − 1 vanishes there and the derivative is infinite");
        }
        if (s < 0) {
            throw new SingularExpansionException("acosh", FieldSeriesText.number(x0),
                    "no real series: acosh is real only for arguments ≥ 1");
        }
        return runAux(a, GenericInverseKernels::acosh);
    }

    static <T> FieldTaylor1<T> atanh(FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        T x0 = a.value();
        int s = ar.signum(ar.subtract(ar.abs(x0), ar.one()));
        if (s == 0) {
            throw new SingularExpansionException("atanh", FieldSeriesText.number(x0), "atanh → ±∞ there");
        }
        if (s > 0) {
            throw new SingularExpansionException("atanh", FieldSeriesText.number(x0),
                    "no real series: the argument is outside (−1, 1)");
        }
        return runAux(a, GenericInverseKernels::atanh);
    }

    static <T> FieldTaylor1<T> erf(FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        int n = a.order();
        T[] x = a.raw();
        T[] c = ar.newArray(n + 1);
        T[] e = ar.newArray(n + 1);
        T[] q = ar.newArray(n + 1);
        for (int k = 0; k <= n; k++) {
            GenericInverseKernels.erf(ar, x, c, e, q, k);
        }
        return new FieldTaylor1<>(ar, c);
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
            throw new SingularExpansionException("pow", FieldSeriesText.point(a),
                    "a^b = exp(b·log a) with a series exponent needs a positive base");
        }
        int n = Math.min(a.order(), b.order());
        return SeriesPowerConstant.apply(ar, log(a.truncate(n)).multiply(b).exp(), ar.pow(x0, b.value()));
    }

    private static <T> void checkUnitInterval(String function, FieldTaylor1<T> a) {
        Arithmetic<T> ar = a.arithmetic();
        T x0 = a.value();
        int s = ar.signum(ar.subtract(ar.abs(x0), ar.one()));
        if (s == 0) {
            throw new SingularExpansionException(function, FieldSeriesText.number(x0),
                    "branch point: 1 − a² vanishes there and the derivative is infinite");
        }
        if (s > 0) {
            throw new SingularExpansionException(function, FieldSeriesText.number(x0),
                    "no real series: the argument is outside [−1, 1]");
        }
    }

    private static <T> FieldTaylor1<T> sinCos(FieldTaylor1<T> a, boolean wantSin, boolean hyperbolic) {
        Arithmetic<T> ar = a.arithmetic();
        int n = a.order();
        T[] x = a.raw();
        T[] s = ar.newArray(n + 1);
        T[] c = ar.newArray(n + 1);
        for (int k = 0; k <= n; k++) {
            if (hyperbolic) {
                GenericElementaryKernels.sinhCosh(ar, x, s, c, k);
            } else {
                GenericElementaryKernels.sinCos(ar, x, s, c, k);
            }
        }
        return new FieldTaylor1<>(ar, wantSin ? s : c);
    }

    private static <T> FieldTaylor1<T> run(FieldTaylor1<T> a, Kernel<T> kernel) {
        Arithmetic<T> ar = a.arithmetic();
        int n = a.order();
        T[] x = a.raw();
        T[] c = ar.newArray(n + 1);
        for (int k = 0; k <= n; k++) {
            kernel.apply(ar, x, c, k);
        }
        return new FieldTaylor1<>(ar, c);
    }

    private static <T> FieldTaylor1<T> runAux(FieldTaylor1<T> a, AuxKernel<T> kernel) {
        Arithmetic<T> ar = a.arithmetic();
        int n = a.order();
        T[] x = a.raw();
        T[] c = ar.newArray(n + 1);
        T[] aux = ar.newArray(n + 1);
        for (int k = 0; k <= n; k++) {
            kernel.apply(ar, x, c, aux, k);
        }
        return new FieldTaylor1<>(ar, c);
    }
}
