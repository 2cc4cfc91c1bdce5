package org.taylorkit.interval.solve;

import java.util.Map;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.series.FieldTaylor1;
import org.taylorkit.core.series.FieldTaylor1Arithmetic;
import org.taylorkit.core.expr.Expr;

/**
 * The integral of a Taylor model of {@code f} over one piece {@code [a, b]} of the real line, for any
 * interval type {@code I} (double or Apfloat intervals). With {@code m} a point of the piece and
 * {@code K} the order, Taylor's theorem with the integral remainder gives
 * {@code f(x) = Σ_{j<K} c_j(m)(x − m)^j + r(x)(x − m)^K} with
 * {@code r(x) = K ∫_0^1 (1−t)^{K−1} c_K(m + t(x − m)) dt}, continuous and inside {@code C_K}, the
 * order-{@code K} coefficient of the interval series with the piece as expansion point. On each of
 * {@code [a, m]} and {@code [m, b]} the factor {@code (x − m)^K} has one sign, so by the mean-value
 * theorem for integrals
 * <pre>∫_a^b f ∈ Σ_{j<K} c_j(m)(h^{j+1} − l^{j+1})/(j+1) + C_K·h^{K+1}/(K+1) + C_K·(−l^{K+1})/(K+1),</pre>
 * {@code l = a − m}, {@code h = b − m}. Every operation is an outward-rounded operation of the
 * interval arithmetic, and the series kernels are fixed sequences of them (so the point series
 * encloses {@code c_j(m)} and the series over the piece encloses {@code c_K} at every point of it).
 * The caller must have proven {@code f} analytic on a neighbourhood of the piece.
 */
final class TaylorFormIntegral {

    private TaylorFormIntegral() {
    }

    /**
     * The enclosure (maybe unbounded, if a coefficient is).
     *
     * @param a the point interval of the left end
     * @param b the point interval of the right end
     * @param m the point interval of a point of {@code [a, b]}
     * @param piece the interval {@code [a, b]}
     * @throws ArithmeticException if a series cannot be formed
     */
    static <I> I of(Expr f, String name, Arithmetic<I> ar, I a, I b, I m, I piece, int order) {
        FieldTaylor1<I> atPoint = f.evaluate(FieldTaylor1Arithmetic.of(ar, order - 1),
                Map.of(name, FieldTaylor1.variable(ar, m, order - 1)));
        FieldTaylor1<I> overPiece = f.evaluate(FieldTaylor1Arithmetic.of(ar, order),
                Map.of(name, FieldTaylor1.variable(ar, piece, order)));
        I l = ar.subtract(a, m);
        I h = ar.subtract(b, m);
        I lp = l;
        I hp = h;
        I sum = ar.zero();
        for (int j = 0; j < order; j++) {
            sum = ar.add(sum, ar.multiply(atPoint.coefficient(j), ar.divide(ar.subtract(hp, lp), j + 1)));
            lp = ar.multiply(lp, l);
            hp = ar.multiply(hp, h);
        }
        I ck = overPiece.coefficient(order);
        I right = ar.multiply(ck, ar.divide(hp, order + 1));
        I left = ar.multiply(ck, ar.divide(ar.negate(lp), order + 1));
        return ar.add(sum, ar.add(right, left));
    }
}
