package org.taylorkit.interval;

/**
 * Rigorous powers: integer powers {@code xⁿ} (IEEE 1788 {@code pown}) and real powers
 * {@code x^y} (1788 {@code pow}, on {@code x ≥ 0}).
 *
 * <p><b>Integer powers at a point.</b> Powers of two are exact ({@code 2^{e·n}}, or the
 * overflow/underflow bounds). Otherwise, when {@code |n| ≤ 64} and the result stays within
 * {@code 2^±900}, binary powering in double-double interval arithmetic (≤ 12 products, relative
 * width ~2^−100); when {@code |x|ⁿ} is a double all products are exact, so exact results stay exact
 * ({@code 3² = 9}, {@code (−2)³ = −8}). Otherwise {@code exp(n·log|x|)} with the rigorous kernels
 * (overflow to {@code [MAX, +∞]}, underflow to {@code [0, MIN_VALUE]}). The sign is
 * {@code sign(x)ⁿ}.
 *
 * <p><b>Integer powers of intervals</b>: {@code n} odd: increasing; {@code n > 0} even: the
 * powers of {@code mig} and {@code mag} ({@code [−2, 1]² = [0, 4]}); {@code n < 0}: {@code 1/x^{|n|}},
 * decreasing on each side of 0 — the entire line for odd {@code n} when 0 is interior,
 * {@code [mag^n, +∞]} for even {@code n} when {@code 0 ∈ x}, ∅ for {@code x = [0, 0]}; {@code x⁰ = 1}.
 *
 * <p><b>Real powers</b> {@code x^y} on {@code x ∩ [0, ∞]} (domain {@code x > 0}, or {@code x = 0}
 * with {@code y > 0}): for fixed y the function is monotone in x and for fixed x monotone in y, so
 * the image of a box is the hull of the values (or limits) at its four corners: {@code 0^y = 0}
 * (y &gt; 0), {@code → +∞} (y &lt; 0, approached from x &gt; 0), {@code x⁰ = 1}, {@code 1^y = 1},
 * the limits at infinite corners, and otherwise {@code exp(y·log x)} in double-double interval
 * arithmetic — or the integer power when y is an integer, and {@code √x} when y = 1/2, so that
 * exact corner values stay exact. A point integer exponent makes {@link Interval#pow(Interval)}
 * use {@code pown} (so negative bases are allowed there, as {@code Arithmetic.pow} documents).
 */
final class RigorousPow {

    private static final double INF = Double.POSITIVE_INFINITY;

    private RigorousPow() {
    }

    // ------------------------------------------------------------------ integer powers

    static Interval pown(Interval x, int n) {
        if (x.isEmpty()) {
            return x;
        }
        if (n == 0) {
            return Interval.one();
        }
        if (n == 1) {
            return x;
        }
        if (n == 2) {
            return x.sqr();
        }
        double a = x.lo();
        double b = x.hi();
        boolean odd = (n & 1) != 0;
        if (n > 0) {
            if (odd) {
                return Interval.make(powPoint(a, n).lo(), powPoint(b, n).hi());
            }
            if (a >= 0) {
                return Interval.make(powPoint(a, n).lo(), powPoint(b, n).hi());
            }
            if (b <= 0) {
                return Interval.make(powPoint(b, n).lo(), powPoint(a, n).hi());
            }
            return Interval.make(0.0, powPoint(Math.max(-a, b), n).hi());
        }
        // n < 0
        if (a == 0 && b == 0) {
            return Interval.empty();
        }
        if (a < 0 && b > 0) {
            if (odd) {
                return Interval.entire();
            }
            return Interval.make(powPoint(Math.max(-a, b), n).lo(), INF);
        }
        // 0 is at most an endpoint: x^n is monotone on the interval (decreasing for x > 0;
        // for x < 0 decreasing when n is odd, increasing when n is even)
        if (a >= 0) {
            double hi = a == 0 ? INF : powPoint(a, n).hi();
            return Interval.make(powPoint(b, n).lo(), hi);
        }
        if (odd) { // b ≤ 0
            double lo = b == 0 ? -INF : powPoint(b, n).lo();
            return Interval.make(lo, powPoint(a, n).hi());
        }
        double hi = b == 0 ? INF : powPoint(b, n).hi();
        return Interval.make(powPoint(a, n).lo(), hi);
    }

    /** Enclosure of {@code xⁿ} at a point {@code x} (±∞ allowed), {@code n ≠ 0}, not 0 to a negative power. */
    static Interval powPoint(double x, int n) {
        boolean negative = x < 0 && (n & 1) != 0;
        double a = Math.abs(x);
        Interval r;
        if (a == 0) {
            r = Interval.zero();
        } else if (a == INF) {
            r = n > 0 ? Interval.make(Double.MAX_VALUE, INF) : Interval.zero();
        } else if (a == 1) {
            r = Interval.one();
        } else {
            r = powPositive(a, n);
        }
        if (!negative) {
            return r;
        }
        if (r.hi() == INF) {
            return Interval.make(-INF, -r.lo());
        }
        return r.negate();
    }

