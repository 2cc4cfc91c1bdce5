package org.taylorkit.interval.itf1788;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.taylorkit.interval.DecoratedInterval;
import org.taylorkit.interval.Decoration;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatIntervalReverse;
import org.taylorkit.interval.apfloat.DecoratedApfloatInterval;
import org.taylorkit.interval.apfloat.DecoratedApfloatReverse;

/**
 * The ITF1788 vectors run through the {@link ApfloatInterval} implementations at {@value #DIGITS}
 * digits: every bare vector of a reverse operation and every decorated vector of an operation that
 * both decorated types have.
 *
 * <p><b>What is checked.</b> A vector's expected interval is the tightest double interval around
 * the true set S; an Apfloat result A ⊇ S is usually tighter than that, so A is <em>not</em>
 * compared with it directly. Instead A is rounded outward to doubles, which is a double interval
 * ⊇ S, hence ⊇ the tightest one: {@code outward(A) ⊇ expected} must hold for every vector (a
 * failure is a containment bug). Equality ({@code outward(A) = expected}) is counted as tight.
 * The premise fails for twelve vectors (six bare, six decorated) whose expected interval is one or
 * two ulps wider than the tightest (ITF1788 took them from libieeep1788, whose trigonometric
 * reverse functions are not always tight): there the Apfloat result is checked against the true
 * set's hull from closed forms evaluated with {@code ApfloatMath} at 60 digits
 * ({@link #SUITE_NOT_TIGHT}), and the expected interval must contain the outward result.
 * For decorated vectors the decoration must be the one the double {@code DecoratedInterval} gives
 * on the same vector, and never more than the suite's; the one permitted difference is
 * {@code com} where the double result is unbounded only because it overflowed and the Apfloat one
 * is bounded (the proof {@code com} is then true). That the Apfloat results hold the true set
 * pointwise is checked separately by seeded properties ({@code ApfloatReversePropertyTest}).
 */
class ApfloatItf1788Test {

    static final long DIGITS = 30;

    /** An Apfloat adapter: ITL arguments in, results (ApfloatInterval or DecoratedApfloatInterval) out. */
    private interface Op {
        List<Object> apply(List<ItlValue> a);
    }

    private static final Map<String, Op> BARE = new TreeMap<>();
    private static final Map<String, Op> DECORATED = new TreeMap<>();

