package org.taylorkit.core.expr;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.function.Functions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;

/**
 * An expression graph node: the right-hand sides of ODEs, the functions of {@code taylor derive},
 * the functions enclosed over intervals. Four kinds: {@link Constant} (a decimal literal, π or e),
 * {@link Symbol} (a variable or parameter), {@link Unary} ({@link UnaryOp}) and {@link Binary}
 * ({@link BinaryOp}).
 *
 * <p><b>Values.</b> Nodes are immutable and thread-safe. {@code equals} and {@code hashCode} are
 * structural, so equal subtrees are equal map keys (common-subexpression elimination with a
 * {@code HashMap}); hashes are cached at construction. Building is literal: the DSL and the
 * parser never simplify ({@code x.times(1)} stays a product).
 *
 * <p><b>Graphs.</b> Subtrees may be shared, and a subtree may also occur as separate but equal
 * objects; either way every operation that walks the graph ({@link #evaluate}, {@link #size},
 * {@link #topologicalOrder}, {@link #symbols}, {@link #substitute}) treats equal subtrees as one
 * node and visits it once. All traversals, {@code equals} and {@code toString} are iterative, so
 * expressions 10⁵ nodes deep do not overflow the stack. The distinct-node graph is computed on
 * the first such call and cached in the node.
 *
 * <p><b>Building.</b> With the DSL:
 * <pre>{@code
 * Expr x = Expr.variable("x");
 * Expr f = x.exp().div(x.sin().pow(3).plus(x.cos().pow(3)).sqrt());
 * }</pre>
 * or from text: {@code Expr.parse("exp(x)/sqrt(sin(x)^3 + cos(x)^3)")} (grammar and precedence
 * in {@link ExpressionParser}). {@code toString()} prints that syntax with minimal parentheses and
 * parses back to an equal expression.
 */
public sealed interface Expr permits Constant, Symbol, Unary, Binary {

    /**
     * The variable {@code name}.
     *
     * @throws IllegalArgumentException if {@code name} is not an identifier or is {@code pi} or {@code e}
     */
    static Symbol variable(String name) {
        return new Symbol(name, SymbolKind.VARIABLE);
    }

    /**
     * The parameter {@code name}.
     *
     * @throws IllegalArgumentException if {@code name} is not an identifier or is {@code pi} or {@code e}
     */
    static Symbol parameter(String name) {
        return new Symbol(name, SymbolKind.PARAMETER);
    }

    /**
     * The number {@code value}, written as the shortest decimal that reads back as {@code value}
     * (see {@link Constant#of(double)}); a negative value (or −0.0) is the negation of a constant,
     * as the parser reads {@code -2}.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    static Expr constant(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("an expression constant must be finite, got " + value);
        }
        if (value < 0 || Double.doubleToRawLongBits(value) == Long.MIN_VALUE) {
            return new Unary(UnaryOp.NEG, Constant.of(-value));
        }
        return Constant.of(value);
    }

    /**
     * The number with decimal text {@code decimal}, kept exactly (e.g. {@code "0.1"}); an optional
     * leading {@code -} makes it the negation of a constant, a leading {@code +} is dropped.
     *
     * @throws NumberFormatException if the rest is not an unsigned decimal literal (see {@link Constant#of(String)})
     */
    static Expr constant(String decimal) {
        Objects.requireNonNull(decimal, "decimal");
        if (decimal.startsWith("-")) {
            return new Unary(UnaryOp.NEG, Constant.of(decimal.substring(1)));
        }
        return Constant.of(decimal.startsWith("+") ? decimal.substring(1) : decimal);
    }

    /** The constant π. */
    static Constant pi() {
        return Constant.PI;
    }

    /** The constant e. */
    static Constant e() {
        return Constant.E;
    }

    /** {@code atan2(y, x)}: the angle of the point (x, y), in (−π, π]. */
    static Expr atan2(Expr y, Expr x) {
        return new Binary(BinaryOp.ATAN2, y, x);
    }

