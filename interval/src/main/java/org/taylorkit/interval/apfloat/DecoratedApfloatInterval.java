package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatDirected.ONE;
import static org.taylorkit.interval.apfloat.ApfloatDirected.ZERO;

import java.math.RoundingMode;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.interval.Decoration;
import org.taylorkit.interval.DecorationRules;

/**
 * A decorated interval of IEEE 1788-2015 (§11) at any precision: an {@link ApfloatInterval} with a
 * {@link Decoration} ({@code com}, {@code dac}, {@code def}, {@code trv}, {@code ill}) recording
 * what has been proven about the computation that produced it. {@linkplain #nai(long) NaI} (Not an
 * Interval, {@code ill}) is an ordinary value: every operation on it returns NaI, every comparison
 * with it is false.
 *
 * <p><b>Guarantees.</b> The interval part of every result is the {@link ApfloatInterval}
 * operation's enclosure (same digits, rigor and tightness). The decoration is decided by the same
 * rules as the double {@code DecoratedInterval} ({@link DecorationRules}, from exact comparisons of
 * the Apfloat bounds with the edges of each function's domain and its discontinuities): the minimum
 * of the inputs' decorations and the operation's local one, so it never claims more than is true:
 * {@code sqrt([−1, 4]_com) = [0, 2]_trv}, {@code floor([1.5, 2.5]_com) = [1, 2]_def},
 * {@code [1, 2]_com / [1, 2]_com} is {@code com}.
 *
 * <p><b>Invariants</b> (the standard's): an empty interval carries {@code trv} (NaI {@code ill});
 * {@code com} only on a bounded nonempty interval. Immutable; {@link #equals} compares interval and
 * decoration; {@link #equal} is 1788's {@code equal}. The reverse operations are in
 * {@link DecoratedApfloatReverse}.
 */
public final class DecoratedApfloatInterval {

    private static final Apfloat HALF = new Apfloat("0.5", Apfloat.INFINITE);

    private final ApfloatInterval interval;
    private final Decoration decoration;

    private DecoratedApfloatInterval(ApfloatInterval interval, Decoration decoration) {
        this.interval = interval;
        this.decoration = decoration;
    }

    /** 1788's {@code newDec}: {@code com} if bounded and nonempty, {@code dac} if unbounded, {@code trv} if empty. */
    public static DecoratedApfloatInterval of(ApfloatInterval x) {
        return of(x, Decoration.com);
    }

    /**
     * 1788's {@code setDec}: {@code x} with decoration {@code d}, adjusted to the invariants
     * ({@code ill} gives NaI; an empty {@code x} gets {@code trv}; {@code com} on an unbounded
     * {@code x} becomes {@code dac}).
     */
    public static DecoratedApfloatInterval of(ApfloatInterval x, Decoration d) {
        Objects.requireNonNull(d, "decoration");
        Decoration a = DecorationRules.adjusted(d, x.isEmpty(), x.isBounded());
        return new DecoratedApfloatInterval(a == Decoration.ill ? ApfloatInterval.empty(x.digits()) : x, a);
    }

    /** NaI ({@code [empty]_ill}) carrying {@code digits}. */
    public static DecoratedApfloatInterval nai(long digits) {
        return new DecoratedApfloatInterval(ApfloatInterval.empty(digits), Decoration.ill);
    }

    /** The interval part (∅ for NaI). */
    public ApfloatInterval interval() {
        return interval;
    }

    public Decoration decoration() {
        return decoration;
    }

    /** The digits of the interval part. */
    public long digits() {
        return interval.digits();
    }

    public boolean isNaI() {
        return decoration == Decoration.ill;
    }

    /** Whether the interval part is empty (false for NaI). */
    public boolean isEmpty() {
        return !isNaI() && interval.isEmpty();
    }

    // ------------------------------------------------------------------ combination

