package org.taylorkit.hipparchus.trace;

import java.util.Objects;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.taylorkit.core.expr.Expr;

/**
 * A symbolic {@link CalculusFieldElement}: every operation returns the {@link Expr} node of that
 * operation, so running code written against {@code CalculusFieldElement<T>} once over these
 * elements records its expression graph (the tape of the computation), which TaylorKit then
 * compiles ({@link RightHandSideTracer}).
 *
 * <p><b>What traces.</b> Arithmetic, powers and roots, exp/log families, trigonometric and
 * hyperbolic functions and their inverses, {@code atan2}, {@code abs}, {@code hypot} (as
 * √(x² + y²)), {@code log10} (as log x / ln 10), {@code sinCos}, {@code sinhCosh}, linear
 * combinations (as sums of products), {@code scalb}, degrees/radians, π. Constants become
 * {@link Expr#constant(double)} nodes (they must be finite).
 *
 * <p><b>What does not.</b> Everything that needs the value of a traced quantity: {@code getReal},
 * {@code isNaN}/{@code isInfinite}/{@code isFinite}/{@code isZero}, {@code norm}, {@code floor},
 * {@code ceil}, {@code rint}, {@code round}, {@code sign}, {@code copySign}, {@code remainder},
 * {@code ulp}, {@code getExponent}, {@code getAddendum}. These throw a
 * {@link ValueDependentTraceException} naming the operation and its caller.
 *
 * <p>Immutable; equality is that of the expressions.
 */
public final class TracingElement implements CalculusFieldElement<TracingElement> {

    private static final double LN10 = Math.log(10.0);

    private final Expr expr;

    TracingElement(Expr expr) {
        this.expr = expr;
    }

    /** The recorded expression. */
    public Expr expr() {
        return expr;
    }

    private static TracingElement of(Expr e) {
        return new TracingElement(e);
    }

    private static ValueDependentTraceException needsValue(String operation, String hint) {
        return new ValueDependentTraceException(operation, hint);
    }

    private static final String BRANCH_HINT = "Write the formula without a test on the value (e.g. abs(x) "
            + "instead of `x.getReal() < 0 ? x.negate() : x`); if the model really switches between regimes, "
            + "trace one system per regime and switch between them with an event of the integrator.";

    @Override
    public TracingField getField() {
        return TracingField.INSTANCE;
    }

    /**
     * Constant {@code value} as an expression node.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite (an expression constant is finite)
     */
    @Override
    public TracingElement newInstance(double value) {
        return of(Expr.constant(value));
    }

    @Override
    public TracingElement getPi() {
        return of(Expr.pi());
    }

    // ------------------------------------------------------------------ values: not available

    /** Always throws: a traced quantity has no value. */
    @Override
    public double getReal() {
        throw needsValue("getReal()", BRANCH_HINT);
    }

    /** Always throws: the addendum is defined by the value. */
    @Override
    public TracingElement getAddendum() {
        throw needsValue("getAddendum()", "Use the element itself; its value is only known when the tape runs.");
    }

    @Override
    public boolean isZero() {
        throw needsValue("isZero()", BRANCH_HINT);
    }

    @Override
    public boolean isNaN() {
        throw needsValue("isNaN()", "NaN checks belong outside the right-hand side (the integrators stop on "
                + "non-finite states and say so).");
    }

    @Override
    public boolean isInfinite() {
        throw needsValue("isInfinite()", "Infinity checks belong outside the right-hand side (the integrators "
                + "stop on non-finite states and say so).");
    }

    @Override
    public boolean isFinite() {
        throw needsValue("isFinite()", "Finiteness checks belong outside the right-hand side (the integrators "
                + "stop on non-finite states and say so).");
    }

    @Override
    public double norm() {
        throw needsValue("norm()", "Use abs() for an element, or compute the norm from the integrator's result.");
    }

    @Override
    public int getExponent() {
        throw needsValue("getExponent()", BRANCH_HINT);
    }

    @Override
    public long round() {
        throw needsValue("round()", "Rounding is piecewise constant: its derivatives are zero, so use the "
                + "rounded number as a constant (or a parameter) of the traced system.");
    }

    @Override
    public TracingElement floor() {
        throw needsValue("floor()", "floor is piecewise constant: use its value as a constant or parameter.");
    }

    @Override
    public TracingElement ceil() {
        throw needsValue("ceil()", "ceil is piecewise constant: use its value as a constant or parameter.");
    }

