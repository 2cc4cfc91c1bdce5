package org.taylorkit.ode.tape;

import org.taylorkit.core.ElementaryFunction;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.DoubleKernels;

/**
 * Runs a {@link TaylorTape} over {@code double} coefficients: the fast path of the integrator.
 *
 * <p>All series live in one preallocated flat {@code double[slotCount · (maxOrder + 2)]} (slot i's
 * coefficient k at i·(maxOrder + 2) + k, {@link #values()}, {@link #offset(int)}; the last cell of
 * each slot is a spare), followed, with vector lanes ({@link #LANES_PROPERTY}), by the lane blocks of
 * the operations computed in lanes; after
 * construction (and after the first {@link #compute} following a parameter change, which
 * re-evaluates the folded constants) {@link #compute} allocates nothing: it runs the tape's
 * kernels over primitive arrays, order by order.
 *
 * <p>Execution: the constructor compiles the operations into a hidden class of straight-line
 * bytecode ({@code TapeCompiler}: per order k, one static kernel call per operation with its slot
 * numbers as constants, linear combinations inline; for the orders within a code budget, programs
 * specialised to k with the Cauchy sums unrolled), which the JIT optimises as ordinary code; this
 * removes the per-operation dispatch of an interpreter (measured 1.1–1.6× less CPU time per step on
 * the solar-system, Kepler and Lorenz tapes, see docs/benchmarks.md). The fallback, and the mode under the system
 * property {@value #INTERPRET_PROPERTY}{@code =true}, is an interpreter over a packed {@code int[]}
 * code; both run the same kernels in the same order and give bit-for-bit equal coefficients.
 *
 * <p>Coefficient accuracy is that of the kernels (a few ulps of the sum
 * of absolute values of each convolution's terms, see {@link DoubleKernels}); constants are
 * evaluated with {@code java.lang.Math} semantics.
 *
 * <p>Domain violations (ln of a negative number, a zero divisor, a non-integer power of a negative
 * base) give NaN or ±∞ coefficients, never exceptions: the integrator turns them into a stop reason.
 *
 * <p>Not thread-safe: one runner per thread (the tape itself may be shared).
 */
public final class DoubleTapeRunner {

    /**
     * The system property that, set to {@code true}, makes runners interpret the tape instead of
     * compiling it to bytecode (for comparison and diagnosis).
     */
    public static final String INTERPRET_PROPERTY = "org.taylorkit.tape.interpret";

    /**
     * The system property that, set to {@code true} in a JVM started with {@code --add-modules
     * jdk.incubator.vector} on hardware with 256-bit vectors, makes the generated code compute the
     * components of vector-shaped systems (an N-body problem's x, y, z) in SIMD lanes: the same bits,
     * about 0.6 of the time per expansion for the outer solar system once the JIT has compiled it, but
     * after a longer warm-up (12–16 s there against about 5 s). For long integrations and ensembles;
     * see the user guide, "Vector lanes".
     */
    public static final String LANES_PROPERTY = "org.taylorkit.tape.lanes";

    private final TaylorTape tape;
    private final int maxOrder;
    /** Every slot's coefficients: slot i's coefficient k at i·stride + k. */
    private final double[] c;
    private final int stride;
    private final int n;
    /** The operations packed as int codes (see {@link #pack}). */
    private final int[] code;
    /**
     * The code of the orders k ≥ q of the {@link #secondary} part: {@link #code} without its secondary
     * operations (the same as {@link #code} without a part).
     */
    private final int[] highCode;
    /** The part of the tape expanded only to a lower order, or null. */
    private final SecondaryPart secondary;
    /** The signed coefficients of the linear combinations (refreshed with the constants). */
    private final double[] lcCoef;
    /** Per entry of {@link #lcCoef}: its constant slot (−1 for 1) and sign. */
    private final int[] lcCoefSlot;
    private final boolean[] lcNeg;
    /** The catalogue functions of the tape's function operations, by the index packed in their code. */
    private final ElementaryFunction[] functions;
    private final List<ElementaryFunction> functionList = new java.util.ArrayList<>();
    /** The tape compiled to bytecode, or null to interpret {@link #code}. */
    private final TapeCompiler.Program program;
    /** The number of lane groups the generated code computes as vectors (0: scalar code). */
    private final int laneGroups;
    /** Where the program keeps each slot's coefficients (flat, or with the lane blocks of its vector code). */
    private final SlotLayout slots;
    private final int[] rhs;
    private final int[] outputs;
    private final Expr[] constants;
    private final int[] constantSlots;
    private final List<String> parameterNames;
    private final double[] parameters;
    private final boolean[] parameterSet;
    private boolean constantsStale = true;

