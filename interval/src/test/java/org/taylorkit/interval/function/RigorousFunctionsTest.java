package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;
import org.taylorkit.core.function.Functions;

/**
 * Every catalogue function has its rigorous enclosure, and the enclosures contain the function:
 * random sub-points of random intervals, evaluated by Apfloat at 40 digits (Apfloat's own functions,
 * independent of our rigorous code), must lie in the double and the 30-digit Apfloat enclosures.
 */
class RigorousFunctionsTest {

    private static final ApfloatPrecision P40 = new ApfloatPrecision(40);
    private static final long SEED = 20_261_206L;

    static Stream<ElementaryFunction> functions() {
        return Functions.all().stream();
    }

    @Test
    void everyCatalogueFunctionHasItsEnclosure() {
        for (ElementaryFunction f : Functions.all()) {
            assertThat(RigorousFunctions.of(f)).as(RigorousFunctions.className(f)).isNotNull();
        }
    }

    /** Whether f has a real series at x (its domain rule accepts x). */
    private static boolean inDomain(ElementaryFunction f, double x) {
        try {
            f.checkSeries(BoxedDoubleArithmetic.INSTANCE, x);
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void enclosuresContainApfloatValuesAtSampledPoints(ElementaryFunction f) {
        Random r = new Random(SEED + f.name().hashCode());
        RigorousFunction rf = RigorousFunctions.of(f);
        int checked = 0;
        for (int trial = 0; trial < 300 && checked < 100; trial++) {
            double a = (r.nextDouble() * 2 - 1) * 4;
            double b = a + r.nextDouble() * (r.nextBoolean() ? 1e-6 : 0.5);
            if (!inDomain(f, a) || !inDomain(f, b)) {
                continue;
            }
            Interval x = Interval.of(a, b);
            Interval y = rf.enclose(x);
            ApfloatInterval ya = rf.enclose(ApfloatInterval.of(a, b, 30), 30);
            for (double t : new double[] {0, 1, r.nextDouble()}) {
                double p = t == 1 ? b : a + t * (b - a);
                if (p > b) {
                    p = b;
                }
                Apfloat v = f.value(new Apfloat(new java.math.BigDecimal(p)), P40);
                // The reference is v rounded to 40 digits: the true value lies in [v − e, v + e].
                Apfloat e = ApfloatMath.abs(v).multiply(new Apfloat("1e-38", 40)).add(new Apfloat("1e-330", 40));
                Apfloat vLow = v.subtract(e);
                Apfloat vHigh = v.add(e);
                String what = String.format("%s(%s) = %s, seed %d trial %d, x = %s", f, p, v, SEED, trial, x);
                if (y.inf() != Double.NEGATIVE_INFINITY) {
                    assertThat(new Apfloat(new java.math.BigDecimal(y.inf())).compareTo(vHigh)).as("double lower " + what + " in " + y).isLessThanOrEqualTo(0);
                }
                if (y.sup() != Double.POSITIVE_INFINITY) {
                    assertThat(new Apfloat(new java.math.BigDecimal(y.sup())).compareTo(vLow)).as("double upper " + what + " in " + y).isGreaterThanOrEqualTo(0);
                }
                assertThat((!ya.isBoundedBelow() || ya.inf().compareTo(vHigh) <= 0) && (!ya.isBoundedAbove() || ya.sup().compareTo(vLow) >= 0))
                        .as("apfloat " + what + " in " + ya).isTrue();
            }
            checked++;
        }
        assertThat(checked).as(f.name()).isGreaterThan(20);
    }
}
