package org.taylorkit.core;

import org.taylorkit.core.function.Functions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;

/** {@link Taylor1Arithmetic}: expressions written against {@link Arithmetic} evaluate to series. */
class Taylor1ArithmeticTest {

    /** The seed example e^x/√(sin³x + cos³x), written once for any coefficient arithmetic. */
    static <T> T seed(Arithmetic<T> ar, T x) {
        T cubes = ar.add(ar.pow(ar.apply(Functions.SIN, x), 3), ar.pow(ar.apply(Functions.COS, x), 3));
        return ar.divide(ar.apply(Functions.EXP, x), ar.apply(Functions.SQRT, cubes));
    }

    @Test
    void expressionEvaluatesToItsTaylorSeries() {
        Taylor1Arithmetic ar = Taylor1Arithmetic.ofOrder(5);
        Taylor1 f = seed(ar, ar.variable(1.5));
        assertEquals(5, f.order());
        // REFERENCES.md: f = 4.497780053946162, f' = 4.053427893898621, f'' = 9.463073681596601.
        assertEquals(4.497780053946162, f.derivative(0), 1e-14 * 4.5);
        assertEquals(4.053427893898621, f.derivative(1), 1e-14 * 4.1);
        assertEquals(9.463073681596601, f.derivative(2), 1e-14 * 9.5);
        assertEquals(seed(BoxedDoubleArithmetic.INSTANCE, 1.5), f.value(), 1e-15 * 4.5, "value vs boxed double");
    }

    @Test
    void constantsHaveTheArithmeticsOrder() {
        Taylor1Arithmetic ar = Taylor1Arithmetic.ofOrder(3);
        assertEquals(3, ar.order());
        assertEquals(Taylor1.zero(3), ar.zero());
        assertEquals(Taylor1.constant(1, 3), ar.one());
        assertEquals(Taylor1.constant(Math.PI, 3), ar.pi());
        assertEquals(Taylor1.constant(0.1, 3), ar.fromDecimal(" 0.1 "));
        assertEquals(Taylor1.constant(-2, 3), ar.fromDouble(-2));
        assertEquals(4, ar.newArray(4).length);
        assertThrows(IllegalArgumentException.class, () -> Taylor1Arithmetic.ofOrder(-1));
    }

    @Test
    void scalarQueries() {
        Taylor1Arithmetic ar = Taylor1Arithmetic.ofOrder(2);
        Taylor1 s = Taylor1.of(-2, 5, -7);
        assertTrue(ar.isZero(Taylor1.zero(2)));
        assertFalse(ar.isZero(Taylor1.of(0, 0, 1e-300)));
        assertEquals(-1, ar.signum(s));
        assertEquals(1, ar.signum(Taylor1.of(3, -5)));
        assertThrows(ArithmeticException.class, () -> ar.signum(Taylor1.of(0, 1)));
        assertEquals(-2.0, ar.toDouble(s));
        assertEquals(7.0, ar.norm(s));
    }

    @Test
    void integerScalingAndPowers() {
        Taylor1Arithmetic ar = Taylor1Arithmetic.ofOrder(2);
        Taylor1 s = Taylor1.of(-2, 1, 0);
        assertEquals(Taylor1.of(-6, 3, 0), ar.multiply(s, 3));
        assertEquals(Taylor1.of(-0.5, 0.25, 0), ar.divide(s, 4));
        assertEquals(Taylor1.of(2, -1, 0), ar.scale(s, -1.0));
        assertThrows(ArithmeticException.class, () -> ar.divide(s, 0));
        // A constant integer exponent is an integer power, also at a negative base: (−2 + t)² = 4 − 4t + t².
        assertEquals(Taylor1.of(4, -4, 1), ar.pow(s, ar.fromDouble(2)));
        assertEquals(Taylor1.of(4, -4, 1), ar.pow(s, 2));
    }

    @Test
    void domainErrorsPropagateAsArithmeticExceptions() {
        Taylor1Arithmetic ar = Taylor1Arithmetic.ofOrder(4);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> ar.apply(Functions.LOG, ar.variable(0)));
        assertInstanceOf(SingularExpansionException.class, e);
        assertThrows(SingularExpansionException.class, () -> ar.divide(ar.one(), ar.variable(0)));
        assertThrows(SingularExpansionException.class, () -> ar.atan2(ar.zero(), ar.zero()));
    }

    @Test
    void everyFunctionDelegatesToTaylor1() {
        Taylor1Arithmetic ar = Taylor1Arithmetic.ofOrder(6);
        Taylor1 x = ar.variable(0.4);
        Taylor1 y = ar.variable(2.0);
        assertEquals(x.sqrt(), ar.apply(Functions.SQRT, x));
        assertEquals(x.cbrt(), ar.apply(Functions.CBRT, x));
        assertEquals(x.exp(), ar.apply(Functions.EXP, x));
        assertEquals(x.expm1(), ar.apply(Functions.EXPM1, x));
        assertEquals(x.log(), ar.apply(Functions.LOG, x));
        assertEquals(x.log1p(), ar.apply(Functions.LOG1P, x));
        assertEquals(x.sin(), ar.apply(Functions.SIN, x));
        assertEquals(x.cos(), ar.apply(Functions.COS, x));
        assertEquals(x.tan(), ar.apply(Functions.TAN, x));
        assertEquals(x.asin(), ar.apply(Functions.ASIN, x));
        assertEquals(x.acos(), ar.apply(Functions.ACOS, x));
        assertEquals(x.atan(), ar.apply(Functions.ATAN, x));
        assertEquals(x.sinh(), ar.apply(Functions.SINH, x));
        assertEquals(x.cosh(), ar.apply(Functions.COSH, x));
        assertEquals(x.tanh(), ar.apply(Functions.TANH, x));
        assertEquals(x.asinh(), ar.apply(Functions.ASINH, x));
        assertEquals(y.acosh(), ar.apply(Functions.ACOSH, y));
        assertEquals(x.atanh(), ar.apply(Functions.ATANH, x));
        assertEquals(x.erf(), ar.apply(Functions.ERF, x));
        assertEquals(x.negate().abs(), ar.apply(Functions.ABS, ar.negate(x)));
        assertEquals(Taylor1.atan2(x, y), ar.atan2(x, y));
        assertEquals(x.pow(y), ar.pow(x, y));
        assertEquals(x.add(y), ar.add(x, y));
        assertEquals(x.subtract(y), ar.subtract(x, y));
        assertEquals(x.multiply(y), ar.multiply(x, y));
        assertEquals(x.divide(y), ar.divide(x, y));
    }
}
