package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Construction, access, the order rule, printing, equality, and the small calculus operations. */
class Taylor1ConstructionTest {

    @Test
    void factories() {
        assertArrayEquals(new double[] {2.5, 0, 0}, Taylor1.constant(2.5, 2).coefficients());
        assertArrayEquals(new double[] {-1, 1, 0, 0}, Taylor1.variable(-1, 3).coefficients());
        assertArrayEquals(new double[] {7}, Taylor1.variable(7, 0).coefficients(), "variable at order 0");
        assertArrayEquals(new double[] {0, 0}, Taylor1.zero(1).coefficients());
        double[] raw = {1, 2, 3};
        Taylor1 s = Taylor1.of(raw);
        raw[0] = 99;
        assertEquals(1.0, s.value(), "of(...) copies its argument");
        s.coefficients()[1] = 99;
        assertEquals(2.0, s.coefficient(1), "coefficients() returns a copy");
        assertEquals(2, s.order());
    }

    @Test
    void invalidArguments() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> Taylor1.constant(1, -3)).getMessage())
                .contains("-3");
        assertThrows(IllegalArgumentException.class, () -> Taylor1.variable(0, -1));
        assertThrows(IllegalArgumentException.class, () -> Taylor1.zero(-1));
        assertThrows(IllegalArgumentException.class, Taylor1::of);
        Taylor1 s = Taylor1.of(1, 2, 3);
        assertThat(assertThrows(IndexOutOfBoundsException.class, () -> s.coefficient(3)).getMessage())
                .contains("k = 3").contains("0..2");
        assertThrows(IndexOutOfBoundsException.class, () -> s.coefficient(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> s.derivative(5));
        assertThrows(IllegalArgumentException.class, () -> s.truncate(3));
        assertThrows(IllegalArgumentException.class, () -> s.pow(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Taylor1.variable(1, 0).revert());
    }

    @Test
    void truncate() {
        Taylor1 s = Taylor1.of(1, 2, 3, 4);
        assertEquals(Taylor1.of(1, 2), s.truncate(1));
        assertEquals(s, s.truncate(3));
    }

    @Test
    void orderRuleTakesTheSmallerOrder() {
        Taylor1 a = Taylor1.of(1, 2, 3, 4, 5);
        Taylor1 b = Taylor1.of(1, -1, 2);
        assertEquals(Taylor1.of(2, 1, 5), a.add(b));
        assertEquals(Taylor1.of(0, 3, 1), a.subtract(b));
        // (1 + 2t + 3t²)(1 − t + 2t²) = 1 + t + 3t² + …
        assertEquals(Taylor1.of(1, 1, 3), a.multiply(b));
        assertEquals(2, a.divide(b).order());
        assertEquals(2, Taylor1.atan2(a, b).order());
        assertEquals(2, a.pow(b.add(1.0)).order());
        assertEquals(2, a.evaluate(Taylor1.of(0, 1, 1)).order());
    }

    @Test
    void scalarOperations() {
        Taylor1 a = Taylor1.of(1, 2, 3);
        assertEquals(Taylor1.of(3, 2, 3), a.add(2));
        assertEquals(Taylor1.of(-1, 2, 3), a.subtract(2));
        assertEquals(Taylor1.of(2, 4, 6), a.multiply(2));
        assertEquals(Taylor1.of(0.5, 1, 1.5), a.divide(2));
        assertEquals(Taylor1.of(-1, -2, -3), a.negate());
        assertEquals(Taylor1.of(1, 4, 10), a.square(), "(1 + 2t + 3t²)² = 1 + 4t + 10t² + …");
        assertEquals(a.multiply(a).multiply(a), a.pow(3));
        // 1/(1 + 2t + 3t²) = 1 − 2t + t² + …
        assertEquals(Taylor1.of(1, -2, 1), a.reciprocal());
    }

    @Test
    void printing() {
        assertEquals("1.0 + 2.0 t + 0.5 t^2 + O(t^3)", Taylor1.of(1, 2, 0.5).toString());
        assertEquals("1.0 - 2.0 t + 3.0 t^3 + O(t^4)", Taylor1.of(1, -2, 0, 3).toString());
        assertEquals("-1.0 t + O(t^2)", Taylor1.of(0, -1).toString());
        assertEquals("0.0 + O(t^3)", Taylor1.zero(2).toString());
    }

    @Test
    void equalityTreatsSignedZerosAndNaNsAlike() {
        Taylor1 a = Taylor1.of(0.0, 1.0, Double.NaN);
        Taylor1 b = Taylor1.of(-0.0, 1.0, Double.NaN);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(Taylor1.of(0.0, 1.0), Taylor1.of(0.0, 1.0, 0.0), "different orders");
        assertNotEquals(Taylor1.of(1.0), Taylor1.of(1.0 + Math.ulp(1.0)));
        assertNotEquals(Taylor1.of(1.0), "1.0");
    }

    @Test
    void nanPropagatesWithoutDomainErrors() {
        for (Taylor1 r : new Taylor1[] {Taylor1.of(Double.NaN, 1).log(), Taylor1.of(Double.NaN, 1).sqrt(),
                Taylor1.of(Double.NaN, 1).asin(), Taylor1.of(Double.NaN, 1).acosh(),
                Taylor1.of(Double.NaN, 1).abs(), Taylor1.of(Double.NaN, 1).pow(0.5)}) {
            assertTrue(Double.isNaN(r.value()) && Double.isNaN(r.coefficient(1)), r.toString());
        }
    }

    @Test
    void evaluateAtADisplacement() {
        assertEquals(17.0, Taylor1.of(1, 2, 3).evaluate(2.0), "1 + 2·2 + 3·4");
        // The order-20 expansion of e^x at 0, evaluated at t = 0.5 (remainder < 0.5^21/21! ≈ 1e−26).
        assertEquals(Math.exp(0.5), Taylor1.variable(0, 20).exp().evaluate(0.5), 4e-16);
        // Expansion at x0 = 1, evaluated at t = 0.25: log(1.25).
        assertEquals(Math.log(1.25), Taylor1.variable(1, 40).log().evaluate(0.25), 1e-15);
    }

    @Test
    void evaluateAtASeriesComposes() {
        Taylor1 t = Taylor1.variable(0, 15);
        Taylor1 expSeries = t.exp();
        Taylor1 sinSeries = t.sin();
        Taylor1Asserts.assertSeriesClose(sinSeries.exp(), expSeries.evaluate(sinSeries), 1.0, 1e-15, "exp∘sin");
        // Non-zero inner constant: (1 + 2u + 3u²) at u = 1 + t is 6 + 8t + 3t².
        assertEquals(Taylor1.of(6, 8, 3), Taylor1.of(1, 2, 3).evaluate(Taylor1.of(1, 1, 0)));
    }

    @Test
    void differentiateAndIntegrate() {
        assertEquals(Taylor1.of(2, 6), Taylor1.of(1, 2, 3).differentiate());
        assertEquals(Taylor1.zero(0), Taylor1.of(5).differentiate());
        assertEquals(Taylor1.of(5, 1, 1, 1), Taylor1.of(1, 2, 3).integrate(5));
        assertArrayEquals(new double[] {1, 2, 6}, Taylor1.of(1, 2, 3).derivatives());
    }

    @Test
    void expandAppliesTheFunctionToTheVariable() {
        Taylor1 f = Taylor1.expand(x -> x.multiply(x).add(1.0), 3.0, 2);
        assertEquals(Taylor1.of(10, 6, 1), f, "x² + 1 at 3");
    }
}
