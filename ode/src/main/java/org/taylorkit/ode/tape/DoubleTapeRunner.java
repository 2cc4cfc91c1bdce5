package org.taylorkit.ode.tape;

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
 * <p>All series live in one preallocated {@code double[slotCount][maxOrder + 1]}; after
 * construction (and after the first {@link #compute} following a parameter change, which
 * re-evaluates the folded constants) {@link #compute} allocates nothing: it loops the tape's
 * kernels over primitive arrays. Coefficient accuracy is that of the kernels (a few ulps of the sum
 * of absolute values of each convolution's terms, see {@link DoubleKernels}); constants are
 * evaluated with {@code java.lang.Math} semantics.
 *
 * <p>Domain violations (ln of a negative number, a zero divisor, a non-integer power of a negative
 * base) give NaN or ±∞ coefficients, never exceptions: the integrator turns them into a stop reason.
 *
 * <p>Not thread-safe: one runner per thread (the tape itself may be shared).
 */
public final class DoubleTapeRunner {

    private final TaylorTape tape;
    private final int maxOrder;
    private final double[][] s;
    private final int n;
    private final TapeOpKind[] kind;
    private final int[] out;
    private final int[] in1;
    private final int[] in2;
    private final int[] aux1;
    private final int[] aux2;
    private final double[] exponent;
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
        this.tape = Objects.requireNonNull(tape, "tape");
        if (maxOrder < 1) {
            throw new IllegalArgumentException("the order must be at least 1, got " + maxOrder);
        }
        this.maxOrder = maxOrder;
        this.s = new double[tape.slotCount()][maxOrder + 1];
        this.n = tape.stateCount();
        List<TapeOp> ops = tape.ops();
        int m = ops.size();
        kind = new TapeOpKind[m];
        out = new int[m];
        in1 = new int[m];
        in2 = new int[m];
        aux1 = new int[m];
        aux2 = new int[m];
        exponent = new double[m];
        for (int i = 0; i < m; i++) {
            TapeOp op = ops.get(i);
            kind[i] = op.kind();
            out[i] = op.out();
            in1[i] = op.a();
            in2[i] = op.b();
            aux1[i] = op.aux1();
            aux2[i] = op.aux2();
            exponent[i] = op.n();
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
        parameters = new double[parameterNames.size()];
        parameterSet = new boolean[parameters.length];
        s[tape.timeSlot()][1] = 1.0;
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
            s[constantSlots[j]][0] = constants[j].evaluate(BoxedDoubleArithmetic.INSTANCE, bindings);
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
        double[][] s = this.s;
        for (int i = 0; i < n; i++) {
            s[i][0] = x0[i];
        }
        s[n][0] = t0;
        for (int k = 0; k < order; k++) {
            runOps(k);
            double d = k + 1;
            for (int i = 0; i < n; i++) {
                s[i][k + 1] = s[rhs[i]][k] / d; // x_{k+1} = f_k / (k+1), one rounding
            }
        }
        if (withOutputs) {
            runOps(order);
        }
    }

    /** The coefficient array of slot {@code slot} (live storage: valid until the next compute; do not modify). */
    public double[] coefficients(int slot) {
        return s[slot];
    }

    /** The coefficients of state {@code i} (live storage, see {@link #coefficients(int)}). */
    public double[] stateCoefficients(int i) {
        return s[i];
    }

    /** The coefficients of extra output {@code j} (live storage, see {@link #coefficients(int)}). */
    public double[] outputCoefficients(int j) {
        return s[outputs[j]];
    }

    private void runOps(int k) {
        double[][] s = this.s;
        for (int i = 0, m = kind.length; i < m; i++) {
            double[] o = s[out[i]];
            double[] a = s[in1[i]];
            switch (kind[i]) {
                case ADD: DoubleKernels.add(a, s[in2[i]], o, k); break;
                case SUB: DoubleKernels.sub(a, s[in2[i]], o, k); break;
                case NEG: DoubleKernels.neg(a, o, k); break;
                case MUL: DoubleKernels.mul(a, s[in2[i]], o, k); break;
                case DIV: DoubleKernels.div(a, s[in2[i]], o, k); break;
                case ADD_SCALAR: DoubleKernels.addScalar(a, s[in2[i]][0], o, k); break;
                case SCALAR_SUB:
                    DoubleKernels.neg(a, o, k);
                    DoubleKernels.addScalar(o, s[in2[i]][0], o, k);
                    break;
                case SCALE: DoubleKernels.scale(a, s[in2[i]][0], o, k); break;
                case DIV_SCALAR: o[k] = a[k] / s[in2[i]][0]; break;
                case SQR: DoubleKernels.sqr(a, o, k); break;
                case POW_INT: DoubleKernels.pow(a, exponent[i], o, k); break;
                case POW: DoubleKernels.pow(a, s[in2[i]][0], o, k); break;
                case SQRT: DoubleKernels.sqrt(a, o, k); break;
                case CBRT: DoubleKernels.cbrt(a, o, k); break;
                case EXP: DoubleKernels.exp(a, o, k); break;
                case EXPM1: DoubleKernels.expm1(a, o, k); break;
                case LOG: DoubleKernels.log(a, o, k); break;
                case LOG1P: DoubleKernels.log1p(a, o, k); break;
                case SIN_COS: DoubleElementaryKernels.sinCos(a, o, s[aux1[i]], k); break;
                case SINH_COSH: DoubleElementaryKernels.sinhCosh(a, o, s[aux1[i]], k); break;
                case TAN: DoubleElementaryKernels.tan(a, o, s[aux1[i]], k); break;
                case TANH: DoubleElementaryKernels.tanh(a, o, s[aux1[i]], k); break;
                case ASIN: DoubleElementaryKernels.asin(a, o, s[aux1[i]], k); break;
                case ACOS: DoubleElementaryKernels.acos(a, o, s[aux1[i]], k); break;
                case ATAN: DoubleElementaryKernels.atan(a, o, s[aux1[i]], k); break;
                case ASINH: DoubleElementaryKernels.asinh(a, o, s[aux1[i]], k); break;
                case ACOSH: DoubleElementaryKernels.acosh(a, o, s[aux1[i]], k); break;
                case ATANH: DoubleElementaryKernels.atanh(a, o, s[aux1[i]], k); break;
                case ERF: DoubleElementaryKernels.erf(a, o, s[aux1[i]], s[aux2[i]], k); break;
                case ATAN2: DoubleElementaryKernels.atan2(a, s[in2[i]], o, s[aux1[i]], k); break;
                case ABS: o[k] = k == 0 ? Math.abs(a[0]) : (a[0] < 0 ? -a[k] : a[k]); break;
                default: throw new AssertionError(kind[i]);
            }
        }
    }
}
