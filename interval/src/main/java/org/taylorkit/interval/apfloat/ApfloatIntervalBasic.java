package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatDirected.ONE;
import static org.taylorkit.interval.apfloat.ApfloatDirected.ZERO;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * The IEEE 1788 basic operations of {@link ApfloatInterval} at an explicit precision {@code p}
 * (significant digits of the result): + − × ÷ (with the two-piece division), sqr, √, ∛, integer
 * powers, abs, min, max.
 *
 * <p>Rigor: each finite endpoint is a directed rounding ({@link ApfloatDirected}) of the exact
 * endpoint value of the set result, chosen by the usual sign case analysis; infinite endpoints
 * follow the extended-real rules of IEEE 1788 §10.5.4 with {@code 0·(±∞) = 0} in the corner
 * products (which is what makes {@code [0,0]·[−∞,+∞] = [0,0]} right).
 */
public final class ApfloatIntervalBasic {

    private ApfloatIntervalBasic() {}

    // ------------------------------------------------------------------ extended-real endpoints

    /** An endpoint value in ℝ ∪ {±∞}: {@code inf} is −1 for −∞, +1 for +∞, 0 for the exact finite {@code v}. */
    private static final class Ext {
        final int inf;
        final Apfloat v;

        Ext(int inf, Apfloat v) {
            this.inf = inf;
            this.v = v;
        }

        static Ext lower(ApfloatInterval x) {
            return x.lo() == null ? new Ext(-1, null) : new Ext(0, x.lo());
        }

        static Ext upper(ApfloatInterval x) {
            return x.hi() == null ? new Ext(1, null) : new Ext(0, x.hi());
        }

        int signum() {
            return inf != 0 ? inf : v.signum();
        }

        boolean isZero() {
            return inf == 0 && v.signum() == 0;
        }

        int compareTo(Ext o) {
            if (inf != 0 || o.inf != 0) {
                return Integer.compare(inf, o.inf);
            }
            return v.compareTo(o.v);
        }
    }

    /** Exact product of two endpoint values, {@code 0·∞ = 0}. */
    private static Ext product(Ext a, Ext b) {
        if (a.isZero() || b.isZero()) {
            return new Ext(0, ZERO);
        }
        if (a.inf != 0 || b.inf != 0) {
            return new Ext(a.signum() * b.signum(), null);
        }
        return new Ext(0, a.v.multiply(b.v));
    }

    /** Directed quotient of endpoint values with {@code b ≠ 0}; {@code finite/∞ = 0}, never {@code ∞/∞}. */
    private static Apfloat quotient(Ext a, Ext b, long p, boolean upper) {
        if (a.isZero() || (b.inf != 0 && a.inf == 0)) {
            return ZERO;
        }
        if (a.inf != 0) {
            return null; // caller maps null to the infinite end of the result
        }
        return upper ? ApfloatDirected.divUp(a.v, b.v, p) : ApfloatDirected.divDown(a.v, b.v, p);
    }

    private static ApfloatInterval interval(Apfloat lo, Apfloat hi, long p) {
        return ApfloatInterval.exact(lo, hi, p);
    }

    private static ApfloatInterval point(Apfloat v, long p) {
        return ApfloatInterval.exact(v, v, p);
    }

    // ------------------------------------------------------------------ + − ×

    /** {@code −x}, exact, at the digits of {@code x} (the empty set is returned as is). */
    static ApfloatInterval negate(ApfloatInterval x) {
        if (x.isEmpty()) {
            return x;
        }
        return ApfloatInterval.exact(x.hi() == null ? null : x.hi().negate(),
                x.lo() == null ? null : x.lo().negate(), x.digits());
    }

