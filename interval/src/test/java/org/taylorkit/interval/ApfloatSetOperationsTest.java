package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * The shared set-level algorithms on {@link ApfloatInterval} ({@link ApfloatIntervalRelations},
 * {@link ApfloatIntervalReverse}) against ITF1788 vectors (github oheim/ITF1788, files and
 * testcases named above each block): the double arguments are converted exactly to 30-digit
 * Apfloat intervals; relations must agree exactly, and reverse results, rounded outward to
 * doubles, must contain the suite's tightest double interval and almost always equal it (they
 * differ by an ulp only where a true bound is a double with more than 30 digits, which the Apfloat
 * interval rounds outward). Plus a seeded containment property by the definition.
 */
class ApfloatSetOperationsTest {

    private static final long DIGITS = 30;

    private static ApfloatInterval ap(List<String> a, int i) {
        Interval x = ItlVectors.arg(a, i);
        return x.isEmpty() ? ApfloatInterval.empty(DIGITS) : ApfloatInterval.of(x.inf(), x.sup(), DIGITS);
    }

    private static Interval back(ApfloatInterval r) {
        return r.isEmpty() ? Interval.empty() : Interval.of(r.infDouble(), r.supDouble());
    }

    private static final Map<String, Function<List<String>, Object>> OPS = Map.ofEntries(
            Map.entry("equal", a -> ApfloatIntervalRelations.equal(ap(a, 0), ap(a, 1))),
            Map.entry("subset", a -> ApfloatIntervalRelations.subset(ap(a, 0), ap(a, 1))),
            Map.entry("less", a -> ApfloatIntervalRelations.less(ap(a, 0), ap(a, 1))),
            Map.entry("strictLess", a -> ApfloatIntervalRelations.strictLess(ap(a, 0), ap(a, 1))),
            Map.entry("precedes", a -> ApfloatIntervalRelations.precedes(ap(a, 0), ap(a, 1))),
            Map.entry("strictPrecedes", a -> ApfloatIntervalRelations.strictPrecedes(ap(a, 0), ap(a, 1))),
            Map.entry("interior", a -> ApfloatIntervalRelations.interior(ap(a, 0), ap(a, 1))),
            Map.entry("disjoint", a -> ApfloatIntervalRelations.disjoint(ap(a, 0), ap(a, 1))),
            Map.entry("overlap", a -> ApfloatIntervalRelations.overlap(ap(a, 0), ap(a, 1))),
            Map.entry("sqrRev", a -> back(ApfloatIntervalReverse.sqrRev(ap(a, 0)))),
            Map.entry("sqrRevBin", a -> back(ApfloatIntervalReverse.sqrRev(ap(a, 0), ap(a, 1)))),
            Map.entry("absRev", a -> back(ApfloatIntervalReverse.absRev(ap(a, 0)))),
            Map.entry("absRevBin", a -> back(ApfloatIntervalReverse.absRev(ap(a, 0), ap(a, 1)))),
            Map.entry("coshRev", a -> back(ApfloatIntervalReverse.coshRev(ap(a, 0)))),
            Map.entry("coshRevBin", a -> back(ApfloatIntervalReverse.coshRev(ap(a, 0), ap(a, 1)))),
            Map.entry("mulRev", a -> back(ApfloatIntervalReverse.mulRev(ap(a, 0), ap(a, 1)))),
            Map.entry("mulRevTen", a -> back(ApfloatIntervalReverse.mulRev(ap(a, 0), ap(a, 1), ap(a, 2)))),
            Map.entry("mulRevToPair", a -> {
                ApfloatInterval[] p = ApfloatIntervalReverse.mulRevToPair(ap(a, 0), ap(a, 1));
                return new Interval[] {back(p[0]), back(p[1])};
            }));

    @Test
    void relationsAgreeWithTheSuite() {
        int[] r = ItlVectors.check(LESS + STRICTLESS + PRECEDES + STRICTPRECEDES + OVERLAP + EQUAL + SUBSET + INTERIOR
                + DISJOINT, OPS, true);
        assertThat(r[0]).isGreaterThan(150);
    }

