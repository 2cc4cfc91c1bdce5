package org.taylorkit.ode.tape;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.taylorkit.core.expr.Expr;

/**
 * The Taylor decomposition of an ODE system x' = f(t, x, p): a flat list of elementary operations
 * {@code u_i = op(u_j, u_k)} over numbered <em>slots</em>, each slot a Taylor series in the step
 * variable τ. Running the tape's kernels for k = 0, 1, …, p−1 and setting
 * x_{k+1} = f(…)_k / (k+1) after each k yields the Taylor coefficients of the solution to order p
 * (heyoka's "Taylor decomposition"; TaylorIntegration.jl's {@code @taylorize}; Jorba &amp; Zou 2005).
 *
 * <h2>Slots</h2>
 * <ol>
 *   <li>{@code 0 … n−1}: the state variables, in the system's order;</li>
 *   <li>{@code n}: the time, the series t0 + τ;</li>
 *   <li>the rest, interleaved: <em>constant slots</em> (maximal subexpressions of constants and
 *       parameters, folded; each is a series whose coefficient 0 is the value and the rest zero,
 *       recomputed by the runners only when a parameter changes, so parameter values are changed
 *       without rebuilding) and the outputs and auxiliaries of the operations.</li>
 * </ol>
 *
 * <h2>Decomposition rules</h2>
 * <ul>
 *   <li>Common subexpressions are shared: equal subexpressions (structural equality, across all
 *       equations and outputs) get one slot; {@code sin u} and {@code cos u} share one
 *       {@link TapeOpKind#SIN_COS} operation (likewise sinh/cosh).</li>
 *   <li>Operations with a constant operand use the scalar fast paths
 *       ({@link TapeOpKind#ADD_SCALAR}, {@link TapeOpKind#SCALAR_SUB}, {@link TapeOpKind#SCALE},
 *       {@link TapeOpKind#DIV_SCALAR}); {@code u·u} is {@link TapeOpKind#SQR}.</li>
 *   <li>Integer powers uⁿ (an integer constant exponent, see
 *       {@link org.taylorkit.core.expr.Binary#integerExponent()}): n = 0 is the constant 1, n = 1 is u
 *       itself, n ≥ 2 exact products by binary powering (squarings and multiplications, shared with
 *       equal powers elsewhere), which stay correct when u vanishes (u³ at u = 0); n &lt; 0 the
 *       power recurrence ({@link TapeOpKind#POW_INT}, needs u_0 ≠ 0).</li>
 *   <li>Half-integer exponents m/2, m odd (a literal such as 0.5, 1.5, −2.5, or ±n/2 with integer
 *       literals): u^{(|m|−1)/2}·√u, and its reciprocal for m &lt; 0 (Kepler's r⁻³ = (r²)^{−3/2}
 *       is √, ·, ÷: cheaper than the power recurrence, same domain u_0 &gt; 0).</li>
 *   <li>u^c for any other constant or parameter exponent: {@link TapeOpKind#POW} (needs u_0 &gt; 0);
 *       u^v with a non-constant exponent is exp(v·ln u).</li>
 *   <li>|u| is {@link TapeOpKind#ABS}: the sign of u_0 times u, not differentiable where u = 0.</li>
 *   <li>Chains of linear operations (add, sub, neg, scale, add/subtract a scalar) whose
 *       intermediate results are used only inside the chain become one
 *       {@link TapeOpKind#LINEAR_COMBINATION} c + Σ ±c_j·v_j, with products of coefficients as
 *       folded constants (see {@link TapeOpKind#LINEAR_COMBINATION}).</li>
 * </ul>
 *
 * <p>The tape is independent of the coefficient type: {@link DoubleTapeRunner} runs it over
 * {@code double} and {@link GenericTapeRunner} over any {@link org.taylorkit.core.Arithmetic}.
 * Immutable and thread-safe; runners hold the mutable coefficient storage.
 */
public final class TaylorTape {

    /** The name of the time variable. */
    public static final String TIME = "t";

    private final List<String> states;
    private final List<String> parameters;
    private final List<Expr> rightHandSides;
    private final List<Expr> outputs;
    private final int slotCount;
    private final int[] rhsSlots;
    private final int[] outputSlots;
    private final List<Expr> constants;
    private final int[] constantSlots;
    private final List<TapeOp> ops;

    private TaylorTape(List<String> states, List<String> parameters, List<Expr> rhs, List<Expr> outputs,
            TapeBuilder b, int[] rhsSlots, int[] outputSlots) {
        this.states = List.copyOf(states);
        this.parameters = List.copyOf(parameters);
        this.rightHandSides = List.copyOf(rhs);
        this.outputs = List.copyOf(outputs);
        this.slotCount = b.slotCount();
        this.rhsSlots = rhsSlots;
        this.outputSlots = outputSlots;
        this.constants = List.copyOf(b.constants());
        this.constantSlots = b.constantSlots();
        this.ops = List.copyOf(b.ops());
    }

