package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatDirected.ONE;
import static org.taylorkit.interval.apfloat.ApfloatDirected.TWO;
import static org.taylorkit.interval.apfloat.ApfloatDirected.ZERO;

import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * Rigorous hyperbolic functions and their inverses for Apfloat intervals, from the rigorous
 * {@code exp}, {@code expm1} and {@code log1p} kernels through exact identities written so that
 * nothing cancels (for {@code x ≥ 0}; all but cosh are odd, cosh is even):
 * <ul>
 *   <li>{@code sinh x = (u + u/(1+u))/2}, {@code u = expm1 x};</li>
 *   <li>{@code cosh x = (v + 1/v)/2}, {@code v = e^x};</li>
 *   <li>{@code tanh x = u/(u+2)}, {@code u = expm1(2x)};</li>
 *   <li>{@code asinh x = log1p(x + x²/(1 + √(1+x²)))};</li>
 *   <li>{@code acosh x = log1p(d + √(d(d+2)))}, {@code d = x − 1} (exact);</li>
 *   <li>{@code atanh x = log1p(2x/(1−x))/2}.</li>
 * </ul>
 * Each outer expression is increasing in the inner quantity ({@code u}, {@code v ≥ 1}, the log1p
 * argument), so it is evaluated separately at the lower and upper end of the inner enclosure, which
 * avoids the dependency overestimation of a single interval evaluation. The functions themselves
 * are monotone (cosh on {@code |x|}), so intervals map through endpoint enclosures.
 */
public final class ApfloatRigorousHyperbolic {

    private ApfloatRigorousHyperbolic() {}

    public static ApfloatInterval sinh(ApfloatInterval x, long p) {
        return ApfloatMonotone.increasing(x, p, odd(ApfloatRigorousHyperbolic::sinhPositive), null, null);
    }

