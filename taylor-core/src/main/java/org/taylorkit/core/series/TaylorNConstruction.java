package org.taylorkit.core.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;

/**
 * The checks and coefficient arrays behind the factories of {@link TaylorN} (and the index look-up that
 * {@link FieldTaylorN} shares): variables, monomials, copies of user coefficients, the list of terms. Every error names the
 * factory and the offending input. Stateless.
 */
final class TaylorNConstruction {

    private TaylorNConstruction() {
    }

    /** The shared index of a series in {@code vars} to {@code order}, with the argument checks. */
    static MonomialIndex indexOf(Variables vars, int order) {
        if (vars == null) {
            throw new IllegalArgumentException("TaylorN: the variables must not be null");
        }
        if (order < 0) {
            throw new IllegalArgumentException("TaylorN: the order must be ≥ 0, got " + order);
        }
        return MonomialIndex.of(vars.size(), order);
    }

    /** The coefficients of {@code value + δx_v}. */
    static double[] variable(MonomialIndex idx, int v, double value) {
        double[] c = new double[idx.size()];
        c[0] = value;
        if (idx.order() >= 1) {
            c[idx.offset(1) + v] = 1.0;
        }
        return c;
    }

    /** One value per variable, or IllegalArgumentException naming the counts. */
    static void checkPoint(Variables vars, double[] point) {
        if (point.length != vars.size()) {
            throw new IllegalArgumentException("TaylorN.variables: " + point.length + " values for the "
                    + vars.size() + " variables " + vars);
        }
    }

    /** The coefficients of {@code coefficient·δ^exponents} (all zero above the order), exponents checked. */
    static double[] monomial(MonomialIndex idx, double coefficient, int... exponents) {
        idx.checkExponents(exponents);
        double[] c = new double[idx.size()];
        if (Arrays.stream(exponents).sum() <= idx.order()) {
            c[idx.position(exponents)] = coefficient;
        }
        return c;
    }

    /** A copy of user coefficients, which must be exactly C(n + N, N). */
    static double[] copyOf(Variables vars, MonomialIndex idx, double[] coefficients) {
        if (coefficients.length != idx.size()) {
            throw new IllegalArgumentException("TaylorN.of: a series in " + vars + " of order " + idx.order()
                    + " has " + idx.size() + " coefficients, got " + coefficients.length);
        }
        return coefficients.clone();
    }

    /** The terms with non-zero coefficients, in graded-lex order. */
    static List<TaylorN.Term> terms(MonomialIndex idx, double[] c) {
        List<TaylorN.Term> out = new ArrayList<>();
        for (int p = 0; p < c.length; p++) {
            if (c[p] != 0.0) {
                out.add(new TaylorN.Term(idx.exponents(p), c[p]));
            }
        }
        return out;
    }
}