    /**
     * A runner with storage for Taylor coefficients up to {@code maxOrder}.
     *
     * @param tape the tape
     * @param maxOrder the highest order {@link #compute} will be asked for (≥ 1)
     * @throws IllegalArgumentException if {@code maxOrder < 1}
     */
    public DoubleTapeRunner(TaylorTape tape, int maxOrder) {
        this(tape, maxOrder, !Boolean.getBoolean(INTERPRET_PROPERTY), null);
    }

    /**
     * A runner whose states {@code part.firstState()}, …, n − 1 are expanded only to order q =
     * {@code part.order()} ({@link SecondaryPart}): at the orders k ≥ q the operations only they need are
     * skipped and their coefficients above q stay zero, so a step's cost in them grows with q instead
     * of the order asked for. The other states' coefficients are bit for bit those of
     * {@link #DoubleTapeRunner(TaylorTape, int)}; those of the secondary states are the same up to order q.
     *
     * @param tape the tape
     * @param maxOrder the highest order {@link #compute} will be asked for (≥ 1)
     * @param part the secondary part, from {@link SecondaryPart#of} on this tape
     * @throws IllegalArgumentException if {@code maxOrder < 1} or the part is of another tape
     */
    public DoubleTapeRunner(TaylorTape tape, int maxOrder, SecondaryPart part) {
        this(tape, maxOrder, !Boolean.getBoolean(INTERPRET_PROPERTY), Objects.requireNonNull(part, "part"));
    }

    /**
     * A runner that compiles the tape to bytecode ({@code compile}) or interprets it; both give
     * bit-for-bit the same coefficients.
     */
    DoubleTapeRunner(TaylorTape tape, int maxOrder, boolean compile) {
        this(tape, maxOrder, compile, null);
    }

    /**
     * A runner that compiles the tape to bytecode ({@code compile}) or interprets it; both give
     * bit-for-bit the same coefficients. {@code part}: the secondary part, or null.
     */
    DoubleTapeRunner(TaylorTape tape, int maxOrder, boolean compile, SecondaryPart part) {
        this(tape, maxOrder, compile, part, TapeCompiler.LANES);
    }

