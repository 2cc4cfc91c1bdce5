package org.taylorkit.interval.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;

/**
 * The fast tier of the fuzz reference against the Apfloat reference: a ball must contain the
 * 60-digit value, and a point the ball calls undefined must be undefined for Apfloat too. Over the
 * fuzz's own random expressions and points ({@code -Dfuzz.ballCases=N}, default 400, seeds from
 * 1788), so every function, the powers and the domain rules are exercised where the fuzz uses them.
 */
class BallArithmeticTest {

    private static final Apfloat1788 REF = new Apfloat1788(60);
    private static final Apfloat SLACK = new Apfloat("1e-45");

    @Test
    void everyBallContainsTheApfloatValueAndUndefinedAgrees() {
        long cases = Long.getLong("fuzz.ballCases", 400);
        List<String> wrong = new ArrayList<>();
        int balls = 0;
        int undefined = 0;
        for (long seed = 1788; seed < 1788 + cases; seed++) {
            FuzzExpressions gen = new FuzzExpressions(seed);
            Expr f = gen.next(3);
            Map<String, Ball> at = new LinkedHashMap<>();
            Map<String, Apfloat> atRef = new LinkedHashMap<>();
            for (String v : new String[] {"x", "y"}) {
                double[] s = gen.side();
                double p = gen.pointOf(s[0], s[1]);
                at.put(v, Ball.exact(p));
                atRef.put(v, REF.fromDouble(p));
            }
            Ball b;
            try {
                b = f.evaluate(BallArithmetic.INSTANCE, at);
            } catch (Undecided e) {
                continue;
            } catch (ArithmeticException e) {
                undefined++;
                try {
                    Apfloat v = f.evaluate(REF, atRef);
                    wrong.add("seed " + seed + ": " + f + " at " + at + ": ball says undefined (" + e.getMessage()
                            + "), Apfloat gives " + v.toString(true));
                } catch (ArithmeticException | Apfloat1788.Unreliable expected) {
                    // agreed (or beyond Apfloat's reach)
                }
                continue;
            }
            balls++;
            Apfloat v;
            try {
                v = f.evaluate(REF, atRef);
            } catch (RuntimeException e) {
                wrong.add("seed " + seed + ": " + f + " at " + at + ": ball " + b + ", Apfloat threw " + e);
                continue;
            }
            Apfloat s = SLACK.multiply(ApfloatMath.abs(v).compareTo(new Apfloat(1)) > 0 ? ApfloatMath.abs(v) : new Apfloat(1));
            if (REF.fromDouble(b.lower()).compareTo(v.add(s)) > 0 || REF.fromDouble(b.upper()).compareTo(v.subtract(s)) < 0) {
                wrong.add("seed " + seed + ": " + f + " at " + at + ": ball " + b + " misses " + v.toString(true));
            }
        }
        System.out.printf("Ball tier vs Apfloat: %d cases, %d balls checked, %d undefined agreed%n", cases, balls, undefined);
        assertThat(wrong).isEmpty();
        assertThat(balls).as("balls checked").isGreaterThan((int) (cases / 2));
    }

    /** Where the ball tier calls an exact point undefined, the Apfloat reference must throw ArithmeticException. */
    @Test
    void undefinedAtExactDomainBoundariesAgreesWithApfloat() {
        String[][] cases = {
            {"log", "0"}, {"log2", "0"}, {"log10", "-1"}, {"log1p", "-1"}, {"sqrt", "-0.5"}, {"asin", "1.0000000000000002"},
            {"acos", "-1.5"}, {"acosh", "0.5"}, {"atanh", "1"}, {"atanh", "-1"}, {"acoth", "1"}, {"acoth", "-0.5"},
            {"csc", "0"}, {"cot", "0"}, {"csch", "0"}, {"coth", "0"},
        };
        for (String[] c : cases) {
            org.taylorkit.core.ElementaryFunction f = org.taylorkit.core.function.Functions.byName(c[0]).orElseThrow();
            double x = Double.parseDouble(c[1]);
            assertThatThrownBy(() -> BallArithmetic.INSTANCE.apply(f, Ball.exact(x))).as(c[0] + "(" + x + ")")
                    .isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> REF.apply(f, REF.fromDouble(x))).as("Apfloat " + c[0] + "(" + x + ")")
                    .isInstanceOf(ArithmeticException.class);
        }
        BallArithmetic b = BallArithmetic.INSTANCE;
        for (double[] p : new double[][] {{0, 0}, {0, -1}, {-1, 0.5}, {-2, 2}}) {
            assertThatThrownBy(() -> b.pow(Ball.exact(p[0]), Ball.exact(p[1]))).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> REF.pow(REF.fromDouble(p[0]), REF.fromDouble(p[1]))).isInstanceOf(ArithmeticException.class);
        }
        assertThatThrownBy(() -> b.pow(Ball.exact(0), -2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> REF.pow(REF.fromDouble(0), -2)).isInstanceOf(ArithmeticException.class);
        assertThat(b.pow(Ball.exact(0), 0).mid).isEqualTo(REF.pow(REF.fromDouble(0), 0).doubleValue()).isEqualTo(1.0);
    }

    @Test
    void exactArithmeticStaysExact() {
        BallArithmetic b = BallArithmetic.INSTANCE;
        Ball x = b.pow(b.add(Ball.exact(0.5), Ball.exact(0.25)), 3); // 0.75³ = 27/64
        assertThat(x.isExact()).isTrue();
        assertThat(x.mid).isEqualTo(27.0 / 64);
        assertThat(b.divide(Ball.exact(3), Ball.exact(4)).isExact()).isTrue();
        assertThat(BallFunctions.apply("sqrt", Ball.exact(2.25)).isExact()).isTrue();
        assertThat(BallFunctions.apply("cos", Ball.exact(0)).mid).isEqualTo(1.0);
        Ball third = b.divide(Ball.exact(1), Ball.exact(3));
        assertThat(third.isExact()).isFalse();
        assertThat(third.lower()).isLessThan(third.upper());
    }

    @Test
    void polesDomainsAndHugeArgumentsAreLeftToApfloatOrUndefined() {
        BallArithmetic b = BallArithmetic.INSTANCE;
        assertThatThrownBy(() -> b.divide(Ball.exact(1), Ball.exact(0))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> b.divide(Ball.exact(1), new Ball(0, 1e-300))).isSameAs(Undecided.INSTANCE);
        assertThatThrownBy(() -> BallFunctions.apply("log", Ball.exact(-1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BallFunctions.apply("log", new Ball(1e-300, 1e-299))).isSameAs(Undecided.INSTANCE);
        assertThatThrownBy(() -> BallFunctions.apply("asin", Ball.exact(Math.nextUp(1.0)))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BallFunctions.apply("sin", Ball.exact(1e30))).isSameAs(Undecided.INSTANCE);
        assertThatThrownBy(() -> BallFunctions.apply("exp", Ball.exact(1000))).isSameAs(Undecided.INSTANCE);
        assertThatThrownBy(() -> b.pow(Ball.exact(-2), Ball.exact(0.5))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> b.pow(Ball.exact(0), Ball.exact(-1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BallFunctions.apply("acoth", Ball.exact(1))).isInstanceOf(ArithmeticException.class);
    }
}
