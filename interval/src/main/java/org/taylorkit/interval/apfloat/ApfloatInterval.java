package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatDirected.INFINITE;

import java.util.Objects;
import org.apfloat.Apfloat;

/**
 * A closed interval of real numbers with Apfloat endpoints at a chosen number of significant
 * decimal digits: rigorous high-precision interval arithmetic with IEEE 1788 set-based semantics.
 *
 * <p><b>Values.</b> An interval is the empty set, or {@code {x ∈ ℝ : lo ≤ x ≤ hi}} with
 * {@code lo ∈ ℝ ∪ {−∞}}, {@code hi ∈ ℝ ∪ {+∞}}, {@code lo ≤ hi}. Empty, entire and half-bounded
 * intervals are ordinary values, never exceptions. Apfloat has no infinity, so an infinite endpoint
 * is a flag ({@link #isBoundedBelow()}, {@link #isBoundedAbove()}). Finite endpoints are exact
 * radix-10 Apfloat numbers (infinite Apfloat precision).
 *
 * <p><b>Digits.</b> Every interval carries {@link #digits()}, the number of significant digits its
 * operations round to. A binary operation works at the larger of its operands' digits. Every
 * result is rounded outward to that many digits, so it contains the exact set result, and it is
 * tight: point inputs give results a few units in the last digit wide (usually 1–2), and exact
 * results stay exact ({@code [1,2] + [3,4] = [4,6]}, {@code √[4,9] = [2,3]}, {@code 0.1} is a point).
 * Constructors from doubles keep the exact double value even when it has more digits.
 *
 * <p><b>Rigor.</b> + − × are exact Apfloat operations followed by directed rounding; ÷, √, ∛ are
 * approximated, rounded and verified exactly ({@link ApfloatDirected}). Elementary functions are
 * evaluated with explicit argument reduction and series with rigorous remainder bounds in this
 * interval arithmetic (π by Machin's formula, ln 2 and ln 10 by atanh series): no Apfloat
 * transcendental function is trusted. Each helper class documents its argument next to the code.
 *
 * <p>Instances are immutable and thread-safe. {@link #equals} compares the sets (not the digits).
 */
public final class ApfloatInterval {

    private final Apfloat lo; // exact; null means −∞ (or empty)
    private final Apfloat hi; // exact; null means +∞ (or empty)
    private final boolean empty;
    private final long digits;

    private ApfloatInterval(Apfloat lo, Apfloat hi, boolean empty, long digits) {
        this.lo = lo;
        this.hi = hi;
        this.empty = empty;
        this.digits = digits;
    }

    // ------------------------------------------------------------------ package-private plumbing

    /** An interval from exact endpoints (null = infinite), with no rounding; caller ensures lo ≤ hi. */
    static ApfloatInterval exact(Apfloat lo, Apfloat hi, long digits) {
        return new ApfloatInterval(lo, hi, false, digits);
    }

    /** The raw lower endpoint: exact, or null for −∞. */
    Apfloat lo() {
        return lo;
    }

    /** The raw upper endpoint: exact, or null for +∞. */
    Apfloat hi() {
        return hi;
    }

    /** This set rounded outward to {@code p} digits, carrying {@code p}. */
    public ApfloatInterval roundOut(long p) {
        return ApfloatIntervalEndpoints.roundOut(this, p);
    }

    public static long checkDigits(long digits) {
        if (digits < 1 || digits >= INFINITE) {
            throw new IllegalArgumentException("digits must be a positive number of significant digits, got " + digits);
        }
        return digits;
    }

    // ------------------------------------------------------------------ factories

    /** The empty set, at {@code digits} digits. */
    public static ApfloatInterval empty(long digits) {
        return new ApfloatInterval(null, null, true, checkDigits(digits));
    }

    /** The whole real line {@code [−∞, +∞]}, at {@code digits} digits. */
    public static ApfloatInterval entire(long digits) {
        return new ApfloatInterval(null, null, false, checkDigits(digits));
    }

    /**
     * The interval {@code [lo, hi]} with the exact values of two doubles (every double is a finite
     * decimal, so nothing is rounded). {@code lo = −∞} or {@code hi = +∞} give unbounded intervals.
     *
     * @throws IllegalArgumentException for NaN, {@code lo > hi}, {@code lo = +∞} or {@code hi = −∞}
     *     (not an interval in IEEE 1788), or {@code digits < 1}
     */
    public static ApfloatInterval of(double lo, double hi, long digits) {
        return ApfloatIntervalEndpoints.of(lo, hi, digits);
    }

