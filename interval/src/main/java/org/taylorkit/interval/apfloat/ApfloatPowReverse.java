package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatDirected.ONE;
import static org.taylorkit.interval.apfloat.ApfloatDirected.ZERO;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * The reverse operations of 1788's {@code pow} on {@link ApfloatInterval}: {@code powRev1} (the
 * base) and {@code powRev2} (the exponent), at the larger of the operands' digits, rounded outward.
 * The same mathematics as the double {@code PowReverse}, in Apfloat interval arithmetic.
 *
 * <p><b>Method.</b> On {@code pow}'s domain ({@code x > 0}, or {@code x = 0} with {@code y > 0}) the
 * base is {@code x = exp(ln c / y)} and the exponent {@code y = ln c / ln x}: both are
 * {@code g = u / w} with {@code u = ln c} and {@code w = y} or {@code w = ln x}. Split so that u
 * and w each keep one sign ({@code c ≤ 1 | c ≥ 1}; {@code y < 0 | y > 0} or {@code x < 1 | x > 1}),
 * g is monotone in each variable on each piece, so its image is the hull of the four corner values
 * — or limits: a corner at {@code c = 0, ∞}, {@code y = 0, ±∞}, {@code x = 0, 1, ∞} is not attained
 * (an open bound), and one where u and w are both unbounded covers the whole open half-line of its
 * sign. Each piece is cut by the given box (open bounds make {@code powRev1([−∞, 0], [−∞, 0.9], [0, 1])}
 * empty), then the hull of the pieces is taken. Special points: {@code x = 0} (some {@code y > 0}
 * and {@code 0 ∈ C}), {@code y = 0} (every {@code x > 0} when {@code 1 ∈ C}), {@code x = 1} (every y
 * when {@code 1 ∈ C}).
 *
 * <p><b>Rigor.</b> A finite corner is {@code ln c / y} (then exp) or {@code ln c / ln x} with the
 * rigorous Apfloat log and exp at the working precision, so it contains the true corner value;
 * every piece therefore contains its part of the solution set. Exact values stay exact: for a
 * dyadic exponent {@code y = p/q} the base corner is {@code (c^q)^{1/p}} (exact power, verified
 * root), and an exponent corner is the dyadic {@code p/q} when {@code x^p = c^q} holds exactly.
 */
public final class ApfloatPowReverse {

    /** An extended bound: {@code inf} −1 / +1 for −∞ / +∞ (then {@code v} is unused), else the exact {@code v}. */
    private record Bound(int inf, Apfloat v) implements Comparable<Bound> {

        static final Bound MINUS_INF = new Bound(-1, null);
        static final Bound PLUS_INF = new Bound(1, null);
        static final Bound ZERO_B = new Bound(0, ZERO);
        static final Bound ONE_B = new Bound(0, ONE);

        static Bound lower(ApfloatInterval x) {
            return x.lo() == null ? MINUS_INF : new Bound(0, x.lo());
        }

        static Bound upper(ApfloatInterval x) {
            return x.hi() == null ? PLUS_INF : new Bound(0, x.hi());
        }

        static Bound max(Bound a, Bound b) {
            return a.compareTo(b) >= 0 ? a : b;
        }

        static Bound min(Bound a, Bound b) {
            return a.compareTo(b) <= 0 ? a : b;
        }

        @Override
        public int compareTo(Bound o) {
            if (inf != 0 || o.inf != 0) {
                return Integer.compare(inf, o.inf);
            }
            return v.compareTo(o.v);
        }

        boolean isInfinite() {
            return inf != 0;
        }

        /** The sign (−1, 0, 1), infinities included. */
        int signum() {
            return inf != 0 ? inf : v.signum();
        }

        boolean is(Bound o) {
            return compareTo(o) == 0;
        }
    }

    /** One corner or limit of g (or of its image), with whether each bound is attained. */
    private record Piece(Bound lo, Bound hi, boolean loOpen, boolean hiOpen) {

        static final Piece EMPTY = new Piece(Bound.PLUS_INF, Bound.MINUS_INF, true, true);

        boolean isEmpty() {
            int cmp = lo.compareTo(hi);
            return cmp > 0 || cmp == 0 && (loOpen || hiOpen);
        }

