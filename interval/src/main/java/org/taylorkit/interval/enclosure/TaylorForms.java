package org.taylorkit.interval.enclosure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.core.series.FieldTaylorN;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.multi.Variables;

/**
 * The mean-value and Taylor forms. For {@code f} analytic on a neighbourhood of the box {@code X}
 * (established by the caller with {@link CheckedIntervalArithmetic}), {@code m = mid(X)} and
 * {@code x ∈ X}, Taylor's theorem along the segment from {@code m} to {@code x} (inside the convex
 * box) gives, for some {@code ξ} on it,
 * <pre>f(x) = Σ_{|α|&lt;k} c_α(m) (x − m)^α + Σ_{|α|=k} c_α(ξ) (x − m)^α,</pre>
 * where {@code c_α(y)} are the Taylor coefficients at {@code y}. So
 * {@code f(X) ⊆ Σ_{|α|<k} C_α(m) D^α + Σ_{|α|=k} C_α(X) D^α} with {@code D_i ⊇ X_i − m_i},
 * {@code D^α} bounded by {@code Π pown(D_i, α_i)}, {@code C_α(m)} the interval coefficients of the
 * series at the point {@code m} and {@code C_α(X)} those of the series with the box itself as
 * expansion point (which contain {@code c_α(ξ)} for every {@code ξ ∈ X}; see
 * {@link BoxSeriesArithmetic}). Order 1 is the mean-value form {@code f(m) + ∇f(X)·(X − m)}.
 * Written once for any interval type of the engine ({@link IntervalDomain}).
 */
final class TaylorForms {

    private TaylorForms() {
    }

    /**
     * The Taylor form of order {@code k ≥ 1} of {@code f} over the sides {@code vars} of {@code box}
     * (every symbol of {@code f} must be among them).
     *
     * @throws ArithmeticException if a series cannot be formed (the caller falls back)
     */
    static <I> I taylorForm(IntervalDomain<I> dom, Expr f, Map<String, I> box, List<String> vars, int k) {
        Arithmetic<I> ar = dom.arithmetic();
        Variables v = Variables.of(vars);
        int n = vars.size();
        BoxSeriesArithmetic<I> atPoint = new BoxSeriesArithmetic<>(dom, v, k - 1);
        BoxSeriesArithmetic<I> overBox = new BoxSeriesArithmetic<>(dom, v, k);
        Map<String, FieldTaylorN<I>> pointVars = new HashMap<>();
        Map<String, FieldTaylorN<I>> boxVars = new HashMap<>();
        List<List<I>> powers = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = vars.get(i);
            I x = box.get(name);
            I m = dom.midpoint(x);
            pointVars.put(name, atPoint.variable(name, m));
            boxVars.put(name, overBox.variable(name, x));
            I dev = ar.subtract(x, m);
            List<I> p = new java.util.ArrayList<>();
            for (int e = 0; e <= k; e++) {
                p.add(ar.pow(dev, e));
            }
            powers.add(p);
        }
        FieldTaylorN<I> low = f.evaluate(atPoint, pointVars);
        FieldTaylorN<I> high = f.evaluate(overBox, boxVars);
        MonomialIndex index = high.index();
        I sum = ar.zero();
        int[] e = new int[n];
        for (int p = 0; p < index.size(); p++) {
            I c = index.degree(p) < k ? low.coefficientAt(p) : high.coefficientAt(p);
            if (ar.isZero(c)) {
                continue;
            }
            index.exponents(p, e);
            I term = c;
            for (int i = 0; i < n; i++) {
                if (e[i] != 0) {
                    term = ar.multiply(term, powers.get(i).get(e[i]));
                }
            }
            sum = ar.add(sum, term);
        }
        return sum;
    }
}