    /**
     * The point {@code [v, v]} with the exact value of a finite double.
     *
     * @throws IllegalArgumentException if {@code v} is NaN or infinite
     */
    public static ApfloatInterval point(double v, long digits) {
        return ApfloatIntervalEndpoints.point(v, digits);
    }

    /**
     * The tightest interval at {@code digits} digits containing {@code [lo, hi]}. An Apfloat argument
     * stands for the exact value of its stored digits ({@code x.precision(Apfloat.INFINITE)}); it must
     * have radix 10.
     *
     * @throws IllegalArgumentException if {@code lo > hi}, a radix is not 10, or {@code digits < 1}
     */
    public static ApfloatInterval of(Apfloat lo, Apfloat hi, long digits) {
        return ApfloatIntervalEndpoints.of(lo, hi, digits);
    }

    /** The tightest interval at {@code digits} digits containing {@code v} (a point if {@code v} fits). */
    public static ApfloatInterval point(Apfloat v, long digits) {
        return of(v, v, digits);
    }

    /** {@code [lo, +∞]}, with {@code lo} rounded down to {@code digits} digits. */
    public static ApfloatInterval atLeast(Apfloat lo, long digits) {
        return ApfloatIntervalEndpoints.atLeast(lo, digits);
    }

    /** {@code [−∞, hi]}, with {@code hi} rounded up to {@code digits} digits. */
    public static ApfloatInterval atMost(Apfloat hi, long digits) {
        return ApfloatIntervalEndpoints.atMost(hi, digits);
    }

    /**
     * The tightest interval at {@code digits} digits containing the set a text denotes: a decimal
     * number ({@code "0.1"}, {@code "-1.5e-3"}) or the IEEE 1788 bracket forms {@code "[a, b]"},
     * {@code "[a]"}, {@code "[empty]"}, {@code "[entire]"}, with {@code -inf}/{@code +inf}/{@code inf}
     * (or {@code infinity}) for infinite endpoints. A decimal is exact when it has at most
     * {@code digits} significant digits: {@code "0.1"} is the point 0.1 at any precision.
     *
     * @throws NumberFormatException with the offending text if it is none of these forms or if
     *     {@code a > b}
     */
    public static ApfloatInterval of(String text, long digits) {
        return ApfloatIntervalText.parse(text, checkDigits(digits));
    }

    /**
     * An enclosure of π at {@code digits} digits (two adjacent {@code digits}-digit numbers), computed
     * by Machin's formula {@code π = 16 atan(1/5) − 4 atan(1/239)} in this interval arithmetic.
     */
    public static ApfloatInterval pi(long digits) {
        return ApfloatRigorousTrig.pi(checkDigits(digits) + 5).roundOut(digits);
    }

    /** This set, enclosed at {@code digits} digits (rounded outward if fewer digits than stored). */
    public ApfloatInterval roundedTo(long digits) {
        return roundOut(checkDigits(digits));
    }

    // ------------------------------------------------------------------ queries

    /** The number of significant digits this interval's operations round to. */
    public long digits() {
        return digits;
    }

    /** True for the empty set. */
    public boolean isEmpty() {
        return empty;
    }

    /** True for {@code [−∞, +∞]}. */
    public boolean isEntire() {
        return !empty && lo == null && hi == null;
    }

    /** True when nonempty with a finite lower endpoint. */
    public boolean isBoundedBelow() {
        return !empty && lo != null;
    }

    /** True when nonempty with a finite upper endpoint. */
    public boolean isBoundedAbove() {
        return !empty && hi != null;
    }

    /** True when nonempty with both endpoints finite (IEEE 1788 "common" interval). */
    public boolean isBounded() {
        return isBoundedBelow() && isBoundedAbove();
    }

    /** True for a singleton {@code [v, v]}. */
    public boolean isPoint() {
        return isBounded() && lo.compareTo(hi) == 0;
    }

    /** True for exactly {@code [0, 0]}. */
    public boolean isZero() {
        return isPoint() && lo.signum() == 0;
    }

    /**
     * The lower endpoint, exact.
     *
     * @throws ArithmeticException if the interval is empty or unbounded below (see {@link #infDouble()})
     */
    public Apfloat inf() {
        return ApfloatIntervalEndpoints.inf(this);
    }

    /**
     * The upper endpoint, exact.
     *
     * @throws ArithmeticException if the interval is empty or unbounded above (see {@link #supDouble()})
     */
    public Apfloat sup() {
        return ApfloatIntervalEndpoints.sup(this);
    }

