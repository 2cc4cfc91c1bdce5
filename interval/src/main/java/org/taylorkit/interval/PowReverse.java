package org.taylorkit.interval;

import java.util.function.DoublePredicate;

/**
 * The reverse operations of 1788's {@code pow} on {@link Interval}: {@code powRev1} (the base) and
 * {@code powRev2} (the exponent), tightest in practice.
 *
 * <p><b>Method.</b> On {@code pow}'s domain ({@code x > 0}, or {@code x = 0} with {@code y > 0}) the
 * base is {@code x = exp(ln c / y)} and the exponent {@code y = ln c / ln x}. Both are
 * {@code g = u / w} with {@code u = ln c} and {@code w = y} (powRev1) or {@code w = ln x} (powRev2).
 * Split so that u and w each keep one sign ({@code c ≤ 1 | c ≥ 1}; {@code y < 0 | y > 0} or
 * {@code x < 1 | x > 1}), g is monotone in each variable on each piece, so its image is the hull of
 * the four corner values — or limits: a corner at {@code c = 0}, {@code c = ∞}, {@code y = 0},
 * {@code y = ±∞}, {@code x = 0}, {@code x = 1}, {@code x = ∞} is not attained, and one where both
 * u and w are infinite covers the whole open half-line between 0 and ±∞ (the ratio of two
 * unbounded quantities takes every value of its sign). Keeping track of which bounds are open is
 * what makes {@code powRev1([−∞, 0], [−∞, 0.9], [0, 1]) = ∅} exact (the bound 1 is a limit, never
 * reached), then each piece is cut by the given box before the pieces' hull is taken. The special
 * points: {@code x = 0} (with some {@code y > 0} and {@code 0 ∈ C}), {@code y = 0} (every
 * {@code x > 0} when {@code 1 ∈ C}), {@code x = 1} (every y when {@code 1 ∈ C}).
 *
 * <p><b>Rigor and tightness.</b> A finite corner value is {@code ln c / y} or {@code ln c / ln x}
 * in double-double interval arithmetic on the rigorous kernels (exp of it for powRev1), rounded
 * outward once. When that enclosure holds a double d with {@code d^y = c} (powRev1) or
 * {@code x^d = c} (powRev2) exactly — checked as {@code a^p = b^q} with exact integer powers for
 * the dyadic {@code p/q} — the value is d itself ({@code powRev2([2, 4], [2, 4]) = [0.5, 2]}).
 */
final class PowReverse {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** One corner or limit of g (or of its image), with whether each bound is attained. */
    private record Piece(double lo, double hi, boolean loOpen, boolean hiOpen) {

        static final Piece EMPTY = new Piece(INF, -INF, true, true);

        boolean isEmpty() {
            return lo > hi || lo == hi && (loOpen || hiOpen);
        }

        /** The hull; an open single point (a limit corner) counts, only {@link #EMPTY} is skipped. */
        Piece hull(Piece p) {
            if (p.lo > p.hi) {
                return this;
            }
            if (lo > hi) {
                return p;
            }
            double l = Math.min(lo, p.lo);
            double h = Math.max(hi, p.hi);
            boolean lOpen = (lo != l || loOpen) && (p.lo != l || p.loOpen);
            boolean hOpen = (hi != h || hiOpen) && (p.hi != h || p.hiOpen);
            return new Piece(l, h, lOpen, hOpen);
        }

        /** The part inside the closed interval t. */
        Piece cut(Interval t) {
            if (isEmpty() || t.isEmpty()) {
                return EMPTY;
            }
            double l = Math.max(lo, t.lo());
            double h = Math.min(hi, t.hi());
            Piece p = new Piece(l, h, l == lo && loOpen, h == hi && hiOpen);
            return p.isEmpty() ? EMPTY : p;
        }

        Interval toInterval() {
            return isEmpty() ? Interval.empty() : Interval.make(lo, hi);
        }
    }

    private PowReverse() {
    }

