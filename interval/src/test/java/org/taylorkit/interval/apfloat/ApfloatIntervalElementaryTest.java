package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.assertEncloses;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.assertTight;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.ApfloatIntervalGen;

/**
 * Containment and tightness of every elementary function on random intervals. The reference is
 * Apfloat's own implementation ({@code ApfloatMath}) at more than three times the digits, evaluated at
 * points inside the interval (endpoints and an interior point); the enclosures under test never
 * call ApfloatMath's transcendental functions, so the two are independent. Point inputs must give
 * enclosures at most two units of the last digit wide.
 */
class ApfloatIntervalElementaryTest {

    private static final Apfloat ONE = new Apfloat(1, Apfloat.INFINITE);

    /** A random argument interval [a, b] (exact endpoints) for a function. */
    private interface Domain {
        Apfloat[] draw(ApfloatIntervalGen g, int p);
    }

    private static final class Fn {
        final String name;
        final UnaryOperator<ApfloatInterval> f;
        final BiFunction<Apfloat, Long, Apfloat> ref; // (exact x, digits) → reference value
        final Domain domain;

        Fn(String name, UnaryOperator<ApfloatInterval> f, BiFunction<Apfloat, Long, Apfloat> ref, Domain domain) {
            this.name = name;
            this.f = f;
            this.ref = ref;
            this.domain = domain;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code [a, a]} (40%) or {@code [a, a + δ]} with δ up to {@code 10^maxWidthExp}. */
    private static Domain around(int eLo, int eHi, boolean signed, int maxWidthExp) {
        return (g, p) -> {
            Apfloat a = g.decimal(g.intBetween(1, p), eLo, eHi, signed);
            Apfloat b = g.chance(0.4) ? a : a.add(g.decimal(g.intBetween(1, 3), maxWidthExp - 8, maxWidthExp, false));
            return new Apfloat[] {a, b};
        };
    }

    private static Domain shifted(Apfloat offset, Domain d) {
        return (g, p) -> {
            Apfloat[] ab = d.draw(g, p);
            return new Apfloat[] {ab[0].add(offset), ab[1].add(offset)};
        };
    }

    private static Domain clipped(Domain d, Apfloat lo, Apfloat hi) {
        return (g, p) -> {
            Apfloat[] ab = d.draw(g, p);
            Apfloat a = ab[0].compareTo(lo) < 0 ? lo : ab[0].compareTo(hi) > 0 ? hi : ab[0];
            Apfloat b = ab[1].compareTo(lo) < 0 ? lo : ab[1].compareTo(hi) > 0 ? hi : ab[1];
            return new Apfloat[] {a, b};
        };
    }

    private static Apfloat at(Apfloat x, long q) {
        return x.precision(q);
    }

