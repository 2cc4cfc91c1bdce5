package org.taylorkit.interval.function;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.DecoratedApfloatInterval;

/**
 * {@link Arithmetic} over {@link DecoratedApfloatInterval} at a fixed number of significant digits:
 * evaluating an expression gives a rigorous high-precision enclosure of its range (as
 * {@link ApfloatIntervalArithmetic}) with an IEEE 1788 decoration that is a proof about the whole
 * box — {@code com}: every operation defined and continuous on its argument box and every
 * intermediate result bounded; {@code dac}: the same with some result unbounded; {@code def}:
 * defined, possibly discontinuous; {@code trv}: nothing proved; NaI propagates. The decoration
 * rules are those of the double {@link DecoratedIntervalArithmetic}, shared with it: the
 * decorated operations of {@link DecoratedApfloatInterval} (decided by
 * {@code org.taylorkit.interval.DecorationRules}) and, for the other catalogue functions, their
 * rigorous enclosure ({@link RigorousFunctions#of}) decorated as {@link CatalogueDecoration} decides.
 * {@link #pow(DecoratedApfloatInterval, int)} is 1788 {@code pown},
 * {@link #pow(DecoratedApfloatInterval, DecoratedApfloatInterval)} 1788 {@code pow}.
 *
 * <p>Constants are {@code com} points (or tightest enclosures at {@link #digits()} digits). Division
 * by {@code [0, 0]} is {@code ∅_trv} (set semantics); by the integer 0 it throws
 * {@link ArithmeticException} (a programmer error). {@link #signum}, {@link #toDouble},
 * {@link #norm} and {@link #isZero} read the interval part. Immutable, thread-safe.
 */
public final class DecoratedApfloatIntervalArithmetic implements Arithmetic<DecoratedApfloatInterval> {

    private static final Map<String, UnaryOperator<DecoratedApfloatInterval>> DEDICATED = Map.ofEntries(
            Map.entry("sqrt", DecoratedApfloatInterval::sqrt), Map.entry("exp", DecoratedApfloatInterval::exp),
            Map.entry("expm1", DecoratedApfloatInterval::expm1), Map.entry("log", DecoratedApfloatInterval::log),
            Map.entry("log1p", DecoratedApfloatInterval::log1p), Map.entry("exp2", DecoratedApfloatInterval::exp2),
            Map.entry("exp10", DecoratedApfloatInterval::exp10), Map.entry("log2", DecoratedApfloatInterval::log2),
            Map.entry("log10", DecoratedApfloatInterval::log10), Map.entry("sin", DecoratedApfloatInterval::sin),
            Map.entry("cos", DecoratedApfloatInterval::cos), Map.entry("tan", DecoratedApfloatInterval::tan),
            Map.entry("asin", DecoratedApfloatInterval::asin), Map.entry("acos", DecoratedApfloatInterval::acos),
            Map.entry("atan", DecoratedApfloatInterval::atan), Map.entry("sinh", DecoratedApfloatInterval::sinh),
            Map.entry("cosh", DecoratedApfloatInterval::cosh), Map.entry("tanh", DecoratedApfloatInterval::tanh),
            Map.entry("asinh", DecoratedApfloatInterval::asinh), Map.entry("acosh", DecoratedApfloatInterval::acosh),
            Map.entry("atanh", DecoratedApfloatInterval::atanh), Map.entry("abs", DecoratedApfloatInterval::abs),
            Map.entry("erf", DecoratedApfloatInterval::erf));

    private final ApfloatIntervalArithmetic bare;

    private DecoratedApfloatIntervalArithmetic(ApfloatIntervalArithmetic bare) {
        this.bare = bare;
    }

    /**
     * The decorated arithmetic at {@code digits} significant decimal digits.
     *
     * @throws IllegalArgumentException if {@code digits < 1}
     */
    public static DecoratedApfloatIntervalArithmetic ofDigits(int digits) {
        return new DecoratedApfloatIntervalArithmetic(ApfloatIntervalArithmetic.ofDigits(digits));
    }

    /** The number of significant digits constants are given at. */
    public long digits() {
        return bare.digits();
    }

    private static DecoratedApfloatInterval of(ApfloatInterval x) {
        return DecoratedApfloatInterval.of(x);
    }

    @Override public DecoratedApfloatInterval zero() { return of(bare.zero()); }
    @Override public DecoratedApfloatInterval one() { return of(bare.one()); }