    public static ApfloatInterval add(ApfloatInterval x, ApfloatInterval y, long p) {
        if (x.isEmpty() || y.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        Apfloat lo = x.lo() == null || y.lo() == null ? null : ApfloatDirected.addDown(x.lo(), y.lo(), p);
        Apfloat hi = x.hi() == null || y.hi() == null ? null : ApfloatDirected.addUp(x.hi(), y.hi(), p);
        return interval(lo, hi, p);
    }

    public static ApfloatInterval sub(ApfloatInterval x, ApfloatInterval y, long p) {
        return add(x, y.negate(), p);
    }

    /** {@code x + c} for an exact number {@code c}. */
    static ApfloatInterval addExact(ApfloatInterval x, Apfloat c, long p) {
        return add(x, point(c, p), p);
    }

    /**
     * {@code x·y}: the hull of the four corner products (IEEE 1788: for nonempty intervals the range of
     * a product is spanned by endpoint products, read with {@code 0·∞ = 0}), computed exactly and
     * rounded once in each direction.
     */
    public static ApfloatInterval mul(ApfloatInterval x, ApfloatInterval y, long p) {
        if (x.isEmpty() || y.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        if (x.isZero() || y.isZero()) {
            return point(ZERO, p);
        }
        Ext[] xs = x.isPoint() ? new Ext[] {Ext.lower(x)} : new Ext[] {Ext.lower(x), Ext.upper(x)};
        Ext[] ys = y.isPoint() ? new Ext[] {Ext.lower(y)} : new Ext[] {Ext.lower(y), Ext.upper(y)};
        Ext min = null;
        Ext max = null;
        for (Ext a : xs) {
            for (Ext b : ys) {
                Ext c = product(a, b);
                if (min == null || c.compareTo(min) < 0) {
                    min = c;
                }
                if (max == null || c.compareTo(max) > 0) {
                    max = c;
                }
            }
        }
        Apfloat lo = min.inf != 0 ? null : ApfloatDirected.down(min.v, p);
        Apfloat hi = max.inf != 0 ? null : ApfloatDirected.up(max.v, p);
        return interval(lo, hi, p);
    }

    /** {@code x·n} for an exact integer {@code n}. */
    public static ApfloatInterval mulExact(ApfloatInterval x, Apfloat c, long p) {
        return mul(x, point(c, p), p);
    }

    // ------------------------------------------------------------------ ÷

    /**
     * Set-based {@code x/y}. For {@code 0 ∉ y} the classic six sign cases pick the two corner
     * quotients that bound the range (the quotient is monotone in each argument there). For
     * {@code 0 ∈ y} the result is the closure of {@code {a/b : b ≠ 0}}: unbounded on the side(s) where
     * {@code b → 0} and bounded by {@code x}'s endpoint nearest to 0 divided by {@code y}'s nonzero end.
     */
    public static ApfloatInterval div(ApfloatInterval x, ApfloatInterval y, long p) {
        if (x.isEmpty() || y.isEmpty() || y.isZero()) {
            return ApfloatInterval.empty(p);
        }
        Ext a = Ext.lower(x);
        Ext b = Ext.upper(x);
        Ext c = Ext.lower(y);
        Ext d = Ext.upper(y);
        if (c.signum() > 0 || d.signum() < 0) {
            return divideNonzero(a, b, c, d, p);
        }
        if (x.isZero()) {
            return point(ZERO, p);
        }
        boolean yFromZero = c.isZero();   // y = [0, d], d > 0
        boolean yToZero = d.isZero();     // y = [c, 0], c < 0
        if (!yFromZero && !yToZero) {
            return ApfloatInterval.entire(p); // c < 0 < d: two unbounded pieces, hull is ℝ
        }
        if (a.signum() > 0) {
            return yFromZero ? interval(quotient(a, d, p, false), null, p) : interval(null, quotient(a, c, p, true), p);
        }
        if (b.signum() < 0) {
            return yFromZero ? interval(null, quotient(b, d, p, true), p) : interval(quotient(b, c, p, false), null, p);
        }
        if (a.signum() == 0) { // x = [0, b], b > 0
            return yFromZero ? interval(ZERO, null, p) : interval(null, ZERO, p);
        }
        if (b.signum() == 0) { // x = [a, 0], a < 0
            return yFromZero ? interval(null, ZERO, p) : interval(ZERO, null, p);
        }
        return ApfloatInterval.entire(p); // a < 0 < b
    }

    private static ApfloatInterval divideNonzero(Ext a, Ext b, Ext c, Ext d, long p) {
        Ext lowNum;
        Ext lowDen;
        Ext highNum;
        Ext highDen;
        if (c.signum() > 0) {               // y > 0
            if (a.signum() >= 0) {          // x ≥ 0: [a/d, b/c]
                lowNum = a; lowDen = d; highNum = b; highDen = c;
            } else if (b.signum() <= 0) {   // x ≤ 0: [a/c, b/d]
                lowNum = a; lowDen = c; highNum = b; highDen = d;
            } else {                        // a < 0 < b: [a/c, b/c]
                lowNum = a; lowDen = c; highNum = b; highDen = c;
            }
        } else {                            // y < 0
            if (a.signum() >= 0) {          // x ≥ 0: [b/d, a/c]
                lowNum = b; lowDen = d; highNum = a; highDen = c;
            } else if (b.signum() <= 0) {   // x ≤ 0: [b/c, a/d]
                lowNum = b; lowDen = c; highNum = a; highDen = d;
            } else {                        // a < 0 < b: [b/d, a/d]
                lowNum = b; lowDen = d; highNum = a; highDen = d;
            }
        }
        return interval(quotient(lowNum, lowDen, p, false), quotient(highNum, highDen, p, true), p);
    }

    /** The two-piece division (see {@link ApfloatInterval#divideExtended}). */
    static ApfloatInterval[] divideExtended(ApfloatInterval x, ApfloatInterval y, long p) {
        if (x.isEmpty() || y.isEmpty() || y.isZero()) {
            return new ApfloatInterval[0];
        }
        Ext a = Ext.lower(x);
        Ext b = Ext.upper(x);
        Ext c = Ext.lower(y);
        Ext d = Ext.upper(y);
        boolean straddles = c.signum() < 0 && d.signum() > 0;
        if (straddles && a.signum() > 0) {
            return new ApfloatInterval[] {
                interval(null, quotient(a, c, p, true), p), interval(quotient(a, d, p, false), null, p)
            };
        }
        if (straddles && b.signum() < 0) {
            return new ApfloatInterval[] {
                interval(null, quotient(b, d, p, true), p), interval(quotient(b, c, p, false), null, p)
            };
        }
        return new ApfloatInterval[] {div(x, y, p)};
    }

    /** {@code x/n} for an exact nonzero {@code c}. */
    public static ApfloatInterval divExact(ApfloatInterval x, Apfloat c, long p) {
        return div(x, point(c, p), p);
    }

    // ------------------------------------------------------------------ powers and roots

    static ApfloatInterval sqr(ApfloatInterval x, long p) {
        if (x.isEmpty()) {
            return x.roundOut(p);
        }
        Apfloat m = x.mig();
        Apfloat lo = ApfloatDirected.mulDown(m, m, p);
        Apfloat hi = x.isBounded() ? ApfloatDirected.mulUp(x.mag(), x.mag(), p) : null;
        return interval(lo, hi, p);
    }

    public static ApfloatInterval sqrt(ApfloatInterval x, long p) {
        if (x.isEmpty() || (x.hi() != null && x.hi().signum() < 0)) {
            return ApfloatInterval.empty(p);
        }
        Apfloat lo = x.lo() == null || x.lo().signum() <= 0 ? ZERO : ApfloatDirected.sqrtDown(x.lo(), p);
        Apfloat hi = x.hi() == null ? null : ApfloatDirected.sqrtUp(x.hi(), p);
        return interval(lo, hi, p);
    }

    public static ApfloatInterval cbrt(ApfloatInterval x, long p) {
        if (x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        Apfloat lo = x.lo() == null ? null : ApfloatDirected.cbrtDown(x.lo(), p);
        Apfloat hi = x.hi() == null ? null : ApfloatDirected.cbrtUp(x.hi(), p);
        return interval(lo, hi, p);
    }

    /**
     * {@code x^n}. Positive powers of nonnegative numbers are computed by binary powering with every
     * product rounded in the wanted direction at {@code p + guard} digits (all factors are positive,
     * so rounding each factor down gives a lower bound of the product), then rounded to {@code p}.
     * Odd powers are increasing; even powers run from {@code mig^n} to {@code mag^n}; negative powers
     * are {@code 1 / x^|n|} with set-based division.
     */
    public static ApfloatInterval pown(ApfloatInterval x, long n, long p) {
        if (x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        if (n == 0) {
            return point(ONE, p);
        }
        if (n < 0) {
            long w = p + 5;
            return div(point(ONE, w), pown(x, -n, w), p);
        }
        if (n == 1) {
            return x.roundOut(p);
        }
        long w = p + guard(n);
        if ((n & 1) == 1) {
            Apfloat lo = x.lo() == null ? null : signedPower(x.lo(), n, w, p, false);
            Apfloat hi = x.hi() == null ? null : signedPower(x.hi(), n, w, p, true);
            return interval(lo, hi, p);
        }
        Apfloat lo = ApfloatDirected.down(positivePower(x.mig(), n, w, false), p);
        Apfloat hi = x.isBounded() ? ApfloatDirected.up(positivePower(x.mag(), n, w, true), p) : null;
        return interval(lo, hi, p);
    }

    private static long guard(long n) {
        return 4 + (long) Math.ceil(Math.log10(2.0 * n));
    }

    private static Apfloat signedPower(Apfloat a, long n, long w, long p, boolean upper) {
        if (a.signum() >= 0) {
            Apfloat r = positivePower(a, n, w, upper);
            return upper ? ApfloatDirected.up(r, p) : ApfloatDirected.down(r, p);
        }
        Apfloat r = positivePower(a.negate(), n, w, !upper).negate(); // odd n: a^n = −|a|^n
        return upper ? ApfloatDirected.up(r, p) : ApfloatDirected.down(r, p);
    }

    /** A directed bound of {@code a^n} for {@code a ≥ 0}, {@code n ≥ 1}, at {@code w} digits. */
    static Apfloat positivePower(Apfloat a, long n, long w, boolean upper) {
        if (a.signum() == 0) {
            return ZERO;
        }
        Apfloat result = null;
        Apfloat base = a;
        long k = n;
        while (true) {
            if ((k & 1) == 1) {
                result = result == null ? base : directedMul(result, base, w, upper);
            }
            k >>= 1;
            if (k == 0) {
                return result;
            }
            base = directedMul(base, base, w, upper);
        }
    }

    private static Apfloat directedMul(Apfloat a, Apfloat b, long w, boolean upper) {
        return upper ? ApfloatDirected.mulUp(a, b, w) : ApfloatDirected.mulDown(a, b, w);
    }

    // ------------------------------------------------------------------ abs, min, max

    public static ApfloatInterval abs(ApfloatInterval x) {
        if (x.isEmpty()) {
            return x;
        }
        return interval(x.mig(), x.isBounded() ? x.mag() : null, x.digits());
    }

    static ApfloatInterval min(ApfloatInterval x, ApfloatInterval y, long p) {
        if (x.isEmpty() || y.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        Apfloat lo = x.lo() == null || y.lo() == null ? null : smaller(x.lo(), y.lo());
        Apfloat hi = x.hi() == null ? y.hi() : y.hi() == null ? x.hi() : smaller(x.hi(), y.hi());
        return interval(lo, hi, p);
    }

    static ApfloatInterval max(ApfloatInterval x, ApfloatInterval y, long p) {
        if (x.isEmpty() || y.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        Apfloat lo = x.lo() == null ? y.lo() : y.lo() == null ? x.lo() : larger(x.lo(), y.lo());
        Apfloat hi = x.hi() == null || y.hi() == null ? null : larger(x.hi(), y.hi());
        return interval(lo, hi, p);
    }

    private static Apfloat smaller(Apfloat a, Apfloat b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Apfloat larger(Apfloat a, Apfloat b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** {@code |v|} for an exact value. */
    static Apfloat absValue(Apfloat v) {
        return ApfloatMath.abs(v);
    }
}
