package org.taylorkit.interval;

import static org.taylorkit.interval.DirectedRounding.EFT_SAFE;

import java.math.BigDecimal;

/**
 * A double-double number {@code h + l} (exact sum of two doubles, normalized so that
 * {@code h = RN(h + l)}), with <em>directed</em> operations: {@code xxxDown} returns a DD
 * {@code ≤} the exact result, {@code xxxUp} one {@code ≥} it. These are the bounds of
 * {@link DDInterval}, the working precision (about 104 bits) of the elementary functions.
 *
 * <p><b>Rigor of each operation</b> (exact value {@code v}, result {@code r}):
 * <ul>
 *   <li>add: {@code (s, e) = TwoSum(a.h, b.h)} is exact; the low parts are summed with
 *       {@link DirectedRounding} in the wanted direction ({@code a.l + b.l + e}); the final
 *       renormalization {@code TwoSum} is exact. Each rounding goes the same way, so
 *       {@code r ≤ v} (down). Error ≈ 2^−104 (|a| + |b|).</li>
 *   <li>mul: {@code a.h·b.h = p + e} exactly ({@code fma}, valid when {@code |p| > 2^−960}); the
 *       cross terms {@code a.h·b.l, a.l·b.h, a.l·b.l} are directed products; their directed sum
 *       with {@code e} is the low part.</li>
 *   <li>div ({@code b > 0}): {@code q = RN(a.h/b.h)}; a directed bound {@code R} of the remainder
 *       {@code a − q·b} (using the exact {@code q·b.h = P + E}); then {@code a/b = q + R/b} and
 *       {@code R/b} is bounded below by {@code R/b_max} if {@code R ≥ 0} and by {@code R/b_min} if
 *       {@code R < 0} (and symmetrically above), with {@code b_min ≤ b ≤ b_max} double bounds.</li>
 *   <li>sqrt: {@code s = RN(√a.h)}, {@code R} a directed bound of {@code a − s²} (exact {@code s²}
 *       via fma), and {@code √a = s + R/(√a + s)} with the denominator bounded as for div.</li>
 * </ul>
 * Outside the safe exponent range (|values| below about 2^−900 or above 2^1000, or non-finite)
 * each operation falls back to the double-precision directed operations on the parts, which is
 * still rigorous, only less precise. Immutable, thread-safe.
 */
final class DD implements Comparable<DD> {

    static final DD ZERO = new DD(0.0, 0.0);
    static final DD ONE = new DD(1.0, 0.0);

    private static final double BIG = 0x1p1000;

    final double h;
    final double l;

    private DD(double h, double l) {
        this.h = h;
        this.l = l;
    }

    /** The exact double {@code x}. */
    static DD of(double x) {
        return x == 0 ? ZERO : new DD(x, 0.0);
    }

    /** The exact sum {@code a + b} (TwoSum; both finite, no overflow), normalized. */
    static DD sum(double a, double b) {
        double s = a + b;
        if (!Double.isFinite(s)) {
            throw new ArithmeticException("internal: DD sum overflow " + a + " + " + b);
        }
        double bv = s - a;
        double av = s - bv;
        double e = (a - av) + (b - bv);
        return new DD(s, e);
    }

    /** The exact product {@code a · b} as a DD (requires {@code |a·b| > 2^−960} and finite). */
    static DD product(double a, double b) {
        double p = a * b;
        if (a == 0 || b == 0) {
            return ZERO;
        }
        if (!(Math.abs(p) > EFT_SAFE && Math.abs(p) < Double.POSITIVE_INFINITY)) {
            throw new ArithmeticException("internal: DD product out of exact range " + a + " * " + b);
        }
        return new DD(p, Math.fma(a, b, -p));
    }

    /** A DD ≤ {@code v} (within about 2^−106 relative). */
    static DD down(BigDecimal v) {
        double h = v.doubleValue();
        double l = DirectedRounding.roundDown(v.subtract(new BigDecimal(h)));
        return sum(h, l);
    }

    /** A DD ≥ {@code v}. */
    static DD up(BigDecimal v) {
        double h = v.doubleValue();
        double l = DirectedRounding.roundUp(v.subtract(new BigDecimal(h)));
        return sum(h, l);
    }

    /** The exact value. */
    BigDecimal toBigDecimal() {
        return new BigDecimal(h).add(new BigDecimal(l));
    }

    DD negate() {
        return new DD(-h, -l);
    }

    /** The largest double ≤ this (normalization: |l| ≤ half an ulp of h, and l's sign says the side). */
    double toDoubleDown() {
        return l < 0 ? Math.nextDown(h) : h;
    }

    /** The smallest double ≥ this. */
    double toDoubleUp() {
        return l > 0 ? Math.nextUp(h) : h;
    }