    /** {@code {x ∈ X : ∃ y ∈ B, x^y ∈ C}} hull (1788 {@code powRev1}). */
    static Interval powRev1(Interval b, Interval c, Interval x) {
        if (b.isEmpty() || c.isEmpty() || x.isEmpty()) {
            return Interval.empty();
        }
        Piece r = Piece.EMPTY;
        if (c.contains(0.0) && b.hi() > 0) {
            r = r.hull(new Piece(0, 0, false, false).cut(x)); // 0^y = 0 for y > 0
        }
        if (b.contains(0.0) && c.contains(1.0)) {
            r = r.hull(new Piece(0, INF, true, true).cut(x)); // x^0 = 1 for every x > 0
        }
        for (double[] cs : cPieces(c)) {
            for (int ySign = -1; ySign <= 1; ySign += 2) {
                double[] ys = ySign > 0 ? (b.hi() > 0 ? new double[] {Math.max(b.lo(), 0), b.hi()} : null)
                        : (b.lo() < 0 ? new double[] {b.lo(), Math.min(b.hi(), 0)} : null);
                if (ys == null) {
                    continue;
                }
                Piece piece = Piece.EMPTY;
                for (double cv : cs) {
                    for (double yv : ys) {
                        piece = piece.hull(baseCorner(cv, yv, ySign));
                    }
                }
                r = r.hull(piece.cut(x));
            }
        }
        return r.toInterval();
    }

    /** {@code {y ∈ Y : ∃ x ∈ A, x^y ∈ C}} hull (1788 {@code powRev2}). */
    static Interval powRev2(Interval a, Interval c, Interval y) {
        if (a.isEmpty() || c.isEmpty() || y.isEmpty()) {
            return Interval.empty();
        }
        if (a.contains(1.0) && c.contains(1.0)) {
            return y; // 1^y = 1
        }
        Piece r = Piece.EMPTY;
        if (a.contains(0.0) && c.contains(0.0)) {
            r = r.hull(new Piece(0, INF, true, true).cut(y)); // 0^y = 0 for y > 0
        }
        for (double[] cs : cPieces(c)) {
            double[][] xPieces = {
                a.hi() > 0 && a.lo() < 1 ? new double[] {Math.max(a.lo(), 0), Math.min(a.hi(), 1)} : null,
                a.hi() > 1 ? new double[] {Math.max(a.lo(), 1), a.hi()} : null};
            for (int i = 0; i < 2; i++) {
                if (xPieces[i] == null) {
                    continue;
                }
                Piece piece = Piece.EMPTY;
                for (double cv : cs) {
                    for (double xv : xPieces[i]) {
                        piece = piece.hull(exponentCorner(cv, xv, i == 0 ? -1 : 1));
                    }
                }
                r = r.hull(piece.cut(y));
            }
        }
        return r.toInterval();
    }

    /** The nonempty pieces of {@code C ∩ (0, 1]} and {@code C ∩ [1, ∞)} as their two bounds. */
    private static double[][] cPieces(Interval c) {
        double[] below = c.hi() > 0 && c.lo() <= 1 ? new double[] {Math.max(c.lo(), 0), Math.min(c.hi(), 1)} : null;
        double[] above = c.hi() >= 1 ? new double[] {Math.max(c.lo(), 1), c.hi()} : null;
        if (below == null) {
            return above == null ? new double[0][] : new double[][] {above};
        }
        return above == null ? new double[][] {below} : new double[][] {below, above};
    }

    /** The sign of {@code ln v} for a bound {@code v ≥ 0} (0 at v = 1; {@code c = 0} is −∞). */
    private static int logSign(double v) {
        return v == 1 ? 0 : v < 1 ? -1 : 1;
    }

    /**
     * The g-space value at a corner when it is a limit or exact: {@code null} for a finite corner
     * (computed by the caller). {@code uInf}/{@code wInf}: u or w unbounded there; {@code wZero}: w
     * is the limit 0 on the side {@code wSign}.
     */
    private static Piece limit(int uSign, boolean uInf, int wSign, boolean wInf, boolean wZero) {
        if (uSign == 0) {
            return new Piece(0, 0, false, false); // c = 1: g = 0, attained
        }
        int sign = uSign * wSign;
        if (uInf && wInf) {
            return sign > 0 ? new Piece(0, INF, true, true) : new Piece(-INF, 0, true, true);
        }
        if (wInf) {
            return new Piece(0, 0, true, true);
        }
        if (uInf || wZero) {
            double v = sign > 0 ? INF : -INF;
            return new Piece(v, v, true, true);
        }
        return null;
    }