    static {
        bare1("sqrRev", ApfloatIntervalReverse::sqrRev);
        bare2("sqrRevBin", ApfloatIntervalReverse::sqrRev);
        bare1("absRev", ApfloatIntervalReverse::absRev);
        bare2("absRevBin", ApfloatIntervalReverse::absRev);
        BARE.put("pownRev", a -> List.of(ApfloatIntervalReverse.pownRev(iv(a, 0), integer(a, 1))));
        BARE.put("pownRevBin", a -> List.of(ApfloatIntervalReverse.pownRev(iv(a, 0), iv(a, 1), integer(a, 2))));
        bare1("sinRev", ApfloatIntervalReverse::sinRev);
        bare2("sinRevBin", ApfloatIntervalReverse::sinRev);
        bare1("cosRev", ApfloatIntervalReverse::cosRev);
        bare2("cosRevBin", ApfloatIntervalReverse::cosRev);
        bare1("tanRev", ApfloatIntervalReverse::tanRev);
        bare2("tanRevBin", ApfloatIntervalReverse::tanRev);
        bare1("coshRev", ApfloatIntervalReverse::coshRev);
        bare2("coshRevBin", ApfloatIntervalReverse::coshRev);
        bare2("mulRev", ApfloatIntervalReverse::mulRev);
        BARE.put("mulRevTen", a -> List.of(ApfloatIntervalReverse.mulRev(iv(a, 0), iv(a, 1), iv(a, 2))));
        BARE.put("mulRevToPair", a -> List.of((Object[]) ApfloatIntervalReverse.mulRevToPair(iv(a, 0), iv(a, 1))));
        BARE.put("powRev1", a -> List.of(ApfloatIntervalReverse.powRev1(iv(a, 0), iv(a, 1), iv(a, 2))));
        BARE.put("powRev2", a -> List.of(ApfloatIntervalReverse.powRev2(iv(a, 0), iv(a, 1), iv(a, 2))));

        dec1("pos", x -> x);
        dec1("neg", DecoratedApfloatInterval::negate);
        dec2("add", DecoratedApfloatInterval::add);
        dec2("sub", DecoratedApfloatInterval::subtract);
        dec2("mul", DecoratedApfloatInterval::multiply);
        dec2("div", DecoratedApfloatInterval::divide);
        dec1("recip", DecoratedApfloatInterval::recip);
        dec1("sqr", DecoratedApfloatInterval::sqr);
        dec1("sqrt", DecoratedApfloatInterval::sqrt);
        DECORATED.put("pown", a -> List.of(dec(a, 0).pown(integer(a, 1))));
        dec2("pow", DecoratedApfloatInterval::pow);
        DECORATED.put("fma", a -> List.of(dec(a, 0).fma(dec(a, 1), dec(a, 2))));
        dec1("exp", DecoratedApfloatInterval::exp);
        dec1("log", DecoratedApfloatInterval::log);
        dec1("exp2", DecoratedApfloatInterval::exp2);
        dec1("exp10", DecoratedApfloatInterval::exp10);
        dec1("log2", DecoratedApfloatInterval::log2);
        dec1("log10", DecoratedApfloatInterval::log10);
        dec1("sin", DecoratedApfloatInterval::sin);
        dec1("cos", DecoratedApfloatInterval::cos);
        dec1("tan", DecoratedApfloatInterval::tan);
        dec1("asin", DecoratedApfloatInterval::asin);
        dec1("acos", DecoratedApfloatInterval::acos);
        dec1("atan", DecoratedApfloatInterval::atan);
        dec2("atan2", DecoratedApfloatInterval::atan2);
        dec1("sinh", DecoratedApfloatInterval::sinh);
        dec1("cosh", DecoratedApfloatInterval::cosh);
        dec1("tanh", DecoratedApfloatInterval::tanh);
        dec1("asinh", DecoratedApfloatInterval::asinh);
        dec1("acosh", DecoratedApfloatInterval::acosh);
        dec1("atanh", DecoratedApfloatInterval::atanh);
        dec1("abs", DecoratedApfloatInterval::abs);
        dec2("min", DecoratedApfloatInterval::min);
        dec2("max", DecoratedApfloatInterval::max);
        dec1("sign", DecoratedApfloatInterval::sign);
        dec1("ceil", DecoratedApfloatInterval::ceil);
        dec1("floor", DecoratedApfloatInterval::floor);
        dec1("trunc", DecoratedApfloatInterval::trunc);
        dec1("roundTiesToEven", DecoratedApfloatInterval::roundTiesToEven);
        dec1("roundTiesToAway", DecoratedApfloatInterval::roundTiesToAway);
        dec2("cancelMinus", DecoratedApfloatInterval::cancelMinus);
        dec2("cancelPlus", DecoratedApfloatInterval::cancelPlus);
        dec2("intersection", DecoratedApfloatInterval::intersection);
        dec2("convexHull", DecoratedApfloatInterval::convexHull);
        dec2("sqrRevBin", DecoratedApfloatReverse::sqrRev);
        dec1("sqrRev", c -> DecoratedApfloatReverse.sqrRev(c, entire()));
        dec2("absRevBin", DecoratedApfloatReverse::absRev);
        dec1("absRev", c -> DecoratedApfloatReverse.absRev(c, entire()));
        DECORATED.put("pownRev", a -> List.of(DecoratedApfloatReverse.pownRev(dec(a, 0), entire(), integer(a, 1))));
        DECORATED.put("pownRevBin", a -> List.of(DecoratedApfloatReverse.pownRev(dec(a, 0), dec(a, 1), integer(a, 2))));
        dec2("sinRevBin", DecoratedApfloatReverse::sinRev);
        dec1("sinRev", c -> DecoratedApfloatReverse.sinRev(c, entire()));
        dec2("cosRevBin", DecoratedApfloatReverse::cosRev);
        dec1("cosRev", c -> DecoratedApfloatReverse.cosRev(c, entire()));
        dec2("tanRevBin", DecoratedApfloatReverse::tanRev);
        dec1("tanRev", c -> DecoratedApfloatReverse.tanRev(c, entire()));
        dec2("coshRevBin", DecoratedApfloatReverse::coshRev);
        dec1("coshRev", c -> DecoratedApfloatReverse.coshRev(c, entire()));
        dec2("mulRev", (b, c) -> DecoratedApfloatReverse.mulRev(b, c, entire()));
        DECORATED.put("mulRevTen", a -> List.of(DecoratedApfloatReverse.mulRev(dec(a, 0), dec(a, 1), dec(a, 2))));
        DECORATED.put("mulRevToPair", a -> List.of((Object[]) DecoratedApfloatReverse.mulRevToPair(dec(a, 0), dec(a, 1))));
    }

