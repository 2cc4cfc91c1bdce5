package org.taylorkit.ode.tape;

import org.taylorkit.core.ElementaryFunction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.kernels.GenericElementaryKernels;
import org.taylorkit.core.kernels.GenericInverseKernels;
import org.taylorkit.core.kernels.GenericKernels;

/**
 * Runs a {@link TaylorTape} over coefficients of any type {@code T} with an {@link Arithmetic}:
 * Apfloat at D digits (high-precision integration), and — in later work — intervals and
 * {@code TaylorN} jets. Same slots and semantics as {@link DoubleTapeRunner}, with the generic
 * kernels ({@link GenericKernels}, {@link GenericElementaryKernels}, {@link GenericInverseKernels}):
 * the scalar functions of {@code ar} only for coefficient 0, exact integer factors elsewhere.
 *
 * <p>A {@link TapeOpKind#LINEAR_COMBINATION} is evaluated as ((c + t_1) + t_2) + … with
 * t_j = c_j·v_j (or v_j for a unit coefficient) negated or subtracted for a minus sign, using only
 * {@code add}, {@code subtract}, {@code negate} and {@code multiply} of {@code ar}; its coefficients
 * are folded constants evaluated in {@code ar}. Over intervals every step is an enclosure, so the
 * folded tape is as rigorous as the unfolded one.
 *
 * <p>Storage is a preallocated {@code T[slotCount][maxOrder + 1]}; the values of {@code T} are
 * immutable objects, so a step allocates whatever {@code ar}'s operations allocate.
 *
 * <p>Domain errors are those of {@code ar}: Apfloat throws {@link ArithmeticException} (ln of a
 * negative number, a zero divisor), which {@link #compute} lets through; the integrator turns it
 * into a stop reason.
 *
 * <p>Not thread-safe: one runner per thread.
 *
 * @param <T> the coefficient type
 */
public final class GenericTapeRunner<T> {

    private final TaylorTape tape;
    private final Arithmetic<T> ar;
    private final int maxOrder;
    private final T[][] s;
    private final int n;
    private final TapeOpKind[] kind;
    private final int[] out;
    private final int[] in1;
    private final int[] in2;
    private final int[] aux1;
    private final int[] aux2;
    private final T[] exponent;
    /** Per operation: the catalogue function whose kernel runs it (null for arithmetic) and its auxiliary series. */
    private final ElementaryFunction[] function;
    private final T[][][] auxiliary;
    /** Per linear combination: term slots, coefficient slots (−1 for 1) and signs; null elsewhere. */
    private final int[][] termSlots;
    private final int[][] termCoefficients;
    private final boolean[][] termNegated;
    private final int[] rhs;
    private final int[] outputs;
    private final Expr[] constants;
    private final int[] constantSlots;
    private final List<String> parameterNames;
    private final T[] parameters;
    private boolean constantsStale = true;
    private OrderSchedule<T> schedule;
    private final T[] orderStates;

    /**
     * Per-order control of {@link #compute}: how the state coefficients of each order may be replaced by
     * cheaper enclosures and which arithmetic the operations of that order use. For coefficient types
     * where a high order in time is multiplied by a small power of the step (Taylor models: truncate
     * the high orders to a lower degree in the deviations). Implementations must return enclosures
     * (over intervals and Taylor models: sets that contain the coefficients they replace), so the run
     * stays as rigorous as without the schedule.
     *
     * @param <T> the coefficient type
     */
    @FunctionalInterface
    public interface OrderSchedule<T> {
        /**
         * Called by {@link #compute} when the states' coefficients of order {@code k ≥ 1} are formed, before
         * any operation reads them: may replace entries of {@code states} (the runner stores what is there
         * afterwards), and returns the arithmetic for the operations at order {@code k}.
         */
        Arithmetic<T> atOrder(int k, T[] states);
    }