    @Override
    public TracingElement rint() {
        throw needsValue("rint()", "rint is piecewise constant: use its value as a constant or parameter.");
    }

    @Override
    public TracingElement sign() {
        throw needsValue("sign()", BRANCH_HINT);
    }

    @Override
    public TracingElement ulp() {
        throw needsValue("ulp()", "Step-size or tolerance logic belongs to the integrator, not the right-hand side.");
    }

    @Override
    public TracingElement copySign(TracingElement sign) {
        throw needsValue("copySign()", BRANCH_HINT);
    }

    @Override
    public TracingElement copySign(double sign) {
        throw needsValue("copySign()", BRANCH_HINT);
    }

    @Override
    public TracingElement remainder(double a) {
        throw needsValue("remainder()", "Reduce angles outside the right-hand side; sin/cos are periodic anyway.");
    }

    @Override
    public TracingElement remainder(TracingElement a) {
        throw needsValue("remainder()", "Reduce angles outside the right-hand side; sin/cos are periodic anyway.");
    }

    // ------------------------------------------------------------------ arithmetic

    @Override
    public TracingElement add(TracingElement a) {
        return of(expr.plus(a.expr));
    }

    @Override
    public TracingElement add(double a) {
        return of(expr.plus(a));
    }

    @Override
    public TracingElement subtract(TracingElement a) {
        return of(expr.minus(a.expr));
    }

    @Override
    public TracingElement subtract(double a) {
        return of(expr.minus(a));
    }

    @Override
    public TracingElement negate() {
        return of(expr.negate());
    }

    @Override
    public TracingElement multiply(TracingElement a) {
        return of(expr.times(a.expr));
    }

    @Override
    public TracingElement multiply(double a) {
        return of(expr.times(a));
    }

    @Override
    public TracingElement multiply(int n) {
        return of(expr.times(n));
    }

    @Override
    public TracingElement divide(TracingElement a) {
        return of(expr.div(a.expr));
    }

    @Override
    public TracingElement divide(double a) {
        return of(expr.div(a));
    }

    /** 1/this. */
    @Override
    public TracingElement reciprocal() {
        return of(Expr.constant(1.0).div(expr));
    }

    /** this^2 (the tape's square). */
    @Override
    public TracingElement square() {
        return of(expr.pow(2));
    }

    /** this·2ⁿ, as a product with the constant 2ⁿ. */
    @Override
    public TracingElement scalb(int n) {
        return of(expr.times(Math.scalb(1.0, n)));
    }

    // ------------------------------------------------------------------ powers and roots

    @Override
    public TracingElement pow(TracingElement e) {
        return of(expr.pow(e.expr));
    }

    @Override
    public TracingElement pow(double p) {
        return of(expr.pow(p));
    }

    @Override
    public TracingElement pow(int n) {
        return of(expr.pow(n));
    }

    @Override
    public TracingElement sqrt() {
        return of(expr.sqrt());
    }

    @Override
    public TracingElement cbrt() {
        return of(expr.cbrt());
    }

    /**
     * The n-th root: {@code sqrt} for n = 2, {@code cbrt} for n = 3, this^(1/n) otherwise (which the
     * tape evaluates for positive values only; Hipparchus's odd roots of negative numbers would need
     * a branch on the sign).
     */
    @Override
    public TracingElement rootN(int n) {
        return switch (n) {
            case 1 -> this;
            case 2 -> sqrt();
            case 3 -> cbrt();
            default -> pow(1.0 / n);
        };
    }

    /** √(this² + y²) ({@link Expr#hypot}), without the scaling that protects the numerical hypot from overflow. */
    @Override
    public TracingElement hypot(TracingElement y) {
        return of(Expr.hypot(expr, y.expr));
    }

    // ------------------------------------------------------------------ exp and log

    @Override
    public TracingElement exp() {
        return of(expr.exp());
    }

    @Override
    public TracingElement expm1() {
        return of(expr.expm1());
    }

    @Override
    public TracingElement log() {
        return of(expr.log());
    }

    @Override
    public TracingElement log1p() {
        return of(expr.log1p());
    }

    /** log(this)/ln 10. */
    @Override
    public TracingElement log10() {
        return of(expr.log().div(LN10));
    }

    // ------------------------------------------------------------------ trigonometric, hyperbolic

    @Override
    public TracingElement sin() {
        return of(expr.sin());
    }

