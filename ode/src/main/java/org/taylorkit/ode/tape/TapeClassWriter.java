package org.taylorkit.ode.tape;

import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ATHROW;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.NEW;
import static org.objectweb.asm.Opcodes.DASTORE;
import static org.objectweb.asm.Opcodes.DCONST_1;
import static org.objectweb.asm.Opcodes.DDIV;
import static org.objectweb.asm.Opcodes.DMUL;
import static org.objectweb.asm.Opcodes.I2D;
import static org.objectweb.asm.Opcodes.IADD;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ICONST_1;
import static org.objectweb.asm.Opcodes.IF_ICMPLT;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V17;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Lays out {@link TapeCompiler}'s generated class and writes it with ASM (class-file version 61,
 * stack map frames and maximum stack sizes computed by ASM): the generic program and the programs of orders
 * 0, 1, … split into methods of at most {@link TapeCompiler#CHUNK_BYTES} bytes of operations, the fused methods
 * of the first orders, and the {@code run}/{@code runTo} dispatch by {@code tableswitch}. Every
 * operation is first emitted into a {@linkplain CodeEmitter#measuring measuring} emitter, so the
 * split and the unroll budget are decided on exact sizes before anything is written. With lane groups
 * the programs of the orders are {@link LanePlan}'s (units of grouped operations, methods of at most
 * {@link TapeCompiler#LANE_CHUNK_BYTES}), every order up to the maximum is unrolled, there is no
 * generic program and no fused method.
 *
 * <p>Package-private; one instance per compilation.
 */
final class TapeClassWriter {
    private static final String NAME = "org/taylorkit/ode/tape/TapeProgram";
    private static final String PROGRAM = "org/taylorkit/ode/tape/TapeCompiler$Program";
    /** A generic method: (c, lc, k). */
    private static final String GENERIC_TYPE = "([D[DI)V";
    /** A method of one order: (c, lc). */
    private static final String ORDER_TYPE = "([D[D)V";
    /** The locals of a static method of one order: c and lc; scratch locals start after them. */
    private static final int ORDER_METHOD_LOCALS = 2;

    private final List<TapeOp> ops;
    private final int[] coefficientBase;
    /** Where each slot's coefficients are: flat (slot i's coefficient j at i·stride + j), or with lane blocks. */
    private final SlotLayout layout;
    /** With lane groups, the program of each order ({@link LanePlan}); null: the flat program. */
    private final LanePlan lanes;
    /** Per state i (slot i), the slot of its right-hand side f_i. */
    private final int[] rhs;
    /** The part expanded to a lower order, or null (every operation and state at every order). */
    private final SecondaryPart part;
    /** The secondary operations of {@link #part} (by identity; empty without one). */
    private final Set<TapeOp> secondary = Collections.newSetFromMap(new IdentityHashMap<>());

    TapeClassWriter(List<TapeOp> ops, int[] coefficientBase, int stride, int[] rhs) {
        this(ops, coefficientBase, stride, rhs, null, 0, null);
    }

    /**
     * @param groups the lane groups to store in lane blocks and emit as vector code, or null (the flat
     *     program); only without a secondary part
     * @param slotCount the tape's number of slots (for the lane blocks' place after the flat slots)
     */
    TapeClassWriter(List<TapeOp> ops, int[] coefficientBase, int stride, int[] rhs, SecondaryPart part, int slotCount,
            LaneGroups groups) {
        if (groups != null && part != null) {
            throw new IllegalArgumentException("lane groups with a secondary part");
        }
        this.ops = ops;
        this.coefficientBase = coefficientBase;
        this.rhs = rhs.clone();
        this.layout = groups == null ? SlotLayout.flat(stride, slotCount) : SlotLayout.lanes(stride, slotCount, groups);
        this.lanes = groups == null ? null : new LanePlan(ops, coefficientBase, groups, layout, this.rhs);
        this.quotientGroups = lanes == null ? QuotientGroups.of(ops) : null; // lane programs group by LanePlan
        this.part = part;
        for (int j = 0; part != null && j < ops.size(); j++) {
            if (part.secondaryOps().get(j)) {
                secondary.add(ops.get(j));
            }
        }
    }

    /**
     * Whether code for order {@code order} (−1: the generic program; {@code high}: of the orders at or
     * above the secondary part's q) runs {@code op}: the secondary operations only below q.
     */
    private boolean runs(TapeOp op, boolean high) {
        return !high || !secondary.contains(op);
    }

    /** Whether the program of order k (≥ 0) is one of the orders k ≥ q where the secondary part stops. */
    private boolean high(int k) {
        return part != null && k >= part.order();
    }

    /**
     * Per operation: for the quotient at whose place a group of quotients sharing its denominator is
     * emitted, the group (at least two, in tape order); for the other members, an empty list (emitted
     * with the group); otherwise null. See {@link QuotientGroups#of(List)}.
     */
    private final List<List<TapeOp>> quotientGroups;

    /**
     * One program (generic, or of one order) split into methods: method i holds pieces
     * {@code starts[i]} to {@code starts[i + 1] − 1}, where piece j &lt; ops.size() is operation j
     * and piece ops.size() the state update.
     */
    private record Split(int order, boolean high, int[] starts, int bytes, int bodyBytes) {
        int methods() {
            return starts.length - 1;
        }
    }

    /**
     * Emits piece j of a program: operation j, or for j = ops.size() the state update; {@code high}: of a
     * program for the orders k ≥ q of the secondary part, which leaves its operations and state updates out.
     */
    private void piece(CodeEmitter c, int j, boolean high) {
        if (lanes != null) {
            lanes.piece(c, j);
            return;
        }
        if (j < ops.size()) {
            List<TapeOp> group = quotientGroups.get(j);
            if (group != null && c.order >= 0 && c.order <= TapeCompiler.MAX_UNROLLED_ORDER) {
                List<TapeOp> members = new ArrayList<>(group);
                members.removeIf(op -> !runs(op, high));
                if (!members.isEmpty()) { // quotients sharing a denominator, at the first one's place
                    UnrolledQuotientGroups.quotients(c, members, ORDER_METHOD_LOCALS);
                }
                return;
            }
            if (runs(ops.get(j), high)) {
                GenericOps.emit(c, ops.get(j), coefficientBase[j]);
            }
        } else {
            update(c, high ? part.firstState() : rhs.length);
        }
    }

    /**
     * The state update after the operations of order k: x_{k+1} = f_k · fl(1/(k + 1)) for every state
     * ({@link TapeCompiler#stateScale}; the interpreter multiplies by the same constant, so the
     * coefficients stay bit-for-bit equal). The top cell of each slot is a spare, so k = maxOrder
     * needs no test. At a fixed order the factor is a constant; the generic program computes it as
     * 1.0 / (k + 1), the same double. A multiplication instead of a division: the division's latency
     * (about 13 cycles against 3) lay on the chain from one order to the next, and heyoka's generated
     * code multiplies the same way. Only the first {@code states} states: at the orders k ≥ q of a
     * secondary part its states keep the zero coefficients they were allocated with. The fixed rounding of 1/(k + 1) (exact for k + 1 a power of two)
     * is a relative 2^−53 on each coefficient; over 120 Kepler starting phases it left the energy
     * error after 1000 orbits unchanged (see docs/architecture.md, "State update").
     */
    private void update(CodeEmitter c, int states) {
        for (int i = 0; i < states; i++) {
            if (c.order >= 0) {
                c.target(i, c.order + 1);
                c.coefficient(rhs[i], c.order);
                c.doubleConstant(TapeCompiler.stateScale(c.order));
            } else {
                c.slot(i);
                c.k();
                c.op(IADD);
                c.op(ICONST_1);
                c.op(IADD);
                GenericOps.element(c, rhs[i]);
                c.op(DCONST_1);
                c.k();
                c.op(ICONST_1);
                c.op(IADD);
                c.op(I2D);
                c.op(DDIV);
            }
            c.op(DMUL);
            c.op(DASTORE);
        }
    }

    /**
     * Measures the program of one order (−1: generic; {@code high}: the generic program of the orders
     * k ≥ q of the secondary part) and splits it into methods of at most CHUNK_BYTES of operations.
     */
    private Split split(int order, boolean high) {
        CodeEmitter m = CodeEmitter.measuring(layout, order);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int current = 0;
        int bytes = 0;
        int chunk = lanes != null ? TapeCompiler.LANE_CHUNK_BYTES : TapeCompiler.CHUNK_BYTES;
        for (int j = 0; j < pieces(); j++) {
            int before = m.size();
            piece(m, j, high);
            int size = m.size() - before;
            if (current > 0 && current + size > chunk) {
                starts.add(j);
                bytes += current + 1; // and its return
                current = 0;
            }
            current += size;
        }
        starts.add(pieces());
        bytes += current + 1;
        return new Split(order, high, starts.stream().mapToInt(Integer::intValue).toArray(), bytes, m.size());
    }

    /** The number of pieces of a program: the operations and the state update, or the lane plan's. */
    private int pieces() {
        return lanes != null ? lanes.pieces() : ops.size() + 1;
    }

    /** Writes the methods {@code prefix + i} of a split program. */
    private void writeMethods(ClassWriter cw, Split s, String prefix) {
        for (int i = 0; i < s.methods(); i++) {
            MethodVisitor mv = begin(cw, ACC_PRIVATE | ACC_STATIC, prefix + i, s.order() < 0 ? GENERIC_TYPE : ORDER_TYPE, false);
            CodeEmitter c = new CodeEmitter(mv, layout, s.order());
            for (int j = s.starts()[i]; j < s.starts()[i + 1]; j++) {
                piece(c, j, s.high());
            }
            c.op(RETURN);
            end(mv);
        }
    }

    /** In an instance method (c, lc, k): calls the methods {@code prefix + i} of a split program. */
    private static void calls(CodeEmitter c, Split s, String prefix) {
        for (int i = 0; i < s.methods(); i++) {
            c.load(ALOAD, 1);
            c.load(ALOAD, 2);
            if (s.order() < 0) {
                c.load(ILOAD, 3);
            }
            c.call(NAME, prefix + i, s.order() < 0 ? GENERIC_TYPE : ORDER_TYPE);
        }
    }

    /**
     * The class file: {@code run} (a {@code tableswitch} on k over the unrolled orders, the generic
     * program by default), {@code runTo} (a {@code tableswitch} on p over the prefixes 0..p−1 of the
     * unrolled orders, false by default), and their static methods. Records the diagnostics of
     * {@link TapeCompiler#LAST}.
     */
    byte[] write(int maxOrder) {
        Split generic = lanes != null ? null : split(-1, false); // lane blocks: every order is unrolled
        Split genericHigh = part != null ? split(-1, true) : null;
        List<Split> orders = new ArrayList<>(); // the unrolled programs of orders 0, 1, …
        int unrolledBytes = 0;
        for (int k = 0; k <= Math.min(maxOrder, TapeCompiler.MAX_UNROLLED_ORDER); k++) {
            Split order = split(k, high(k));
            if (unrolledBytes + order.bytes() > TapeCompiler.UNROLL_BUDGET) {
                break;
            }
            unrolledBytes += order.bytes();
            orders.add(order);
        }
        if (lanes != null && orders.size() <= maxOrder) {
            throw new IllegalStateException("lane blocks need every order unrolled: " + orders.size() + " of " + (maxOrder + 1)
                    + " fit");
        }
        int[] fused = lanes != null ? new int[orders.size() + 1] : fusedOrders(orders, maxOrder);

        ClassWriter cw = new FrameComputingWriter();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, NAME, null, "java/lang/Object", new String[] {PROGRAM});
        MethodVisitor init = begin(cw, ACC_PUBLIC, "<init>", "()V", false);
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        end(init);
        writeRun(cw, generic, genericHigh, orders);
        writeRunTo(cw, orders, fused);
        if (generic != null) {
            writeMethods(cw, generic, "c");
        }
        if (genericHigh != null) {
            writeMethods(cw, genericHigh, "g");
        }
        for (Split order : orders) {
            writeMethods(cw, order, "o" + order.order() + "_");
        }
        for (int p = 0; p < fused.length; p++) {
            if (fused[p] > 0) {
                writeFused(cw, p, fused[p]);
            }
        }
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        int[] last = TapeCompiler.LAST.get();
        last[0] = orders.size();
        last[1] = unrolledBytes;
        last[2] = bytes.length;
        last[3] = lanes != null ? lanes.vectorUnits() : 0;
        return bytes;
    }

    /** Where the program keeps each slot's coefficients. */
    SlotLayout slots() {
        return layout;
    }

    /**
     * Per p, the number q of orders fused into method {@code f<p>} (0: none): for p = maxOrder and
     * maxOrder − 1 (the orders an integrator uses most), the code of orders 0..q−1 in one method,
     * q ≤ p as large as fits {@link TapeCompiler#FUSED_BYTES} (q ≥ 2).
     */
    private static int[] fusedOrders(List<Split> orders, int maxOrder) {
        int[] fused = new int[orders.size() + 1];
        for (int p = Math.min(maxOrder, orders.size()); p >= Math.max(2, maxOrder - 1); p--) {
            int q = 0;
            int bytes = 0;
            while (q < p && bytes + orders.get(q).bodyBytes() <= TapeCompiler.FUSED_BYTES) {
                bytes += orders.get(q).bodyBytes();
                q++;
            }
            fused[p] = q >= 2 ? q : 0;
        }
        return fused;
    }

    /** The method {@code f<p>}: the programs of orders 0..q−1 in one straight-line method. */
    private void writeFused(ClassWriter cw, int p, int q) {
        MethodVisitor mv = begin(cw, ACC_PRIVATE | ACC_STATIC, "f" + p, ORDER_TYPE, false);
        for (int k = 0; k < q; k++) {
            CodeEmitter c = new CodeEmitter(mv, layout, k);
            for (int j = 0; j < pieces(); j++) {
                piece(c, j, high(k));
            }
        }
        mv.visitInsn(RETURN);
        end(mv);
    }

    /**
     * run(c, lc, k): the methods of order k if unrolled, else the generic ones (with a secondary part,
     * those of {@code genericHigh} for k ≥ q).
     */
    private void writeRun(ClassWriter cw, Split generic, Split genericHigh, List<Split> orders) {
        MethodVisitor mv = begin(cw, ACC_PUBLIC, "run", GENERIC_TYPE, true);
        CodeEmitter c = new CodeEmitter(mv, layout, -1);
        tableswitch(mv, c, orders.size(), k -> {
            calls(c, orders.get(k), "o" + k + "_");
            c.op(RETURN);
        }, () -> {
            if (generic == null) { // lane blocks: every order up to maxOrder is unrolled
                mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
                mv.visitInsn(DUP);
                mv.visitLdcInsn("order above the orders compiled");
                mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
                mv.visitInsn(ATHROW);
                return;
            }
            if (genericHigh != null) {
                Label low = new Label();
                c.load(ILOAD, 3);
                c.pushInt(part.order());
                mv.visitJumpInsn(IF_ICMPLT, low); // below q: the full generic program
                calls(c, genericHigh, "g");
                c.op(RETURN);
                mv.visitLabel(low);
            }
            calls(c, generic, "c");
            c.op(RETURN);
        });
        end(mv);
    }

    /**
     * runTo(c, lc, p): for p up to the unrolled orders (while the switch stays within CHUNK_BYTES),
     * the fused method of p if any, then the methods of the remaining orders below p, and true;
     * false otherwise (the runner then loops over run).
     */
    private void writeRunTo(ClassWriter cw, List<Split> orders, int[] fused) {
        int prefixes = 0;
        int bytes = 0;
        for (int p = 0; p <= orders.size() && !orders.isEmpty(); p++) { // nothing unrolled: always false
            CodeEmitter m = CodeEmitter.measuring(layout, -1);
            prefix(m, orders, fused, p);
            bytes += m.size() + 4; // and its tableswitch entry
            if (bytes > TapeCompiler.CHUNK_BYTES) {
                break;
            }
            prefixes++;
        }
        MethodVisitor mv = begin(cw, ACC_PUBLIC, "runTo", "([D[DI)Z", true);
        CodeEmitter c = new CodeEmitter(mv, layout, -1);
        tableswitch(mv, c, prefixes, p -> prefix(c, orders, fused, p), () -> {
            c.op(ICONST_0);
            c.op(IRETURN);
        });
        end(mv);
    }

    /** The body of runTo's case p: orders 0..p−1 (fused where there is a fused method of p), true. */
    private static void prefix(CodeEmitter c, List<Split> orders, int[] fused, int p) {
        int from = 0;
        if (p < fused.length && fused[p] > 0) {
            c.load(ALOAD, 1);
            c.load(ALOAD, 2);
            c.call(NAME, "f" + p, ORDER_TYPE);
            from = fused[p];
        }
        for (int k = from; k < p; k++) {
            calls(c, orders.get(k), "o" + k + "_");
        }
        c.op(ICONST_1);
        c.op(IRETURN);
    }

    /** {@code iload_3; tableswitch} over cases 0..n−1 and a default (n = 0: the default alone). */
    private static void tableswitch(MethodVisitor mv, CodeEmitter c, int n, IntConsumer body, Runnable fallback) {
        if (n > 0) {
            Label[] cases = new Label[n];
            for (int i = 0; i < n; i++) {
                cases[i] = new Label();
            }
            Label other = new Label();
            c.load(ILOAD, 3);
            mv.visitTableSwitchInsn(0, n - 1, other, cases);
            for (int i = 0; i < n; i++) {
                mv.visitLabel(cases[i]);
                body.accept(i);
            }
            mv.visitLabel(other);
        }
        fallback.run();
    }

    /**
     * Starts a method. ASM computes the stack map frames of the methods with branches (the
     * dispatch), and only the maximum stack and locals of the straight-line ones, which need no
     * frames (computing frames there doubled the generation time: 1.5 instead of 0.8 ms for the
     * solar system, against 3.5 ms to define the class).
     */
    private static MethodVisitor begin(ClassWriter cw, int access, String name, String descriptor, boolean branches) {
        cw.setFlags(branches ? ClassWriter.COMPUTE_FRAMES : ClassWriter.COMPUTE_MAXS);
        MethodVisitor mv = cw.visitMethod(access, name, descriptor, null, null);
        mv.visitCode();
        return mv;
    }

    private static void end(MethodVisitor mv) {
        mv.visitMaxs(0, 0); // computed by the ClassWriter
        mv.visitEnd();
    }

    /**
     * A class writer for methods whose frames ASM computes. The generated code only ever holds the same
     * reference types at a join (this, c and lc), so ASM never has to merge two classes; were it
     * asked to, it would otherwise load them through its own class loader, which cannot see the
     * hidden class — so this refuses, and the compilation falls back to the interpreter.
     */
    private static final class FrameComputingWriter extends ClassWriter {
        FrameComputingWriter() {
            super(ClassWriter.COMPUTE_FRAMES);
        }

        @Override
        protected String getCommonSuperClass(String type1, String type2) {
            throw new IllegalStateException("generated tape code merges the reference types " + type1 + " and " + type2);
        }
    }
}
