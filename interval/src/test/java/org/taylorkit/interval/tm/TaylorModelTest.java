package org.taylorkit.interval.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taylorkit.interval.Interval;

/** Taylor models: exact cases, truncation, rounding errors, functions and their domains, misuse. */
class TaylorModelTest {

    // e and 1/e to 25 digits (OEIS A001113, A068985)
    private static final BigDecimal E = new BigDecimal("2.718281828459045235360287");
    private static final BigDecimal INV_E = new BigDecimal("0.3678794411714423215955238");

    private static TaylorModelSpace space(int order, Object... sides) {
        Map<String, Interval> m = new LinkedHashMap<>();
        for (int i = 0; i < sides.length; i += 2) {
            m.put((String) sides[i], (Interval) sides[i + 1]);
        }
        return TaylorModelSpace.of(m, order);
    }

    private static void assertEncloses(Interval x, BigDecimal v) {
        assertThat(new BigDecimal(x.inf()).compareTo(v)).as("%s ∋ %s", x, v).isLessThanOrEqualTo(0);
        assertThat(new BigDecimal(x.sup()).compareTo(v)).as("%s ∋ %s", x, v).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aVariableIsItsMidpointPlusTheDeviationExactly() {
        TaylorModelSpace s = space(3, "x", Interval.of(1, 3));
        TaylorModel x = s.variable("x");
        assertThat(s.center(0)).isEqualTo(2.0);
        assertThat(s.deviation(0)).isEqualTo(Interval.of(-1, 1));
        assertThat(x.coefficient(0)).isEqualTo(2.0);
        assertThat(x.coefficient(1)).isEqualTo(1.0);
        assertThat(x.remainder()).isEqualTo(Interval.point(0));
        assertThat(x.bound()).isEqualTo(Interval.of(1, 3));
        assertThat(x.toString()).isEqualTo("2.0 + 1.0 δx + [0.0, 0.0]");
    }

    @Test
    void theDependencyProblemCancelsExactly() {
        TaylorModelSpace s = space(4, "x", Interval.of(0, 1));
        TaylorModel x = s.variable("x");
        TaylorModel d = x.subtract(x);
        assertThat(d.coefficients()).containsOnly(0.0);
        assertThat(d.bound()).isEqualTo(Interval.point(0));
        // interval arithmetic: [0,1] − [0,1] = [−1, 1]
        assertThat(Interval.of(0, 1).subtract(Interval.of(0, 1))).isEqualTo(Interval.of(-1, 1));
    }

    @Test
    void xTimesOneMinusXHasTheExactRangeOneQuarter() {
        TaylorModelSpace s = space(2, "x", Interval.of(0, 1));
        TaylorModel x = s.variable("x");
        TaylorModel f = x.multiply(x.negate().add(1.0));
        // x(1 − x) = 1/4 − δ² with δ = x − 1/2: exact in doubles
        assertThat(f.coefficient(0)).isEqualTo(0.25);
        assertThat(f.coefficient(1)).isEqualTo(0.0);
        assertThat(f.coefficient(2)).isEqualTo(-1.0);
        assertThat(f.remainder()).isEqualTo(Interval.point(0));
        assertThat(f.bound()).isEqualTo(Interval.of(0, 0.25));
    }

    @Test
    void truncatedTermsGoToTheRemainderWithTheirSign() {
        TaylorModelSpace s = space(1, "x", Interval.of(-1, 1));
        TaylorModel x = s.variable("x");
        TaylorModel sq = x.multiply(x);
        // order 1: δ² is truncated; δ² ∈ [0, 1] (not [−1, 1]) over δ ∈ [−1, 1]
        assertThat(sq.coefficients()).containsOnly(0.0);
        assertThat(sq.remainder()).isEqualTo(Interval.of(0, 1));
        TaylorModelSpace s2 = space(2, "x", Interval.of(-1, 1), "y", Interval.of(-2, 2));
        TaylorModel xy2 = s2.variable("x").multiply(s2.variable("y").square());
        // x·y² has degree 3: all in the remainder, bounded by [−1,1]·[0,4]
        assertThat(xy2.remainder()).isEqualTo(Interval.of(-4, 4));
    }

    @Test
    void roundingErrorsOfTheCoefficientsAreSweptIntoTheRemainder() {
        TaylorModelSpace s = space(3, "x", Interval.of(0, 1));
        TaylorModel x = s.variable("x");
        // 0.1 is not a double: the constant is its tight enclosure; (x + 0.1)^3 has inexact coefficients
        TaylorModel f = x.add(s.constant(Interval.fromDecimal("0.1"))).pow(3).multiply(1.0 / 3);
        assertThat(f.remainder().wid()).isPositive().isLessThan(1e-15);
        // exact values (x + 1/10)^3 · fl(1/3) at x = 0, 1/2, 1 lie in the bound, and the model
        // is tight: the bound is within 1e-14 of the exact range
        BigDecimal third = new BigDecimal(1.0 / 3);
        for (String xs : new String[] {"0", "0.5", "1"}) {
            BigDecimal v = new BigDecimal(xs).add(new BigDecimal("0.1")).pow(3).multiply(third);
            assertEncloses(f.bound(), v);
        }
        // the exact range has width (1.1^3 − 0.1^3)/3 = 0.4433…; bounding the cubic by its monomials
        // over δ ∈ [−1/2, 1/2] overestimates a little
        assertThat(f.bound().wid()).isBetween(1.33 / 3, 0.47);
    }

    @Test
    void expOverTheUnitBallIsTightAtHighOrder() {
        TaylorModelSpace s = space(12, "x", Interval.of(-1, 1));
        TaylorModel e = s.variable("x").exp();
        Interval b = e.bound();
        assertEncloses(b, E);
        assertEncloses(b, INV_E);
        // the polynomial's monomial bound overestimates the lower end by ~0.04 (odd terms taken at
        // their extremes independently); the remainder is negligible
        assertThat(b.wid()).isLessThan(E.subtract(INV_E).doubleValue() + 0.05);
        // Lagrange remainder e·1/13! ≈ 4.4e-10 dominates
        assertThat(e.remainder().wid()).isLessThan(2e-9);
    }

    @Test
    void functionsComposeInsideTheirDomains() {
        TaylorModelSpace s = space(6, "x", Interval.of(1, 4));
        TaylorModel x = s.variable("x");
        assertEncloses(x.sqrt().bound(), new BigDecimal(2));
        assertEncloses(x.sqrt().bound(), BigDecimal.ONE);
        // on [1, 1.21] (far from the branch point 0 relative to the width) the model is tight
        TaylorModel y = space(6, "y", Interval.of(1, 1.21)).variable("y");
        assertThat(y.sqrt().bound().wid()).isBetween(0.1, 0.1 + 1e-5);
        assertThat(y.pow(Interval.point(0.5)).bound().wid()).isBetween(0.1, 0.1 + 1e-5);
        assertThat(x.log().bound().inf()).isLessThanOrEqualTo(0.0);
        // log 4 = 1.3862943611198906188 (2·ln 2, OEIS A002162)
        assertEncloses(x.log().bound(), new BigDecimal("1.3862943611198906188"));
        assertThat(x.reciprocal().bound().sup()).isGreaterThanOrEqualTo(1.0);
        TaylorModel z = space(6, "z", Interval.of(2, 3)).variable("z");
        assertThat(z.divide(z).bound().wid()).as("z/z = 1 up to the remainder").isLessThan(1e-3);
        assertThat(x.abs()).isEqualTo(x);
        assertThat(x.negate().abs().bound()).isEqualTo(x.bound());
    }

    @Test
    void functionsOutsideTheirSmoothDomainThrowNamingTheFunction() {
        TaylorModelSpace s = space(4, "x", Interval.of(-1, 1));
        TaylorModel x = s.variable("x");
        assertThatThrownBy(x::log).isInstanceOf(TaylorModelDomainException.class).hasMessageContaining("log");
        assertThatThrownBy(x::reciprocal).isInstanceOf(TaylorModelDomainException.class).hasMessageContaining("division");
        assertThatThrownBy(x::sqrt).hasMessageContaining("sqrt");
        assertThatThrownBy(x::abs).hasMessageContaining("abs");
        assertThatThrownBy(() -> x.multiply(2.0).asin()).hasMessageContaining("asin");
        assertThatThrownBy(() -> x.pow(-2)).hasMessageContaining("division");
        TaylorModelSpace s0 = space(4, "x", Interval.of(0, 1));
        assertThatThrownBy(() -> s0.variable("x").sqrt()).as("not smooth at 0").hasMessageContaining("sqrt");
    }

    @Test
    void atan2FollowsTheQuadrantAndRefusesTheBranchCut() {
        TaylorModelSpace right = space(5, "x", Interval.of(1, 2), "y", Interval.of(-1, 1));
        Interval a = TaylorModel.atan2(right.variable("y"), right.variable("x")).bound();
        // atan2(±1, 1) = ±π/4 = ±0.785398163397448309615660845819875721
        assertEncloses(a, new BigDecimal("0.7853981633974483096"));
        assertEncloses(a, new BigDecimal("-0.7853981633974483096"));
        TaylorModelSpace upperLeft = space(5, "x", Interval.of(-2, -1), "y", Interval.of(1, 2));
        Interval b = TaylorModel.atan2(upperLeft.variable("y"), upperLeft.variable("x")).bound();
        // atan2(1, −2) = π − atan(1/2) = 2.677945044588987122; atan2(2, −1) = π − atan 2 = 2.034443935795702735
        assertEncloses(b, new BigDecimal("2.677945044588987122"));
        assertEncloses(b, new BigDecimal("2.034443935795702735"));
        // the exact range has width 0.6435; an order-5 model over a box this wide overestimates
        assertThat(b.wid()).isBetween(0.64, 1.3);
        TaylorModelSpace cut = space(5, "x", Interval.of(-2, -1), "y", Interval.of(-1, 1));
        assertThatThrownBy(() -> TaylorModel.atan2(cut.variable("y"), cut.variable("x"))).hasMessageContaining("branch cut");
    }

    @Test
    void misuseIsRejectedWithClearMessages() {
        TaylorModelSpace s = space(2, "x", Interval.of(0, 1));
        TaylorModelSpace t = space(2, "x", Interval.of(0, 1));
        assertThatThrownBy(() -> s.variable("x").add(t.variable("x"))).hasMessageContaining("different spaces");
        assertThatThrownBy(() -> s.variable("y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> space(2, "x", Interval.of(0, Double.POSITIVE_INFINITY))).hasMessageContaining("bounded");
        assertThatThrownBy(() -> space(40, "x", Interval.of(0, 1), "y", Interval.of(0, 1), "z", Interval.of(0, 1)))
                .hasMessageContaining("above the limit");
        assertThatThrownBy(() -> s.variable("x").divide(0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> s.constant(Interval.entire())).hasMessageContaining("bounded");
    }

    @Test
    void theArithmeticMapsConstantsAndSigns() {
        TaylorModelSpace s = space(3, "x", Interval.of(1, 2));
        TaylorModelArithmetic ar = s.arithmetic();
        assertThat(ar.isZero(ar.zero())).isTrue();
        assertThat(ar.isZero(ar.subtract(s.variable("x"), s.variable("x")))).isTrue();
        assertThat(ar.signum(s.variable("x"))).isEqualTo(1);
        assertThat(ar.signum(s.variable("x").negate())).isEqualTo(-1);
        assertThatThrownBy(() -> ar.signum(s.variable("x").add(-1.5))).isInstanceOf(ArithmeticException.class);
        assertThat(ar.toDouble(s.variable("x"))).isEqualTo(1.5);
        assertEncloses(ar.pi().bound(), new BigDecimal("3.14159265358979323846"));
        assertEncloses(ar.fromDecimal("0.1").bound(), new BigDecimal("0.1"));
        assertThat(ar.norm(s.variable("x"))).isEqualTo(2.0);
    }
}
