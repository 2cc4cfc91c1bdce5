package org.taylorkit.interval.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.core.function.Functions;
import org.taylorkit.interval.function.RigorousFunctions;

/**
 * The exponent-range probe for {@link ApfloatInterval} at {@value #DIGITS} digits: every 12th of the
 * {@link ProbeArguments} (tiny, huge, boundary, both signs) as exact point intervals, against the
 * same independent references as {@link RigorousFunctionProbeTest} (Apfloat at 80 digits, exact
 * Maclaurin polynomials for tiny arguments). Arguments whose reference is only "just above/below a
 * double" (double overflow, saturation) are skipped: they say nothing at {@value #DIGITS} digits.
 */
class ApfloatIntervalProbeTest {

    static final int DIGITS = 30;
    private static final Map<String, Integer> COUNTS = new TreeMap<>();

    private static final Map<String, UnaryOperator<ApfloatInterval>> FUNCTIONS = Map.ofEntries(
            Map.entry("exp", ApfloatInterval::exp), Map.entry("expm1", ApfloatInterval::expm1),
            Map.entry("log", ApfloatInterval::log), Map.entry("log1p", ApfloatInterval::log1p),
            Map.entry("sqrt", ApfloatInterval::sqrt), Map.entry("cbrt", ApfloatInterval::cbrt),
            Map.entry("sqr", ApfloatInterval::sqr), Map.entry("pown3", x -> x.pow(3)),
            Map.entry("pown-1", x -> x.pow(-1)), Map.entry("pown-2", x -> x.pow(-2)),
            Map.entry("sin", ApfloatInterval::sin), Map.entry("cos", ApfloatInterval::cos),
            Map.entry("tan", ApfloatInterval::tan), Map.entry("asin", ApfloatInterval::asin),
            Map.entry("acos", ApfloatInterval::acos), Map.entry("atan", ApfloatInterval::atan),
            Map.entry("sinh", ApfloatInterval::sinh), Map.entry("cosh", ApfloatInterval::cosh),
            Map.entry("tanh", ApfloatInterval::tanh), Map.entry("asinh", ApfloatInterval::asinh),
            Map.entry("acosh", ApfloatInterval::acosh), Map.entry("atanh", ApfloatInterval::atanh),
            Map.entry("erf", ApfloatInterval::erf),
            Map.entry("sec", x -> enclosure(Functions.SEC, x)), Map.entry("csc", x -> enclosure(Functions.CSC, x)),
            // cot as cos/sin: ∅ at the pole 0 (the catalogue's −tan(x − π/2) is a valid but non-empty superset there)
            Map.entry("cot", x -> x.cos().divide(x.sin())), Map.entry("sech", x -> enclosure(Functions.SECH, x)),
            Map.entry("csch", x -> enclosure(Functions.CSCH, x)), Map.entry("coth", x -> enclosure(Functions.COTH, x)),
            Map.entry("acoth", x -> enclosure(Functions.ACOTH, x)),
            // acot = π/2 − atan x (the continuous branch of RigorousReciprocal.acot)
            Map.entry("acot", x -> ApfloatInterval.pi(DIGITS + 5).divide(ApfloatInterval.point(2.0, DIGITS + 5))
                    .subtract(x.atan()).roundedTo(DIGITS)));

    /** The catalogue function's Apfloat enclosure ({@link RigorousFunctions}). */
    private static ApfloatInterval enclosure(org.taylorkit.core.ElementaryFunction f, ApfloatInterval x) {
        return RigorousFunctions.of(f).enclose(x, DIGITS);
    }

    static Stream<RigorousFunctionProbeTest.Probe> probes() {
        return RigorousFunctionProbeTest.probes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void containsTheReference(RigorousFunctionProbeTest.Probe p) {
        UnaryOperator<ApfloatInterval> f = FUNCTIONS.get(p.name());
        assertThat(f).as("ApfloatInterval counterpart of %s", p.name()).isNotNull();
        double[] all = ProbeArguments.all();
        List<String> violations = new ArrayList<>();
        int checks = 0;
        for (int i = 0; i < all.length; i += 12) {
            double x = all[i];
            ProbeReference ref = p.ref().apply(x);
            if (!ref.isValueOrOutOfDomain()) {
                continue;
            }
            checks++;
            String v;
            try {
                v = ref.violation(f.apply(ApfloatInterval.point(x, DIGITS)));
            } catch (RuntimeException e) {
                v = "threw " + e;
            }
            if (v != null) {
                violations.add(p.name() + "(" + Double.toHexString(x) + "): " + v);
            }
        }
        synchronized (COUNTS) {
            COUNTS.put(p.name(), checks);
        }
        assertThat(violations).as("%s at %d digits: %d violations in %d checks", p.name(), DIGITS, violations.size(), checks)
                .isEmpty();
    }

    @AfterAll
    static void printCounts() {
        StringBuilder b = new StringBuilder("ApfloatInterval probe (" + DIGITS + " digits), containment checks per function:\n");
        COUNTS.forEach((name, n) -> b.append(String.format("  %-8s %5d%n", name, n)));
        System.out.println(b);
    }
}
