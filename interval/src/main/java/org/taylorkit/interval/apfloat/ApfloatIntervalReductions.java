package org.taylorkit.interval.apfloat;

import org.apfloat.Apfloat;

/**
 * The reductions {@code sum}, {@code dot}, {@code sumSquare}, {@code sumAbs} and the interval
 * {@code fma} on {@link ApfloatInterval} with a single rounding, as in {@link IntervalReductions}:
 * the corner products and sums are accumulated exactly (Apfloat bounds are exact decimals) and the
 * two bounds are rounded outward once, at the largest precision among the operands. Set semantics
 * ({@code 0·∞ = 0}); an infinite bound stays infinite; an empty operand gives ∅.
 */
public final class ApfloatIntervalReductions {

    private ApfloatIntervalReductions() {
    }

    /** The tightest enclosure of {@code {Σ x_i·y_i}}. */
    public static ApfloatInterval dot(ApfloatInterval[] x, ApfloatInterval[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("dot: vectors of different lengths " + x.length + " and " + y.length);
        }
        long p = 1;
        for (int i = 0; i < x.length; i++) {
            p = Math.max(p, Math.max(x[i].digits(), y[i].digits()));
        }
        Apfloat lo = ApfloatDirected.ZERO;
        Apfloat hi = ApfloatDirected.ZERO;
        boolean loInf = false;
        boolean hiInf = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i].isEmpty() || y[i].isEmpty()) {
                return ApfloatInterval.empty(p);
            }
            Apfloat min = null;
            Apfloat max = null;
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    Apfloat u = a == 0 ? x[i].lo() : x[i].hi();
                    Apfloat v = b == 0 ? y[i].lo() : y[i].hi();
                    int su = u != null ? u.signum() : a == 0 ? -1 : 1; // a null bound is ∓∞
                    int sv = v != null ? v.signum() : b == 0 ? -1 : 1;
                    if (su == 0 || sv == 0) {
                        min = minOf(min, ApfloatDirected.ZERO);
                        max = maxOf(max, ApfloatDirected.ZERO);
                    } else if (u == null || v == null) {
                        hiInf |= su * sv > 0;
                        loInf |= su * sv < 0;
                    } else {
                        Apfloat prod = ApfloatDirected.exact(u).multiply(ApfloatDirected.exact(v));
                        min = minOf(min, prod);
                        max = maxOf(max, prod);
                    }
                }
            }
            lo = min == null ? lo : lo.add(min);
            hi = max == null ? hi : hi.add(max);
        }
        if (loInf && hiInf) {
            return ApfloatInterval.entire(p);
        }
        if (loInf) {
            return ApfloatInterval.atMost(hi, p);
        }
        if (hiInf) {
            return ApfloatInterval.atLeast(lo, p);
        }
        return ApfloatInterval.of(lo, hi, p);
    }

    /** The tightest enclosure of {@code {Σ x_i}}. */
    public static ApfloatInterval sum(ApfloatInterval[] x) {
        ApfloatInterval[] ones = new ApfloatInterval[x.length];
        for (int i = 0; i < x.length; i++) {
            ones[i] = ApfloatInterval.point(1, x[i].digits());
        }
        return dot(x, ones);
    }

    /** The tightest enclosure of {@code {Σ x_i²}} ({@code [mig², mag²]} per term). */
    public static ApfloatInterval sumSquare(ApfloatInterval[] x) {
        ApfloatInterval[] a = new ApfloatInterval[x.length];
        for (int i = 0; i < x.length; i++) {
            a[i] = x[i].abs();
        }
        return dot(a, a);
    }

    /** The tightest enclosure of {@code {Σ |x_i|}}. */
    public static ApfloatInterval sumAbs(ApfloatInterval[] x) {
        ApfloatInterval[] a = new ApfloatInterval[x.length];
        for (int i = 0; i < x.length; i++) {
            a[i] = x[i].abs();
        }
        return sum(a);
    }

    /** {@code x·y + z} with one outward rounding per bound. */
    public static ApfloatInterval fma(ApfloatInterval x, ApfloatInterval y, ApfloatInterval z) {
        return dot(new ApfloatInterval[] {x, z}, new ApfloatInterval[] {y, ApfloatInterval.point(1, z.digits())});
    }

    private static Apfloat minOf(Apfloat a, Apfloat b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    private static Apfloat maxOf(Apfloat a, Apfloat b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }
}