    static Stream<Arguments> cases() {
        List<Fn> fns = new ArrayList<>();
        fns.add(new Fn("exp", ApfloatInterval::exp, (x, q) -> ApfloatMath.exp(at(x, q)), around(-6, 1, true, 0)));
        fns.add(new Fn("expm1", ApfloatInterval::expm1,
                (x, q) -> ApfloatMath.exp(at(x, q + 40)).subtract(ONE), around(-30, 0, true, -1)));
        fns.add(new Fn("log", ApfloatInterval::log, (x, q) -> ApfloatMath.log(at(x, q)), around(-30, 30, false, -3)));
        fns.add(new Fn("log near 1", ApfloatInterval::log, (x, q) -> ApfloatMath.log(at(x, q + 40)),
                shifted(ONE, around(-30, -1, true, -12))));
        fns.add(new Fn("log1p", ApfloatInterval::log1p, (x, q) -> ApfloatMath.log(at(x, q + 40).add(ONE)),
                around(-30, -1, true, -2)));
        fns.add(new Fn("log1p large", ApfloatInterval::log1p, (x, q) -> ApfloatMath.log(at(x, q).add(ONE)),
                around(-1, 8, false, -1)));
        fns.add(new Fn("sin", ApfloatInterval::sin, (x, q) -> ApfloatMath.sin(at(x, q)), around(-8, 2, true, 1)));
        fns.add(new Fn("cos", ApfloatInterval::cos, (x, q) -> ApfloatMath.cos(at(x, q)), around(-8, 2, true, 1)));
        fns.add(new Fn("sin large", ApfloatInterval::sin, (x, q) -> ApfloatMath.sin(at(x, q)), around(3, 25, true, 0)));
        fns.add(new Fn("cos large", ApfloatInterval::cos, (x, q) -> ApfloatMath.cos(at(x, q)), around(3, 25, true, 0)));
        fns.add(new Fn("tan", ApfloatInterval::tan, (x, q) -> ApfloatMath.tan(at(x, q)), around(-8, 1, true, -1)));
        fns.add(new Fn("atan", ApfloatInterval::atan, (x, q) -> ApfloatMath.atan(at(x, q)), around(-20, 20, true, -1)));
        Domain unit = clipped(around(-20, -1, true, -2), ONE.negate(), ONE);
        fns.add(new Fn("asin", ApfloatInterval::asin, (x, q) -> ApfloatMath.asin(at(x, q)), unit));
        fns.add(new Fn("acos", ApfloatInterval::acos, (x, q) -> ApfloatMath.acos(at(x, q)), unit));
        fns.add(new Fn("sinh", ApfloatInterval::sinh, (x, q) -> ApfloatMath.sinh(at(x, q + 40)), around(-25, 1, true, -1)));
        fns.add(new Fn("cosh", ApfloatInterval::cosh, (x, q) -> ApfloatMath.cosh(at(x, q)), around(-25, 1, true, -1)));
        fns.add(new Fn("tanh", ApfloatInterval::tanh, (x, q) -> ApfloatMath.tanh(at(x, q + 40)), around(-25, 1, true, -1)));
        fns.add(new Fn("asinh", ApfloatInterval::asinh, (x, q) -> ApfloatMath.asinh(at(x, q + 40)), around(-25, 20, true, -1)));
        fns.add(new Fn("acosh", ApfloatInterval::acosh, (x, q) -> ApfloatMath.acosh(at(x, q + 40)),
                shifted(ONE, around(-25, 5, false, -1))));
        Domain open = clipped(around(-25, -1, true, -2), new Apfloat("-0.999999", Apfloat.INFINITE),
                new Apfloat("0.999999", Apfloat.INFINITE));
        fns.add(new Fn("atanh", ApfloatInterval::atanh, (x, q) -> ApfloatMath.atanh(at(x, q + 40)), open));
        fns.add(new Fn("erf", ApfloatInterval::erf, ApfloatIntervalElementaryTest::erfMaclaurin, around(-25, 0, true, -1)));
        fns.add(new Fn("erf large", ApfloatInterval::erf, ApfloatIntervalElementaryTest::erfMaclaurin, around(0, 1, true, -1)));
        fns.add(new Fn("sqrt", ApfloatInterval::sqrt, (x, q) -> ApfloatMath.sqrt(at(x, q)), around(-30, 30, false, -2)));
        fns.add(new Fn("cbrt", ApfloatInterval::cbrt, (x, q) -> ApfloatMath.cbrt(at(x, q)), around(-30, 30, true, -2)));
        List<Arguments> args = new ArrayList<>();
        ApfloatIntervalGen.seeds().limit(10).forEach(seed -> fns.forEach(fn -> args.add(Arguments.of(fn, seed))));
        return args.stream();
    }