    /**
     * A runner with storage for Taylor coefficients up to {@code maxOrder}.
     *
     * @param tape the tape
     * @param ar the coefficient arithmetic
     * @param maxOrder the highest order {@link #compute} will be asked for (≥ 1)
     * @throws IllegalArgumentException if {@code maxOrder < 1}
     */
    @SuppressWarnings("unchecked")
    public GenericTapeRunner(TaylorTape tape, Arithmetic<T> ar, int maxOrder) {
        this.tape = Objects.requireNonNull(tape, "tape");
        this.ar = Objects.requireNonNull(ar, "ar");
        if (maxOrder < 1) {
            throw new IllegalArgumentException("the order must be at least 1, got " + maxOrder);
        }
        this.maxOrder = maxOrder;
        T zero = ar.zero();
        T[] probe = ar.newArray(0);
        this.s = (T[][]) java.lang.reflect.Array.newInstance(probe.getClass(), tape.slotCount());
        for (int i = 0; i < s.length; i++) {
            s[i] = ar.newArray(maxOrder + 1);
            java.util.Arrays.fill(s[i], zero);
        }
        this.n = tape.stateCount();
        List<TapeOp> ops = tape.ops();
        int m = ops.size();
        kind = new TapeOpKind[m];
        out = new int[m];
        in1 = new int[m];
        in2 = new int[m];
        aux1 = new int[m];
        aux2 = new int[m];
        exponent = ar.newArray(m);
        function = new ElementaryFunction[m];
        termSlots = new int[m][];
        termCoefficients = new int[m][];
        termNegated = new boolean[m][];
        for (int i = 0; i < m; i++) {
            TapeOp op = ops.get(i);
            kind[i] = op.kind();
            out[i] = op.out();
            in1[i] = op.a();
            in2[i] = op.b();
            aux1[i] = op.aux1();
            aux2[i] = op.aux2();
            function[i] = op.function();
            if (op.kind() == TapeOpKind.POW_INT) {
                exponent[i] = ar.fromDouble(op.n());
            }
            if (op.kind() == TapeOpKind.LINEAR_COMBINATION) {
                List<TapeOp.Term> terms = op.terms();
                termSlots[i] = new int[terms.size()];
                termCoefficients[i] = new int[terms.size()];
                termNegated[i] = new boolean[terms.size()];
                for (int j = 0; j < terms.size(); j++) {
                    termSlots[i][j] = terms.get(j).slot();
                    termCoefficients[i][j] = terms.get(j).coefficient();
                    termNegated[i][j] = terms.get(j).negated();
                }
            }
        }
        auxiliary = newAuxiliaryTable(m);
        for (int i = 0; i < m; i++) {
            if (function[i] != null) {
                auxiliary[i] = java.util.Arrays.copyOf(s, function[i].auxiliaries());
                if (aux1[i] >= 0) {
                    auxiliary[i][0] = s[aux1[i]];
                }
                if (aux2[i] >= 0) {
                    auxiliary[i][1] = s[aux2[i]];
                }
            }
        }
        rhs = new int[n];
        for (int i = 0; i < n; i++) {
            rhs[i] = tape.rhsSlot(i);
        }
        outputs = new int[tape.outputCount()];
        for (int j = 0; j < outputs.length; j++) {
            outputs[j] = tape.outputSlot(j);
        }
        constants = tape.constants().toArray(new Expr[0]);
        constantSlots = new int[constants.length];
        for (int j = 0; j < constants.length; j++) {
            constantSlots[j] = tape.constantSlot(j);
        }
        parameterNames = tape.parameterNames();
        parameters = ar.newArray(parameterNames.size());
        orderStates = ar.newArray(n);
        s[tape.timeSlot()][1] = ar.one();
    }

    /**
     * Sets the per-order schedule used by the next {@link #compute} calls (null: none, every order with
     * {@link #arithmetic()} and the coefficients as computed).
     */
    public void setOrderSchedule(OrderSchedule<T> schedule) {
        this.schedule = schedule;
    }

    /** The tape. */
    public TaylorTape tape() {
        return tape;
    }

    /** The coefficient arithmetic. */
    public Arithmetic<T> arithmetic() {
        return ar;
    }

    /** The highest order this runner can compute. */
    public int maxOrder() {
        return maxOrder;
    }

