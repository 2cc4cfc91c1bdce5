package org.taylorkit.interval.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.probe.ProbeReference.apfloat;
import static org.taylorkit.interval.probe.ProbeReference.apfloatAbsolute;
import static org.taylorkit.interval.probe.ProbeReference.justAbove;
import static org.taylorkit.interval.probe.ProbeReference.justBelow;
import static org.taylorkit.interval.probe.ProbeReference.outOfDomain;
import static org.taylorkit.interval.probe.ProbeReference.series;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.RigorousReciprocal;

/**
 * Containment probe of every rigorous function of {@link Interval} over the whole exponent range
 * (issue 13): at each of the {@link ProbeArguments} (subnormal, tiny, huge, branch boundaries,
 * both signs, zero) the point interval {@code f([x, x])} and the thin interval
 * {@code f([x, nextUp x])} must contain the independent reference ({@link ProbeReference}: Apfloat
 * {@code ApfloatMath} at 80 digits, Maclaurin polynomials in exact decimals for tiny arguments,
 * exact decimal powers). One test per function; every violation is listed. Counts per function are
 * printed at the end.
 */
class RigorousFunctionProbeTest {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final double MAX = Double.MAX_VALUE;
    private static final double TINY = 1e-15;
    private static final double HUGE = 4096;
    static final Map<String, Integer> COUNTS = new TreeMap<>();
    private static final java.util.Set<String> RECIPROCAL_TRIG = java.util.Set.of("sec", "csc", "cot");
    private static final java.util.Set<String> PERIODIC = java.util.Set.of("sin", "cos", "tan", "sec", "csc", "cot");