    /**
     * {@code hypot(a, b)} = √(a² + b²), the length of the vector (a, b); the parser reads
     * {@code hypot(a, b)} as this.
     *
     * <p><b>Design.</b> The result is the expression {@code sqrt(a^2 + b^2)} itself, not a new
     * {@link BinaryOp}: the Taylor series of hypot <em>is</em> the series of √(a² + b²), so a
     * dedicated operation would need its own implementation in every coefficient kind (doubles,
     * Apfloat, intervals, the series types, the ODE tape and its compiler, the validated and
     * decorated arithmetics) and would compute the same recurrences. As an expression it works
     * wherever an {@code Expr} does, with no new code: the integer square {@code a^2} is
     * {@link Arithmetic#pow(Object, int)} (the tape's {@code SQR}, the interval's tight
     * {@code pown}, so over intervals with independent a and b the enclosure is the exact range up
     * to outward rounding: {@code hypot([−1, 2], [−3, 0]) ⊆ [0, √13]}), and the derivatives are those
     * of the composition (d/da hypot(a, b) = a / hypot(a, b)). Consequences: {@code hypot(x, y)}
     * equals, and prints as, {@code sqrt(x^2 + y^2)}; like √ at 0 it has no Taylor series where
     * a = b = 0 (the value there is 0).
     *
     * <p><b>Range (differs from {@link Math#hypot}).</b> The squares are formed first, so in
     * double arithmetic (values, series coefficients, the ODE tape) a² + b² overflows when the
     * true hypot exceeds about 2⁵¹² ≈ 1.34·10¹⁵⁴, and the value is +∞ although the true value is
     * finite; when both |a| and |b| are below 2⁻⁵¹¹ ≈ 1.5·10⁻¹⁵⁴ the squares are subnormal and lose
     * relative accuracy, and below about 2.2·10⁻¹⁶² they are 0 (hypot(3e-200, 4e-200) is 0, not
     * 5e-200; a series whose squares' constant terms underflow to 0 is reported as a branch point
     * of √ by a {@code SingularExpansionException}). {@code Math.hypot} scales and has neither
     * limit. Over intervals the result stays rigorous in both cases: an overflowing square or sum
     * has the upper bound +∞, an underflowing square is {@code [0, MIN_VALUE]}, which contains the
     * true square. Apfloat (exponents to about 10^±9·10¹⁸) has neither limit in practice.
     *
     * <p><b>Accuracy of the series.</b> As for any series of √u, the coefficient
     * c₂ = (u₂ − c₁²)/(2c₀) is accurate relative to c₁²/c₀, not to itself: when |b| ≪ |a| the true
     * c₂ = b²/(2h³) is tiny and the computed one carries an absolute error of about one rounding
     * unit times 1/h (in double, or at the Apfloat precision).
     */
    static Expr hypot(Expr a, Expr b) {
        return a.pow(2).plus(b.pow(2)).sqrt();
    }

    /**
     * Parses {@code text}; every free name is a variable. See {@link ExpressionParser} for the grammar.
     *
     * @throws ExpressionSyntaxException if {@code text} is not an expression
     */
    static Expr parse(String text) {
        return ExpressionParser.parse(text);
    }

    /**
     * Parses {@code text}; the names in {@code parameterNames} are parameters, all other free
     * names variables. See {@link ExpressionParser} for the grammar.
     *
     * @throws ExpressionSyntaxException if {@code text} is not an expression
     * @throws IllegalArgumentException if a parameter name is not a valid symbol name
     */
    static Expr parse(String text, Set<String> parameterNames) {
        return ExpressionParser.parse(text, parameterNames);
    }

    /** {@code this + other}. */
    default Expr plus(Expr other) {
        return new Binary(BinaryOp.ADD, this, other);
    }

    /** {@code this + c}, with {@code c} as by {@link #constant(double)}. */
    default Expr plus(double c) {
        return plus(constant(c));
    }

    /** {@code this − other}. */
    default Expr minus(Expr other) {
        return new Binary(BinaryOp.SUB, this, other);
    }

    /** {@code this − c}, with {@code c} as by {@link #constant(double)}. */
    default Expr minus(double c) {
        return minus(constant(c));
    }

    /** {@code this · other}. */
    default Expr times(Expr other) {
        return new Binary(BinaryOp.MUL, this, other);
    }

    /** {@code this · c}, with {@code c} as by {@link #constant(double)}. */
    default Expr times(double c) {
        return times(constant(c));
    }

    /** {@code this / other}. */
    default Expr div(Expr other) {
        return new Binary(BinaryOp.DIV, this, other);
    }

    /** {@code this / c}, with {@code c} as by {@link #constant(double)}. */
    default Expr div(double c) {
        return div(constant(c));
    }

    /**
     * {@code this^n}; the exponent is the constant {@code n} (negated for {@code n < 0}), so
     * evaluation uses {@link Arithmetic#pow(Object, int)}. Same as parsing {@code this^n}.
     */
    default Expr pow(int n) {
        return pow(constant(n));
    }

    /**
     * {@code this^p} with {@code p} as by {@link #constant(double)}; an integral {@code p} (such as
     * {@code 2.0}) counts as an integer exponent.
     */
    default Expr pow(double p) {
        return pow(constant(p));
    }

    /** {@code this^exponent}. */
    default Expr pow(Expr exponent) {
        return new Binary(BinaryOp.POW, this, exponent);
    }

    /** {@code −this}. */
    default Expr negate() {
        return new Unary(UnaryOp.NEG, this);
    }

    /** {@code f(this)} for any catalogue function ({@link Functions}). */
    default Expr apply(ElementaryFunction f) {
        return new Unary(UnaryOp.of(f), this);
    }

    /** {@code √this}. */
    default Expr sqrt() {
        return apply(Functions.SQRT);
    }

    /** {@code ∛this}. */
    default Expr cbrt() {
        return apply(Functions.CBRT);
    }

    /** {@code e^this}. */
    default Expr exp() {
        return apply(Functions.EXP);
    }

    /** {@code e^this − 1}. */
    default Expr expm1() {
        return apply(Functions.EXPM1);
    }

    /** {@code log(this)}, the natural logarithm. */
    default Expr log() {
        return apply(Functions.LOG);
    }

