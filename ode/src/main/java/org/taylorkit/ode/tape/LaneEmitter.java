package org.taylorkit.ode.tape;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.DADD;
import static org.objectweb.asm.Opcodes.DALOAD;
import static org.objectweb.asm.Opcodes.DASTORE;
import static org.objectweb.asm.Opcodes.DCONST_0;
import static org.objectweb.asm.Opcodes.DCONST_1;
import static org.objectweb.asm.Opcodes.DDIV;
import static org.objectweb.asm.Opcodes.DLOAD;
import static org.objectweb.asm.Opcodes.DMUL;
import static org.objectweb.asm.Opcodes.DNEG;
import static org.objectweb.asm.Opcodes.DSUB;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.DUP2;
import static org.objectweb.asm.Opcodes.DUP_X2;
import static org.objectweb.asm.Opcodes.GETSTATIC;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.POP;

import org.objectweb.asm.MethodVisitor;

/**
 * Emits the scalar code of one lane's operation ({@link UnrolledOps}, {@link GenericOps}'s linear
 * combinations) as the same code on {@code jdk.incubator.vector.DoubleVector}s, one lane per
 * member of a {@link LaneGroups lane group}: every double on the operand stack becomes a vector,
 * and each instruction its lane-wise counterpart — a coefficient of a lane-0 slot a vector load of
 * its group's block ({@link SlotLayout}), any other slot's coefficient, a constant or a
 * linear-combination coefficient a broadcast, {@code dadd}/{@code dsub}/{@code dmul}/{@code ddiv}/
 * {@code dneg} the vector's {@code add}/{@code sub}/{@code mul}/{@code div}/{@code neg}, a
 * {@code dastore} a vector store. Each lane therefore performs the scalar program's floating-point
 * operations in its order (no fused multiply-add), so every lane's coefficients are bit for bit
 * those of the scalar code. Instructions without a lane-wise form (calls of {@code Math}
 * functions, kernel calls) throw {@link UnsupportedOperationException}; the writer then emits the
 * group lane by lane in scalar code.
 *
 * <p>The generated class refers to {@code jdk.incubator.vector}, so it is only written when that
 * module is in the boot layer ({@link TapeCompiler}). Package-private; one instance per group and method.
 */
final class LaneEmitter extends CodeEmitter {
    static final String VECTOR = "jdk/incubator/vector/DoubleVector";
    private static final String VECTOR_TYPE = "Ljdk/incubator/vector/DoubleVector;";
    private static final String SPECIES_TYPE = "Ljdk/incubator/vector/VectorSpecies;";
    private static final String BINARY = "(Ljdk/incubator/vector/Vector;)" + VECTOR_TYPE;

    private final LaneGroups groups;
    /** {@code SPECIES_128} or {@code SPECIES_256}. */
    private final String species;

    /**
     * @param mv where the instructions go, or null to measure
     * @param layout the slots' places (with the lane blocks)
     * @param groups the lane groups (a slot at lane 0 of a group is loaded as a vector)
     * @param order the constant order of the method
     * @param width the vector width of the group emitted (2 or 4)
     */
    LaneEmitter(MethodVisitor mv, SlotLayout layout, LaneGroups groups, int order, int width) {
        super(mv, layout, order);
        if (order < 0) {
            throw new IllegalArgumentException("lane code is for a constant order, got " + order);
        }
        this.groups = groups;
        this.species = width == 2 ? "SPECIES_128" : "SPECIES_256";
    }

    private boolean vector(int slot) {
        return groups.groupOf(slot) >= 0 && groups.laneOf(slot) == 0;
    }

    @Override
    void coefficient(int slot, int index) {
        if (vector(slot)) {
            pushSpecies();
            load(ALOAD, 0);
            pushInt(layout.index(slot, index));
            vectorCall(INVOKESTATIC, "fromArray", "(" + SPECIES_TYPE + "[DI)" + VECTOR_TYPE);
        } else {
            pushSpecies();
            load(ALOAD, 0);
            pushInt(layout.index(slot, index));
            super.op(DALOAD);
            broadcast();
        }
    }

    @Override
    void target(int slot, int index) {
        if (!vector(slot)) {
            throw new UnsupportedOperationException("slot " + slot + " is not lane 0 of a group");
        }
        super.target(slot, index);
    }

    @Override
    void doubleConstant(double v) {
        pushSpecies();
        super.doubleConstant(v);
        broadcast();
    }

    @Override
    void linearCoefficient(int index) {
        pushSpecies();
        super.linearCoefficient(index);
        broadcast();
    }

    @Override
    void doubleLocal(int opcode, int index) {
        load(opcode == DLOAD ? ALOAD : ASTORE, index);
    }

    @Override
    void load(int opcode, int index) {
        if (opcode == ASTORE) {
            grow(index < 4 ? 1 : 2);
            if (mv != null) {
                mv.visitVarInsn(ASTORE, index);
            }
            return;
        }
        super.load(opcode, index);
    }

    @Override
    void call(String owner, String name, String type) {
        throw new UnsupportedOperationException("no lane-wise form of " + owner + "." + name);
    }

    @Override
    void op(int opcode) {
        switch (opcode) {
            case DADD: vectorCall(INVOKEVIRTUAL, "add", BINARY); break;
            case DSUB: vectorCall(INVOKEVIRTUAL, "sub", BINARY); break;
            case DMUL: vectorCall(INVOKEVIRTUAL, "mul", BINARY); break;
            case DDIV: vectorCall(INVOKEVIRTUAL, "div", BINARY); break;
            case DNEG: vectorCall(INVOKEVIRTUAL, "neg", "()" + VECTOR_TYPE); break;
            case DUP2: super.op(DUP); break; // a vector is one reference
            case DCONST_0:
            case DCONST_1:
                pushSpecies();
                super.op(opcode);
                broadcast();
                break;
            case DASTORE: // (c, index, v) → v.intoArray(c, index)
                super.op(DUP_X2);
                super.op(POP);
                vectorCall(INVOKEVIRTUAL, "intoArray", "([DI)V");
                break;
            default:
                throw new UnsupportedOperationException("no lane-wise form of opcode " + opcode);
        }
    }

    private void pushSpecies() {
        grow(3);
        if (mv != null) {
            mv.visitFieldInsn(GETSTATIC, VECTOR, species, SPECIES_TYPE);
        }
    }

    /** (species, double) → DoubleVector.broadcast(species, double). */
    private void broadcast() {
        vectorCall(INVOKESTATIC, "broadcast", "(" + SPECIES_TYPE + "D)" + VECTOR_TYPE);
    }

    private void vectorCall(int opcode, String name, String descriptor) {
        grow(3);
        if (mv != null) {
            mv.visitMethodInsn(opcode, VECTOR, name, descriptor, false);
        }
    }
}