    @Test
    void reverseVectorsHoldTheTightestDoubleResultAfterOutwardRounding() {
        Tally t = run(false);
        assertThat(t.failures).as("ITF1788 reverse vectors at %d digits", DIGITS).isEmpty();
        // every bare vector of a reverse operation (powRev1/2: pow_rev.itl)
        assertThat(t.run).isEqualTo(1472);
        assertThat(t.suiteNotTight).isEqualTo(6);
        // outward(A) = expected: exact results, and every result whose true bounds are not doubles
        assertThat(t.tight).as("tight of %d", t.run).isGreaterThanOrEqualTo(TIGHT_REVERSE);
    }

    @Test
    void decoratedVectorsGetTheDoubleSidesDecorations() {
        Tally t = run(true);
        assertThat(t.failures).as("ITF1788 decorated vectors at %d digits", DIGITS).isEmpty();
        assertThat(t.run).isEqualTo(1109);
        assertThat(t.suiteNotTight).isEqualTo(6);
        assertThat(t.tight).as("tight of %d", t.run).isGreaterThanOrEqualTo(TIGHT_DECORATED);
    }

    private static final long REF = 60;
    private static final Apfloat U = new Apfloat(new BigDecimal(0x1p-53), REF); // 2^-53, exact
    private static final Apfloat ONE = new Apfloat(1, REF);

    private static Apfloat exact(double d) {
        return new Apfloat(new BigDecimal(d), REF);
    }

    /**
     * The vectors of {@code libieeep1788_rev.itl} whose expected interval is wider than the tightest
     * double hull, with the hull {lo, hi} of the true set {@code X ∩ f⁻¹(C)} from closed forms
     * (π, asin, acos, atan of ApfloatMath at 60 digits; {@code u = 2⁻⁵³}).
     */
    private static final Map<String, Supplier<Apfloat[]>> SUITE_NOT_TIGHT = new TreeMap<>();

    static {
        // sinRevBin [1 − u, 1] over [1.57, 1.58]: [asin(1 − u), π − asin(1 − u)]
        Supplier<Apfloat[]> sin = () -> new Apfloat[] {ApfloatMath.asin(ONE.subtract(U)),
            ApfloatMath.pi(REF).subtract(ApfloatMath.asin(ONE.subtract(U)))};
        // cosRevBin [−1, −1] over [3.14, 3.15]: {π}
        Supplier<Apfloat[]> cosPi = () -> new Apfloat[] {ApfloatMath.pi(REF), ApfloatMath.pi(REF)};
        // cosRevBin [−1, −1 + u] over ±[3.14, 3.15]: ±π + [−acos(1 − u), acos(1 − u)]
        Supplier<Apfloat[]> cosNearPi = () -> new Apfloat[] {ApfloatMath.pi(REF).subtract(ApfloatMath.acos(ONE.subtract(U))),
            ApfloatMath.pi(REF).add(ApfloatMath.acos(ONE.subtract(U)))};
        Supplier<Apfloat[]> cosNearMinusPi = () -> new Apfloat[] {
            ApfloatMath.pi(REF).negate().subtract(ApfloatMath.acos(ONE.subtract(U))),
            ApfloatMath.pi(REF).negate().add(ApfloatMath.acos(ONE.subtract(U)))};
        // tanRevBin [c1, c2] ≈ 1.6e16 over [−1.5708, 1.5708]: [atan c1 − π, atan c2]
        Supplier<Apfloat[]> tanHuge = () -> new Apfloat[] {
            ApfloatMath.atan(exact(0x1.d02967c31cdb4p53)).subtract(ApfloatMath.pi(REF)),
            ApfloatMath.atan(exact(0x1.d02967c31cdb5p53))};
        // tanRevBin [c1, c2] ≈ 3.2e-16 over [−3.15, 3.15]: [atan c1 − π, atan c2 + π]
        Supplier<Apfloat[]> tanTiny = () -> new Apfloat[] {
            ApfloatMath.atan(exact(0x1.72cece675d1fcp-52)).subtract(ApfloatMath.pi(REF)),
            ApfloatMath.atan(exact(0x1.72cece675d1fdp-52)).add(ApfloatMath.pi(REF))};
        for (int line : new int[] {555, 595}) {
            SUITE_NOT_TIGHT.put("libieeep1788_rev.itl:" + line, sin);
        }
        for (int line : new int[] {633, 675}) {
            SUITE_NOT_TIGHT.put("libieeep1788_rev.itl:" + line, cosPi);
        }
        for (int line : new int[] {642, 684}) {
            SUITE_NOT_TIGHT.put("libieeep1788_rev.itl:" + line, cosNearPi);
        }
        for (int line : new int[] {643, 685}) {
            SUITE_NOT_TIGHT.put("libieeep1788_rev.itl:" + line, cosNearMinusPi);
        }
        for (int line : new int[] {711, 735}) {
            SUITE_NOT_TIGHT.put("libieeep1788_rev.itl:" + line, tanHuge);
        }
        for (int line : new int[] {713, 737}) {
            SUITE_NOT_TIGHT.put("libieeep1788_rev.itl:" + line, tanTiny);
        }
    }

