package org.taylorkit.interval.function;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.interval.DecoratedInterval;
import org.taylorkit.interval.Interval;

/**
 * {@link Arithmetic} over {@link DecoratedInterval} (IEEE 1788 decorated intervals): evaluating an
 * expression in it gives a rigorous enclosure of the expression's range together with a
 * decoration that is a proof about the whole box: {@code com} — every operation defined and
 * continuous on its argument box and every intermediate result bounded; {@code dac} — defined and
 * continuous but some result unbounded; {@code def} — defined, possibly discontinuous;
 * {@code trv} — nothing proved (some box left a function's domain: {@code sqrt([−1, 4])},
 * {@code 1/[−1, 1]}); NaI ({@code ill}) propagates. Each operation's decoration is the minimum of
 * its local decoration and its inputs' (§11.7), so the final decoration holds for the whole
 * expression. {@code √x} over {@code [−1, 4]} is {@code [0, 2]_trv}; {@code 1/x} over
 * {@code [1, 2]} is {@code [0.5, 1]_com}.
 *
 * <p>Operations: the decorated operations of {@link DecoratedInterval}; catalogue functions with a
 * dedicated decorated method use it, the others their rigorous enclosure
 * ({@link RigorousFunctions#of}) decorated {@code com}/{@code dac} where the function is proved
 * analytic on the box ({@link RigorousFunction#notAnalyticOn} is {@code null}; cbrt: everywhere),
 * {@code trv} otherwise. {@link #pow(DecoratedInterval, int)} is 1788 {@code pown} and
 * {@link #pow(DecoratedInterval, DecoratedInterval)} 1788 {@code pow} (domain {@code x > 0} or
 * {@code x = 0, y > 0}); the expression layer calls the first for integer literal exponents.
 * Constants ({@link #fromDouble}, {@link #fromDecimal}, {@link #pi}) are {@code com}.
 *
 * <p>Set semantics instead of exceptions: {@link #divide(DecoratedInterval, DecoratedInterval)} by
 * {@code [0, 0]} is {@code ∅_trv} (the decoration records the failure; this departs from the
 * {@code Arithmetic} contract's exception, as the standard requires); {@link #divide(DecoratedInterval, int)}
 * by the integer 0 still throws ({@link ArithmeticException}: a programmer error).
 * {@link #signum}, {@link #toDouble}, {@link #norm} and {@link #isZero} read the interval part
 * (signum throws for NaI and for intervals containing 0 and other values). Stateless, thread-safe.
 */
public final class DecoratedIntervalArithmetic implements Arithmetic<DecoratedInterval> {

    /** The single instance. */
    public static final DecoratedIntervalArithmetic INSTANCE = new DecoratedIntervalArithmetic();

    private static final Map<String, UnaryOperator<DecoratedInterval>> DEDICATED = Map.ofEntries(
            Map.entry("sqrt", DecoratedInterval::sqrt), Map.entry("exp", DecoratedInterval::exp),
            Map.entry("expm1", DecoratedInterval::expm1), Map.entry("log", DecoratedInterval::log),
            Map.entry("log1p", DecoratedInterval::log1p), Map.entry("exp2", DecoratedInterval::exp2),
            Map.entry("exp10", DecoratedInterval::exp10), Map.entry("log2", DecoratedInterval::log2),
            Map.entry("log10", DecoratedInterval::log10), Map.entry("sin", DecoratedInterval::sin),
            Map.entry("cos", DecoratedInterval::cos), Map.entry("tan", DecoratedInterval::tan),
            Map.entry("asin", DecoratedInterval::asin), Map.entry("acos", DecoratedInterval::acos),
            Map.entry("atan", DecoratedInterval::atan), Map.entry("sinh", DecoratedInterval::sinh),
            Map.entry("cosh", DecoratedInterval::cosh), Map.entry("tanh", DecoratedInterval::tanh),
            Map.entry("asinh", DecoratedInterval::asinh), Map.entry("acosh", DecoratedInterval::acosh),
            Map.entry("atanh", DecoratedInterval::atanh), Map.entry("abs", DecoratedInterval::abs));