    /**
     * Decomposes right-hand sides (and extra outputs such as event functions) into a tape. Symbols
     * are resolved by name: a state name, {@value #TIME}, or a parameter name.
     *
     * @param states the state variable names (distinct, none equal to {@code t})
     * @param rightHandSides one right-hand side per state
     * @param parameters the parameter names
     * @param outputs further expressions whose series the tape computes (may be empty)
     * @return the tape
     * @throws IllegalArgumentException if the sizes differ or an expression uses an unknown symbol
     */
    public static TaylorTape build(List<String> states, List<Expr> rightHandSides, List<String> parameters,
            List<Expr> outputs) {
        return build(states, rightHandSides, parameters, outputs, true);
    }

    /** {@link #build}, with the folding of linear chains into linear combinations optional (for tests). */
    static TaylorTape build(List<String> states, List<Expr> rightHandSides, List<String> parameters,
            List<Expr> outputs, boolean foldLinear) {
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(outputs, "outputs");
        if (states.size() != rightHandSides.size() || states.isEmpty()) {
            throw new IllegalArgumentException("a tape needs one right-hand side per state variable, got "
                    + states.size() + " states and " + rightHandSides.size() + " right-hand sides");
        }
        TapeBuilder b = new TapeBuilder(states, parameters);
        int[] rhsSlots = new int[states.size()];
        for (int i = 0; i < rhsSlots.length; i++) {
            rhsSlots[i] = b.slotOf(rightHandSides.get(i));
        }
        int[] outputSlots = new int[outputs.size()];
        for (int i = 0; i < outputSlots.length; i++) {
            outputSlots[i] = b.slotOf(outputs.get(i));
        }
        if (foldLinear) {
            int[] keep = java.util.Arrays.copyOf(rhsSlots, rhsSlots.length + outputSlots.length);
            System.arraycopy(outputSlots, 0, keep, rhsSlots.length, outputSlots.length);
            b.foldLinear(keep);
        }
        return new TaylorTape(states, parameters, rightHandSides, outputs, b, rhsSlots, outputSlots);
    }

    /** The number of state variables n (slots 0..n−1). */
    public int stateCount() {
        return states.size();
    }

    /** The state variable names. Unmodifiable. */
    public List<String> stateNames() {
        return states;
    }

    /** The parameter names, in the order of the runners' {@code setParameters}. Unmodifiable. */
    public List<String> parameterNames() {
        return parameters;
    }

    /** The right-hand sides. Unmodifiable. */
    public List<Expr> rightHandSides() {
        return rightHandSides;
    }

    /** The extra outputs. Unmodifiable. */
    public List<Expr> outputs() {
        return outputs;
    }

    /** The slot of the time series t0 + τ (equal to {@link #stateCount()}). */
    public int timeSlot() {
        return states.size();
    }

    /** The total number of slots (series) a runner allocates. */
    public int slotCount() {
        return slotCount;
    }

    /** The operations, in execution order (each reads only slots written earlier or fixed). Unmodifiable. */
    public List<TapeOp> ops() {
        return ops;
    }

    /** The number of operations. */
    public int opCount() {
        return ops.size();
    }

    /** The slot holding f_i, the right-hand side of state {@code i}. */
    public int rhsSlot(int i) {
        return rhsSlots[i];
    }

    /** The number of extra outputs. */
    public int outputCount() {
        return outputSlots.length;
    }

    /** The slot holding extra output {@code j}. */
    public int outputSlot(int j) {
        return outputSlots[j];
    }

    /** The folded constant subexpressions, each evaluated into the slot {@link #constantSlot(int)}. Unmodifiable. */
    public List<Expr> constants() {
        return constants;
    }

    /** The slot of constant {@code j}. */
    public int constantSlot(int j) {
        return constantSlots[j];
    }

    /** A listing: one line per constant and per operation, then the right-hand side and output slots. */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            lines.add("u" + i + " = " + states.get(i));
        }
        lines.add("u" + timeSlot() + " = t");
        for (int j = 0; j < constants.size(); j++) {
            lines.add("u" + constantSlots[j] + " = const " + constants.get(j));
        }
        for (TapeOp op : ops) {
            lines.add(op.toString());
        }
        for (int i = 0; i < rhsSlots.length; i++) {
            lines.add(states.get(i) + "' = u" + rhsSlots[i]);
        }
        for (int j = 0; j < outputSlots.length; j++) {
            lines.add("output " + j + " = u" + outputSlots[j]);
        }
        return String.join("\n", lines);
    }
}
