package org.taylorkit.core;

import static org.taylorkit.core.Taylor1LeadingZeros.format;
import static org.taylorkit.core.Taylor1LeadingZeros.point;

import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.DoubleKernels;

/**
 * The elementary functions of {@link Taylor1}: domain checks (throwing
 * {@link SingularExpansionException} with the function, the point and the reason) followed by the
 * kernel loop k = 0..n over freshly allocated output and auxiliary arrays. Package-private; the
 * formulas are documented on the kernels.
 *
 * <p>Domain checks test the constant term a_0 only when it is not NaN: a NaN series propagates.
 */
final class Taylor1Elementary {

    private Taylor1Elementary() {
    }

    static Taylor1 exp(Taylor1 t) {
        double[] a = t.raw();
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleKernels.exp(a, c, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 expm1(Taylor1 t) {
        double[] a = t.raw();
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleKernels.expm1(a, c, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 log(Taylor1 t) {
        double[] a = t.raw();
        double a0 = a[0];
        if (a0 == 0.0) {
            throw new SingularExpansionException("log", point(a, t.order()), "log → −∞ there");
        }
        if (a0 < 0.0) {
            throw new SingularExpansionException("log", format(a0),
                    "the logarithm of a negative number has no real series");
        }
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleKernels.log(a, c, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 log1p(Taylor1 t) {
        double[] a = t.raw();
        double a0 = a[0];
        if (a0 == -1.0) {
            throw new SingularExpansionException("log1p", "-1", "log(1 + a) → −∞ there");
        }
        if (a0 < -1.0) {
            throw new SingularExpansionException("log1p", format(a0),
                    "1 + a is negative: the logarithm has no real series");
        }
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleKernels.log1p(a, c, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 sin(Taylor1 t) {
        double[] a = t.raw();
        double[] s = new double[a.length];
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.sinCos(a, s, c, k);
        }
        return Taylor1.wrap(s);
    }

    static Taylor1 cos(Taylor1 t) {
        double[] a = t.raw();
        double[] s = new double[a.length];
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.sinCos(a, s, c, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 tan(Taylor1 t) {
        double[] a = t.raw();
        double[] c = new double[a.length];
        double[] p = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.tan(a, c, p, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 asin(Taylor1 t) {
        double[] a = t.raw();
        checkOpenUnitInterval("asin", a[0],
                "a branch point: the derivative 1/√(1 − a²) is infinite there");
        double[] c = new double[a.length];
        double[] r = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.asin(a, c, r, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 acos(Taylor1 t) {
        double[] a = t.raw();
        checkOpenUnitInterval("acos", a[0],
                "a branch point: the derivative −1/√(1 − a²) is infinite there");
        double[] c = new double[a.length];
        double[] r = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.acos(a, c, r, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 atan(Taylor1 t) {
        double[] a = t.raw();
        double[] c = new double[a.length];
        double[] r = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.atan(a, c, r, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 sinh(Taylor1 t) {
        double[] a = t.raw();
        double[] s = new double[a.length];
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.sinhCosh(a, s, c, k);
        }
        return Taylor1.wrap(s);
    }

    static Taylor1 cosh(Taylor1 t) {
        double[] a = t.raw();
        double[] s = new double[a.length];
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.sinhCosh(a, s, c, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 tanh(Taylor1 t) {
        double[] a = t.raw();
        double[] c = new double[a.length];
        double[] p = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.tanh(a, c, p, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 asinh(Taylor1 t) {
        double[] a = t.raw();
        double[] c = new double[a.length];
        double[] r = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.asinh(a, c, r, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 acosh(Taylor1 t) {
        double[] a = t.raw();
        double a0 = a[0];
        if (a0 == 1.0) {
            throw new SingularExpansionException("acosh", "1",
                    "a branch point: the derivative 1/√(a² − 1) is infinite there");
        }
        if (a0 < 1.0) {
            throw new SingularExpansionException("acosh", format(a0),
                    "acosh has no real value below 1");
        }
        double[] c = new double[a.length];
        double[] r = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.acosh(a, c, r, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 atanh(Taylor1 t) {
        double[] a = t.raw();
        checkOpenUnitInterval("atanh", a[0], "atanh → ±∞ there");
        double[] c = new double[a.length];
        double[] r = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.atanh(a, c, r, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 erf(Taylor1 t) {
        double[] a = t.raw();
        double[] c = new double[a.length];
        double[] e = new double[a.length];
        double[] q = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            DoubleElementaryKernels.erf(a, c, e, q, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 atan2(Taylor1 ty, Taylor1 tx) {
        double[] y = ty.raw();
        double[] x = tx.raw();
        if (x[0] == 0.0 && y[0] == 0.0) {
            throw new SingularExpansionException("atan2", "the origin (x, y) = (0, 0)",
                    "the angle is undefined there");
        }
        int n = Math.min(ty.order(), tx.order());
        double[] c = new double[n + 1];
        double[] r = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            DoubleElementaryKernels.atan2(y, x, c, r, k);
        }
        return Taylor1.wrap(c);
    }

    /** Throws unless |a0| &lt; 1 (or a0 is NaN): at ±1 with {@code atOne}, beyond as "no real value". */
    private static void checkOpenUnitInterval(String f, double a0, String atOne) {
        double m = Math.abs(a0);
        if (m == 1.0) {
            throw new SingularExpansionException(f, format(a0), atOne);
        }
        if (m > 1.0) {
            throw new SingularExpansionException(f, format(a0),
                    f + " has no real value outside " + (f.equals("atanh") ? "(−1, 1)" : "[−1, 1]"));
        }
    }
}