    /** A function under probe and its reference. */
    record Probe(String name, UnaryOperator<Interval> f, DoubleFunction<ProbeReference> ref) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Probe> probes() {
        return Stream.of(
            new Probe("exp", Interval::exp, x -> x > HUGE ? justAbove(MAX) : x < -HUGE ? justAbove(0.0) : apfloat(ApfloatMath::exp, x)),
            new Probe("expm1", Interval::expm1, x -> Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 0, 1, 1, 1, 1, 2, 1, 6, 1, 24, 1, 120)
                    : x > HUGE ? justAbove(MAX) : x < -HUGE ? justAbove(-1.0)
                    : apfloat(a -> ApfloatMath.exp(a).subtract(new Apfloat(1)), x)),
            new Probe("log", Interval::log, x -> x <= 0 ? outOfDomain() : apfloat(ApfloatMath::log, x)),
            new Probe("log1p", Interval::log1p, x -> x <= -1 ? outOfDomain() : Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 0, 1, 1, 1, -1, 2, 1, 3, -1, 4, 1, 5)
                    : ProbeReference.value(new BigDecimal(ApfloatMath.log(onePlus(x)).toString(true)))),
            new Probe("sqrt", Interval::sqrt, x -> x < 0 ? outOfDomain() : apfloat(ApfloatMath::sqrt, x)),
            new Probe("cbrt", Interval::cbrt, x -> apfloat(ApfloatMath::cbrt, x)),
            new Probe("sqr", Interval::sqr, x -> ProbeReference.value(new BigDecimal(x).pow(2))),
            new Probe("pown3", v -> v.pow(3), x -> ProbeReference.value(new BigDecimal(x).pow(3))),
            new Probe("pown-1", v -> v.pow(-1), x -> x == 0 ? outOfDomain() : ProbeReference.value(ONE.divide(new BigDecimal(x), new MathContext(90)))),
            new Probe("pown-2", v -> v.pow(-2), x -> x == 0 ? outOfDomain() : ProbeReference.value(ONE.divide(new BigDecimal(x).pow(2), new MathContext(90)))),
            new Probe("sin", Interval::sin, x -> Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 0, 1, 1, 1, 0, 1, -1, 6, 0, 1, 1, 120) : apfloatAbsolute(ApfloatMath::sin, x)),
            new Probe("cos", Interval::cos, x -> Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 1, 1, 0, 1, -1, 2, 0, 1, 1, 24) : apfloatAbsolute(ApfloatMath::cos, x)),
            new Probe("tan", Interval::tan, x -> Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 0, 1, 1, 1, 0, 1, 1, 3, 0, 1, 2, 15) : apfloatAbsolute(ApfloatMath::tan, x)),
            new Probe("asin", Interval::asin, x -> Math.abs(x) > 1 ? outOfDomain() : Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 0, 1, 1, 1, 0, 1, 1, 6, 0, 1, 3, 40) : apfloat(ApfloatMath::asin, x)),
            new Probe("acos", Interval::acos, x -> Math.abs(x) > 1 ? outOfDomain() // Apfloat's own acos fails at some points
                    : apfloat(a -> ApfloatMath.pi(ProbeReference.DIGITS + 10).divide(new Apfloat(2)).subtract(ApfloatMath.asin(a)), x)),
            new Probe("atan", Interval::atan, x -> Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 0, 1, 1, 1, 0, 1, -1, 3, 0, 1, 1, 5) : apfloat(ApfloatMath::atan, x)),
            new Probe("sinh", Interval::sinh, x -> Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 0, 1, 1, 1, 0, 1, 1, 6, 0, 1, 1, 120)
                    : x > HUGE ? justAbove(MAX) : x < -HUGE ? justBelow(-MAX) : apfloat(ApfloatMath::sinh, x)),
            new Probe("cosh", Interval::cosh, x -> Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 1, 1, 0, 1, 1, 2, 0, 1, 1, 24)
                    : Math.abs(x) > HUGE ? justAbove(MAX) : apfloat(ApfloatMath::cosh, x)),
            new Probe("tanh", Interval::tanh, x -> Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 0, 1, 1, 1, 0, 1, -1, 3, 0, 1, 2, 15)
                    : x > 64 ? justBelow(1.0) : x < -64 ? justAbove(-1.0) : apfloat(ApfloatMath::tanh, x)),
            new Probe("asinh", Interval::asinh, x -> Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 0, 1, 1, 1, 0, 1, -1, 6, 0, 1, 3, 40) : apfloat(ApfloatMath::asinh, x)),
            new Probe("acosh", Interval::acosh, x -> x < 1 ? outOfDomain() : apfloat(ApfloatMath::acosh, x)),
            new Probe("atanh", Interval::atanh, x -> Math.abs(x) >= 1 ? outOfDomain() : Math.abs(x) < TINY
                    ? series(x, ProbeReference::unit, 0, 1, 1, 1, 0, 1, 1, 3, 0, 1, 1, 5) : apfloat(ApfloatMath::atanh, x)),
            new Probe("erf", Interval::erf, x -> Math.abs(x) < TINY
                    ? series(x, RigorousFunctionProbeTest::twoOverSqrtPi, 0, 1, 1, 1, 0, 1, -1, 3, 0, 1, 1, 10)
                    : x > 6 ? justBelow(1.0) : x < -6 ? justAbove(-1.0) : apfloat(ApfloatMath::erf, x)),
            new Probe("sec", RigorousReciprocal::sec, x -> apfloatAbsolute(a -> inverse(ApfloatMath.cos(a)), x)),
            new Probe("csc", RigorousReciprocal::csc, x -> x == 0 ? outOfDomain() : Math.abs(x) < 1
                    ? apfloat(a -> inverse(ApfloatMath.sin(a)), x) : apfloatAbsolute(a -> inverse(ApfloatMath.sin(a)), x)),
            new Probe("cot", RigorousReciprocal::cot, x -> x == 0 ? outOfDomain() : Math.abs(x) < 1
                    ? apfloat(a -> inverse(ApfloatMath.tan(a)), x) : apfloatAbsolute(a -> inverse(ApfloatMath.tan(a)), x)),
            new Probe("sech", RigorousReciprocal::sech, x -> Math.abs(x) > HUGE ? justAbove(0.0) : apfloat(a -> inverse(ApfloatMath.cosh(a)), x)),
            new Probe("csch", RigorousReciprocal::csch, x -> x == 0 ? outOfDomain() : x > HUGE ? justAbove(0.0)
                    : x < -HUGE ? justBelow(0.0) : apfloat(a -> inverse(ApfloatMath.sinh(a)), x)),
            new Probe("coth", RigorousReciprocal::coth, x -> x == 0 ? outOfDomain() : x > 64 ? justAbove(1.0)
                    : x < -64 ? justBelow(-1.0) : apfloat(a -> inverse(ApfloatMath.tanh(a)), x)),
            new Probe("acoth", RigorousReciprocal::acoth, x -> Math.abs(x) <= 1 ? outOfDomain()
                    : apfloat(a -> ApfloatMath.atanh(inverse(a)), x)),
            new Probe("acot", RigorousReciprocal::acot, x -> x == 0
                    ? ProbeReference.value(new BigDecimal(ApfloatMath.pi(ProbeReference.DIGITS + 10).divide(new Apfloat(2)).toString(true)))
                    : apfloat(a -> x > 0 ? ApfloatMath.atan(inverse(a)) // acot x = atan(1/x) for x > 0, π + atan(1/x) for x < 0
                            : ApfloatMath.pi(ProbeReference.DIGITS + 10).add(ApfloatMath.atan(inverse(a))), x)));
    }

    /** {@code 1/a} at a's precision (Apfloat). */
    private static Apfloat inverse(Apfloat a) {
        return new Apfloat(1, a.precision()).divide(a);
    }

    /** {@code 2/√π} to the digits of {@code mc} (Apfloat). */
    private static BigDecimal twoOverSqrtPi(MathContext mc) {
        return TWO_OVER_SQRT_PI.round(mc);
    }

    /** 2/√π to 3 000 digits (more than any series precision of the probe needs), computed once. */
    private static final BigDecimal TWO_OVER_SQRT_PI = new BigDecimal(new Apfloat(2, 3010)
            .divide(ApfloatMath.sqrt(ApfloatMath.pi(3010))).toString(true));

    /** {@code 1 + x} exactly, rounded to {@value ProbeReference#DIGITS}+20 digits (no cancellation in Apfloat). */
    private static Apfloat onePlus(double x) {
        BigDecimal s = new BigDecimal(x).add(ONE).round(new MathContext(ProbeReference.DIGITS + 20));
        return new Apfloat(s).precision(ProbeReference.DIGITS + 20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void containsTheReferenceOverTheWholeExponentRange(Probe p) {
        List<String> violations = new ArrayList<>();
        int checks = 0;
        for (double x : ProbeArguments.all()) {
            if (RECIPROCAL_TRIG.contains(p.name()) && Math.abs(x) > 0x1p100) {
                continue; // the argument reduction beyond 2^100 is sin's and cos's, probed there (and costly to reference)
            }
            ProbeReference atX = p.ref().apply(x);
            checks++;
            check(violations, p.name() + "([" + Double.toHexString(x) + "])", atX, () -> p.f().apply(Interval.point(x)));
            double y = Math.nextUp(x);
            // beyond 2^56 a thin interval is wider than 2π: sin/cos/tan of it are whole periods (the
            // point checks there stay; skipping the thin ones saves the costliest references)
            boolean wholePeriods = PERIODIC.contains(p.name()) && Math.abs(x) >= 0x1p56;
            if (Double.isFinite(y) && !wholePeriods) {
                Interval thin = Interval.of(x, y);
                ProbeReference atY = p.ref().apply(y);
                checks += 2;
                String what = p.name() + "([" + Double.toHexString(x) + ", " + Double.toHexString(y) + "])";
                // an endpoint outside the domain says nothing when the other one is inside
                if (!atX.isOutOfDomain() || atY.isOutOfDomain()) {
                    check(violations, what + " at inf", atX, () -> p.f().apply(thin));
                }
                if (!atY.isOutOfDomain() || atX.isOutOfDomain()) {
                    check(violations, what + " at sup", atY, () -> p.f().apply(thin));
                }
            }
        }
        synchronized (COUNTS) {
            COUNTS.put(p.name(), checks);
        }
        assertThat(violations).as("%s: %d containment violations in %d checks", p.name(), violations.size(), checks).isEmpty();
    }

    private static void check(List<String> out, String what, ProbeReference ref, java.util.function.Supplier<Interval> eval) {
        String v;
        try {
            v = ref.violation(eval.get());
        } catch (RuntimeException e) {
            v = "threw " + e;
        }
        if (v != null) {
            out.add(what + ": " + v);
        }
    }

    @AfterAll
    static void printCounts() {
        StringBuilder b = new StringBuilder("Rigorous function probe, containment checks per function (points and thin-interval endpoints):\n");
        COUNTS.forEach((name, n) -> b.append(String.format("  %-8s %6d%n", name, n)));
        System.out.println(b);
    }
}