        /** The hull; an open single point (a limit corner) counts, only a reversed piece is skipped. */
        Piece hull(Piece p) {
            if (p.lo.compareTo(p.hi) > 0) {
                return this;
            }
            if (lo.compareTo(hi) > 0) {
                return p;
            }
            Bound l = Bound.min(lo, p.lo);
            Bound h = Bound.max(hi, p.hi);
            boolean lOpen = (!lo.is(l) || loOpen) && (!p.lo.is(l) || p.loOpen);
            boolean hOpen = (!hi.is(h) || hiOpen) && (!p.hi.is(h) || p.hiOpen);
            return new Piece(l, h, lOpen, hOpen);
        }

        /** The part inside the closed interval t. */
        Piece cut(ApfloatInterval t) {
            if (isEmpty() || t.isEmpty()) {
                return EMPTY;
            }
            Bound l = Bound.max(lo, Bound.lower(t));
            Bound h = Bound.min(hi, Bound.upper(t));
            Piece p = new Piece(l, h, l.is(lo) && loOpen, h.is(hi) && hiOpen);
            return p.isEmpty() ? EMPTY : p;
        }

        /** The closure as an interval (bounds exact; infinite bounds are only ever open limits). */
        ApfloatInterval toInterval(long w) {
            if (isEmpty()) {
                return ApfloatInterval.empty(w);
            }
            return ApfloatInterval.exact(lo.isInfinite() ? null : lo.v, hi.isInfinite() ? null : hi.v, w);
        }

        static Piece point(Bound v, boolean open) {
            return new Piece(v, v, open, open);
        }
    }

    /** The logarithms of one call's corner values, each computed once (a bound is used at several corners). */
    private static final class Logs {
        private final java.util.Map<String, ApfloatInterval> known = new java.util.HashMap<>();

        ApfloatInterval of(Apfloat v, long w) {
            return known.computeIfAbsent(v.toString(true) + "@" + w, k -> ApfloatRigorousLog.logPoint(v, w));
        }
    }

    private ApfloatPowReverse() {
    }

