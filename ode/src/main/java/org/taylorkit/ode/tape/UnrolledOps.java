package org.taylorkit.ode.tape;

import static org.objectweb.asm.Opcodes.DADD;
import static org.objectweb.asm.Opcodes.DASTORE;
import static org.objectweb.asm.Opcodes.DCONST_0;
import static org.objectweb.asm.Opcodes.DCONST_1;
import static org.objectweb.asm.Opcodes.DDIV;
import static org.objectweb.asm.Opcodes.DMUL;
import static org.objectweb.asm.Opcodes.DNEG;
import static org.objectweb.asm.Opcodes.DSUB;
import static org.objectweb.asm.Opcodes.DUP2;

import java.util.function.IntConsumer;

/**
 * The per-order code of {@link TapeCompiler}: at a constant order k, the cheap and frequent
 * operations become inline arithmetic on constant indices of the one flat coefficient array — sums
 * and differences, the scalar operations, and the Cauchy sums of mul, sqr, div and sqrt fully
 * unrolled, and the recurrences of every elementary function (at order 0 the scalar functions of
 * asin, acos, asinh, acosh, atanh and erf stay kernel calls) — performing exactly the floating-point operations of the {@code DoubleKernels} kernels
 * in the same order (the four interleaved partial sums of {@code DoubleKernels.cauchySum}; Java does
 * not contract to FMA), so the coefficients are bit-for-bit those of the interpreter. This is what
 * heyoka's LLVM code generation does per order; with one array and constant indices the JIT needs
 * no per-slot array loads and can keep values in registers between operations.
 *
 * <p>Package-private; stateless.
 */
final class UnrolledOps {

    private UnrolledOps() {
    }

