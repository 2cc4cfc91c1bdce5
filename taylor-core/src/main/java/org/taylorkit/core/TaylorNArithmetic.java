package org.taylorkit.core;

import org.taylorkit.core.multi.Variables;

/**
 * {@link Arithmetic} over {@link TaylorN} with fixed variables and order: series as coefficients of
 * series. {@code FieldTaylor1<TaylorN>} over this arithmetic is a <em>jet</em> (a Taylor series in time
 * whose coefficients are polynomials in the initial deviations: jet transport), and an expression
 * evaluated over it yields multivariate expansions.
 *
 * <p>Constants ({@link #zero()}, {@link #one()}, {@link #fromDouble}, {@link #fromDecimal}, {@link #pi()})
 * have this arithmetic's variables and order. Operations are those of {@link TaylorN} (order rule: the
 * smaller order wins; different variables throw {@link IllegalArgumentException}); a function without
 * an expansion throws {@link SingularExpansionException} (an {@link ArithmeticException}), e.g. dividing
 * by a series with constant term 0. Scalar queries: {@link #isZero} = every coefficient exactly 0;
 * {@link #signum} = sign of the constant term (0 for the zero series; throws when the constant term is
 * 0 or NaN in a non-zero series); {@link #toDouble} = the constant term; {@link #norm} = the largest
 * absolute coefficient (the norm over nested coefficients in step-size control).
 *
 * <p>Immutable and thread-safe.
 */
public final class TaylorNArithmetic implements Arithmetic<TaylorN> {

    private final Variables vars;
    private final int order;
    private final TaylorN zero;
    private final TaylorN one;

    private TaylorNArithmetic(Variables vars, int order) {
        this.vars = vars;
        this.order = order;
        this.zero = TaylorN.zero(vars, order);
        this.one = TaylorN.constant(vars, 1.0, order);
    }

    /**
     * The arithmetic of series in {@code vars} of the given order.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static TaylorNArithmetic of(Variables vars, int order) {
        return new TaylorNArithmetic(vars, order);
    }

    /** The variables of the constants this arithmetic creates. */
    public Variables variables() {
        return vars;
    }

    /** The order of the constants this arithmetic creates. */
    public int order() {
        return order;
    }

    /** The variable {@code name} expanded at {@code value} ({@link TaylorN#variable}). */
    public TaylorN variable(String name, double value) {
        return TaylorN.variable(vars, name, value, order);
    }

    @Override public TaylorN zero() { return zero; }
    @Override public TaylorN one() { return one; }
    @Override public TaylorN fromDouble(double v) { return TaylorN.constant(vars, v, order); }

    /** The constant series of a decimal literal rounded to nearest ({@link Double#parseDouble}). */
    @Override
    public TaylorN fromDecimal(String decimal) {
        return TaylorN.constant(vars, Double.parseDouble(decimal.trim()), order);
    }

    /** π rounded to double, as a constant series. */
    @Override public TaylorN pi() { return TaylorN.constant(vars, Math.PI, order); }
    @Override public TaylorN[] newArray(int n) { return new TaylorN[n]; }
    @Override public TaylorN add(TaylorN a, TaylorN b) { return a.add(b); }
    @Override public TaylorN subtract(TaylorN a, TaylorN b) { return a.subtract(b); }
    @Override public TaylorN negate(TaylorN a) { return a.negate(); }
    @Override public TaylorN multiply(TaylorN a, TaylorN b) { return a.multiply(b); }
    @Override public TaylorN multiply(TaylorN a, int n) { return a.multiply((double) n); }
    @Override public TaylorN scale(TaylorN a, double s) { return a.multiply(s); }

    /** a/b. @throws SingularExpansionException if b's constant term is 0 */
    @Override public TaylorN divide(TaylorN a, TaylorN b) { return a.divide(b); }

    /** a/n. @throws ArithmeticException if n = 0 */
    @Override
    public TaylorN divide(TaylorN a, int n) {
        if (n == 0) {
            throw new ArithmeticException("division of a series by the integer 0");
        }
        return a.divide((double) n);
    }

    @Override public boolean isZero(TaylorN a) { return a.isZero(); }

    @Override
    public int signum(TaylorN a) {
        double c0 = a.value();
        if (c0 == 0.0 && a.isZero()) {
            return 0;
        }
        if (c0 == 0.0 || Double.isNaN(c0)) {
            throw new ArithmeticException("signum of a series with constant term " + c0 + " is not determined (" + a + ")");
        }
        return c0 > 0.0 ? 1 : -1;
    }

    @Override public double toDouble(TaylorN a) { return a.value(); }
    @Override public double norm(TaylorN a) { return a.norm(); }
    /** {@link TaylorN#apply(ElementaryFunction)}: the composed series (domain rules of {@code TaylorN}). */
    @Override public TaylorN apply(ElementaryFunction f, TaylorN a) { return a.apply(f); }
    @Override public TaylorN pow(TaylorN a, int n) { return a.pow(n); }

    /** a^b: {@link TaylorN#pow(double)} when b is a constant series (integer powers exact), else exp(b·log a). */
    @Override
    public TaylorN pow(TaylorN a, TaylorN b) {
        TaylorN rest = b.subtract(b.value());
        if (rest.isZero()) {
            return a.pow(b.value()).truncate(Math.min(a.order(), b.order()));
        }
        return a.pow(b);
    }

    @Override public TaylorN atan2(TaylorN y, TaylorN x) { return TaylorN.atan2(y, x); }

    @Override
    public String toString() {
        return "TaylorN in " + vars + " of order " + order;
    }
}
