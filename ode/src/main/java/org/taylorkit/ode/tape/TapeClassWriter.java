package org.taylorkit.ode.tape;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal class-file writer for {@link TapeCompiler}'s generated program: the constant pool, the
 * per-order and generic methods (split at {@link TapeCompiler#TapeCompiler.CHUNK_BYTES}), the {@code run} switch with
 * its stack map frames, and the class file itself. Package-private; one instance per compilation.
 */
final class TapeClassWriter {
    private static final String NAME = "org/taylorkit/ode/tape/TapeProgram";
    private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
    private final DataOutputStream cp = new DataOutputStream(pool);
    private final Map<String, Integer> entries = new HashMap<>();
    private int count = 1;
    /** The flat storage's stride: slot i's coefficient j is at i·stride + j. */
    private final int stride;
    /** Per state i (slot i), the slot of its right-hand side f_i. */
    private final int[] rhs;

    TapeClassWriter(int stride, int[] rhs) {
        this.stride = stride;
        this.rhs = rhs.clone();
    }

    private int entry(String key, int tag, Writer w) throws IOException {
        Integer i = entries.get(key);
        if (i != null) {
            return i;
        }
        cp.writeByte(tag);
        w.write();
        int index = count;
        count += tag == 6 ? 2 : 1; // a double takes two constant-pool entries
        entries.put(key, index);
        return index;
    }

    private interface Writer {
        void write() throws IOException;
    }

    int utf8(String s) throws IOException {
        return entry("U" + s, 1, () -> cp.writeUTF(s));
    }

    int integer(int v) throws IOException {
        return entry("I" + v, 3, () -> cp.writeInt(v));
    }

    int doubleConstant(double v) throws IOException {
        return entry("D" + Double.doubleToRawLongBits(v), 6, () -> cp.writeDouble(v));
    }

    int classRef(String name) throws IOException {
        int n = utf8(name);
        return entry("C" + name, 7, () -> cp.writeShort(n));
    }

    int nameAndType(String name, String type) throws IOException {
        int n = utf8(name);
        int t = utf8(type);
        return entry("N" + name + ' ' + type, 12, () -> {
            cp.writeShort(n);
            cp.writeShort(t);
        });
    }

    int method(String owner, String name, String type) throws IOException {
        int c = classRef(owner);
        int nt = nameAndType(name, type);
        return entry("M" + owner + '.' + name + type, 10, () -> {
            cp.writeShort(c);
            cp.writeShort(nt);
        });
    }

    /**
     * One method's bytecode. Locals: 0 = c (the flat coefficient array), 1 = lc, and in generic
     * methods 2 = k; in the methods of one order k is the constant {@link #order}.
     */
    final class Code {
        /** The bytecode (a plain buffer: ByteArrayOutputStream's methods are synchronized). */
        private byte[] bytes = new byte[64];
        private int size;
        /** The order this method is specialised for, or −1 (k in local 2). */
        final int order;

        Code(int order) {
            this.order = order;
        }

        void op(int opcode) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, 2 * size);
            }
            bytes[size++] = (byte) opcode;
        }

        void u2(int v) {
            op(v >>> 8);
            op(v);
        }

        void u4(int v) {
            u2(v >>> 16);
            u2(v);
        }

        void pushInt(int v) throws IOException {
            if (v >= -1 && v <= 5) {
                op(0x03 + v); // iconst_m1 … iconst_5
            } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                op(0x10); // bipush
                op(v);
            } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                op(0x11); // sipush
                u2(v);
            } else {
                op(0x13); // ldc_w
                u2(integer(v));
            }
        }

        /** Pushes the flat array c and the offset of slot {@code slot}: an (array, offset) kernel operand. */
        void slot(int slot) throws IOException {
            op(0x2a); // aload_0
            pushInt(slot * stride);
        }

        /** Pushes the offset of slot {@code slot}. */
        void offset(int slot) throws IOException {
            pushInt(slot * stride);
        }

        void k() throws IOException {
            if (order < 0) {
                op(0x1c); // iload_2
            } else {
                pushInt(order);
            }
        }

        /** Pushes c[slot·stride + index] (a constant index in one array). */
        void coefficient(int slot, int index) throws IOException {
            op(0x2a); // aload_0
            pushInt(slot * stride + index);
            op(0x31); // daload
        }

        /** Pushes c and the index of c[slot·stride + index], ready for a dastore. */
        void target(int slot, int index) throws IOException {
            op(0x2a); // aload_0
            pushInt(slot * stride + index);
        }

        /** Pushes the double constant v (ldc2_w). */
        void doubleConstant(double v) throws IOException {
            op(0x14); // ldc2_w
            u2(TapeClassWriter.this.doubleConstant(v));
        }

        /** Appends other's code without its final instruction (its return). */
        void appendWithoutReturn(Code other) {
            append(other);
            size--;
        }

        void append(Code other) {
            if (size + other.size > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + other.size));
            }
            System.arraycopy(other.bytes, 0, bytes, size, other.size);
            size += other.size;
        }

        /** Pushes c[slot·stride] (a constant slot's value). */
        void scalar(int slot) throws IOException {
            coefficient(slot, 0);
        }

        void call(String owner, String name, String type) throws IOException {
            op(0xb8); // invokestatic
            u2(method(owner, name, type));
        }

        int size() {
            return size;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /**
     * The state update after the operations of order k: x_{k+1} = f_k / (k + 1) for every state, one
     * rounding, as in the interpreter (the top cell of each slot is a spare, so k = maxOrder needs no
     * test). At a fixed order the divisor is a constant. Multiplying by fl(1/(k + 1)) instead was
     * tried: its fixed rounding of 1/(k + 1) biases every step the same way, and the Kepler energy
     * error over 1000 orbits grew from 3e-14 to 1e-13.
     */
    private void update(Code c) throws IOException {
        for (int i = 0; i < rhs.length; i++) {
            if (c.order >= 0) {
                c.target(i, c.order + 1);
                c.coefficient(rhs[i], c.order);
                c.doubleConstant(c.order + 1);
            } else {
                c.op(0x2a); // aload_0
                c.offset(i);
                c.k();
                c.op(0x60); // iadd
                c.op(0x04); // iconst_1
                c.op(0x60); // iadd
                GenericOps.element(c, rhs[i]);
                c.k();
                c.op(0x04); // iconst_1
                c.op(0x60); // iadd
                c.op(0x87); // i2d
            }
            c.op(0x6f); // ddiv
            c.op(0x52); // dastore
        }
    }

    /** The operations as methods of at most {@link TapeCompiler#CHUNK_BYTES} bytes, for one order or generic (−1). */
    private List<Code> chunks(List<TapeOp> ops, int[] coefficientBase, int order) throws IOException {
        List<Code> chunks = new ArrayList<>();
        Code current = new Code(order);
        for (int i = 0; i <= ops.size(); i++) {
            Code piece = new Code(order);
            if (i < ops.size()) {
                GenericOps.emit(piece, ops.get(i), coefficientBase[i]);
            } else {
                update(piece);
            }
            if (current.size() > 0 && current.size() + piece.size() > TapeCompiler.CHUNK_BYTES) {
                chunks.add(current);
                current = new Code(order);
            }
            current.append(piece);
        }
        chunks.add(current);
        for (Code chunk : chunks) {
            chunk.op(0xb1); // return
        }
        return chunks;
    }

    /**
     * A method body {@code iload_3; tableswitch} over cases 0..n−1 with the given bodies (each
     * ending in a return) and a default body, laid out in that order; writes a {@code same_frame}
     * stack map entry (locals as on entry, empty stack) per target into {@code frames}.
     */
    private Code tableswitch(List<Code> cases, Code fallback, ByteArrayOutputStream frames) {
        int n = cases.size();
        int pad = 2; // the tableswitch opcode is at 1; its operands start at the next multiple of 4
        int target = 2 + pad + 12 + 4 * n;
        int[] targets = new int[n + 1];
        for (int k = 0; k < n; k++) {
            targets[k] = target;
            target += cases.get(k).size();
        }
        targets[n] = target;
        Code m = new Code(-1);
        m.op(0x1d); // iload_3
        m.op(0xaa); // tableswitch
        m.u2(0);
        m.u4(targets[n] - 1);
        m.u4(0);
        m.u4(n - 1);
        for (int k = 0; k < n; k++) {
            m.u4(targets[k] - 1);
        }
        for (Code body : cases) {
            m.append(body);
        }
        m.append(fallback);
        int previous = -1;
        for (int t : targets) {
            int delta = t - previous - 1;
            if (delta < 64) {
                frames.write(delta);
            } else {
                frames.write(251);
                frames.write(delta >>> 8);
                frames.write(delta);
            }
            previous = t;
        }
        return m;
    }

    /** The code size of one order's chunks without their returns. */
    private static int bytes(List<Code> order) {
        int n = 0;
        for (Code chunk : order) {
            n += chunk.size() - 1;
        }
        return n;
    }

    /** Appends calls of the chunks {@code prefix + i} and a return to {@code run}. */
    private void calls(Code run, String prefix, int count, String type, boolean withK) throws IOException {
        for (int i = 0; i < count; i++) {
            run.op(0x2b); // aload_1
            run.op(0x2c); // aload_2
            if (withK) {
                run.op(0x1d); // iload_3
            }
            run.call(NAME, prefix + i, type);
        }
        run.op(0xb1); // return
    }

    byte[] write(List<TapeOp> ops, int[] coefficientBase, int maxOrder) throws IOException {
        String name = NAME;
        int thisClass = classRef(name);
        int object = classRef("java/lang/Object");
        int program = classRef("org/taylorkit/ode/tape/TapeCompiler$Program");
        int objectInit = method("java/lang/Object", "<init>", "()V");
        String chunkType = "([D[DI)V";
        String orderType = "([D[D)V";
        List<Code> chunks = chunks(ops, coefficientBase, -1);
        List<List<Code>> orders = new ArrayList<>(); // the unrolled programs of orders 0, 1, …
        int unrolledBytes = 0;
        for (int k = 0; k <= Math.min(maxOrder, TapeCompiler.MAX_UNROLLED_ORDER); k++) {
            List<Code> order = chunks(ops, coefficientBase, k);
            for (Code chunk : order) {
                unrolledBytes += chunk.size();
            }
            if (unrolledBytes > TapeCompiler.UNROLL_BUDGET) {
                break;
            }
            orders.add(order);
        }
        Code run;
        Code runTo;
        Map<Integer, Code> fused = new HashMap<>();
        Map<Integer, Integer> fusedOrders = new HashMap<>();
        byte[] runFrames = new byte[0];
        byte[] runToFrames = new byte[0];
        int runFrameCount = 0;
        int runToFrameCount = 0;
        if (orders.isEmpty()) {
            run = new Code(-1);
            calls(run, "c", chunks.size(), chunkType, true);
            runTo = new Code(-1);
            runTo.op(0x03); // iconst_0: not handled, the runner loops over run
            runTo.op(0xac); // ireturn
        } else {
            // run: iload_3; tableswitch k: case k → the order-k methods; default → the generic ones
            List<Code> cases = new ArrayList<>();
            for (int k = 0; k < orders.size(); k++) {
                Code body = new Code(-1);
                calls(body, "o" + k + "_", orders.get(k).size(), orderType, false);
                cases.add(body);
            }
            Code generic = new Code(-1);
            calls(generic, "c", chunks.size(), chunkType, true);
            ByteArrayOutputStream frames = new ByteArrayOutputStream();
            run = tableswitch(cases, generic, frames);
            runFrames = frames.toByteArray();
            runFrameCount = cases.size() + 1;
            // runTo: iload_3; tableswitch p: case p → the methods of orders 0..p−1 in turn, true;
            // default (p above the unrolled orders, or the switch too long) → false
            // fused(p), for p = maxOrder and maxOrder − 1 (the orders an integrator uses most): the
            // code of orders 0..q−1 in one method, q ≤ p as large as fits FUSED_BYTES (q ≥ 2)
            for (int p = Math.min(maxOrder, orders.size()); p >= Math.max(2, maxOrder - 1); p--) {
                Code f = new Code(-1);
                int q = 0;
                while (q < p && f.size() + bytes(orders.get(q)) <= TapeCompiler.FUSED_BYTES) {
                    for (Code chunk : orders.get(q)) {
                        f.appendWithoutReturn(chunk);
                    }
                    q++;
                }
                if (q >= 2) {
                    f.op(0xb1); // return
                    fused.put(p, f);
                    fusedOrders.put(p, q);
                }
            }
            List<Code> prefixes = new ArrayList<>();
            int bytes = 0;
            for (int p = 0; p <= orders.size(); p++) {
                Code body = new Code(-1);
                int from = 0;
                if (fused.containsKey(p)) {
                    body.op(0x2b); // aload_1
                    body.op(0x2c); // aload_2
                    body.call(NAME, "f" + p, orderType);
                    from = fusedOrders.get(p);
                }
                for (int k = from; k < p; k++) {
                    for (int i = 0; i < orders.get(k).size(); i++) {
                        body.op(0x2b); // aload_1
                        body.op(0x2c); // aload_2
                        body.call(NAME, "o" + k + "_" + i, orderType);
                    }
                }
                body.op(0x04); // iconst_1
                body.op(0xac); // ireturn
                bytes += body.size() + 4;
                if (bytes > TapeCompiler.CHUNK_BYTES) {
                    break;
                }
                prefixes.add(body);
            }
            Code unhandled = new Code(-1);
            unhandled.op(0x03); // iconst_0
            unhandled.op(0xac); // ireturn
            frames = new ByteArrayOutputStream();
            runTo = tableswitch(prefixes, unhandled, frames);
            runToFrames = frames.toByteArray();
            runToFrameCount = prefixes.size() + 1;
        }
        Code init = new Code(-1);
        init.op(0x2a); // aload_0
        init.op(0xb7); // invokespecial
        init.u2(objectInit);
        init.op(0xb1);
        List<int[]> methods = new ArrayList<>(); // {access, name, descriptor, maxStack, maxLocals}
        List<Code> bodies = new ArrayList<>();
        methods.add(new int[] {0x0001, utf8("<init>"), utf8("()V"), 1, 1});
        bodies.add(init);
        methods.add(new int[] {0x0001, utf8("run"), utf8(chunkType), 3, 4});
        bodies.add(run);
        methods.add(new int[] {0x0001, utf8("runTo"), utf8("([D[DI)Z"), 2, 4});
        bodies.add(runTo);
        for (int i = 0; i < chunks.size(); i++) {
            methods.add(new int[] {0x000a, utf8("c" + i), utf8(chunkType), 16, 3}); // private static
            bodies.add(chunks.get(i));
        }
        for (int k = 0; k < orders.size(); k++) {
            for (int i = 0; i < orders.get(k).size(); i++) {
                methods.add(new int[] {0x000a, utf8("o" + k + "_" + i), utf8(orderType), 16, 4});
                bodies.add(orders.get(k).get(i));
            }
        }
        for (Map.Entry<Integer, Code> f : fused.entrySet()) {
            methods.add(new int[] {0x000a, utf8("f" + f.getKey()), utf8(orderType), 16, 4});
            bodies.add(f.getValue());
        }
        int stackMapName = runFrameCount > 0 ? utf8("StackMapTable") : 0;
        int[] last = TapeCompiler.LAST.get();
        last[0] = orders.size();
        last[1] = 0;
        for (List<Code> order : orders) {
            for (Code chunk : order) {
                last[1] += chunk.size();
            }
        }
        int codeName = utf8("Code");

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(52);
        out.writeShort(count);
        cp.flush();
        out.write(pool.toByteArray());
        out.writeShort(0x0031); // public final super
        out.writeShort(thisClass);
        out.writeShort(object);
        out.writeShort(1);
        out.writeShort(program);
        out.writeShort(0); // fields
        out.writeShort(methods.size());
        for (int i = 0; i < methods.size(); i++) {
            int[] m = methods.get(i);
            byte[] code = bodies.get(i).toByteArray();
            // the tableswitch targets of run (method 1) and runTo (method 2)
            byte[] frames = i == 1 ? runFrames : i == 2 ? runToFrames : null;
            int frameCount = i == 1 ? runFrameCount : i == 2 ? runToFrameCount : 0;
            boolean withFrames = frameCount > 0;
            int frameBytes = withFrames ? 8 + frames.length : 0;
            out.writeShort(m[0]);
            out.writeShort(m[1]);
            out.writeShort(m[2]);
            out.writeShort(1);
            out.writeShort(codeName);
            out.writeInt(12 + code.length + frameBytes);
            out.writeShort(m[3]);
            out.writeShort(m[4]);
            out.writeInt(code.length);
            out.write(code);
            out.writeShort(0); // exception table
            if (withFrames) {
                out.writeShort(1);
                out.writeShort(stackMapName);
                out.writeInt(2 + frames.length);
                out.writeShort(frameCount);
                out.write(frames);
            } else {
                out.writeShort(0); // attributes
            }
        }
        out.writeShort(0); // class attributes
        out.flush();
        last[2] = file.size();
        return file.toByteArray();
    }
}
