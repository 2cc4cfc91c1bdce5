package org.taylorkit.core.series;

import org.taylorkit.core.Arithmetic;

/**
 * The constant term of {@code a^b} for a series exponent. The series is computed as
 * {@code exp(b·log a)}, whose constant term {@code exp(b₀·log a₀)} carries the rounding of the
 * logarithm and the exponential (2³ came out as 7.999999999999998 in double and off in the last digit
 * in Apfloat). Every coefficient of {@code exp(u)} is proportional to its constant term
 * ({@code c_k = c_0·P_k(u_1, …, u_k)}), so the series is rescaled by {@code p/c_0} with
 * {@code p = pow(a₀, b₀)} from the coefficient arithmetic (exact for exact powers such as 2³), and
 * the constant term is then set to {@code p}. Over intervals this is rigorous: {@code p/c_0} contains
 * 1, so the rescaled coefficients contain the original enclosures, and the constant term stays an
 * enclosure of {@code p}.
 */
final class SeriesPowerConstant {

    private SeriesPowerConstant() {
    }

    /** {@code e = exp(b·log a)} with its constant term made {@code p = a₀^b₀} (double). */
    static Taylor1 apply(Taylor1 e, double p) {
        double e0 = e.value();
        if (!(e0 > 0) || !Double.isFinite(e0) || !(p > 0) || !Double.isFinite(p) || p == e0) {
            return e;
        }
        Taylor1 s = e.multiply(p / e0);
        return s.add(p - s.value()); // p and s₀ agree to a few ulps: the difference and the sum are exact
    }

    /** As {@link #apply(Taylor1, double)} for {@code TaylorN}. */
    static TaylorN apply(TaylorN e, double p) {
        double e0 = e.value();
        if (!(e0 > 0) || !Double.isFinite(e0) || !(p > 0) || !Double.isFinite(p) || p == e0) {
            return e;
        }
        TaylorN s = e.multiply(p / e0);
        return s.add(p - s.value());
    }

    /** As {@link #apply(Taylor1, double)} over the arithmetic {@code ar}; unchanged if the sign of e₀ is undetermined. */
    static <T> FieldTaylor1<T> apply(Arithmetic<T> ar, FieldTaylor1<T> e, T p) {
        T ratio = ratio(ar, e.value(), p);
        if (ratio == null) {
            return e;
        }
        FieldTaylor1<T> s = e.multiply(ratio);
        return s.add(ar.subtract(p, s.value()));
    }

    /** As {@link #apply(Arithmetic, FieldTaylor1, Object)} for {@code FieldTaylorN}. */
    static <T> FieldTaylorN<T> apply(Arithmetic<T> ar, FieldTaylorN<T> e, T p) {
        T ratio = ratio(ar, e.value(), p);
        if (ratio == null) {
            return e;
        }
        FieldTaylorN<T> s = e.multiply(ratio);
        return s.add(ar.subtract(p, s.value()));
    }

    private static <T> T ratio(Arithmetic<T> ar, T e0, T p) {
        try {
            if (ar.signum(e0) <= 0 || ar.signum(p) <= 0) {
                return null;
            }
            T r = ar.divide(p, e0);
            return Double.isFinite(ar.toDouble(r)) ? r : null;
        } catch (ArithmeticException undetermined) {
            return null;
        }
    }
}