    /** The result of an operation: its interval, its local decoration, its decorated inputs. */
    static DecoratedApfloatInterval result(ApfloatInterval r, Decoration local, DecoratedApfloatInterval... inputs) {
        Decoration[] in = new Decoration[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            in[i] = inputs[i].decoration;
        }
        return of(r, DecorationRules.combine(local, r.isEmpty(), r.isBounded(), in));
    }

    private DecoratedApfloatInterval everywhere(UnaryOperator<ApfloatInterval> f) {
        return onDomain(f, true);
    }

    private DecoratedApfloatInterval onDomain(UnaryOperator<ApfloatInterval> f, boolean inside) {
        if (isNaI()) {
            return this;
        }
        ApfloatInterval r = f.apply(interval);
        return result(r, DecorationRules.onDomain(inside, r.isBounded()), this);
    }

    private DecoratedApfloatInterval binary(BinaryOperator<ApfloatInterval> f, DecoratedApfloatInterval y, boolean inside) {
        if (isNaI() || y.isNaI()) {
            return nai(Math.max(digits(), y.digits()));
        }
        ApfloatInterval r = f.apply(interval, y.interval);
        return result(r, DecorationRules.onDomain(inside, r.isBounded()), this, y);
    }

    /**
     * A monotone step function {@code f} with exact point values {@code exact}: constant on the box
     * when the (rounded) result is a point or, for a bounded box, {@code f(inf) = f(sup)} exactly (a
     * constant integer with more digits than the precision is rounded to a non-point).
     */
    private DecoratedApfloatInterval step(UnaryOperator<ApfloatInterval> f, UnaryOperator<Apfloat> exact, boolean boxHoldsAJump) {
        if (isNaI()) {
            return this;
        }
        ApfloatInterval r = f.apply(interval);
        boolean empty = interval.isEmpty();
        boolean constant = !empty && (r.isPoint()
                || interval.isBounded() && exact.apply(interval.lo()).compareTo(exact.apply(interval.hi())) == 0);
        return result(r, DecorationRules.step(empty, constant, boxHoldsAJump, r.isBounded()), this);
    }

    private static UnaryOperator<Apfloat> rounding(RoundingMode mode) {
        return v -> ApfloatMath.roundToInteger(v, mode);
    }

    /** Set-level operation: always {@code trv}. */
    private DecoratedApfloatInterval trivial(BinaryOperator<ApfloatInterval> f, DecoratedApfloatInterval y) {
        if (isNaI() || y.isNaI()) {
            return nai(Math.max(digits(), y.digits()));
        }
        return result(f.apply(interval, y.interval), Decoration.trv, this, y);
    }

    /**
     * A function given by a rigorous enclosure of its range, decorated {@code com}/{@code dac} when
     * the caller has proved it defined and continuous on the whole box, {@code trv} otherwise (how
     * the catalogue functions without a dedicated method here are decorated).
     */
    public DecoratedApfloatInterval map(UnaryOperator<ApfloatInterval> enclosure, boolean definedAndContinuous) {
        return onDomain(enclosure, definedAndContinuous);
    }

    // ------------------------------------------------------------------ facts about the box (exact)

    /** The sign of {@code inf x}: −1 when unbounded below; +1 for ∅ (vacuous). */
    private int signOfInf() {
        if (interval.isEmpty()) {
            return 1;
        }
        return interval.lo() == null ? -1 : interval.lo().signum();
    }

    private boolean excludesZero() {
        return !interval.contains(ZERO);
    }

    /** {@code inf x ≥ v} ({@code strict}: {@code >}); true for ∅. */
    private boolean infAtLeast(Apfloat v, boolean strict) {
        if (interval.isEmpty()) {
            return true;
        }
        if (interval.lo() == null) {
            return false;
        }
        int c = interval.lo().compareTo(v);
        return strict ? c > 0 : c >= 0;
    }