    /**
     * Emits {@code op} at the constant order {@code c.order} as inline arithmetic — the kernel's
     * floating-point operations in the kernel's order, with constant indices (the Cauchy sums of
     * mul, sqr, div, sqrt and the elementary recurrences fully unrolled) — and returns true, or returns false for the
     * operations that stay kernel calls.
     */
    static boolean emit(CodeEmitter c, TapeOp op) {
        int k = c.order;
        int a = op.a();
        int b = op.b();
        int o = op.out();
        switch (op.kind()) {
            case ADD:
            case SUB:
                c.target(o, k);
                c.coefficient(a, k);
                c.coefficient(b, k);
                c.op(op.kind() == TapeOpKind.ADD ? DADD : DSUB);
                break;
            case NEG:
            case SCALAR_SUB: // neg, then at order 0 addScalar: o_0 = −a_0 + b_0
                c.target(o, k);
                c.coefficient(a, k);
                c.op(DNEG);
                if (k == 0 && op.kind() == TapeOpKind.SCALAR_SUB) {
                    c.coefficient(b, 0);
                    c.op(DADD);
                }
                break;
            case ADD_SCALAR: // o_0 = a_0 + b_0, o_k = a_k
                c.target(o, k);
                c.coefficient(a, k);
                if (k == 0) {
                    c.coefficient(b, 0);
                    c.op(DADD);
                }
                break;
            case SCALE: // o_k = b_0·a_k
                c.target(o, k);
                c.coefficient(b, 0);
                c.coefficient(a, k);
                c.op(DMUL);
                break;
            case DIV_SCALAR: // o_k = a_k / b_0
                c.target(o, k);
                c.coefficient(a, k);
                c.coefficient(b, 0);
                c.op(DDIV);
                break;
            case MUL: // o_k = Σ_{j=0..k} a_j b_{k−j}
                c.target(o, k);
                cauchySum(c, a, 0, b, k, k + 1);
                break;
            case SQR: // 2·Σ_{j<(k+1)/2} a_j a_{k−j} (+ a_{k/2}² for even k)
                c.target(o, k);
                square(c, a, k);
                break;
            case DIV: // o_k = (a_k − Σ_{j<k} o_j b_{k−j})·fl(1/b_0), the factor kept in o's spare cell
                if (k == 0) {
                    reciprocalOfLeading(c, b, o);
                }
                c.target(o, k);
                c.coefficient(a, k);
                cauchySum(c, o, 0, b, k, k);
                c.op(DSUB);
                c.coefficient(o, spare(c));
                c.op(DMUL);
                break;
            case SQRT: // o_0 = √a_0 (and fl(0.5/o_0) in o's spare cell); o_k = (a_k − Σ_{j=1..k−1} o_j o_{k−j})·fl(0.5/o_0)
                c.target(o, k);
                if (k == 0) {
                    c.coefficient(a, 0);
                    c.call("java/lang/Math", "sqrt", "(D)D");
                    c.op(DASTORE);
                    c.target(o, spare(c));
                    c.doubleConstant(0.5);
                    c.coefficient(o, 0);
                    c.op(DDIV);
                    break;
                }
                c.coefficient(a, k);
                innerSquare(c, o, k);
                c.op(DSUB);
                c.coefficient(o, spare(c));
                c.op(DMUL);
                break;
            case EXP: // o_0 = e^{a_0}; o_k = (Σ_{j=1..k} (j·a_j)·o_{k−j}) / k, summed from +0 in turn
                c.target(o, k);
                if (k == 0) {
                    c.coefficient(a, 0);
                    c.call("java/lang/Math", "exp", "(D)D");
                    break;
                }
                weightedSum(c, a, o, k);
                c.doubleConstant(k);
                c.op(DDIV);
                break;
            case LOG: // o_0 = ln a_0; o_k = (a_k − (Σ_{j=1..k−1} (j·o_j)·a_{k−j}) / k) / a_0
                c.target(o, k);
                if (k == 0) {
                    c.coefficient(a, 0);
                    c.call("java/lang/Math", "log", "(D)D");
                    break;
                }
                c.coefficient(a, k);
                logSum(c, a, o, k);
                c.op(DSUB);
                c.coefficient(a, 0);
                c.op(DDIV);
                break;
            case LOG1P: // o_0 = log1p(a_0); o_k = (a_k − logSum) / (1 + a_0)
                c.target(o, k);
                if (k == 0) {
                    c.coefficient(a, 0);
                    c.call("java/lang/Math", "log1p", "(D)D");
                    break;
                }
                c.coefficient(a, k);
                logSum(c, a, o, k);
                c.op(DSUB);
                c.op(DCONST_1);
                c.coefficient(a, 0);
                c.op(DADD);
                c.op(DDIV);
                break;
            case EXPM1: // o_0 = expm1(a_0); o_k = (a_k + a_k·o_0) + (Σ_{j=1..k−1} (j·a_j)·o_{k−j}) / k
                c.target(o, k);
                if (k == 0) {
                    c.coefficient(a, 0);
                    c.call("java/lang/Math", "expm1", "(D)D");
                    break;
                }
                c.coefficient(a, k);
                c.coefficient(a, k);
                c.coefficient(o, 0);
                c.op(DMUL);
                c.op(DADD);
                weightedSum(c, a, o, k, k - 1);
                c.doubleConstant(k);
                c.op(DDIV);
                c.op(DADD);
                break;
            case TAN: // c = tan a, p = c² (aux1): c_k = a_k ± (Σ_{j=1..k} (j·a_j)·p_{k−j}) / k, then p_k = (c²)_k
            case TANH: {
                int sq = op.aux1();
                boolean tan = op.kind() == TapeOpKind.TAN;
                c.target(o, k);
                if (k == 0) {
                    c.coefficient(a, 0);
                    c.call("java/lang/Math", tan ? "tan" : "tanh", "(D)D");
                    c.op(DASTORE);
                    c.target(sq, 0);
                    c.coefficient(o, 0);
                    c.coefficient(o, 0);
                    c.op(DMUL);
                    break;
                }
                c.coefficient(a, k);
                weightedSum(c, a, sq, k);
                c.doubleConstant(k);
                c.op(DDIV);
                c.op(tan ? DADD : DSUB);
                c.op(DASTORE);
                c.target(sq, k);
                square(c, o, k);
                break;
            }
            case ATAN: { // r = 1 + a² (aux1): c_k = (a_k − logSum(r, c)) / r_0, then r_k = (a²)_k
                int r = op.aux1();
                c.target(o, k);
                if (k == 0) {
                    c.coefficient(a, 0);
                    c.call("java/lang/Math", "atan", "(D)D");
                    c.op(DASTORE);
                    c.target(r, 0);
                    c.op(DCONST_1);
                    c.coefficient(a, 0);
                    c.coefficient(a, 0);
                    c.op(DMUL);
                    c.op(DADD);
                    break;
                }
                c.coefficient(a, k);
                logSum(c, r, o, k);
                c.op(DSUB);
                c.coefficient(r, 0);
                c.op(DDIV);
                c.op(DASTORE);
                c.target(r, k);
                square(c, a, k);
                break;
            }
            case POW: // exponent r = b_0 (a constant slot)
            case POW_INT: // exponent n
                power(c, op, k);
                break;
            case CBRT: // o_0 = ∛a_0 (and fl(1/a_0) in o's spare cell); o_k = (Σ_{j<k} ((k − 4j)·a_{k−j})·o_j)·(fl(1/a_0)·fl(1/(3k)))
                if (k == 0) {
                    reciprocalOfLeading(c, a, o);
                }
                c.target(o, k);
                if (k == 0) {
                    c.coefficient(a, 0);
                    c.call("java/lang/Math", "cbrt", "(D)D");
                    break;
                }
                c.op(DCONST_0);
                for (int j = 0; j < k; j++) {
                    c.doubleConstant(k - 4 * j);
                    c.coefficient(a, k - j);
                    c.op(DMUL);
                    c.coefficient(o, j);
                    c.op(DMUL);
                    c.op(DADD);
                }
                c.coefficient(o, spare(c));
                c.doubleConstant(1.0 / (3.0 * k));
                c.op(DMUL);
                c.op(DMUL);
                break;
            case ASIN: // auxiliary r (aux1): c_k = (±a_k − logSum(r, c)) / r_0, then r_k by the root recurrence
            case ACOS:
            case ASINH:
            case ACOSH:
            case ATANH:
                if (k == 0) {
                    return false; // the scalar functions (some private to the kernels): a kernel call
                }
                inverse(c, op, k);
                break;
            case ERF:
                if (k == 0) {
                    return false;
                }
                erf(c, op, k);
                break;
            case ATAN2:
                atan2(c, op, k);
                break;
            case SIN_COS: // s = sin a (slot o), c = cos a (aux1): s_k = Σ (j a_j) c_{k−j} / k, c_k = −Σ (j a_j) s_{k−j} / k
            case SINH_COSH: { // the same with c_k = +Σ (j a_j) s_{k−j} / k
                int cos = op.aux1();
                boolean trig = op.kind() == TapeOpKind.SIN_COS;
                if (k == 0) {
                    c.target(o, 0);
                    c.coefficient(a, 0);
                    c.call("java/lang/Math", trig ? "sin" : "sinh", "(D)D");
                    c.op(DASTORE);
                    c.target(cos, 0);
                    c.coefficient(a, 0);
                    c.call("java/lang/Math", trig ? "cos" : "cosh", "(D)D");
                    break;
                }
                c.target(o, k);
                weightedSum(c, a, cos, k);
                c.doubleConstant(k);
                c.op(DDIV);
                c.op(DASTORE);
                c.target(cos, k);
                weightedSum(c, a, o, k);
                if (trig) {
                    c.op(DNEG);
                }
                c.doubleConstant(k);
                c.op(DDIV);
                break;
            }
            default:
                return false;
        }
        c.op(DASTORE);
        return true;
    }