    /** {@code [v, v]_com} with the exact value of {@code v}; NaN or infinite throws {@link IllegalArgumentException}. */
    @Override public DecoratedApfloatInterval fromDouble(double v) { return of(bare.fromDouble(v)); }

    @Override public DecoratedApfloatInterval fromDecimal(String decimal) { return of(bare.fromDecimal(decimal)); }
    @Override public DecoratedApfloatInterval pi() { return of(bare.pi()); }
    @Override public DecoratedApfloatInterval[] newArray(int n) { return new DecoratedApfloatInterval[n]; }
    @Override public DecoratedApfloatInterval add(DecoratedApfloatInterval a, DecoratedApfloatInterval b) { return a.add(b); }
    @Override public DecoratedApfloatInterval subtract(DecoratedApfloatInterval a, DecoratedApfloatInterval b) { return a.subtract(b); }
    @Override public DecoratedApfloatInterval negate(DecoratedApfloatInterval a) { return a.negate(); }
    @Override public DecoratedApfloatInterval multiply(DecoratedApfloatInterval a, DecoratedApfloatInterval b) { return a.multiply(b); }
    @Override public DecoratedApfloatInterval multiply(DecoratedApfloatInterval a, int n) { return a.multiply(of(bare.fromDouble(n))); }
    @Override public DecoratedApfloatInterval scale(DecoratedApfloatInterval a, double s) { return a.multiply(of(bare.fromDouble(s))); }

    /** {@code a/b}, decorated {@code trv} when {@code 0 ∈ b} ({@code ∅_trv} for {@code b = [0, 0]}). */
    @Override public DecoratedApfloatInterval divide(DecoratedApfloatInterval a, DecoratedApfloatInterval b) { return a.divide(b); }

    /** {@code a/n}; {@code n = 0} throws {@link ArithmeticException}. */
    @Override
    public DecoratedApfloatInterval divide(DecoratedApfloatInterval a, int n) {
        if (n == 0) {
            throw new ArithmeticException("decorated Apfloat interval division by the integer 0: " + a + " / 0");
        }
        return a.divide(of(bare.fromDouble(n)));
    }

    @Override
    public boolean isZero(DecoratedApfloatInterval a) {
        return !a.isNaI() && a.interval().isZero();
    }

    /** The sign of the interval part ({@link ApfloatIntervalArithmetic#signum}); NaI throws {@link ArithmeticException}. */
    @Override
    public int signum(DecoratedApfloatInterval a) {
        if (a.isNaI()) {
            throw new ArithmeticException("the sign of NaI (not an interval) is not determined");
        }
        return bare.signum(a.interval());
    }

    /** The midpoint of the interval part as a double (NaN for NaI). */
    @Override public double toDouble(DecoratedApfloatInterval a) { return a.isNaI() ? Double.NaN : bare.toDouble(a.interval()); }

    /** The magnitude of the interval part rounded up (NaN for NaI). */
    @Override public double norm(DecoratedApfloatInterval a) { return a.isNaI() ? Double.NaN : bare.norm(a.interval()); }

    @Override
    public DecoratedApfloatInterval apply(ElementaryFunction f, DecoratedApfloatInterval a) {
        UnaryOperator<DecoratedApfloatInterval> dedicated = DEDICATED.get(f.name());
        if (dedicated != null) {
            return dedicated.apply(a);
        }
        if (a.isNaI()) {
            return a;
        }
        RigorousFunction r = RigorousFunctions.of(f);
        return a.map(x -> r.enclose(x, Math.max(x.digits(), bare.digits())),
                CatalogueDecoration.provedContinuous(f, a.interval()));
    }

    /** 1788 {@code pown}: {@code trv} for {@code n < 0} when {@code 0 ∈ a}. */
    @Override public DecoratedApfloatInterval pow(DecoratedApfloatInterval a, int n) { return a.pown(n); }

    /** 1788 {@code pow}: {@code trv} unless the box is in {@code {x > 0} ∪ {x = 0, y > 0}}. */
    @Override public DecoratedApfloatInterval pow(DecoratedApfloatInterval a, DecoratedApfloatInterval b) { return a.pow(b); }

    @Override public DecoratedApfloatInterval atan2(DecoratedApfloatInterval y, DecoratedApfloatInterval x) { return y.atan2(x); }

    @Override
    public String toString() {
        return "DecoratedApfloatIntervalArithmetic[" + digits() + " digits]";
    }
}
