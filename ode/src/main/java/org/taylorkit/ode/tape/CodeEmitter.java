package org.taylorkit.ode.tape;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.BIPUSH;
import static org.objectweb.asm.Opcodes.DALOAD;
import static org.objectweb.asm.Opcodes.DLOAD;
import static org.objectweb.asm.Opcodes.DSTORE;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.SIPUSH;

import org.objectweb.asm.MethodVisitor;

/**
 * The body of one generated method as {@link GenericOps} and {@link UnrolledOps} emit it: each
 * instruction goes to an ASM {@link MethodVisitor}, and its size in bytes is counted. A
 * {@linkplain #measuring measuring} emitter has no visitor and only counts: {@link TapeClassWriter}
 * measures every operation first, then splits the program into methods of bounded size and emits
 * it for real. The counted sizes are exact, except that an {@code int} constant beyond the
 * {@code short} range counts as {@code ldc_w} (3 bytes; ASM may write the 2-byte {@code ldc}).
 *
 * <p>Locals of the tape methods: 0 = c (the flat coefficient array), 1 = lc (the linear-combination
 * coefficients), and in generic methods 2 = k; in the methods of one order k is the constant
 * {@link #order}. Coefficients are addressed through a {@link SlotLayout} (flat, or with lane blocks);
 * {@link LaneEmitter} overrides the instructions to emit the same program on vectors. Package-private;
 * one instance per method body.
 */
class CodeEmitter {
    /** Where the instructions go, or null: count only. */
    final MethodVisitor mv;
    /** Where each slot's coefficients are (flat: slot i's coefficient j at i·stride + j). */
    final SlotLayout layout;
    /** The order this method is specialised for, or −1 (k in local 2). */
    final int order;
    /** The bytecode size of the instructions emitted so far. */
    private int size;

    CodeEmitter(MethodVisitor mv, SlotLayout layout, int order) {
        this.mv = mv;
        this.layout = layout;
        this.order = order;
    }

    /** The flat storage's stride. */
    int stride() {
        return layout.stride;
    }

    /** An emitter that only counts bytes. */
    static CodeEmitter measuring(SlotLayout layout, int order) {
        return new CodeEmitter(null, layout, order);
    }

    /** The bytecode size of the instructions emitted so far. */
    int size() {
        return size;
    }

    /** An instruction without operands (arithmetic, array access, dup2, returns …). */
    void op(int opcode) {
        size += 1;
        if (mv != null) {
            mv.visitInsn(opcode);
        }
    }

    /** Loads local {@code index} (0–3: the one-byte {@code aload_n}/{@code iload_n} forms). */
    void load(int opcode, int index) {
        assert opcode == ALOAD || opcode == ILOAD;
        size += index < 4 ? 1 : 2;
        if (mv != null) {
            mv.visitVarInsn(opcode, index);
        }
    }

    /** Stores ({@code DSTORE}) or loads ({@code DLOAD}) the double local {@code index} (two slots). */
    void doubleLocal(int opcode, int index) {
        assert opcode == DLOAD || opcode == DSTORE;
        size += index < 4 ? 1 : index < 256 ? 2 : 4;
        if (mv != null) {
            mv.visitVarInsn(opcode, index);
        }
    }

    /** Pushes the int v in the shortest form: iconst, bipush, sipush or an ldc of the constant pool. */
    void pushInt(int v) {
        if (v >= -1 && v <= 5) {
            op(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            intInsn(BIPUSH, v, 2);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            intInsn(SIPUSH, v, 3);
        } else {
            size += 3;
            if (mv != null) {
                mv.visitLdcInsn(v);
            }
        }
    }

    private void intInsn(int opcode, int v, int bytes) {
        size += bytes;
        if (mv != null) {
            mv.visitIntInsn(opcode, v);
        }
    }

    /** Pushes the double constant v (ldc2_w, whatever its value: the same constant the kernels use). */
    void doubleConstant(double v) {
        size += 3;
        if (mv != null) {
            mv.visitLdcInsn(v);
        }
    }

    /** Calls the static method {@code owner.name} of descriptor {@code type}. */
    void call(String owner, String name, String type) {
        size += 3;
        if (mv != null) {
            mv.visitMethodInsn(INVOKESTATIC, owner, name, type, false);
        }
    }

    /** Pushes the flat array c and the offset of slot {@code slot}: an (array, offset) kernel operand. */
    void slot(int slot) {
        load(ALOAD, 0);
        offset(slot);
    }

    /**
     * Pushes the offset of slot {@code slot} (for a kernel's (array, offset) operand, which reads
     * contiguous coefficients).
     *
     * @throws IllegalStateException if the slot lives in a lane block (its coefficients are not
     *     contiguous): the compilation then drops the lanes
     */
    void offset(int slot) {
        if (layout.laned(slot)) {
            throw new IllegalStateException("slot " + slot + " is in a lane block, not contiguous");
        }
        pushInt(slot * layout.stride);
    }

    /** Counts {@code bytes} more of bytecode (instructions a subclass, or a nested emitter, wrote itself). */
    void grow(int bytes) {
        size += bytes;
    }

    /** Pushes the order: the constant {@link #order}, or local 2 in a generic method. */
    void k() {
        if (order < 0) {
            load(ILOAD, 2);
        } else {
            pushInt(order);
        }
    }

    /** Pushes coefficient {@code index} of {@code slot} (a constant index in one array, {@link SlotLayout#index}). */
    void coefficient(int slot, int index) {
        target(slot, index);
        op(DALOAD);
    }

    /** Pushes c and the index of coefficient {@code index} of {@code slot}, ready for a dastore. */
    void target(int slot, int index) {
        load(ALOAD, 0);
        pushInt(layout.index(slot, index));
    }

    /** Pushes lc[index] (a linear combination's coefficient). */
    void linearCoefficient(int index) {
        load(ALOAD, 1);
        pushInt(index);
        op(DALOAD);
    }
}