    /** {@code log(1 + this)}. */
    default Expr log1p() {
        return apply(Functions.LOG1P);
    }

    /** {@code sin(this)}. */
    default Expr sin() {
        return apply(Functions.SIN);
    }

    /** {@code cos(this)}. */
    default Expr cos() {
        return apply(Functions.COS);
    }

    /** {@code tan(this)}. */
    default Expr tan() {
        return apply(Functions.TAN);
    }

    /** {@code asin(this)}. */
    default Expr asin() {
        return apply(Functions.ASIN);
    }

    /** {@code acos(this)}. */
    default Expr acos() {
        return apply(Functions.ACOS);
    }

    /** {@code atan(this)}. */
    default Expr atan() {
        return apply(Functions.ATAN);
    }

    /** {@code sinh(this)}. */
    default Expr sinh() {
        return apply(Functions.SINH);
    }

    /** {@code cosh(this)}. */
    default Expr cosh() {
        return apply(Functions.COSH);
    }

    /** {@code tanh(this)}. */
    default Expr tanh() {
        return apply(Functions.TANH);
    }

    /** {@code asinh(this)}. */
    default Expr asinh() {
        return apply(Functions.ASINH);
    }

    /** {@code acosh(this)}. */
    default Expr acosh() {
        return apply(Functions.ACOSH);
    }

    /** {@code atanh(this)}. */
    default Expr atanh() {
        return apply(Functions.ATANH);
    }

    /** {@code erf(this)}, the error function. */
    default Expr erf() {
        return apply(Functions.ERF);
    }

    /** {@code |this|}. */
    default Expr abs() {
        return apply(Functions.ABS);
    }

    /**
     * The value of this expression in the arithmetic {@code ar}, with every symbol (variable or
     * parameter) bound by name in {@code bindings}.
     *
     * <p>Each distinct node is evaluated once, children first: a graph with shared or repeated
     * subtrees costs its number of distinct nodes ({@link #size()}). Constants are
     * {@link Constant#value(Arithmetic)} ({@code ar.fromDecimal(text)}, {@code ar.pi()},
     * {@code ar.exp(ar.one())}); a power whose exponent is an integer constant (see
     * {@link Binary#integerExponent()}) is {@link Arithmetic#pow(Object, int)} and its exponent is
     * not evaluated; any other power is {@link Arithmetic#pow(Object, Object)}. Accuracy and
     * domain errors are those of {@code ar}; its exceptions propagate unchanged.
     *
     * @param <V> the value type
     * @param ar the arithmetic
     * @param bindings a value for each symbol name (extra entries are ignored)
     * @return the value
     * @throws UnboundSymbolException if a symbol has no value (or a null value) in {@code bindings};
     *     checked before any arithmetic is done
     */
    default <V> V evaluate(Arithmetic<V> ar, Map<String, ? extends V> bindings) {
        return ((ExprNode) this).graph().evaluate(this, ar, bindings);
    }

    /**
     * {@link #evaluate} over {@link BoxedDoubleArithmetic}: {@code java.lang.Math} semantics,
     * NaN or ±∞ outside a function's domain, {@link ArithmeticException} on division by zero.
     *
     * @throws UnboundSymbolException if a symbol has no value in {@code bindings}
     */
    default double evaluateDouble(Map<String, Double> bindings) {
        return evaluate(BoxedDoubleArithmetic.INSTANCE, bindings);
    }

    /**
     * The names of all symbols, variables and parameters, in order of first appearance when the
     * expression is read left to right. Unmodifiable.
     */
    default Set<String> symbols() {
        return ((ExprNode) this).graph().symbols;
    }

    /** The names of the variables, in order of first appearance. Unmodifiable. */
    default Set<String> variables() {
        return ((ExprNode) this).graph().variables;
    }

    /** The names of the parameters, in order of first appearance. Unmodifiable. */
    default Set<String> parameters() {
        return ((ExprNode) this).graph().parameters;
    }

    /**
     * This expression with every symbol whose name is a key of {@code replacements} replaced by
     * the mapped expression, simultaneously (replacements are not themselves substituted into, so
     * {@code {x → y, y → x}} swaps). Matching is by name, whatever the symbol's kind; unmapped
     * symbols stay. Unchanged subtrees are reused, and equal subtrees of the result are shared.
     *
     * @param replacements expressions by symbol name (no null values)
     * @return the substituted expression
     */
    default Expr substitute(Map<String, ? extends Expr> replacements) {
        return ((ExprNode) this).graph().substitute(replacements);
    }

    /** The number of distinct nodes: equal subtrees count once. */
    default int size() {
        return ((ExprNode) this).graph().nodes.length;
    }

    /**
     * The distinct nodes, each once, children before parents, in left-to-right post-order of first
     * appearance; the last element equals this expression. The children of every element are
     * themselves earlier elements (the same objects, so an {@code IdentityHashMap} from node to
     * index works as well as a {@code HashMap}): a tape builder can walk this list and refer to
     * operands by index. Unmodifiable.
     */
    default List<Expr> topologicalOrder() {
        return ((ExprNode) this).graph().order;
    }
}