    /**
     * A runner that compiles the tape to bytecode ({@code compile}), with vector lanes if {@code lanes}
     * and the JVM can ({@link #LANES_PROPERTY}), or interprets it; all give bit-for-bit the same
     * coefficients. {@code part}: the secondary part, or null.
     */
    DoubleTapeRunner(TaylorTape tape, int maxOrder, boolean compile, SecondaryPart part, boolean lanes) {
        this.tape = Objects.requireNonNull(tape, "tape");
        if (maxOrder < 1) {
            throw new IllegalArgumentException("the order must be at least 1, got " + maxOrder);
        }
        if (part != null && (part.secondaryOps().size() != tape.opCount() || part.firstState() >= tape.stateCount())) {
            throw new IllegalArgumentException("the secondary part (" + part.secondaryOps().size() + " operations, first state "
                    + part.firstState() + ") is not of this tape (" + tape.opCount() + " operations, " + tape.stateCount()
                    + " states)");
        }
        this.secondary = part;
        this.maxOrder = maxOrder;
        this.stride = maxOrder + 2; // coefficients 0..maxOrder and a spare cell for x_{maxOrder+1}
        this.n = tape.stateCount();
        List<TapeOp> ops = tape.ops();
        int length = 0;
        int coefs = 0;
        for (TapeOp op : ops) {
            length += packedLength(op);
            coefs += op.terms().size();
        }
        code = new int[length];
        lcCoef = new double[coefs];
        lcCoefSlot = new int[coefs];
        lcNeg = new boolean[coefs];
        int[] base = pack(ops);
        highCode = part == null ? code : highCode(ops, part);
        functions = functionList.toArray(new ElementaryFunction[0]);
        int[] rhsSlots = new int[n];
        rhs = new int[n];
        for (int i = 0; i < n; i++) {
            rhsSlots[i] = tape.rhsSlot(i);
            rhs[i] = rhsSlots[i] * stride;
        }
        outputs = new int[tape.outputCount()];
        for (int j = 0; j < outputs.length; j++) {
            outputs[j] = tape.outputSlot(j);
        }
        TapeCompiler.Compiled compiled = compile
                ? TapeCompiler.compile(ops, base, maxOrder, rhsSlots, part, tape.slotCount(), outputs, lanes) : null;
        program = compiled == null ? null : compiled.program();
        laneGroups = compiled == null ? 0 : compiled.layout()[3];
        // the flat slots, and after them any lane blocks of the generated code
        slots = compiled == null ? SlotLayout.flat(stride, tape.slotCount()) : compiled.slots();
        this.c = new double[slots.cells()];
        constants = tape.constants().toArray(new Expr[0]);
        constantSlots = new int[constants.length];
        for (int j = 0; j < constants.length; j++) {
            constantSlots[j] = tape.constantSlot(j);
        }
        parameterNames = tape.parameterNames();
        parameters = new double[parameterNames.size()];
        parameterSet = new boolean[parameters.length];
        c[tape.timeSlot() * stride + 1] = 1.0;
    }

    // Opcodes of the packed code: one int per operation kind, so that the interpreter's switch is a
    // jump table on an int (no enum ordinal and switch-map lookups). Layout per operation: six ints
    // {opcode, out, a, b, aux1, aux2} (b holds n for POW_INT), or for a linear combination
    // {LIN, out, offset slot, term count, first coefficient index, term slots...}.
    private static final int ADD = 0;
    private static final int SUB = 1;
    private static final int NEG = 2;
    private static final int MUL = 3;
    private static final int DIV = 4;
    private static final int ADD_SCALAR = 5;
    private static final int SCALAR_SUB = 6;
    private static final int SCALE = 7;
    private static final int DIV_SCALAR = 8;
    private static final int SQR = 9;
    private static final int POW_INT = 10;
    private static final int POW = 11;
    private static final int ATAN2 = 12;
    private static final int LIN = 13;
    /** Any catalogue function (specialised kinds included): its kernel, index into {@link #functions} in b. */
    private static final int FN = 14;

    private static int opcode(TapeOpKind kind) {
        if (kind == TapeOpKind.FUNCTION || kind.function() != null) {
            return FN;
        }
        switch (kind) {
            case ADD: return ADD;
            case SUB: return SUB;
            case NEG: return NEG;
            case MUL: return MUL;
            case DIV: return DIV;
            case ADD_SCALAR: return ADD_SCALAR;
            case SCALAR_SUB: return SCALAR_SUB;
            case SCALE: return SCALE;
            case DIV_SCALAR: return DIV_SCALAR;
            case SQR: return SQR;
            case POW_INT: return POW_INT;
            case POW: return POW;
            case ATAN2: return ATAN2;
            case LINEAR_COMBINATION: return LIN;
            default: throw new AssertionError(kind);
        }
    }

