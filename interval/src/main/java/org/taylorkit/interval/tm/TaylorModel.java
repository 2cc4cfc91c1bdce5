package org.taylorkit.interval.tm;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.function.Functions;
import java.util.Arrays;
import org.taylorkit.core.expr.UnaryOp;
import org.taylorkit.core.multi.TermFormat;
import org.taylorkit.interval.Interval;

/**
 * A Taylor model {@code (P, R)} of a function {@code f} over the box of a {@link TaylorModelSpace}:
 * a polynomial {@code P} of degree ≤ K in the deviations {@code δ_i = x_i − m_i}, with {@code double}
 * coefficients, and an interval remainder {@code R} such that
 * <pre>f(x) − P(x − m) ∈ R   for every x in the box.</pre>
 * That inclusion is the invariant every operation preserves (Makino &amp; Berz 2003), so
 * {@link #bound()} is a rigorous enclosure of the range of {@code f}.
 *
 * <p><b>Why it beats intervals.</b> The polynomial part carries the dependence on the variables
 * symbolically, so cancellations happen exactly: {@code x − x} is the model {@code (0, [0, 0])}
 * where interval arithmetic gives {@code [−w, w]}, and the remainder shrinks like
 * {@code width^{K+1}} on small boxes.
 *
 * <p><b>Rigor.</b> Arithmetic ({@code + − ×}, scaling) is exact polynomial arithmetic carried out
 * in rounded doubles, with each coefficient's rounding error bounded by directed rounding and
 * swept into {@code R}, and with the terms of degree above K enclosed over the box and added to
 * {@code R} ({@link PolynomialArithmetic}). Division and the elementary functions compose the
 * argument with the function's Taylor expansion at the argument's constant coefficient, plus a
 * Lagrange remainder enclosed by interval Taylor coefficients over the argument's range
 * ({@link TaylorModelFunctions}); they need the function to be smooth on that range and otherwise
 * throw {@link TaylorModelDomainException} (e.g. {@code log} of a model whose range reaches 0).
 * No result depends on a {@code Math}/{@code StrictMath} function: the interval coefficients come
 * from {@link Interval}'s own rigorous functions.
 *
 * <p>Operands must belong to the same {@link TaylorModelSpace} (the same object). Immutable and
 * thread-safe.
 */
public final class TaylorModel {

    private final TaylorModelSpace space;
    private final double[] c;
    private final Interval remainder;
    /** {@link #polynomialBound()}, computed on first use (a benign race: every thread computes the same value). */
    private Interval polynomialBound;
    /** {@link #profile()}, computed on first use (a benign race, as {@link #polynomialBound}). */
    private DegreeProfile profile;

    TaylorModel(TaylorModelSpace space, double[] c, Interval remainder) {
        this.space = space;
        this.c = c;
        this.remainder = remainder;
    }

    // ------------------------------------------------------------------ access

    /** The space (box, order, expansion point) of this model. */
    public TaylorModelSpace space() {
        return space;
    }

    /** The order K of the polynomial part. */
    public int order() {
        return space.order();
    }

    /**
     * The coefficient of {@code δ^α} in the polynomial part (0 for a monomial a space with a capped
     * degree leaves out, see {@link TaylorModelSpace#of(Map, int, int, int)}).
     *
     * @throws IllegalArgumentException if there is not one non-negative exponent per variable
     * @throws IndexOutOfBoundsException if the total degree exceeds the order
     */
    public double coefficient(int... exponents) {
        int p = space.tables.fromFull(space.tables.index.coefficientPosition(exponents));
        return p < 0 ? 0.0 : c[p];
    }

    /**
     * A copy of the polynomial coefficients in graded-lex order (as {@code TaylorN}; in a space with a
     * capped degree, only the monomials it holds, in the same order).
     */
    public double[] coefficients() {
        return c.clone();
    }

    /** The remainder interval {@code R}. */
    public Interval remainder() {
        return remainder;
    }

    /**
     * The polynomial part alone as a model (remainder {@code [0, 0]}): an exact model of the polynomial
     * {@code P} itself (not of the function this model encloses).
     */
    public TaylorModel polynomialPart() {
        return new TaylorModel(space, c, Interval.point(0.0));
    }

