package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatDirected.ONE;
import static org.taylorkit.interval.apfloat.ApfloatDirected.ZERO;

import org.apfloat.Apfloat;

/**
 * The trigonometric reverse operations of IEEE 1788-2015 (§10.5.4) on {@link ApfloatInterval}:
 * {@code sinRev}, {@code cosRev}, {@code tanRev} ({@code {x ∈ X : f(x) ∈ C}} hull) and
 * {@code atan2Rev1}, {@code atan2Rev2}, at the larger of the operands' digits, rounded outward.
 * The same mathematics as the double {@code IntervalTrigReverse}, carried out in Apfloat interval
 * arithmetic (nothing here goes through doubles except the choice of which period numbers k to try).
 *
 * <p><b>sin, cos, tan.</b> The solutions of {@code f(x) ∈ C} are the translates by multiples of
 * the period {@code P} of one or two branches ({@code sin}: {@code [asin a, asin b]} and
 * {@code [π − asin b, π − asin a]}, {@code P = 2π}; {@code cos}: {@code [acos b, acos a]} and
 * {@code [−acos a, −acos b]}; {@code tan}: {@code [atan a, atan b]}, {@code P = π}), with
 * {@code [a, b] = C} cut to the range. Each translate {@code branch + kP} is enclosed with the
 * rigorous Apfloat asin/acos/atan and a Machin π at the working precision (plus the digits of k),
 * so it contains the true segment; the result is the hull of the translates cut by X. A narrow X
 * uses every translate meeting it; a wide one the five nearest each end (each full period holds
 * solutions, so the extremes are there). An end beyond {@code ±10^15} stays as it is (valid).
 * The double approximations only pick k, with a margin of one period either side.
 *
 * <p><b>atan2.</b> The angle range is cut into the four quarters between the axes, each solved
 * by {@code y = x·tan θ} or {@code x = y / tan θ} in interval arithmetic with the quarter's signs,
 * and the axis rays ({@code θ = ±π/2} with x = 0, {@code θ = 0, π} with y = 0) are added
 * explicitly. Valid (every compatible value is kept); near the axes wider than the hull.
 */
public final class ApfloatTrigReverse {

    /** Beyond this magnitude an end of X is kept as it is (k would not fit a long comfortably). */
    private static final Apfloat FAR = ApfloatDirected.pow10(15);

    private ApfloatTrigReverse() {
    }

