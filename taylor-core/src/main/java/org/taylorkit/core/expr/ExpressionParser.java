package org.taylorkit.core.expr;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.function.Functions;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.taylorkit.core.expr.ExpressionTokenizer.Token;
import org.taylorkit.core.expr.ExpressionTokenizer.Type;

/**
 * Reads expression text into an {@link Expr}, over the tokens of {@link ExpressionTokenizer}.
 *
 * <h2>Grammar</h2>
 * <pre>
 *   input      := sum END
 *   sum        := product (('+' | '-') product)*              left-associative
 *   product    := unary (('*' | '/') unary)*                  left-associative
 *   unary      := ('+' | '-')* power                          prefix signs; '+' is dropped
 *   power      := primary (('^' | '**') unary)?               right-associative
 *   primary    := number | 'pi' | 'e' | name
 *               | name '(' [sum (',' sum)*] ')'               function call
 *               | '(' sum ')'
 *   number     := digits ['.' digits] [exponent] | '.' digits [exponent]
 *   exponent   := ('e' | 'E') ['+' | '-'] digits
 *   name       := (letter | '_') (letter | digit | '_')*
 * </pre>
 * Whitespace between tokens is ignored. Consequences: {@code -x^2} is {@code -(x^2)};
 * {@code 2^-1} is {@code 2^(-1)}; {@code a^b^c} is {@code a^(b^c)}; {@code a-b-c} is
 * {@code (a-b)-c}; {@code -2} is the negation of the constant 2 (constants are non-negative).
 *
 * <h2>Precedence (highest first)</h2>
 * <table>
 *   <caption>Operators</caption>
 *   <tr><th>level</th><th>operators</th><th>associativity</th></tr>
 *   <tr><td>5</td><td>numbers, names, calls, {@code ( )}</td><td></td></tr>
 *   <tr><td>4</td><td>{@code ^ **}</td><td>right; exponent may carry signs</td></tr>
 *   <tr><td>3</td><td>unary {@code - +}</td><td>prefix</td></tr>
 *   <tr><td>2</td><td>{@code * /}</td><td>left</td></tr>
 *   <tr><td>1</td><td>{@code + -}</td><td>left</td></tr>
 * </table>
 *
 * <h2>Names</h2>
 * A name followed by {@code (} is a function call: every catalogue function by its lowercase
 * name ({@code sqrt}, {@code exp}, …; {@link Functions}), {@code neg}, {@code ln}
 * as an alias of {@code log}, and the two-argument {@code pow(a, b)} (= {@code a^b}),
 * {@code atan2(y, x)} and {@code hypot(a, b)} (read as {@link Expr#hypot}, the expression
 * {@code sqrt(a^2 + b^2)}: see there for why and for its double range). Function names are
 * case-sensitive. {@code pi} and {@code e} are the
 * constants π and e. Any other name is a {@link Symbol}: a {@link SymbolKind#PARAMETER} if it is
 * among the given parameter names, else a {@link SymbolKind#VARIABLE}.
 *
 * <h2>Errors and limits</h2>
 * Every error is an {@link ExpressionSyntaxException} naming the 1-based column: unexpected
 * characters, malformed numbers ({@code 1e}, {@code 1.2.3}, {@code 2.}), a missing operand or
 * parenthesis, empty input, an unknown function, a wrong number of arguments, parentheses
 * (including call parentheses) nested more than {@value #MAX_NESTING} deep.
 *
 * <h2>Implementation</h2>
 * The grammar's rules run as an operator-precedence parser over explicit stacks (pending
 * operators, open parentheses and calls, operands) rather than as recursive methods, so no input
 * can overflow the Java stack, whatever the thread's stack size: the nesting limit is a policy,
 * and chains of operators and signs have no limit ({@code 1+1+…+1} with 10⁵ terms, or 10⁵ nested
 * powers, parse). Unary minus has precedence between {@code * /} and {@code ^}, which reproduces the
 * grammar above exactly. Parsing is O(number of tokens). The parser holds no state between calls
 * and is thread-safe.
 */
public final class ExpressionParser {

    /** The deepest nesting of parentheses accepted. */
    public static final int MAX_NESTING = 1000;

    private static final String KNOWN_FUNCTIONS = knownFunctions();

    /** The two-argument function built from other nodes ({@link Expr#hypot}) rather than a {@link BinaryOp}. */
    private static final String HYPOT = "hypot";

    /** Kinds of pending entries on the operator stack. */
    private static final int GROUP = 0;
    private static final int CALL = 1;
    private static final int INFIX = 2;
    private static final int NEGATION = 3;

    /** Binding strength of pending operators (higher binds tighter). */
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;

    /** An entry of the operator stack: an open parenthesis or call, or an operator awaiting its operands. */
    private static final class Pending {
        final int kind;
        final Token token;
        final BinaryOp op;
        final int precedence;
        final int arity;
        final int base;
        int commas;

