package org.taylorkit.interval.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.function.Functions;

/**
 * Random expression trees for the containment fuzz: every function of the catalogue
 * ({@link Functions#all()}, applied raw, so that trees leave domains and meet poles), {@code + − × ÷},
 * integer-literal powers (1788 {@code pown}, exponents −3…4), non-integer literal powers and powers
 * with an expression as exponent (1788 {@code pow}, base ≥ 0), over the variables {@code x} and
 * {@code y} and small decimal constants, π and e. One instance per seed; deterministic.
 */
final class FuzzExpressions {

    private static final List<ElementaryFunction> FUNCTIONS = Functions.all();
    private static final String[] CONSTANTS = {"0.5", "2", "1.25", "3", "0.1", "0.3", "1", "0.75", "10", "1e-3"};
    private static final String[] FRACTIONAL = {"0.5", "1.5", "0.3", "2.5", "0.125"};

    private final SplittableRandom r;

    FuzzExpressions(long seed) {
        this.r = new SplittableRandom(seed);
    }

    /** A random tree of depth at most {@code depth}. */
    Expr next(int depth) {
        if (depth <= 0 || r.nextInt(10) < 2) {
            return leaf();
        }
        int kind = r.nextInt(20);
        Expr u = next(depth - 1);
        if (kind < 9) {
            return u.apply(FUNCTIONS.get(r.nextInt(FUNCTIONS.size())));
        }
        switch (kind) {
            case 9: case 10: return u.plus(next(depth - 1));
            case 11: return u.minus(next(depth - 1));
            case 12: case 13: return u.times(next(depth - 1));
            case 14: case 15: return u.div(next(depth - 1));
            case 16: case 17: return u.pow(r.nextInt(-3, 5));
            case 18: return u.pow(Expr.constant(FRACTIONAL[r.nextInt(FRACTIONAL.length)]));
            default: return u.pow(next(depth - 1));
        }
    }

    private Expr leaf() {
        int k = r.nextInt(20);
        if (k < 13) {
            return Expr.variable(k < 8 ? "x" : "y");
        }
        if (k == 13) {
            return Expr.pi();
        }
        if (k == 14) {
            return Expr.e();
        }
        return Expr.constant(CONSTANTS[r.nextInt(CONSTANTS.length)]);
    }

    /** A random box side: centre in [−4, 4] (multiples of 1/16), half-width 0, 2^−20, 2^−8, 2^−4, 1/4, 1 or 3. */
    double[] side() {
        double c = r.nextInt(-64, 65) / 16.0;
        double[] halves = {0, 0x1p-20, 0x1p-8, 0x1p-4, 0.25, 1, 3};
        double h = halves[r.nextInt(halves.length)];
        return new double[] {c - h, c + h};
    }

    /** A dyadic point of {@code [lo, hi]}: an endpoint, the midpoint or {@code lo + j·(hi − lo)/64}. */
    double pointOf(double lo, double hi) {
        int j = r.nextInt(-3, 65);
        double t = j == -3 ? 0.5 * (lo + hi) : j == -2 ? lo : j == -1 ? hi : lo + (hi - lo) * j / 64;
        return Math.min(Math.max(t, lo), hi);
    }
}
