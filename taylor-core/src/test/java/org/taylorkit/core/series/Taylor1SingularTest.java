package org.taylorkit.core.series;

import org.taylorkit.core.SingularExpansionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every singular case throws {@link SingularExpansionException} whose message names the function
 * and the point (the argument's constant term, or its leading term when that vanishes).
 */
class Taylor1SingularTest {

    private static final int N = 6;

    private static Taylor1 t() {
        return Taylor1.variable(0.0, N);
    }

    private static Taylor1 at(double x0) {
        return Taylor1.variable(x0, N);
    }

    private static Arguments singular(String label, Supplier<Taylor1> op, String function, String point,
            String reasonFragment) {
        return Arguments.of(label, op, function, point, reasonFragment);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                singular("log at 0", () -> t().log(), "log", "leading term 1·t^1", "−∞"),
                singular("log of the zero series", () -> Taylor1.zero(N).log(), "log", "0 (identically, to order 6)", "−∞"),
                singular("log of a negative number", () -> at(-2.0).log(), "log", "-2", "negative"),
                singular("log1p at −1", () -> at(-1.0).log1p(), "log1p", "-1", "−∞"),
                singular("log1p below −1", () -> at(-3.5).log1p(), "log1p", "-3.5", "negative"),
                singular("sqrt(t) at 0", () -> t().sqrt(), "sqrt", "leading term 1·t^1", "odd power"),
                singular("sqrt(t³) at 0", () -> t().pow(3).multiply(2.0).sqrt(), "sqrt", "leading term 2·t^3", "odd power"),
                singular("sqrt of a negative number", () -> at(-4.0).sqrt(), "sqrt", "-4", "negative"),
                singular("sqrt(−t²)", () -> t().square().negate().sqrt(), "sqrt", "leading term -1·t^2", "negative"),
                singular("cbrt(t²) at 0", () -> t().square().cbrt(), "cbrt", "leading term 1·t^2", "branch point"),
                singular("1/t at 0", () -> Taylor1.constant(1.0, N).divide(t()), "division",
                        "leading term 1·t^1 of the divisor", "pole of order 1"),
                singular("t/t³ at 0", () -> t().divide(t().pow(3)), "division",
                        "leading term 1·t^3 of the divisor", "pole of order 2"),
                singular("division by the zero series", () -> at(1.0).divide(Taylor1.zero(N)), "division",
                        "the divisor 0", "division by zero"),
                singular("division by the scalar 0", () -> at(1.0).divide(0.0), "division", "the constant divisor 0",
                        "division by zero"),
                singular("reciprocal of t", () -> t().reciprocal(), "reciprocal", "leading term 1·t^1", "pole of order 1"),
                singular("t^−2 at 0", () -> t().pow(-2), "pow", "leading term 1·t^1", "pole of order 2"),
                singular("asin at 1", () -> at(1.0).asin(), "asin", "1", "branch point"),
                singular("asin at 2", () -> at(2.0).asin(), "asin", "2", "outside [−1, 1]"),
                singular("acos at −1", () -> at(-1.0).acos(), "acos", "-1", "branch point"),
                singular("acosh at 1", () -> at(1.0).acosh(), "acosh", "1", "branch point"),
                singular("acosh below 1", () -> at(0.5).acosh(), "acosh", "0.5", "below 1"),
                singular("atanh at −1", () -> at(-1.0).atanh(), "atanh", "-1", "±∞"),
                singular("atanh at 3", () -> at(3.0).atanh(), "atanh", "3", "outside (−1, 1)"),
                singular("abs(t³) at 0 (odd zero)", () -> t().pow(3).abs(), "abs", "leading term 1·t^3", "corner"),
                singular("abs(t) at 0", () -> t().abs(), "abs", "leading term 1·t^1", "corner"),
                singular("pow(t, 0.5) at 0", () -> t().pow(0.5), "pow", "leading term 1·t^1", "non-integer power"),
                singular("pow(t², 0.25) at 0", () -> t().square().pow(0.25), "pow", "leading term 1·t^2",
                        "non-integer power"),
                singular("pow(t, −0.5) at 0", () -> t().pow(-0.5), "pow", "leading term 1·t^1", "negative power"),
                singular("pow(0, −0.5)", () -> Taylor1.zero(N).pow(-0.5), "pow", "0 (identically", "negative power"),
                singular("pow(−2, 0.5)", () -> at(-2.0).pow(0.5), "pow", "-2", "no real value"),
                singular("pow(series) with base 0", () -> t().pow(at(1.0)), "pow", "leading term 1·t^1", "log a"),
                singular("pow(series) with a negative base", () -> at(-2.0).pow(at(1.0)), "pow", "-2", "negative base"),
                singular("revert with c_1 = 0", () -> t().square().add(1.0).revert(), "revert",
                        "leading term 1·t^2 of f − c_0", "c_1 = 0"),
                singular("revert of a constant", () -> Taylor1.constant(3.0, N).revert(), "revert",
                        "f − c_0 = 0", "c_1 = 0"),
                singular("atan2 at the origin", () -> Taylor1.atan2(t(), t().multiply(2.0)), "atan2", "(0, 0)",
                        "undefined"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void throwsWithFunctionAndPoint(String label, Supplier<Taylor1> op, String function, String point,
            String reasonFragment) {
        SingularExpansionException e = assertThrows(SingularExpansionException.class, op::get, label);
        assertThat(e.function()).as(label).isEqualTo(function);
        assertThat(e.getMessage()).as(label)
                .startsWith(function + ":")
                .contains(point)
                .contains(reasonFragment);
        assertThat(e.point()).as(label).contains(point);
    }
}