    /** {@code sup x ≤ v} ({@code strict}: {@code <}); true for ∅. */
    private boolean supAtMost(Apfloat v, boolean strict) {
        if (interval.isEmpty()) {
            return true;
        }
        if (interval.hi() == null) {
            return false;
        }
        int c = interval.hi().compareTo(v);
        return strict ? c < 0 : c <= 0;
    }

    private boolean containsInteger() {
        if (interval.isEmpty()) {
            return false;
        }
        if (!interval.isBounded()) {
            return true;
        }
        return ApfloatMath.ceil(interval.lo()).compareTo(interval.hi()) <= 0;
    }

    private boolean containsNonzeroInteger() {
        if (!containsInteger()) {
            return false;
        }
        if (!interval.isBounded()) {
            return true;
        }
        return !(ApfloatMath.ceil(interval.lo()).signum() == 0 && ApfloatMath.floor(interval.hi()).signum() == 0);
    }

    private boolean containsHalfInteger() {
        if (interval.isEmpty()) {
            return false;
        }
        if (!interval.isBounded()) {
            return true;
        }
        Apfloat t = ApfloatMath.floor(interval.lo()).add(HALF); // exact
        if (t.compareTo(interval.lo()) < 0) {
            t = t.add(ONE);
        }
        return t.compareTo(interval.hi()) <= 0;
    }

    // ------------------------------------------------------------------ arithmetic

    public DecoratedApfloatInterval add(DecoratedApfloatInterval y) {
        return binary(ApfloatInterval::add, y, true);
    }

    public DecoratedApfloatInterval subtract(DecoratedApfloatInterval y) {
        return binary(ApfloatInterval::subtract, y, true);
    }

    public DecoratedApfloatInterval multiply(DecoratedApfloatInterval y) {
        return binary(ApfloatInterval::multiply, y, true);
    }

    /** {@code x / y}; {@code trv} when {@code 0 ∈ y}. */
    public DecoratedApfloatInterval divide(DecoratedApfloatInterval y) {
        return binary(ApfloatInterval::divide, y, y.excludesZero());
    }

    public DecoratedApfloatInterval negate() {
        return everywhere(ApfloatInterval::negate);
    }

    /** {@code 1/x}; {@code trv} when {@code 0 ∈ x}. */
    public DecoratedApfloatInterval recip() {
        return onDomain(ApfloatIntervalPowers::recip, excludesZero());
    }

    /** {@code x·y + z} (one rounding per bound). */
    public DecoratedApfloatInterval fma(DecoratedApfloatInterval y, DecoratedApfloatInterval z) {
        if (isNaI() || y.isNaI() || z.isNaI()) {
            return nai(Math.max(digits(), Math.max(y.digits(), z.digits())));
        }
        ApfloatInterval r = ApfloatIntervalReductions.fma(interval, y.interval, z.interval);
        return result(r, DecorationRules.continuous(r.isBounded()), this, y, z);
    }

    public DecoratedApfloatInterval sqr() {
        return everywhere(ApfloatInterval::sqr);
    }

    /** {@code √x}; {@code trv} unless {@code x ≥ 0}. */
    public DecoratedApfloatInterval sqrt() {
        return onDomain(ApfloatInterval::sqrt, infAtLeast(ZERO, false));
    }

    /** {@code xⁿ}; {@code trv} for {@code n < 0} when {@code 0 ∈ x}. */
    public DecoratedApfloatInterval pown(int n) {
        return onDomain(x -> x.pow(n), n >= 0 || excludesZero());
    }

    /** 1788 {@code pow(x, y)}; {@code trv} unless the box is in {@code {x > 0} ∪ {x = 0, y > 0}}. */
    public DecoratedApfloatInterval pow(DecoratedApfloatInterval y) {
        return binary(ApfloatInterval::pow, y, DecorationRules.powDomain(signOfInf(), y.infAtLeast(ZERO, true)));
    }