    /**
     * {@code this · 2^k}, rounded down: exact (both parts scaled) unless a part would underflow or
     * overflow, in which case each part is rounded in the safe direction and summed downwards.
     */
    DD scalbDown(int k) {
        return scalb(k, false);
    }

    /** {@code this · 2^k}, rounded up (see {@link #scalbDown}). */
    DD scalbUp(int k) {
        return scalb(k, true);
    }

    private DD scalb(int k, boolean up) {
        double sh = Math.scalb(h, k);
        double sl = Math.scalb(l, k);
        if (Double.isFinite(sh) && Math.scalb(sh, -k) == h && Math.scalb(sl, -k) == l) {
            return new DD(sh, sl); // exact scaling preserves the normalization
        }
        double dh = scalbDirected(h, k, up);
        double dl = scalbDirected(l, k, up);
        return new DD(up ? DirectedRounding.addUp(dh, dl) : DirectedRounding.addDown(dh, dl), 0.0);
    }

    /** {@code x · 2^k} rounded in the given direction (Math.scalb rounds to nearest on underflow). */
    private static double scalbDirected(double x, int k, boolean up) {
        double r = Math.scalb(x, k);
        if (Double.isInfinite(r)) { // overflow: |x·2^k| > MAX_VALUE
            if (up) {
                return r > 0 ? r : -Double.MAX_VALUE;
            }
            return r < 0 ? r : Double.MAX_VALUE;
        }
        double back = Math.scalb(r, -k); // exact when r is nonzero and the scaling back does not overflow
        if (back == x) {
            return r;
        }
        if (up) {
            return back < x || r == 0 && x > 0 ? Math.nextUp(r) : r;
        }
        return back > x || r == 0 && x < 0 ? Math.nextDown(r) : r;
    }

    boolean isFiniteSafe() {
        double m = Math.abs(h);
        return m < BIG && (m > 0x1p-900 || m == 0);
    }

    /** Exact comparison of values (valid because both are normalized: see class comment). */
    @Override
    public int compareTo(DD o) {
        int c = Double.compare(h + 0.0, o.h + 0.0);
        if (c != 0) {
            return c;
        }
        return Double.compare(l + 0.0, o.l + 0.0);
    }

