package org.taylorkit.interval;

import java.math.BigDecimal;

/**
 * The cancellative operations of IEEE 1788-2015 (§9.2): {@code cancelMinus(x, y)} is the tightest
 * interval {@code z} with {@code y + z ⊇ x} when such a bounded {@code z} exists, i.e. the inverse
 * of interval addition used to "undo" an addition ({@code ([1,2] + [3,5]) cancelMinus [3,5] = [1,2]});
 * {@code cancelPlus(x, y) = cancelMinus(x, −y)}.
 *
 * <p><b>Cases</b> (the standard's): ∅ when {@code x = ∅} and {@code y} is ∅ or bounded; the entire
 * line when either operand is unbounded, when {@code y = ∅} and {@code x ≠ ∅}, or when
 * {@code wid x < wid y} (no {@code z} exists). Otherwise
 * {@code [inf x − inf y, sup x − sup y]} rounded outward. The width comparison is exact
 * ({@link BigDecimal}), so the decision never depends on a rounding; exact results stay exact.
 */
public final class IntervalCancel {

    private IntervalCancel() {
    }

    /** The tightest {@code z} with {@code y + z ⊇ x}; see the class comment for the cases. */
    public static Interval cancelMinus(Interval x, Interval y) {
        if (x.isEmpty() && (y.isEmpty() || y.isBounded())) {
            return Interval.empty();
        }
        if (x.isEmpty() || y.isEmpty() || !x.isBounded() || !y.isBounded()) {
            return Interval.entire();
        }
        BigDecimal widX = new BigDecimal(x.hi()).subtract(new BigDecimal(x.lo()));
        BigDecimal widY = new BigDecimal(y.hi()).subtract(new BigDecimal(y.lo()));
        if (widX.compareTo(widY) < 0) {
            return Interval.entire();
        }
        // wid x ≥ wid y exactly, so inf x − inf y ≤ sup x − sup y and the rounded bounds are ordered
        return Interval.make(DirectedRounding.subDown(x.lo(), y.lo()), DirectedRounding.subUp(x.hi(), y.hi()));
    }

    /** {@code cancelMinus(x, −y)}: the tightest {@code z} with {@code z − y ⊇ x}. */
    public static Interval cancelPlus(Interval x, Interval y) {
        return cancelMinus(x, y.negate());
    }
}
