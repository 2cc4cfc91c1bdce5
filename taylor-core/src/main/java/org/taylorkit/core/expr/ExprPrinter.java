package org.taylorkit.core.expr;

import java.util.ArrayDeque;

/**
 * Prints an expression in the parser's syntax with the fewest parentheses that preserve its
 * structure, iteratively (a work stack of nodes and literal strings), so deep expressions print
 * without recursion.
 *
 * <p>Precedence levels (higher binds tighter), matching {@link ExpressionParser}:
 * <pre>
 *   1  + -   binary, left-associative
 *   2  * /   left-associative
 *   3  -     unary minus (prefix)
 *   4  ^     right-associative; the base is an atom, the exponent a unary-level operand
 *   5  atoms: numbers, names, pi, e, function calls, parenthesized expressions
 * </pre>
 * A left operand is parenthesized when its level is below the operator's; a right operand of a
 * left-associative operator when its level is not above it (so {@code a - (b - c)} keeps its
 * parentheses and {@code (a - b) - c} prints as {@code a - b - c}).
 */
final class ExprPrinter {

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private ExprPrinter() {
    }

    static int level(Expr e) {
        if (e instanceof Unary u) {
            return u.op() == UnaryOp.NEG ? UNARY : ATOM;
        }
        if (e instanceof Binary b) {
            switch (b.op()) {
                case ADD:
                case SUB:
                    return SUM;
                case MUL:
                case DIV:
                    return PRODUCT;
                case POW:
                    return POWER;
                default:
                    return ATOM;
            }
        }
        return ATOM;
    }

    /**
     * The text of {@code e}; if longer than {@code limit} characters, its first {@code limit}
     * characters followed by {@code "…"} (printing stops there, so a huge expression costs O(limit)).
     */
    static String print(Expr e, int limit) {
        StringBuilder sb = new StringBuilder();
        ArrayDeque<Object> work = new ArrayDeque<>();
        work.push(e);
        while (!work.isEmpty()) {
            if (sb.length() > limit) {
                sb.setLength(limit);
                return sb.append('…').toString();
            }
            Object item = work.pop();
            if (item instanceof String s) {
                sb.append(s);
            } else if (item instanceof Constant c) {
                sb.append(c.text());
            } else if (item instanceof Symbol s) {
                sb.append(s.name());
            } else if (item instanceof Unary u) {
                if (u.op() == UnaryOp.NEG) {
                    sb.append('-');
                    push(work, u.arg(), level(u.arg()) < UNARY);
                } else {
                    sb.append(u.op().functionName()).append('(');
                    work.push(")");
                    work.push(u.arg());
                }
            } else {
                Binary b = (Binary) item;
                if (!b.op().isInfix()) {
                    sb.append(b.op().functionName()).append('(');
                    work.push(")");
                    work.push(b.right());
                    work.push(", ");
                    work.push(b.left());
                    continue;
                }
                int level = level(b);
                boolean leftParens;
                boolean rightParens;
                String op;
                if (level == POWER) {
                    leftParens = level(b.left()) <= POWER;
                    rightParens = level(b.right()) < UNARY;
                    op = "^";
                } else {
                    leftParens = level(b.left()) < level;
                    rightParens = level(b.right()) <= level;
                    op = " " + b.op().symbol() + " ";
                }
                push(work, b.right(), rightParens);
                work.push(op);
                push(work, b.left(), leftParens);
            }
        }
        return sb.toString();
    }

    private static void push(ArrayDeque<Object> work, Expr e, boolean parens) {
        if (parens) {
            work.push(")");
            work.push(e);
            work.push("(");
        } else {
            work.push(e);
        }
    }
}