    public static ApfloatInterval cosh(ApfloatInterval x, long p) {
        if (x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        return ApfloatMonotone.increasing(x.abs(), p, ApfloatRigorousHyperbolic::coshPositive, null, null);
    }

    public static ApfloatInterval tanh(ApfloatInterval x, long p) {
        return ApfloatMonotone.increasing(x, p, odd(ApfloatRigorousHyperbolic::tanhPositive), ONE.negate(), ONE);
    }

    public static ApfloatInterval asinh(ApfloatInterval x, long p) {
        return ApfloatMonotone.increasing(x, p, odd(ApfloatRigorousHyperbolic::asinhPositive), null, null);
    }

    public static ApfloatInterval acosh(ApfloatInterval x, long p) {
        ApfloatInterval xs = x.intersection(ApfloatInterval.exact(ONE, null, p));
        return ApfloatMonotone.increasing(xs, p, ApfloatRigorousHyperbolic::acoshPoint, null, null);
    }

    public static ApfloatInterval atanh(ApfloatInterval x, long p) {
        Apfloat minusOne = ONE.negate();
        if (x.isEmpty() || (x.hi() != null && x.hi().compareTo(minusOne) <= 0)
                || (x.lo() != null && x.lo().compareTo(ONE) >= 0)) {
            return ApfloatInterval.empty(p);
        }
        // atanh → ∓∞ at ∓1: an endpoint at or beyond ±1 acts as an infinite one
        Apfloat lo = x.lo() != null && x.lo().compareTo(minusOne) > 0 ? x.lo() : null;
        Apfloat hi = x.hi() != null && x.hi().compareTo(ONE) < 0 ? x.hi() : null;
        return ApfloatMonotone.increasing(ApfloatInterval.exact(lo, hi, p), p,
                odd(ApfloatRigorousHyperbolic::atanhPositive), null, null);
    }

    /** An odd function's kernel from its kernel on {@code x > 0}. */
    private static ApfloatMonotone.Kernel odd(ApfloatMonotone.Kernel positive) {
        return (x, w) -> {
            if (x.signum() == 0) {
                return ApfloatSeries.point(ZERO, w);
            }
            ApfloatInterval r = positive.at(ApfloatMath.abs(x), w);
            return x.signum() < 0 ? r.negate() : r;
        };
    }

    /**
     * {@code g(inner)} for {@code g} increasing on the range of {@code inner}: lower end from
     * {@code g([lo, lo])}, upper from {@code g([hi, hi])} (an infinite upper end gives {@code atInf}).
     */
    private static ApfloatInterval increasingIn(ApfloatInterval inner, UnaryOperator<ApfloatInterval> g,
                                                Apfloat atInf, long w) {
        Apfloat lo = g.apply(ApfloatSeries.point(inner.lo(), w)).lo();
        Apfloat hi = inner.hi() == null ? atInf : g.apply(ApfloatSeries.point(inner.hi(), w)).hi();
        return ApfloatInterval.exact(lo, hi, w);
    }

    private static ApfloatInterval sinhPositive(Apfloat x, long w) {
        long wi = w + 3;
        ApfloatInterval u = ApfloatRigorousExp.expm1Point(x, wi);
        return increasingIn(u, v -> ApfloatIntervalBasic.mulExact(ApfloatIntervalBasic.add(v,
                ApfloatIntervalBasic.div(v, ApfloatIntervalBasic.addExact(v, ONE, wi), wi), wi), HALF, wi), null, wi);
    }

    private static ApfloatInterval coshPositive(Apfloat x, long w) {
        long wi = w + 3;
        ApfloatInterval v = ApfloatRigorousExp.expPoint(x, wi);
        return increasingIn(v, e -> ApfloatIntervalBasic.mulExact(ApfloatIntervalBasic.add(e,
                ApfloatIntervalBasic.div(ApfloatSeries.point(ONE, wi), e, wi), wi), HALF, wi), null, wi);
    }

    private static ApfloatInterval tanhPositive(Apfloat x, long w) {
        long wi = w + 3;
        ApfloatInterval u = ApfloatRigorousExp.expm1Point(x.multiply(TWO), wi);
        ApfloatInterval r = increasingIn(u, v -> ApfloatIntervalBasic.div(v, ApfloatIntervalBasic.addExact(v, TWO, wi), wi),
                ONE, wi);
        return r.hi().compareTo(ONE) > 0 ? ApfloatInterval.exact(r.lo().compareTo(ONE) > 0 ? ONE : r.lo(), ONE, wi) : r;
    }

    private static ApfloatInterval asinhPositive(Apfloat x, long w) {
        long wi = w + 3;
        ApfloatInterval xi = ApfloatSeries.point(x, wi);
        ApfloatInterval x2 = ApfloatSeries.point(x.multiply(x), wi); // exact
        ApfloatInterval den = ApfloatIntervalBasic.addExact(
                ApfloatIntervalBasic.sqrt(ApfloatIntervalBasic.addExact(x2, ONE, wi), wi), ONE, wi);
        ApfloatInterval z = ApfloatIntervalBasic.add(xi, ApfloatIntervalBasic.div(x2, den, wi), wi);
        return log1pOver(z, wi);
    }

    private static ApfloatInterval acoshPoint(Apfloat x, long w) {
        Apfloat d = x.subtract(ONE); // exact, ≥ 0
        if (d.signum() == 0) {
            return ApfloatSeries.point(ZERO, w);
        }
        long wi = w + 3;
        ApfloatInterval root = ApfloatIntervalBasic.sqrt(ApfloatSeries.point(d.multiply(d.add(TWO)), wi), wi);
        return log1pOver(ApfloatIntervalBasic.addExact(root, d, wi), wi);
    }

    private static ApfloatInterval atanhPositive(Apfloat x, long w) {
        long wi = w + 3;
        ApfloatInterval q = ApfloatIntervalBasic.div(ApfloatSeries.point(x.multiply(TWO), wi),
                ApfloatSeries.point(ONE.subtract(x), wi), wi);
        return ApfloatIntervalBasic.mulExact(log1pOver(q, wi), HALF, wi);
    }

    /** {@code log1p} over a narrow positive interval (increasing). */
    private static ApfloatInterval log1pOver(ApfloatInterval z, long w) {
        if (z.isPoint()) {
            return ApfloatRigorousLog.log1pPoint(z.lo(), w);
        }
        return ApfloatInterval.exact(ApfloatRigorousLog.log1pPoint(z.lo(), w).lo(),
                ApfloatRigorousLog.log1pPoint(z.hi(), w).hi(), w);
    }

    private static final Apfloat HALF = ApfloatDirected.parseDecimal("0.5");
}