    @Override
    public TracingElement cos() {
        return of(expr.cos());
    }

    @Override
    public TracingElement tan() {
        return of(expr.tan());
    }

    @Override
    public TracingElement asin() {
        return of(expr.asin());
    }

    @Override
    public TracingElement acos() {
        return of(expr.acos());
    }

    @Override
    public TracingElement atan() {
        return of(expr.atan());
    }

    /** atan2(this, x). */
    @Override
    public TracingElement atan2(TracingElement x) {
        return of(Expr.atan2(expr, x.expr));
    }

    @Override
    public TracingElement sinh() {
        return of(expr.sinh());
    }

    @Override
    public TracingElement cosh() {
        return of(expr.cosh());
    }

    @Override
    public TracingElement tanh() {
        return of(expr.tanh());
    }

    @Override
    public TracingElement asinh() {
        return of(expr.asinh());
    }

    @Override
    public TracingElement acosh() {
        return of(expr.acosh());
    }

    @Override
    public TracingElement atanh() {
        return of(expr.atanh());
    }

    /** |this| as the tape's abs (which the Taylor kernels expand away from 0). */
    @Override
    public TracingElement abs() {
        return of(expr.abs());
    }

    @Override
    public TracingElement toDegrees() {
        return of(expr.times(180.0).div(Expr.pi()));
    }

    @Override
    public TracingElement toRadians() {
        return of(expr.times(Expr.pi()).div(180.0));
    }

    // ------------------------------------------------------------------ linear combinations: sums of products

    @Override
    public TracingElement linearCombination(TracingElement[] a, TracingElement[] b) {
        checkLengths(a.length, b.length);
        Expr sum = a[0].expr.times(b[0].expr);
        for (int i = 1; i < a.length; i++) {
            sum = sum.plus(a[i].expr.times(b[i].expr));
        }
        return of(sum);
    }

    @Override
    public TracingElement linearCombination(double[] a, TracingElement[] b) {
        checkLengths(a.length, b.length);
        Expr sum = Expr.constant(a[0]).times(b[0].expr);
        for (int i = 1; i < a.length; i++) {
            sum = sum.plus(Expr.constant(a[i]).times(b[i].expr));
        }
        return of(sum);
    }

    @Override
    public TracingElement linearCombination(TracingElement a1, TracingElement b1, TracingElement a2, TracingElement b2) {
        return linearCombination(new TracingElement[] {a1, a2}, new TracingElement[] {b1, b2});
    }

    @Override
    public TracingElement linearCombination(double a1, TracingElement b1, double a2, TracingElement b2) {
        return linearCombination(new double[] {a1, a2}, new TracingElement[] {b1, b2});
    }

    @Override
    public TracingElement linearCombination(TracingElement a1, TracingElement b1, TracingElement a2, TracingElement b2,
                                            TracingElement a3, TracingElement b3) {
        return linearCombination(new TracingElement[] {a1, a2, a3}, new TracingElement[] {b1, b2, b3});
    }

    @Override
    public TracingElement linearCombination(double a1, TracingElement b1, double a2, TracingElement b2,
                                            double a3, TracingElement b3) {
        return linearCombination(new double[] {a1, a2, a3}, new TracingElement[] {b1, b2, b3});
    }

    @Override
    public TracingElement linearCombination(TracingElement a1, TracingElement b1, TracingElement a2, TracingElement b2,
                                            TracingElement a3, TracingElement b3, TracingElement a4, TracingElement b4) {
        return linearCombination(new TracingElement[] {a1, a2, a3, a4}, new TracingElement[] {b1, b2, b3, b4});
    }

    @Override
    public TracingElement linearCombination(double a1, TracingElement b1, double a2, TracingElement b2,
                                            double a3, TracingElement b3, double a4, TracingElement b4) {
        return linearCombination(new double[] {a1, a2, a3, a4}, new TracingElement[] {b1, b2, b3, b4});
    }

    private static void checkLengths(int a, int b) {
        if (a != b) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.DIMENSIONS_MISMATCH, a, b);
        }
        if (a == 0) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.NUMBER_OF_ELEMENTS_SHOULD_BE_POSITIVE, 0);
        }
    }

    // ------------------------------------------------------------------ Object

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof TracingElement t && t.expr.equals(expr));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(expr);
    }

    /** The expression, in the parser's syntax. */
    @Override
    public String toString() {
        return expr.toString();
    }
}
