package org.taylorkit.core.multi;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;

/**
 * The arithmetic of homogeneous parts ({@code double} coefficients) of series in {@code n} variables to
 * order {@code N}: what lets the univariate recurrence kernels compute multivariate series.
 *
 * <p><b>Why the univariate recurrences apply.</b> Fix a direction δ ∈ ℝⁿ and read a multivariate
 * expansion at x₀ along the line x₀ + s·δ. By the chain rule, coefficient {@code k} of the univariate
 * series of {@code g(s) = f(x₀ + s·δ)} is {@code Σ_{|α|=k} (∂^α f(x₀)/α!) δ^α = H_k(δ)}: the degree-k
 * homogeneous part of f's multivariate Taylor polynomial. So a {@code TaylorN} with parts
 * {@code H_0 … H_N} <em>is</em> a univariate series {@code Σ H_k s^k} whose coefficients are polynomials
 * in δ, and truncation at total degree N is truncation at {@code s^N}. A univariate recurrence for
 * {@code φ(u)} (exp, sin, division, …) gives {@code [s^k] φ(u)} from coefficients {@code 0..k} by sums of
 * products {@code u_j·c_{k−j}} (degree {@code j + (k − j) = k}), multiplications and divisions by
 * integers, divisions by coefficient 0 (degree 0: a scalar), and scalar functions of coefficient 0
 * (the value at x₀). Those are ring operations on polynomials in δ, and the identity holds for every δ,
 * hence as a polynomial identity: run with this arithmetic, the generic kernels produce exactly the
 * homogeneous parts of {@code φ(u)}, with no second copy of any formula.
 *
 * <p><b>Operations.</b> {@link #multiply(HomogeneousPart, HomogeneousPart)} is the graded product
 * (walking the {@link ProductSchedule}; a product of degree above N is {@link HomogeneousPart#ZERO});
 * sums need equal degrees (or a zero term); {@link #divide(HomogeneousPart, HomogeneousPart)} divides by
 * a degree-0 part (a scalar); elementary functions act on degree-0 parts only, as
 * {@link BoxedDoubleArithmetic} (i.e. {@code java.lang.Math}) does. {@link #toDouble} is the value at
 * δ = 0 (the scalar for degree 0, otherwise 0). Combining parts any other way is a programming error
 * in a kernel and throws {@link IllegalStateException}.
 *
 * <p><b>Deferred evaluation.</b> Products, scalings and sums of parts of degree ≥ 1 return deferred
 * parts ({@link PendingPart}) that compute their coefficients when first read, so a recurrence's chain
 * of sums of scaled products is evaluated into one array (plus a reused scratch array) instead of one
 * new array per operation; results are bit-identical to eager evaluation. Errors (division by zero,
 * degree mismatches) are still raised by the call that causes them.
 *
 * <p>Immutable and thread-safe.
 */
public final class HomogeneousArithmetic implements Arithmetic<HomogeneousPart> {

    private static final BoxedDoubleArithmetic SCALAR = BoxedDoubleArithmetic.INSTANCE;

    private final MonomialIndex index;
    private final HomogeneousPart one;

    /** The arithmetic of the homogeneous parts of series with this index (see {@link MonomialIndex#homogeneous()}). */
    HomogeneousArithmetic(MonomialIndex index) {
        this.index = index;
        this.one = scalar(1.0);
    }

    /** The index (variables count and order). */
    public MonomialIndex index() {
        return index;
    }

    /** The degree-0 part with value {@code v}. */
    public HomogeneousPart scalar(double v) {
        return new HomogeneousPart(0, new double[] {v});
    }

    /** The parts of degree 0..order of the series stored in {@code series} (copies). */
    public HomogeneousPart[] split(double[] series) {
        HomogeneousPart[] parts = new HomogeneousPart[index.order() + 1];
        for (int d = 0; d <= index.order(); d++) {
            double[] c = new double[index.count(d)];
            System.arraycopy(series, index.offset(d), c, 0, c.length);
            parts[d] = new HomogeneousPart(d, c);
        }
        return parts;
    }

    /**
     * The series whose degree-d part is {@code parts[d]} (d = 0..order).
     *
     * @throws IllegalStateException if a part has another degree and is not zero
     */
    public double[] join(HomogeneousPart[] parts) {
        double[] out = new double[index.size()];
        for (int d = 0; d <= index.order(); d++) {
            HomogeneousPart p = parts[d];
            if (p.degree == d) {
                double[] c = p.c();
                System.arraycopy(c, 0, out, index.offset(d), c.length);
            } else if (!p.isZero()) {
                throw new IllegalStateException("coefficient " + d + " of a series came out with degree " + p.degree);
            }
        }
        return out;
    }

    @Override public HomogeneousPart zero() { return HomogeneousPart.ZERO; }
    @Override public HomogeneousPart one() { return one; }
    @Override public HomogeneousPart fromDouble(double v) { return scalar(v); }
    @Override public HomogeneousPart fromDecimal(String decimal) { return scalar(SCALAR.fromDecimal(decimal)); }
    @Override public HomogeneousPart pi() { return scalar(Math.PI); }
    @Override public HomogeneousPart[] newArray(int n) { return new HomogeneousPart[n]; }

    @Override
    public HomogeneousPart add(HomogeneousPart a, HomogeneousPart b) {
        return combine(a, b, 1.0, "add");
    }

    @Override
    public HomogeneousPart subtract(HomogeneousPart a, HomogeneousPart b) {
        return combine(a, b, -1.0, "subtract");
    }

