package org.taylorkit.interval;

/**
 * The local decoration of each 1788 operation (§11.7): what the operation itself proves about the
 * box, before the inputs' decorations are folded in by {@link DecoratedInterval}. Each rule decides
 * from exact comparisons of the bounds with the edges of the function's domain and its points of
 * discontinuity, so a decoration is never stronger than the truth:
 * <ul>
 *   <li>defined and continuous on the box: {@code com} if the result is bounded, else {@code dac};</li>
 *   <li>piecewise-constant functions ({@code sign}, {@code floor}, …): {@code def} unless the value
 *       is constant on the box (equal at both ends of a monotone function);</li>
 *   <li>a box leaving the domain: {@code trv}.</li>
 * </ul>
 */
final class DecorationRules {

    private DecorationRules() {
    }

    /** Defined and continuous on the box: {@code com} for a bounded result, else {@code dac}. */
    static Decoration continuous(Interval result) {
        return result.isBounded() ? Decoration.com : Decoration.dac;
    }

    /** {@link #continuous} when the box is inside the domain, else {@code trv}. */
    static Decoration onDomain(boolean insideDomain, Interval result) {
        return insideDomain ? continuous(result) : Decoration.trv;
    }

    /**
     * A monotone step function: {@code def} unless constant on the box ({@code f(lo) = f(hi)});
     * when constant, {@code com} if the box holds none of the jump points (continuous at each
     * point), else {@code dac} (only the restriction to the box is continuous: {@code ceil([1.1, 2])}).
     */
    static Decoration step(Interval x, Interval result, boolean boxHoldsAJump) {
        if (x.isEmpty()) {
            return continuous(result);
        }
        if (result.inf() != result.sup()) {
            return Decoration.def;
        }
        return boxHoldsAJump ? Decoration.dac : continuous(result);
    }

    /** Whether the box contains an integer (the jumps of floor and ceil). */
    static boolean containsInteger(Interval x) {
        return !x.isEmpty() && Math.ceil(x.inf()) <= x.sup();
    }

    /** Whether the box contains a nonzero integer (the jumps of trunc). */
    static boolean containsNonzeroInteger(Interval x) {
        if (!containsInteger(x)) {
            return false;
        }
        return !(Math.ceil(x.inf()) == 0 && Math.floor(x.sup()) == 0);
    }

    /** Whether the box contains a half-integer {@code k + 1/2} (the jumps of the round functions). */
    static boolean containsHalfInteger(Interval x) {
        if (x.isEmpty()) {
            return false;
        }
        if (!x.isBounded()) {
            return true;
        }
        if (Math.abs(x.inf()) >= 0x1p52 || Math.abs(x.sup()) >= 0x1p52) {
            // beyond 2^52 every double is an integer: the box holds a half-integer iff it is not a point
            return x.inf() != x.sup();
        }
        double t = Math.floor(x.inf()) + 0.5; // exact below 2^52
        if (t < x.inf()) {
            t += 1;
        }
        return t <= x.sup();
    }

    static boolean excludesZero(Interval x) {
        return !x.contains(0.0);
    }

    /** The 1788 domain of {@code pow}: {@code x > 0}, or {@code x ≥ 0} with {@code y > 0}. */
    static boolean powDomain(Interval x, Interval y) {
        return x.inf() > 0 || (x.inf() >= 0 && y.inf() > 0);
    }

    /** The domain of {@code rootn}: all reals for odd n &gt; 0, x ≥ 0 for even n, no 0 for n &lt; 0. */
    static boolean rootnDomain(Interval x, int n) {
        if (n == 0) {
            return false;
        }
        boolean even = (n & 1) == 0;
        if (n > 0) {
            return !even || x.inf() >= 0;
        }
        return even ? x.inf() > 0 : excludesZero(x);
    }

    /**
     * {@code atan2(y, x)}: undefined at the origin; discontinuous across the negative x-axis, so
     * {@code def} when the box holds points with {@code x < 0} both below the axis and on it, and
     * at most {@code dac} when it touches the cut only from above.
     */
    static Decoration atan2(Interval y, Interval x, Interval result) {
        if (y.contains(0.0) && x.contains(0.0)) {
            return Decoration.trv;
        }
        if (x.inf() < 0 && y.inf() < 0 && y.sup() >= 0) {
            return Decoration.def;
        }
        if (x.inf() < 0 && y.contains(0.0)) {
            // The box touches the cut from above: the restriction is continuous, atan2 itself is not
            // continuous at those points of the box, so dac, never com (ITF1788 libieeep1788_elem).
            return Decoration.dac;
        }
        return continuous(result);
    }
}
