package org.taylorkit.interval.itf1788;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.math.RoundingMode;
import org.taylorkit.interval.DecoratedInterval;
import org.taylorkit.interval.DecoratedReverse;
import org.taylorkit.interval.Decoration;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.function.Functions;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.RigorousFunctions;
import org.taylorkit.interval.RigorousExpLogBases;
import org.taylorkit.interval.IntervalCancel;
import org.taylorkit.interval.IntervalLiterals;
import org.taylorkit.interval.IntervalPowers;
import org.taylorkit.interval.IntervalReductions;
import org.taylorkit.interval.IntervalRelations;
import org.taylorkit.interval.IntervalReverse;
import org.taylorkit.interval.IntervalRounding;
import org.taylorkit.interval.IntervalTrigReverse;

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
    private static final DecoratedInterval ENTIRE = DecoratedInterval.of(Interval.entire());

    static {
        // forward elementary operations (IEEE 1788-2015 §9.1)
        unary("pos", x -> x);
        unary("neg", Interval::negate);
        binary("add", Interval::add);
        binary("sub", Interval::subtract);
        binary("mul", Interval::multiply);
        binary("div", Interval::divide);
        unary("sqr", Interval::sqr);
        unary("sqrt", Interval::sqrt);
        unary("cbrt", Interval::cbrt);
        unary("exp", Interval::exp);
        unary("expm1", Interval::expm1);
        unary("log", Interval::log);
        unary("exp2", RigorousExpLogBases::exp2);
        unary("exp10", RigorousExpLogBases::exp10);
        unary("log2", RigorousExpLogBases::log2);
        unary("log10", RigorousExpLogBases::log10);
        for (String f : new String[] {"sec", "csc", "cot", "sech", "csch", "coth", "acoth"}) {
            ElementaryFunction fn = Functions.byName(f).orElseThrow();
            unary(f, x -> RigorousFunctions.of(fn).enclose(x));
        }
        unary("acot", org.taylorkit.interval.RigorousReciprocal::acot);
        binary("hypot", org.taylorkit.interval.RigorousHypot::hypot);
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
        // IEEE 1788 operations of the ieee1788 branch (IntervalPowers, IntervalRounding, IntervalCancel,
        // IntervalRelations, IntervalReverse, IntervalTrigReverse, IntervalReductions, IntervalLiterals)
        unary("recip", IntervalPowers::recip);
        BARE.put("pown", a -> List.of(IntervalPowers.pown(a.interval(0), a.integer(1))));
        binary("pow", IntervalPowers::pow);
        BARE.put("rootn", a -> List.of(IntervalPowers.rootn(a.interval(0), a.integer(1))));
        BARE.put("fma", a -> List.of(IntervalReductions.fma(a.interval(0), a.interval(1), a.interval(2))));
        unary("sign", IntervalRounding::sign);
        unary("ceil", IntervalRounding::ceil);
        unary("floor", IntervalRounding::floor);
        unary("trunc", IntervalRounding::trunc);
        unary("roundTiesToEven", IntervalRounding::roundTiesToEven);
        unary("roundTiesToAway", IntervalRounding::roundTiesToAway);
        binary("cancelMinus", IntervalCancel::cancelMinus);
        binary("cancelPlus", IntervalCancel::cancelPlus);
        relation("less", IntervalRelations::less);
        relation("strictLess", IntervalRelations::strictLess);
        relation("precedes", IntervalRelations::precedes);
        relation("strictPrecedes", IntervalRelations::strictPrecedes);
        BARE.put("overlap", a -> List.of(IntervalRelations.overlap(a.interval(0), a.interval(1)).name()));
        unary("sqrRev", IntervalReverse::sqrRev);
        binary("sqrRevBin", IntervalReverse::sqrRev);
        unary("absRev", IntervalReverse::absRev);
        binary("absRevBin", IntervalReverse::absRev);
        BARE.put("pownRev", a -> List.of(IntervalReverse.pownRev(a.interval(0), a.integer(1))));
        BARE.put("pownRevBin", a -> List.of(IntervalReverse.pownRev(a.interval(0), a.interval(1), a.integer(2))));
        unary("sinRev", IntervalTrigReverse::sinRev);
        binary("sinRevBin", IntervalTrigReverse::sinRev);
        unary("cosRev", IntervalTrigReverse::cosRev);
        binary("cosRevBin", IntervalTrigReverse::cosRev);
        unary("tanRev", IntervalTrigReverse::tanRev);
        binary("tanRevBin", IntervalTrigReverse::tanRev);
        unary("coshRev", IntervalReverse::coshRev);
        binary("coshRevBin", IntervalReverse::coshRev);
        binary("mulRev", IntervalReverse::mulRev);
        BARE.put("mulRevTen", a -> List.of(IntervalReverse.mulRev(a.interval(0), a.interval(1), a.interval(2))));
        BARE.put("mulRevToPair", a -> List.of((Object[]) IntervalReverse.mulRevToPair(a.interval(0), a.interval(1))));
        BARE.put("powRev1", a -> List.of(IntervalReverse.powRev1(a.interval(0), a.interval(1), a.interval(2))));
        BARE.put("powRev2", a -> List.of(IntervalReverse.powRev2(a.interval(0), a.interval(1), a.interval(2))));
        BARE.put("sum_nearest", a -> List.of(IntervalReductions.sum(a.numbers(0), RoundingMode.HALF_EVEN)));
        BARE.put("dot_nearest", a -> List.of(IntervalReductions.dot(a.numbers(0), a.numbers(1), RoundingMode.HALF_EVEN)));
        BARE.put("sum_sqr_nearest", a -> List.of(IntervalReductions.sumSquare(a.numbers(0), RoundingMode.HALF_EVEN)));
        BARE.put("sum_abs_nearest", a -> List.of(IntervalReductions.sumAbs(a.numbers(0), RoundingMode.HALF_EVEN)));
        // constructors (§10.5)
        BARE.put("b-numsToInterval", a -> List.of(Interval.of(a.number(0), a.number(1))));
        BARE.put("b-textToInterval", a -> List.of(IntervalLiterals.textToInterval(a.string(0))));
    }

    static {
        // decorated versions (DecoratedInterval, DecoratedReverse of the ieee1788 branch)
        dunary("pos", x -> x);
        dunary("neg", DecoratedInterval::negate);
        dbinary("add", DecoratedInterval::add);
        dbinary("sub", DecoratedInterval::subtract);
        dbinary("mul", DecoratedInterval::multiply);
        dbinary("div", DecoratedInterval::divide);
        dunary("recip", DecoratedInterval::recip);
        dunary("sqr", DecoratedInterval::sqr);
        dunary("sqrt", DecoratedInterval::sqrt);
        DECORATED.put("pown", a -> List.of(a.decorated(0).pown(a.integer(1))));
        dbinary("pow", DecoratedInterval::pow);
        DECORATED.put("fma", a -> List.of(a.decorated(0).fma(a.decorated(1), a.decorated(2))));
        dunary("exp", DecoratedInterval::exp);
        dunary("log", DecoratedInterval::log);
        dunary("exp2", DecoratedInterval::exp2);
        dunary("exp10", DecoratedInterval::exp10);
        dunary("log2", DecoratedInterval::log2);
        dunary("log10", DecoratedInterval::log10);
        dunary("sin", DecoratedInterval::sin);
        dunary("cos", DecoratedInterval::cos);
        dunary("tan", DecoratedInterval::tan);
        dunary("asin", DecoratedInterval::asin);
        dunary("acos", DecoratedInterval::acos);
        dunary("atan", DecoratedInterval::atan);
        dbinary("atan2", DecoratedInterval::atan2);
        dunary("sinh", DecoratedInterval::sinh);
        dunary("cosh", DecoratedInterval::cosh);
        dunary("tanh", DecoratedInterval::tanh);
        dunary("asinh", DecoratedInterval::asinh);
        dunary("acosh", DecoratedInterval::acosh);
        dunary("atanh", DecoratedInterval::atanh);
        dunary("abs", DecoratedInterval::abs);
        dbinary("min", DecoratedInterval::min);
        dbinary("max", DecoratedInterval::max);
        dunary("sign", DecoratedInterval::sign);
        dunary("ceil", DecoratedInterval::ceil);
        dunary("floor", DecoratedInterval::floor);
        dunary("trunc", DecoratedInterval::trunc);
        dunary("roundTiesToEven", DecoratedInterval::roundTiesToEven);
        dunary("roundTiesToAway", DecoratedInterval::roundTiesToAway);
        dbinary("cancelMinus", DecoratedInterval::cancelMinus);
        dbinary("cancelPlus", DecoratedInterval::cancelPlus);
        dbinary("intersection", DecoratedInterval::intersection);
        dbinary("convexHull", DecoratedInterval::convexHull);
        dbinary("sqrRevBin", DecoratedReverse::sqrRev);
        dunary("sqrRev", c -> DecoratedReverse.sqrRev(c, ENTIRE));
        dbinary("absRevBin", DecoratedReverse::absRev);
        dunary("absRev", c -> DecoratedReverse.absRev(c, ENTIRE));
        DECORATED.put("pownRev", a -> List.of(DecoratedReverse.pownRev(a.decorated(0), ENTIRE, a.integer(1))));
        DECORATED.put("pownRevBin", a -> List.of(DecoratedReverse.pownRev(a.decorated(0), a.decorated(1), a.integer(2))));
        dbinary("sinRevBin", DecoratedReverse::sinRev);
        dunary("sinRev", c -> DecoratedReverse.sinRev(c, ENTIRE));
        dbinary("cosRevBin", DecoratedReverse::cosRev);
        dunary("cosRev", c -> DecoratedReverse.cosRev(c, ENTIRE));
        dbinary("tanRevBin", DecoratedReverse::tanRev);
        dunary("tanRev", c -> DecoratedReverse.tanRev(c, ENTIRE));
        dbinary("coshRevBin", DecoratedReverse::coshRev);
        dunary("coshRev", c -> DecoratedReverse.coshRev(c, ENTIRE));
        dbinary("mulRev", (b, c) -> DecoratedReverse.mulRev(b, c, ENTIRE));
        DECORATED.put("mulRevTen", a -> List.of(DecoratedReverse.mulRev(a.decorated(0), a.decorated(1), a.decorated(2))));
        DECORATED.put("mulRevToPair", a -> List.of((Object[]) DecoratedReverse.mulRevToPair(a.decorated(0), a.decorated(1))));
        // functions of the interval part: false / NaN for NaI (ITF1788's convention)
        for (String name : List.of("isEmpty", "isEntire", "isSingleton", "isCommonInterval", "isMember", "equal", "subset",
                "interior", "disjoint", "less", "strictLess", "precedes", "strictPrecedes")) {
            DECORATED.put(name, ofIntervalParts(BARE.get(name), List.of(false)));
        }
        for (String name : List.of("inf", "sup", "mid", "wid", "rad", "mag", "mig")) {
            DECORATED.put(name, ofIntervalParts(BARE.get(name), List.of(Double.NaN)));
        }
        DECORATED.put("midRad", ofIntervalParts(BARE.get("midRad"), List.of(Double.NaN, Double.NaN)));
        DECORATED.put("overlap", ofIntervalParts(BARE.get("overlap"), List.of("undefined")));
        DECORATED.put("isNaI", a -> List.of(a.isNaI(0)));
        DECORATED.put("decorationPart", a -> List.of(a.decorated(0).decoration().name()));
        DECORATED.put("intervalPart", a -> List.of(a.decorated(0).interval()));
        DECORATED.put("newDec", a -> List.of(DecoratedInterval.of(a.interval(0))));
        DECORATED.put("setDec", a -> List.of(DecoratedInterval.of(a.interval(0), a.decoration(1))));
        DECORATED.put("d-textToInterval", a -> List.of(IntervalLiterals.textToDecoratedInterval(a.string(0))));
        DECORATED.put("d-numsToInterval", a -> {
            try {
                return List.of(DecoratedInterval.of(Interval.of(a.number(0), a.number(1))));
            } catch (IllegalArgumentException e) {
                return List.of(DecoratedInterval.nai());
            }
        });
    }

    private ItlOperations() {
    }

    private static void dunary(String name, UnaryOperator<DecoratedInterval> f) {
        DECORATED.put(name, a -> List.of(f.apply(a.decorated(0))));
    }

    private static void dbinary(String name, BiFunction<DecoratedInterval, DecoratedInterval, DecoratedInterval> f) {
        DECORATED.put(name, a -> List.of(f.apply(a.decorated(0), a.decorated(1))));
    }

    /** A bare operation on the interval parts, or {@code ifNaI} when an argument is NaI. */
    private static Operation ofIntervalParts(Operation bare, List<Object> ifNaI) {
        return a -> a.anyNaI() ? ifNaI : bare.apply(a);
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

    /** The operation for a vector, or {@code null} when not implemented. */
    static Operation lookup(ItlVector v) {
        return (v.decorated() ? DECORATED : BARE).get(v.operation());
    }

    /** The report's key for a vector's operation ({@code exp} or {@code exp (decorated)}). */
    static String key(ItlVector v) {
        return v.decorated() ? v.operation() + " (decorated)" : v.operation();
    }
}
