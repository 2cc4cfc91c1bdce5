package org.taylorkit.interval.itf1788;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taylorkit.interval.Interval;
import org.opentest4j.TestAbortedException;

/**
 * Runs every vector of the vendored ITF1788 suite ({@code src/test/resources/itf1788}, see its
 * README) against {@link org.taylorkit.interval.Interval}, one dynamic test per vector, grouped per
 * file and operation ({@link ItlErrata} corrects two expected results that are valid but not tight).
 * A result that does not contain the expected (tightest) one fails; wider but
 * containing results pass and are tallied; vectors of operations missing from
 * {@link ItlOperations} are skipped and counted as not implemented. The tally is printed once and
 * written to {@code target/itf1788-report.md}.
 */
class Itf1788SuiteTest {

    /** The vendored ITL files (ITF1788 commit b6ee1e2). */
    static final List<String> FILES = List.of("abs_rev.itl", "atan2.itl", "c-xsc.itl", "fi_lib.itl",
            "ieee1788-constructors.itl", "ieee1788-exceptions.itl", "libieeep1788_bool.itl",
            "libieeep1788_cancel.itl", "libieeep1788_class.itl", "libieeep1788_elem.itl",
            "libieeep1788_mul_rev.itl", "libieeep1788_num.itl", "libieeep1788_overlap.itl",
            "libieeep1788_rec_bool.itl", "libieeep1788_reduction.itl", "libieeep1788_rev.itl",
            "libieeep1788_set.itl", "mpfi.itl", "pow_rev.itl");

    private static final ItlReport REPORT = new ItlReport();

    @TestFactory
    Stream<DynamicNode> itf1788() {
        return FILES.stream().map(file -> {
            Map<String, List<ItlVector>> byOperation = ItlReader.readResource(file).stream().map(ItlErrata::apply)
                    .collect(Collectors.groupingBy(ItlOperations::key, TreeMap::new, Collectors.toList()));
            return DynamicContainer.dynamicContainer(file, byOperation.entrySet().stream()
                    .map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                            e.getValue().stream().map(v -> DynamicTest.dynamicTest("line " + v.line(), () -> run(v))))));
        });
    }

    private static void run(ItlVector v) {
        ItlOutcome outcome = evaluate(v);
        REPORT.record(v, outcome);
        switch (outcome.status()) {
            case NOT_IMPLEMENTED:
                throw new TestAbortedException("not implemented: " + outcome.message() + "  " + v.source());
            case FAILED:
                Assertions.fail(outcome.message() + "\n  " + v.source());
                break;
            default:
        }
    }

    /** Runs one vector through the dispatch table and judges its results. */
    static ItlOutcome evaluate(ItlVector v) {
        ItlOperations.Operation op = ItlOperations.lookup(v);
        if (op == null) {
            return ItlOutcome.notImplemented(ItlOperations.key(v));
        }
        boolean signalled = v.signals().contains("UndefinedOperation") && v.results().get(0).isEmptyInterval();
        List<Object> actual;
        try {
            actual = op.apply(new ItlArgs(v.args()));
        } catch (ItlOperations.Unsupported e) {
            return signalled ? ItlOutcome.TIGHT_RESULT : ItlOutcome.notImplemented(e.getMessage());
        } catch (IllegalArgumentException e) {
            // Java API: invalid input is an exception where the standard returns ∅ and signals
            return signalled ? ItlOutcome.TIGHT_RESULT : ItlOutcome.failed("threw " + e);
        }
        if (v.signals().contains("PossiblyUndefinedOperation") && actual.size() == 1
                && (actual.get(0) instanceof Interval x && x.isEmpty()
                    || actual.get(0) instanceof org.taylorkit.interval.DecoratedInterval d && (d.isNaI() || d.isEmpty()))) {
            // the input denotes no interval (e.g. text with inf > sup that rounds to a valid pair):
            // ∅ is the exact answer; the suite also allows the hull with this signal
            return ItlOutcome.TIGHT_RESULT;
        }
        return ItlOutcome.judge(v, actual);
    }

    /**
     * Regression guard: the tightest results reached (9 540 of 9 542, 99.98 %; the two others are
     * one ulp wide: cosRevBin, bare and decorated), every vector implemented, no result more than
     * 2 ulps wider than the tightest. A change that loses tightness fails here, with the report
     * (per file and per operation) printed above.
     */
    static final long MIN_TIGHT = 9540;
    static final long MAX_ULPS = 2;

    @AfterAll
    static void publishReport() {
        REPORT.publish();
        ItlReport.Tally total = REPORT.total();
        assertThat(total.failed).as("ITF1788 failures (see the dynamic tests)").isZero();
        if (total.run + total.notImplemented < 9542) {
            return; // a filtered run (-Dtest=...#method or a subset): the guard needs the whole suite
        }
        assertThat(total.notImplemented).as("ITF1788 vectors not implemented").isZero();
        assertThat(total.tight).as("ITF1788 tightest results (regression guard, see target/itf1788-report.md)")
                .isGreaterThanOrEqualTo(MIN_TIGHT);
        assertThat(REPORT.widest()).as("operations with a result more than %d ulps wider than the tightest", MAX_ULPS)
                .allSatisfy((op, ulps) -> assertThat(ulps).as(op).isLessThanOrEqualTo(MAX_ULPS));
    }
}
