package org.taylorkit.interval;

/**
 * The decorated reverse operations of IEEE 1788-2015 (§11.7.3): the interval part is that of
 * {@link IntervalReverse} / {@link IntervalTrigReverse}, and the decoration is always {@code trv}
 * (a reverse image proves nothing about continuity), or NaI when an input is NaI.
 */
public final class DecoratedReverse {

    private DecoratedReverse() {
    }

    /** {@code sqrRev(c, x)}. */
    public static DecoratedInterval sqrRev(DecoratedInterval c, DecoratedInterval x) {
        return trv(IntervalReverse.sqrRev(c.interval(), x.interval()), c, x);
    }

    /** {@code absRev(c, x)}. */
    public static DecoratedInterval absRev(DecoratedInterval c, DecoratedInterval x) {
        return trv(IntervalReverse.absRev(c.interval(), x.interval()), c, x);
    }

    /** {@code pownRev(c, x, n)}. */
    public static DecoratedInterval pownRev(DecoratedInterval c, DecoratedInterval x, int n) {
        return trv(IntervalReverse.pownRev(c.interval(), x.interval(), n), c, x);
    }

    /** {@code sinRev(c, x)}. */
    public static DecoratedInterval sinRev(DecoratedInterval c, DecoratedInterval x) {
        return trv(IntervalTrigReverse.sinRev(c.interval(), x.interval()), c, x);
    }

    /** {@code cosRev(c, x)}. */
    public static DecoratedInterval cosRev(DecoratedInterval c, DecoratedInterval x) {
        return trv(IntervalTrigReverse.cosRev(c.interval(), x.interval()), c, x);
    }

    /** {@code tanRev(c, x)}. */
    public static DecoratedInterval tanRev(DecoratedInterval c, DecoratedInterval x) {
        return trv(IntervalTrigReverse.tanRev(c.interval(), x.interval()), c, x);
    }

    /** {@code coshRev(c, x)}. */
    public static DecoratedInterval coshRev(DecoratedInterval c, DecoratedInterval x) {
        return trv(IntervalReverse.coshRev(c.interval(), x.interval()), c, x);
    }

    /** {@code mulRev(b, c, x)}. */
    public static DecoratedInterval mulRev(DecoratedInterval b, DecoratedInterval c, DecoratedInterval x) {
        return trv(IntervalReverse.mulRev(b.interval(), c.interval(), x.interval()), b, c, x);
    }

    /**
     * {@code mulRevToPair(b, c)} decorated (the convention of libieeep1788 that the ITF1788
     * vectors follow): when {@code 0 ∉ B} the first piece is the quotient {@code C / B} with the
     * decoration of the decorated division (the reverse image is then a function value) and the
     * second piece ∅_trv; when {@code 0 ∈ B} both pieces are {@code trv}. NaI in gives NaI twice.
     */
    public static DecoratedInterval[] mulRevToPair(DecoratedInterval b, DecoratedInterval c) {
        if (b.isNaI() || c.isNaI()) {
            return new DecoratedInterval[] {DecoratedInterval.nai(), DecoratedInterval.nai()};
        }
        Interval[] pair = IntervalReverse.mulRevToPair(b.interval(), c.interval());
        DecoratedInterval second = DecoratedInterval.of(pair[1], Decoration.trv);
        if (!b.interval().isEmpty() && !c.interval().isEmpty() && !b.interval().contains(0.0)) {
            return new DecoratedInterval[] {c.divide(b), second};
        }
        return new DecoratedInterval[] {DecoratedInterval.of(pair[0], Decoration.trv), second};
    }

    /** {@code powRev1(b, c, x)}. */
    public static DecoratedInterval powRev1(DecoratedInterval b, DecoratedInterval c, DecoratedInterval x) {
        return trv(IntervalReverse.powRev1(b.interval(), c.interval(), x.interval()), b, c, x);
    }

    /** {@code powRev2(a, c, y)}. */
    public static DecoratedInterval powRev2(DecoratedInterval a, DecoratedInterval c, DecoratedInterval y) {
        return trv(IntervalReverse.powRev2(a.interval(), c.interval(), y.interval()), a, c, y);
    }

    /** {@code atan2Rev1(b, c, y)}. */
    public static DecoratedInterval atan2Rev1(DecoratedInterval b, DecoratedInterval c, DecoratedInterval y) {
        return trv(IntervalTrigReverse.atan2Rev1(b.interval(), c.interval(), y.interval()), b, c, y);
    }

    /** {@code atan2Rev2(a, c, x)}. */
    public static DecoratedInterval atan2Rev2(DecoratedInterval a, DecoratedInterval c, DecoratedInterval x) {
        return trv(IntervalTrigReverse.atan2Rev2(a.interval(), c.interval(), x.interval()), a, c, x);
    }

    private static DecoratedInterval trv(Interval r, DecoratedInterval... inputs) {
        return DecoratedInterval.result(r, Decoration.trv, inputs);
    }
}
