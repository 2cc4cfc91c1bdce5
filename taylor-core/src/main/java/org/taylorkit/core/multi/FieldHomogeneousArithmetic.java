package org.taylorkit.core.multi;

import org.taylorkit.core.ElementaryFunction;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.taylorkit.core.Arithmetic;

/**
 * The arithmetic of homogeneous parts with coefficients in any {@link Arithmetic}: the generic
 * counterpart of {@link HomogeneousArithmetic}, with the same reading of a multivariate series as a
 * univariate series in a scaling variable (see there) and the same rules: graded products through the
 * {@link ProductSchedule}, sums of equal degrees, division by degree-0 parts, pointwise functions of
 * degree-0 parts (delegated to the coefficient arithmetic, whose domain errors propagate).
 *
 * <p>Immutable and thread-safe when the coefficient arithmetic is.
 *
 * @param <T> the coefficient type
 */
public final class FieldHomogeneousArithmetic<T> implements Arithmetic<FieldHomogeneousPart<T>> {

    private final Arithmetic<T> ar;
    private final MonomialIndex index;
    private final FieldHomogeneousPart<T> zero;
    private final FieldHomogeneousPart<T> one;

    /** The arithmetic of homogeneous parts over {@code ar} of series with this index. */
    public FieldHomogeneousArithmetic(Arithmetic<T> ar, MonomialIndex index) {
        this.ar = ar;
        this.index = index;
        this.zero = new FieldHomogeneousPart<>(-1, ar.newArray(0));
        this.one = scalar(ar.one());
    }

    /** The coefficient arithmetic. */
    public Arithmetic<T> coefficientArithmetic() {
        return ar;
    }

    /** The index (variables count and order). */
    public MonomialIndex index() {
        return index;
    }

    /** The degree-0 part with value {@code v}. */
    public FieldHomogeneousPart<T> scalar(T v) {
        T[] c = ar.newArray(1);
        c[0] = v;
        return new FieldHomogeneousPart<>(0, c);
    }

    /** The parts of degree 0..order of the series stored in {@code series} (copies). */
    public FieldHomogeneousPart<T>[] split(T[] series) {
        FieldHomogeneousPart<T>[] parts = newArray(index.order() + 1);
        for (int d = 0; d <= index.order(); d++) {
            T[] c = ar.newArray(index.count(d));
            System.arraycopy(series, index.offset(d), c, 0, c.length);
            parts[d] = new FieldHomogeneousPart<>(d, c);
        }
        return parts;
    }

    /**
     * The series whose degree-d part is {@code parts[d]}.
     *
     * @throws IllegalStateException if a part has another degree and is not zero
     */
    public T[] join(FieldHomogeneousPart<T>[] parts) {
        T[] out = ar.newArray(index.size());
        for (int d = 0; d <= index.order(); d++) {
            FieldHomogeneousPart<T> p = parts[d];
            if (p.degree == d) {
                System.arraycopy(p.c, 0, out, index.offset(d), p.c.length);
            } else if (isZero(p)) {
                for (int i = index.offset(d); i < index.offset(d + 1); i++) {
                    out[i] = ar.zero();
                }
            } else {
                throw new IllegalStateException("coefficient " + d + " of a series came out with degree " + p.degree);
            }
        }
        return out;
    }

    @Override public FieldHomogeneousPart<T> zero() { return zero; }
    @Override public FieldHomogeneousPart<T> one() { return one; }
    @Override public FieldHomogeneousPart<T> fromDouble(double v) { return scalar(ar.fromDouble(v)); }
    @Override public FieldHomogeneousPart<T> fromDecimal(String decimal) { return scalar(ar.fromDecimal(decimal)); }
    @Override public FieldHomogeneousPart<T> pi() { return scalar(ar.pi()); }

    @Override
    @SuppressWarnings("unchecked")
    public FieldHomogeneousPart<T>[] newArray(int n) {
        return (FieldHomogeneousPart<T>[]) new FieldHomogeneousPart<?>[n];
    }

    @Override
    public FieldHomogeneousPart<T> add(FieldHomogeneousPart<T> a, FieldHomogeneousPart<T> b) {
        return combine(a, b, false);
    }

    @Override
    public FieldHomogeneousPart<T> subtract(FieldHomogeneousPart<T> a, FieldHomogeneousPart<T> b) {
        return combine(a, b, true);
    }

    private FieldHomogeneousPart<T> combine(FieldHomogeneousPart<T> a, FieldHomogeneousPart<T> b, boolean minus) {
        if (a.degree != b.degree) {
            if (isZero(b)) {
                return a;
            }
            if (isZero(a)) {
                return minus ? negate(b) : b;
            }
            throw new IllegalStateException((minus ? "subtract" : "add") + ": homogeneous parts of degrees "
                    + a.degree + " and " + b.degree + " (a recurrence mixed coefficients of different orders)");
        }
        BinaryOperator<T> op = minus ? ar::subtract : ar::add;
        T[] c = ar.newArray(a.c.length);
        for (int i = 0; i < c.length; i++) {
            c[i] = op.apply(a.c[i], b.c[i]);
        }
        return new FieldHomogeneousPart<>(a.degree, c);
    }

