package org.taylorkit.ode.tape;

import java.io.IOException;
import org.taylorkit.ode.tape.TapeClassWriter.Code;

/**
 * The per-order code of {@link TapeCompiler}: at a constant order k, the cheap and frequent
 * operations become inline arithmetic with constant indices — sums and differences, the scalar
 * operations, and the Cauchy sums of mul, sqr, div and sqrt fully unrolled — performing exactly the
 * floating-point operations of the {@code DoubleKernels} kernels in the same order (Java does not
 * contract to FMA), so the coefficients are bit-for-bit those of the interpreter. This is what
 * heyoka's LLVM code generation does per order.
 *
 * <p>Package-private; stateless.
 */
final class UnrolledOps {

    private UnrolledOps() {
    }

    /**
     * Emits {@code op} at the constant order {@code c.order} as inline arithmetic — the kernel's
     * floating-point operations in the kernel's order, with constant indices (the Cauchy sums of
     * mul, sqr, div and sqrt fully unrolled) — and returns true, or returns false for the
     * operations that stay kernel calls.
     */
    static boolean emit(Code c, TapeOp op) throws IOException {
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
                c.op(op.kind() == TapeOpKind.ADD ? 0x63 : 0x67); // dadd, dsub
                break;
            case NEG:
            case SCALAR_SUB: // neg, then at order 0 addScalar: o_0 = −a_0 + b_0
                c.target(o, k);
                c.coefficient(a, k);
                c.op(0x77); // dneg
                if (k == 0 && op.kind() == TapeOpKind.SCALAR_SUB) {
                    c.coefficient(b, 0);
                    c.op(0x63); // dadd
                }
                break;
            case ADD_SCALAR: // o_0 = a_0 + b_0, o_k = a_k
                c.target(o, k);
                c.coefficient(a, k);
                if (k == 0) {
                    c.coefficient(b, 0);
                    c.op(0x63); // dadd
                }
                break;
            case SCALE: // o_k = b_0·a_k
                c.target(o, k);
                c.coefficient(b, 0);
                c.coefficient(a, k);
                c.op(0x6b); // dmul
                break;
            case DIV_SCALAR: // o_k = a_k / b_0
                c.target(o, k);
                c.coefficient(a, k);
                c.coefficient(b, 0);
                c.op(0x6f); // ddiv
                break;
            case MUL: // o_k = ((0 + a_0 b_k) + a_1 b_{k−1}) + …
                c.array(a, 3);
                c.array(b, 2);
                c.target(o, k);
                c.op(0x0e); // dconst_0
                for (int j = 0; j <= k; j++) {
                    product(c, 3, j, 2, k - j);
                    c.op(0x63); // dadd
                }
                break;
            case SQR: // 2·Σ_{j<(k+1)/2} a_j a_{k−j} (+ a_{k/2}² for even k)
                c.array(a, 3);
                c.target(o, k);
                symmetricSum(c, 3, 0, k);
                break;
            case DIV: // o_k = (a_k − o_0 b_k − o_1 b_{k−1} − …) / b_0
                c.array(b, 2);
                c.array(o, 3);
                c.load(3);
                c.pushInt(k);
                c.coefficient(a, k);
                for (int j = 0; j < k; j++) {
                    product(c, 3, j, 2, k - j);
                    c.op(0x67); // dsub
                }
                c.element(2, 0);
                c.op(0x6f); // ddiv
                break;
            case SQRT: // o_0 = √a_0; o_k = (a_k − Σ_{j=1..k−1} o_j o_{k−j}) / (2 o_0)
                if (k == 0) {
                    c.target(o, 0);
                    c.coefficient(a, 0);
                    c.call("java/lang/Math", "sqrt", "(D)D");
                    break;
                }
                c.array(o, 3);
                c.load(3);
                c.pushInt(k);
                c.coefficient(a, k);
                symmetricSum(c, 3, 1, k);
                c.op(0x67); // dsub
                c.doubleConstant(2.0);
                c.element(3, 0);
                c.op(0x6b); // dmul
                c.op(0x6f); // ddiv
                break;
            default:
                return false;
        }
        c.op(0x52); // dastore
        return true;
    }

    /** Pushes x[i]·y[j] for arrays in locals x and y. */
    private static void product(Code c, int x, int i, int y, int j) throws IOException {
        c.element(x, i);
        c.element(y, j);
        c.op(0x6b); // dmul
    }

    /**
     * Pushes DoubleKernels' symmetric sum of x_j x_{k−j} over j = from..k−from: s = 0;
     * s += x_j x_{k−j} for from ≤ j &lt; (k+1)/2; s += s; s += x_{k/2}² for even k.
     */
    private static void symmetricSum(Code c, int x, int from, int k) throws IOException {
        c.op(0x0e); // dconst_0
        for (int j = from; j < (k + 1) / 2; j++) {
            product(c, x, j, x, k - j);
            c.op(0x63); // dadd
        }
        c.op(0x5c); // dup2
        c.op(0x63); // dadd
        if ((k & 1) == 0) {
            c.element(x, k / 2);
            c.op(0x5c); // dup2
            c.op(0x6b); // dmul
            c.op(0x63); // dadd
        }
    }
}
