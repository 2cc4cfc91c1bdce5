package org.taylorkit.interval;

import java.util.Objects;

/**
 * A closed real interval {@code [inf, sup]} with {@code double} endpoints, under the set-based
 * semantics of IEEE 1788-2015: an interval is a set of reals; the empty set, the whole line and
 * half-lines ({@code [−∞, b]}, {@code [a, +∞]}) are ordinary values, never exceptions; an operation
 * returns an enclosure of the image of the inputs' intersection with its domain
 * ({@code sqrt([−1, 4]) = [0, 2]}, {@code log([−1, 1]) = [−∞, 0]}, {@code [1, 2]/[0, 1] = [1, +∞]},
 * out-of-domain entirely gives {@link #empty()}).
 *
 * <p><b>Rigor.</b> Every operation returns an interval that contains the exact image of its
 * arguments (for all reals in them), proven in the implementing class: basic operations use
 * {@link DirectedRounding} (so exact results stay exact: {@code [0,0]·[1,2] = [0,0]}); elementary
 * functions use our own argument reductions and Taylor series with rigorous remainders, evaluated
 * in double-double interval arithmetic and rounded outward. For a point argument the result is at
 * most 2 ulps wide per endpoint in normal ranges (the tests assert it). {@code Math}/{@code
 * StrictMath} are never trusted for a bound.
 *
 * <p><b>Representation.</b> {@code inf ≤ sup}, {@code inf < +∞}, {@code sup > −∞}; zeros are stored
 * as {@code +0.0}. The empty interval has {@code inf() = +∞}, {@code sup() = −∞} (as in 1788).
 * Immutable and thread-safe; {@link #equals} is set equality.
 */
public final class Interval {

    private static final Interval EMPTY = new Interval(Double.NaN, Double.NaN);
    private static final Interval ENTIRE = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    private static final Interval ZERO = new Interval(0.0, 0.0);
    private static final Interval ONE = new Interval(1.0, 1.0);

    private final double lo;
    private final double hi;

    private Interval(double lo, double hi) {
        this.lo = lo;
        this.hi = hi;
    }

    /**
     * Internal factory for endpoints computed by rigorous code: normalizes −0.0 and checks the
     * invariant, so that a bug shows as an exception rather than as a silently invalid interval.
     */
    static Interval make(double lo, double hi) {
        if (!(lo <= hi) || lo == Double.POSITIVE_INFINITY || hi == Double.NEGATIVE_INFINITY) {
            throw new IllegalStateException("internal error: invalid interval endpoints [" + lo + ", " + hi + "]");
        }
        if (lo == 0) {
            lo = 0.0;
        }
        if (hi == 0) {
            hi = 0.0;
        }
        return new Interval(lo, hi);
    }

    // ------------------------------------------------------------------ factories