    @Test
    void reverseOperationsRoundToTheSuitesTightestDoubles() {
        int[] r = ItlVectors.check(SQRREV + SQRREVBIN + ABSREV + ABSREVBIN + COSHREV + COSHREVBIN + MULREV + MULREVTEN
                + MULREVTOPAIR, OPS, false);
        assertThat(r[0]).isEqualTo(135);
        assertThat(r[1]).as("equal to the suite of %d", r[0]).isGreaterThanOrEqualTo(r[0] * 9 / 10);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void reverseOperationsKeepEverySolution(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < 3; i++) {
            Interval xd = g.intervalIn(-6, 6);
            Interval bd = g.intervalIn(-6, 6);
            double p = g.memberOf(xd);
            double q = g.memberOf(bd);
            ApfloatInterval x = ApfloatInterval.of(xd.inf(), xd.sup(), DIGITS);
            ApfloatInterval b = ApfloatInterval.of(bd.inf(), bd.sup(), DIGITS);
            ApfloatInterval pt = ApfloatInterval.point(p, DIGITS);
            // C = the forward image of a box around p, so p's image lies in C
            ApfloatInterval around = ApfloatInterval.of(Math.min(p, p + 0.25), Math.max(p, p + 0.25), DIGITS);
            assertThat(ApfloatIntervalReverse.sqrRev(around.sqr(), x).contains(p)).as("%s sqrRev", g).isTrue();
            assertThat(ApfloatIntervalReverse.absRev(around.abs(), x).contains(p)).as("%s absRev", g).isTrue();
            assertThat(ApfloatIntervalReverse.coshRev(around.cosh(), x).contains(p)).as("%s coshRev", g).isTrue();
            ApfloatInterval c = pt.multiply(ApfloatInterval.point(q, DIGITS)).hull(around.multiply(b));
            assertThat(ApfloatIntervalReverse.mulRev(b, c, x).contains(p)).as("%s mulRev(%s, %s, %s) ∌ %s", g, b, c, x, p)
                    .isTrue();
        }
    }