    /** {@code {x ∈ X : ∃ y ∈ B, x^y ∈ C}} hull (1788 {@code powRev1}). */
    public static ApfloatInterval powRev1(ApfloatInterval b, ApfloatInterval c, ApfloatInterval x) {
        long p = Math.max(Math.max(b.digits(), c.digits()), x.digits());
        if (b.isEmpty() || c.isEmpty() || x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        long w = p + ApfloatMonotone.GUARD;
        Logs logs = new Logs();
        Piece r = Piece.EMPTY;
        if (c.contains(ZERO) && Bound.upper(b).signum() > 0) {
            r = r.hull(Piece.point(Bound.ZERO_B, false).cut(x)); // 0^y = 0 for y > 0
        }
        if (b.contains(ZERO) && c.contains(ONE)) {
            r = r.hull(new Piece(Bound.ZERO_B, Bound.PLUS_INF, true, true).cut(x)); // x^0 = 1 for x > 0
        }
        for (Bound[] cs : cPieces(c)) {
            for (int ySign = -1; ySign <= 1; ySign += 2) {
                Bound[] ys = signPiece(b, ySign);
                if (ys == null) {
                    continue;
                }
                Piece piece = Piece.EMPTY;
                for (Bound cv : cs) {
                    for (Bound yv : ys) {
                        piece = piece.hull(baseCorner(cv, yv, ySign, w, logs));
                    }
                }
                r = r.hull(piece.cut(x));
            }
        }
        return finish(r, x, p, w);
    }

    /** {@code {y ∈ Y : ∃ x ∈ A, x^y ∈ C}} hull (1788 {@code powRev2}). */
    public static ApfloatInterval powRev2(ApfloatInterval a, ApfloatInterval c, ApfloatInterval y) {
        long p = Math.max(Math.max(a.digits(), c.digits()), y.digits());
        if (a.isEmpty() || c.isEmpty() || y.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        if (a.contains(ONE) && c.contains(ONE)) {
            return ApfloatInterval.exact(y.lo(), y.hi(), p); // 1^y = 1
        }
        long w = p + ApfloatMonotone.GUARD;
        Logs logs = new Logs();
        Piece r = Piece.EMPTY;
        if (a.contains(ZERO) && c.contains(ZERO)) {
            r = r.hull(new Piece(Bound.ZERO_B, Bound.PLUS_INF, true, true).cut(y)); // 0^y = 0 for y > 0
        }
        Bound aLo = Bound.lower(a);
        Bound aHi = Bound.upper(a);
        Bound[][] xPieces = {
            aHi.signum() > 0 && aLo.compareTo(Bound.ONE_B) < 0
                    ? new Bound[] {Bound.max(aLo, Bound.ZERO_B), Bound.min(aHi, Bound.ONE_B)} : null,
            aHi.compareTo(Bound.ONE_B) > 0 ? new Bound[] {Bound.max(aLo, Bound.ONE_B), aHi} : null};
        for (Bound[] cs : cPieces(c)) {
            for (int i = 0; i < 2; i++) {
                if (xPieces[i] == null) {
                    continue;
                }
                Piece piece = Piece.EMPTY;
                for (Bound cv : cs) {
                    for (Bound xv : xPieces[i]) {
                        piece = piece.hull(exponentCorner(cv, xv, i == 0 ? -1 : 1, w, logs));
                    }
                }
                r = r.hull(piece.cut(y));
            }
        }
        return finish(r, y, p, w);
    }

    /** The closure of the piece rounded outward to p digits, cut by the box again. */
    private static ApfloatInterval finish(Piece r, ApfloatInterval box, long p, long w) {
        ApfloatInterval out = r.toInterval(w).roundOut(p).intersection(box);
        return out.isEmpty() ? ApfloatInterval.empty(p) : ApfloatInterval.exact(out.lo(), out.hi(), p);
    }

    /** The part of B of one sign ({@code [max(lo, 0), hi]} or {@code [lo, min(hi, 0)]}), null if none. */
    private static Bound[] signPiece(ApfloatInterval b, int sign) {
        Bound lo = Bound.lower(b);
        Bound hi = Bound.upper(b);
        if (sign > 0) {
            return hi.signum() > 0 ? new Bound[] {Bound.max(lo, Bound.ZERO_B), hi} : null;
        }
        return lo.signum() < 0 ? new Bound[] {lo, Bound.min(hi, Bound.ZERO_B)} : null;
    }

    /** The nonempty pieces of {@code C ∩ (0, 1]} and {@code C ∩ [1, ∞)} as their two bounds. */
    private static Bound[][] cPieces(ApfloatInterval c) {
        Bound lo = Bound.lower(c);
        Bound hi = Bound.upper(c);
        Bound[] below = hi.signum() > 0 && lo.compareTo(Bound.ONE_B) <= 0
                ? new Bound[] {Bound.max(lo, Bound.ZERO_B), Bound.min(hi, Bound.ONE_B)} : null;
        Bound[] above = hi.compareTo(Bound.ONE_B) >= 0 ? new Bound[] {Bound.max(lo, Bound.ONE_B), hi} : null;
        if (below == null) {
            return above == null ? new Bound[0][] : new Bound[][] {above};
        }
        return above == null ? new Bound[][] {below} : new Bound[][] {below, above};
    }

    /** The sign of {@code ln v} for a bound {@code v ≥ 0} (0 at v = 1; {@code v = 0} is −∞). */
    private static int logSign(Bound v) {
        return v.compareTo(Bound.ONE_B);
    }

    /**
     * The g-space value at a corner when it is a limit or exact: {@code null} for a finite corner.
     * {@code uInf}/{@code wInf}: u or w unbounded there; {@code wZero}: w is the limit 0 on the side
     * {@code wSign}.
     */
    private static Piece limit(int uSign, boolean uInf, int wSign, boolean wInf, boolean wZero) {
        if (uSign == 0) {
            return Piece.point(Bound.ZERO_B, false); // c = 1: g = 0, attained
        }
        int sign = uSign * wSign;
        if (uInf && wInf) {
            return sign > 0 ? new Piece(Bound.ZERO_B, Bound.PLUS_INF, true, true)
                    : new Piece(Bound.MINUS_INF, Bound.ZERO_B, true, true);
        }
        if (wInf) {
            return Piece.point(Bound.ZERO_B, true);
        }
        if (uInf || wZero) {
            return Piece.point(sign > 0 ? Bound.PLUS_INF : Bound.MINUS_INF, true);
        }
        return null;
    }

    /** powRev1: the base {@code x = c^{1/y}} at a corner (c ≥ 0 or ∞, y one-signed or its limit). */
    private static Piece baseCorner(Bound cv, Bound yv, int ySign, long w, Logs logs) {
        Piece g = limit(logSign(cv), cv.signum() == 0 || cv.isInfinite(), ySign, yv.isInfinite(), yv.signum() == 0);
        if (g != null) {
            return new Piece(expLimit(g.lo), expLimit(g.hi), g.loOpen, g.hiOpen);
        }
        long[] pq = dyadic(yv.v);
        if (pq != null) { // y = p/q: x = (c^q)^(1/p), c^q exact; exact when the root is a w-digit number
            Apfloat cq = ApfloatMath.pow(ApfloatDirected.exact(cv.v), pq[1]);
            return attained(ApfloatIntervalPowers.rootn(ApfloatInterval.exact(cq, cq, w), (int) pq[0]));
        }
        long wl = w + 5 + Math.max(0, scaleOfLog(cv) - yv.v.scale());
        ApfloatInterval gi = ApfloatIntervalBasic.div(logs.of(cv.v, wl), ApfloatSeries.point(yv.v, wl), wl);
        return attained(ApfloatRigorousExp.exp(gi, w));
    }

    /** powRev2: the exponent {@code y = ln c / ln x} at a corner. */
    private static Piece exponentCorner(Bound cv, Bound xv, int xSign, long w, Logs logs) {
        Piece g = limit(logSign(cv), cv.signum() == 0 || cv.isInfinite(), xSign,
                xv.signum() == 0 || xv.isInfinite(), xv.is(Bound.ONE_B));
        if (g != null) {
            return g;
        }
        ApfloatInterval v = ApfloatIntervalBasic.div(logs.of(cv.v, w), logs.of(xv.v, w), w);
        return attained(exactRatio(v, xv.v, cv.v));
    }

    /** {@code {p, q}} with {@code y = p/q}, q a power of two ≤ 64 and {@code 1 ≤ |p| ≤ 64}; null otherwise. */
    private static long[] dyadic(Apfloat y) {
        for (long q = 1; q <= 64; q *= 2) {
            Apfloat yq = y.multiply(ApfloatDirected.of(q));
            if (yq.isInteger() && yq.signum() != 0 && ApfloatMath.abs(yq).compareTo(ApfloatDirected.of(64)) <= 0) {
                return new long[] {yq.longValue(), q};
            }
        }
        return null;
    }

    /**
     * The point {@code p/q} when the enclosure v of {@code ln c / ln x} holds a dyadic {@code p/q}
     * ({@code q ≤ 64}, {@code |p| ≤ 64·q}) with {@code x^p = c^q} exactly — then {@code x^{p/q} = c},
     * so {@code p/q} is the exact value; else v.
     */
    private static ApfloatInterval exactRatio(ApfloatInterval v, Apfloat x, Apfloat c) {
        if (!v.isBounded() || v.isPoint()) {
            return v;
        }
        Apfloat mid = ApfloatDirected.halve(v.lo().add(v.hi()), 1); // exact
        for (int k = 0; k <= 6; k++) {
            long q = 1L << k;
            Apfloat qa = ApfloatDirected.of(q);
            Apfloat p = ApfloatMath.roundToInteger(mid.multiply(qa), java.math.RoundingMode.HALF_EVEN);
            if (p.signum() == 0 || ApfloatMath.abs(p).compareTo(ApfloatDirected.of(64 * q)) > 0) {
                continue;
            }
            Apfloat candidate = ApfloatDirected.halve(p, k); // p/q, exact
            if (!v.contains(candidate)) {
                continue;
            }
            long pl = p.longValue();
            Apfloat xp = ApfloatMath.pow(ApfloatDirected.exact(x), Math.abs(pl));
            Apfloat cq = ApfloatMath.pow(ApfloatDirected.exact(c), q);
            boolean exact = pl > 0 ? xp.compareTo(cq) == 0 : xp.multiply(cq).compareTo(ApfloatDirected.of(1)) == 0;
            if (exact) {
                return ApfloatInterval.exact(candidate, candidate, v.digits());
            }
        }
        return v;
    }

    /** A bound on the decimal exponent of {@code ln v} (digits exp loses to the absolute error of g). */
    private static long scaleOfLog(Bound v) {
        return (long) Math.ceil(Math.log10(2.31 * (Math.abs((double) v.v.scale()) + 1)));
    }

    private static Piece attained(ApfloatInterval v) {
        return new Piece(Bound.lower(v), Bound.upper(v), false, false);
    }

    /** {@code exp} of a g-space limit (0 → 1, +∞ → +∞, −∞ → 0). */
    private static Bound expLimit(Bound g) {
        if (g.inf > 0) {
            return Bound.PLUS_INF;
        }
        return g.inf < 0 ? Bound.ZERO_B : Bound.ONE_B;
    }
}