    /** powRev1: the base {@code x = c^{1/y}} at a corner (c ≥ 0 or ∞, y one-signed or its limit). */
    private static Piece baseCorner(double cv, double yv, int ySign) {
        Piece g = limit(logSign(cv), cv == 0 || cv == INF, ySign, Double.isInfinite(yv), yv == 0);
        if (g != null) {
            return exp(g);
        }
        DDInterval gd = log(cv).divide(DDInterval.point(yv));
        Interval v = expOf(gd, logSign(cv) * ySign);
        return attained(snap(v, d -> powEquals(d, yv, cv)));
    }

    /** powRev2: the exponent {@code y = ln c / ln x} at a corner. */
    private static Piece exponentCorner(double cv, double xv, int xSign) {
        Piece g = limit(logSign(cv), cv == 0 || cv == INF, xSign, xv == 0 || xv == INF, xv == 1);
        if (g != null) {
            return g;
        }
        Interval v = log(cv).divide(log(xv)).toInterval();
        return attained(snap(v, d -> powEquals(xv, d, cv)));
    }

    private static Piece attained(Interval v) {
        return new Piece(v.lo(), v.hi(), false, false);
    }

    /** {@code exp} of a g-space piece (limits and exact values only: 0 → 1, ±∞ → ∞ or 0). */
    private static Piece exp(Piece g) {
        return new Piece(expLimit(g.lo), expLimit(g.hi), g.loOpen, g.hiOpen);
    }

    private static double expLimit(double v) {
        return v == 0 ? 1.0 : v == INF ? INF : 0.0;
    }

    /** {@code e^g} for a narrow DD interval of the given sign, outward (overflow {@code [MAX, ∞]}, underflow {@code [0, MIN_VALUE]}). */
    private static Interval expOf(DDInterval g, int sign) {
        if (!(Math.abs(g.approx()) <= 745)) { // beyond e^±745 (or a DD overflow): the sign decides
            return sign > 0 ? Interval.make(Double.MAX_VALUE, INF) : Interval.make(0.0, Double.MIN_VALUE);
        }
        return RigorousExp.toInterval(RigorousExp.expScaled(g));
    }

    /** {@code ln v} for a finite double {@code v > 0} in DD (scaled into the kernel's range). */
    private static DDInterval log(double v) {
        int scale = v < 0x1p-900 ? 200 : v > 0x1p900 ? -200 : 0;
        DDInterval r = RigorousLog.log(DDInterval.point(Math.scalb(v, scale)));
        return scale == 0 ? r : r.subtract(RigorousExp.LN2.multiply(scale));
    }

    /** The one double d in a few-ulp enclosure v with {@code exact(d)}, as a point; else v. */
    private static Interval snap(Interval v, DoublePredicate exact) {
        if (v.lo() == v.hi() || Double.isInfinite(v.lo()) || Double.isInfinite(v.hi())) {
            return v;
        }
        double d = v.lo();
        for (int i = 0; i < 4 && d <= v.hi(); i++, d = Math.nextUp(d)) {
            if (exact.test(d)) {
                return Interval.point(d);
            }
        }
        return v;
    }

    /**
     * True when {@code base^y = target} exactly (base, target finite and positive): y = p/q with
     * {@code q} a power of two, {@code |p|, q ≤ 64}, and {@code base^p = target^q} as exact powers.
     */
    static boolean powEquals(double base, double y, double target) {
        if (!(base > 0) || !(target > 0) || Double.isInfinite(base) || Double.isInfinite(target)) {
            return false;
        }
        int q = 1;
        while (q <= 64 && y * q != Math.rint(y * q)) {
            q *= 2;
        }
        double p = y * q;
        if (q > 64 || Math.abs(p) > 64) {
            return false;
        }
        if (p == 0) {
            return target == 1;
        }
        Interval bp = RigorousPow.pown(Interval.point(base), (int) Math.abs(p));
        Interval tq = RigorousPow.pown(Interval.point(target), q);
        if (!bp.isPoint() || !tq.isPoint() || Double.isInfinite(bp.lo()) || Double.isInfinite(tq.lo())
                || bp.lo() == 0 || tq.lo() == 0) {
            return false;
        }
        if (p > 0) {
            return bp.lo() == tq.lo();
        }
        double prod = bp.lo() * tq.lo(); // base^{-|p|} = target^q ⇔ base^{|p|}·target^q = 1
        return prod == 1.0 && Math.fma(bp.lo(), tq.lo(), -1.0) == 0.0;
    }
}