    // less: 30 vectors from ITF1788 libieeep1788_bool.itl minimal_less_test; mpfi.itl mpfi_is_nonneg; mpfi.itl mpfi_is_nonpos
    private static final String LESS = """
        less [empty] [empty] = true;
        less [1.0,2.0] [empty] = false;
        less [-infinity,+infinity] [-infinity,+infinity] = true;
        less [0.0,2.0] [-infinity,+infinity] = false;
        less [-infinity,+infinity] [1.0,2.0] = false;
        less [-infinity,+infinity] [-0.0,2.0] = false;
        less [0.0,2.0] [-0.0,2.0] = true;
        less [-0.0,2.0] [1.0,2.0] = true;
        less [1.0,2.0] [3.0,4.0] = true;
        less [1.0,4.0] [3.0,4.0] = true;
        less [-3.0,-1.5] [-2.0,-1.0] = true;
        less [-0.0,-0.0] [0.0,0.0] = true;
        less [-0.0,0.0] [0.0,-0.0] = true;
        less [0.0,-0.0] [-0.0,0.0] = true;
        less [0.0, 0.0] [-infinity, 0.0] = false;
        less [0.0, 0.0] [entire] = false;
        less [0.0, 0.0] [-8.0, 0.0] = false;
        less [0.0, 0.0] [0.0, 5.0] = true;
        less [0.0, 0.0] [5.0, +infinity] = true;
        less [0.0, 0.0] [-8.0, -1.0] = false;
        less [0.0, 0.0] [-0x1921fb54442d18p-51, 0x1921fb54442d19p-51] = false;
        less [0.0, 0.0] [+8.0, +0x7fffffffffffbp+51] = true;
        less [-infinity, -8.0] [0.0, 0.0] = true;
        less [-infinity, 5.0] [0.0, 0.0] = false;
        less [-8.0, 0.0] [0.0, 0.0] = true;
        less [0.0, 5.0] [0.0, 0.0] = false;
        less [5.0, +infinity] [0.0, 0.0] = false;
        less [-8.0, -1.0] [0.0, 0.0] = true;
        less [-0x1921fb54442d18p-51, 0x1921fb54442d19p-51] [0.0, 0.0] = false;
        less [8.0, 0x7fffffffffffbp+51] [0.0, 0.0] = false;
        """;
    // strictLess: 14 vectors from ITF1788 libieeep1788_bool.itl minimal_strictly_less_test
    private static final String STRICTLESS = """
        strictLess [empty] [empty] = true;
        strictLess [1.0,2.0] [empty] = false;
        strictLess [empty] [1.0,2.0] = false;
        strictLess [-infinity,+infinity] [-infinity,+infinity] = true;
        strictLess [1.0,2.0] [-infinity,+infinity] = false;
        strictLess [-infinity,+infinity] [1.0,2.0] = false;
        strictLess [1.0,2.0] [1.0,2.0] = false;
        strictLess [1.0,2.0] [3.0,4.0] = true;
        strictLess [1.0,3.5] [3.0,4.0] = true;
        strictLess [1.0,4.0] [3.0,4.0] = false;
        strictLess [0.0,4.0] [0.0,4.0] = false;
        strictLess [-0.0,4.0] [0.0,4.0] = false;
        strictLess [-2.0,-1.0] [-2.0,-1.0] = false;
        strictLess [-3.0,-1.5] [-2.0,-1.0] = true;
        """;
    // precedes: 30 vectors from ITF1788 libieeep1788_bool.itl minimal_precedes_test; mpfi.itl mpfi_is_neg; mpfi.itl mpfi_is_pos
    private static final String PRECEDES = """
        precedes [empty] [3.0,4.0] = true;
        precedes [3.0,4.0] [empty] = true;
        precedes [1.0,2.0] [-infinity,+infinity] = false;
        precedes [-0.0,2.0] [-infinity,+infinity] = false;
        precedes [-infinity,+infinity] [-infinity,+infinity] = false;
        precedes [1.0,2.0] [3.0,4.0] = true;
        precedes [-3.0, -1.0] [-1.0,0.0] = true;
        precedes [1.0,3.5] [3.0,4.0] = false;
        precedes [-3.0, -0.1] [-1.0,0.0] = false;
        precedes [0.0,0.0] [-0.0,-0.0] = true;
        precedes [-0.0,0.0] [0.0,0.0] = true;
        precedes [0.0,-0.0] [0.0,0.0] = true;
        precedes [-infinity, -8.0] [0.0, 0.0] = true;
        precedes [-infinity, 0.0] [0.0, 0.0] = true;
        precedes [entire] [0.0, 0.0] = false;
        precedes [0.0, 0.0] [0.0, 0.0] = true;
        precedes [0.0, +infinity] [0.0, 0.0] = false;
        precedes [-34.0, -17.0] [0.0, 0.0] = true;
        precedes [-8.0, -1.0] [0.0, 0.0] = true;
        precedes [-0x1921fb54442d18p-51, 0x1921fb54442d19p-51] [0.0, 0.0] = false;
        precedes [+8.0, +0x7fffffffffffbp+51] [0.0, 0.0] = false;
        precedes [0.0, 0.0] [-infinity, -8.0] = false;
        precedes [0.0, 0.0] [-infinity, 0.0] = false;
        precedes [0.0, 0.0] [entire] = false;
        precedes [0.0, 0.0] [0.0, 0.0] = true;
        precedes [0.0, 0.0] [0.0, +infinity] = true;
        precedes [0.0, 0.0] [5.0, +infinity] = true;
        precedes [0.0, 0.0] [-8.0, -1.0] = false;
        precedes [0.0, 0.0] [-0x1921fb54442d18p-51, 0x1921fb54442d19p-51] = false;
        precedes [0.0, 0.0] [+8.0, +0x7fffffffffffbp+51] = true;
        """;
    // strictPrecedes: 30 vectors from ITF1788 libieeep1788_bool.itl minimal_strictly_precedes_test; mpfi.itl mpfi_is_strictly_neg; mpfi.itl mpfi_is_strictly_pos
    private static final String STRICTPRECEDES = """
        strictPrecedes [empty] [3.0,4.0] = true;
        strictPrecedes [3.0,4.0] [empty] = true;
        strictPrecedes [1.0,2.0] [-infinity,+infinity] = false;
        strictPrecedes [-infinity,+infinity] [1.0,2.0] = false;
        strictPrecedes [1.0,2.0] [3.0,4.0] = true;
        strictPrecedes [1.0,3.0] [3.0,4.0] = false;
        strictPrecedes [-3.0,-0.0] [0.0,1.0] = false;
        strictPrecedes [-3.0,0.0] [-0.0,1.0] = false;
        strictPrecedes [1.0,4.0] [3.0,4.0] = false;
        strictPrecedes [-3.0,-0.1] [-1.0,0.0] = false;
        strictPrecedes [-infinity, 0.0] [0.0, 0.0] = false;
        strictPrecedes [-infinity, 5.0] [0.0, 0.0] = false;
        strictPrecedes [-8.0, 0.0] [0.0, 0.0] = false;
        strictPrecedes [0.0, 0.0] [0.0, 0.0] = false;
        strictPrecedes [0.0, +infinity] [0.0, 0.0] = false;
        strictPrecedes [-34.0, -17.0] [0.0, 0.0] = true;
        strictPrecedes [-8.0, -1.0] [0.0, 0.0] = true;
        strictPrecedes [-0x1921fb54442d18p-51, 0x1921fb54442d19p-51] [0.0, 0.0] = false;
        strictPrecedes [0x1921fb54442d18p-51, 0x1921fb54442d19p-51] [0.0, 0.0] = false;
        strictPrecedes [+0x1fffffffffffffp-53, 2.0] [0.0, 0.0] = false;
        strictPrecedes [0.0, 0.0] [-infinity, -8.0] = false;
        strictPrecedes [0.0, 0.0] [-infinity, 5.0] = false;
        strictPrecedes [0.0, 0.0] [entire] = false;
        strictPrecedes [0.0, 0.0] [0.0, 0.0] = false;
        strictPrecedes [0.0, 0.0] [0.0, 5.0] = false;
        strictPrecedes [0.0, 0.0] [5.0, +infinity] = true;
        strictPrecedes [0.0, 0.0] [-34.0, -17.0] = false;
        strictPrecedes [0.0, 0.0] [-34.0, 17.0] = false;
        strictPrecedes [0.0, 0.0] [-0x1921fb54442d18p-51, 0x1921fb54442d19p-51] = false;
        strictPrecedes [0.0, 0.0] [+8.0, +0x7fffffffffffbp+51] = true;
        """;
    // overlap: 30 vectors from ITF1788 libieeep1788_overlap.itl minimal_overlap_test
    private static final String OVERLAP = """
        overlap [empty] [empty] = bothEmpty;
        overlap [empty] [1.0,2.0] = firstEmpty;
        overlap [-infinity,2.0] [3.0,infinity] = before;
        overlap [-infinity,2.0] [3.0,4.0] = before;
        overlap [1.0,2.0] [3.0,4.0] = before;
        overlap [2.0,2.0] [3.0,3.0] = before;
        overlap [2.0,2.0] [3.0,infinity] = before;
        overlap [1.0,2.0] [2.0,3.0] = meets;
        overlap [1.0,2.0] [2.0,infinity] = meets;
        overlap [1.0,2.0] [1.0,infinity] = starts;
        overlap [1.0,1.0] [1.0,3.0] = starts;
        overlap [1.0,2.0] [entire] = containedBy;
        overlap [1.0,2.0] [0.0,3.0] = containedBy;
        overlap [2.0,2.0] [0.0,3.0] = containedBy;
        overlap [1.0,2.0] [-infinity,2.0] = finishes;
        overlap [2.0,2.0] [0.0,2.0] = finishes;
        overlap [1.0,2.0] [1.0,2.0] = equals;
        overlap [-infinity,1.0] [-infinity,1.0] = equals;
        overlap [entire] [entire] = equals;
        overlap [3.0,4.0] [1.0,2.0] = after;
        overlap [3.0,3.0] [2.0,2.0] = after;
        overlap [3.0,infinity] [2.0,2.0] = after;
        overlap [2.0,3.0] [-infinity,2.0] = metBy;
        overlap [1.5,2.5] [1.0,2.0] = overlappedBy;
        overlap [1.0,infinity] [1.0,2.0] = startedBy;
        overlap [1.0,3.0] [1.0,1.0] = startedBy;
        overlap [-infinity,3.0] [1.0,2.0] = contains;
        overlap [0.0,3.0] [1.0,2.0] = contains;
        overlap [0.0,3.0] [2.0,2.0] = contains;
        overlap [0.0,2.0] [1.0,2.0] = finishedBy;
        """;
    // equal: 29 vectors from ITF1788 c-xsc.itl cxsc.intervalscalarsetcompops; c-xsc.itl cxsc.intervalsetcompops; libieeep1788_bool.itl minimal_equal_test
    private static final String EQUAL = """
        equal [-1.0, 2.0] [-1.0, 2.0] = true;
        equal [-2.0, 1.0] [-3.0, 2.0] = false;
        equal [-2.0, 2.0] [-1.0, 1.0] = false;
        equal [-2.0, 2.0] [-1.0, 2.0] = false;
        equal [-2.0, 2.0] [-2.0, 1.0] = false;
        equal [-2.0, 2.0] [-2.0, 3.0] = false;
        equal [-2.0, 2.0] [-3.0, 2.0] = false;
        equal [-1.0, 2.0] [-2.0, -2.0] = false;
        equal [-2.0, 2.0] [-2.0, -2.0] = false;
        equal [-2.0, 2.0] [0.0, 0.0] = false;
        equal [-2.0, 2.0] [2.0, 2.0] = false;
        equal [-2.0, 2.0] [3.0, 3.0] = false;
        equal [-1.0, -1.0] [1.0, 1.0] = false;
        equal [-1.0, -1.0] [-1.0, -1.0] = true;
        equal [1.0,2.0] [1.0,2.0] = true;
        equal [1.0,2.1] [1.0,2.0] = false;
        equal [empty] [empty] = true;
        equal [empty] [1.0,2.0] = false;
        equal [-infinity,+infinity] [-infinity,+infinity] = true;
        equal [1.0,2.4] [-infinity,+infinity] = false;
        equal [1.0,infinity] [1.0,infinity] = true;
        equal [1.0,2.4] [1.0,infinity] = false;
        equal [-infinity,2.0] [-infinity,2.0] = true;
        equal [-infinity,2.4] [-infinity,2.0] = false;
        equal [-2.0,0.0] [-2.0,0.0] = true;
        equal [-0.0,2.0] [0.0,2.0] = true;
        equal [-0.0,-0.0] [0.0,0.0] = true;
        equal [-0.0,0.0] [0.0,0.0] = true;
        equal [0.0,-0.0] [0.0,0.0] = true;
        """;
    // subset: 30 vectors from ITF1788 c-xsc.itl cxsc.intervalscalarsetcompops; c-xsc.itl cxsc.intervalsetcompops; libieeep1788_bool.itl minimal_subset_test
    private static final String SUBSET = """
        subset [-1.0, 2.0] [-1.0, 2.0] = true;
        subset [-2.0, 1.0] [-3.0, 2.0] = true;
        subset [-2.0, 2.0] [-1.0, 2.0] = false;
        subset [-2.0, 2.0] [-2.0, 3.0] = true;
        subset [-3.0, 2.0] [-2.0, 1.0] = false;
        subset [-1.0, 2.0] [-2.0, 2.0] = true;
        subset [-2.0, 1.0] [-2.0, 2.0] = true;
        subset [-3.0, 2.0] [-2.0, 2.0] = false;
        subset [-2.0, 2.0] [-2.0, -2.0] = false;
        subset [-2.0, 2.0] [2.0, 2.0] = false;
        subset [-1.0, -1.0] [1.0, 1.0] = false;
        subset [-1.0, -1.0] [-1.0, -1.0] = true;
        subset [-2.0, -2.0] [-2.0, 2.0] = true;
        subset [2.0, 2.0] [-2.0, 2.0] = true;
        subset [1.0, 1.0] [-1.0, -1.0] = false;
        subset [empty] [empty] = true;
        subset [empty] [0.0,4.0] = true;
        subset [empty] [-0.1,1.0] = true;
        subset [empty] [-0.1,-0.0] = true;
        subset [0.0,4.0] [empty] = false;
        subset [-0.1,1.0] [empty] = false;
        subset [-infinity,+infinity] [empty] = false;
        subset [-0.0,4.0] [-infinity,+infinity] = true;
        subset [-infinity,+infinity] [-infinity,+infinity] = true;
        subset [1.0,2.0] [0.0,4.0] = true;
        subset [0.1,0.2] [0.0,4.0] = true;
        subset [0.1,0.2] [-0.0,4.0] = true;
        subset [0.0,0.0] [-0.0,-0.0] = true;
        subset [-0.0,0.0] [0.0,0.0] = true;
        subset [0.0,-0.0] [0.0,0.0] = true;
        """;
    // interior: 30 vectors from ITF1788 c-xsc.itl cxsc.intervalscalarsetcompops; c-xsc.itl cxsc.intervalsetcompops; libieeep1788_bool.itl minimal_interior_test
    private static final String INTERIOR = """
        interior [-1.0, 2.0] [-1.0, 2.0] = false;
        interior [-2.0, 1.0] [-3.0, 2.0] = true;
        interior [-2.0, 2.0] [-1.0, 1.0] = false;
        interior [-2.0, 2.0] [-2.0, 1.0] = false;
        interior [-2.0, 2.0] [-2.0, 3.0] = false;
        interior [-1.0, 2.0] [-1.0, 2.0] = false;
        interior [-3.0, 2.0] [-2.0, 1.0] = false;
        interior [-1.0, 2.0] [-2.0, 2.0] = false;
        interior [-2.0, 1.0] [-2.0, 2.0] = false;
        interior [-3.0, 2.0] [-2.0, 2.0] = false;
        interior [-1.0, 2.0] [-2.0, -2.0] = false;
        interior [-2.0, 2.0] [0.0, 0.0] = false;
        interior [-2.0, 2.0] [2.0, 2.0] = false;
        interior [-1.0, -1.0] [1.0, 1.0] = false;
        interior [-1.0, -1.0] [-1.0, -1.0] = false;
        interior [-2.0, -2.0] [-2.0, 2.0] = false;
        interior [0.0, 0.0] [-2.0, 2.0] = true;
        interior [2.0, 2.0] [-2.0, 2.0] = false;
        interior [1.0, 1.0] [-1.0, -1.0] = false;
        interior [-1.0, -1.0] [-1.0, -1.0] = false;
        interior [empty] [0.0,4.0] = true;
        interior [0.0,4.0] [empty] = false;
        interior [0.0,4.0] [-infinity,+infinity] = true;
        interior [empty] [-infinity,+infinity] = true;
        interior [0.0,4.0] [0.0,4.0] = false;
        interior [1.0,2.0] [0.0,4.0] = true;
        interior [-0.0,-0.0] [-2.0,4.0] = true;
        interior [0.0,0.0] [-2.0,4.0] = true;
        interior [0.0,4.4] [0.0,4.0] = false;
        interior [-1.0,-1.0] [0.0,4.0] = false;
        """;
    // disjoint: 10 vectors from ITF1788 libieeep1788_bool.itl minimal_disjoint_test
    private static final String DISJOINT = """
        disjoint [empty] [3.0,4.0] = true;
        disjoint [3.0,4.0] [empty] = true;
        disjoint [empty] [empty] = true;
        disjoint [3.0,4.0] [1.0,2.0] = true;
        disjoint [0.0,0.0] [-0.0,-0.0] = false;
        disjoint [0.0,-0.0] [-0.0,0.0] = false;
        disjoint [3.0,4.0] [1.0,7.0] = false;
        disjoint [3.0,4.0] [-infinity,+infinity] = false;
        disjoint [-infinity,+infinity] [1.0,7.0] = false;
        disjoint [-infinity,+infinity] [-infinity,+infinity] = false;
        """;
    // sqrRev: 10 vectors from ITF1788 libieeep1788_rev.itl minimal_sqr_rev_test
    private static final String SQRREV = """
        sqrRev [empty] = [empty];
        sqrRev [-10.0,-1.0] = [empty];
        sqrRev [0.0,infinity] = [entire];
        sqrRev [0.0,1.0] = [-1.0,1.0];
        sqrRev [-0.5,1.0] = [-1.0,1.0];
        sqrRev [-1000.0,1.0] = [-1.0,1.0];
        sqrRev [0.0,25.0] = [-5.0,5.0];
        sqrRev [-1.0,25.0] = [-5.0,5.0];
        sqrRev [0X1.47AE147AE147BP-7,0X1.47AE147AE147CP-7] = [-0X1.999999999999BP-4,0X1.999999999999BP-4];
        sqrRev [0.0,0X1.FFFFFFFFFFFE1P+1] = [-0x1.ffffffffffff1p+0,0x1.ffffffffffff1p+0];
        """;
    // sqrRevBin: 11 vectors from ITF1788 libieeep1788_rev.itl minimal_sqr_rev_bin_test
    private static final String SQRREVBIN = """
        sqrRevBin [empty] [-5.0,1.0] = [empty];
        sqrRevBin [-10.0,-1.0] [-5.0,1.0] = [empty];
        sqrRevBin [0.0,infinity] [-5.0,1.0] = [-5.0,1.0];
        sqrRevBin [0.0,1.0] [-0.1,1.0] = [-0.1,1.0];
        sqrRevBin [-0.5,1.0] [-0.1,1.0] = [-0.1,1.0];
        sqrRevBin [-1000.0,1.0] [-0.1,1.0] = [-0.1,1.0];
        sqrRevBin [0.0,25.0] [-4.1,6.0] = [-4.1,5.0];
        sqrRevBin [-1.0,25.0] [-4.1,7.0] = [-4.1,5.0];
        sqrRevBin [1.0,25.0] [0.0,7.0] = [1.0,5.0];
        sqrRevBin [0X1.47AE147AE147BP-7,0X1.47AE147AE147CP-7] [-0.1,infinity] = [-0.1,0X1.999999999999BP-4];
        sqrRevBin [0.0,0X1.FFFFFFFFFFFE1P+1] [-0.1,infinity] = [-0.1,0x1.ffffffffffff1p+0];
        """;
    // absRev: 9 vectors from ITF1788 libieeep1788_rev.itl minimal_abs_rev_test
    private static final String ABSREV = """
        absRev [empty] = [empty];
        absRev [-1.1,-0.4] = [empty];
        absRev [0.0,infinity] = [entire];
        absRev [1.1,2.1] = [-2.1,2.1];
        absRev [-1.1,2.0] = [-2.0,2.0];
        absRev [-1.1,0.0] = [0.0,0.0];
        absRev [-1.9,0.2] = [-0.2,0.2];
        absRev [0.0,0.2] = [-0.2,0.2];
        absRev [-1.5,infinity] = [entire];
        """;
    // absRevBin: 30 vectors from ITF1788 abs_rev.itl minimal.absRevBin_test; libieeep1788_rev.itl minimal_abs_rev_bin_test
    private static final String ABSREVBIN = """
        absRevBin [empty] [entire] = [empty];
        absRevBin [0.0, 1.0] [empty] = [empty];
        absRevBin [0.0, 1.0] [7.0, 9.0] = [empty];
        absRevBin [empty] [0.0, 1.0] = [empty];
        absRevBin [-2.0, -1.0] [entire] = [empty];
        absRevBin [1.0, 1.0] [entire] = [-1.0, 1.0];
        absRevBin [0.0, 0.0] [entire] = [0.0, 0.0];
        absRevBin [-1.0, -1.0] [entire] = [empty];
        absRevBin [0x1.FFFFFFFFFFFFFp1023, 0x1.FFFFFFFFFFFFFp1023] [entire] = [-0x1.FFFFFFFFFFFFFp1023, 0x1.FFFFFFFFFFFFFp1023];
        absRevBin [0x1p-1022, 0x1p-1022] [entire] = [-0x1p-1022, 0x1p-1022];
        absRevBin [-0x1p-1022, -0x1p-1022] [entire] = [empty];
        absRevBin [-0x1.FFFFFFFFFFFFFp1023, -0x1.FFFFFFFFFFFFFp1023] [entire] = [empty];
        absRevBin [1.0, 2.0] [entire] = [-2.0, 2.0];
        absRevBin [1.0, 2.0] [0.0, 2.0] = [1.0, 2.0];
        absRevBin [0.0, 1.0] [-0.5, 2.0] = [-0.5, 1.0];
        absRevBin [-1.0, 1.0] [entire] = [-1.0, 1.0];
        absRevBin [-1.0, 0.0] [entire] = [0.0, 0.0];
        absRevBin [0.0, infinity] [entire] = [entire];
        absRevBin [entire] [entire] = [entire];
        absRevBin [-infinity, 0.0] [entire] = [0.0, 0.0];
        absRevBin [1.0, infinity] [-infinity, 0.0] = [-infinity, -1.0];
        absRevBin [-1.0, infinity] [entire] = [entire];
        absRevBin [-infinity, -1.0] [entire] = [empty];
        absRevBin [-infinity, 1.0] [entire] = [-1.0, 1.0];
        absRevBin [empty] [-1.1,5.0] = [empty];
        absRevBin [-1.1,-0.4] [-1.1,5.0] = [empty];
        absRevBin [0.0,infinity] [-1.1,5.0] = [-1.1,5.0];
        absRevBin [1.1,2.1] [-1.0,5.0] = [1.1,2.1];
        absRevBin [-1.1,2.0] [-1.1,5.0] = [-1.1,2.0];
        absRevBin [-1.1,0.0] [-1.1,5.0] = [0.0,0.0];
        """;
    // coshRev: 5 vectors from ITF1788 libieeep1788_rev.itl minimal_cosh_rev_test
    private static final String COSHREV = """
        coshRev [empty] = [empty];
        coshRev [1.0,infinity] = [entire];
        coshRev [0.0,infinity] = [entire];
        coshRev [1.0,1.0] = [0.0,0.0];
        coshRev [0X1.8B07551D9F55P+0,0X1.89BCA168970C6P+432] = [-0X1.2C903022DD7ABP+8,0X1.2C903022DD7ABP+8];
        """;
    // coshRevBin: 5 vectors from ITF1788 libieeep1788_rev.itl minimal_cosh_rev_bin_test
    private static final String COSHREVBIN = """
        coshRevBin [empty] [0.0,infinity] = [empty];
        coshRevBin [1.0,infinity] [0.0,infinity] = [0.0,infinity];
        coshRevBin [0.0,infinity] [1.0,2.0] = [1.0,2.0];
        coshRevBin [1.0,1.0] [1.0,infinity] = [empty];
        coshRevBin [0X1.8B07551D9F55P+0,0X1.89BCA168970C6P+432] [-infinity,0.0] = [-0X1.2C903022DD7ABP+8,-0x1.fffffffffffffp-1];
        """;
    // mulRev: 30 vectors from ITF1788 libieeep1788_rev.itl minimal_mul_rev_test
    private static final String MULREV = """
        mulRev [empty] [1.0, 2.0] = [empty];
        mulRev [-2.0, 1.1] [-2.1, -0.4]  = [entire];
        mulRev [-infinity, 1.1] [-2.1, -0.4]  = [entire];
        mulRev [-2.0, 0.0] [-2.1, 0.0]  = [entire];
        mulRev [-infinity, -0.1] [-2.1, 0.0]  = [0.0, 0X1.5P+4];
        mulRev [entire] [-2.1, 0.0]  = [entire];
        mulRev [0.0, 0.0] [-2.1, 0.12]  = [entire];
        mulRev [0.01, infinity] [-2.1, 0.12]  = [-0X1.A400000000001P+7 , 0X1.8P+3];
        mulRev [0.0, 1.1] [0.0, 0.12]  = [entire];
        mulRev [-2.0, infinity] [0.0, 0.12]  = [entire];
        mulRev [-2.0, 1.1] [0.01, 0.12]  = [entire];
        mulRev [-infinity, 1.1] [0.01, 0.12]  = [entire];
        mulRev [-2.0, -0.1] [0.0, 0.0]  = [0.0, 0.0];
        mulRev [-infinity, -0.1] [0.0, 0.0]  = [0.0, 0.0];
        mulRev [entire] [0.0, 0.0]  = [entire];
        mulRev [0.0, 0.0] [-infinity, -0.1] = [empty];
        mulRev [0.0, infinity] [-infinity, -0.1]  = [-infinity, 0.0];
        mulRev [0.0, 1.1] [-infinity, 0.0]  = [entire];
        mulRev [-2.0, infinity] [-infinity, 0.0]  = [entire];
        mulRev [-2.0, 0.0] [-infinity, 0.3]  = [entire];
        mulRev [-infinity, 0.0] [-infinity, 0.3]  = [entire];
        mulRev [-2.0, -0.1] [-0.21, infinity]  = [-infinity , 0X1.0CCCCCCCCCCCDP+1];
        mulRev [-infinity, -0.1] [-0.21, infinity]  = [-infinity, 0X1.0CCCCCCCCCCCDP+1];
        mulRev [0.01, infinity] [-0.21, infinity]  = [-0X1.5P+4, infinity];
        mulRev [0.01, 1.1] [0.0, infinity]  = [0.0, infinity];
        mulRev [0.0, infinity] [0.0, infinity]  = [entire];
        mulRev [0.0, 1.1] [0.04, infinity]  = [0X1.29E4129E4129DP-5, infinity];
        mulRev [-infinity, 1.1] [0.04, infinity]  = [entire];
        mulRev [-2.0, 0.0] [entire]  = [entire];
        mulRev [-infinity, 0.0] [entire]  = [entire];
        """;
    // mulRevTen: 5 vectors from ITF1788 libieeep1788_rev.itl minimal_mul_rev_ten_test
    private static final String MULREVTEN = """
        mulRevTen [-2.0, -0.1] [-2.1, -0.4] [-2.1, -0.4]  = [empty];
        mulRevTen [-2.0, 1.1] [-2.1, -0.4] [-2.1, -0.4]  = [-2.1, -0.4];
        mulRevTen [0.01, 1.1] [-2.1, 0.0] [-2.1, 0.0]  = [-2.1,0.0];
        mulRevTen [-infinity, -0.1] [0.0, 0.12] [0.0, 0.12] = [0.0, 0.0];
        mulRevTen [-2.0, 1.1] [0.04, infinity] [0.04, infinity]  = [0.04, infinity];
        """;
    // mulRevToPair: 30 vectors from ITF1788 libieeep1788_mul_rev.itl minimal_mulRevToPair_test
    private static final String MULREVTOPAIR = """
        mulRevToPair [empty] [1.0, 2.0] = [empty] [empty];
        mulRevToPair [-2.0, 1.1] [-2.1, -0.4] = [-infinity, -0X1.745D1745D1745P-2] [0X1.999999999999AP-3, infinity];
        mulRevToPair [-infinity, 1.1] [-2.1, -0.4] = [-infinity, -0X1.745D1745D1745P-2] [0.0, infinity];
        mulRevToPair [-2.0, 0.0] [-2.1, 0.0] = [entire] [empty];
        mulRevToPair [-infinity, -0.1] [-2.1, 0.0] = [0.0, 0X1.5P+4] [empty];
        mulRevToPair [entire] [-2.1, 0.0] = [entire] [empty];
        mulRevToPair [0.0, 0.0] [-2.1, 0.12] = [entire] [empty];
        mulRevToPair [0.01, infinity] [-2.1, 0.12] = [-0X1.A400000000001P+7 , 0X1.8P+3] [empty];
        mulRevToPair [0.0, 1.1] [0.0, 0.12] = [entire] [empty];
        mulRevToPair [-2.0, infinity] [0.0, 0.12] = [entire] [empty];
        mulRevToPair [-2.0, 1.1] [0.01, 0.12] = [-infinity, -0X1.47AE147AE147BP-8] [0X1.29E4129E4129DP-7, infinity];
        mulRevToPair [-infinity, 1.1] [0.01, 0.12] = [-infinity, 0.0] [0X1.29E4129E4129DP-7, infinity];
        mulRevToPair [-2.0, -0.1] [0.0, 0.0] = [0.0, 0.0] [empty];
        mulRevToPair [-infinity, -0.1] [0.0, 0.0] = [0.0, 0.0] [empty];
        mulRevToPair [entire] [0.0, 0.0] = [entire] [empty];
        mulRevToPair [0.0, 0.0] [-infinity, -0.1] = [empty] [empty];
        mulRevToPair [0.0, infinity] [-infinity, -0.1] = [-infinity, 0.0] [empty];
        mulRevToPair [0.0, 1.1] [-infinity, 0.0] = [entire] [empty];
        mulRevToPair [-2.0, infinity] [-infinity, 0.0] = [entire] [empty];
        mulRevToPair [-2.0, 0.0] [-infinity, 0.3] = [entire] [empty];
        mulRevToPair [-infinity, 0.0] [-infinity, 0.3] = [entire] [empty];
        mulRevToPair [-2.0, -0.1] [-0.21, infinity] = [-infinity , 0X1.0CCCCCCCCCCCDP+1] [empty];
        mulRevToPair [-infinity, -0.1] [-0.21, infinity] = [-infinity, 0X1.0CCCCCCCCCCCDP+1] [empty];
        mulRevToPair [0.01, infinity] [-0.21, infinity] = [-0X1.5P+4, infinity] [empty];
        mulRevToPair [0.01, 1.1] [0.0, infinity] = [0.0, infinity] [empty];
        mulRevToPair [0.0, infinity] [0.0, infinity] = [entire] [empty];
        mulRevToPair [0.0, 1.1] [0.04, infinity] = [0X1.29E4129E4129DP-5, infinity] [empty];
        mulRevToPair [-infinity, 1.1] [0.04, infinity] = [-infinity, 0.0] [0X1.29E4129E4129DP-5, infinity];
        mulRevToPair [-2.0, 0.0] [entire] = [entire] [empty];
        mulRevToPair [-infinity, 0.0] [entire] = [entire] [empty];
        """;
}