    /**
     * The interval {@code [lo, hi]} with exactly these endpoints.
     *
     * @throws IllegalArgumentException if an endpoint is NaN, {@code lo > hi}, {@code lo = +∞} or
     *     {@code hi = −∞}. (IEEE 1788 would return the empty interval and signal; a Java caller is
     *     better served by an exception naming the bad bounds. Use {@link #empty()} for ∅.)
     */
    public static Interval of(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new IllegalArgumentException("Interval.of(" + lo + ", " + hi + "): an endpoint is NaN");
        }
        if (lo > hi) {
            throw new IllegalArgumentException("Interval.of(" + lo + ", " + hi + "): lower bound exceeds upper bound");
        }
        if (lo == Double.POSITIVE_INFINITY || hi == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("Interval.of(" + lo + ", " + hi
                    + "): an interval of reals cannot have lower bound +∞ or upper bound −∞");
        }
        return make(lo, hi);
    }

    /**
     * The point interval {@code [x, x]}.
     *
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    public static Interval point(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("Interval.point(" + x + "): a point must be a finite real");
        }
        return x == 0 ? ZERO : new Interval(x, x);
    }

    /** The empty interval ∅. */
    public static Interval empty() {
        return EMPTY;
    }

    /** The whole real line {@code [−∞, +∞]}. */
    public static Interval entire() {
        return ENTIRE;
    }

    /** A rigorous enclosure of π (the two doubles adjacent to π). */
    public static Interval pi() {
        return PiEnclosure.PI_INTERVAL;
    }

    /**
     * Parses the interval text forms of IEEE 1788 (subset): {@code "[0.1, 0.2]"}, {@code "[1]"},
     * a bare number {@code "0.1"}, {@code "[empty]"} (or {@code "[]"}), {@code "[entire]"},
     * infinite bounds {@code "[-inf, 2]"}, {@code "[1, +inf]"} ({@code inf}/{@code infinity},
     * case-insensitive). Decimal bounds are rounded outward, so {@code "0.1"} gives the tightest
     * enclosure of 1/10 (width one ulp) and {@code parse(s) ⊇} the decimal interval {@code s}
     * denotes. Numbers use {@link java.math.BigDecimal} syntax ({@code 1e-3}, {@code -2.5E+7}).
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static Interval parse(String text) {
        return IntervalText.parse(text);
    }

    /**
     * The tightest enclosure of a decimal number: {@code [roundDown(d), roundUp(d)]} of the exact
     * decimal value (a point interval when {@code d} is a double).
     *
     * @throws NumberFormatException if {@code decimal} is not a decimal number
     */
    public static Interval fromDecimal(String decimal) {
        return IntervalText.fromDecimal(decimal);
    }

    // ------------------------------------------------------------------ accessors

    /** The lower bound; {@code +∞} for the empty interval. */
    public double inf() {
        return isEmpty() ? Double.POSITIVE_INFINITY : lo;
    }

    /** The upper bound; {@code −∞} for the empty interval. */
    public double sup() {
        return isEmpty() ? Double.NEGATIVE_INFINITY : hi;
    }

    /**
     * The midpoint per IEEE 1788: the double nearest {@code (inf + sup)/2} (computed without
     * overflow, and always inside the interval); {@code 0} for the entire line, {@code ±MAX_VALUE}
     * for half-lines, NaN for ∅.
     */
    public double mid() {
        if (isEmpty()) {
            return Double.NaN;
        }
        if (lo == Double.NEGATIVE_INFINITY) {
            return hi == Double.POSITIVE_INFINITY ? 0.0 : -Double.MAX_VALUE;
        }
        if (hi == Double.POSITIVE_INFINITY) {
            return Double.MAX_VALUE;
        }
        double m = (lo + hi) / 2; // RN of the exact midpoint unless lo + hi overflows or underflows
        if (Double.isInfinite(m)) {
            m = lo / 2 + hi / 2; // |lo|, |hi| ≥ MAX/2 here, so halving is exact
        }
        return Math.min(Math.max(m, lo), hi);
    }

    /**
     * A radius {@code r} such that {@code [mid − r, mid + r] ⊇ this} (rounded up, per 1788); {@code +∞}
     * for unbounded intervals, NaN for ∅.
     */
    public double rad() {
        if (isEmpty()) {
            return Double.NaN;
        }
        double m = mid();
        return Math.max(DirectedRounding.subUp(m, lo), DirectedRounding.subUp(hi, m));
    }

    /** An upper bound of the width {@code sup − inf} (rounded up); {@code +∞} if unbounded, NaN for ∅. */
    public double wid() {
        return isEmpty() ? Double.NaN : DirectedRounding.subUp(hi, lo);
    }

    /** The magnitude {@code max |x|} over the interval; NaN for ∅. */
    public double mag() {
        return isEmpty() ? Double.NaN : Math.max(Math.abs(lo), Math.abs(hi));
    }

    /** The mignitude {@code min |x|} over the interval (0 if it contains 0); NaN for ∅. */
    public double mig() {
        if (isEmpty()) {
            return Double.NaN;
        }
        if (lo <= 0 && hi >= 0) {
            return 0.0;
        }
        return Math.min(Math.abs(lo), Math.abs(hi));
    }

    // ------------------------------------------------------------------ predicates

    /** Whether this is ∅. */
    public boolean isEmpty() {
        return Double.isNaN(lo);
    }

    /** Whether this is the whole real line. */
    public boolean isEntire() {
        return lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY;
    }

    /** Whether this is a single real {@code [x, x]}. */
    public boolean isPoint() {
        return lo == hi;
    }

    /** Whether both bounds are finite (∅ counts as bounded, as in 1788). */
    public boolean isBounded() {
        return isEmpty() || (Double.isFinite(lo) && Double.isFinite(hi));
    }

    /** Whether the real {@code x} is a member (false for NaN and ±∞, which are not reals). */
    public boolean contains(double x) {
        return lo <= x && x <= hi && Double.isFinite(x);
    }

    /** Whether {@code other ⊆ this}. */
    public boolean contains(Interval other) {
        return other.subsetOf(this);
    }

    /** Whether {@code this ⊆ other} (∅ is a subset of everything). */
    public boolean subsetOf(Interval other) {
        if (isEmpty()) {
            return true;
        }
        return !other.isEmpty() && other.lo <= lo && hi <= other.hi;
    }

    /**
     * Whether {@code this} lies in the topological interior of {@code other} (1788 {@code interior}):
     * each bound strictly inside, or both infinite on that side. ∅ is interior to everything.
     */
    public boolean interior(Interval other) {
        if (isEmpty()) {
            return true;
        }
        if (other.isEmpty()) {
            return false;
        }
        boolean left = other.lo < lo || other.lo == Double.NEGATIVE_INFINITY;
        boolean right = hi < other.hi || other.hi == Double.POSITIVE_INFINITY;
        return left && right;
    }

    /** Whether the intervals have no common point. */
    public boolean disjoint(Interval other) {
        return isEmpty() || other.isEmpty() || hi < other.lo || other.hi < lo;
    }

    // ------------------------------------------------------------------ set operations

    /** The interval hull of the union (exact). */
    public Interval hull(Interval other) {
        if (isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        return make(Math.min(lo, other.lo), Math.max(hi, other.hi));
    }

    /** The intersection (exact; ∅ when disjoint). */
    public Interval intersection(Interval other) {
        if (disjoint(other)) {
            return EMPTY;
        }
        return make(Math.max(lo, other.lo), Math.min(hi, other.hi));
    }

    /**
     * The two halves {@code [inf, m]} and {@code [m, sup]} at {@code m = }{@link #mid()}; their union
     * is this interval. A point interval gives two copies of itself; ∅ gives two empties.
     */
    public Interval[] bisect() {
        if (isEmpty()) {
            return new Interval[] {EMPTY, EMPTY};
        }
        double m = mid();
        return new Interval[] {make(lo, m), make(m, hi)};
    }

    // ------------------------------------------------------------------ arithmetic

    /** {@code this + y} (outward rounded; exact sums stay exact). */
    public Interval add(Interval y) {
        return IntervalOps.add(this, y);
    }

    /** {@code this − y}. */
    public Interval subtract(Interval y) {
        return IntervalOps.subtract(this, y);
    }

    /** {@code this · y}, with {@code 0·∞ = 0} in set semantics ({@code [0,0]·entire = [0,0]}). */
    public Interval multiply(Interval y) {
        return IntervalOps.multiply(this, y);
    }

    /**
     * {@code this / y} in set semantics: the hull of {@code {x/y : x ∈ this, y ∈ divisor, y ≠ 0}}:
     * {@code [1,2]/[−1,1] = entire}, {@code [1,2]/[0,1] = [1, +∞]}, {@code x/[0,0] = ∅}.
     */
    public Interval divide(Interval y) {
        return IntervalOps.divide(this, y);
    }

    /**
     * Two-piece division for interval Newton: the set {@code {x/y : y ≠ 0}} as 0, 1 or 2 disjoint
     * intervals in increasing order ({@code [1,2]/[−1,1] = {[−∞, −1], [1, +∞]}}). Length 0 means
     * ∅ (an empty operand or division by {@code [0,0]} of a nonzero set).
     */
    public Interval[] divideExtended(Interval y) {
        return IntervalOps.divideExtended(this, y);
    }

    /** {@code −this} (exact). */
    public Interval negate() {
        return isEmpty() ? EMPTY : make(-hi, -lo);
    }

    /** {@code {x² : x ∈ this}} (tight: {@code sqr([−2, 1]) = [0, 4]}). */
    public Interval sqr() {
        return IntervalOps.sqr(this);
    }

    /** {@code √x} over the part {@code x ≥ 0} ({@code sqrt([−1, 4]) = [0, 2]}; ∅ if all negative). */
    public Interval sqrt() {
        return IntervalOps.sqrt(this);
    }

    /** The real cube root (defined on all reals; monotone; tight to one ulp per endpoint). */
    public Interval cbrt() {
        return IntervalOps.cbrt(this);
    }

    /** {@code {|x|}}. */
    public Interval abs() {
        return IntervalOps.abs(this);
    }

    /** {@code {min(x, y)}} over both intervals. */
    public Interval min(Interval y) {
        return IntervalOps.min(this, y);
    }

    /** {@code {max(x, y)}} over both intervals. */
    public Interval max(Interval y) {
        return IntervalOps.max(this, y);
    }

    /**
     * The integer power {@code xⁿ} (IEEE 1788 {@code pown}): tight and exact when exact
     * ({@code [−2, 1]² = [0, 4]}, {@code [−2, −2]³ = [−8, −8]}); negative {@code n} is
     * {@code 1/x^{|n|}} in set semantics ({@code [−1, 1]^{−1} = entire}, {@code [0, 0]^{−2} = ∅});
     * {@code x⁰ = [1, 1]}.
     */
    public Interval pow(int n) {
        return RigorousPow.pown(this, n);
    }

    /**
     * The real power {@code x^y} (IEEE 1788 {@code pow}) on the domain {@code x > 0} or
     * {@code x = 0, y > 0}: the image of the box intersected with the domain
     * ({@code [0, 4]^{[0.5, 0.5]} = [0, 2]}, {@code [0, 1]^{[−2, −1]} = [1, +∞]}).
     * When {@code y} is a point integer this is {@link #pow(int)} (negative bases allowed).
     */
    public Interval pow(Interval y) {
        return RigorousPow.pow(this, y);
    }

    // ------------------------------------------------------------------ elementary functions

    /** {@code e^x} (increasing; at most 2 ulps per endpoint in the normal range). */
    public Interval exp() {
        return RigorousExp.exp(this);
    }

    /** {@code e^x − 1}, accurate near 0. */
    public Interval expm1() {
        return RigorousExp.expm1(this);
    }

    /** Natural logarithm of {@code x ∩ (0, ∞)} ({@code log([0, 1]) = [−∞, 0]}; ∅ if {@code x ≤ 0}). */
    public Interval log() {
        return RigorousLog.log(this);
    }

    /** {@code log(1 + x)} on {@code x ∩ (−1, ∞)}, accurate near 0. */
    public Interval log1p() {
        return RigorousLog.log1p(this);
    }

    /**
     * Sine, with exact extrema: {@code sin([0, 4]) = [sin 4, 1]}, width {@code ≥ 2π} gives
     * {@code [−1, 1]}; arguments of any size are reduced exactly ({@code sin(1e22)} is tight).
     */
    public Interval sin() {
        return RigorousTrig.sin(this);
    }

    /** Cosine, with exact extrema ({@code cos([−ε, ε])} has sup exactly 1). */
    public Interval cos() {
        return RigorousTrig.cos(this);
    }

    /** Tangent; an interval containing a pole {@code (2m+1)π/2} gives the entire line. */
    public Interval tan() {
        return RigorousTrig.tan(this);
    }

    /** Arctangent (increasing; {@code atan(entire) = [−π/2, π/2]} as a hull of limits). */
    public Interval atan() {
        return RigorousInverseTrig.atan(this);
    }

    /** Arcsine of {@code x ∩ [−1, 1]} ({@code asin([0, 2]) = [0, π/2]}; ∅ if disjoint). */
    public Interval asin() {
        return RigorousInverseTrig.asin(this);
    }

    /** Arccosine of {@code x ∩ [−1, 1]} (decreasing). */
    public Interval acos() {
        return RigorousInverseTrig.acos(this);
    }

    /**
     * The angle of the points {@code (x, y)} with {@code y ∈ this}, {@code x ∈ x}, excluding the
     * origin, with values in {@code (−π, π]} (IEEE 1788 {@code atan2(y, x)}); the hull is
     * {@code [−π, π]} when the box reaches the negative x-axis from below, ∅ for {@code y = x = [0,0]}.
     */
    public Interval atan2(Interval x) {
        return RigorousInverseTrig.atan2(this, x);
    }

    /** Hyperbolic sine (odd, increasing). */
    public Interval sinh() {
        return RigorousHyperbolic.sinh(this);
    }

    /** Hyperbolic cosine (even; {@code cosh([−1, 2]) = [1, cosh 2]}). */
    public Interval cosh() {
        return RigorousHyperbolic.cosh(this);
    }

    /** Hyperbolic tangent (odd, increasing, in {@code [−1, 1]}). */
    public Interval tanh() {
        return RigorousHyperbolic.tanh(this);
    }

    /** Inverse hyperbolic sine (odd, increasing). */
    public Interval asinh() {
        return RigorousHyperbolic.asinh(this);
    }

    /** Inverse hyperbolic cosine of {@code x ∩ [1, ∞)}. */
    public Interval acosh() {
        return RigorousHyperbolic.acosh(this);
    }

    /** Inverse hyperbolic tangent of {@code x ∩ (−1, 1)} ({@code atanh([0, 1]) = [0, +∞]}). */
    public Interval atanh() {
        return RigorousHyperbolic.atanh(this);
    }

    /** The error function (odd, increasing, in {@code [−1, 1]}). */
    public Interval erf() {
        return RigorousErf.erf(this);
    }

    // ------------------------------------------------------------------ text, equality

    /**
     * Decimal bounds with {@code significantDigits} significant digits, rounded <em>outward</em>
     * (lower bound towards −∞, upper towards +∞), so that {@code parse(format(n)) ⊇ this}.
     *
     * @throws IllegalArgumentException if {@code significantDigits < 1}
     */
    public String format(int significantDigits) {
        return IntervalText.format(this, significantDigits);
    }

    /**
     * {@code "[lo, hi]"} with each bound as {@link Double#toString(double)} ({@code -inf}/{@code +inf}
     * for infinite bounds), {@code "[empty]"}, {@code "[entire]"}. Note that parsing this text
     * encloses the decimal shown, which may be wider than the doubles by an ulp: use
     * {@link #format(int)} with 17 digits to print guaranteed enclosing decimals.
     */
    @Override
    public String toString() {
        return IntervalText.repr(this);
    }

    /** Set equality. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Interval)) {
            return false;
        }
        Interval that = (Interval) o;
        if (isEmpty() || that.isEmpty()) {
            return isEmpty() && that.isEmpty();
        }
        return lo == that.lo && hi == that.hi;
    }

    @Override
    public int hashCode() {
        return isEmpty() ? 0 : Objects.hash(lo, hi);
    }

    // package-private raw access for the implementation classes (callers check isEmpty first)
    double lo() {
        return lo;
    }

    double hi() {
        return hi;
    }

    public static Interval zero() {
        return ZERO;
    }

    public static Interval one() {
        return ONE;
    }
}