    /**
     * Fills {@link #code} (slot operands as offsets into {@link #c}, −1 kept for "none") and the
     * coefficient tables; returns each operation's first coefficient index.
     */
    private int[] pack(List<TapeOp> ops) {
        int pc = 0;
        int c = 0;
        int[] base = new int[ops.size()];
        for (int i = 0; i < ops.size(); i++) {
            TapeOp op = ops.get(i);
            base[i] = c;
            code[pc] = opcode(op.kind());
            code[pc + 1] = offsetOf(op.out());
            code[pc + 2] = offsetOf(op.a());
            if (op.kind() == TapeOpKind.LINEAR_COMBINATION) {
                List<TapeOp.Term> terms = op.terms();
                code[pc + 3] = terms.size();
                code[pc + 4] = c;
                pc += 5;
                for (TapeOp.Term t : terms) {
                    code[pc++] = offsetOf(t.slot());
                    lcCoefSlot[c] = t.coefficient();
                    lcNeg[c] = t.negated();
                    lcCoef[c] = t.negated() ? -1.0 : 1.0;
                    c++;
                }
            } else {
                code[pc + 3] = op.kind() == TapeOpKind.POW_INT ? op.n()
                        : op.function() != null ? functionIndex(op.function()) : offsetOf(op.b());
                code[pc + 4] = offsetOf(op.aux1());
                code[pc + 5] = offsetOf(op.aux2());
                pc += 6;
            }
        }
        return base;
    }

    /** The ints {@link #pack} writes for {@code op}: 5 and one per term for a linear combination, else 6. */
    private static int packedLength(TapeOp op) {
        return op.kind() == TapeOpKind.LINEAR_COMBINATION ? 5 + op.terms().size() : 6;
    }

    /** {@link #code} without the secondary operations of {@code part} (the packed operations copied as they are). */
    private int[] highCode(List<TapeOp> ops, SecondaryPart part) {
        int[] out = new int[code.length];
        int length = 0;
        for (int j = 0, pc = 0; j < ops.size(); j++) {
            int size = packedLength(ops.get(j));
            if (!part.secondaryOps().get(j)) {
                System.arraycopy(code, pc, out, length, size);
                length += size;
            }
            pc += size;
        }
        return Arrays.copyOf(out, length);
    }

    /** The index of {@code f} in {@link #functions}, adding it on first use. */
    private int functionIndex(ElementaryFunction f) {
        int i = functionList.indexOf(f);
        if (i < 0) {
            functionList.add(f);
            i = functionList.size() - 1;
        }
        return i;
    }

    /** {@link #offset(int)}, or −1 for "no slot". */
    private int offsetOf(int slot) {
        return slot < 0 ? -1 : offset(slot);
    }

    /** The generated program (shared by the runners of equal tapes), or null when interpreted. */
    TapeCompiler.Program program() {
        return program;
    }

    /** The number of groups of operations the generated code runs as vector code at some order (0: none). */
    int laneGroups() {
        return laneGroups;
    }

    /** Whether the tape runs as generated bytecode (else interpreted). */
    boolean compiled() {
        return program != null;
    }

    /** The tape. */
    public TaylorTape tape() {
        return tape;
    }

    /** The highest order this runner can compute. */
    public int maxOrder() {
        return maxOrder;
    }

