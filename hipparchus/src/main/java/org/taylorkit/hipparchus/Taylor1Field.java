package org.taylorkit.hipparchus;

import java.util.Arrays;
import org.hipparchus.Field;
import org.taylorkit.core.series.Taylor1;

/**
 * The Hipparchus {@link Field} of {@link Taylor1Element}s of one order n: truncated series in one
 * variable t, c₀ + c₁t + … + c_n tⁿ. Two fields of the same order are equal (Hipparchus and Orekit
 * compare and cache by field).
 *
 * <pre>{@code
 * Taylor1Field field = Taylor1Field.of(5);
 * Taylor1Element x = field.variable(0.5);          // 0.5 + t
 * double[] d = x.sin().divide(x).derivatives();    // (sin x / x)^(k) at 0.5, k = 0..5
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Taylor1Field implements Field<Taylor1Element> {

    private final int order;
    private final Taylor1Element zero;
    private final Taylor1Element one;

    private Taylor1Field(int order) {
        this.order = order;
        this.zero = new Taylor1Element(this, Taylor1.zero(order));
        this.one = new Taylor1Element(this, Taylor1.constant(1.0, order));
    }

    /**
     * The field of series of order {@code order}.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static Taylor1Field of(int order) {
        if (order < 0) {
            throw new IllegalArgumentException("order must be >= 0, got " + order);
        }
        return new Taylor1Field(order);
    }

    /** The truncation order n. */
    public int order() {
        return order;
    }

    /** The constant {@code value}. */
    public Taylor1Element constant(double value) {
        return new Taylor1Element(this, Taylor1.constant(value, order));
    }

    /** The independent variable at {@code x0}: x₀ + t (its derivatives are those of f(x) at x₀). */
    public Taylor1Element variable(double x0) {
        return new Taylor1Element(this, Taylor1.variable(x0, order));
    }

    /**
     * The element with this series: truncated if its order is higher than the field's, padded with NaN
     * (unknown coefficients) if lower.
     */
    public Taylor1Element element(Taylor1 series) {
        return Taylor1Element.of(this, series);
    }

    /** Value {@code value}, every higher coefficient NaN (a function without derivatives there). */
    Taylor1Element singular(double value) {
        double[] c = new double[order + 1];
        Arrays.fill(c, Double.NaN);
        c[0] = value;
        return new Taylor1Element(this, Taylor1.of(c));
    }

    @Override
    public Taylor1Element getZero() {
        return zero;
    }

    @Override
    public Taylor1Element getOne() {
        return one;
    }

    @Override
    public Class<Taylor1Element> getRuntimeClass() {
        return Taylor1Element.class;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Taylor1Field f && f.order == order;
    }

    @Override
    public int hashCode() {
        return 0x7A1 + order;
    }

    @Override
    public String toString() {
        return "Taylor1Field(order " + order + ")";
    }
}