    /**
     * Regression guards (measured: 1 438 of 1 472 and 1 023 of 1 109). The others are valid and
     * wider for a reason: a bound that is a double with more than 30 significant digits (0.2 as a
     * double, 2^358, MAX_VALUE) cannot be a 30-digit endpoint, or the suite's expected interval is
     * not the tightest ({@link #SUITE_NOT_TIGHT}), or a weaker-than-suite decoration never occurs
     * (checked above) — see the per-operation counts printed by the test.
     */
    static final int TIGHT_REVERSE = 1438;
    static final int TIGHT_DECORATED = 1023;

    /** Counts, failures (with the vector), tallies per operation. */
    private static final class Tally {
        int run;
        int tight;
        int suiteNotTight;
        final List<String> failures = new ArrayList<>();
        final Map<String, int[]> perOperation = new TreeMap<>();
    }

    private static Tally run(boolean decorated) {
        Tally t = new Tally();
        Map<String, Op> table = decorated ? DECORATED : BARE;
        for (String file : Itf1788SuiteTest.FILES) {
            for (ItlVector raw : ItlReader.readResource(file)) {
                ItlVector v = ItlErrata.apply(raw);
                Op op = table.get(v.operation());
                if (op == null || v.decorated() != decorated) {
                    continue;
                }
                List<Object> actual;
                try {
                    actual = op.apply(v.args());
                } catch (RuntimeException e) {
                    t.failures.add("threw " + e + " at " + e.getStackTrace()[0] + "  in  " + v.source());
                    continue;
                }
                List<Object> doubles = decorated ? ItlOperations.DECORATED.get(v.operation()).apply(new ItlArgs(v.args())) : null;
                t.run++;
                int[] counts = t.perOperation.computeIfAbsent(v.operation(), k -> new int[2]);
                counts[0]++;
                String failure = null;
                boolean tight = true;
                for (int i = 0; i < v.results().size() && failure == null; i++) {
                    ItlValue expected = v.results().get(i);
                    Object a = actual.get(i);
                    Supplier<Apfloat[]> ref = SUITE_NOT_TIGHT.get(v.file() + ":" + v.line());
                    String why = decorated ? judgeDecorated(expected, (DecoratedApfloatInterval) a, (DecoratedInterval) doubles.get(i), ref)
                            : judgeInterval(expected, (ApfloatInterval) a, ref);
                    if (ref != null) {
                        t.suiteNotTight++;
                    }
                    if (why != null && !why.isEmpty()) {
                        failure = why;
                    }
                    tight &= why != null;
                }
                if (failure != null) {
                    t.failures.add(failure + "  in  " + v.source());
                } else if (tight) {
                    t.tight++;
                    counts[1]++;
                }
            }
        }
        System.out.println("ApfloatItf1788Test " + (decorated ? "decorated" : "reverse") + " at " + DIGITS + " digits: run "
                + t.run + ", tight after outward rounding " + t.tight + ", checked against the true set " + t.suiteNotTight);
        t.perOperation.forEach((op, c) -> System.out.println("  " + op + ": " + c[0] + " run, " + c[1] + " tight"));
        return t;
    }