    /**
     * The index of a slot's spare cell (its last, after coefficient maxOrder). For the output of a
     * quotient, square root, power or cube root, order 0 stores there the factor fl(1/b_0), fl(0.5/o_0)
     * or fl(1/a_0) of {@code DoubleKernels.div}/{@code sqrt}/{@code pow}/{@code cbrt}, and every
     * higher order multiplies by it: one division
     * per expansion instead of one per order (the kernels divide at every call; the same double). Only
     * the states' spare cells are written otherwise (x_{maxOrder+1}, unused), and an operation's
     * output is never a state. Every {@link DoubleTapeRunner#compute} runs order 0 first, and an
     * unrolled order k ≥ 1 implies an unrolled order 0 (the orders are unrolled from 0 up), so the
     * factor is always the current one.
     */
    static int spare(CodeEmitter c) {
        return c.stride() - 1;
    }

    /** Pushes x_i·y_j (coefficients of slots x and y). */
    private static void product(CodeEmitter c, int x, int i, int y, int j) {
        c.coefficient(x, i);
        c.coefficient(y, j);
        c.op(DMUL);
    }

    /**
     * Pushes {@code DoubleKernels.cauchySum} of slots x and y: Σ_{t<m} x_{i+t}·y_{j−t} with term t
     * in partial sum t mod 4, each partial sum a chain from its first term, combined as
     * (s₀ + s₁) + (s₂ + s₃) (for m &lt; 4: s₀, s₀ + s₁, (s₀ + s₁) + s₂; +0 for m = 0) — the kernel's
     * operations in the kernel's order.
     */
    private static void cauchySum(CodeEmitter c, int x, int i, int y, int j, int m) {
        if (m <= 0) {
            c.op(DCONST_0);
            return;
        }
        partialSums(c, m, t -> product(c, x, i + t, y, j - t));
    }

