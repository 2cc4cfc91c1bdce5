package org.taylorkit.interval;

/**
 * The trigonometric reverse operations of IEEE 1788-2015 (§10.5.4): {@code sinRev}, {@code cosRev},
 * {@code tanRev} ({@code {x ∈ X : f(x) ∈ C}} hull) and {@code atan2Rev1}, {@code atan2Rev2} (the
 * first or second argument of {@code atan2(y, x)} compatible with the other argument and the angle).
 *
 * <p><b>Method (sin, cos, tan).</b> The solutions of {@code f(x) ∈ C} are the translates by
 * multiples of the period {@code P} of one or two <em>branches</em> ({@code sin}:
 * {@code [asin a, asin b]} and {@code [π − asin b, π − asin a]}, period 2π; {@code cos}:
 * {@code [acos b, acos a]} and {@code [−acos a, −acos b]}; {@code tan}: {@code [atan a, atan b]},
 * period π). Each translate {@code branch + kP} is enclosed with the rigorous forward functions
 * and a rigorous π, so it contains the true solution segment; the result is the hull of the
 * translates cut by {@code X}. For a narrow {@code X} every translate meeting it is used; for a wide
 * one only the few near each end (each full period holds solutions, so the extremes are there).
 * An end beyond {@code ±2⁴⁰} (where {@code kP} is no longer narrow) is kept as it is: valid, not tight.
 *
 * <p><b>atan2.</b> The angle range is cut at the axes (where {@code tan} has poles or zeros) and
 * each quarter is solved with {@code y = x·tan θ} or {@code x = y / tan θ} in interval arithmetic;
 * the rays of the axes themselves ({@code θ = ±π/2} with {@code x = 0}, {@code θ = 0, π} with
 * {@code y = 0}) are added explicitly. Valid (every compatible value is kept); near the axes
 * the result may be wider than the hull.
 */
public final class IntervalTrigReverse {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double FAR = 0x1p40;
    private static final Interval UNIT = Interval.of(-1.0, 1.0);
    private static final Interval HALF_PI = Interval.pi().multiply(Interval.point(0.5));

    private IntervalTrigReverse() {
    }

    /** {@code {x : sin x ∈ C}} hull. */
    public static Interval sinRev(Interval c) {
        return sinRev(c, Interval.entire());
    }

    /** {@code {x ∈ X : sin x ∈ C}} hull ({@code sinRev([0, 0], [1, 4]) ∋ π}, tight to an ulp or two). */
    public static Interval sinRev(Interval c, Interval x) {
        Interval cd = c.intersection(UNIT);
        if (cd.isEmpty() || x.isEmpty()) {
            return Interval.empty();
        }
        Interval asinA = Interval.point(cd.lo()).asin();
        Interval asinB = Interval.point(cd.hi()).asin();
        Interval pi = Interval.pi();
        Interval[][] branches = {{asinA, asinB}, {pi.subtract(asinB), pi.subtract(asinA)}};
        return periodic(branches, 2, x);
    }

    /** {@code {x : cos x ∈ C}} hull. */
    public static Interval cosRev(Interval c) {
        return cosRev(c, Interval.entire());
    }

    /** {@code {x ∈ X : cos x ∈ C}} hull. */
    public static Interval cosRev(Interval c, Interval x) {
        Interval cd = c.intersection(UNIT);
        if (cd.isEmpty() || x.isEmpty()) {
            return Interval.empty();
        }
        Interval acosA = Interval.point(cd.lo()).acos();
        Interval acosB = Interval.point(cd.hi()).acos();
        Interval[][] branches = {{acosB, acosA}, {acosA.negate(), acosB.negate()}};
        return periodic(branches, 2, x);
    }

    /** {@code {x : tan x ∈ C}} hull. */
    public static Interval tanRev(Interval c) {
        return tanRev(c, Interval.entire());
    }

    /** {@code {x ∈ X : tan x ∈ C}} hull (the poles themselves are never solutions, but a hull may span them). */
    public static Interval tanRev(Interval c, Interval x) {
        if (c.isEmpty() || x.isEmpty()) {
            return Interval.empty();
        }
        Interval lo = c.inf() == -INF ? HALF_PI.negate() : Interval.point(c.inf()).atan();
        Interval hi = c.sup() == INF ? HALF_PI : Interval.point(c.sup()).atan();
        return periodic(new Interval[][] {{lo, hi}}, 1, x);
    }

    /**
     * The hull of {@code X ∩ (branch + k·periodInPi·π)} over all integers k. Each branch is a pair
     * of enclosures {lower end, upper end} of a solution segment lying within one period of
     * {@code [−P/2, P]}-ish placement (the sin, cos and tan branches do).
     */
    private static Interval periodic(Interval[][] branches, int periodInPi, Interval x) {
        double period = periodInPi * Math.PI; // only selects k; the translates use the rigorous π
        boolean loFar = x.lo() < -FAR;
        boolean hiFar = x.hi() > FAR;
        if (loFar && hiFar) {
            return x;
        }
        Interval result = Interval.empty();
        if (loFar || hiFar) {
            // one end is far (or infinite): it stays; the near end is found within 3 periods of it
            long k = (long) Math.floor((loFar ? x.hi() : x.lo()) / period);
            for (long j = k - 3; j <= k + 3; j++) {
                result = result.hull(translates(branches, periodInPi, j, x));
            }
            if (result.isEmpty()) { // cannot happen (X contains whole periods), kept for safety
                return x;
            }
            return loFar ? Interval.make(x.lo(), result.hi()) : Interval.make(result.lo(), x.hi());
        }
        long kLo = (long) Math.floor(x.lo() / period) - 1;
        long kHi = (long) Math.ceil(x.hi() / period) + 1;
        if (kHi - kLo <= 10) {
            for (long j = kLo; j <= kHi; j++) {
                result = result.hull(translates(branches, periodInPi, j, x));
            }
            return result;
        }
        Interval left = Interval.empty();
        for (long j = kLo; j <= kLo + 4; j++) {
            left = left.hull(translates(branches, periodInPi, j, x));
        }
        Interval right = Interval.empty();
        for (long j = kHi - 4; j <= kHi; j++) {
            right = right.hull(translates(branches, periodInPi, j, x));
        }
        if (left.isEmpty() || right.isEmpty()) { // cannot happen for a wide X, kept for safety
            return x;
        }
        return Interval.make(left.lo(), right.hi());
    }

