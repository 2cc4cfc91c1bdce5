package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.ItlVectors.arg;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * ITF1788 vectors (github oheim/ITF1788, files and testcases named above each block; a spread
 * sample when a block would be long) for the rounding, cancellation and comparison operations:
 * every result must equal the suite's (these operations are exact, hence always tightest).
 */
public class IeeeRoundingRelationsVectorsTest {

    private static final Map<String, Function<List<String>, Object>> OPS = Map.ofEntries(
            Map.entry("sign", a -> IntervalRounding.sign(arg(a, 0))),
            Map.entry("ceil", a -> IntervalRounding.ceil(arg(a, 0))),
            Map.entry("floor", a -> IntervalRounding.floor(arg(a, 0))),
            Map.entry("trunc", a -> IntervalRounding.trunc(arg(a, 0))),
            Map.entry("roundTiesToEven", a -> IntervalRounding.roundTiesToEven(arg(a, 0))),
            Map.entry("roundTiesToAway", a -> IntervalRounding.roundTiesToAway(arg(a, 0))),
            Map.entry("cancelMinus", a -> IntervalCancel.cancelMinus(arg(a, 0), arg(a, 1))),
            Map.entry("cancelPlus", a -> IntervalCancel.cancelPlus(arg(a, 0), arg(a, 1))),
            Map.entry("equal", a -> IntervalRelations.equal(arg(a, 0), arg(a, 1))),
            Map.entry("subset", a -> IntervalRelations.subset(arg(a, 0), arg(a, 1))),
            Map.entry("less", a -> IntervalRelations.less(arg(a, 0), arg(a, 1))),
            Map.entry("strictLess", a -> IntervalRelations.strictLess(arg(a, 0), arg(a, 1))),
            Map.entry("precedes", a -> IntervalRelations.precedes(arg(a, 0), arg(a, 1))),
            Map.entry("strictPrecedes", a -> IntervalRelations.strictPrecedes(arg(a, 0), arg(a, 1))),
            Map.entry("interior", a -> IntervalRelations.interior(arg(a, 0), arg(a, 1))),
            Map.entry("disjoint", a -> IntervalRelations.disjoint(arg(a, 0), arg(a, 1))),
            Map.entry("overlap", a -> IntervalRelations.overlap(arg(a, 0), arg(a, 1))));

    @Test
    void roundingVectorsAreReproducedExactly() {
        int[] r = ItlVectors.check(SIGN + CEIL + FLOOR + TRUNC + ROUNDTIESTOEVEN + ROUNDTIESTOAWAY, OPS, true);
        assertThat(r[0]).isEqualTo(11 + 15 + 13 + 13 + 18 + 18);
    }

    @Test
    void cancelVectorsAreReproducedExactly() {
        int[] r = ItlVectors.check(CANCELMINUS + CANCELPLUS, OPS, true);
        assertThat(r[0]).isEqualTo(50 + 50);
    }

    @Test
    void comparisonVectorsAreReproduced() {
        int[] r = ItlVectors.check(EQUAL + SUBSET + LESS + STRICTLESS + PRECEDES + STRICTPRECEDES + INTERIOR
                + DISJOINT + OVERLAP, OPS, true);
        assertThat(r[0]).isEqualTo(281);
    }