    /**
     * Sets a parameter; the folded constants are re-evaluated (in {@code T}) at the next {@link #compute}.
     *
     * @throws IllegalArgumentException if the tape has no parameter {@code name}
     */
    public void setParameter(String name, T value) {
        Objects.requireNonNull(value, "value");
        int i = parameterNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no parameter '" + name + "' (parameters: "
                    + (parameterNames.isEmpty() ? "none" : String.join(", ", parameterNames)) + ")");
        }
        parameters[i] = value;
        constantsStale = true;
    }

    /**
     * The value of parameter {@code name}.
     *
     * @throws IllegalArgumentException if there is no such parameter or it has no value yet
     */
    public T parameter(String name) {
        int i = parameterNames.indexOf(name);
        if (i < 0 || parameters[i] == null) {
            throw new IllegalArgumentException(i < 0 ? "no parameter '" + name + "'" : "parameter '" + name + "' has no value");
        }
        return parameters[i];
    }

    private void refreshConstants() {
        Map<String, T> bindings = new HashMap<>();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] != null) {
                bindings.put(parameterNames.get(i), parameters[i]);
            }
        }
        for (int j = 0; j < constants.length; j++) {
            for (String p : constants[j].symbols()) {
                int i = parameterNames.indexOf(p);
                if (i >= 0 && parameters[i] == null) {
                    throw new IllegalStateException("parameter '" + p + "' has no value (set it before integrating)");
                }
            }
            s[constantSlots[j]][0] = constants[j].evaluate(ar, bindings);
        }
        constantsStale = false;
    }

    /**
     * Computes the Taylor coefficients 0..order of the solution through (t0, x0), as
     * {@link DoubleTapeRunner#compute} does.
     *
     * @param t0 the time of the expansion point
     * @param x0 the state at t0 (only read)
     * @param order the order p, 1 ≤ p ≤ {@link #maxOrder()}
     * @param withOutputs whether to run the operations at order p as well (needed for outputs)
     * @throws IllegalArgumentException if the order is out of range
     * @throws IllegalStateException if a parameter the tape uses has no value
     * @throws ArithmeticException (from {@code ar}) at a domain error of a right-hand side
     */
    public void compute(T t0, T[] x0, int order, boolean withOutputs) {
        if (order < 1 || order > maxOrder) {
            throw new IllegalArgumentException("order " + order + " outside 1.." + maxOrder);
        }
        if (constantsStale) {
            refreshConstants();
        }
        for (int i = 0; i < n; i++) {
            s[i][0] = x0[i];
        }
        s[n][0] = t0;
        Arithmetic<T> at = ar;
        for (int k = 0; k < order; k++) {
            runOps(k, at);
            for (int i = 0; i < n; i++) {
                s[i][k + 1] = ar.divide(s[rhs[i]][k], k + 1);
            }
            if (schedule != null) {
                at = scheduled(k + 1);
            }
        }
        if (withOutputs) {
            runOps(order, at);
        }
    }

    /** Hands the states' coefficients of order k to the schedule, stores what it leaves, returns its arithmetic. */
    private Arithmetic<T> scheduled(int k) {
        for (int i = 0; i < n; i++) {
            orderStates[i] = s[i][k];
        }
        Arithmetic<T> at = Objects.requireNonNull(schedule.atOrder(k, orderStates), "the schedule's arithmetic");
        for (int i = 0; i < n; i++) {
            s[i][k] = Objects.requireNonNull(orderStates[i], "a scheduled state coefficient");
        }
        return at;
    }

    /** The coefficient array of slot {@code slot} (live storage: valid until the next compute; do not modify). */
    public T[] coefficients(int slot) {
        return s[slot];
    }

    /** The coefficients of state {@code i} (live storage). */
    public T[] stateCoefficients(int i) {
        return s[i];
    }

    /** The coefficients of extra output {@code j} (live storage). */
    public T[] outputCoefficients(int j) {
        return s[outputs[j]];
    }

    @SuppressWarnings("unchecked")
    private T[][][] newAuxiliaryTable(int m) {
        return (T[][][]) java.lang.reflect.Array.newInstance(s.getClass(), m);
    }

    private void runOps(int k, Arithmetic<T> ar) {
        T[][] s = this.s;
        for (int i = 0, m = kind.length; i < m; i++) {
            T[] o = s[out[i]];
            if (kind[i] == TapeOpKind.LINEAR_COMBINATION) {
                o[k] = linearCombination(i, k, ar);
                continue;
            }
            T[] a = s[in1[i]];
            if (function[i] != null) {
                function[i].kernel(ar, a, o, auxiliary[i], k);
                continue;
            }
            switch (kind[i]) {
                case ADD: GenericKernels.add(ar, a, s[in2[i]], o, k); break;
                case SUB: GenericKernels.sub(ar, a, s[in2[i]], o, k); break;
                case NEG: GenericKernels.neg(ar, a, o, k); break;
                case MUL: GenericKernels.mul(ar, a, s[in2[i]], o, k); break;
                case DIV: GenericKernels.div(ar, a, s[in2[i]], o, k); break;
                case ADD_SCALAR: GenericKernels.addScalar(ar, a, s[in2[i]][0], o, k); break;
                case SCALAR_SUB:
                    GenericKernels.neg(ar, a, o, k);
                    GenericKernels.addScalar(ar, o, s[in2[i]][0], o, k);
                    break;
                case SCALE: GenericKernels.scale(ar, a, s[in2[i]][0], o, k); break;
                case DIV_SCALAR: o[k] = ar.divide(a[k], s[in2[i]][0]); break;
                case SQR: GenericKernels.sqr(ar, a, o, k); break;
                case POW_INT: GenericKernels.pow(ar, a, exponent[i], o, k); break;
                case POW: GenericKernels.pow(ar, a, s[in2[i]][0], o, k); break;
                case ATAN2: GenericInverseKernels.atan2(ar, a, s[in2[i]], o, s[aux1[i]], k); break;
                default: throw new AssertionError(kind[i]);
            }
        }
    }

    /**
     * Coefficient k of linear combination i: ((c + t_1) + t_2) + … with t_j = ±c_j·v_{j,k} (c only
     * at k = 0), using only add, subtract, negate and multiply of {@code ar}.
     */
    private T linearCombination(int i, int k, Arithmetic<T> ar) {
        int[] slots = termSlots[i];
        int[] coefs = termCoefficients[i];
        boolean[] neg = termNegated[i];
        T[][] s = this.s;
        T acc = null;
        if (k == 0 && in1[i] >= 0) {
            acc = s[in1[i]][0];
        }
        for (int j = 0; j < slots.length; j++) {
            T v = s[slots[j]][k];
            T t = coefs[j] >= 0 ? ar.multiply(s[coefs[j]][0], v) : v;
            if (acc == null) {
                acc = neg[j] ? ar.negate(t) : t;
            } else {
                acc = neg[j] ? ar.subtract(acc, t) : ar.add(acc, t);
            }
        }
        return acc;
    }
}