    static DD min(DD a, DD b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static DD max(DD a, DD b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    // ------------------------------------------------------------------ directed operations

    static DD addDown(DD a, DD b) {
        return add(a, b, false);
    }

    static DD addUp(DD a, DD b) {
        return add(a, b, true);
    }

    private static DD add(DD a, DD b, boolean up) {
        double s = a.h + b.h;
        if (Double.isFinite(s) && Math.abs(s) < BIG && Math.abs(a.h) < BIG && Math.abs(b.h) < BIG) {
            double bv = s - a.h;
            double av = s - bv;
            double e = (a.h - av) + (b.h - bv); // a.h + b.h = s + e exactly
            double t = up ? DirectedRounding.addUp(a.l, b.l) : DirectedRounding.addDown(a.l, b.l);
            double u = up ? DirectedRounding.addUp(e, t) : DirectedRounding.addDown(e, t);
            return sum(s, u);
        }
        // fallback: directed double sums of the parts (rigorous, less precise)
        double hh = up ? DirectedRounding.addUp(a.h, b.h) : DirectedRounding.addDown(a.h, b.h);
        double ll = up ? DirectedRounding.addUp(a.l, b.l) : DirectedRounding.addDown(a.l, b.l);
        return fallback(hh, ll, up);
    }

    /** {@code hh + ll} rounded in the given direction to a single double, as a DD. */
    private static DD fallback(double hh, double ll, boolean up) {
        double r = up ? DirectedRounding.addUp(hh, ll) : DirectedRounding.addDown(hh, ll);
        return new DD(r, 0.0);
    }

    static DD subDown(DD a, DD b) {
        return add(a, b.negate(), false);
    }

    static DD subUp(DD a, DD b) {
        return add(a, b.negate(), true);
    }

    static DD mulDown(DD a, DD b) {
        return mul(a, b, false);
    }

    static DD mulUp(DD a, DD b) {
        return mul(a, b, true);
    }

    private static DD mul(DD a, DD b, boolean up) {
        double p = a.h * b.h;
        if (a.h == 0 || b.h == 0) {
            return ZERO; // normalized: h = 0 implies l = 0
        }
        double c1 = dmul(a.h, b.l, up);
        double c2 = dmul(a.l, b.h, up);
        double c3 = dmul(a.l, b.l, up);
        double cross = dadd(dadd(c1, c2, up), c3, up);
        double ap = Math.abs(p);
        if (ap > EFT_SAFE && ap < BIG) {
            double e = Math.fma(a.h, b.h, -p); // a.h·b.h = p + e exactly
            return sum(p, dadd(e, cross, up));
        }
        return fallback(dmul(a.h, b.h, up), cross, up);
    }

    /** Directed {@code a/b} for {@code b ≠ 0}. */
    static DD divDown(DD a, DD b) {
        return b.h > 0 ? divPos(a, b, false) : divPos(a.negate(), b.negate(), false);
    }

    static DD divUp(DD a, DD b) {
        return b.h > 0 ? divPos(a, b, true) : divPos(a.negate(), b.negate(), true);
    }

    /** Directed {@code a/b} for {@code b > 0}. */
    private static DD divPos(DD a, DD b, boolean up) {
        if (!(b.h > 0)) {
            throw new ArithmeticException("internal: DD division by a non-positive value");
        }
        double bMin = DirectedRounding.addDown(b.h, b.l);
        double bMax = DirectedRounding.addUp(b.h, b.l);
        if (a.h == 0) {
            return ZERO;
        }
        double q = a.h / b.h;
        double aq = Math.abs(q);
        double pq = q * b.h;
        if (bMin > 0 && aq > 0x1p-900 && aq < BIG && b.isFiniteSafe() && a.isFiniteSafe()
                && Math.abs(pq) > EFT_SAFE) {
            double e = Math.fma(q, b.h, -pq); // q·b.h = pq + e exactly
            // R = a.h + a.l − pq − e − q·b.l, bounded in direction `up`
            double r = dadd(a.h, -pq, up);
            r = dadd(r, -e, up);
            r = dadd(r, a.l, up);
            r = dadd(r, -dmul(q, b.l, !up), up);
            double den;
            if (up) {
                den = r >= 0 ? bMin : bMax; // R/b ≤ R/bMin for R ≥ 0, ≤ R/bMax for R < 0
            } else {
                den = r >= 0 ? bMax : bMin;
            }
            double q2 = up ? DirectedRounding.divUp(r, den) : DirectedRounding.divDown(r, den);
            return sum(q, q2);
        }
        // fallback: a/b with a ∈ [aMin, aMax], b ∈ [bMin, bMax] in double directed arithmetic
        double aMin = DirectedRounding.addDown(a.h, a.l);
        double aMax = DirectedRounding.addUp(a.h, a.l);
        if (!(bMin > 0)) {
            bMin = Math.max(bMin, Double.MIN_VALUE);
        }
        if (up) {
            return new DD(DirectedRounding.divUp(aMax, aMax >= 0 ? bMin : bMax), 0.0);
        }
        return new DD(DirectedRounding.divDown(aMin, aMin >= 0 ? bMax : bMin), 0.0);
    }

    /** Directed {@code √a} for {@code a ≥ 0}. */
    static DD sqrtDown(DD a) {
        return sqrt(a, false);
    }

    static DD sqrtUp(DD a) {
        return sqrt(a, true);
    }

    private static DD sqrt(DD a, boolean up) {
        if (a.h <= 0) {
            if (a.h < 0) {
                throw new ArithmeticException("internal: DD sqrt of a negative value");
            }
            return ZERO;
        }
        double aMin = DirectedRounding.addDown(a.h, a.l);
        double aMax = DirectedRounding.addUp(a.h, a.l);
        double s = Math.sqrt(a.h);
        double p = s * s;
        if (a.h > 0x1p-900 && a.h < BIG && aMin > 0) {
            double e = Math.fma(s, s, -p); // s² = p + e exactly
            double r = dadd(a.h, -p, up);
            r = dadd(r, -e, up);
            r = dadd(r, a.l, up); // directed bound of R = a − s²
            // √a − s = R / (√a + s); √a + s ∈ [dMin, dMax]
            double dMin = DirectedRounding.addDown(DirectedRounding.sqrtDown(aMin), s);
            double dMax = DirectedRounding.addUp(DirectedRounding.sqrtUp(aMax), s);
            double den;
            if (up) {
                den = r >= 0 ? dMin : dMax;
            } else {
                den = r >= 0 ? dMax : dMin;
            }
            double s2 = up ? DirectedRounding.divUp(r, den) : DirectedRounding.divDown(r, den);
            return sum(s, s2);
        }
        return new DD(up ? DirectedRounding.sqrtUp(aMax) : DirectedRounding.sqrtDown(Math.max(aMin, 0.0)), 0.0);
    }

    private static double dadd(double a, double b, boolean up) {
        return up ? DirectedRounding.addUp(a, b) : DirectedRounding.addDown(a, b);
    }

    private static double dmul(double a, double b, boolean up) {
        return up ? DirectedRounding.mulUp(a, b) : DirectedRounding.mulDown(a, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DD && compareTo((DD) o) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(h + 0.0) * 31 + Double.hashCode(l + 0.0);
    }

    @Override
    public String toString() {
        return "DD(" + h + " + " + l + ")";
    }
}