    private FieldHomogeneousPart<T> map(FieldHomogeneousPart<T> a, UnaryOperator<T> f) {
        if (a.degree < 0) {
            return a;
        }
        T[] c = ar.newArray(a.c.length);
        for (int i = 0; i < c.length; i++) {
            c[i] = f.apply(a.c[i]);
        }
        return new FieldHomogeneousPart<>(a.degree, c);
    }

    @Override public FieldHomogeneousPart<T> negate(FieldHomogeneousPart<T> a) { return map(a, ar::negate); }

    @Override
    public FieldHomogeneousPart<T> multiply(FieldHomogeneousPart<T> a, FieldHomogeneousPart<T> b) {
        if (a.degree < 0 || b.degree < 0 || a.degree + b.degree > index.order()) {
            return zero;
        }
        if (a.degree == 0) {
            T s = a.c[0];
            return map(b, v -> ar.multiply(s, v));
        }
        if (b.degree == 0) {
            T s = b.c[0];
            return map(a, v -> ar.multiply(v, s));
        }
        int d = a.degree + b.degree;
        T[] c = ar.newArray(index.count(d));
        java.util.Arrays.fill(c, ar.zero());
        index.schedule().mulAddPart(ar, a.c, 0, a.degree, b.c, 0, b.degree, c, 0);
        return new FieldHomogeneousPart<>(d, c);
    }

    @Override public FieldHomogeneousPart<T> multiply(FieldHomogeneousPart<T> a, int n) { return map(a, v -> ar.multiply(v, n)); }
    @Override public FieldHomogeneousPart<T> scale(FieldHomogeneousPart<T> a, double s) { return map(a, v -> ar.scale(v, s)); }

    @Override
    public FieldHomogeneousPart<T> divide(FieldHomogeneousPart<T> a, FieldHomogeneousPart<T> b) {
        T s = requireScalar(b, "divide");
        return map(a, v -> ar.divide(v, s));
    }

    @Override
    public FieldHomogeneousPart<T> divide(FieldHomogeneousPart<T> a, int n) {
        return map(a, v -> ar.divide(v, n));
    }

    @Override
    public boolean isZero(FieldHomogeneousPart<T> a) {
        for (T v : a.c) {
            if (!ar.isZero(v)) {
                return false;
            }
        }
        return true;
    }

    /** The sign of a degree-0 part (0 for a zero part); other parts have no sign (ArithmeticException). */
    @Override
    public int signum(FieldHomogeneousPart<T> a) {
        if (isZero(a)) {
            return 0;
        }
        return ar.signum(requireScalar(a, "signum"));
    }

    /** The value at δ = 0: the scalar of a degree-0 part, 0 otherwise. */
    @Override
    public double toDouble(FieldHomogeneousPart<T> a) {
        return a.degree == 0 ? ar.toDouble(a.c[0]) : 0.0;
    }

    @Override
    public double norm(FieldHomogeneousPart<T> a) {
        double m = 0.0;
        for (T v : a.c) {
            m = Math.max(m, ar.norm(v));
        }
        return m;
    }

    private T requireScalar(FieldHomogeneousPart<T> a, String op) {
        if (a.degree == 0) {
            return a.c[0];
        }
        if (isZero(a)) {
            return ar.zero();
        }
        throw new IllegalStateException(op + ": needs a degree-0 (scalar) part, got degree " + a.degree
                + " (only coefficient 0 of a series is a number)");
    }

    /** {@code f} of a degree-0 (scalar) part, in the coefficient arithmetic. */
    @Override
    public FieldHomogeneousPart<T> apply(ElementaryFunction f, FieldHomogeneousPart<T> a) {
        return scalar(ar.apply(f, requireScalar(a, f.name())));
    }

    /** {@code a^n}: scalar power for degree 0, graded power for degree ≥ 1 and {@code n ≥ 0}. */
    @Override
    public FieldHomogeneousPart<T> pow(FieldHomogeneousPart<T> a, int n) {
        if (a.degree <= 0 || n < 0) {
            return scalar(ar.pow(requireScalar(a, "pow"), n));
        }
        FieldHomogeneousPart<T> r = one;
        for (int i = 0; i < n; i++) {
            r = multiply(r, a);
        }
        return r;
    }

    @Override
    public FieldHomogeneousPart<T> pow(FieldHomogeneousPart<T> a, FieldHomogeneousPart<T> b) {
        return scalar(ar.pow(requireScalar(a, "pow"), requireScalar(b, "pow")));
    }

    @Override
    public FieldHomogeneousPart<T> atan2(FieldHomogeneousPart<T> y, FieldHomogeneousPart<T> x) {
        return scalar(ar.atan2(requireScalar(y, "atan2"), requireScalar(x, "atan2")));
    }

    @Override
    public String toString() {
        return "homogeneous parts over " + ar + " of " + index;
    }
}