    /**
     * Pushes the sum of the m ≥ 1 terms {@code term.accept(t)} pushes, in the kernels' order: term t in
     * partial sum t mod 4, each partial sum a chain from its first term, combined as (s₀ + s₁) + (s₂ + s₃)
     * (for m &lt; 4: s₀, s₀ + s₁, (s₀ + s₁) + s₂).
     */
    static void partialSums(CodeEmitter c, int m, IntConsumer term) {
        if (m < 4) {
            for (int t = 0; t < m; t++) {
                term.accept(t);
                if (t > 0) {
                    c.op(DADD);
                }
            }
            return;
        }
        for (int r = 0; r < 4; r++) {
            for (int t = r; t < m; t += 4) {
                term.accept(t);
                if (t > r) {
                    c.op(DADD); // s_r += term t
                }
            }
            if (r == 1 || r == 3) {
                c.op(DADD); // s₀ + s₁, then s₂ + s₃
            }
        }
        c.op(DADD); // (s₀ + s₁) + (s₂ + s₃)
    }

    /**
     * {@code DoubleKernels.pow}: o_0 = a_0^r ({@link Math#pow}), and fl(1/a_0) in o's spare cell;
     * o_k = (Σ_{j=0..k−1} (r(k−j) − j)·a_{k−j}·o_j)·(fl(1/a_0)·fl(1/k)), summed from +0 in turn, 1/k a
     * constant. An integer exponent's weights are constants (computed here by the same double
     * operations); a real exponent is read from its slot and the weights computed inline.
     */
    private static void power(CodeEmitter c, TapeOp op, int k) {
        boolean integer = op.kind() == TapeOpKind.POW_INT;
        int a = op.a();
        int o = op.out();
        if (k == 0) {
            reciprocalOfLeading(c, a, o);
        }
        c.target(o, k);
        if (k == 0) {
            c.coefficient(a, 0);
            exponent(c, op);
            c.call("java/lang/Math", "pow", "(DD)D");
            return;
        }
        c.op(DCONST_0);
        for (int j = 0; j < k; j++) {
            if (integer) {
                double r = op.n();
                c.doubleConstant(r * (k - j) - j);
            } else {
                exponent(c, op);
                c.doubleConstant(k - j);
                c.op(DMUL);
                c.doubleConstant(j);
                c.op(DSUB);
            }
            c.coefficient(a, k - j);
            c.op(DMUL);
            c.coefficient(o, j);
            c.op(DMUL);
            c.op(DADD);
        }
        c.coefficient(o, spare(c));
        c.doubleConstant(1.0 / k);
        c.op(DMUL);
        c.op(DMUL);
    }

