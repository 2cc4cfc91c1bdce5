package org.taylorkit.interval.enclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;

/**
 * Early stop of bisection when the range is provably unbounded (issue 13: {@code enclose "1/x"
 * --over x=[-1,1]} used to spend its whole budget). The references are closed forms: 1/x and
 * (x+2)/(x−1/2) have poles inside their boxes; sin(x)/x, 1/(1+x²) are bounded.
 */
class UnboundedQuotientTest {

    private static RangeEnclosure bisect(String f, String box) {
        return Enclosures.bisect(Expr.parse(f), Box.parse(box), EnclosureMethod.TAYLOR_MODEL);
    }

    @Test
    void reciprocalOverAnIntervalAroundZeroStopsAtOnce() {
        RangeEnclosure r = bisect("1/x", "x=[-1,1]");
        assertThat(r.range()).isEqualTo(Interval.entire());
        assertThat(r.subBoxes()).isZero();
        assertThat(r.toleranceMet()).isTrue();
        assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("unbounded above and below"));
    }

    @Test
    void poleInsideAnAsymmetricBoxInTwoVariables() {
        RangeEnclosure r = bisect("(x+2)/(x-0.5+y*y)", "x=[0,1],y=[0,0.25]");
        assertThat(r.range()).isEqualTo(Interval.entire());
        assertThat(r.subBoxes()).isZero();
    }

    @Test
    void removableSingularityIsNotMistakenForAPole() {
        // sin(x)/x on [−1, 1] has range [sin 1, 1]: the numerator vanishes with x, no proof applies
        RangeEnclosure r = Enclosures.bisect(Expr.parse("sin(x)/x"), Box.parse("x=[-1,1]"), 1e-6,
                EnclosureMethod.TAYLOR_MODEL, Enclosures.DEFAULT_ORDER, 40);
        assertThat(r.subBoxes()).isGreaterThan(1);
        assertThat(r.note().orElse("")).doesNotContain("unbounded above and below");
        assertThat(r.range().contains(Math.sin(1.0))).isTrue();
    }

    @Test
    void denominatorWithoutSignChangeGivesNoProof() {
        RangeEnclosure r = bisect("1/(1+x^2)", "x=[-1,1]");
        assertThat(r.range().isBounded()).isTrue();
        assertThat(r.range().contains(0.5)).isTrue();
        assertThat(r.range().contains(1.0)).isTrue();
    }

    @Test
    void onlyOperationsContinuousOnTheRealLineCount() {
        assertThat(UnboundedQuotient.continuousEverywhere(Expr.parse("exp(x)*sin(y)^2 - atan(x) + x^3"))).isTrue();
        assertThat(UnboundedQuotient.continuousEverywhere(Expr.parse("sqrt(x)"))).isFalse();
        assertThat(UnboundedQuotient.continuousEverywhere(Expr.parse("x^-1"))).isFalse();
        assertThat(UnboundedQuotient.continuousEverywhere(Expr.parse("tan(x)"))).isFalse();
        // 1/tan(x) over [−1, 1]: tan is not continuous everywhere, so no shortcut (bisection decides)
        assertThat(Enclosures.bisect(Expr.parse("1/tan(x)"), Box.parse("x=[-1,1]"), 1e-6, EnclosureMethod.TAYLOR_MODEL,
                Enclosures.DEFAULT_ORDER, 20).subBoxes()).isGreaterThan(1);
    }
}
