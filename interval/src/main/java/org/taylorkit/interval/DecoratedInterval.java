package org.taylorkit.interval;

import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * A decorated interval of IEEE 1788-2015 (§11): an {@link Interval} with a {@link Decoration}
 * that records what has been proven about the computation that produced it. {@linkplain #nai() NaI}
 * (Not an Interval, decoration {@code ill}) is an ordinary value: every operation on it returns NaI
 * and every comparison with it is false.
 *
 * <p><b>Guarantees.</b> The interval part of every result is the {@link Interval} operation's
 * enclosure (same rigor and tightness). The decoration is the minimum of the inputs' decorations
 * and the operation's local decoration ({@link DecorationRules}), so it never claims more than is
 * true: {@code sqrt([−1, 4]_com) = [0, 2]_trv}, {@code ([1, 2]_com)/([−1, 1]_com) = entire_trv},
 * {@code floor([1.5, 2.5]_com) = [1, 2]_def}, {@code exp([0, 1e9]_com) = [1, +∞]_dac} (overflow
 * makes the result unbounded, so not {@code com}).
 *
 * <p><b>Invariants</b> (the standard's): an empty interval carries {@code trv} (or {@code ill} for
 * NaI); {@code com} only on a bounded nonempty interval. Immutable; {@link #equals} compares interval
 * and decoration; {@link #equal} is 1788's {@code equal} (set equality, false with NaI).
 */
public final class DecoratedInterval {

    private static final DecoratedInterval NAI = new DecoratedInterval(Interval.empty(), Decoration.ill);
    private static final DecoratedInterval EMPTY = new DecoratedInterval(Interval.empty(), Decoration.trv);

    private final Interval interval;
    private final Decoration decoration;

    private DecoratedInterval(Interval interval, Decoration decoration) {
        this.interval = interval;
        this.decoration = decoration;
    }

    /**
     * 1788's {@code newDec}: the strongest decoration valid for an interval on its own —
     * {@code com} if bounded and nonempty, {@code dac} if unbounded, {@code trv} if empty.
     */
    public static DecoratedInterval of(Interval x) {
        return new DecoratedInterval(x, x.isEmpty() ? Decoration.trv : DecorationRules.continuous(x));
    }

    /**
     * 1788's {@code setDec}: {@code x} with decoration {@code d}, adjusted to the invariants
     * ({@code ill} gives NaI; an empty {@code x} gets {@code trv}; {@code com} on an unbounded
     * {@code x} becomes {@code dac}).
     */
    public static DecoratedInterval of(Interval x, Decoration d) {
        Objects.requireNonNull(d, "decoration");
        if (d == Decoration.ill) {
            return NAI;
        }
        if (x.isEmpty()) {
            return EMPTY;
        }
        if (d == Decoration.com && !x.isBounded()) {
            return new DecoratedInterval(x, Decoration.dac);
        }
        return new DecoratedInterval(x, d);
    }

    /** NaI, the decorated Not-an-Interval ({@code [empty]_ill}). */
    public static DecoratedInterval nai() {
        return NAI;
    }

    /** The interval part (∅ for NaI, as 1788's {@code intervalPart} after its signal). */
    public Interval interval() {
        return interval;
    }

    /** The decoration. */
    public Decoration decoration() {
        return decoration;
    }

    /** Whether this is NaI. */
    public boolean isNaI() {
        return decoration == Decoration.ill;
    }

    /** Whether the interval part is empty (false for NaI, which is not an interval). */
    public boolean isEmpty() {
        return !isNaI() && interval.isEmpty();
    }

    // ------------------------------------------------------------------ combination

    /** The result of an operation: its interval, its local decoration, its decorated inputs. */
    static DecoratedInterval result(Interval r, Decoration local, DecoratedInterval... inputs) {
        Decoration[] in = new Decoration[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            in[i] = inputs[i].decoration;
        }
        return of(r, DecorationRules.combine(local, r.isEmpty(), r.isBounded(), in));
    }

    private DecoratedInterval everywhere(UnaryOperator<Interval> f) {
        Interval r = f.apply(interval);
        return result(r, DecorationRules.continuous(r), this);
    }

    private DecoratedInterval onDomain(UnaryOperator<Interval> f, boolean inside) {
        Interval r = f.apply(interval);
        return result(r, DecorationRules.onDomain(inside, r), this);
    }

    private DecoratedInterval everywhere(BinaryOperator<Interval> f, DecoratedInterval y) {
        Interval r = f.apply(interval, y.interval);
        return result(r, DecorationRules.continuous(r), this, y);
    }

    private DecoratedInterval step(UnaryOperator<Interval> f, boolean boxHoldsAJump) {
        Interval r = f.apply(interval);
        return result(r, DecorationRules.step(interval, r, boxHoldsAJump), this);
    }

    /**
     * A function given by a rigorous enclosure of its range (set semantics), with the local
     * decoration {@code com} (bounded result) or {@code dac} when the caller has proved the
     * function defined and continuous on the whole box, {@code trv} otherwise — the way to decorate
     * functions without a dedicated method here (erf, sec, acoth, … of the function catalogue).
     *
     * @param enclosure a rigorous enclosure of the function's range over an interval
     * @param definedAndContinuous whether the function is defined and continuous on this interval
     */
    public DecoratedInterval map(UnaryOperator<Interval> enclosure, boolean definedAndContinuous) {
        if (isNaI()) {
            return NAI;
        }
        return onDomain(enclosure, definedAndContinuous);
    }

    // ------------------------------------------------------------------ arithmetic

    /** {@code x + y}. */
    public DecoratedInterval add(DecoratedInterval y) {
        return everywhere(Interval::add, y);
    }

    /** {@code x − y}. */
    public DecoratedInterval subtract(DecoratedInterval y) {
        return everywhere(Interval::subtract, y);
    }

    /** {@code x · y}. */
    public DecoratedInterval multiply(DecoratedInterval y) {
        return everywhere(Interval::multiply, y);
    }

    /** {@code x / y}; {@code trv} when {@code 0 ∈ y}. */
    public DecoratedInterval divide(DecoratedInterval y) {
        Interval r = interval.divide(y.interval);
        return result(r, DecorationRules.onDomain(DecorationRules.excludesZero(y.interval), r), this, y);
    }

    /** {@code −x}. */
    public DecoratedInterval negate() {
        return everywhere(Interval::negate);
    }

    /** {@code 1/x}; {@code trv} when {@code 0 ∈ x}. */
    public DecoratedInterval recip() {
        return onDomain(IntervalPowers::recip, DecorationRules.excludesZero(interval));
    }

    /** {@code x·y + z} (one rounding per bound). */
    public DecoratedInterval fma(DecoratedInterval y, DecoratedInterval z) {
        Interval r = IntervalReductions.fma(interval, y.interval, z.interval);
        return result(r, DecorationRules.continuous(r), this, y, z);
    }

    /** {@code x²}. */
    public DecoratedInterval sqr() {
        return everywhere(Interval::sqr);
    }

    /** {@code √x}; {@code trv} unless {@code x ≥ 0}. */
    public DecoratedInterval sqrt() {
        return onDomain(Interval::sqrt, interval.inf() >= 0);
    }

    /** {@code xⁿ}; {@code trv} for {@code n < 0} when {@code 0 ∈ x}. */
    public DecoratedInterval pown(int n) {
        return onDomain(x -> x.pow(n), n >= 0 || DecorationRules.excludesZero(interval));
    }

    /** 1788 {@code pow(x, y)}; {@code trv} unless the box is in {@code {x > 0} ∪ {x = 0, y > 0}}. */
    public DecoratedInterval pow(DecoratedInterval y) {
        Interval r = IntervalPowers.pow(interval, y.interval);
        return result(r, DecorationRules.onDomain(DecorationRules.powDomain(interval, y.interval), r), this, y);
    }

    /** The real n-th root; {@code trv} outside its domain (see {@link IntervalPowers#rootn}). */
    public DecoratedInterval rootn(int n) {
        return onDomain(x -> IntervalPowers.rootn(x, n), DecorationRules.rootnDomain(interval, n));
    }

    /** {@code √(x² + y²)} ({@link RigorousHypot}; defined and continuous everywhere). */
    public DecoratedInterval hypot(DecoratedInterval y) {
        return everywhere(RigorousHypot::hypot, y);
    }

    /** {@code |x|}. */
    public DecoratedInterval abs() {
        return everywhere(Interval::abs);
    }

    /** {@code min(x, y)}. */
    public DecoratedInterval min(DecoratedInterval y) {
        return everywhere(Interval::min, y);
    }

    /** {@code max(x, y)}. */
    public DecoratedInterval max(DecoratedInterval y) {
        return everywhere(Interval::max, y);
    }

    // ------------------------------------------------------------------ elementary functions

    /** {@code eˣ}. */
    public DecoratedInterval exp() {
        return everywhere(Interval::exp);
    }

    /** {@code eˣ − 1}. */
    public DecoratedInterval expm1() {
        return everywhere(Interval::expm1);
    }

    /** {@code log x}; {@code trv} unless {@code x > 0}. */
    public DecoratedInterval log() {
        return onDomain(Interval::log, interval.inf() > 0);
    }

    /** {@code log(1 + x)}; {@code trv} unless {@code x > −1}. */
    public DecoratedInterval log1p() {
        return onDomain(Interval::log1p, interval.inf() > -1);
    }

    /** {@code 2ˣ} ({@link RigorousExpLogBases#exp2}). */
    public DecoratedInterval exp2() {
        return everywhere(RigorousExpLogBases::exp2);
    }

    /** {@code 10ˣ}. */
    public DecoratedInterval exp10() {
        return everywhere(RigorousExpLogBases::exp10);
    }

    /** {@code log₂ x}; {@code trv} unless {@code x > 0}. */
    public DecoratedInterval log2() {
        return onDomain(RigorousExpLogBases::log2, interval.inf() > 0);
    }

    /** {@code log₁₀ x}; {@code trv} unless {@code x > 0}. */
    public DecoratedInterval log10() {
        return onDomain(RigorousExpLogBases::log10, interval.inf() > 0);
    }

    /** {@code sin x}. */
    public DecoratedInterval sin() {
        return everywhere(Interval::sin);
    }

    /** {@code cos x}. */
    public DecoratedInterval cos() {
        return everywhere(Interval::cos);
    }

    /** {@code tan x}; {@code trv} when the box holds a pole (then the enclosure is the entire line). */
    public DecoratedInterval tan() {
        Interval r = interval.tan();
        return result(r, r.isBounded() ? Decoration.com : Decoration.trv, this);
    }

    /** {@code asin x}; {@code trv} unless {@code x ⊆ [−1, 1]}. */
    public DecoratedInterval asin() {
        return onDomain(Interval::asin, interval.inf() >= -1 && interval.sup() <= 1);
    }

    /** {@code acos x}; {@code trv} unless {@code x ⊆ [−1, 1]}. */
    public DecoratedInterval acos() {
        return onDomain(Interval::acos, interval.inf() >= -1 && interval.sup() <= 1);
    }

    /** {@code atan x}. */
    public DecoratedInterval atan() {
        return everywhere(Interval::atan);
    }

    /** {@code acot x = π/2 − atan x} (the continuous branch, {@link RigorousReciprocal#acot}). */
    public DecoratedInterval acot() {
        return everywhere(RigorousReciprocal::acot);
    }

    /** {@code atan2(this, x)} (this is y); see {@link DecorationRules#atan2} for the decoration. */
    public DecoratedInterval atan2(DecoratedInterval x) {
        Interval r = interval.atan2(x.interval);
        return result(r, DecorationRules.atan2(interval, x.interval, r), this, x);
    }

    /** {@code sinh x}. */
    public DecoratedInterval sinh() {
        return everywhere(Interval::sinh);
    }

    /** {@code cosh x}. */
    public DecoratedInterval cosh() {
        return everywhere(Interval::cosh);
    }

    /** {@code tanh x}. */
    public DecoratedInterval tanh() {
        return everywhere(Interval::tanh);
    }

    /** {@code asinh x}. */
    public DecoratedInterval asinh() {
        return everywhere(Interval::asinh);
    }

    /** {@code acosh x}; {@code trv} unless {@code x ≥ 1}. */
    public DecoratedInterval acosh() {
        return onDomain(Interval::acosh, interval.inf() >= 1);
    }

    /** {@code atanh x}; {@code trv} unless {@code x ⊆ (−1, 1)}. */
    public DecoratedInterval atanh() {
        return onDomain(Interval::atanh, interval.inf() > -1 && interval.sup() < 1);
    }

    // ------------------------------------------------------------------ integer rounding

    /** {@code sign x}: {@code def} when the sign changes on the box, {@code dac} at most when it holds 0. */
    public DecoratedInterval sign() {
        return step(IntervalRounding::sign, interval.contains(0.0));
    }

    /** {@code ⌈x⌉}: {@code def} unless constant on the box. */
    public DecoratedInterval ceil() {
        return step(IntervalRounding::ceil, DecorationRules.containsInteger(interval));
    }

    /** {@code ⌊x⌋}: {@code def} unless constant on the box. */
    public DecoratedInterval floor() {
        return step(IntervalRounding::floor, DecorationRules.containsInteger(interval));
    }

    /** Rounding towards zero: {@code def} unless constant on the box. */
    public DecoratedInterval trunc() {
        return step(IntervalRounding::trunc, DecorationRules.containsNonzeroInteger(interval));
    }

    /** Nearest integer, ties to even: {@code def} unless constant on the box. */
    public DecoratedInterval roundTiesToEven() {
        return step(IntervalRounding::roundTiesToEven, DecorationRules.containsHalfInteger(interval));
    }

    /** Nearest integer, ties away from zero: {@code def} unless constant on the box. */
    public DecoratedInterval roundTiesToAway() {
        return step(IntervalRounding::roundTiesToAway, DecorationRules.containsHalfInteger(interval));
    }

    // ------------------------------------------------------------------ set-level operations (trv)

    /** {@code cancelMinus} (1788: the result is always {@code trv}). */
    public DecoratedInterval cancelMinus(DecoratedInterval y) {
        return result(IntervalCancel.cancelMinus(interval, y.interval), Decoration.trv, this, y);
    }

    /** {@code cancelPlus} (always {@code trv}). */
    public DecoratedInterval cancelPlus(DecoratedInterval y) {
        return result(IntervalCancel.cancelPlus(interval, y.interval), Decoration.trv, this, y);
    }

    /** The intersection (always {@code trv}: a set operation proves nothing about a function). */
    public DecoratedInterval intersection(DecoratedInterval y) {
        return result(interval.intersection(y.interval), Decoration.trv, this, y);
    }

    /** The convex hull of the union (always {@code trv}). */
    public DecoratedInterval convexHull(DecoratedInterval y) {
        return result(interval.hull(y.interval), Decoration.trv, this, y);
    }

    // ------------------------------------------------------------------ comparisons, text

    /** 1788 {@code equal}: set equality of the interval parts; false if either is NaI. */
    public boolean equal(DecoratedInterval y) {
        return !isNaI() && !y.isNaI() && interval.equals(y.interval);
    }

    /** 1788 {@code subset}; false if either is NaI. */
    public boolean subset(DecoratedInterval y) {
        return !isNaI() && !y.isNaI() && interval.subsetOf(y.interval);
    }

    /** {@code [a, b]_dec} as 1788 writes it ({@code [nai]} for NaI, {@code [empty]_trv}). */
    @Override
    public String toString() {
        return isNaI() ? "[nai]" : interval + "_" + decoration;
    }

    /** Same interval and same decoration. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DecoratedInterval)) {
            return false;
        }
        DecoratedInterval that = (DecoratedInterval) o;
        return decoration == that.decoration && interval.equals(that.interval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interval, decoration);
    }
}