    /** Stores fl(1/a_0) in o's spare cell (order 0 of a quotient by a, a power or a cube root; see {@link #spare}). */
    private static void reciprocalOfLeading(CodeEmitter c, int a, int o) {
        c.target(o, spare(c));
        c.op(DCONST_1);
        c.coefficient(a, 0);
        c.op(DDIV);
        c.op(DASTORE);
    }

    /** Pushes the exponent of a power: the constant n, or the value of the exponent's slot. */
    private static void exponent(CodeEmitter c, TapeOp op) {
        if (op.kind() == TapeOpKind.POW_INT) {
            c.doubleConstant(op.n());
        } else {
            c.coefficient(op.b(), 0);
        }
    }

    /**
     * Pushes the kernels' weighted sum of exp and sin/cos: ((0 + (1·x_1)·y_{k−1}) + (2·x_2)·y_{k−2}) + …
     * + (k·x_k)·y_0, in that order (the weight j exact as a double).
     */
    private static void weightedSum(CodeEmitter c, int x, int y, int k) {
        weightedSum(c, x, y, k, k);
    }

    /**
     * As {@link #weightedSum(CodeEmitter, int, int, int)} over j = 1..to: expm1, and with {@code to = k − 1}
     * the log-type sums Σ (j·c_j)·x_{k−j} of log, the inverse functions and atan2.
     */
    private static void weightedSum(CodeEmitter c, int x, int y, int k, int to) {
        c.op(DCONST_0);
        for (int j = 1; j <= to; j++) {
            c.doubleConstant(j);
            c.coefficient(x, j);
            c.op(DMUL); // j·x_j
            c.coefficient(y, k - j);
            c.op(DMUL);
            c.op(DADD);
        }
    }

    /** asin, acos, asinh, acosh, atanh at order k ≥ 1, as {@code DoubleElementaryKernels}. */
    private static void inverse(CodeEmitter c, TapeOp op, int k) {
        int a = op.a();
        int o = op.out();
        int r = op.aux1();
        TapeOpKind kind = op.kind();
        c.target(o, k);
        c.coefficient(a, k);
        logSum(c, r, o, k);
        if (kind == TapeOpKind.ACOS) { // −(a_k + L) / r_0
            c.op(DADD);
            c.op(DNEG);
        } else {
            c.op(DSUB);
        }
        c.coefficient(r, 0);
        c.op(DDIV);
        c.op(DASTORE);
        c.target(r, k);
        square(c, a, k); // (a²)_k
        if (kind == TapeOpKind.ATANH) { // r = 1 − a²: r_k = −(a²)_k
            c.op(DNEG);
            return;
        }
        if (kind == TapeOpKind.ASIN || kind == TapeOpKind.ACOS) { // r = √(1 − a²): (−(a²)_k − Σ r_j r_{k−j}) / (2 r_0)
            c.op(DNEG);
        }
        innerSquare(c, r, k);
        c.op(DSUB);
        c.doubleConstant(2.0);
        c.coefficient(r, 0);
        c.op(DMUL);
        c.op(DDIV);
    }