    /** The lower endpoint rounded down to a double: −∞ if unbounded below, +∞ if empty (IEEE 1788). */
    public double infDouble() {
        return ApfloatIntervalEndpoints.infDouble(this);
    }

    /** The upper endpoint rounded up to a double: +∞ if unbounded above, −∞ if empty (IEEE 1788). */
    public double supDouble() {
        return ApfloatIntervalEndpoints.supDouble(this);
    }

    /**
     * The midpoint rounded to nearest at {@link #digits()} digits (it lies in the interval); 0 for
     * the entire line.
     *
     * @throws ArithmeticException if the interval is empty or half-unbounded (no finite midpoint)
     */
    public Apfloat mid() {
        return ApfloatIntervalSets.mid(this);
    }

    /** The midpoint as a double (IEEE 1788): 0 for ℝ, ±{@code Double.MAX_VALUE} if half-unbounded, NaN if empty. */
    public double midDouble() {
        return ApfloatIntervalSets.midDouble(this);
    }

    /**
     * The radius: the smallest {@code digits}-digit {@code r} with {@code [m − r, m + r] ⊇ this}, {@code m = mid()}.
     *
     * @throws ArithmeticException if the interval is empty or unbounded
     */
    public Apfloat rad() {
        return ApfloatIntervalSets.rad(this);
    }

    /**
     * The width {@code hi − lo}, rounded up to {@link #digits()} digits.
     *
     * @throws ArithmeticException if the interval is empty or unbounded
     */
    public Apfloat wid() {
        return ApfloatIntervalSets.wid(this);
    }

    /** The width rounded up to a double: +∞ if unbounded, NaN if empty. */
    public double widDouble() {
        return ApfloatIntervalSets.widDouble(this);
    }

    /**
     * The magnitude {@code max |x|} over the interval, exact.
     *
     * @throws ArithmeticException if the interval is empty or unbounded
     */
    public Apfloat mag() {
        return ApfloatIntervalSets.mag(this);
    }

    /** The magnitude rounded up to a double: +∞ if unbounded, NaN if empty. */
    public double magDouble() {
        return ApfloatIntervalSets.magDouble(this);
    }

    /**
     * The mignitude {@code min |x|} over the interval, exact (0 if it contains 0).
     *
     * @throws ArithmeticException if the interval is empty
     */
    public Apfloat mig() {
        return ApfloatIntervalSets.mig(this);
    }

    /** The mignitude rounded down to a double; NaN if empty. */
    public double migDouble() {
        return empty ? Double.NaN : ApfloatDirected.toDoubleDown(mig());
    }

    // ------------------------------------------------------------------ set relations and operations

    /** Whether the exact value {@code x} (radix 10, taken at its stored digits) lies in the interval. */
    public boolean contains(Apfloat x) {
        return ApfloatIntervalSets.contains(this, x);
    }

    /** Whether the exact value of the double {@code x} lies in the interval (false for NaN and ±∞). */
    public boolean contains(double x) {
        return Double.isFinite(x) && contains(ApfloatDirected.ofDouble(x));
    }

    /** IEEE 1788 {@code subset}: every element of this is in {@code other} (the empty set is a subset of all). */
    public boolean isSubsetOf(ApfloatInterval other) {
        return ApfloatIntervalSets.isSubset(this, other);
    }

    /** IEEE 1788 {@code interior}: this is a subset of the topological interior of {@code other}. */
    public boolean isInteriorTo(ApfloatInterval other) {
        return ApfloatIntervalSets.isInterior(this, other);
    }

    /** IEEE 1788 {@code disjoint}: no common element. */
    public boolean isDisjointFrom(ApfloatInterval other) {
        return ApfloatIntervalSets.isDisjoint(this, other);
    }

    /** The convex hull of the union (exact: no rounding), at the larger digits. */
    public ApfloatInterval hull(ApfloatInterval other) {
        return ApfloatIntervalSets.hull(this, other);
    }

    /** The intersection (exact), at the larger digits; empty when disjoint. */
    public ApfloatInterval intersection(ApfloatInterval other) {
        return ApfloatIntervalSets.intersection(this, other);
    }

    /**
     * Splits at {@code m} into {@code [lo, m]} and {@code [m, hi]} (covering the interval): {@code m = mid()}
     * if bounded or entire; for {@code [a, +∞]} {@code m} is {@code 2a} (a &gt; 0), 1 (a = 0) or 0 (a &lt; 0),
     * symmetrically for {@code [−∞, b]}. Empty gives two empty intervals.
     */
    public ApfloatInterval[] bisect() {
        return ApfloatIntervalSets.bisect(this);
    }

    // ------------------------------------------------------------------ arithmetic

