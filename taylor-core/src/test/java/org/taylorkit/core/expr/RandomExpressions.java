package org.taylorkit.core.expr;

import org.taylorkit.core.function.Functions;
import org.taylorkit.core.testing.Gen;

/** Random expressions over every node kind and operation, for property tests. */
final class RandomExpressions {

    static final String[] VARIABLES = {"x", "y", "t_1"};
    static final String[] PARAMETERS = {"a", "mu"};
    private static final String[] DECIMALS = {"0", "1", "2", "3", "10", "0.5", ".25", "2.5", "0.1", "1e-3", "2E+5",
        "1.5e2", "007", "3.000"};

    private RandomExpressions() {
    }

    /** A random expression of depth at most {@code depth}, built from constructors (no printer or parser). */
    static Expr expression(Gen gen, int depth) {
        if (depth == 0 || gen.intBetween(0, 3) == 0) {
            return leaf(gen);
        }
        int kind = gen.intBetween(0, 2);
        if (kind == 0) {
            int i = gen.intBetween(0, Functions.all().size());
            UnaryOp op = i == 0 ? UnaryOp.NEG : UnaryOp.of(Functions.all().get(i - 1));
            return new Unary(op, expression(gen, depth - 1));
        }
        BinaryOp[] ops = BinaryOp.values();
        return new Binary(ops[gen.intBetween(0, ops.length - 1)], expression(gen, depth - 1), expression(gen, depth - 1));
    }

    static Expr leaf(Gen gen) {
        switch (gen.intBetween(0, 6)) {
            case 0:
                return Constant.of(DECIMALS[gen.intBetween(0, DECIMALS.length - 1)]);
            case 1:
                return Expr.constant(gen.signedUniform(0.01, 100));
            case 2:
                return gen.coin() ? Constant.PI : Constant.E;
            case 3:
                return Expr.constant(gen.intBetween(-5, 5));
            case 4:
            case 5:
                return Expr.variable(VARIABLES[gen.intBetween(0, VARIABLES.length - 1)]);
            default:
                return Expr.parameter(PARAMETERS[gen.intBetween(0, PARAMETERS.length - 1)]);
        }
    }

    /**
     * {@code e} printed with a parenthesis around every operation and random extra whitespace: an
     * independent (recursive, test-only) printer, to check the parser apart from the minimal printer.
     */
    static String fullyParenthesized(Expr e, Gen gen) {
        String sp = gen.coin() ? " " : "";
        if (e instanceof Constant c) {
            return c.text();
        }
        if (e instanceof Symbol s) {
            return s.name();
        }
        if (e instanceof Unary u) {
            if (u.op() == UnaryOp.NEG && gen.coin()) {
                return "(" + sp + "-" + sp + fullyParenthesized(u.arg(), gen) + ")";
            }
            String name = u.op().is(Functions.LOG) && gen.coin() ? "ln" : u.op().functionName();
            return name + sp + "(" + sp + fullyParenthesized(u.arg(), gen) + sp + ")";
        }
        Binary b = (Binary) e;
        String l = fullyParenthesized(b.left(), gen);
        String r = fullyParenthesized(b.right(), gen);
        if (b.op() == BinaryOp.ATAN2 || (b.op() == BinaryOp.POW && gen.coin())) {
            return b.op().functionName() + "(" + l + "," + sp + r + ")";
        }
        String op = b.op() == BinaryOp.POW && gen.coin() ? "**" : b.op().symbol();
        return "((" + l + ")" + sp + op + sp + "(" + r + "))";
    }
}