    /**
     * Reference erf by the Maclaurin series {@code (2/√π) Σ (−1)^n x^(2n+1)/(n!(2n+1))} (a different
     * formula from the Kummer series under test; ApfloatMath.erf is correct but takes seconds for
     * 3 ≤ x ≤ 8), with {@code x²·log10(e)} extra digits for the cancellation of its alternating terms
     * (the largest term is below {@code e^(x²)}). Past {@code x = 12} the value is 1 to far more than
     * the tested digits, and ApfloatMath.erf is fast there.
     */
    private static Apfloat erfMaclaurin(Apfloat x, long q) {
        Apfloat ax = ApfloatMath.abs(x);
        if (ax.compareTo(new Apfloat(12, Apfloat.INFINITE)) > 0) {
            return ApfloatMath.erf(x.precision(q));
        }
        double x2 = ax.doubleValue() * ax.doubleValue();
        long w = q + 10 + (long) Math.ceil(x2 * 0.4343);
        Apfloat xw = x.precision(w);
        Apfloat u = xw.multiply(xw).negate();
        Apfloat power = xw; // (−1)^n x^(2n+1)/n!
        Apfloat sum = xw;
        Apfloat eps = ApfloatMath.scale(new Apfloat(1, w), -w);
        for (long n = 1; ; n++) {
            power = power.multiply(u).divide(new Apfloat(n, w));
            Apfloat term = power.divide(new Apfloat(2 * n + 1, w));
            sum = sum.add(term);
            if (n > x2 && ApfloatMath.abs(term).compareTo(eps) < 0) {
                break;
            }
        }
        Apfloat pi = ApfloatMath.pi(w);
        return sum.multiply(new Apfloat(2, w)).divide(ApfloatMath.sqrt(pi)).precision(q);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void enclosesTheReferenceAtPointsInside(Fn fn, long seed) {
        ApfloatIntervalGen g = new ApfloatIntervalGen(seed);
        for (int round = 0; round < 3; round++) {
            int p = g.intBetween(8, 45);
            Apfloat[] ab = fn.domain.draw(g, p);
            ApfloatInterval x = ApfloatInterval.exact(ab[0], ab[1], p);
            ApfloatInterval fx = fn.f.apply(x);
            Apfloat[] points = {ab[0], ab[1], g.between(ab[0], ab[1], p + 3)};
            for (Apfloat t : points) {
                long q = 3L * p + 30 + Math.abs(t.scale());
                String c = fn.name + " " + g + " p=" + p + " x=" + x + " t=" + t.toString(true) + " f(x)=" + fx;
                assertEncloses(fx, fn.ref.apply(t, q), 3L * p, c);
            }
            if (x.isPoint()) {
                assertTight(fx, p, 2, fn.name + " " + g + " p=" + p + " x=" + x + " f(x)=" + fx);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.ApfloatIntervalGen#seeds")
    void powAndAtan2EncloseTheReferenceOnBoxes(long seed) {
        ApfloatIntervalGen g = new ApfloatIntervalGen(seed);
        int p = g.intBetween(8, 40);
        Apfloat[] xs = around(-3, 1, false, -1).draw(g, p);
        Apfloat[] ys = around(-3, 0, true, -1).draw(g, p);
        ApfloatInterval x = ApfloatInterval.exact(xs[0], xs[1], p);
        ApfloatInterval y = ApfloatInterval.exact(ys[0], ys[1], p);
        ApfloatInterval pow = x.pow(y);
        Apfloat[] xa = {xs[0], xs[1], g.between(xs[0], xs[1], p)};
        Apfloat[] ya = {ys[0], ys[1], g.between(ys[0], ys[1], p)};
        for (Apfloat a : xa) {
            for (Apfloat b : ya) {
                long q = 3L * p + 40;
                String c = g + " p=" + p + " x=" + x + " y=" + y + " a=" + a.toString(true) + " b=" + b.toString(true);
                assertEncloses(pow, ApfloatMath.pow(at(a, q), at(b, q)), 3L * p, "pow " + pow + " " + c);
            }
        }
        if (x.isPoint() && y.isPoint()) {
            assertTight(pow, p, 2, "pow " + g + " x=" + x + " y=" + y + " -> " + pow);
        }
        // atan2 on a signed box
        Apfloat[] ys2 = around(-3, 1, true, 0).draw(g, p);
        Apfloat[] xs2 = around(-3, 1, true, 0).draw(g, p);
        ApfloatInterval yy = ApfloatInterval.exact(ys2[0], ys2[1], p);
        ApfloatInterval xx = ApfloatInterval.exact(xs2[0], xs2[1], p);
        ApfloatInterval angle = ApfloatInterval.atan2(yy, xx);
        for (Apfloat b : new Apfloat[] {ys2[0], ys2[1], g.between(ys2[0], ys2[1], p)}) {
            for (Apfloat a : new Apfloat[] {xs2[0], xs2[1], g.between(xs2[0], xs2[1], p)}) {
                long q = 3L * p + 40;
                String c = g + " p=" + p + " y=" + yy + " x=" + xx + " b=" + b.toString(true) + " a=" + a.toString(true);
                assertEncloses(angle, ApfloatMath.atan2(at(b, q), at(a, q)), 3L * p, "atan2 " + angle + " " + c);
            }
        }
        if (yy.isPoint() && xx.isPoint()) {
            assertTight(angle, p, 2, "atan2 " + g + " y=" + yy + " x=" + xx + " -> " + angle);
        }
    }
}