    /** The real n-th root; {@code trv} outside its domain. */
    public DecoratedApfloatInterval rootn(int n) {
        return onDomain(x -> ApfloatIntervalPowers.rootn(x, n), DecorationRules.rootnDomain(n, signOfInf(), excludesZero()));
    }

    public DecoratedApfloatInterval abs() {
        return everywhere(ApfloatInterval::abs);
    }

    public DecoratedApfloatInterval min(DecoratedApfloatInterval y) {
        return binary(ApfloatInterval::min, y, true);
    }

    public DecoratedApfloatInterval max(DecoratedApfloatInterval y) {
        return binary(ApfloatInterval::max, y, true);
    }

    // ------------------------------------------------------------------ elementary functions

    public DecoratedApfloatInterval exp() {
        return everywhere(ApfloatInterval::exp);
    }

    public DecoratedApfloatInterval expm1() {
        return everywhere(ApfloatInterval::expm1);
    }

    /** {@code log x}; {@code trv} unless {@code x > 0}. */
    public DecoratedApfloatInterval log() {
        return onDomain(ApfloatInterval::log, infAtLeast(ZERO, true));
    }

    /** {@code log(1 + x)}; {@code trv} unless {@code x > −1}. */
    public DecoratedApfloatInterval log1p() {
        return onDomain(ApfloatInterval::log1p, infAtLeast(ONE.negate(), true));
    }

    public DecoratedApfloatInterval exp2() {
        return everywhere(ApfloatRigorousExpLogBases::exp2);
    }

    public DecoratedApfloatInterval exp10() {
        return everywhere(ApfloatRigorousExpLogBases::exp10);
    }

    /** {@code log₂ x}; {@code trv} unless {@code x > 0}. */
    public DecoratedApfloatInterval log2() {
        return onDomain(ApfloatRigorousExpLogBases::log2, infAtLeast(ZERO, true));
    }

    /** {@code log₁₀ x}; {@code trv} unless {@code x > 0}. */
    public DecoratedApfloatInterval log10() {
        return onDomain(ApfloatRigorousExpLogBases::log10, infAtLeast(ZERO, true));
    }

    public DecoratedApfloatInterval sin() {
        return everywhere(ApfloatInterval::sin);
    }

    public DecoratedApfloatInterval cos() {
        return everywhere(ApfloatInterval::cos);
    }

    /** {@code tan x}; {@code trv} when the box may hold a pole (then the enclosure is the entire line). */
    public DecoratedApfloatInterval tan() {
        if (isNaI()) {
            return this;
        }
        ApfloatInterval r = interval.tan();
        return result(r, r.isBounded() ? Decoration.com : Decoration.trv, this);
    }

    /** {@code asin x}; {@code trv} unless {@code x ⊆ [−1, 1]}. */
    public DecoratedApfloatInterval asin() {
        return onDomain(ApfloatInterval::asin, infAtLeast(ONE.negate(), false) && supAtMost(ONE, false));
    }

    /** {@code acos x}; {@code trv} unless {@code x ⊆ [−1, 1]}. */
    public DecoratedApfloatInterval acos() {
        return onDomain(ApfloatInterval::acos, infAtLeast(ONE.negate(), false) && supAtMost(ONE, false));
    }

    public DecoratedApfloatInterval atan() {
        return everywhere(ApfloatInterval::atan);
    }

    /** {@code atan2(this, x)} (this is y); the decoration of {@link DecorationRules#atan2(boolean, boolean, boolean, boolean, boolean)}. */
    public DecoratedApfloatInterval atan2(DecoratedApfloatInterval x) {
        if (isNaI() || x.isNaI()) {
            return nai(Math.max(digits(), x.digits()));
        }
        ApfloatInterval r = ApfloatInterval.atan2(interval, x.interval);
        Decoration local = DecorationRules.atan2(interval.contains(ZERO), x.interval.contains(ZERO),
                x.signOfInf() < 0, signOfInf() < 0, r.isBounded());
        return result(r, local, this, x);
    }