    /** {@code {x ∈ X : sin x ∈ C}} hull. */
    public static ApfloatInterval sinRev(ApfloatInterval c, ApfloatInterval x) {
        long p = Math.max(c.digits(), x.digits());
        long w = p + ApfloatMonotone.GUARD;
        ApfloatInterval cd = c.intersection(unit(p));
        if (cd.isEmpty() || x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        ApfloatInterval asinA = ApfloatRigorousAtan.asin(ApfloatSeries.point(cd.lo(), w), w);
        ApfloatInterval asinB = ApfloatRigorousAtan.asin(ApfloatSeries.point(cd.hi(), w), w);
        ApfloatInterval pi = ApfloatRigorousTrig.pi(w);
        ApfloatInterval[][] branches = {
            {asinA, asinB},
            {ApfloatIntervalBasic.sub(pi, asinB, w), ApfloatIntervalBasic.sub(pi, asinA, w)}};
        return periodic(branches, 2, x, p);
    }

    /** {@code {x ∈ X : cos x ∈ C}} hull. */
    public static ApfloatInterval cosRev(ApfloatInterval c, ApfloatInterval x) {
        long p = Math.max(c.digits(), x.digits());
        long w = p + ApfloatMonotone.GUARD;
        ApfloatInterval cd = c.intersection(unit(p));
        if (cd.isEmpty() || x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        ApfloatInterval acosA = ApfloatRigorousAtan.acos(ApfloatSeries.point(cd.lo(), w), w);
        ApfloatInterval acosB = ApfloatRigorousAtan.acos(ApfloatSeries.point(cd.hi(), w), w);
        ApfloatInterval[][] branches = {{acosB, acosA}, {acosA.negate(), acosB.negate()}};
        return periodic(branches, 2, x, p);
    }

    /** {@code {x ∈ X : tan x ∈ C}} hull (the poles are never solutions, but a hull may span them). */
    public static ApfloatInterval tanRev(ApfloatInterval c, ApfloatInterval x) {
        long p = Math.max(c.digits(), x.digits());
        long w = p + ApfloatMonotone.GUARD;
        if (c.isEmpty() || x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        ApfloatInterval halfPi = ApfloatRigorousTrig.halfPi(w);
        ApfloatInterval lo = c.lo() == null ? halfPi.negate() : ApfloatRigorousAtan.atan(ApfloatSeries.point(c.lo(), w), w);
        ApfloatInterval hi = c.hi() == null ? halfPi : ApfloatRigorousAtan.atan(ApfloatSeries.point(c.hi(), w), w);
        return periodic(new ApfloatInterval[][] {{lo, hi}}, 1, x, p);
    }

    private static ApfloatInterval unit(long p) {
        return ApfloatInterval.exact(ONE.negate(), ONE, p);
    }

    /**
     * The hull of {@code X ∩ (branch + k·periodInPi·π)} over all integers k, rounded outward to
     * {@code p} digits and cut by X again. Each branch is {lower-end enclosure, upper-end enclosure}
     * of a solution segment within about one period of 0.
     */
    private static ApfloatInterval periodic(ApfloatInterval[][] branches, int periodInPi, ApfloatInterval x, long p) {
        boolean loFar = x.lo() == null || x.lo().compareTo(FAR.negate()) < 0;
        boolean hiFar = x.hi() == null || x.hi().compareTo(FAR) > 0;
        ApfloatInterval same = ApfloatInterval.exact(x.lo(), x.hi(), p);
        if (loFar && hiFar) {
            return same;
        }
        double period = periodInPi * Math.PI; // only selects k; the translates use the rigorous π
        long w = p + ApfloatMonotone.GUARD;
        ApfloatInterval result = ApfloatInterval.empty(w);
        if (loFar || hiFar) {
            long k = (long) Math.floor(ApfloatDirected.toDoubleNearest(loFar ? x.hi() : x.lo()) / period);
            for (long j = k - 3; j <= k + 3; j++) {
                result = result.hull(translates(branches, periodInPi, j, x, w));
            }
            if (result.isEmpty()) { // cannot happen (X holds whole periods), kept for safety
                return same;
            }
            result = loFar ? ApfloatInterval.exact(x.lo(), result.hi(), w) : ApfloatInterval.exact(result.lo(), x.hi(), w);
            return finish(result, x, p);
        }
        long kLo = (long) Math.floor(ApfloatDirected.toDoubleNearest(x.lo()) / period) - 1;
        long kHi = (long) Math.ceil(ApfloatDirected.toDoubleNearest(x.hi()) / period) + 1;
        if (kHi - kLo <= 10) {
            for (long j = kLo; j <= kHi; j++) {
                result = result.hull(translates(branches, periodInPi, j, x, w));
            }
            return finish(result, x, p);
        }
        ApfloatInterval left = ApfloatInterval.empty(w);
        for (long j = kLo; j <= kLo + 4; j++) {
            left = left.hull(translates(branches, periodInPi, j, x, w));
        }
        ApfloatInterval right = ApfloatInterval.empty(w);
        for (long j = kHi - 4; j <= kHi; j++) {
            right = right.hull(translates(branches, periodInPi, j, x, w));
        }
        if (left.isEmpty() || right.isEmpty()) { // cannot happen for a wide X, kept for safety
            return same;
        }
        return finish(ApfloatInterval.exact(left.lo(), right.hi(), w), x, p);
    }

    /** {@code X ∩ outward(r, p)}: the result at p digits, never leaving X. */
    private static ApfloatInterval finish(ApfloatInterval r, ApfloatInterval x, long p) {
        ApfloatInterval out = r.roundOut(p).intersection(x);
        return out.isEmpty() ? ApfloatInterval.empty(p) : ApfloatInterval.exact(out.lo(), out.hi(), p);
    }

    private static ApfloatInterval translates(ApfloatInterval[][] branches, int periodInPi, long k, ApfloatInterval x, long w) {
        long wk = w + Long.toString(Math.abs(k)).length(); // k·π keeps w digits after the point
        ApfloatInterval shift = ApfloatIntervalBasic.mulExact(ApfloatRigorousTrig.pi(wk), ApfloatDirected.of(k * periodInPi), wk);
        ApfloatInterval result = ApfloatInterval.empty(w);
        for (ApfloatInterval[] b : branches) {
            Apfloat lo = ApfloatIntervalBasic.add(b[0], shift, wk).lo();
            Apfloat hi = ApfloatIntervalBasic.add(b[1], shift, wk).hi();
            if (lo.compareTo(hi) <= 0) {
                result = result.hull(x.intersection(ApfloatInterval.exact(lo, hi, wk)));
            }
        }
        return result;
    }

    // ------------------------------------------------------------------ atan2

    /** {@code {y ∈ Y : ∃ x ∈ B, atan2(y, x) ∈ C}} hull. */
    public static ApfloatInterval atan2Rev1(ApfloatInterval b, ApfloatInterval c, ApfloatInterval y) {
        return atan2Reverse(b, c, y, true);
    }

    /** {@code {x ∈ X : ∃ y ∈ A, atan2(y, x) ∈ C}} hull. */
    public static ApfloatInterval atan2Rev2(ApfloatInterval a, ApfloatInterval c, ApfloatInterval x) {
        return atan2Reverse(a, c, x, false);
    }

    /**
     * The shared solver: {@code other} is the known coordinate, {@code target} the one solved for
     * ({@code solveY}: y from x; else x from y).
     */
    private static ApfloatInterval atan2Reverse(ApfloatInterval other, ApfloatInterval c, ApfloatInterval target,
            boolean solveY) {
        long p = Math.max(Math.max(other.digits(), c.digits()), target.digits());
        long w = p + ApfloatMonotone.GUARD;
        ApfloatInterval pi = ApfloatRigorousTrig.pi(w);
        ApfloatInterval halfPi = ApfloatRigorousTrig.halfPi(w);
        ApfloatInterval cd = c.intersection(ApfloatInterval.exact(pi.hi().negate(), pi.hi(), w));
        if (other.isEmpty() || cd.isEmpty() || target.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        ApfloatInterval nonNegative = ApfloatInterval.exact(ZERO, null, w);
        ApfloatInterval nonPositive = ApfloatInterval.exact(null, ZERO, w);
        ApfloatInterval result = ApfloatInterval.empty(w);
        // quarters [qπ/2, (q+1)π/2], q = −2..1, as outward enclosures of their ends
        for (int q = -2; q <= 1; q++) {
            Apfloat qLo = ApfloatIntervalBasic.mulExact(halfPi, ApfloatDirected.of(q), w).lo();
            Apfloat qHi = ApfloatIntervalBasic.mulExact(halfPi, ApfloatDirected.of(q + 1), w).hi();
            ApfloatInterval angles = cd.intersection(ApfloatInterval.exact(qLo, qHi, w));
            if (angles.isEmpty()) {
                continue;
            }
            // signs in the quarter: cos θ ≥ 0 for q ∈ {−1, 0}; sin θ ≥ 0 for q ∈ {0, 1}
            ApfloatInterval cosSign = q == -1 || q == 0 ? nonNegative : nonPositive;
            ApfloatInterval sinSign = q >= 0 ? nonNegative : nonPositive;
            ApfloatInterval tan = ApfloatRigorousTrig.tan(angles, w);
            if (solveY) {
                ApfloatInterval xs = other.intersection(cosSign);
                result = result.hull(ApfloatIntervalBasic.mul(xs, tan, w).intersection(sinSign));
            } else {
                ApfloatInterval ys = other.intersection(sinSign);
                result = result.hull(ApfloatIntervalBasic.div(ys, tan, w).intersection(cosSign));
            }
        }
        // the axis rays, where the product or quotient above meets 0·∞
        if (other.contains(ZERO)) {
            if (solveY) {
                if (!cd.isDisjointFrom(halfPi)) { // may contain π/2
                    result = result.hull(nonNegative);
                }
                if (!cd.isDisjointFrom(halfPi.negate())) {
                    result = result.hull(nonPositive);
                }
            } else {
                if (cd.contains(ZERO)) {
                    result = result.hull(nonNegative);
                }
                if (!cd.isDisjointFrom(pi)) {
                    result = result.hull(nonPositive);
                }
            }
        }
        return finish(result, target, p);
    }
}