    private static Interval translates(Interval[][] branches, int periodInPi, long k, Interval x) {
        Interval shift = Interval.pi().multiply(Interval.point((double) k * periodInPi));
        Interval result = Interval.empty();
        for (Interval[] b : branches) {
            double lo = b[0].add(shift).lo();
            double hi = b[1].add(shift).hi();
            if (lo <= hi) {
                result = result.hull(x.intersection(Interval.make(lo, hi)));
            }
        }
        return result;
    }

    // ------------------------------------------------------------------ atan2

    /** {@code {y : ∃ x ∈ B, atan2(y, x) ∈ C}} hull. */
    public static Interval atan2Rev1(Interval b, Interval c) {
        return atan2Rev1(b, c, Interval.entire());
    }

    /**
     * {@code {y ∈ Y : ∃ x ∈ B, atan2(y, x) ∈ C}} hull: per quarter of the angle range
     * {@code y = x·tan θ} with x of the quarter's sign; the rays {@code θ = ±π/2} (x = 0) add
     * {@code y ≷ 0}.
     */
    public static Interval atan2Rev1(Interval b, Interval c, Interval y) {
        return atan2Reverse(b, c, y, true);
    }

    /** {@code {x : ∃ y ∈ A, atan2(y, x) ∈ C}} hull. */
    public static Interval atan2Rev2(Interval a, Interval c) {
        return atan2Rev2(a, c, Interval.entire());
    }

    /**
     * {@code {x ∈ X : ∃ y ∈ A, atan2(y, x) ∈ C}} hull: per quarter {@code x = y / tan θ} with y of
     * the quarter's sign; the rays {@code θ = 0} and {@code θ = π} (y = 0) add {@code x > 0} and
     * {@code x < 0}.
     */
    public static Interval atan2Rev2(Interval a, Interval c, Interval x) {
        return atan2Reverse(a, c, x, false);
    }

    /**
     * The shared solver: {@code other} is the known coordinate, {@code target} the one solved for
     * ({@code solveY}: solve y from x; else x from y).
     */
    private static Interval atan2Reverse(Interval other, Interval c, Interval target, boolean solveY) {
        Interval pi = Interval.pi();
        Interval cd = c.intersection(Interval.of(-pi.hi(), pi.hi()));
        if (other.isEmpty() || cd.isEmpty() || target.isEmpty()) {
            return Interval.empty();
        }
        Interval result = Interval.empty();
        // quarters [qπ/2, (q+1)π/2], q = −2..1, as outward enclosures of their ends
        for (int q = -2; q <= 1; q++) {
            double qLo = HALF_PI.multiply(Interval.point(q)).lo();
            double qHi = HALF_PI.multiply(Interval.point(q + 1)).hi();
            Interval angles = cd.intersection(Interval.make(qLo, qHi));
            if (angles.isEmpty()) {
                continue;
            }
            // signs in the quarter: cos θ ≥ 0 for q ∈ {−1, 0}; sin θ ≥ 0 for q ∈ {0, 1}
            boolean cosNonNegative = q == -1 || q == 0;
            boolean sinNonNegative = q >= 0;
            Interval tan = angles.tan();
            if (solveY) {
                Interval xs = other.intersection(cosNonNegative ? Interval.of(0.0, INF) : Interval.of(-INF, 0.0));
                Interval ys = xs.multiply(tan).intersection(
                        sinNonNegative ? Interval.of(0.0, INF) : Interval.of(-INF, 0.0));
                result = result.hull(ys);
            } else {
                Interval ys = other.intersection(sinNonNegative ? Interval.of(0.0, INF) : Interval.of(-INF, 0.0));
                Interval xs = ys.divide(tan).intersection(
                        cosNonNegative ? Interval.of(0.0, INF) : Interval.of(-INF, 0.0));
                result = result.hull(xs);
            }
        }
        // the axis rays, where the product or quotient above meets 0·∞
        if (other.contains(0.0)) {
            if (solveY) {
                if (!cd.disjoint(HALF_PI)) { // may contain π/2
                    result = result.hull(Interval.of(0.0, INF));
                }
                if (!cd.disjoint(HALF_PI.negate())) {
                    result = result.hull(Interval.of(-INF, 0.0));
                }
            } else {
                if (cd.contains(0.0)) {
                    result = result.hull(Interval.of(0.0, INF));
                }
                if (!cd.disjoint(pi)) {
                    result = result.hull(Interval.of(-INF, 0.0));
                }
            }
        }
        return target.intersection(result);
    }
}
