package org.taylorkit.interval.apfloat;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * Numeric queries and set operations of {@link ApfloatInterval} (IEEE 1788 §10.5.9–10.5.10 and
 * §10.6.3): all exact except where a rounding direction is stated.
 */
final class ApfloatIntervalSets {

    private ApfloatIntervalSets() {}

    static Apfloat mid(ApfloatInterval x) {
        if (x.isEntire()) {
            return ApfloatDirected.ZERO;
        }
        if (!x.isBounded()) {
            throw new ArithmeticException("mid of " + x + " is not a finite number");
        }
        Apfloat m = ApfloatDirected.nearest(ApfloatDirected.halve(x.lo().add(x.hi()), 1), x.digits());
        // rounding to nearest cannot leave [lo, hi] when lo and hi have at most digits() digits;
        // clamp anyway for endpoints with more digits (exact doubles)
        return m.compareTo(x.lo()) < 0 ? x.lo() : m.compareTo(x.hi()) > 0 ? x.hi() : m;
    }

    static double midDouble(ApfloatInterval x) {
        if (x.isEmpty()) {
            return Double.NaN;
        }
        if (x.isEntire()) {
            return 0.0;
        }
        if (x.lo() == null) {
            return -Double.MAX_VALUE;
        }
        if (x.hi() == null) {
            return Double.MAX_VALUE;
        }
        return ApfloatDirected.toDoubleNearest(ApfloatDirected.halve(x.lo().add(x.hi()), 1));
    }

    static Apfloat rad(ApfloatInterval x) {
        Apfloat m = mid(x);
        requireBounded(x, "rad");
        Apfloat a = x.hi().subtract(m);
        Apfloat b = m.subtract(x.lo());
        return ApfloatDirected.up(a.compareTo(b) >= 0 ? a : b, x.digits());
    }

    static Apfloat wid(ApfloatInterval x) {
        requireBounded(x, "wid");
        return ApfloatDirected.up(x.hi().subtract(x.lo()), x.digits());
    }

    static double widDouble(ApfloatInterval x) {
        if (x.isEmpty()) {
            return Double.NaN;
        }
        return x.isBounded() ? ApfloatDirected.toDoubleUp(x.hi().subtract(x.lo())) : Double.POSITIVE_INFINITY;
    }

    static Apfloat mag(ApfloatInterval x) {
        requireBounded(x, "mag");
        Apfloat a = ApfloatMath.abs(x.lo());
        Apfloat b = ApfloatMath.abs(x.hi());
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** {@link #mag} rounded up to a double: +∞ if unbounded, NaN if empty. */
    static double magDouble(ApfloatInterval x) {
        if (x.isEmpty()) {
            return Double.NaN;
        }
        return x.isBounded() ? ApfloatDirected.toDoubleUp(mag(x)) : Double.POSITIVE_INFINITY;
    }

    static Apfloat mig(ApfloatInterval x) {
        if (x.isEmpty()) {
            throw new ArithmeticException("mig of the empty interval");
        }
        if (x.lo() != null && x.lo().signum() >= 0) {
            return x.lo();
        }
        if (x.hi() != null && x.hi().signum() <= 0) {
            return x.hi().negate();
        }
        return ApfloatDirected.ZERO;
    }

    private static void requireBounded(ApfloatInterval x, String what) {
        if (!x.isBounded()) {
            throw new ArithmeticException(what + " of " + x + " is not a finite number");
        }
    }

    static boolean contains(ApfloatInterval x, Apfloat value) {
        if (x.isEmpty()) {
            return false;
        }
        Apfloat v = ApfloatDirected.exact(value);
        return (x.lo() == null || x.lo().compareTo(v) <= 0) && (x.hi() == null || v.compareTo(x.hi()) <= 0);
    }

    /** IEEE 1788 {@code equal}: the same set (digits are not compared); two empty sets are equal. */
    static boolean isEqual(ApfloatInterval a, ApfloatInterval b) {
        if (a == b) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() == b.isEmpty();
        }
        return sameEnd(a.lo(), b.lo()) && sameEnd(a.hi(), b.hi());
    }

    /** Equal endpoints, where null (infinite) equals only null. */
    private static boolean sameEnd(Apfloat a, Apfloat b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static boolean isSubset(ApfloatInterval a, ApfloatInterval b) {
        if (a.isEmpty()) {
            return true;
        }
        if (b.isEmpty()) {
            return false;
        }
        return (b.lo() == null || (a.lo() != null && b.lo().compareTo(a.lo()) <= 0))
                && (b.hi() == null || (a.hi() != null && a.hi().compareTo(b.hi()) <= 0));
    }

    static boolean isInterior(ApfloatInterval a, ApfloatInterval b) {
        if (a.isEmpty()) {
            return true;
        }
        if (b.isEmpty()) {
            return false;
        }
        boolean below = b.lo() == null || (a.lo() != null && b.lo().compareTo(a.lo()) < 0);
        boolean above = b.hi() == null || (a.hi() != null && a.hi().compareTo(b.hi()) < 0);
        return below && above;
    }

    static boolean isDisjoint(ApfloatInterval a, ApfloatInterval b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return (a.hi() != null && b.lo() != null && a.hi().compareTo(b.lo()) < 0)
                || (b.hi() != null && a.lo() != null && b.hi().compareTo(a.lo()) < 0);
    }

    static ApfloatInterval hull(ApfloatInterval a, ApfloatInterval b) {
        long p = Math.max(a.digits(), b.digits());
        if (a.isEmpty()) {
            return b.isEmpty() ? ApfloatInterval.empty(p) : ApfloatInterval.exact(b.lo(), b.hi(), p);
        }
        if (b.isEmpty()) {
            return ApfloatInterval.exact(a.lo(), a.hi(), p);
        }
        Apfloat l = a.lo() == null || b.lo() == null ? null : a.lo().compareTo(b.lo()) <= 0 ? a.lo() : b.lo();
        Apfloat h = a.hi() == null || b.hi() == null ? null : a.hi().compareTo(b.hi()) >= 0 ? a.hi() : b.hi();
        return ApfloatInterval.exact(l, h, p);
    }

    static ApfloatInterval intersection(ApfloatInterval a, ApfloatInterval b) {
        long p = Math.max(a.digits(), b.digits());
        if (isDisjoint(a, b)) {
            return ApfloatInterval.empty(p);
        }
        Apfloat l = a.lo() == null ? b.lo() : b.lo() == null ? a.lo() : a.lo().compareTo(b.lo()) >= 0 ? a.lo() : b.lo();
        Apfloat h = a.hi() == null ? b.hi() : b.hi() == null ? a.hi() : a.hi().compareTo(b.hi()) <= 0 ? a.hi() : b.hi();
        return ApfloatInterval.exact(l, h, p);
    }

    static ApfloatInterval[] bisect(ApfloatInterval x) {
        if (x.isEmpty()) {
            return new ApfloatInterval[] {x, x};
        }
        Apfloat lo = x.lo();
        Apfloat hi = x.hi();
        Apfloat m;
        if (x.isBounded() || x.isEntire()) {
            m = mid(x);
        } else if (hi == null) {
            m = lo.signum() > 0 ? lo.add(lo) : lo.signum() == 0 ? ApfloatDirected.ONE : ApfloatDirected.ZERO;
        } else {
            m = hi.signum() < 0 ? hi.add(hi) : hi.signum() == 0 ? ApfloatDirected.ONE.negate() : ApfloatDirected.ZERO;
        }
        return new ApfloatInterval[] {ApfloatInterval.exact(lo, m, x.digits()), ApfloatInterval.exact(m, hi, x.digits())};
    }
}