    /** erf at order k ≥ 1: q_k = (a²)_k, c_k = Σ (j·a_j)·e_{k−j} / k, e_k = −Σ (j·q_j)·e_{k−j} / k. */
    private static void erf(CodeEmitter c, TapeOp op, int k) {
        int a = op.a();
        int o = op.out();
        int e = op.aux1();
        int q = op.aux2();
        c.target(q, k);
        square(c, a, k);
        c.op(DASTORE);
        c.target(o, k);
        weightedSum(c, a, e, k);
        c.doubleConstant(k);
        c.op(DDIV);
        c.op(DASTORE);
        c.target(e, k);
        weightedSum(c, q, e, k);
        c.op(DNEG);
        c.doubleConstant(k);
        c.op(DDIV);
    }

    /**
     * atan2(y, x) with r = x² + y² (aux1): c_0 = atan2(y_0, x_0), r_0 = x_0² + y_0²; for k ≥ 1
     * c_k = (Σ_{j=1..k} j·(x_{k−j} y_j − y_{k−j} x_j) − Σ_{j=1..k−1} (j·c_j)·r_{k−j}) / (k·r_0),
     * r_k = (x²)_k + (y²)_k, all summed from +0 in turn.
     */
    private static void atan2(CodeEmitter c, TapeOp op, int k) {
        int y = op.a();
        int x = op.b();
        int o = op.out();
        int r = op.aux1();
        c.target(o, k);
        if (k == 0) {
            c.coefficient(y, 0);
            c.coefficient(x, 0);
            c.call("java/lang/Math", "atan2", "(DD)D");
            c.op(DASTORE);
            c.target(r, 0);
            c.coefficient(x, 0);
            c.coefficient(x, 0);
            c.op(DMUL);
            c.coefficient(y, 0);
            c.coefficient(y, 0);
            c.op(DMUL);
            c.op(DADD);
            return;
        }
        c.op(DCONST_0);
        for (int j = 1; j <= k; j++) {
            c.doubleConstant(j);
            product(c, x, k - j, y, j);
            product(c, y, k - j, x, j);
            c.op(DSUB);
            c.op(DMUL);
            c.op(DADD);
        }
        weightedSum(c, o, r, k, k - 1); // Σ_{j<k} (j·c_j)·r_{k−j}
        c.op(DSUB);
        c.doubleConstant(k);
        c.coefficient(r, 0);
        c.op(DMUL);
        c.op(DDIV);
        c.op(DASTORE);
        c.target(r, k);
        square(c, x, k);
        square(c, y, k);
        c.op(DADD);
    }

    /** Pushes {@code DoubleKernels.squareCoefficient}: (x²)_k by the symmetric sum. */
    private static void square(CodeEmitter c, int x, int k) {
        cauchySum(c, x, 0, x, k, (k + 1) / 2);
        doubledPlusMiddle(c, x, k);
    }

    /**
     * Pushes {@code DoubleKernels.innerSquareCoefficient} (k ≥ 1): Σ_{j=1..k−1} x_j x_{k−j} by the
     * symmetric sum, the part of (x²)_k without x_k (square-root recurrences).
     */
    private static void innerSquare(CodeEmitter c, int x, int k) {
        cauchySum(c, x, 1, x, k - 1, (k + 1) / 2 - 1);
        doubledPlusMiddle(c, x, k);
    }

    /**
     * Pushes {@code DoubleKernels.logSum}: (Σ_{j=1..k−1} (j·c_j)·x_{k−j}) / k, summed from +0 in turn
     * (c the output slot, x the slot it is convolved with).
     */
    private static void logSum(CodeEmitter c, int x, int out, int k) {
        weightedSum(c, out, x, k, k - 1);
        c.doubleConstant(k);
        c.op(DDIV);
    }

    /** s on the stack → (s + s) + x_{k/2}² for even k, s + s for odd k (the symmetric sums' end). */
    private static void doubledPlusMiddle(CodeEmitter c, int x, int k) {
        c.op(DUP2);
        c.op(DADD);
        if ((k & 1) == 0) {
            c.coefficient(x, k / 2);
            c.op(DUP2);
            c.op(DMUL);
            c.op(DADD);
        }
    }
}
