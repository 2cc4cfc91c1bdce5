package org.taylorkit.interval.testing;

import java.util.List;
import org.taylorkit.core.expr.Expr;

/**
 * Random expressions for property tests of enclosures: nested {@code + − × ÷}, integer powers and
 * elementary functions over a few variables, with small decimal constants.
 *
 * <p>In <em>smooth</em> mode every operation with a restricted domain is guarded so that the
 * expression is analytic everywhere ({@code log(1.5 + sin(u))}, {@code sqrt(1 + u²)},
 * {@code u / (1 + v²)}, {@code asin(tanh(u)/2)}, …). Otherwise some operations are applied raw
 * ({@code sqrt(u)}, {@code log(u)}, {@code 1/u}), so that expressions are undefined on parts of a
 * box — the IEEE 1788 set-semantics cases. Depth is bounded so that values stay moderate.
 */
public final class RandomExpr {

    private static final String[] CONSTANTS = {"0.5", "2", "1.25", "3", "0.1", "0.3", "pi", "e", "1", "0.75"};

    private final IntervalGen g;
    private final List<String> vars;
    private final boolean smooth;

    /** A generator over these variables; {@code smooth} as in the class comment. */
    public RandomExpr(IntervalGen g, List<String> vars, boolean smooth) {
        this.g = g;
        this.vars = vars;
        this.smooth = smooth;
    }

    /** A random expression with nesting depth at most {@code depth}. */
    public Expr next(int depth) {
        if (depth <= 0 || g.intBetween(0, 9) < 2) {
            return leaf();
        }
        int kind = g.intBetween(0, 19);
        Expr u = next(depth - 1);
        switch (kind) {
            case 0: case 1: return u.plus(next(depth - 1));
            case 2: case 3: return u.minus(next(depth - 1));
            case 4: case 5: return u.times(next(depth - 1));
            case 6: return smooth || g.coin() ? u.div(next(depth - 1).pow(2).plus(1)) : u.div(next(depth - 1));
            case 7: return u.pow(g.intBetween(2, 3));
            case 8: return g.coin() ? u.exp() : tame(u).exp();
            case 9: return u.sin();
            case 10: return u.cos();
            case 11: return u.atan();
            case 12: return tame(u).tanh();
            case 13: return smooth || g.coin() ? u.pow(2).plus(1).sqrt() : u.sqrt();
            case 14: return smooth || g.coin() ? u.sin().plus(1.5).log() : u.log();
            case 15: return u.erf();
            case 16: return smooth || g.coin() ? u.tanh().div(2).asin() : u.asin();
            case 17: return tame(u).sinh();
            case 18: return u.asinh();
            default: return smooth ? u.pow(2).plus(Expr.constant("0.5")).pow(Expr.constant("0.3")) : u.pow(-1);
        }
    }

    /** {@code u/(1 + u²)}, in [−1/2, 1/2]: a bounded argument for functions that grow fast. */
    private static Expr tame(Expr u) {
        return u.div(u.pow(2).plus(1));
    }

    private Expr leaf() {
        if (g.intBetween(0, 9) < 7) {
            return Expr.variable(vars.get(g.intBetween(0, vars.size() - 1)));
        }
        String c = CONSTANTS[g.intBetween(0, CONSTANTS.length - 1)];
        return switch (c) {
            case "pi" -> Expr.pi();
            case "e" -> Expr.e();
            default -> Expr.constant(c);
        };
    }
}
