package org.taylorkit.interval.itf1788;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.taylorkit.interval.Interval;

/**
 * THE dispatch table from ITL operation names to TaylorKit: one line per operation. An ITL name
 * absent here is reported as "not implemented" (a count in the report, not a failure).
 *
 * <p>Bare vectors (no decorated argument or result) go to {@link #BARE}; vectors with a decoration
 * or {@code [nai]} go to {@link #DECORATED}, empty until a decorated interval type is wired in.
 * An adapter returns the actual results in ITL order: {@link Interval}, {@link Double},
 * {@link Boolean} or {@link String} (an overlap state or decoration).
 */
final class ItlOperations {

    /** An ITL operation: arguments in, results out (in ITL order). */
    interface Operation {
        List<Object> apply(ItlArgs args);
    }

    /** Thrown by an adapter for argument forms it does not support (counted as not implemented). */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what, Throwable cause) {
            super(what, cause);
        }
    }

    static final Map<String, Operation> BARE = new TreeMap<>();
    static final Map<String, Operation> DECORATED = new TreeMap<>();

    static {
        // forward elementary operations (IEEE 1788-2015 §9.1)
        unary("pos", x -> x);
        unary("neg", Interval::negate);
        binary("add", Interval::add);
        binary("sub", Interval::subtract);
        binary("mul", Interval::multiply);
        binary("div", Interval::divide);
        unary("recip", x -> Interval.point(1).divide(x));
        unary("sqr", Interval::sqr);
        unary("sqrt", Interval::sqrt);
        unary("cbrt", Interval::cbrt);
        BARE.put("pown", a -> List.of(a.interval(0).pow(a.integer(1))));
        binary("pow", Interval::pow);
        unary("exp", Interval::exp);
        unary("expm1", Interval::expm1);
        unary("log", Interval::log);
        unary("logp1", Interval::log1p);
        unary("sin", Interval::sin);
        unary("cos", Interval::cos);
        unary("tan", Interval::tan);
        unary("asin", Interval::asin);
        unary("acos", Interval::acos);
        unary("atan", Interval::atan);
        binary("atan2", Interval::atan2);
        unary("sinh", Interval::sinh);
        unary("cosh", Interval::cosh);
        unary("tanh", Interval::tanh);
        unary("asinh", Interval::asinh);
        unary("acosh", Interval::acosh);
        unary("atanh", Interval::atanh);
        unary("abs", Interval::abs);
        binary("min", Interval::min);
        binary("max", Interval::max);
        // set operations (§9.3)
        binary("intersection", Interval::intersection);
        binary("convexHull", Interval::hull);
        // numeric functions (§9.4)
        number("inf", Interval::inf);
        number("sup", Interval::sup);
        number("mid", Interval::mid);
        number("wid", Interval::wid);
        number("rad", Interval::rad);
        number("mag", Interval::mag);
        number("mig", Interval::mig);
        BARE.put("midRad", a -> List.of(a.interval(0).mid(), a.interval(0).rad()));
        // boolean functions (§9.5)
        predicate("isEmpty", Interval::isEmpty);
        predicate("isEntire", Interval::isEntire);
        predicate("isSingleton", Interval::isPoint);
        predicate("isCommonInterval", x -> !x.isEmpty() && x.isBounded());
        BARE.put("isMember", a -> List.of(a.interval(1).contains(a.number(0))));
        relation("equal", Interval::equals);
        relation("subset", Interval::subsetOf);
        relation("interior", Interval::interior);
        relation("disjoint", Interval::disjoint);
        // constructors (§10.5)
        BARE.put("b-numsToInterval", a -> List.of(Interval.of(a.number(0), a.number(1))));
        BARE.put("b-textToInterval", a -> List.of(parse(a.string(0))));
    }

    private ItlOperations() {
    }

    private static void unary(String name, UnaryOperator<Interval> f) {
        BARE.put(name, a -> List.of(f.apply(a.interval(0))));
    }

    private static void binary(String name, BiFunction<Interval, Interval, Interval> f) {
        BARE.put(name, a -> List.of(f.apply(a.interval(0), a.interval(1))));
    }

    private static void number(String name, ToDoubleFunction<Interval> f) {
        BARE.put(name, a -> List.of(f.applyAsDouble(a.interval(0))));
    }

    private static void predicate(String name, Predicate<Interval> f) {
        BARE.put(name, a -> List.of(f.test(a.interval(0))));
    }

    private static void relation(String name, BiFunction<Interval, Interval, Boolean> f) {
        BARE.put(name, a -> List.of(f.apply(a.interval(0), a.interval(1))));
    }

    /** {@link Interval#parse} supports a subset of the standard's text forms: others are unsupported. */
    private static Interval parse(String text) {
        try {
            return Interval.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Unsupported("text form not supported by Interval.parse: \"" + text + "\"", e);
        }
    }

    /** The operation for a vector, or {@code null} when not implemented. */
    static Operation lookup(ItlVector v) {
        return (v.decorated() ? DECORATED : BARE).get(v.operation());
    }

    /** The report's key for a vector's operation ({@code exp} or {@code exp (decorated)}). */
    static String key(ItlVector v) {
        return v.decorated() ? v.operation() + " (decorated)" : v.operation();
    }
}
