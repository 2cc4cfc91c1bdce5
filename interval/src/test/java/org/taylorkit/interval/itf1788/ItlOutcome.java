package org.taylorkit.interval.itf1788;

import java.util.List;
import org.taylorkit.interval.DecoratedInterval;
import org.taylorkit.interval.Decoration;
import org.taylorkit.interval.Interval;

/**
 * The verdict on one vector: {@code FAILED} (an expected value not contained, or a wrong scalar),
 * {@code CONTAINED} (contained, wider than the expected tightest result by {@code ulps}),
 * {@code TIGHT} (equal), {@code NOT_IMPLEMENTED}.
 */
record ItlOutcome(Status status, long ulps, String message) {

    enum Status { TIGHT, CONTAINED, FAILED, NOT_IMPLEMENTED }

    /** Sentinel width: an infinite bound where the expected one is finite, or a non-empty result for ∅. */
    static final long UNBOUNDED = Long.MAX_VALUE;

    static final ItlOutcome TIGHT_RESULT = new ItlOutcome(Status.TIGHT, 0, "");

    static ItlOutcome notImplemented(String why) {
        return new ItlOutcome(Status.NOT_IMPLEMENTED, 0, why);
    }

    static ItlOutcome failed(String why) {
        return new ItlOutcome(Status.FAILED, 0, why);
    }

    /** Compares the actual results of {@code v} with its expected ones. */
    static ItlOutcome judge(ItlVector v, List<Object> actual) {
        if (actual.size() != v.results().size()) {
            return failed(actual.size() + " results, expected " + v.results().size());
        }
        ItlOutcome worst = TIGHT_RESULT;
        for (int i = 0; i < actual.size(); i++) {
            ItlOutcome o = judgeOne(v.results().get(i), actual.get(i));
            if (o.status == Status.FAILED) {
                return o;
            }
            if (o.status == Status.CONTAINED && (worst.status == Status.TIGHT || o.ulps > worst.ulps)) {
                worst = o;
            }
        }
        return worst.status == Status.CONTAINED
                ? new ItlOutcome(Status.CONTAINED, worst.ulps, worst.message + "  in  " + v.source()) : worst;
    }

    private static ItlOutcome judgeOne(ItlValue expected, Object actual) {
        switch (expected.kind()) {
            case NAI:
                return actual instanceof DecoratedInterval d && d.isNaI() ? TIGHT_RESULT : failed("got " + actual + ", expected NaI");
            case INTERVAL:
                if (actual instanceof DecoratedInterval d) {
                    return judgeDecorated(expected, d);
                }
                if (!(actual instanceof Interval)) {
                    return failed("expected an interval, got " + actual);
                }
                return judgeInterval(expected, (Interval) actual);
            case NUMBER:
                if (!(actual instanceof Double)) {
                    return failed("expected a number, got " + actual);
                }
                double a = (Double) actual;
                double e = expected.lo();
                return a == e || (Double.isNaN(a) && Double.isNaN(e)) ? TIGHT_RESULT
                        : failed("got " + ItlValue.hex(a) + ", expected " + expected.text());
            case BOOLEAN:
            case WORD:
                return String.valueOf(actual).equals(expected.text()) ? TIGHT_RESULT
                        : failed("got " + actual + ", expected " + expected.text());
            default:
                return failed("cannot compare with expected " + expected);
        }
    }

    /**
     * The interval part as {@link #judgeInterval}; a decoration stronger than the expected one claims
     * more than is true (failure), a weaker one is valid but not tight.
     */
    private static ItlOutcome judgeDecorated(ItlValue expected, DecoratedInterval actual) {
        if (actual.isNaI()) {
            return failed("got NaI, expected " + expected);
        }
        ItlOutcome part = judgeInterval(expected, actual.interval());
        if (part.status == Status.FAILED || expected.decoration() == null) {
            return part;
        }
        Decoration want = Decoration.valueOf(expected.decoration());
        Decoration got = actual.decoration();
        if (got.compareTo(want) > 0) {
            return failed("DECORATION CLAIMS TOO MUCH: got " + actual + ", expected " + expected);
        }
        if (got.compareTo(want) < 0) {
            return new ItlOutcome(Status.CONTAINED, part.ulps, "weaker decoration: got " + actual + ", expected " + expected);
        }
        return part;
    }

    private static ItlOutcome judgeInterval(ItlValue expected, Interval actual) {
        if (expected.isEmptyInterval()) {
            return actual.isEmpty() ? TIGHT_RESULT
                    : new ItlOutcome(Status.CONTAINED, UNBOUNDED, "got " + actual + " for ∅");
        }
        if (actual.isEmpty()) {
            return failed("got ∅, expected " + expected);
        }
        if (!(actual.inf() <= expected.lo() && actual.sup() >= expected.hi())) {
            return failed("NOT CONTAINED: got " + show(actual) + ", expected " + expected);
        }
        if (actual.inf() == expected.lo() && actual.sup() == expected.hi()) {
            return TIGHT_RESULT;
        }
        long ulps = Math.max(ulps(actual.inf(), expected.lo()), ulps(expected.hi(), actual.sup()));
        return new ItlOutcome(Status.CONTAINED, ulps, "got " + show(actual) + ", expected " + expected);
    }

    /** Ulp steps from {@code lo} up to {@code hi}; {@link #UNBOUNDED} when exactly one is infinite. */
    static long ulps(double lo, double hi) {
        if (lo == hi) {
            return 0;
        }
        if (Double.isInfinite(lo) || Double.isInfinite(hi)) {
            return UNBOUNDED;
        }
        return ordinal(hi) - ordinal(lo);
    }

    private static long ordinal(double x) {
        long bits = Double.doubleToLongBits(x + 0.0);
        return bits >= 0 ? bits : -(bits & Long.MAX_VALUE);
    }

    static String show(Interval x) {
        return x.isEmpty() ? "[empty]" : "[" + ItlValue.hex(x.inf()) + ", " + ItlValue.hex(x.sup()) + "]";
    }
}