    /** A rigorous enclosure of the range of the polynomial part over the box. */
    public Interval polynomialBound() {
        Interval b = polynomialBound;
        if (b == null) {
            b = PolynomialArithmetic.bound(space, c);
            polynomialBound = b;
        }
        return b;
    }

    /** A rigorous enclosure of the range of the modelled function over the box: {@code B(P) + R}. */
    public Interval bound() {
        return polynomialBound().add(remainder);
    }

    /** Whether the polynomial part is a constant (every coefficient of degree ≥ 1 is zero). */
    public boolean isConstantPolynomial() {
        for (int p = 1; p < c.length; p++) {
            if (c[p] != 0) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ arithmetic

    private TaylorModel same(TaylorModel b, String op) {
        if (b.space != space) {
            throw new IllegalArgumentException(op + ": the Taylor models belong to different spaces (" + space
                    + " and " + b.space + ")");
        }
        return b;
    }

    /** {@code this + b}. */
    public TaylorModel add(TaylorModel b) {
        return PolynomialArithmetic.addOrSubtract(this, same(b, "add"), false);
    }

    /** {@code this + d}. */
    public TaylorModel add(double d) {
        return PolynomialArithmetic.addConstant(this, d);
    }

    /** {@code this − b}. */
    public TaylorModel subtract(TaylorModel b) {
        return PolynomialArithmetic.addOrSubtract(this, same(b, "subtract"), true);
    }

    /** {@code −this} (exact). */
    public TaylorModel negate() {
        double[] r = new double[c.length];
        for (int p = 0; p < r.length; p++) {
            r[p] = -c[p];
        }
        return new TaylorModel(space, r, remainder.negate());
    }

    /** {@code this · b}, the product polynomial truncated at order K (truncation in the remainder). */
    public TaylorModel multiply(TaylorModel b) {
        return PolynomialArithmetic.multiply(this, same(b, "multiply"));
    }

    /**
     * {@code this · b} with the product polynomial truncated at degree {@code degree} (0 ≤ degree ≤ K): the
     * terms of total degree above it are enclosed over the box, by degree, into the remainder, and only the
     * coefficient pairs of total degree ≤ {@code degree} are formed, so a low degree is much cheaper (in 7
     * variables: 38 760 pairs at degree 6, 3 876 at degree 4, against 112 848 for the full product at
     * order 6). The invariant holds for every degree; the remainder is wider the more is cut. In a space
     * with a capped degree the full product.
     *
     * @throws IllegalArgumentException if {@code degree} is negative or above the order
     */
    public TaylorModel multiply(TaylorModel b, int degree) {
        checkDegree(degree, "multiply");
        return PolynomialArithmetic.multiply(this, same(b, "multiply"), degree);
    }

    /**
     * The model of the same function with the polynomial's terms of total degree above {@code degree}
     * moved into the remainder (their range over the box, enclosed with outward rounding): a cheaper,
     * wider model; this model itself when it has no such term.
     *
     * @throws IllegalArgumentException if {@code degree} is negative or above the order
     */
    public TaylorModel truncate(int degree) {
        checkDegree(degree, "truncate");
        return PolynomialArithmetic.truncate(this, degree);
    }

    /**
     * The largest total degree of a non-zero coefficient of the polynomial part (−1 for the zero
     * polynomial).
     */
    public int degree() {
        return ErrorFreeProduct.topDegree(space.tables, c);
    }

    /**
     * {@code Σ_{deg α = d} |c_α|·|B_α|} for {@code d = 0..K}, rounded to nearest: the size of each homogeneous
     * part over the box, for deciding where to {@link #truncate} (a heuristic measure, not a bound).
     */
    public double[] degreeMagnitudes() {
        double[] m = new double[order() + 1];
        int[] deg = space.tables.degree;
        for (int p = 0; p < c.length; p++) {
            if (c[p] != 0) {
                m[deg[p]] += Math.abs(c[p]) * space.lowMag[p];
            }
        }
        return m;
    }

    private void checkDegree(int degree, String op) {
        if (degree < 0 || degree > order()) {
            throw new IllegalArgumentException(op + ": the degree must be between 0 and the order " + order() + ", got "
                    + degree);
        }
    }

    /** {@code s · this}. */
    public TaylorModel multiply(double s) {
        return PolynomialArithmetic.scale(this, s);
    }

    /** {@code this / n} for an integer {@code n ≠ 0}. @throws ArithmeticException if {@code n = 0} */
    public TaylorModel divide(int n) {
        if (n == 0) {
            throw new ArithmeticException("Taylor model division by the integer 0");
        }
        return PolynomialArithmetic.divide(this, n);
    }

    /**
     * {@code this / b = this · (1/b)}.
     *
     * @throws TaylorModelDomainException if the range of {@code b} may contain 0
     */
    public TaylorModel divide(TaylorModel b) {
        return multiply(same(b, "divide").reciprocal());
    }

    /** {@code 1/this}. @throws TaylorModelDomainException if the range may contain 0 */
    public TaylorModel reciprocal() {
        return TaylorModelFunctions.compose(this, TaylorModelFunctions.RECIPROCAL);
    }

    /** {@code this²}. */
    public TaylorModel square() {
        return multiply(this);
    }

    /** {@code this^n} (binary powering; {@code n < 0} via the reciprocal). */
    public TaylorModel pow(int n) {
        return TaylorModelFunctions.pow(this, n);
    }

    /**
     * {@code this^r} for every {@code r} in the interval {@code r} (a point integer is
     * {@link #pow(int)}; otherwise the range must be positive).
     */
    public TaylorModel pow(Interval r) {
        return TaylorModelFunctions.pow(this, space.constant(r));
    }

    /** {@code this^b}: see {@link #pow(Interval)} for constant {@code b}, else {@code exp(b·log this)}. */
    public TaylorModel pow(TaylorModel b) {
        return TaylorModelFunctions.pow(this, same(b, "pow"));
    }

    /**
     * {@code op(this)} for any one-argument operation of the expression language.
     *
     * @throws TaylorModelDomainException if {@code op} may not be smooth on the range of this model
     */
    public TaylorModel apply(UnaryOp op) {
        return op.function().map(this::apply).orElseGet(this::negate);
    }

    /**
     * {@code f(this)} for any catalogue function: the Taylor model of {@code f} at the range's midpoint
     * composed with this model, with a Lagrange remainder; {@code abs} keeps or flips the sign.
     *
     * @throws TaylorModelDomainException if {@code f} may not be smooth on the range of this model
     */
    public TaylorModel apply(ElementaryFunction f) {
        return f == Functions.ABS ? TaylorModelFunctions.abs(this)
                : TaylorModelFunctions.compose(this, TaylorModelFunctions.of(f));
    }

    /** √this. */
    public TaylorModel sqrt() { return apply(Functions.SQRT); }
    /** ∛this. */
    public TaylorModel cbrt() { return apply(Functions.CBRT); }
    /** e^this. */
    public TaylorModel exp() { return apply(Functions.EXP); }
    /** e^this − 1. */
    public TaylorModel expm1() { return apply(Functions.EXPM1); }
    /** ln this. */
    public TaylorModel log() { return apply(Functions.LOG); }
    /** ln(1 + this). */
    public TaylorModel log1p() { return apply(Functions.LOG1P); }
    /** sin this. */
    public TaylorModel sin() { return apply(Functions.SIN); }
    /** cos this. */
    public TaylorModel cos() { return apply(Functions.COS); }
    /** tan this. */
    public TaylorModel tan() { return apply(Functions.TAN); }
    /** asin this. */
    public TaylorModel asin() { return apply(Functions.ASIN); }
    /** acos this. */
    public TaylorModel acos() { return apply(Functions.ACOS); }
    /** atan this. */
    public TaylorModel atan() { return apply(Functions.ATAN); }
    /** sinh this. */
    public TaylorModel sinh() { return apply(Functions.SINH); }
    /** cosh this. */
    public TaylorModel cosh() { return apply(Functions.COSH); }
    /** tanh this. */
    public TaylorModel tanh() { return apply(Functions.TANH); }
    /** asinh this. */
    public TaylorModel asinh() { return apply(Functions.ASINH); }
    /** acosh this. */
    public TaylorModel acosh() { return apply(Functions.ACOSH); }
    /** atanh this. */
    public TaylorModel atanh() { return apply(Functions.ATANH); }
    /** erf this. */
    public TaylorModel erf() { return apply(Functions.ERF); }
    /** |this| (the range must not contain 0). */
    public TaylorModel abs() { return apply(Functions.ABS); }

    /**
     * The angle {@code atan2(y, x)}.
     *
     * @throws TaylorModelDomainException if the ranges may meet the branch cut {@code y = 0, x ≤ 0}
     */
    public static TaylorModel atan2(TaylorModel y, TaylorModel x) {
        return TaylorModelFunctions.atan2(y, y.same(x, "atan2"));
    }

    // ------------------------------------------------------------------ domain operations

    /**
     * The model of {@code g(δ) = f(δ_1, …, a·δ_v + b, …, δ_n)} over the same box: the polynomial with
     * {@code δ_v} replaced exactly (coefficient rounding errors bounded and added to the remainder), the
     * remainder of this model kept. Valid because the affine map sends the deviation range
     * {@code D_v} into itself, which is checked.
     *
     * @throws IllegalArgumentException if {@code v} is not a variable index or {@code a·D_v + b ⊄ D_v}
     */
    public TaylorModel substitute(int v, double a, double b) {
        return PolynomialSubstitution.substitute(this, v, a, b);
    }

    /**
     * One half of the domain split of variable {@code v} of a normalised space ({@code D_v = [−1, 1]}):
     * the model of {@code ξ ↦ f(…, (ξ_v − 1)/2, …)} (lower half) or {@code f(…, (ξ_v + 1)/2, …)} (upper
     * half). The two halves together model {@code f} over the whole box; each keeps this model's
     * remainder, and the polynomial substitution is exact up to rounding errors swept into it.
     *
     * @throws IllegalArgumentException if the deviation range of {@code v} is not {@code [−1, 1]}
     */
    public TaylorModel split(int v, boolean upperHalf) {
        Interval d = space.deviation(v);
        if (d.inf() != -1 || d.sup() != 1) {
            throw new IllegalArgumentException("split: the deviation range of " + space.variables().name(v) + " is " + d
                    + ", not [-1, 1] (split needs a normalised variable)");
        }
        return substitute(v, 0.5, upperHalf ? 0.5 : -0.5);
    }

    /**
     * The model of {@code δ ↦ P(q·δ)} for the polynomial part {@code P} of this model (its remainder is
     * <em>not</em> carried): the coefficients times {@code q^{|α|}} with their rounding errors in the
     * remainder. The shrink-wrap step ({@link ShrinkWrap}) uses it after proving that {@code P} over
     * the box scaled by {@code q} covers this model's whole range set.
     */
    public TaylorModel polynomialAtScaledDeviations(double q) {
        if (!(q > 0) || !Double.isFinite(q)) {
            throw new IllegalArgumentException("polynomialAtScaledDeviations: the factor must be positive and finite, got " + q);
        }
        double[] f = new double[space.dimension()];
        java.util.Arrays.fill(f, q);
        return PolynomialSubstitution.scalePolynomial(this, f);
    }

    // ------------------------------------------------------------------ Object

    /** Equal when the space is the same object and the coefficients and remainder are equal. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof TaylorModel t && t.space == space && Arrays.equals(t.c, c)
                && t.remainder.equals(remainder));
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(c) + remainder.hashCode();
    }

    /**
     * The polynomial in the deviations {@code δx = x − m_x} and the remainder, e.g.
     * {@code 0.25 - 1.0 δx^2 + [0.0, 0.0]}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < c.length; p++) {
            if (c[p] == 0) {
                continue;
            }
            String v = Double.toString(c[p]);
            boolean negative = v.startsWith("-");
            if (sb.length() == 0) {
                sb.append(v);
            } else {
                sb.append(negative ? " - " : " + ").append(negative ? v.substring(1) : v);
            }
            if (p > 0) {
                sb.append(' ').append(TermFormat.monomial(space.deviationNames, space.tables.index, space.tables.fullPosition[p]));
            }
        }
        return (sb.length() == 0 ? "0" : sb.toString()) + " + " + remainder;
    }

    // ------------------------------------------------------------------ internal

    /** The degree profile of the polynomial part (spaces without a capped degree), cached. */
    DegreeProfile profile() {
        DegreeProfile p = profile;
        if (p == null) {
            p = DegreeProfile.of(space, c);
            profile = p;
        }
        return p;
    }

    double[] raw() {
        return c;
    }

    TaylorModel withRemainder(Interval r) {
        return new TaylorModel(space, c, r);
    }
}