    /**
     * Sets a parameter; the folded constants are re-evaluated at the next {@link #compute}.
     *
     * @throws IllegalArgumentException if the tape has no parameter {@code name}
     */
    public void setParameter(String name, double value) {
        int i = parameterNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no parameter '" + name + "' (parameters: "
                    + (parameterNames.isEmpty() ? "none" : String.join(", ", parameterNames)) + ")");
        }
        parameters[i] = value;
        parameterSet[i] = true;
        constantsStale = true;
    }

    /**
     * Sets all parameters, in the order of {@link TaylorTape#parameterNames()}.
     *
     * @throws IllegalArgumentException if the number of values differs from the number of parameters
     */
    public void setParameters(double... values) {
        if (values.length != parameters.length) {
            throw new IllegalArgumentException("expected " + parameters.length + " parameter values ("
                    + String.join(", ", parameterNames) + "), got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            parameters[i] = values[i];
            parameterSet[i] = true;
        }
        constantsStale = true;
    }

    /**
     * The value of parameter {@code name}.
     *
     * @throws IllegalArgumentException if there is no such parameter or it has no value yet
     */
    public double parameter(String name) {
        int i = parameterNames.indexOf(name);
        if (i < 0 || !parameterSet[i]) {
            throw new IllegalArgumentException(i < 0 ? "no parameter '" + name + "'" : "parameter '" + name + "' has no value");
        }
        return parameters[i];
    }

    private void refreshConstants() {
        Map<String, Double> bindings = new HashMap<>();
        for (int i = 0; i < parameters.length; i++) {
            if (parameterSet[i]) {
                bindings.put(parameterNames.get(i), parameters[i]);
            }
        }
        for (int j = 0; j < constants.length; j++) {
            for (String p : constants[j].parameters()) {
                checkSet(p);
            }
            for (String p : constants[j].variables()) {
                checkSet(p);
            }
            c[constantSlots[j] * stride] = constants[j].evaluate(BoxedDoubleArithmetic.INSTANCE, bindings);
        }
        for (int i = 0; i < lcCoef.length; i++) {
            double v = lcCoefSlot[i] < 0 ? 1.0 : c[lcCoefSlot[i] * stride];
            lcCoef[i] = lcNeg[i] ? -v : v;
        }
        constantsStale = false;
    }

    private void checkSet(String name) {
        int i = parameterNames.indexOf(name);
        if (i >= 0 && !parameterSet[i]) {
            throw new IllegalStateException("parameter '" + name + "' has no value (set it before integrating)");
        }
    }

    /**
     * Computes the Taylor coefficients 0..order of the solution through (t0, x0): the state slots
     * then hold x(t0 + τ) = Σ x_k τ^k, and every operation's slot its coefficients 0..order−1 (0..order
     * when {@code withOutputs}, so that the extra outputs' series are complete to {@code order}).
     *
     * @param t0 the time of the expansion point
     * @param x0 the state at t0 (length ≥ {@link TaylorTape#stateCount()}; only read)
     * @param order the order p, 1 ≤ p ≤ {@link #maxOrder()}
     * @param withOutputs whether to run the operations at order p as well (needed for outputs)
     * @throws IllegalArgumentException if the order is out of range
     * @throws IllegalStateException if a parameter the tape uses has no value
     */
    public void compute(double t0, double[] x0, int order, boolean withOutputs) {
        if (order < 1 || order > maxOrder) {
            throw new IllegalArgumentException("order " + order + " outside 1.." + maxOrder);
        }
        if (constantsStale) {
            refreshConstants();
        }
        double[] c = this.c;
        int w = stride;
        for (int i = 0; i < n; i++) {
            c[i * w] = x0[i];
        }
        c[n * w] = t0;
        int k = program != null && program.runTo(c, lcCoef, order) ? order : 0;
        for (; k < order; k++) {
            step(k);
        }
        if (withOutputs) {
            step(order); // also sets the states' coefficient order + 1 (unused; a spare cell at maxOrder)
        }
    }

    /**
     * Every slot's coefficients in one array: slot i's coefficient k at {@link #offset(int) offset(i)} + k
     * (state i is slot i, so its coefficients start at i·{@link #stride()}). Live storage: valid
     * until the next {@link #compute}; do not modify. With vector lanes ({@link #LANES_PROPERTY}) this
     * holds every state and extra output, but the operations computed in lanes keep their
     * coefficients in lane blocks after the flat slots: read any slot with {@link #coefficients(int)}.
     */
    public double[] values() {
        return c;
    }

    /** The distance between consecutive slots in {@link #values()}: maxOrder + 2 (a spare cell per slot). */
    public int stride() {
        return stride;
    }

    /** Where slot {@code slot}'s coefficients start in {@link #values()}. */
    public int offset(int slot) {
        return slot * stride;
    }

    /** Where extra output {@code j}'s coefficients start in {@link #values()}. */
    public int outputOffset(int j) {
        return outputs[j] * stride;
    }

    /**
     * A copy of slot {@code slot}'s coefficients 0..maxOrder (for the operations that vector code
     * keeps in lane blocks, from there: {@link #values()} holds every state and extra output, and
     * the other slots only when the code is scalar).
     */
    public double[] coefficients(int slot) {
        double[] out = new double[maxOrder + 1];
        for (int k = 0; k <= maxOrder; k++) {
            out[k] = c[slots.index(slot, k)];
        }
        return out;
    }

    /** A copy of state {@code i}'s coefficients 0..maxOrder. */
    public double[] stateCoefficients(int i) {
        return coefficients(i);
    }

    /** A copy of extra output {@code j}'s coefficients 0..maxOrder. */
    public double[] outputCoefficients(int j) {
        return coefficients(outputs[j]);
    }

    /**
     * The operations at order k, then x_{k+1} = f_k · fl(1/(k + 1)) for every state (the generated
     * code's state update, {@code TapeCompiler.stateScale}); at k ≥ q of a secondary part, neither its
     * operations nor its states' updates.
     */
    private void step(int k) {
        if (program != null) {
            program.run(c, lcCoef, k);
            return;
        }
        boolean high = secondary != null && k >= secondary.order();
        runOps(high ? highCode : code, k);
        double scale = TapeCompiler.stateScale(k);
        for (int i = 0, states = high ? secondary.firstState() : n; i < states; i++) {
            c[i * stride + k + 1] = c[rhs[i] + k] * scale;
        }
    }

    private void runOps(int[] code, int k) {
        double[] c = this.c;
        for (int pc = 0, len = code.length; pc < len;) {
            int op = code[pc];
            int o = code[pc + 1];
            if (op == LIN) {
                int terms = code[pc + 3];
                int cb = code[pc + 4];
                int off = code[pc + 2];
                pc += 5;
                double acc = lcCoef[cb] * c[code[pc] + k];
                if (k == 0 && off >= 0) {
                    acc = c[off] + acc;
                }
                for (int j = 1; j < terms; j++) {
                    acc += lcCoef[cb + j] * c[code[pc + j] + k];
                }
                c[o + k] = acc;
                pc += terms;
                continue;
            }
            int a = code[pc + 2];
            int b = code[pc + 3];
            switch (op) {
                case ADD: c[o + k] = c[a + k] + c[b + k]; break;
                case SUB: c[o + k] = c[a + k] - c[b + k]; break;
                case NEG: c[o + k] = -c[a + k]; break;
                case MUL: DoubleKernels.mul(c, a, c, b, c, o, k); break;
                case DIV: DoubleKernels.div(c, a, c, b, c, o, k); break;
                case ADD_SCALAR: c[o + k] = k == 0 ? c[a] + c[b] : c[a + k]; break;
                case SCALAR_SUB: c[o + k] = k == 0 ? c[b] + -c[a] : -c[a + k]; break;
                case SCALE: c[o + k] = c[b] * c[a + k]; break;
                case DIV_SCALAR: c[o + k] = c[a + k] / c[b]; break;
                case SQR: DoubleKernels.sqr(c, a, c, o, k); break;
                case POW_INT: DoubleKernels.pow(c, a, b, c, o, k); break;
                case POW: DoubleKernels.pow(c, a, c[b], c, o, k); break;
                default: rare(op, o, a, b, code[pc + 4], k); break;
            }
            pc += 6;
        }
    }

    /**
     * The elementary functions, through their catalogue kernels (the same kernels the generated code
     * calls, so bit-for-bit equal to it): kept out of {@link #runOps} so that its compiled code stays
     * small.
     */
    private void rare(int op, int o, int a, int b, int aux, int k) {
        double[] c = this.c;
        switch (op) {
            case FN: functions[b].kernel(c, a, c, o, c, aux, stride, k); break;
            case ATAN2: DoubleElementaryKernels.atan2(c, a, c, b, c, o, c, aux, k); break;
            default: throw new AssertionError(op);
        }
    }
}