        Pending(int kind, Token token, BinaryOp op, int precedence, int arity, int base) {
            this.kind = kind;
            this.token = token;
            this.op = op;
            this.precedence = precedence;
            this.arity = arity;
            this.base = base;
        }
    }

    private final String input;
    private final List<Token> tokens;
    private final Set<String> parameterNames;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final ArrayDeque<Expr> operands = new ArrayDeque<>();
    private int pos;
    private int depth;

    private ExpressionParser(String input, Set<String> parameterNames) {
        this.input = input;
        this.tokens = ExpressionTokenizer.tokenize(input);
        this.parameterNames = parameterNames;
    }

    /**
     * Parses {@code text}; every free name is a {@link SymbolKind#VARIABLE}.
     *
     * @param text the expression, e.g. {@code "exp(x)/sqrt(sin(x)^3 + cos(x)^3)"}
     * @return the expression tree
     * @throws ExpressionSyntaxException if {@code text} is not an expression of the grammar
     */
    public static Expr parse(String text) {
        return parse(text, Set.of());
    }

    /**
     * Parses {@code text}; names in {@code parameterNames} become {@link SymbolKind#PARAMETER}s,
     * all other free names {@link SymbolKind#VARIABLE}s.
     *
     * @param text the expression
     * @param parameterNames the names to read as parameters (need not all occur)
     * @return the expression tree
     * @throws ExpressionSyntaxException if {@code text} is not an expression of the grammar
     * @throws IllegalArgumentException if a parameter name is not a valid symbol name
     */
    public static Expr parse(String text, Set<String> parameterNames) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(parameterNames, "parameterNames");
        for (String name : parameterNames) {
            if (name == null || !ExpressionTokenizer.isIdentifier(name) || isReservedName(name)) {
                throw new IllegalArgumentException("not a valid parameter name: "
                        + (name == null ? "null" : "'" + name + "'")
                        + " (a name starts with a letter or '_', continues with letters, digits or '_',"
                        + " and is not pi or e)");
            }
        }
        return new ExpressionParser(text, parameterNames).parseInput();
    }

    /** Whether {@code name} is read as a constant ({@code pi}, {@code e}) and so cannot name a symbol. */
    static boolean isReservedName(String name) {
        return "pi".equals(name) || "e".equals(name);
    }

    private static String knownFunctions() {
        StringJoiner j = new StringJoiner(", ");
        for (ElementaryFunction f : Functions.all()) {
            j.add(f.name());
            f.aliases().forEach(j::add);
        }
        return j.add(UnaryOp.NEG.functionName()).add("pow").add("atan2").add(HYPOT).toString();
    }

    private ExpressionSyntaxException expected(Token t, String what) {
        return new ExpressionSyntaxException(input, t.column(), what, t.describe());
    }

    /**
     * The parse loop. In operand position it reads a primary or a prefix sign; in operator
     * position an infix operator, {@code ,}, {@code )} or the end. Each infix operator first applies
     * the pending operators that bind at least as tightly (strictly tighter for the
     * right-associative power); {@code )}, {@code ,} and the end apply everything back to the
     * innermost open parenthesis or call.
     */
    private Expr parseInput() {
        boolean operandPosition = true;
        while (true) {
            Token t = tokens.get(pos++);
            if (operandPosition) {
                switch (t.type()) {
                    case NUMBER:
                        operands.push(number(t));
                        operandPosition = false;
                        break;
                    case IDENTIFIER:
                        if (tokens.get(pos).type() == Type.LPAREN) {
                            openCall(t);
                        } else {
                            operands.push(name(t));
                            operandPosition = false;
                        }
                        break;
                    case PLUS:
                        break; // a unary plus changes nothing
                    case MINUS:
                        pending.push(new Pending(NEGATION, t, null, UNARY, 0, 0));
                        break;
                    case LPAREN:
                        enter(t);
                        pending.push(new Pending(GROUP, t, null, 0, 0, operands.size()));
                        break;
                    default:
                        throw expected(t, "an expression");
                }
                continue;
            }
            switch (t.type()) {
                case PLUS: infix(t, BinaryOp.ADD, SUM); break;
                case MINUS: infix(t, BinaryOp.SUB, SUM); break;
                case STAR: infix(t, BinaryOp.MUL, PRODUCT); break;
                case SLASH: infix(t, BinaryOp.DIV, PRODUCT); break;
                case POWER: infix(t, BinaryOp.POW, POWER); break;
                case COMMA: {
                    Pending open = applyToInnermostOpen();
                    if (open == null || open.kind != CALL) {
                        throw expected(t, expectationAfterOperand(open));
                    }
                    open.commas++;
                    break;
                }
                case RPAREN: {
                    Pending open = applyToInnermostOpen();
                    if (open == null) {
                        throw expected(t, expectationAfterOperand(null));
                    }
                    pending.pop();
                    depth--;
                    if (open.kind == CALL) {
                        operands.push(finishCall(open));
                    }
                    continue; // an operand again: stay in operator position
                }
                case END: {
                    Pending open = applyToInnermostOpen();
                    if (open != null) {
                        throw expected(t, expectationAfterOperand(open));
                    }
                    return operands.pop();
                }
                default:
                    throw expected(t, expectationAfterOperand(innermostOpen()));
            }
            operandPosition = true;
        }
    }

    /** What may follow a complete operand inside {@code open} (null: at top level), besides an operator. */
    private static String expectationAfterOperand(Pending open) {
        if (open == null) {
            return "an operator or end of input";
        }
        if (open.kind == CALL && open.commas + 1 < open.arity) {
            return "','";
        }
        return "')'";
    }

    private void infix(Token t, BinaryOp op, int precedence) {
        boolean rightAssociative = op == BinaryOp.POW;
        while (!pending.isEmpty()) {
            Pending top = pending.peek();
            if (top.kind == GROUP || top.kind == CALL || top.precedence < precedence
                    || (top.precedence == precedence && rightAssociative)) {
                break;
            }
            apply(pending.pop());
        }
        pending.push(new Pending(INFIX, t, op, precedence, 0, 0));
    }

    /** Applies pending operators down to the innermost open parenthesis or call, which it returns (null: none). */
    private Pending applyToInnermostOpen() {
        while (!pending.isEmpty()) {
            Pending top = pending.peek();
            if (top.kind == GROUP || top.kind == CALL) {
                return top;
            }
            apply(pending.pop());
        }
        return null;
    }

    private Pending innermostOpen() {
        for (Pending p : pending) {
            if (p.kind == GROUP || p.kind == CALL) {
                return p;
            }
        }
        return null;
    }

    private void apply(Pending p) {
        if (p.kind == NEGATION) {
            operands.push(new Unary(UnaryOp.NEG, operands.pop()));
        } else {
            Expr right = operands.pop();
            Expr left = operands.pop();
            operands.push(new Binary(p.op, left, right));
        }
    }

    private Expr number(Token t) {
        try {
            return Constant.of(t.text());
        } catch (NumberFormatException e) {
            throw new ExpressionSyntaxException(input, t.column(), "a number in range", t.describe(),
                    "number '" + t.text() + "' has a decimal exponent out of range");
        }
    }

    private Expr name(Token t) {
        if (t.text().equals("pi")) {
            return Constant.PI;
        }
        if (t.text().equals("e")) {
            return Constant.E;
        }
        return new Symbol(t.text(), parameterNames.contains(t.text()) ? SymbolKind.PARAMETER : SymbolKind.VARIABLE);
    }

    private void enter(Token open) {
        if (++depth > MAX_NESTING) {
            throw new ExpressionSyntaxException(input, open.column(), "at most " + MAX_NESTING + " nested parentheses",
                    open.describe(), "expression nested deeper than " + MAX_NESTING + " levels of parentheses");
        }
    }

    /** At {@code name (}: checks the function is known, consumes the parenthesis, opens the call. */
    private void openCall(Token name) {
        Optional<UnaryOp> unary = UnaryOp.forFunctionName(name.text());
        if (unary.isEmpty() && BinaryOp.forFunctionName(name.text()).isEmpty() && !HYPOT.equals(name.text())) {
            throw new ExpressionSyntaxException(input, name.column(), "a known function", name.describe(),
                    "unknown function '" + name.text() + "' (known: " + KNOWN_FUNCTIONS + ")");
        }
        int arity = unary.isPresent() ? 1 : 2;
        enter(tokens.get(pos++));
        if (tokens.get(pos).type() == Type.RPAREN) {
            throw argumentCount(name, arity, 0);
        }
        pending.push(new Pending(CALL, name, null, 0, arity, operands.size()));
    }

    private Expr finishCall(Pending call) {
        int count = operands.size() - call.base;
        if (count != call.arity) {
            throw argumentCount(call.token, call.arity, count);
        }
        String name = call.token.text();
        if (count == 1) {
            return new Unary(UnaryOp.forFunctionName(name).orElseThrow(), operands.pop());
        }
        Expr right = operands.pop();
        Expr left = operands.pop();
        if (HYPOT.equals(name)) {
            return Expr.hypot(left, right);
        }
        return new Binary(BinaryOp.forFunctionName(name).orElseThrow(), left, right);
    }

    private ExpressionSyntaxException argumentCount(Token name, int arity, int count) {
        return new ExpressionSyntaxException(input, name.column(), arguments(arity), arguments(count),
                name.text() + " takes " + arguments(arity) + ", got " + count);
    }

    private static String arguments(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }
}
