package org.taylorkit.hipparchus;

import java.util.Arrays;
import java.util.Objects;
import org.hipparchus.Field;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;

/**
 * The Hipparchus {@link Field} of {@link TaylorNElement}s in the given variables to order n. Two
 * fields with equal variables and order are equal (Hipparchus and Orekit compare and cache by field).
 *
 * <pre>{@code
 * TaylorNField field = TaylorNField.of(Variables.of("x", "y"), 2);
 * TaylorNElement x = field.variable(0, 1.0), y = field.variable(1, 2.0);
 * double dxdy = x.multiply(y).sin().getPartialDerivative(1, 1);   // ∂²sin(xy)/∂x∂y at (1, 2)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TaylorNField implements Field<TaylorNElement> {

    private final Variables variables;
    private final int order;
    private final MonomialIndex index;
    /** The product loops at orders 1 and 2, else null (the core's product kernels). */
    private final LowOrderProduct lowOrderProduct;
    private final TaylorNElement zero;
    private final TaylorNElement one;

    private TaylorNField(Variables variables, int order) {
        this.variables = variables;
        this.order = order;
        this.index = TaylorN.zero(variables, order).index();
        this.lowOrderProduct = LowOrderProduct.forIndex(index);
        this.zero = constant(0.0);
        this.one = constant(1.0);
    }

    /**
     * The field of series in {@code variables} to order {@code order}.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static TaylorNField of(Variables variables, int order) {
        Objects.requireNonNull(variables, "variables");
        if (order < 0) {
            throw new IllegalArgumentException("order must be >= 0, got " + order);
        }
        return new TaylorNField(variables, order);
    }

    /** The variables. */
    public Variables variables() {
        return variables;
    }

    /** The truncation order n. */
    public int order() {
        return order;
    }

    /** The constant {@code value}. */
    public TaylorNElement constant(double value) {
        double[] c = new double[index.size()];
        c[0] = value;
        return new TaylorNElement(this, c, true);
    }

    /** The shared index tables of the series of this field (positions, degrees, product schedule). */
    MonomialIndex index() {
        return index;
    }

    /**
     * {@code out = a·b} for coefficient arrays of this field: {@link LowOrderProduct} at orders 1 and 2,
     * else the core's {@code ProductSchedule.mulInto}. {@code out} must not be {@code a} or {@code b}.
     */
    void multiplyInto(double[] a, double[] b, double[] out) {
        if (lowOrderProduct != null) {
            lowOrderProduct.multiply(a, b, out);
        } else {
            index.schedule().mulInto(a, b, out);
        }
    }

    /** {@code out = a²} ({@link #multiplyInto multiplyInto(a, a, out)}, the same bits). */
    void squareInto(double[] a, double[] out) {
        if (lowOrderProduct != null) {
            lowOrderProduct.square(a, out);
        } else {
            index.schedule().mulInto(a, a, out);
        }
    }

    /**
     * Variable number {@code i} at {@code value}: value + δxᵢ.
     *
     * @throws IndexOutOfBoundsException if {@code i} is not a variable index
     */
    public TaylorNElement variable(int i, double value) {
        return new TaylorNElement(this, TaylorN.variable(variables, variables.name(i), value, order));
    }

    /**
     * The variable {@code name} at {@code value}: value + δname.
     *
     * @throws IllegalArgumentException if {@code name} is not one of the variables
     */
    public TaylorNElement variable(String name, double value) {
        return new TaylorNElement(this, TaylorN.variable(variables, name, value, order));
    }

    /**
     * All variables at {@code point}: element i is point[i] + δxᵢ.
     *
     * @throws IllegalArgumentException if {@code point} has not one value per variable
     */
    public TaylorNElement[] variables(double... point) {
        TaylorN[] xs = TaylorN.variables(variables, point, order);
        TaylorNElement[] r = new TaylorNElement[xs.length];
        for (int i = 0; i < xs.length; i++) {
            r[i] = new TaylorNElement(this, xs[i]);
        }
        return r;
    }

    /**
     * The element with this series.
     *
     * @throws IllegalArgumentException if its variables or order differ from the field's
     */
    public TaylorNElement element(TaylorN series) {
        if (!series.variables().equals(variables) || series.order() != order) {
            throw new IllegalArgumentException("a series in " + series.variables() + " of order " + series.order()
                    + " is not an element of " + this);
        }
        return new TaylorNElement(this, series);
    }

    /**
     * Checks a derivative's orders, one per variable, against this field.
     *
     * @throws MathIllegalArgumentException if the number of orders is not the number of variables, an
     *     order is negative, or their sum exceeds the field's order
     */
    void checkDerivativeOrders(int[] orders) {
        if (orders.length != variables.size()) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.DIMENSIONS_MISMATCH, orders.length,
                    variables.size());
        }
        int sum = 0;
        for (int o : orders) {
            if (o < 0) {
                throw new MathIllegalArgumentException(LocalizedCoreFormats.NUMBER_TOO_SMALL, o, 0);
            }
            sum += o;
        }
        if (sum > order) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.NUMBER_TOO_LARGE, sum, order);
        }
    }

    /** Value {@code value}, every higher coefficient NaN (a function without derivatives there). */
    TaylorNElement singular(double value) {
        double[] c = new double[index.size()];
        Arrays.fill(c, Double.NaN);
        c[0] = value;
        return new TaylorNElement(this, c, false);
    }

    @Override
    public TaylorNElement getZero() {
        return zero;
    }

    @Override
    public TaylorNElement getOne() {
        return one;
    }

    @Override
    public Class<TaylorNElement> getRuntimeClass() {
        return TaylorNElement.class;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaylorNField f && f.order == order && f.variables.equals(variables);
    }

    @Override
    public int hashCode() {
        return 31 * variables.hashCode() + order;
    }

    @Override
    public String toString() {
        return "TaylorNField(" + variables + ", order " + order + ")";
    }
}
