package org.taylorkit.ode.tape;

import org.taylorkit.core.function.Functions;
import static org.objectweb.asm.Opcodes.DADD;
import static org.objectweb.asm.Opcodes.DALOAD;
import static org.objectweb.asm.Opcodes.DASTORE;
import static org.objectweb.asm.Opcodes.DMUL;
import static org.objectweb.asm.Opcodes.DNEG;
import static org.objectweb.asm.Opcodes.DSUB;
import static org.objectweb.asm.Opcodes.I2D;
import static org.objectweb.asm.Opcodes.IADD;

import java.util.List;

/**
 * The code of one tape operation for {@link TapeClassWriter}, in the generic methods (k in local 2)
 * and for the operations {@link UnrolledOps} leaves to kernels: a static call of the operation's
 * {@code DoubleKernels}/{@code DoubleElementaryKernels} kernel on (flat array, slot offset)
 * operands with the offsets as constants, or, for a linear combination, the sum inline. The
 * floating-point operations are the interpreter's, in its order.
 *
 * <p>Package-private; stateless.
 */
final class GenericOps {

    private GenericOps() {
    }

    /**
     * Emits {@code op}: at a fixed order the unrolled code of {@link UnrolledOps} where there is one,
     * otherwise a static kernel call on (array, offset) operands, or a linear combination inline.
     */
    static void emit(CodeEmitter c, TapeOp op, int base) {
        if (c.order >= 0 && c.order <= TapeCompiler.MAX_UNROLLED_ORDER && UnrolledOps.emit(c, op)) {
            return;
        }
        int a = op.a();
        int b = op.b();
        int o = op.out();
        switch (op.kind()) {
            case ADD: binary(c, "add", a, b, o); break;
            case SUB: binary(c, "sub", a, b, o); break;
            case MUL: binary(c, "mul", a, b, o); break;
            case DIV: binary(c, "div", a, b, o); break;
            case NEG: unary(c, TapeCompiler.KERNELS, "neg", a, o); break;
            case SQR: unary(c, TapeCompiler.KERNELS, "sqr", a, o); break;
            case SQRT: unary(c, TapeCompiler.KERNELS, "sqrt", a, o); break;
            case CBRT: unary(c, TapeCompiler.KERNELS, "cbrt", a, o); break;
            case EXP: unary(c, TapeCompiler.KERNELS, "exp", a, o); break;
            case EXPM1: unary(c, TapeCompiler.KERNELS, "expm1", a, o); break;
            case LOG: unary(c, TapeCompiler.KERNELS, "log", a, o); break;
            case LOG1P: unary(c, TapeCompiler.KERNELS, "log1p", a, o); break;
            case ABS:
                c.slot(a);
                c.offset(o);
                c.k();
                c.call(TapeCompiler.SELF, "abs", "([DIII)V");
                break;
            case ADD_SCALAR: scalarOp(c, "addScalar", a, b, o); break;
            case SCALE: scalarOp(c, "scale", a, b, o); break;
            case POW: scalarOp(c, "pow", a, b, o); break;
            case SCALAR_SUB:
                unary(c, TapeCompiler.KERNELS, "neg", a, o);
                scalarOp(c, "addScalar", o, b, o);
                break;
            case DIV_SCALAR:
                c.slot(a);
                c.offset(b);
                c.offset(o);
                c.k();
                c.call(TapeCompiler.SELF, "divScalar", "([DIIII)V");
                break;
            case POW_INT:
                c.slot(a);
                c.pushInt(op.n());
                c.op(I2D);
                c.slot(o);
                c.k();
                c.call(TapeCompiler.KERNELS, "pow", TapeCompiler.SCALAR);
                break;
            case SIN_COS: withAux(c, "sinCos", a, o, op.aux1()); break;
            case SINH_COSH: withAux(c, "sinhCosh", a, o, op.aux1()); break;
            case TAN: withAux(c, "tan", a, o, op.aux1()); break;
            case TANH: withAux(c, "tanh", a, o, op.aux1()); break;
            case ASIN: withAux(c, "asin", a, o, op.aux1()); break;
            case ACOS: withAux(c, "acos", a, o, op.aux1()); break;
            case ATAN: withAux(c, "atan", a, o, op.aux1()); break;
            case ASINH: withAux(c, "asinh", a, o, op.aux1()); break;
            case ACOSH: withAux(c, "acosh", a, o, op.aux1()); break;
            case ATANH: withAux(c, "atanh", a, o, op.aux1()); break;
            case ERF:
                c.slot(a);
                c.slot(o);
                c.slot(op.aux1());
                c.slot(op.aux2());
                c.k();
                c.call(TapeCompiler.ELEMENTARY, "erf", TapeCompiler.A4);
                break;
            case ATAN2:
                c.slot(a);
                c.slot(b);
                c.slot(o);
                c.slot(op.aux1());
                c.k();
                c.call(TapeCompiler.ELEMENTARY, "atan2", TapeCompiler.A4);
                break;
            case LINEAR_COMBINATION:
                linear(c, op, base);
                break;
            case FUNCTION: // any other catalogue function: its own kernel through TapeCompiler.function
                c.pushInt(Functions.indexOf(op.fn()));
                c.slot(a);
                c.offset(o);
                c.offset(op.aux1() >= 0 ? op.aux1() : o);
                c.pushInt(c.stride());
                c.k();
                c.call(TapeCompiler.SELF, "function", "(I[DIIIII)V");
                break;
            default:
                throw new AssertionError(op.kind());
        }
    }