    /** "" tight, null contained but wider, else the failure. */
    private static String judgeInterval(ItlValue expected, ApfloatInterval a, Supplier<Apfloat[]> ref) {
        if (expected.isEmptyInterval()) {
            return a.isEmpty() ? "" : null;
        }
        if (a.isEmpty()) {
            return "got ∅, expected " + expected;
        }
        double lo = a.infDouble();
        double hi = a.supDouble();
        if (!(lo <= expected.lo() && hi >= expected.hi()) && ref != null) {
            // the expected interval is wider than the tightest: check against the true set instead
            Apfloat[] s = ref.get();
            Apfloat slack = new Apfloat("1e-50", REF).multiply(ApfloatMath.abs(s[0]).add(ONE));
            boolean holdsTrueSet = a.isBoundedBelow() ? a.inf().compareTo(s[0].add(slack)) <= 0 : true;
            holdsTrueSet &= a.isBoundedAbove() ? a.sup().compareTo(s[1].subtract(slack)) >= 0 : true;
            boolean expectedWider = expected.lo() <= lo && hi <= expected.hi();
            return holdsTrueSet && expectedWider ? null
                    : "NOT CONTAINING THE TRUE SET [" + s[0] + ", " + s[1] + "]: " + a + ", expected " + expected;
        }
        if (!(lo <= expected.lo() && hi >= expected.hi())) {
            return "NOT CONTAINED: outward " + a + " = [" + ItlValue.hex(lo) + ", " + ItlValue.hex(hi) + "], expected " + expected;
        }
        return lo == expected.lo() && hi == expected.hi() ? "" : null;
    }

    private static String judgeDecorated(ItlValue expected, DecoratedApfloatInterval a, DecoratedInterval d,
            Supplier<Apfloat[]> ref) {
        if (expected.kind() == ItlValue.Kind.NAI) {
            return a.isNaI() ? "" : "got " + a + ", expected NaI";
        }
        if (a.isNaI() != d.isNaI()) {
            return "got " + a + ", double side " + d;
        }
        String part = judgeInterval(expected, a.interval(), ref);
        if (part != null && !part.isEmpty()) {
            return part;
        }
        Decoration got = a.decoration();
        boolean overflowOnly = got == Decoration.com && a.interval().isBounded();
        if (got != d.decoration() && !(overflowOnly && d.decoration() == Decoration.dac && !d.interval().isBounded())) {
            return "decoration " + got + " of " + a + " differs from the double side's " + d;
        }
        if (expected.decoration() != null) {
            Decoration want = Decoration.valueOf(expected.decoration());
            boolean expectedUnbounded = Double.isInfinite(expected.lo()) || Double.isInfinite(expected.hi());
            if (got.compareTo(want) > 0 && !(overflowOnly && want == Decoration.dac && expectedUnbounded)) {
                return "DECORATION CLAIMS TOO MUCH: got " + a + ", expected " + expected;
            }
            if (got != want) {
                return null;
            }
        }
        return part;
    }

    // ------------------------------------------------------------------ argument conversion

    private static ApfloatInterval iv(List<ItlValue> a, int i) {
        ItlValue v = a.get(i);
        if (v.kind() != ItlValue.Kind.INTERVAL) {
            throw new IllegalStateException("argument " + i + " is not an interval: " + v);
        }
        return v.isEmptyInterval() ? ApfloatInterval.empty(DIGITS) : ApfloatInterval.of(v.lo(), v.hi(), DIGITS);
    }

    private static DecoratedApfloatInterval dec(List<ItlValue> a, int i) {
        ItlValue v = a.get(i);
        if (v.kind() == ItlValue.Kind.NAI) {
            return DecoratedApfloatInterval.nai(DIGITS);
        }
        ApfloatInterval x = iv(a, i);
        return v.decoration() == null ? DecoratedApfloatInterval.of(x)
                : DecoratedApfloatInterval.of(x, Decoration.valueOf(v.decoration()));
    }

    private static int integer(List<ItlValue> a, int i) {
        return new ItlArgs(a).integer(i);
    }

    private static DecoratedApfloatInterval entire() {
        return DecoratedApfloatInterval.of(ApfloatInterval.entire(DIGITS));
    }

    private static void bare1(String name, UnaryOperator<ApfloatInterval> f) {
        BARE.put(name, a -> List.of(f.apply(iv(a, 0))));
    }

    private static void bare2(String name, BiFunction<ApfloatInterval, ApfloatInterval, ApfloatInterval> f) {
        BARE.put(name, a -> List.of(f.apply(iv(a, 0), iv(a, 1))));
    }

    private static void dec1(String name, UnaryOperator<DecoratedApfloatInterval> f) {
        DECORATED.put(name, a -> List.of(f.apply(dec(a, 0))));
    }

    private static void dec2(String name, BiFunction<DecoratedApfloatInterval, DecoratedApfloatInterval, DecoratedApfloatInterval> f) {
        DECORATED.put(name, a -> List.of(f.apply(dec(a, 0), dec(a, 1))));
    }
}
