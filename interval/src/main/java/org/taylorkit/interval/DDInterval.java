package org.taylorkit.interval;

import java.math.BigDecimal;

/**
 * An interval {@code [lo, hi]} with {@link DD} (double-double) bounds: the working type of the
 * elementary functions. Every operation returns an interval containing the exact image of its
 * arguments, because each bound is computed with the directed DD operation of the right direction
 * (the standard endpoint formulas of interval arithmetic). For the point-like arguments the
 * functions use (width ~2^−104 relative), results are ~2^−100 relative wide, so after outward
 * rounding to doubles ({@link #toInterval()}) a function value is at most 2 ulps wide.
 *
 * <p>Bounds are finite; callers keep arguments in ranges where DD arithmetic does not overflow.
 * Immutable, thread-safe.
 */
final class DDInterval {

    static final DDInterval ZERO = point(0.0);
    static final DDInterval ONE = point(1.0);
    static final DDInterval TWO = point(2.0);

    final DD lo;
    final DD hi;

    private DDInterval(DD lo, DD hi) {
        this.lo = lo;
        this.hi = hi;
    }

    static DDInterval of(DD lo, DD hi) {
        if (lo.compareTo(hi) > 0) {
            throw new IllegalStateException("internal error: DD interval bounds out of order " + lo + " > " + hi);
        }
        return new DDInterval(lo, hi);
    }

    static DDInterval point(double x) {
        DD d = DD.of(x);
        return new DDInterval(d, d);
    }

    static DDInterval point(DD d) {
        return new DDInterval(d, d);
    }

    /** The exact sum {@code a + b} of two doubles (TwoSum). */
    static DDInterval exactSum(double a, double b) {
        return point(DD.sum(a, b));
    }

    /** The exact product {@code a · b} of two doubles (fma), for {@code |a·b| > 2^−960} or 0. */
    static DDInterval exactProduct(double a, double b) {
        return point(DD.product(a, b));
    }

    /** The tightest DD interval around the decimal interval {@code [lo, hi]}. */
    static DDInterval enclose(BigDecimal lo, BigDecimal hi) {
        return of(DD.down(lo), DD.up(hi));
    }

    /** The double interval [lo, hi] (each bound exact). */
    static DDInterval of(double lo, double hi) {
        return of(DD.of(lo), DD.of(hi));
    }

    // ------------------------------------------------------------------ queries

    /** True if every member is {@code > 0}. */
    boolean isPositive() {
        return lo.h > 0;
    }

    /** True if every member is {@code < 0}. */
    boolean isNegative() {
        return hi.h < 0;
    }

    boolean containsZero() {
        return lo.h <= 0 && hi.h >= 0;
    }

    /** An upper bound of {@code max |x|} as a double. */
    double magUp() {
        return Math.max(-lo.toDoubleDown(), hi.toDoubleUp());
    }

    /** A lower bound of {@code min |x|} as a double. */
    double migDown() {
        if (containsZero()) {
            return 0.0;
        }
        return lo.h > 0 ? lo.toDoubleDown() : -hi.toDoubleUp();
    }

    /** A double close to the midpoint (for choosing reduction integers; not a bound). */
    double approx() {
        return 0.5 * (lo.h + hi.h);
    }

    /** The outward-rounded double interval. */
    Interval toInterval() {
        return Interval.make(lo.toDoubleDown(), hi.toDoubleUp());
    }

    // ------------------------------------------------------------------ arithmetic

    DDInterval add(DDInterval b) {
        return of(DD.addDown(lo, b.lo), DD.addUp(hi, b.hi));
    }

    DDInterval subtract(DDInterval b) {
        return of(DD.subDown(lo, b.hi), DD.subUp(hi, b.lo));
    }

    DDInterval negate() {
        return new DDInterval(hi.negate(), lo.negate());
    }

    DDInterval add(double b) {
        return add(point(b));
    }

