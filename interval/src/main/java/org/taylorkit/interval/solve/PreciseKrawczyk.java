package org.taylorkit.interval.solve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.core.series.FieldTaylorN;
import org.taylorkit.core.series.FieldTaylorNArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.function.ApfloatIntervalArithmetic;
import org.taylorkit.interval.Interval;

/**
 * Refines a box holding a unique zero of a square system (a {@link RootStatus#UNIQUE} box of
 * {@link RootFinder}) to many digits: {@code X ← X ∩ K(X)} with the {@link Krawczyk} operator evaluated
 * in Apfloat intervals of {@code digits} digits, the Jacobian over {@code X} from interval Taylor series
 * of order 1. Every zero in {@code X} stays in {@code K(X)} for any real matrix {@code Y}; taking
 * {@code Y} as the double-precision inverse of {@code mid J(X)} keeps {@code I − Y·J(X)} of size about
 * 1e-16 near a simple zero, so each step shrinks the box by about that factor, down to the working
 * precision. The iteration stops when a step no longer changes the box.
 */
public final class PreciseKrawczyk {

    private static final int MAX_ITERATIONS = 60;

    private PreciseKrawczyk() {
    }

    /**
     * The refined enclosure (one interval per variable, in the order of {@code names}); the box itself,
     * converted exactly, if no step can be taken (a Jacobian that cannot be formed or inverted).
     *
     * @param system the equations {@code F_i = 0}, as many as variables
     * @param names the variables, in the order of the sides of {@code box}
     * @param box a box holding a unique zero
     */
    public static ApfloatInterval[] refine(List<Expr> system, List<String> names, Interval[] box, int digits) {
        int n = names.size();
        ApfloatIntervalArithmetic ar = ApfloatIntervalArithmetic.ofDigits(digits);
        FieldTaylorNArithmetic<ApfloatInterval> first = FieldTaylorNArithmetic.of(ar, Variables.of(names), 1);
        ApfloatInterval[] x = new ApfloatInterval[n];
        for (int i = 0; i < n; i++) {
            x[i] = ApfloatInterval.of(box[i].inf(), box[i].sup(), digits);
        }
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            ApfloatInterval[] next;
            try {
                next = step(system, names, x, ar, first, digits);
            } catch (ArithmeticException notFormed) {
                return x;
            }
            if (next == null || java.util.Arrays.equals(next, x)) {
                return x;
            }
            x = next;
        }
        return x;
    }

    /** {@code X ∩ K(X)}, or null when the Jacobian is unbounded or its midpoint singular. */
    private static ApfloatInterval[] step(List<Expr> system, List<String> names, ApfloatInterval[] x,
            ApfloatIntervalArithmetic ar, FieldTaylorNArithmetic<ApfloatInterval> first, int digits) {
        int n = x.length;
        Variables vars = Variables.of(names);
        Map<String, FieldTaylorN<ApfloatInterval>> overBox = new HashMap<>();
        Map<String, ApfloatInterval> atMid = new HashMap<>();
        ApfloatInterval[] m = new ApfloatInterval[n];
        for (int i = 0; i < n; i++) {
            overBox.put(names.get(i), FieldTaylorN.variable(ar, vars, names.get(i), x[i], 1));
            m[i] = ApfloatInterval.point(x[i].mid(), digits);
            atMid.put(names.get(i), m[i]);
        }
        ApfloatInterval[][] jac = new ApfloatInterval[n][];
        ApfloatInterval[] fm = new ApfloatInterval[n];
        double[][] mid = new double[n][n];
        for (int k = 0; k < n; k++) {
            jac[k] = system.get(k).evaluate(first, overBox).gradient();
            fm[k] = system.get(k).evaluate(ar, atMid);
            if (fm[k].isEmpty() || !fm[k].isBounded()) {
                return null;
            }
            for (int j = 0; j < n; j++) {
                if (jac[k][j].isEmpty() || !jac[k][j].isBounded()) {
                    return null;
                }
                mid[k][j] = jac[k][j].midDouble();
            }
        }
        double[][] y = Krawczyk.invert(mid);
        if (y == null) {
            return null;
        }
        ApfloatInterval[] next = new ApfloatInterval[n];
        for (int i = 0; i < n; i++) {
            ApfloatInterval sum = m[i];
            for (int l = 0; l < n; l++) {
                sum = sum.subtract(ApfloatInterval.point(y[i][l], digits).multiply(fm[l]));
            }
            for (int j = 0; j < n; j++) {
                ApfloatInterval c = ApfloatInterval.point(i == j ? 1 : 0, digits);
                for (int l = 0; l < n; l++) {
                    c = c.subtract(ApfloatInterval.point(y[i][l], digits).multiply(jac[l][j]));
                }
                sum = sum.add(c.multiply(x[j].subtract(m[j])));
            }
            next[i] = sum.intersection(x[i]);
            if (next[i].isEmpty()) {
                return null;
            }
        }
        return next;
    }
}
