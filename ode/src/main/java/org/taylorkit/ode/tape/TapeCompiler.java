package org.taylorkit.ode.tape;

import org.taylorkit.core.function.Functions;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a tape's operations into JVM bytecode for {@link DoubleTapeRunner}: one hidden class
 * whose {@link Program#run} performs every operation at order k as straight-line code, so the
 * per-operation interpretation (opcode dispatch, slot-index loads) disappears, as with heyoka's LLVM
 * code generation.
 *
 * <p>Two kinds of methods: per order k = 0, 1, … a program specialised to that k ({@link UnrolledOps}:
 * additions, scalar operations and the Cauchy sums of mul, sqr, div, sqrt and every elementary function unrolled with constant
 * indices, the other operations kernel calls with a constant k), and a generic program for any k
 * (for each operation a static call of its {@code DoubleKernels}/{@code DoubleElementaryKernels}
 * kernel with the slot numbers as constants, linear combinations inline). {@code run} selects by a
 * {@code tableswitch} on k: the specialised orders while their total bytecode fits
 * {@link #UNROLL_BUDGET} (and k ≤ {@value #MAX_UNROLLED_ORDER}), the generic program above. The
 * arithmetic is exactly that of the interpreter (the kernels' operations in the kernels' order), so
 * results are bit-for-bit equal.
 *
 * <p>With vector lanes ({@link DoubleTapeRunner#LANES_PROPERTY}) the component triples of a
 * vector-shaped system ({@link LaneGroups}) are stored in lane blocks and computed as
 * {@code jdk.incubator.vector} code ({@link LaneEmitter}, {@link LanePlan}), lane by lane the same
 * operations, so the same bits; every order is then unrolled (or the lanes are dropped).
 *
 * <p>{@link TapeClassWriter} writes the class with ASM (class-file version 61, stack map frames and
 * maximum stack sizes computed by ASM). Generation takes well under a millisecond for small tapes
 * and a few milliseconds for the outer solar system (most of the class is then unrolled code). Long
 * programs are split into methods of at most {@value #CHUNK_BYTES} bytes of bytecode, below
 * HotSpot's limit for compiling a method (8000 bytes). If the class cannot be written or defined,
 * {@link #compile} returns null and the runner interprets.
 *
 * <p>Package-private; thread-safe (the generated classes are stateless).
 */
final class TapeCompiler {

    /** Straight-line code for one order k of a tape. */
    interface Program {
        /**
         * Runs every operation at order k, then sets every state's coefficient k + 1 to
         * f_k · {@link #stateScale stateScale(k)} (at k = maxOrder into the slot's spare cell).
         *
         * @param c the coefficients of all slots in one array (slot i's coefficient j at
         *     i·stride + j, the stride fixed at compilation)
         * @param lc the signed linear-combination coefficients
         * @param k the order
         */
        void run(double[] c, double[] lc, int k);

        /**
         * Runs orders 0..p−1 in turn, as {@link #run} for k = 0, 1, …, p − 1 would, as one sequence of
         * calls (no dispatch per order, which lets the JIT inline the short orders), and returns
         * true; returns false without doing anything if p is above the orders this program unrolls
         * (the caller then loops over {@link #run}).
         */
        boolean runTo(double[] c, double[] lc, int p);
    }

    /**
     * The largest bytecode size of the operations of one generated method (its return adds a byte;
     * an operation larger than this, which no realistic tape has, gets a method of its own).
     */
    static final int CHUNK_BYTES = 6000;

    /**
     * The largest size of a fused method: the code of orders 0..q−1 in one method, which
     * {@code runTo} calls for p = maxOrder and maxOrder − 1 (the orders an integrator uses), so
     * the JIT compiles a whole step of a small system (Lorenz: orders 0–18, about 6 KB) as one unit
     * and forwards values between orders in registers; below HotSpot's 8000-byte limit.
     */
    static final int FUSED_BYTES = 7800;

    /** The highest order with an unrolled program (above it, the generic program with kernel calls runs). */
    static final int MAX_UNROLLED_ORDER = 64;

    /**
     * The budget of unrolled bytecode per tape (system property {@code org.taylorkit.tape.unrollBudget},
     * default 384 KiB): orders 0, 1, … are unrolled while their total size stays within it, the higher
     * orders run the generic program. Defining the class costs about 25–40 ns per byte (verification),
     * and the JIT compiles the unrolled code during the first integrations, so the budget bounds the
     * construction and warm-up time: Lorenz and Kepler (6.5 and 13 KB for orders 0–19) and the outer
     * solar system (293 KB; 11 ms to build in a warm JVM, its first integration about 80 ms instead
     * of 58 ms at 128 KiB) are unrolled fully, which made the solar system 15 % faster (3.32 → 2.84 ms).
     */
    static final int UNROLL_BUDGET = Integer.getInteger("org.taylorkit.tape.unrollBudget", 384 * 1024);

    /**
     * The largest bytecode size of the operations of one generated method when the tape has lane
     * groups: vector code must stay small enough per method for C2 to inline every Vector API call
     * (a method of three N-body pairs' vector code lost the inlining and ran 7–18 times slower than
     * one of one pair; see docs/benchmarks.md).
     */
    static final int LANE_CHUNK_BYTES = 3500;

    /**
     * Whether the generated code uses {@code jdk.incubator.vector} lanes ({@link LaneGroups}): the
     * system property {@value DoubleTapeRunner#LANES_PROPERTY} is {@code true}, the module is in the
     * boot layer (the JVM was started with {@code --add-modules jdk.incubator.vector}), and the
     * preferred vector shape holds four doubles (256 bits; narrower hardware would emulate the vectors
     * slowly). Opt-in because of the JIT warm-up: Vector API code runs its allocating Java fallback
     * until C2 has compiled it, which for the outer solar system took 12–16 s of expansions on the
     * reference machine (the scalar program: about 5 s, and fast from the first C1 compilation); see
     * docs/benchmarks.md.
     */
    static final boolean LANES = Boolean.getBoolean(DoubleTapeRunner.LANES_PROPERTY) && vectorHardware();

    /** Diagnostics of the last compilation on this thread: {orders unrolled, unrolled bytes, class bytes, groups of operations written as vector code}. */
    static final ThreadLocal<int[]> LAST = ThreadLocal.withInitial(() -> new int[4]);

    /**
     * Whether lane code can run here: {@code jdk.incubator.vector} is in the boot layer and the
     * preferred vector shape has at least 256 bits.
     */
    static boolean vectorHardware() {
        return VectorHardware.PRESENT;
    }

    /** {@link #vectorHardware()}, found once and only when first asked (a module lookup and reflection). */
    private static final class VectorHardware {
        static final boolean PRESENT = find();

        private VectorHardware() {
        }
    }

    private static boolean find() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            Class<?> shape = Class.forName("jdk.incubator.vector.VectorShape");
            Object preferred = shape.getMethod("preferredShape").invoke(null);
            return (int) shape.getMethod("vectorBitSize").invoke(preferred) >= 256;
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    static final String KERNELS = "org/taylorkit/core/kernels/DoubleKernels";
    static final String ELEMENTARY = "org/taylorkit/core/kernels/DoubleElementaryKernels";
    static final String SELF = "org/taylorkit/ode/tape/TapeCompiler";
    /** Descriptors of the offset kernels: (array, offset) per series operand, then k. */
    static final String A3 = "([DI[DI[DII)V";
    static final String A2 = "([DI[DII)V";
    static final String A4 = "([DI[DI[DI[DII)V";
    static final String SCALAR = "([DID[DII)V";

    private TapeCompiler() {
    }

    /**
     * The factor of the state update x_{k+1} = f_k · fl(1/(k + 1)) after order k: 1.0 / (k + 1)
     * rounded to the nearest double (exact when k + 1 is a power of two). The generated code (as a
     * constant, or computed by the same division in its generic program) and the interpreter both
     * multiply by this value.
     */
    static double stateScale(int k) {
        return 1.0 / (k + 1);
    }

    /** out_0 = |a_0|, out_k = sign(a_0)·a_k (the ABS operation on flat storage, called by generated code). */
    static void abs(double[] c, int a, int o, int k) {
        c[o + k] = k == 0 ? Math.abs(c[a]) : (c[a] < 0 ? -c[a + k] : c[a + k]);
    }

    /**
     * Coefficient k of a {@link TapeOpKind#FUNCTION} operation (called by generated code): the
     * catalogue function number {@code index} by its own double kernel, auxiliary series from
     * {@code wo} every {@code stride} cells.
     */
    static void function(int index, double[] c, int a, int o, int wo, int stride, int k) {
        Functions.all().get(index).kernel(c, a, c, o, c, wo, stride, k);
    }

    /** acc plus the scalar c[offset] at order 0 (a linear combination's offset, called by generated code). */
    static double offset(double acc, double[] c, int offset, int k) {
        return k == 0 ? c[offset] + acc : acc;
    }

    /** out_k = a_k / s_0 (DIV_SCALAR on flat storage, called by generated code). */
    static void divScalar(double[] c, int a, int s, int o, int k) {
        c[o + k] = c[a + k] / c[s];
    }

    /**
     * The compiled program of {@code ops}, or null if the class cannot be defined (the caller then
     * interprets).
     *
     * @param ops the operations
     * @param coefficientBase per operation, the index of its first linear-combination coefficient
     * @param maxOrder the highest order the program will be run at; slot i's coefficients start at
     *     i·(maxOrder + 2) in the flat array (coefficients 0..maxOrder and a spare cell)
     * @param rhs per state i (slot i), the slot of its right-hand side: after the operations of
     *     order k the program sets x_{k+1} = f_k · stateScale(k)
     * @param part the operations and states expanded only to a lower order q, or null: at the orders
     *     k ≥ q the program leaves out the secondary operations and the secondary states' updates
     * @param slotCount the tape's number of slots
     * @param outputs the slots the caller reads besides the states (the extra outputs): they keep the
     *     flat layout
     * @param lanes whether to store and compute {@link LaneGroups lane groups} in vector lanes (only
     *     without a secondary part, and where {@link #vectorHardware()})
     * @return the program and the number of doubles its coefficient array needs (more than
     *     slotCount·(maxOrder + 2) when lane blocks follow the flat slots), or null if the class cannot
     *     be defined
     */
    static Compiled compile(List<TapeOp> ops, int[] coefficientBase, int maxOrder, int[] rhs, SecondaryPart part,
            int slotCount, int[] outputs, boolean lanes) {
        boolean useLanes = lanes && part == null && vectorHardware();
        ProgramKey key = new ProgramKey(List.copyOf(ops), Arrays.toString(coefficientBase), maxOrder, Arrays.toString(rhs),
                part, slotCount, Arrays.toString(outputs), useLanes);
        synchronized (CACHE) {
            Compiled cached = CACHE.get(key);
            if (cached != null) {
                System.arraycopy(cached.layout(), 0, LAST.get(), 0, cached.layout().length);
                return cached;
            }
        }
        Compiled compiled = define(ops, coefficientBase, maxOrder, rhs, part, slotCount, outputs, useLanes);
        if (compiled != null) {
            synchronized (CACHE) {
                CACHE.put(key, compiled);
            }
        }
        return compiled;
    }

    /**
     * The identity of a generated program: the same operations, coefficient layout, order,
     * right-hand sides and secondary part (with its q) give the same class. Programs hold no state (every call passes the arrays),
     * so one instance serves every runner of the same tape on every thread — the class is defined
     * and JIT-compiled once, not once per integrator (ensembles build one integrator per worker).
     */
    private record ProgramKey(List<TapeOp> ops, String coefficientBase, int maxOrder, String rhs, SecondaryPart part,
            int slotCount, String outputs, boolean lanes) {
    }

    /**
     * A compiled program, where it keeps each slot's coefficients (the coefficient array it runs on
     * has {@code slots.cells()} doubles), and its layout figures ({@link #LAST} as its compilation
     * left them).
     */
    record Compiled(Program program, SlotLayout slots, int[] layout) {
    }

    /** Recently compiled programs, least recently used dropped beyond {@value #CACHE_SIZE}. */
    private static final int CACHE_SIZE = 64;
    private static final Map<ProgramKey, Compiled> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<ProgramKey, Compiled> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * Defines the program: with lane groups if {@code lanes} and the tape has some (falling back to
     * the flat program if they cannot be compiled), else flat; null if no class can be defined.
     */
    private static Compiled define(List<TapeOp> ops, int[] coefficientBase, int maxOrder, int[] rhs, SecondaryPart part,
            int slotCount, int[] outputs, boolean lanes) {
        if (lanes) {
            Set<Integer> flat = new HashSet<>();
            for (int s : outputs) {
                flat.add(s);
            }
            LaneGroups groups = LaneGroups.of(ops, rhs.length, rhs, slotCount, flat);
            if (!groups.isEmpty()) {
                Compiled vector = define(new TapeClassWriter(ops, coefficientBase, maxOrder + 2, rhs, null, slotCount, groups),
                        maxOrder);
                if (vector != null) {
                    return vector;
                }
            }
        }
        return define(new TapeClassWriter(ops, coefficientBase, maxOrder + 2, rhs, part, slotCount, null), maxOrder);
    }

    private static Compiled define(TapeClassWriter writer, int maxOrder) {
        try {
            byte[] bytes = writer.write(maxOrder);
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
            Program program = (Program) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
            return new Compiled(program, writer.slots(), LAST.get().clone());
        } catch (Throwable e) { // LinkageError, ASM's MethodTooLargeException, lanes that cannot be laid out, …
            if (e instanceof VirtualMachineError) {
                throw (VirtualMachineError) e;
            }
            return null;
        }
    }
}