    // sign: 11 vectors from ITF1788 libieeep1788_elem.itl minimal_sign_test
    public static final String SIGN = """
        sign [empty] = [empty];
        sign [1.0,2.0] = [1.0,1.0];
        sign [-1.0,2.0] = [-1.0,1.0];
        sign [-1.0,0.0] = [-1.0,0.0];
        sign [0.0,2.0] = [0.0,1.0];
        sign [-0.0,2.0] = [0.0,1.0];
        sign [-5.0,-2.0] = [-1.0,-1.0];
        sign [0.0,0.0] = [0.0,0.0];
        sign [-0.0,-0.0] = [0.0,0.0];
        sign [-0.0,0.0] = [0.0,0.0];
        sign [entire] = [-1.0,1.0];
        """;
    // ceil: 15 vectors from ITF1788 libieeep1788_elem.itl minimal_ceil_test
    public static final String CEIL = """
        ceil [empty] = [empty];
        ceil [entire] = [entire];
        ceil [1.1,2.0] = [2.0,2.0];
        ceil [-1.1,2.0] = [-1.0,2.0];
        ceil [-1.1,0.0] = [-1.0,0.0];
        ceil [-1.1,-0.0] = [-1.0,0.0];
        ceil [-1.1,-0.4] = [-1.0,0.0];
        ceil [-1.9,2.2] = [-1.0,3.0];
        ceil [-1.0,2.2] = [-1.0,3.0];
        ceil [0.0,2.2] = [0.0,3.0];
        ceil [-0.0,2.2] = [0.0,3.0];
        ceil [-1.5,infinity] = [-1.0,infinity];
        ceil [0x1.FFFFFFFFFFFFFp1023,infinity] = [0x1.FFFFFFFFFFFFFp1023,infinity];
        ceil [-infinity,2.2] = [-infinity,3.0];
        ceil [-infinity,-0x1.FFFFFFFFFFFFFp1023] = [-infinity,-0x1.FFFFFFFFFFFFFp1023];
        """;
    // floor: 13 vectors from ITF1788 libieeep1788_elem.itl minimal_floor_test
    public static final String FLOOR = """
        floor [empty] = [empty];
        floor [entire] = [entire];
        floor [1.1,2.0] = [1.0,2.0];
        floor [-1.1,2.0] = [-2.0,2.0];
        floor [-1.1,0.0] = [-2.0,0.0];
        floor [-1.1,-0.0] = [-2.0,0.0];
        floor [-1.1,-0.4] = [-2.0,-1.0];
        floor [-1.9,2.2] = [-2.0,2.0];
        floor [-1.0,2.2] = [-1.0,2.0];
        floor [0.0,2.2] = [0.0,2.0];
        floor [-0.0,2.2] = [0.0,2.0];
        floor [-1.5,infinity] = [-2.0,infinity];
        floor [-infinity,2.2] = [-infinity,2.0];
        """;
    // trunc: 13 vectors from ITF1788 libieeep1788_elem.itl minimal_trunc_test
    public static final String TRUNC = """
        trunc [empty] = [empty];
        trunc [entire] = [entire];
        trunc [1.1,2.1] = [1.0,2.0];
        trunc [-1.1,2.0] = [-1.0,2.0];
        trunc [-1.1,0.0] = [-1.0,0.0];
        trunc [-1.1,-0.0] = [-1.0,0.0];
        trunc [-1.1,-0.4] = [-1.0,0.0];
        trunc [-1.9,2.2] = [-1.0,2.0];
        trunc [-1.0,2.2] = [-1.0,2.0];
        trunc [0.0,2.2] = [0.0,2.0];
        trunc [-0.0,2.2] = [0.0,2.0];
        trunc [-1.5,infinity] = [-1.0,infinity];
        trunc [-infinity,2.2] = [-infinity,2.0];
        """;
    // roundTiesToEven: 18 vectors from ITF1788 libieeep1788_elem.itl minimal_round_ties_to_even_test
    public static final String ROUNDTIESTOEVEN = """
        roundTiesToEven [empty] = [empty];
        roundTiesToEven [entire] = [entire];
        roundTiesToEven [1.1,2.1] = [1.0,2.0];
        roundTiesToEven [-1.1,2.0] = [-1.0,2.0];
        roundTiesToEven [-1.1,-0.4] = [-1.0,0.0];
        roundTiesToEven [-1.1,0.0] = [-1.0,0.0];
        roundTiesToEven [-1.1,-0.0] = [-1.0,0.0];
        roundTiesToEven [-1.9,2.2] = [-2.0,2.0];
        roundTiesToEven [-1.0,2.2] = [-1.0,2.0];
        roundTiesToEven [1.5,2.1] = [2.0,2.0];
        roundTiesToEven [-1.5,2.0] = [-2.0,2.0];
        roundTiesToEven [-1.1,-0.5] = [-1.0,0.0];
        roundTiesToEven [-1.9,2.5] = [-2.0,2.0];
        roundTiesToEven [0.0,2.5] = [0.0,2.0];
        roundTiesToEven [-0.0,2.5] = [0.0,2.0];
        roundTiesToEven [-1.5,2.5] = [-2.0,2.0];
        roundTiesToEven [-1.5,infinity] = [-2.0,infinity];
        roundTiesToEven [-infinity,2.2] = [-infinity,2.0];
        """;
    // roundTiesToAway: 18 vectors from ITF1788 libieeep1788_elem.itl minimal_round_ties_to_away_test
    public static final String ROUNDTIESTOAWAY = """
        roundTiesToAway [empty] = [empty];
        roundTiesToAway [entire] = [entire];
        roundTiesToAway [1.1,2.1] = [1.0,2.0];
        roundTiesToAway [-1.1,2.0] = [-1.0,2.0];
        roundTiesToAway [-1.1,0.0] = [-1.0,0.0];
        roundTiesToAway [-1.1,-0.0] = [-1.0,-0.0];
        roundTiesToAway [-1.1,-0.4] = [-1.0,0.0];
        roundTiesToAway [-1.9,2.2] = [-2.0,2.0];
        roundTiesToAway [-1.0,2.2] = [-1.0,2.0];
        roundTiesToAway [0.5,2.1] = [1.0,2.0];
        roundTiesToAway [-2.5,2.0] = [-3.0,2.0];
        roundTiesToAway [-1.1,-0.5] = [-1.0,-1.0];
        roundTiesToAway [-1.9,2.5] = [-2.0,3.0];
        roundTiesToAway [-1.5,2.5] = [-2.0,3.0];
        roundTiesToAway [0.0,2.5] = [0.0,3.0];
        roundTiesToAway [-0.0,2.5] = [0.0,3.0];
        roundTiesToAway [-1.5,infinity] = [-2.0,infinity];
        roundTiesToAway [-infinity,2.2] = [-infinity,2.0];
        """;
    // cancelMinus: 50 vectors from ITF1788 libieeep1788_cancel.itl minimal_cancel_minus_test
    public static final String CANCELMINUS = """
        cancelMinus [-infinity, -1.0] [empty] = [entire];
        cancelMinus [-1.0, infinity] [empty] = [entire];
        cancelMinus [entire] [empty] = [entire];
        cancelMinus [-infinity, -1.0] [-1.0,5.0] = [entire];
        cancelMinus [entire] [-1.0,5.0] = [entire];
        cancelMinus [-infinity, -1.0] [entire] = [entire];
        cancelMinus [-1.0, infinity] [entire] = [entire];
        cancelMinus [empty] [-infinity, -1.0] = [entire];
        cancelMinus [empty] [entire] = [entire];
        cancelMinus [-1.0,5.0] [-infinity, -1.0] = [entire];
        cancelMinus [-1.0,5.0] [-1.0, infinity] = [entire];
        cancelMinus [-1.0,5.0] [entire] = [entire];
        cancelMinus [entire] [-1.0, infinity] = [entire];
        cancelMinus [entire] [entire] = [entire];
        cancelMinus [-5.0, -1.0] [-5.1,-1.0] = [entire];
        cancelMinus [-5.0, -1.0] [-5.0,-0.9] = [entire];
        cancelMinus [-10.0, 5.0] [-10.1, 5.0] = [entire];
        cancelMinus [-10.0, 5.0] [-10.0, 5.1] = [entire];
        cancelMinus [-10.0, 5.0] [-10.1, 5.1] = [entire];
        cancelMinus [1.0, 5.0] [0.9, 5.0] = [entire];
        cancelMinus [1.0, 5.0] [0.9, 5.1] = [entire];
        cancelMinus [-10.0, -1.0] [empty] = [entire];
        cancelMinus [-10.0, 5.0] [empty] = [entire];
        cancelMinus [1.0, 5.0] [empty] = [entire];
        cancelMinus [empty] [-10.0, -1.0] = [empty];
        cancelMinus [empty] [-10.0, 5.0] = [empty];
        cancelMinus [empty] [1.0, 5.0] = [empty];
        cancelMinus [-5.1,-1.0] [-5.0, -1.0] = [-0X1.999999999998P-4,0.0];
        cancelMinus [-5.0,-0.9] [-5.0, -1.0] = [0.0, 0X1.9999999999998P-4];
        cancelMinus [-5.1,-0.9] [-5.0, -1.0] = [-0X1.999999999998P-4,0X1.9999999999998P-4];
        cancelMinus [-5.0,-1.0] [-5.0, -1.0] = [0.0,0.0];
        cancelMinus [-10.0, 5.1] [-10.0, 5.0] = [0.0,0X1.999999999998P-4];
        cancelMinus [-10.1, 5.1] [-10.0, 5.0] = [-0X1.999999999998P-4,0X1.999999999998P-4];
        cancelMinus [-10.0, 5.0] [-10.0, 5.0] = [0.0,0.0];
        cancelMinus [0.9, 5.0] [1.0, 5.0] = [-0X1.9999999999998P-4,0.0];
        cancelMinus [1.0, 5.1] [1.0, 5.0] = [0.0,0X1.999999999998P-4];
        cancelMinus [0.9, 5.1] [1.0, 5.0] = [-0X1.9999999999998P-4,0X1.999999999998P-4];
        cancelMinus [1.0, 5.0] [1.0, 5.0] = [0.0,0.0];
        cancelMinus [-5.0, 1.0] [-1.0, 5.0] = [-4.0,-4.0];
        cancelMinus [0X1.FFFFFFFFFFFFP+0,0X1.FFFFFFFFFFFFP+0] [0X1.999999999999AP-4,0X1.999999999999AP-4] = [0X1.E666666666656P+0,0X1.E666666666657P+0];
        cancelMinus [-0X1.999999999999AP-4,0X1.FFFFFFFFFFFFP+0] [-0.01,0X1.999999999999AP-4] = [-0X1.70A3D70A3D70BP-4,0X1.E666666666657P+0];
        cancelMinus [0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] [-0x1.FFFFFFFFFFFFFp1023,-0x1.FFFFFFFFFFFFFp1023] = [0x1.FFFFFFFFFFFFFp1023,infinity];
        cancelMinus [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] = [0.0,0.0];
        cancelMinus [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] [-0X1.FFFFFFFFFFFFEP+1023,0x1.FFFFFFFFFFFFFp1023] = [-0X1P+971,0.0];
        cancelMinus [-0x1.FFFFFFFFFFFFFp1023,0X1.FFFFFFFFFFFFEP+1023] [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] = [entire];
        cancelMinus [-0X1.FFFFFFFFFFFFEP+1023,0x1.FFFFFFFFFFFFFp1023] [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] = [entire];
        cancelMinus [0x0.0000000000001p-1022,0x0.0000000000001p-1022] [0x0.0000000000001p-1022,0x0.0000000000001p-1022] = [0.0,0.0];
        cancelMinus [0X1P-1022,0X1.0000000000002P-1022] [0X1P-1022,0X1.0000000000001P-1022] = [0.0,0X0.0000000000001P-1022];
        cancelMinus [0X1P-1022,0X1.0000000000001P-1022] [0X1P-1022,0X1.0000000000002P-1022] = [entire];
        cancelMinus [-0X1P+0,0X1.FFFFFFFFFFFFFP-53] [-0X1.FFFFFFFFFFFFEP-53,0X1P+0] = [-0X1.FFFFFFFFFFFFFP-1,-0X1.FFFFFFFFFFFFEP-1];
        """;
    // cancelPlus: 50 vectors from ITF1788 libieeep1788_cancel.itl minimal_cancel_plus_test
    public static final String CANCELPLUS = """
        cancelPlus [-infinity, -1.0] [empty] = [entire];
        cancelPlus [-1.0, infinity] [empty] = [entire];
        cancelPlus [entire] [empty] = [entire];
        cancelPlus [-infinity, -1.0] [-5.0,1.0] = [entire];
        cancelPlus [-1.0, infinity] [-5.0,1.0] = [entire];
        cancelPlus [entire] [-5.0,1.0] = [entire];
        cancelPlus [-infinity, -1.0] [entire] = [entire];
        cancelPlus [empty] [1.0, infinity] = [entire];
        cancelPlus [empty] [-infinity,1.0] = [entire];
        cancelPlus [empty] [entire] = [entire];
        cancelPlus [-1.0,5.0] [1.0,infinity] = [entire];
        cancelPlus [-1.0,5.0] [-infinity,1.0] = [entire];
        cancelPlus [-1.0,5.0] [entire] = [entire];
        cancelPlus [entire] [-infinity,1.0] = [entire];
        cancelPlus [entire] [entire] = [entire];
        cancelPlus [-5.0, -1.0] [1.0,5.1] = [entire];
        cancelPlus [-5.0, -1.0] [0.9,5.0] = [entire];
        cancelPlus [-5.0, -1.0] [0.9,5.1] = [entire];
        cancelPlus [-10.0, 5.0] [-5.0,10.1] = [entire];
        cancelPlus [-10.0, 5.0] [-5.1,10.1] = [entire];
        cancelPlus [1.0, 5.0] [-5.0,-0.9] = [entire];
        cancelPlus [1.0, 5.0] [-5.1,-1.0] = [entire];
        cancelPlus [1.0, 5.0] [-5.1,-0.9] = [entire];
        cancelPlus [-10.0, -1.0] [empty] = [entire];
        cancelPlus [-10.0, 5.0] [empty] = [entire];
        cancelPlus [1.0, 5.0] [empty] = [entire];
        cancelPlus [empty] [1.0,10.0] = [empty];
        cancelPlus [empty] [-5.0,10.0] = [empty];
        cancelPlus [empty] [-5.0,-1.0] = [empty];
        cancelPlus [-5.1,-0.0] [0.0,5.0] = [-0X1.999999999998P-4,0.0];
        cancelPlus [-5.1,-1.0] [1.0,5.0] = [-0X1.999999999998P-4,0.0];
        cancelPlus [-5.0,-0.9] [1.0,5.0] = [0.0, 0X1.9999999999998P-4];
        cancelPlus [-5.0,-1.0] [1.0,5.0] = [0.0,0.0];
        cancelPlus [-10.1, 5.0] [-5.0,10.0] = [-0X1.999999999998P-4,0.0];
        cancelPlus [-10.0, 5.1] [-5.0,10.0] = [0.0,0X1.999999999998P-4];
        cancelPlus [-10.1, 5.1] [-5.0,10.0] = [-0X1.999999999998P-4,0X1.999999999998P-4];
        cancelPlus [-10.0, 5.0] [-5.0,10.0] = [0.0,0.0];
        cancelPlus [0.9, 5.0] [-5.0,-1.0] = [-0X1.9999999999998P-4,0.0];
        cancelPlus [0.0, 5.1] [-5.0,-0.0] = [0.0,0X1.999999999998P-4];
        cancelPlus [0.9, 5.1] [-5.0,-1.0] = [-0X1.9999999999998P-4,0X1.999999999998P-4];
        cancelPlus [1.0, 5.0] [-5.0,-1.0] = [0.0,0.0];
        cancelPlus [0.0, 5.0] [-5.0,-0.0] = [0.0,0.0];
        cancelPlus [0X1.FFFFFFFFFFFFP+0,0X1.FFFFFFFFFFFFP+0] [-0X1.999999999999AP-4,-0X1.999999999999AP-4] = [0X1.E666666666656P+0,0X1.E666666666657P+0];
        cancelPlus [-0X1.999999999999AP-4,0X1.FFFFFFFFFFFFP+0] [-0X1.999999999999AP-4,0.01] = [-0X1.70A3D70A3D70BP-4,0X1.E666666666657P+0];
        cancelPlus [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] = [0.0,0.0];
        cancelPlus [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] [-0X1.FFFFFFFFFFFFEP+1023,0x1.FFFFFFFFFFFFFp1023] = [0.0,0X1P+971];
        cancelPlus [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] [-0x1.FFFFFFFFFFFFFp1023,0X1.FFFFFFFFFFFFEP+1023] = [-0X1P+971,0.0];
        cancelPlus [-0x1.FFFFFFFFFFFFFp1023,0X1.FFFFFFFFFFFFEP+1023] [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] = [entire];
        cancelPlus [-0X1.FFFFFFFFFFFFEP+1023,0x1.FFFFFFFFFFFFFp1023] [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] = [entire];
        cancelPlus [-0X1P+0,0X1.FFFFFFFFFFFFFP-53] [-0X1P+0,0X1.FFFFFFFFFFFFEP-53] = [-0X1.FFFFFFFFFFFFFP-1,-0X1.FFFFFFFFFFFFEP-1];
        """;
    // equal: 29 vectors from ITF1788 c-xsc.itl cxsc.intervalscalarsetcompops; c-xsc.itl cxsc.intervalsetcompops; libieeep1788_bool.itl minimal_equal_test
    public static final String EQUAL = """
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
    // subset: 38 vectors from ITF1788 c-xsc.itl cxsc.intervalscalarsetcompops; c-xsc.itl cxsc.intervalsetcompops; libieeep1788_bool.itl minimal_subset_test
    public static final String SUBSET = """
        subset [-1.0, 2.0] [-1.0, 2.0] = true;
        subset [-2.0, 1.0] [-3.0, 2.0] = true;
        subset [-2.0, 2.0] [-1.0, 1.0] = false;
        subset [-2.0, 2.0] [-2.0, 1.0] = false;
        subset [-2.0, 2.0] [-2.0, 3.0] = true;
        subset [-3.0, 2.0] [-2.0, 1.0] = false;
        subset [-1.0, 1.0] [-2.0, 2.0] = true;
        subset [-1.0, 2.0] [-2.0, 2.0] = true;
        subset [-2.0, 3.0] [-2.0, 2.0] = false;
        subset [-3.0, 2.0] [-2.0, 2.0] = false;
        subset [-2.0, 2.0] [-2.0, -2.0] = false;
        subset [-2.0, 2.0] [0.0, 0.0] = false;
        subset [-2.0, 2.0] [3.0, 3.0] = false;
        subset [-1.0, -1.0] [1.0, 1.0] = false;
        subset [-1.0, -1.0] [-1.0, -1.0] = true;
        subset [-2.0, -2.0] [-2.0, 2.0] = true;
        subset [0.0, 0.0] [-2.0, 2.0] = true;
        subset [3.0, 3.0] [-2.0, 2.0] = false;
        subset [1.0, 1.0] [-1.0, -1.0] = false;
        subset [empty] [empty] = true;
        subset [empty] [0.0,4.0] = true;
        subset [empty] [-0.0,4.0] = true;
        subset [empty] [-0.1,0.0] = true;
        subset [empty] [-0.1,-0.0] = true;
        subset [0.0,4.0] [empty] = false;
        subset [-0.0,4.0] [empty] = false;
        subset [-0.1,1.0] [empty] = false;
        subset [0.0,4.0] [-infinity,+infinity] = true;
        subset [-0.0,4.0] [-infinity,+infinity] = true;
        subset [-infinity,+infinity] [-infinity,+infinity] = true;
        subset [1.0,2.0] [1.0,2.0] = true;
        subset [1.0,2.0] [-0.0,4.0] = true;
        subset [0.1,0.2] [0.0,4.0] = true;
        subset [0.1,0.2] [-0.0,4.0] = true;
        subset [0.0,0.0] [-0.0,-0.0] = true;
        subset [-0.0,-0.0] [0.0,0.0] = true;
        subset [-0.0,0.0] [0.0,-0.0] = true;
        subset [0.0,-0.0] [0.0,0.0] = true;
        """;
    // less: 38 vectors from ITF1788 libieeep1788_bool.itl minimal_less_test; mpfi.itl mpfi_is_nonneg; mpfi.itl mpfi_is_nonpos
    public static final String LESS = """
        less [empty] [empty] = true;
        less [1.0,2.0] [empty] = false;
        less [-infinity,+infinity] [-infinity,+infinity] = true;
        less [1.0,2.0] [-infinity,+infinity] = false;
        less [-0.0,2.0] [-infinity,+infinity] = false;
        less [-infinity,+infinity] [1.0,2.0] = false;
        less [-infinity,+infinity] [-0.0,2.0] = false;
        less [0.0,2.0] [0.0,2.0] = true;
        less [0.0,2.0] [1.0,2.0] = true;
        less [-0.0,2.0] [1.0,2.0] = true;
        less [1.0,2.0] [3.0,4.0] = true;
        less [1.0,3.5] [3.0,4.0] = true;
        less [-2.0,-1.0] [-2.0,-1.0] = true;
        less [-3.0,-1.5] [-2.0,-1.0] = true;
        less [-0.0,-0.0] [0.0,0.0] = true;
        less [-0.0,0.0] [0.0,0.0] = true;
        less [0.0,-0.0] [0.0,0.0] = true;
        less [0.0,-0.0] [-0.0,0.0] = true;
        less [0.0, 0.0] [-infinity, 0.0] = false;
        less [0.0, 0.0] [entire] = false;
        less [0.0, 0.0] [-8.0, 0.0] = false;
        less [0.0, 0.0] [0.0, 5.0] = true;
        less [0.0, 0.0] [0.0, +infinity] = true;
        less [0.0, 0.0] [-34.0, -17.0] = false;
        less [0.0, 0.0] [-8.0, -1.0] = false;
        less [0.0, 0.0] [-0x1921fb54442d18p-51, 0x1921fb54442d19p-51] = false;
        less [0.0, 0.0] [0x1921fb54442d18p-51, 0x1921fb54442d19p-51] = true;
        less [0.0, 0.0] [+0x1fffffffffffffp-53, 2.0] = true;
        less [-infinity, -8.0] [0.0, 0.0] = true;
        less [-infinity, 5.0] [0.0, 0.0] = false;
        less [entire] [0.0, 0.0] = false;
        less [0.0, 0.0] [0.0, 0.0] = true;
        less [0.0, 5.0] [0.0, 0.0] = false;
        less [5.0, +infinity] [0.0, 0.0] = false;
        less [-34.0, -17.0] [0.0, 0.0] = true;
        less [-34.0, 17.0] [0.0, 0.0] = false;
        less [-0x1921fb54442d18p-51, 0x1921fb54442d19p-51] [0.0, 0.0] = false;
        less [8.0, 0x7fffffffffffbp+51] [0.0, 0.0] = false;
        """;
    // strictLess: 14 vectors from ITF1788 libieeep1788_bool.itl minimal_strictly_less_test
    public static final String STRICTLESS = """
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
    // precedes: 38 vectors from ITF1788 libieeep1788_bool.itl minimal_precedes_test; mpfi.itl mpfi_is_neg; mpfi.itl mpfi_is_pos
    public static final String PRECEDES = """
        precedes [empty] [3.0,4.0] = true;
        precedes [3.0,4.0] [empty] = true;
        precedes [empty] [empty] = true;
        precedes [0.0,2.0] [-infinity,+infinity] = false;
        precedes [-0.0,2.0] [-infinity,+infinity] = false;
        precedes [-infinity,+infinity] [1.0,2.0] = false;
        precedes [1.0,2.0] [3.0,4.0] = true;
        precedes [1.0,3.0] [3.0,4.0] = true;
        precedes [-3.0, -1.0] [-1.0,-0.0] = true;
        precedes [1.0,3.5] [3.0,4.0] = false;
        precedes [1.0,4.0] [3.0,4.0] = false;
        precedes [0.0,0.0] [-0.0,-0.0] = true;
        precedes [-0.0,-0.0] [0.0,0.0] = true;
        precedes [-0.0,0.0] [0.0,-0.0] = true;
        precedes [0.0,-0.0] [0.0,0.0] = true;
        precedes [0.0,-0.0] [-0.0,0.0] = true;
        precedes [-infinity, 0.0] [0.0, 0.0] = true;
        precedes [-infinity, 5.0] [0.0, 0.0] = false;
        precedes [-8.0, 0.0] [0.0, 0.0] = true;
        precedes [0.0, 0.0] [0.0, 0.0] = true;
        precedes [0.0, 5.0] [0.0, 0.0] = false;
        precedes [5.0, +infinity] [0.0, 0.0] = false;
        precedes [-34.0, -17.0] [0.0, 0.0] = true;
        precedes [-34.0, 17.0] [0.0, 0.0] = false;
        precedes [-0x1921fb54442d18p-51, 0x1921fb54442d19p-51] [0.0, 0.0] = false;
        precedes [0x1921fb54442d18p-51, 0x1921fb54442d19p-51] [0.0, 0.0] = false;
        precedes [+0x1fffffffffffffp-53, 2.0] [0.0, 0.0] = false;
        precedes [0.0, 0.0] [-infinity, -8.0] = false;
        precedes [0.0, 0.0] [-infinity, 5.0] = false;
        precedes [0.0, 0.0] [entire] = false;
        precedes [0.0, 0.0] [-8.0, 0.0] = false;
        precedes [0.0, 0.0] [0.0, 5.0] = true;
        precedes [0.0, 0.0] [0.0, +infinity] = true;
        precedes [0.0, 0.0] [-34.0, -17.0] = false;
        precedes [0.0, 0.0] [-8.0, -1.0] = false;
        precedes [0.0, 0.0] [-34.0, 17.0] = false;
        precedes [0.0, 0.0] [0x1921fb54442d18p-51, 0x1921fb54442d19p-51] = true;
        precedes [0.0, 0.0] [+8.0, +0x7fffffffffffbp+51] = true;
        """;
    // strictPrecedes: 38 vectors from ITF1788 libieeep1788_bool.itl minimal_strictly_precedes_test; mpfi.itl mpfi_is_strictly_neg; mpfi.itl mpfi_is_strictly_pos
    public static final String STRICTPRECEDES = """
        strictPrecedes [empty] [3.0,4.0] = true;
        strictPrecedes [3.0,4.0] [empty] = true;
        strictPrecedes [empty] [empty] = true;
        strictPrecedes [1.0,2.0] [-infinity,+infinity] = false;
        strictPrecedes [-infinity,+infinity] [1.0,2.0] = false;
        strictPrecedes [1.0,2.0] [3.0,4.0] = true;
        strictPrecedes [1.0,3.0] [3.0,4.0] = false;
        strictPrecedes [-3.0,-1.0] [-1.0,0.0] = false;
        strictPrecedes [-3.0,-0.0] [0.0,1.0] = false;
        strictPrecedes [-3.0,0.0] [-0.0,1.0] = false;
        strictPrecedes [1.0,4.0] [3.0,4.0] = false;
        strictPrecedes [-3.0,-0.1] [-1.0,0.0] = false;
        strictPrecedes [-infinity, -8.0] [0.0, 0.0] = true;
        strictPrecedes [-infinity, 0.0] [0.0, 0.0] = false;
        strictPrecedes [-infinity, 5.0] [0.0, 0.0] = false;
        strictPrecedes [-8.0, 0.0] [0.0, 0.0] = false;
        strictPrecedes [0.0, 0.0] [0.0, 0.0] = false;
        strictPrecedes [0.0, 5.0] [0.0, 0.0] = false;
        strictPrecedes [0.0, +infinity] [0.0, 0.0] = false;
        strictPrecedes [-34.0, -17.0] [0.0, 0.0] = true;
        strictPrecedes [-8.0, -1.0] [0.0, 0.0] = true;
        strictPrecedes [-34.0, 17.0] [0.0, 0.0] = false;
        strictPrecedes [-0x1921fb54442d18p-51, 0x1921fb54442d19p-51] [0.0, 0.0] = false;
        strictPrecedes [0x1921fb54442d18p-51, 0x1921fb54442d19p-51] [0.0, 0.0] = false;
        strictPrecedes [+0x1fffffffffffffp-53, 2.0] [0.0, 0.0] = false;
        strictPrecedes [0.0, 0.0] [-infinity, -8.0] = false;
        strictPrecedes [0.0, 0.0] [-infinity, 0.0] = false;
        strictPrecedes [0.0, 0.0] [-infinity, 5.0] = false;
        strictPrecedes [0.0, 0.0] [entire] = false;
        strictPrecedes [0.0, 0.0] [0.0, 0.0] = false;
        strictPrecedes [0.0, 0.0] [0.0, 5.0] = false;
        strictPrecedes [0.0, 0.0] [0.0, +infinity] = false;
        strictPrecedes [0.0, 0.0] [5.0, +infinity] = true;
        strictPrecedes [0.0, 0.0] [-34.0, -17.0] = false;
        strictPrecedes [0.0, 0.0] [-34.0, 17.0] = false;
        strictPrecedes [0.0, 0.0] [-0x1921fb54442d18p-51, 0x1921fb54442d19p-51] = false;
        strictPrecedes [0.0, 0.0] [0x1921fb54442d18p-51, 0x1921fb54442d19p-51] = true;
        strictPrecedes [0.0, 0.0] [+8.0, +0x7fffffffffffbp+51] = true;
        """;
    // interior: 38 vectors from ITF1788 c-xsc.itl cxsc.intervalscalarsetcompops; c-xsc.itl cxsc.intervalsetcompops; libieeep1788_bool.itl minimal_interior_test
    public static final String INTERIOR = """
        interior [-1.0, 2.0] [-1.0, 2.0] = false;
        interior [-2.0, 1.0] [-3.0, 2.0] = true;
        interior [-2.0, 2.0] [-1.0, 1.0] = false;
        interior [-2.0, 2.0] [-1.0, 2.0] = false;
        interior [-2.0, 2.0] [-2.0, 1.0] = false;
        interior [-2.0, 2.0] [-2.0, 3.0] = false;
        interior [-2.0, 2.0] [-3.0, 2.0] = false;
        interior [-3.0, 2.0] [-2.0, 1.0] = false;
        interior [-1.0, 1.0] [-2.0, 2.0] = true;
        interior [-1.0, 2.0] [-2.0, 2.0] = false;
        interior [-2.0, 1.0] [-2.0, 2.0] = false;
        interior [-2.0, 3.0] [-2.0, 2.0] = false;
        interior [-3.0, 2.0] [-2.0, 2.0] = false;
        interior [-2.0, 2.0] [-2.0, -2.0] = false;
        interior [-2.0, 2.0] [0.0, 0.0] = false;
        interior [-2.0, 2.0] [2.0, 2.0] = false;
        interior [-2.0, 2.0] [3.0, 3.0] = false;
        interior [-1.0, -1.0] [1.0, 1.0] = false;
        interior [-1.0, -1.0] [-1.0, -1.0] = false;
        interior [-2.0, -2.0] [-2.0, 2.0] = false;
        interior [0.0, 0.0] [-2.0, 2.0] = true;
        interior [2.0, 2.0] [-2.0, 2.0] = false;
        interior [3.0, 3.0] [-2.0, 2.0] = false;
        interior [1.0, 1.0] [-1.0, -1.0] = false;
        interior [-1.0, -1.0] [-1.0, -1.0] = false;
        interior [empty] [empty] = true;
        interior [0.0,4.0] [empty] = false;
        interior [-infinity,+infinity] [-infinity,+infinity] = true;
        interior [0.0,4.0] [-infinity,+infinity] = true;
        interior [empty] [-infinity,+infinity] = true;
        interior [-infinity,+infinity] [0.0,4.0] = false;
        interior [0.0,4.0] [0.0,4.0] = false;
        interior [-2.0,2.0] [-2.0,4.0] = false;
        interior [-0.0,-0.0] [-2.0,4.0] = true;
        interior [0.0,0.0] [-2.0,4.0] = true;
        interior [0.0,0.0] [-0.0,-0.0] = false;
        interior [0.0,4.4] [0.0,4.0] = false;
        interior [-1.0,-1.0] [0.0,4.0] = false;
        """;
    // disjoint: 10 vectors from ITF1788 libieeep1788_bool.itl minimal_disjoint_test
    public static final String DISJOINT = """
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
    // overlap: 38 vectors from ITF1788 libieeep1788_overlap.itl minimal_overlap_test
    public static final String OVERLAP = """
        overlap [empty] [empty] = bothEmpty;
        overlap [empty] [1.0,2.0] = firstEmpty;
        overlap [1.0,2.0] [empty] = secondEmpty;
        overlap [-infinity,2.0] [3.0,infinity] = before;
        overlap [2.0,2.0] [3.0,4.0] = before;
        overlap [1.0,2.0] [3.0,4.0] = before;
        overlap [1.0,2.0] [3.0,3.0] = before;
        overlap [2.0,2.0] [3.0,3.0] = before;
        overlap [-infinity,2.0] [2.0,3.0] = meets;
        overlap [1.0,2.0] [2.0,3.0] = meets;
        overlap [1.0,2.0] [2.0,infinity] = meets;
        overlap [1.0,2.0] [1.5,2.5] = overlaps;
        overlap [1.0,2.0] [1.0,3.0] = starts;
        overlap [1.0,1.0] [1.0,3.0] = starts;
        overlap [1.0,2.0] [entire] = containedBy;
        overlap [1.0,2.0] [-infinity,3.0] = containedBy;
        overlap [2.0,2.0] [0.0,3.0] = containedBy;
        overlap [2.0,2.0] [0.0,infinity] = containedBy;
        overlap [1.0,2.0] [-infinity,2.0] = finishes;
        overlap [2.0,2.0] [0.0,2.0] = finishes;
        overlap [1.0,2.0] [1.0,2.0] = equals;
        overlap [1.0,1.0] [1.0,1.0] = equals;
        overlap [-infinity,1.0] [-infinity,1.0] = equals;
        overlap [3.0,4.0] [2.0,2.0] = after;
        overlap [3.0,4.0] [1.0,2.0] = after;
        overlap [3.0,3.0] [1.0,2.0] = after;
        overlap [3.0,3.0] [2.0,2.0] = after;
        overlap [2.0,3.0] [1.0,2.0] = metBy;
        overlap [2.0,3.0] [-infinity,2.0] = metBy;
        overlap [1.5,2.5] [1.0,2.0] = overlappedBy;
        overlap [1.5,2.5] [-infinity,2.0] = overlappedBy;
        overlap [1.0,3.0] [1.0,2.0] = startedBy;
        overlap [1.0,3.0] [1.0,1.0] = startedBy;
        overlap [-infinity,3.0] [1.0,2.0] = contains;
        overlap [entire] [1.0,2.0] = contains;
        overlap [0.0,3.0] [2.0,2.0] = contains;
        overlap [-infinity,2.0] [1.0,2.0] = finishedBy;
        overlap [0.0,2.0] [1.0,2.0] = finishedBy;
        """;
}