    /** {@code −x}, exact. */
    public ApfloatInterval negate() {
        return ApfloatIntervalBasic.negate(this);
    }

    /** {@code x + y}, rounded outward (IEEE 1788 add). */
    public ApfloatInterval add(ApfloatInterval y) {
        return ApfloatIntervalBasic.add(this, y, Math.max(digits, y.digits));
    }

    /** {@code x − y}, rounded outward ({@code [1,2] − [1,2] = [−1, 1]}). */
    public ApfloatInterval subtract(ApfloatInterval y) {
        return ApfloatIntervalBasic.sub(this, y, Math.max(digits, y.digits));
    }

    /** {@code x·y}, rounded outward, with {@code 0·∞ = 0} ({@code [0,0]·entire = [0,0]}). */
    public ApfloatInterval multiply(ApfloatInterval y) {
        return ApfloatIntervalBasic.mul(this, y, Math.max(digits, y.digits));
    }

    /**
     * {@code x/y}, IEEE 1788 set-based: the hull of {@code {a/b : a ∈ x, b ∈ y, b ≠ 0}}; empty when
     * {@code y = [0,0]}, unbounded when {@code y} contains 0 ({@code [1,2]/[0,1] = [1, +∞]}).
     */
    public ApfloatInterval divide(ApfloatInterval y) {
        return ApfloatIntervalBasic.div(this, y, Math.max(digits, y.digits));
    }

    /**
     * The two-piece division for interval Newton: {@code {a/b : a ∈ x, b ∈ y, b ≠ 0}} as 0, 1 or 2
     * disjoint-interior intervals, ordered, whose union contains the set ({@code [1,2]/[−1,1]} gives
     * {@code [−∞, −1]} and {@code [1, +∞]}).
     */
    public ApfloatInterval[] divideExtended(ApfloatInterval y) {
        return ApfloatIntervalBasic.divideExtended(this, y, Math.max(digits, y.digits));
    }

    /** {@code x²} (tight: {@code [−1, 2]² = [0, 4]}). */
    public ApfloatInterval sqr() {
        return ApfloatIntervalBasic.sqr(this, digits);
    }

    /** {@code √x} on {@code x ∩ [0, +∞]} ({@code √[−1, 4] = [0, 2]}, {@code √[−2,−1]} is empty). */
    public ApfloatInterval sqrt() {
        return ApfloatIntervalBasic.sqrt(this, digits);
    }

    /** The real cube root (defined on all of ℝ). */
    public ApfloatInterval cbrt() {
        return ApfloatIntervalBasic.cbrt(this, digits);
    }

    /**
     * {@code x^n} for an integer {@code n} (IEEE 1788 {@code pown}): {@code x^0 = [1,1]}; even powers
     * are tight over 0 ({@code [−1,2]^2 = [0,4]}); negative powers are set-based reciprocals
     * ({@code [−1,1]^-2 = [1, +∞]}, {@code [0,0]^-1} is empty).
     */
    public ApfloatInterval pow(int n) {
        return ApfloatIntervalBasic.pown(this, n, digits);
    }

    /**
     * {@code x^y = exp(y·log x)} (IEEE 1788 {@code pow}) on its domain {@code {x > 0} ∪ {x = 0, y > 0}};
     * for integer exponents of negative bases use {@link #pow(int)}.
     */
    public ApfloatInterval pow(ApfloatInterval y) {
        return ApfloatRigorousLog.pow(this, y, Math.max(digits, y.digits));
    }

    /** {@code |x|}, exact. */
    public ApfloatInterval abs() {
        return ApfloatIntervalBasic.abs(this);
    }

    /** The pointwise minimum {@code {min(a, b)}}, exact. */
    public ApfloatInterval min(ApfloatInterval y) {
        return ApfloatIntervalBasic.min(this, y, Math.max(digits, y.digits));
    }

    /** The pointwise maximum {@code {max(a, b)}}, exact. */
    public ApfloatInterval max(ApfloatInterval y) {
        return ApfloatIntervalBasic.max(this, y, Math.max(digits, y.digits));
    }

    // ------------------------------------------------------------------ elementary functions

    /** {@code e^x} (increasing; {@code exp(−∞) = 0}). */
    public ApfloatInterval exp() {
        return ApfloatRigorousExp.exp(this, digits);
    }

    /** {@code e^x − 1}, accurate near 0. */
    public ApfloatInterval expm1() {
        return ApfloatRigorousExp.expm1(this, digits);
    }