    private static void binary(CodeEmitter c, String name, int a, int b, int o) {
        c.slot(a);
        c.slot(b);
        c.slot(o);
        c.k();
        c.call(TapeCompiler.KERNELS, name, TapeCompiler.A3);
    }

    private static void unary(CodeEmitter c, String owner, String name, int a, int o) {
        c.slot(a);
        c.slot(o);
        c.k();
        c.call(owner, name, TapeCompiler.A2);
    }

    private static void scalarOp(CodeEmitter c, String name, int a, int b, int o) {
        c.slot(a);
        c.coefficient(b, 0);
        c.slot(o);
        c.k();
        c.call(TapeCompiler.KERNELS, name, TapeCompiler.SCALAR);
    }

    private static void withAux(CodeEmitter c, String name, int a, int o, int aux) {
        c.slot(a);
        c.slot(o);
        c.slot(aux);
        c.k();
        c.call(TapeCompiler.ELEMENTARY, name, TapeCompiler.A3);
    }

    /**
     * c[out][k] = ((offset + t_1) + t_2) + … with t_j = lc[base + j]·c[v_j][k]; a term whose
     * coefficient is the literal ±1 is added or subtracted without the multiplication (the same bits).
     */
    private static void linear(CodeEmitter c, TapeOp op, int base) {
        List<TapeOp.Term> terms = op.terms();
        if (c.order >= 0) { // constant indices
            c.target(op.out(), c.order);
        } else {
            c.slot(op.out());
            c.k();
            c.op(IADD);
        }
        for (int j = 0; j < terms.size(); j++) {
            TapeOp.Term term = terms.get(j);
            boolean unit = term.coefficient() < 0; // ±1: ±u exactly, no multiplication
            if (unit) {
                element(c, term.slot());
                if (term.negated() && j == 0) {
                    c.op(DNEG);
                }
            } else {
                c.linearCoefficient(base + j);
                element(c, term.slot());
                c.op(DMUL);
            }
            if (j == 0 && op.a() >= 0 && c.order < 0) {
                c.slot(op.a());
                c.k();
                c.call(TapeCompiler.SELF, "offset", "(D[DII)D");
            } else if (j == 0 && op.a() >= 0 && c.order == 0) { // offset + t_1 at order 0
                c.coefficient(op.a(), 0);
                c.op(DADD); // t_1 + offset: the same bits as offset + t_1
            }
            if (j > 0) {
                c.op(unit && term.negated() ? DSUB : DADD); // acc + (−u) = acc − u exactly
            }
        }
        c.op(DASTORE);
    }

    /** Pushes coefficient k of a slot: a constant index at a fixed order, slot offset + k otherwise. */
    static void element(CodeEmitter c, int slot) {
        if (c.order >= 0) {
            c.coefficient(slot, c.order);
        } else {
            c.slot(slot);
            c.k();
            c.op(IADD);
            c.op(DALOAD);
        }
    }

}