    public DecoratedApfloatInterval sinh() {
        return everywhere(ApfloatInterval::sinh);
    }

    public DecoratedApfloatInterval cosh() {
        return everywhere(ApfloatInterval::cosh);
    }

    public DecoratedApfloatInterval tanh() {
        return everywhere(ApfloatInterval::tanh);
    }

    public DecoratedApfloatInterval asinh() {
        return everywhere(ApfloatInterval::asinh);
    }

    /** {@code acosh x}; {@code trv} unless {@code x ≥ 1}. */
    public DecoratedApfloatInterval acosh() {
        return onDomain(ApfloatInterval::acosh, infAtLeast(ONE, false));
    }

    /** {@code atanh x}; {@code trv} unless {@code x ⊆ (−1, 1)}. */
    public DecoratedApfloatInterval atanh() {
        return onDomain(ApfloatInterval::atanh, infAtLeast(ONE.negate(), true) && supAtMost(ONE, true));
    }

    public DecoratedApfloatInterval erf() {
        return everywhere(ApfloatInterval::erf);
    }

    // ------------------------------------------------------------------ integer rounding

    /** {@code sign x}: {@code def} when the sign changes on the box, {@code dac} at most when it holds 0. */
    public DecoratedApfloatInterval sign() {
        return step(ApfloatIntervalRounding::sign, v -> new Apfloat(v.signum()), interval.contains(ZERO));
    }

    public DecoratedApfloatInterval ceil() {
        return step(ApfloatIntervalRounding::ceil, rounding(RoundingMode.CEILING), containsInteger());
    }

    public DecoratedApfloatInterval floor() {
        return step(ApfloatIntervalRounding::floor, rounding(RoundingMode.FLOOR), containsInteger());
    }

    public DecoratedApfloatInterval trunc() {
        return step(ApfloatIntervalRounding::trunc, rounding(RoundingMode.DOWN), containsNonzeroInteger());
    }

    public DecoratedApfloatInterval roundTiesToEven() {
        return step(ApfloatIntervalRounding::roundTiesToEven, rounding(RoundingMode.HALF_EVEN), containsHalfInteger());
    }

    public DecoratedApfloatInterval roundTiesToAway() {
        return step(ApfloatIntervalRounding::roundTiesToAway, rounding(RoundingMode.HALF_UP), containsHalfInteger());
    }

    // ------------------------------------------------------------------ set-level operations (trv)

    public DecoratedApfloatInterval cancelMinus(DecoratedApfloatInterval y) {
        return trivial(ApfloatIntervalCancel::cancelMinus, y);
    }

    public DecoratedApfloatInterval cancelPlus(DecoratedApfloatInterval y) {
        return trivial(ApfloatIntervalCancel::cancelPlus, y);
    }

    public DecoratedApfloatInterval intersection(DecoratedApfloatInterval y) {
        return trivial(ApfloatInterval::intersection, y);
    }

    public DecoratedApfloatInterval convexHull(DecoratedApfloatInterval y) {
        return trivial(ApfloatInterval::hull, y);
    }

    // ------------------------------------------------------------------ comparisons, text

    /** 1788 {@code equal}: set equality of the interval parts; false if either is NaI. */
    public boolean equal(DecoratedApfloatInterval y) {
        return !isNaI() && !y.isNaI() && interval.equals(y.interval);
    }

    /** 1788 {@code subset}; false if either is NaI. */
    public boolean subset(DecoratedApfloatInterval y) {
        return !isNaI() && !y.isNaI() && interval.isSubsetOf(y.interval);
    }

    /** {@code [a, b]_dec} as 1788 writes it ({@code [nai]} for NaI). */
    @Override
    public String toString() {
        return isNaI() ? "[nai]" : interval + "_" + decoration;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecoratedApfloatInterval d && decoration == d.decoration && interval.equals(d.interval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interval, decoration);
    }
}
