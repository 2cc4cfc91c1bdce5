package org.taylorkit.interval.fuzz;

/**
 * A real number known to lie in {@code [mid − rad, mid + rad]} (a "ball"), with {@code mid} and
 * {@code rad} finite doubles, {@code rad ≥ 0}; {@code rad = 0} means the value is exactly {@code mid}.
 * The value type of {@link BallArithmetic}, the fast first tier of the fuzz reference.
 * {@link #lower()} and {@link #upper()} are rigorous bounds (the rounding of {@code mid ∓ rad} is
 * stepped outward by one ulp). Immutable.
 */
final class Ball {

    final double mid;
    final double rad;

    Ball(double mid, double rad) {
        if (!(Double.isFinite(mid) && Double.isFinite(rad) && rad >= 0)) {
            throw Undecided.INSTANCE; // overflow or a NaN: the cheap tier cannot say anything
        }
        this.mid = mid;
        this.rad = rad;
    }

    /** The exact double {@code x}. */
    static Ball exact(double x) {
        return new Ball(x, 0);
    }

    /** Whether the value is exactly {@code mid}. */
    boolean isExact() {
        return rad == 0;
    }

    /** A double {@code ≤} every value of the ball. */
    double lower() {
        return rad == 0 ? mid : Math.nextDown(mid - rad);
    }

    /** A double {@code ≥} every value of the ball. */
    double upper() {
        return rad == 0 ? mid : Math.nextUp(mid + rad);
    }

    /** Whether every value of the ball is strictly positive. */
    boolean positive() {
        return lower() > 0;
    }

    /** Whether every value of the ball is strictly negative. */
    boolean negative() {
        return upper() < 0;
    }

    @Override
    public String toString() {
        return mid + " ± " + rad;
    }
}
