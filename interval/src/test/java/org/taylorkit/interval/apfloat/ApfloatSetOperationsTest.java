package org.taylorkit.interval.apfloat;

import org.taylorkit.interval.IeeeReverseVectorsTest;
import org.taylorkit.interval.IeeeRoundingRelationsVectorsTest;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.ItlVectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * The set-level operations on {@link ApfloatInterval} ({@link ApfloatIntervalRelations},
 * {@link ApfloatIntervalReverse}, {@link ApfloatIntervalRounding}, {@link ApfloatIntervalCancel})
 * against the ITF1788 vectors of the double tests (github oheim/ITF1788; the blocks and their
 * sources are in {@link IeeeRoundingRelationsVectorsTest} and {@link IeeeReverseVectorsTest}): the double arguments are converted exactly to 30-digit
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
            Map.entry("sign", a -> back(ApfloatIntervalRounding.sign(ap(a, 0)))),
            Map.entry("ceil", a -> back(ApfloatIntervalRounding.ceil(ap(a, 0)))),
            Map.entry("floor", a -> back(ApfloatIntervalRounding.floor(ap(a, 0)))),
            Map.entry("trunc", a -> back(ApfloatIntervalRounding.trunc(ap(a, 0)))),
            Map.entry("roundTiesToEven", a -> back(ApfloatIntervalRounding.roundTiesToEven(ap(a, 0)))),
            Map.entry("roundTiesToAway", a -> back(ApfloatIntervalRounding.roundTiesToAway(ap(a, 0)))),
            Map.entry("cancelMinus", a -> back(ApfloatIntervalCancel.cancelMinus(ap(a, 0), ap(a, 1)))),
            Map.entry("cancelPlus", a -> back(ApfloatIntervalCancel.cancelPlus(ap(a, 0), ap(a, 1)))),
            Map.entry("sqrRev", a -> back(ApfloatIntervalReverse.sqrRev(ap(a, 0)))),
            Map.entry("sqrRevBin", a -> back(ApfloatIntervalReverse.sqrRev(ap(a, 0), ap(a, 1)))),
            Map.entry("absRev", a -> back(ApfloatIntervalReverse.absRev(ap(a, 0)))),
            Map.entry("absRevBin", a -> back(ApfloatIntervalReverse.absRev(ap(a, 0), ap(a, 1)))),
            Map.entry("coshRev", a -> back(ApfloatIntervalReverse.coshRev(ap(a, 0)))),
            Map.entry("coshRevBin", a -> back(ApfloatIntervalReverse.coshRev(ap(a, 0), ap(a, 1)))),
            Map.entry("mulRev", a -> back(ApfloatIntervalReverse.mulRev(ap(a, 0), ap(a, 1)))),
            Map.entry("mulRevTen", a -> back(ApfloatIntervalReverse.mulRev(ap(a, 0), ap(a, 1), ap(a, 2)))),
            Map.entry("pownRev", a -> back(ApfloatIntervalReverse.pownRev(ap(a, 0), Integer.parseInt(a.get(1))))),
            Map.entry("pownRevBin", a -> back(ApfloatIntervalReverse.pownRev(ap(a, 0), ap(a, 1), Integer.parseInt(a.get(2))))),
            Map.entry("mulRevToPair", a -> {
                ApfloatInterval[] p = ApfloatIntervalReverse.mulRevToPair(ap(a, 0), ap(a, 1));
                return new Interval[] {back(p[0]), back(p[1])};
            }));

    @Test
    void relationsAgreeWithTheSuite() {
        int[] r = ItlVectors.check(IeeeRoundingRelationsVectorsTest.LESS + IeeeRoundingRelationsVectorsTest.STRICTLESS + IeeeRoundingRelationsVectorsTest.PRECEDES + IeeeRoundingRelationsVectorsTest.STRICTPRECEDES + IeeeRoundingRelationsVectorsTest.OVERLAP + IeeeRoundingRelationsVectorsTest.EQUAL + IeeeRoundingRelationsVectorsTest.SUBSET
                + IeeeRoundingRelationsVectorsTest.INTERIOR + IeeeRoundingRelationsVectorsTest.DISJOINT, OPS, true);
        assertThat(r[0]).isEqualTo(281);
    }

    @Test
    void roundingsAreExactAndCancellationContainsTheSuitesResults() {
        // a 309-digit bound such as MAX_VALUE is rounded outward at 30 digits: contained, an ulp wider
        int[] q = ItlVectors.check(IeeeRoundingRelationsVectorsTest.SIGN + IeeeRoundingRelationsVectorsTest.CEIL
                + IeeeRoundingRelationsVectorsTest.FLOOR + IeeeRoundingRelationsVectorsTest.TRUNC
                + IeeeRoundingRelationsVectorsTest.ROUNDTIESTOEVEN + IeeeRoundingRelationsVectorsTest.ROUNDTIESTOAWAY, OPS, false);
        assertThat(q[0]).isEqualTo(88);
        assertThat(q[1]).isGreaterThanOrEqualTo(84);
        int[] r = ItlVectors.check(IeeeRoundingRelationsVectorsTest.CANCELMINUS + IeeeRoundingRelationsVectorsTest.CANCELPLUS, OPS, false);
        assertThat(r[0]).isEqualTo(100);
        // differences of decimal-looking doubles such as −5.1 − (−5) have ~50 digits: at 30 they are
        // rounded outward, an ulp wider than the suite's double result in about a quarter of the cases
        assertThat(r[1]).as("equal to the suite of %d", r[0]).isGreaterThanOrEqualTo(75);
    }

    @Test
    void reverseOperationsRoundToTheSuitesTightestDoubles() {
        int[] r = ItlVectors.check(IeeeReverseVectorsTest.SQRREV + IeeeReverseVectorsTest.SQRREVBIN + IeeeReverseVectorsTest.ABSREV + IeeeReverseVectorsTest.ABSREVBIN + IeeeReverseVectorsTest.COSHREV + IeeeReverseVectorsTest.COSHREVBIN + IeeeReverseVectorsTest.MULREV
                + IeeeReverseVectorsTest.MULREVTEN + IeeeReverseVectorsTest.MULREVTOPAIR, OPS, false);
        assertThat(r[0]).isEqualTo(196);
        assertThat(r[1]).as("equal to the suite of %d", r[0]).isGreaterThanOrEqualTo(r[0] * 9 / 10);
    }

    @Test
    void pownRevContainsTheSuitesResults() {
        // ITF1788's pownRev vectors (libieeep1788_rev.itl); the last check mode requires containment only
        int[] r = ItlVectors.check(IeeeReverseVectorsTest.POWNREV + IeeeReverseVectorsTest.POWNREVBIN, OPS, false);
        assertThat(r[0]).isGreaterThan(90);
        assertThat(r[1]).as("equal to the suite of %d", r[0]).isGreaterThanOrEqualTo(r[0] * 9 / 10);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void pownRevKeepsEverySolution(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int n : new int[] {2, 3, -2}) {
            Interval xd = g.intervalIn(-6, 6);
            double p = g.memberOf(xd);
            ApfloatInterval x = ApfloatInterval.of(xd.inf(), xd.sup(), DIGITS);
            ApfloatInterval around = ApfloatInterval.of(Math.min(p, p + 0.25), Math.max(p, p + 0.25), DIGITS);
            ApfloatInterval c = around.pow(n);
            if (p != 0 || n > 0) {
                assertThat(ApfloatIntervalReverse.pownRev(c, x, n).contains(p)).as("%s pownRev(%s, %s, %d) ∌ %s", g, c, x, n, p).isTrue();
            }
        }
        ApfloatInterval sq = ApfloatIntervalReverse.pownRev(ApfloatInterval.of(4, 9, DIGITS), 2); // [−3, 3]
        assertThat(sq.contains(-3.0) && sq.contains(3.0) && sq.widDouble() < 6 + 1e-10).as("%s", sq).isTrue();
        ApfloatInterval cube = ApfloatIntervalReverse.pownRev(ApfloatInterval.of(-8, -8, DIGITS), 3); // −2
        assertThat(cube.contains(-2.0) && cube.widDouble() < 1e-20).as("%s", cube).isTrue();
        assertThat(ApfloatIntervalReverse.pownRev(ApfloatInterval.of(-4, -1, DIGITS), 2).isEmpty()).isTrue();
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
}
