package org.taylorkit.interval.apfloat;

import org.taylorkit.interval.Decoration;

/**
 * The decorated reverse operations of IEEE 1788-2015 (§11.7.3) on {@link DecoratedApfloatInterval}:
 * the interval part is that of {@link ApfloatIntervalReverse}, the decoration always {@code trv} (a
 * reverse image proves nothing about continuity), or NaI when an input is NaI — as the double
 * {@code DecoratedReverse}.
 */
public final class DecoratedApfloatReverse {

    private DecoratedApfloatReverse() {
    }

    public static DecoratedApfloatInterval sqrRev(DecoratedApfloatInterval c, DecoratedApfloatInterval x) {
        return trv(ApfloatIntervalReverse.sqrRev(c.interval(), x.interval()), c, x);
    }

    public static DecoratedApfloatInterval absRev(DecoratedApfloatInterval c, DecoratedApfloatInterval x) {
        return trv(ApfloatIntervalReverse.absRev(c.interval(), x.interval()), c, x);
    }

    public static DecoratedApfloatInterval pownRev(DecoratedApfloatInterval c, DecoratedApfloatInterval x, int n) {
        return trv(ApfloatIntervalReverse.pownRev(c.interval(), x.interval(), n), c, x);
    }

    public static DecoratedApfloatInterval sinRev(DecoratedApfloatInterval c, DecoratedApfloatInterval x) {
        return trv(ApfloatIntervalReverse.sinRev(c.interval(), x.interval()), c, x);
    }

    public static DecoratedApfloatInterval cosRev(DecoratedApfloatInterval c, DecoratedApfloatInterval x) {
        return trv(ApfloatIntervalReverse.cosRev(c.interval(), x.interval()), c, x);
    }

    public static DecoratedApfloatInterval tanRev(DecoratedApfloatInterval c, DecoratedApfloatInterval x) {
        return trv(ApfloatIntervalReverse.tanRev(c.interval(), x.interval()), c, x);
    }

    public static DecoratedApfloatInterval coshRev(DecoratedApfloatInterval c, DecoratedApfloatInterval x) {
        return trv(ApfloatIntervalReverse.coshRev(c.interval(), x.interval()), c, x);
    }

    public static DecoratedApfloatInterval mulRev(DecoratedApfloatInterval b, DecoratedApfloatInterval c,
            DecoratedApfloatInterval x) {
        return trv(ApfloatIntervalReverse.mulRev(b.interval(), c.interval(), x.interval()), b, c, x);
    }

    /**
     * {@code mulRevToPair(b, c)} decorated as the double version (libieeep1788's convention, which
     * ITF1788 follows): when {@code 0 ∉ B} the first piece is the decorated quotient {@code C / B}
     * and the second {@code ∅_trv}; when {@code 0 ∈ B} both pieces are {@code trv}. NaI gives NaI twice.
     */
    public static DecoratedApfloatInterval[] mulRevToPair(DecoratedApfloatInterval b, DecoratedApfloatInterval c) {
        long p = Math.max(b.digits(), c.digits());
        if (b.isNaI() || c.isNaI()) {
            return new DecoratedApfloatInterval[] {DecoratedApfloatInterval.nai(p), DecoratedApfloatInterval.nai(p)};
        }
        ApfloatInterval[] pair = ApfloatIntervalReverse.mulRevToPair(b.interval(), c.interval());
        DecoratedApfloatInterval second = DecoratedApfloatInterval.of(pair[1], Decoration.trv);
        if (!b.interval().isEmpty() && !c.interval().isEmpty() && !b.interval().contains(0.0)) {
            return new DecoratedApfloatInterval[] {c.divide(b), second};
        }
        return new DecoratedApfloatInterval[] {DecoratedApfloatInterval.of(pair[0], Decoration.trv), second};
    }

    public static DecoratedApfloatInterval powRev1(DecoratedApfloatInterval b, DecoratedApfloatInterval c,
            DecoratedApfloatInterval x) {
        return trv(ApfloatIntervalReverse.powRev1(b.interval(), c.interval(), x.interval()), b, c, x);
    }

    public static DecoratedApfloatInterval powRev2(DecoratedApfloatInterval a, DecoratedApfloatInterval c,
            DecoratedApfloatInterval y) {
        return trv(ApfloatIntervalReverse.powRev2(a.interval(), c.interval(), y.interval()), a, c, y);
    }

    public static DecoratedApfloatInterval atan2Rev1(DecoratedApfloatInterval b, DecoratedApfloatInterval c,
            DecoratedApfloatInterval y) {
        return trv(ApfloatIntervalReverse.atan2Rev1(b.interval(), c.interval(), y.interval()), b, c, y);
    }

    public static DecoratedApfloatInterval atan2Rev2(DecoratedApfloatInterval a, DecoratedApfloatInterval c,
            DecoratedApfloatInterval x) {
        return trv(ApfloatIntervalReverse.atan2Rev2(a.interval(), c.interval(), x.interval()), a, c, x);
    }

    private static DecoratedApfloatInterval trv(ApfloatInterval r, DecoratedApfloatInterval... inputs) {
        return DecoratedApfloatInterval.result(r, Decoration.trv, inputs);
    }
}
