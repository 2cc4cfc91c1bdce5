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
 * The public methods take the facts about the box as booleans and signs, so that every interval
 * type ({@link DecoratedInterval}, {@code DecoratedApfloatInterval}) decides with the same rules;
 * the package-private ones read those facts off a double {@link Interval}.
 */
public final class DecorationRules {

    private DecorationRules() {
    }

    /** Defined and continuous on the box: {@code com} for a bounded result, else {@code dac}. */
    public static Decoration continuous(boolean boundedResult) {
        return boundedResult ? Decoration.com : Decoration.dac;
    }

    /** {@link #continuous(boolean)} when the box is inside the domain, else {@code trv}. */
    public static Decoration onDomain(boolean insideDomain, boolean boundedResult) {
        return insideDomain ? continuous(boundedResult) : Decoration.trv;
    }

    /**
     * The decoration of an operation's result (§11.7): {@code ill} (NaI) if an input is NaI, else
     * the minimum of the local decoration and the inputs'; then adjusted to the result as
     * {@link #adjusted} does.
     */
    public static Decoration combine(Decoration local, boolean emptyResult, boolean boundedResult, Decoration... inputs) {
        Decoration d = local;
        for (Decoration in : inputs) {
            if (in == Decoration.ill) {
                return Decoration.ill;
            }
            d = d.min(in);
        }
        return adjusted(emptyResult ? Decoration.trv : d, emptyResult, boundedResult);
    }

    /**
     * 1788's invariants for {@code setDec}: {@code ill} stays (NaI); an empty interval carries
     * {@code trv}; {@code com} on an unbounded interval becomes {@code dac}.
     */
    public static Decoration adjusted(Decoration d, boolean empty, boolean bounded) {
        if (d == Decoration.ill) {
            return d;
        }
        if (empty) {
            return Decoration.trv;
        }
        return d == Decoration.com && !bounded ? Decoration.dac : d;
    }

    static Decoration continuous(Interval result) {
        return continuous(result.isBounded());
    }

    static Decoration onDomain(boolean insideDomain, Interval result) {
        return onDomain(insideDomain, result.isBounded());
    }

    /**
     * A monotone step function: {@code def} unless constant on the box ({@code f(lo) = f(hi)});
     * when constant, {@code com} if the box holds none of the jump points (continuous at each
     * point), else {@code dac} (only the restriction to the box is continuous: {@code ceil([1.1, 2])}).
     */
    static Decoration step(Interval x, Interval result, boolean boxHoldsAJump) {
        return step(x.isEmpty(), !x.isEmpty() && result.inf() == result.sup(), boxHoldsAJump, result.isBounded());
    }

    /** {@link #step(Interval, Interval, boolean)} from the facts: empty box, constant result on it, a jump in it. */
    public static Decoration step(boolean emptyBox, boolean constantResult, boolean boxHoldsAJump, boolean boundedResult) {
        if (emptyBox) {
            return continuous(boundedResult);
        }
        if (!constantResult) {
            return Decoration.def;
        }
        return boxHoldsAJump ? Decoration.dac : continuous(boundedResult);
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
        return powDomain(x.isEmpty() ? 1 : (int) Math.signum(x.inf()), y.isEmpty() || y.inf() > 0);
    }

    /** {@link #powDomain(Interval, Interval)} from the sign of {@code inf x} (−1 if unbounded below) and {@code inf y > 0}. */
    public static boolean powDomain(int signOfInfX, boolean yPositive) {
        return signOfInfX > 0 || (signOfInfX == 0 && yPositive);
    }

    /** The domain of {@code rootn}: all reals for odd n &gt; 0, x ≥ 0 for even n, no 0 for n &lt; 0. */
    static boolean rootnDomain(Interval x, int n) {
        return rootnDomain(n, x.isEmpty() ? 1 : (int) Math.signum(x.inf()), excludesZero(x));
    }

    /** {@link #rootnDomain(Interval, int)} from the sign of {@code inf x} (−1 if unbounded below) and {@code 0 ∉ x}. */
    public static boolean rootnDomain(int n, int signOfInfX, boolean excludesZero) {
        if (n == 0) {
            return false;
        }
        boolean even = (n & 1) == 0;
        if (n > 0) {
            return !even || signOfInfX >= 0;
        }
        return even ? signOfInfX > 0 : excludesZero;
    }

    /**
     * {@code atan2(y, x)}: undefined at the origin; discontinuous across the negative x-axis, so
     * {@code def} when the box holds points with {@code x < 0} both below the axis and on it, and
     * at most {@code dac} when it touches the cut only from above.
     */
    static Decoration atan2(Interval y, Interval x, Interval result) {
        return atan2(y.contains(0.0), x.contains(0.0), !x.isEmpty() && x.inf() < 0, !y.isEmpty() && y.inf() < 0,
                result.isBounded());
    }

    /**
     * {@link #atan2(Interval, Interval, Interval)} from the facts: {@code 0 ∈ y}, {@code 0 ∈ x},
     * {@code inf x < 0}, {@code inf y < 0}, bounded result.
     */
    public static Decoration atan2(boolean yHasZero, boolean xHasZero, boolean xHasNegative, boolean yHasNegative,
            boolean boundedResult) {
        if (yHasZero && xHasZero) {
            return Decoration.trv;
        }
        if (xHasNegative && yHasNegative && yHasZero) {
            return Decoration.def;
        }
        if (xHasNegative && yHasZero) {
            // The box touches the cut from above: the restriction is continuous, atan2 itself is not
            // continuous at those points of the box, so dac, never com (ITF1788 libieeep1788_elem).
            return Decoration.dac;
        }
        return continuous(boundedResult);
    }
}