    private static Interval powPositive(double a, int n) {
        int e = exponentIfPowerOfTwo(a);
        if (e != Integer.MIN_VALUE) {
            long k = (long) e * n;
            if (k > 1023) {
                return Interval.make(Double.MAX_VALUE, INF);
            }
            if (k < -1074) {
                return Interval.make(0.0, Double.MIN_VALUE);
            }
            double p = Math.scalb(1.0, (int) k); // exact: 2^k with −1074 ≤ k ≤ 1023
            return Interval.make(p, p);
        }
        double log2 = Math.log(a) * 1.4426950408889634 * n; // estimate only (selects a method)
        long m = Math.abs((long) n); // long: |Integer.MIN_VALUE| overflows an int
        if (m <= 64 && Math.abs(log2) < 880 && a > 0x1p-900 && a < 0x1p900) {
            DDInterval base = DDInterval.point(a);
            DDInterval acc = DDInterval.ONE;
            while (m > 0) {
                if ((m & 1) != 0) {
                    acc = acc.multiply(base);
                }
                m >>= 1;
                if (m > 0) {
                    base = base.sqr();
                }
            }
            if (n < 0) {
                acc = acc.reciprocal();
            }
            return acc.toInterval();
        }
        DDInterval l = logOf(a).multiply(n);
        return expOf(l);
    }

    /** {@code e} if {@code a = 2^e} exactly (a > 0 finite), else {@code Integer.MIN_VALUE}. */
    private static int exponentIfPowerOfTwo(double a) {
        long bits = Double.doubleToRawLongBits(a);
        long mant = bits & 0x000F_FFFF_FFFF_FFFFL;
        int exp = (int) ((bits >>> 52) & 0x7FF);
        if (exp != 0) {
            return mant == 0 ? exp - 1023 : Integer.MIN_VALUE;
        }
        return Long.bitCount(mant) == 1 ? Long.numberOfTrailingZeros(mant) - 1074 : Integer.MIN_VALUE;
    }

    /** {@code log a} for a finite {@code a > 0} (subnormals scaled exactly first). */
    static DDInterval logOf(double a) {
        if (a < 0x1p-900) {
            return RigorousLog.log(DDInterval.point(Math.scalb(a, 200))).subtract(RigorousExp.LN2.multiply(200));
        }
        return RigorousLog.log(DDInterval.point(a));
    }

    /** The double enclosure of {@code e^l} for a narrow DD interval of any size. */
    static Interval expOf(DDInterval l) {
        if (l.lo.h > 746) {
            return Interval.make(Double.MAX_VALUE, INF);
        }
        if (l.hi.h < -746) {
            return Interval.make(0.0, Double.MIN_VALUE);
        }
        return RigorousExp.toInterval(RigorousExp.expScaled(l));
    }

    // ------------------------------------------------------------------ real powers

    static Interval pow(Interval x, Interval y) {
        if (x.isEmpty() || y.isEmpty()) {
            return Interval.empty();
        }
        if (y.isPoint() && y.lo() == Math.rint(y.lo()) && Math.abs(y.lo()) <= Integer.MAX_VALUE) {
            return pown(x, (int) y.lo());
        }
        Interval xd = x.intersection(Interval.make(0.0, INF));
        if (xd.isEmpty()) {
            return xd;
        }
        if (xd.hi() == 0) { // x = [0, 0]: only y > 0 is in the domain, and 0^y = 0
            return y.hi() > 0 ? Interval.zero() : Interval.empty();
        }
        double lo = INF;
        double hi = -INF;
        for (double cx : new double[] {xd.lo(), xd.hi()}) {
            for (double cy : new double[] {y.lo(), y.hi()}) {
                double[] c = corner(cx, cy);
                lo = Math.min(lo, c[0]);
                hi = Math.max(hi, c[1]);
            }
        }
        return Interval.make(lo, hi);
    }

    /** Bounds of {@code x^y} (or its limit; a limit +∞ is returned as {@code [+∞, +∞]}). */
    private static double[] corner(double x, double y) {
        if (y == 0 || x == 1) {
            return new double[] {1.0, 1.0};
        }
        if (x == 0) {
            return y > 0 ? new double[] {0.0, 0.0} : new double[] {INF, INF};
        }
        if (x == INF) {
            return y > 0 ? new double[] {INF, INF} : new double[] {0.0, 0.0};
        }
        if (Double.isInfinite(y)) {
            boolean big = (x > 1) == (y > 0);
            return big ? new double[] {INF, INF} : new double[] {0.0, 0.0};
        }
        Interval r;
        if (y == Math.rint(y) && Math.abs(y) <= Integer.MAX_VALUE) {
            r = powPoint(x, (int) y);
        } else if (y == 0.5) {
            r = Interval.make(DirectedRounding.sqrtDown(x), DirectedRounding.sqrtUp(x));
        } else {
            r = expOf(logOf(x).multiply(y));
        }
        return new double[] {r.lo(), r.hi()};
    }
}