    private DecoratedIntervalArithmetic() {
    }

    private static DecoratedInterval of(Interval x) {
        return DecoratedInterval.of(x);
    }

    @Override public DecoratedInterval zero() { return of(Interval.zero()); }
    @Override public DecoratedInterval one() { return of(Interval.one()); }

    /** {@code [v, v]_com}; NaN or infinite {@code v} throws {@link IllegalArgumentException}. */
    @Override public DecoratedInterval fromDouble(double v) { return of(Interval.point(v)); }

    @Override public DecoratedInterval fromDecimal(String decimal) { return of(Interval.fromDecimal(decimal)); }
    @Override public DecoratedInterval pi() { return of(Interval.pi()); }
    @Override public DecoratedInterval[] newArray(int n) { return new DecoratedInterval[n]; }
    @Override public DecoratedInterval add(DecoratedInterval a, DecoratedInterval b) { return a.add(b); }
    @Override public DecoratedInterval subtract(DecoratedInterval a, DecoratedInterval b) { return a.subtract(b); }
    @Override public DecoratedInterval negate(DecoratedInterval a) { return a.negate(); }
    @Override public DecoratedInterval multiply(DecoratedInterval a, DecoratedInterval b) { return a.multiply(b); }
    @Override public DecoratedInterval multiply(DecoratedInterval a, int n) { return a.multiply(of(Interval.point(n))); }
    @Override public DecoratedInterval scale(DecoratedInterval a, double s) { return a.multiply(of(Interval.point(s))); }

    /** {@code a/b}, decorated {@code trv} when {@code 0 ∈ b} ({@code ∅_trv} for {@code b = [0, 0]}). */
    @Override public DecoratedInterval divide(DecoratedInterval a, DecoratedInterval b) { return a.divide(b); }

    /** {@code a/n}; {@code n = 0} throws {@link ArithmeticException}. */
    @Override
    public DecoratedInterval divide(DecoratedInterval a, int n) {
        if (n == 0) {
            throw new ArithmeticException("decorated interval division by the integer 0: " + a + " / 0");
        }
        return a.divide(of(Interval.point(n)));
    }

    @Override
    public boolean isZero(DecoratedInterval a) {
        return !a.isNaI() && IntervalArithmetic.INSTANCE.isZero(a.interval());
    }

    /** The sign of the interval part ({@link IntervalArithmetic#signum}); NaI throws {@link ArithmeticException}. */
    @Override
    public int signum(DecoratedInterval a) {
        if (a.isNaI()) {
            throw new ArithmeticException("the sign of NaI (not an interval) is not determined");
        }
        return IntervalArithmetic.INSTANCE.signum(a.interval());
    }

    /** The midpoint of the interval part (NaN for NaI). */
    @Override public double toDouble(DecoratedInterval a) { return a.isNaI() ? Double.NaN : a.interval().mid(); }

    /** The magnitude of the interval part (NaN for NaI). */
    @Override public double norm(DecoratedInterval a) { return a.isNaI() ? Double.NaN : a.interval().mag(); }

    @Override
    public DecoratedInterval apply(ElementaryFunction f, DecoratedInterval a) {
        UnaryOperator<DecoratedInterval> dedicated = DEDICATED.get(f.name());
        if (dedicated != null) {
            return dedicated.apply(a);
        }
        if (a.isNaI()) {
            return a;
        }
        RigorousFunction r = RigorousFunctions.of(f);
        return a.map(r::enclose, CatalogueDecoration.provedContinuous(f, a.interval()));
    }

    /** 1788 {@code pown}: {@code trv} for {@code n < 0} when {@code 0 ∈ a}. */
    @Override public DecoratedInterval pow(DecoratedInterval a, int n) { return a.pown(n); }

    /** 1788 {@code pow}: {@code trv} unless the box is in {@code {x > 0} ∪ {x = 0, y > 0}}. */
    @Override public DecoratedInterval pow(DecoratedInterval a, DecoratedInterval b) { return a.pow(b); }

    @Override public DecoratedInterval atan2(DecoratedInterval y, DecoratedInterval x) { return y.atan2(x); }
}
