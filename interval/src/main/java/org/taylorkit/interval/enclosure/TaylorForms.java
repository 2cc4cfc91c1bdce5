package org.taylorkit.interval.enclosure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.core.FieldTaylorN;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.interval.Interval;

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
 */
final class TaylorForms {

    private TaylorForms() {
    }

    /**
     * The Taylor form of order {@code k ≥ 1} of {@code f} over the sides {@code vars} of {@code box}.
     *
     * @throws ArithmeticException if a series cannot be formed (the caller falls back)
     */
    static Interval taylorForm(Expr f, Box box, List<String> vars, int k) {
        Variables v = Variables.of(vars);
        int n = vars.size();
        BoxSeriesArithmetic atPoint = new BoxSeriesArithmetic(v, k - 1);
        BoxSeriesArithmetic overBox = new BoxSeriesArithmetic(v, k);
        Map<String, FieldTaylorN<Interval>> pointVars = new HashMap<>();
        Map<String, FieldTaylorN<Interval>> boxVars = new HashMap<>();
        Interval[][] powers = new Interval[n][k + 1];
        for (int i = 0; i < n; i++) {
            String name = vars.get(i);
            Interval x = box.get(name);
            Interval m = Interval.point(x.mid());
            pointVars.put(name, atPoint.variable(name, m));
            boxVars.put(name, overBox.variable(name, x));
            Interval dev = x.subtract(m);
            for (int e = 0; e <= k; e++) {
                powers[i][e] = dev.pow(e);
            }
        }
        FieldTaylorN<Interval> low = f.evaluate(atPoint, pointVars);
        FieldTaylorN<Interval> high = f.evaluate(overBox, boxVars);
        MonomialIndex index = high.index();
        Interval sum = Interval.point(0.0);
        int[] e = new int[n];
        for (int p = 0; p < index.size(); p++) {
            Interval c = index.degree(p) < k ? low.coefficientAt(p) : high.coefficientAt(p);
            if (c.isPoint() && c.inf() == 0) {
                continue;
            }
            index.exponents(p, e);
            Interval term = c;
            for (int i = 0; i < n; i++) {
                if (e[i] != 0) {
                    term = term.multiply(powers[i][e[i]]);
                }
            }
            sum = sum.add(term);
        }
        return sum;
    }
}
