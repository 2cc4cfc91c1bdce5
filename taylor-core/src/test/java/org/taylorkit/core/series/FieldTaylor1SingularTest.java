package org.taylorkit.core.series;

import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.SingularExpansionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;

/**
 * Every singular case of the FieldTaylor1 contract throws {@link SingularExpansionException} whose
 * message names the function, the point (the argument's constant term, or its leading term when that
 * vanishes) and the reason — over boxed doubles and over Apfloat.
 */
class FieldTaylor1SingularTest {

    static Stream<Arithmetic<?>> arithmetics() {
        return Stream.of(BoxedDoubleArithmetic.INSTANCE, ApfloatArithmetic.ofDigits(30));
    }

    /** The cases over one arithmetic; {@code T} is captured so the series can be built. */
    private static final class Cases<T> {
        private final Arithmetic<T> ar;
        private final int n = 6;

        Cases(Arithmetic<T> ar) {
            this.ar = ar;
        }

        FieldTaylor1<T> x(double x0) {
            return FieldTaylor1.variable(ar, ar.fromDouble(x0), n);
        }

        FieldTaylor1<T> t() {
            return x(0);
        }

        String num(double v) {
            return String.valueOf(ar.fromDouble(v));
        }

        String lead(double c, int m) {
            return "leading term " + num(c) + "·t^" + m;
        }

        void expect(Runnable r, String function, String point, String reasonFragment) {
            SingularExpansionException e = catchThrowableOfType(SingularExpansionException.class, r::run);
            assertThat(e).as("%s over %s should throw", function, ar).isNotNull();
            assertThat(e.function()).isEqualTo(function);
            assertThat(e.point()).isEqualTo(point);
            assertThat(e.reason()).contains(reasonFragment);
            // a vanishing argument reads "0, with leading term c·t^m" in the message
            String where = point.startsWith("leading term ") ? "0, with " + point : point;
            assertThat(e.getMessage()).isEqualTo(function + ": no Taylor series where the argument is " + where
                    + " (" + e.reason() + ")");
        }

        void run() {
            FieldTaylor1<T> one = FieldTaylor1.constant(ar, ar.one(), n);
            FieldTaylor1<T> zero = FieldTaylor1.zero(ar, n);
            // division: poles, a zero divisor, an undetermined quotient
            expect(() -> one.divide(t()), "division", lead(1, 1) + " of the divisor", "pole of order 1");
            expect(() -> t().reciprocal(), "division", lead(1, 1) + " of the divisor", "pole of order 1");
            expect(() -> t().divide(t().pow(3).multiply(ar.fromDouble(2))), "division",
                    lead(2, 3) + " of the divisor", "pole of order 2");
            expect(() -> one.divide(zero), "division", "0 (the divisor is identically zero to order 6)", "division by zero");
            expect(() -> one.divide(ar.zero()), "division", "0 (a zero scalar divisor)", "division by zero");
            expect(() -> t().pow(3).truncate(2).divide(t().pow(3)), "division", lead(1, 3) + " of the divisor",
                    "not determined");
            // roots and powers
            expect(() -> t().sqrt(), "sqrt", lead(1, 1), "branch point");
            expect(() -> x(-1).sqrt(), "sqrt", num(-1), "no real series");
            expect(() -> t().pow(2).negate().sqrt(), "sqrt", lead(-1, 2), "no real series");
            expect(() -> t().pow(2).cbrt(), "cbrt", lead(1, 2), "branch point");
            expect(() -> t().pow(0.5), "pow", lead(1, 1), "branch point");
            expect(() -> x(-1).pow(0.5), "pow", num(-1), "no real series");
            expect(() -> t().pow(-1), "pow", lead(1, 1), "pole of order 1");
            expect(() -> t().pow(2).pow(-1.5), "pow", lead(1, 2), "pole of order 3");
            expect(() -> zero.pow(-2.5), "pow", "0", "infinite");
            expect(() -> zero.pow(-2), "pow", "0", "infinite");
            expect(() -> x(-1).pow(x(2)), "pow", num(-1), "positive base");
            expect(() -> t().pow(x(2)), "pow", lead(1, 1), "positive base");
            // logarithms
            expect(() -> t().log(), "log", lead(1, 1), "−∞");
            expect(() -> zero.log(), "log", "0", "−∞");
            expect(() -> x(-2).log(), "log", num(-2), "no real series");
            expect(() -> x(-1).log1p(), "log1p", num(-1), "−∞");
            expect(() -> x(-3).log1p(), "log1p", num(-3), "no real series");
            // inverse functions at branch points and outside their real domains
            expect(() -> x(1).asin(), "asin", num(1), "branch point");
            expect(() -> x(-1).acos(), "acos", num(-1), "branch point");
            expect(() -> x(2).asin(), "asin", num(2), "no real series");
            expect(() -> x(-1.5).acos(), "acos", num(-1.5), "no real series");
            expect(() -> x(1).acosh(), "acosh", num(1), "branch point");
            expect(() -> x(0.5).acosh(), "acosh", num(0.5), "no real series");
            expect(() -> x(1).atanh(), "atanh", num(1), "±∞");
            expect(() -> x(-3).atanh(), "atanh", num(-3), "no real series");
            expect(() -> FieldTaylor1.atan2(t(), t()), "atan2", "(x, y) = (0, 0)", "undefined");
            // corners and critical points
            expect(() -> t().abs(), "abs", lead(1, 1), "corner");
            expect(() -> t().pow(3).negate().abs(), "abs", lead(-1, 3), "corner");
            expect(() -> t().square().add(ar.one()).revert(), "revert", "a critical point: c_1 = 0", "branch point");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arithmetics")
    void everySingularCaseNamesFunctionPointAndReason(Arithmetic<?> ar) {
        new Cases<>(ar).run();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arithmetics")
    void regularNeighboursOfSingularCasesWork(Arithmetic<?> ar) {
        regular(ar);
    }

    private static <T> void regular(Arithmetic<T> ar) {
        FieldTaylor1<T> t = FieldTaylor1.variable(ar, ar.zero(), 6);
        // even leading powers are fine where odd ones are not
        assertThat(t.pow(2).sqrt().order()).isEqualTo(5);
        assertThat(t.pow(3).cbrt().order()).isEqualTo(4);
        assertThat(t.pow(2).abs().order()).isEqualTo(6);
        assertThat(t.pow(2).pow(1.5).order()).isEqualTo(6);
        assertThat(t.sin().divide(t).order()).isEqualTo(5);
        assertThat(FieldTaylor1.variable(ar, ar.fromDouble(-8), 3).cbrt().value()).isEqualTo(ar.fromDouble(-2));
        assertThat(ar.toDouble(FieldTaylor1.atan2(t.add(ar.one()), t).value())).isEqualTo(Math.PI / 2);
    }
}