    private HomogeneousPart combine(HomogeneousPart a, HomogeneousPart b, double sign, String op) {
        if (a.degree != b.degree) {
            if (b.isZero()) {
                return a;
            }
            if (a.isZero()) {
                return sign > 0 ? b : negate(b);
            }
            throw new IllegalStateException(op + ": homogeneous parts of degrees " + a.degree + " and "
                    + b.degree + " (a recurrence mixed coefficients of different orders)");
        }
        if (a.degree == 0) {
            return scalar(a.c()[0] + sign * b.c()[0]);
        }
        return deferred(a.degree, a.size(), new PendingPart.Combine(a, b, sign));
    }

    /**
     * A deferred part, computed at once when its recipe is heavier than {@link PendingPart#MAX_WEIGHT}
     * (a computed part weighs 1 as a child, so recipes stay bounded).
     */
    private static HomogeneousPart deferred(int degree, int size, PendingPart p) {
        HomogeneousPart h = new HomogeneousPart(degree, size, p);
        if (p.weight > PendingPart.MAX_WEIGHT) {
            h.c();
        }
        return h;
    }

    @Override
    public HomogeneousPart negate(HomogeneousPart a) {
        return map(a, PendingPart.Map.NEG, 0.0);
    }

    @Override
    public HomogeneousPart multiply(HomogeneousPart a, HomogeneousPart b) {
        if (a.degree < 0 || b.degree < 0) {
            return HomogeneousPart.ZERO;
        }
        int d = a.degree + b.degree;
        if (d > index.order()) {
            return HomogeneousPart.ZERO;
        }
        if (a.degree == 0) {
            // s·v = v·s exactly (IEEE multiplication commutes).
            return map(b, PendingPart.Map.MUL, a.c()[0]);
        }
        if (b.degree == 0) {
            return map(a, PendingPart.Map.MUL, b.c()[0]);
        }
        return deferred(d, index.count(d),
                new PendingPart.Product(index.schedule(), a.c(), a.degree, b.c(), b.degree));
    }

    @Override
    public HomogeneousPart multiply(HomogeneousPart a, int n) {
        return map(a, PendingPart.Map.MUL, n);
    }

    @Override
    public HomogeneousPart scale(HomogeneousPart a, double s) {
        return map(a, PendingPart.Map.MUL, s);
    }

    @Override
    public HomogeneousPart divide(HomogeneousPart a, HomogeneousPart b) {
        double s = requireScalar(b, "divide");
        if (s == 0.0) {
            throw new ArithmeticException("division by a zero constant term");
        }
        return map(a, PendingPart.Map.DIV, s);
    }

    @Override
    public HomogeneousPart divide(HomogeneousPart a, int n) {
        if (n == 0) {
            throw new ArithmeticException("division by the integer 0");
        }
        return map(a, PendingPart.Map.DIV, n);
    }

    /** Element-wise {@code v·s}, {@code v/s} or {@code −v} ({@link PendingPart.Map}); deferred above degree 0. */
    private static HomogeneousPart map(HomogeneousPart a, int op, double s) {
        if (a.degree < 0) {
            return a;
        }
        if (a.degree == 0) {
            double v = a.c()[0];
            return new HomogeneousPart(0, new double[] {op == PendingPart.Map.MUL ? v * s
                    : op == PendingPart.Map.DIV ? v / s : -v});
        }
        return deferred(a.degree, a.size(), new PendingPart.Map(a, op, s));
    }

    @Override
    public boolean isZero(HomogeneousPart a) {
        return a.isZero();
    }

    /** The sign of a degree-0 part (0 for a zero part); other parts have no sign (ArithmeticException). */
    @Override
    public int signum(HomogeneousPart a) {
        if (a.isZero()) {
            return 0;
        }
        return SCALAR.signum(requireScalar(a, "signum"));
    }

    @Override
    public double toDouble(HomogeneousPart a) {
        return a.degree == 0 ? a.c()[0] : 0.0;
    }

    @Override
    public double norm(HomogeneousPart a) {
        double m = 0.0;
        for (double v : a.c()) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** The scalar value of a degree-0 (or zero) part; other degrees throw IllegalStateException. */
    private static double requireScalar(HomogeneousPart a, String op) {
        if (a.degree == 0) {
            return a.c()[0];
        }
        if (a.isZero()) {
            return 0.0;
        }
        throw new IllegalStateException(op + ": needs a degree-0 (scalar) part, got degree " + a.degree
                + " (only coefficient 0 of a series is a number)");
    }

    /** {@code f} of a degree-0 (scalar) part, by the definition's double value. */
    @Override
    public HomogeneousPart apply(ElementaryFunction f, HomogeneousPart a) {
        return scalar(f.value(requireScalar(a, f.name())));
    }

    /**
     * {@code a^n}: for a degree-0 part the scalar power; for a part of degree d ≥ 1 and {@code n ≥ 0} the
     * graded power (degree n·d, {@link HomogeneousPart#ZERO} above the order).
     */
    @Override
    public HomogeneousPart pow(HomogeneousPart a, int n) {
        if (a.degree <= 0 || n < 0) {
            double x = requireScalar(a, "pow");
            return scalar(SCALAR.pow(x, n));
        }
        HomogeneousPart r = one;
        for (int i = 0; i < n; i++) {
            r = multiply(r, a);
        }
        return r;
    }

    @Override
    public HomogeneousPart pow(HomogeneousPart a, HomogeneousPart b) {
        return scalar(SCALAR.pow(requireScalar(a, "pow"), requireScalar(b, "pow")));
    }

    @Override
    public HomogeneousPart atan2(HomogeneousPart y, HomogeneousPart x) {
        return scalar(SCALAR.atan2(requireScalar(y, "atan2"), requireScalar(x, "atan2")));
    }

    @Override
    public String toString() {
        return "homogeneous parts of " + index;
    }
}