    /** Natural logarithm on {@code x ∩ (0, +∞]} ({@code log[0, 1] = [−∞, 0]}). */
    public ApfloatInterval log() {
        return ApfloatRigorousLog.log(this, digits);
    }

    /** {@code log(1 + x)} on {@code x ∩ (−1, +∞]}, accurate near 0. */
    public ApfloatInterval log1p() {
        return ApfloatRigorousLog.log1p(this, digits);
    }

    /** Sine, with interior extrema found ({@code sin[0, 4] = [sin 4, 1]}). */
    public ApfloatInterval sin() {
        return ApfloatRigorousTrig.sin(this, digits);
    }

    /** Cosine, with interior extrema found ({@code cos[−1, 1] = [cos 1, 1]}). */
    public ApfloatInterval cos() {
        return ApfloatRigorousTrig.cos(this, digits);
    }

    /** Tangent: the entire line when the interval contains a pole (or comes within rounding of one). */
    public ApfloatInterval tan() {
        return ApfloatRigorousTrig.tan(this, digits);
    }

    /** Arcsine on {@code x ∩ [−1, 1]}. */
    public ApfloatInterval asin() {
        return ApfloatRigorousAtan.asin(this, digits);
    }

    /** Arccosine on {@code x ∩ [−1, 1]}. */
    public ApfloatInterval acos() {
        return ApfloatRigorousAtan.acos(this, digits);
    }

    /** Arctangent ({@code atan(±∞) = ±π/2}). */
    public ApfloatInterval atan() {
        return ApfloatRigorousAtan.atan(this, digits);
    }

    /**
     * IEEE 1788 {@code atan2}: the hull of the angles in {@code (−π, π]} of the points {@code (a, b)},
     * {@code b ∈ y}, {@code a ∈ x}, {@code (a, b) ≠ (0, 0)}; empty if only the origin is left. A box
     * meeting the negative real axis from below and on it gives {@code [−π, π]}.
     */
    public static ApfloatInterval atan2(ApfloatInterval y, ApfloatInterval x) {
        return ApfloatRigorousAtan.atan2(y, x, Math.max(y.digits, x.digits));
    }

    /** Hyperbolic sine. */
    public ApfloatInterval sinh() {
        return ApfloatRigorousHyperbolic.sinh(this, digits);
    }

    /** Hyperbolic cosine (tight over 0: {@code cosh[−1, 2] = [1, cosh 2]}). */
    public ApfloatInterval cosh() {
        return ApfloatRigorousHyperbolic.cosh(this, digits);
    }

    /** Hyperbolic tangent. */
    public ApfloatInterval tanh() {
        return ApfloatRigorousHyperbolic.tanh(this, digits);
    }

    /** Inverse hyperbolic sine. */
    public ApfloatInterval asinh() {
        return ApfloatRigorousHyperbolic.asinh(this, digits);
    }

    /** Inverse hyperbolic cosine on {@code x ∩ [1, +∞]}. */
    public ApfloatInterval acosh() {
        return ApfloatRigorousHyperbolic.acosh(this, digits);
    }

    /** Inverse hyperbolic tangent on {@code x ∩ (−1, 1)} ({@code atanh[0, 1] = [0, +∞]}). */
    public ApfloatInterval atanh() {
        return ApfloatRigorousHyperbolic.atanh(this, digits);
    }

    /** The error function {@code erf x = (2/√π) ∫₀ˣ e^(−t²) dt}. */
    public ApfloatInterval erf() {
        return ApfloatRigorousErf.erf(this, digits);
    }

    // ------------------------------------------------------------------ text and identity

    /**
     * The interval as {@code "[lo, hi]"} with both endpoints printed exactly ({@code "[empty]"},
     * {@code "[entire]"}, {@code "-inf"}/{@code "+inf"} for infinite endpoints).
     */
    @Override
    public String toString() {
        return ApfloatIntervalText.format(this, -1);
    }

    /** Same as {@link #toString()}: the endpoints are already {@link #digits()}-digit decimals. */
    public String format() {
        return ApfloatIntervalText.format(this, -1);
    }

    /**
     * The interval as {@code "[lo, hi]"} with endpoints rounded outward to {@code significantDigits}
     * digits, so the printed decimals still enclose the interval.
     */
    public String format(int significantDigits) {
        return ApfloatIntervalText.format(this, checkDigits(significantDigits));
    }

    /** Equal when the two sets are equal (digits are not compared). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ApfloatInterval && ApfloatIntervalSets.isEqual(this, (ApfloatInterval) o);
    }

    @Override
    public int hashCode() {
        return empty ? 17 : Objects.hash(lo, hi);
    }
}