    /** Product: min/max of the four directed endpoint products (bilinearity). */
    DDInterval multiply(DDInterval b) {
        // sign cases where the extreme products are known (two DD products instead of eight)
        if (lo.h >= 0) {
            if (b.lo.h >= 0) {
                return of(DD.mulDown(lo, b.lo), DD.mulUp(hi, b.hi));
            }
            if (b.hi.h <= 0) {
                return of(DD.mulDown(hi, b.lo), DD.mulUp(lo, b.hi));
            }
        } else if (hi.h <= 0) {
            if (b.lo.h >= 0) {
                return of(DD.mulDown(lo, b.hi), DD.mulUp(hi, b.lo));
            }
            if (b.hi.h <= 0) {
                return of(DD.mulDown(hi, b.hi), DD.mulUp(lo, b.lo));
            }
        }
        DD l1 = DD.mulDown(lo, b.lo);
        DD l2 = DD.mulDown(lo, b.hi);
        DD l3 = DD.mulDown(hi, b.lo);
        DD l4 = DD.mulDown(hi, b.hi);
        DD h1 = DD.mulUp(lo, b.lo);
        DD h2 = DD.mulUp(lo, b.hi);
        DD h3 = DD.mulUp(hi, b.lo);
        DD h4 = DD.mulUp(hi, b.hi);
        return of(DD.min(DD.min(l1, l2), DD.min(l3, l4)), DD.max(DD.max(h1, h2), DD.max(h3, h4)));
    }

    DDInterval multiply(double b) {
        return multiply(point(b));
    }

    /** {@code x²} (tight when the interval contains 0: lower bound 0). */
    DDInterval sqr() {
        if (lo.h >= 0) {
            return of(DD.mulDown(lo, lo), DD.mulUp(hi, hi));
        }
        if (hi.h <= 0) {
            return of(DD.mulDown(hi, hi), DD.mulUp(lo, lo));
        }
        DD m = DD.max(lo.negate(), hi);
        return of(DD.ZERO, DD.mulUp(m, m));
    }

    /** Quotient; the divisor must not contain 0 (the callers' reductions guarantee it). */
    DDInterval divide(DDInterval b) {
        if (b.containsZero()) {
            throw new IllegalStateException("internal error: DD interval division by an interval containing 0");
        }
        DD l1 = DD.divDown(lo, b.lo);
        DD l2 = DD.divDown(lo, b.hi);
        DD l3 = DD.divDown(hi, b.lo);
        DD l4 = DD.divDown(hi, b.hi);
        DD h1 = DD.divUp(lo, b.lo);
        DD h2 = DD.divUp(lo, b.hi);
        DD h3 = DD.divUp(hi, b.lo);
        DD h4 = DD.divUp(hi, b.hi);
        return of(DD.min(DD.min(l1, l2), DD.min(l3, l4)), DD.max(DD.max(h1, h2), DD.max(h3, h4)));
    }

    DDInterval divide(double b) {
        return divide(point(b));
    }

    DDInterval reciprocal() {
        return ONE.divide(this);
    }

    /** {@code √x} of the nonnegative part (callers pass nonnegative arguments up to rounding). */
    DDInterval sqrt() {
        if (hi.h < 0) {
            throw new IllegalStateException("internal error: DD sqrt of a negative interval");
        }
        DD l = lo.h <= 0 ? DD.ZERO : DD.sqrtDown(lo);
        return of(l, DD.sqrtUp(hi));
    }

    /** {@code x · 2^k} (exact in the normal range, directed otherwise). */
    DDInterval scalb(int k) {
        return new DDInterval(lo.scalbDown(k), hi.scalbUp(k));
    }

    /** {@code x + [−e, e]} for a double {@code e ≥ 0} (adds a remainder bound). */
    DDInterval widen(double e) {
        DD d = DD.of(e);
        return of(DD.subDown(lo, d), DD.addUp(hi, d));
    }

    /** The hull with another interval. */
    DDInterval hull(DDInterval b) {
        return of(DD.min(lo, b.lo), DD.max(hi, b.hi));
    }

    /** Clamps to {@code [a, b]} (valid when the exact value is known to lie in [a, b]). */
    DDInterval clamp(double a, double b) {
        DD da = DD.of(a);
        DD db = DD.of(b);
        DD l = DD.min(DD.max(lo, da), db);
        DD h = DD.max(DD.min(hi, db), da);
        return of(l, h);
    }

    /**
     * Horner evaluation {@code c[0] + x·(c[1] + x·(… + x·c[n−1]))} of the first {@code n}
     * coefficients, in interval arithmetic (rigorous by inclusion monotonicity).
     */
    static DDInterval horner(DDInterval[] c, int n, DDInterval x) {
        DDInterval s = c[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            s = s.multiply(x).add(c[i]);
        }
        return s;
    }

    @Override
    public String toString() {
        return "[" + lo + ", " + hi + "]";
    }
}
