package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.ClassReader;
import org.taylorkit.ode.OdeSystem;

/**
 * The layout of the generated class, read back from its bytes by the structure of the class-file
 * format (JVMS §4.1 ClassFile, §4.6 method_info, §4.7.3 Code, §4.7.4 StackMapTable), independently
 * of the writer: version 61 (Java SE 17), frames where there are branches, every method within
 * its size limit, and the sizes the writer counted equal to the sizes written. That the class
 * verifies and computes the interpreter's bits is {@link TapeCompilerTest}'s part.
 */
class TapeClassWriterTest {

    /** One method_info of a class file: its name, code_length and whether its Code has a StackMapTable. */
    private record Method(String name, int codeLength, boolean stackMap) {
    }

    /** The methods of a class file without fields (as the generated class), walked from ClassReader.header. */
    private static List<Method> methods(byte[] bytes) {
        ClassReader r = new ClassReader(bytes);
        char[] buf = new char[r.getMaxStringLength()];
        int p = r.header + 6; // access_flags, this_class, super_class
        p += 2 + 2 * r.readUnsignedShort(p); // interfaces
        assertThat(r.readUnsignedShort(p)).as("fields_count").isZero();
        int count = r.readUnsignedShort(p + 2);
        p += 4;
        List<Method> methods = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            String name = r.readUTF8(p + 2, buf);
            int attributes = r.readUnsignedShort(p + 6);
            p += 8;
            for (int a = 0; a < attributes; a++) {
                if (r.readUTF8(p, buf).equals("Code")) {
                    int q = p + 6; // max_stack, max_locals, code_length, code, exception_table, attributes
                    int codeLength = r.readInt(q + 4);
                    int s = q + 8 + codeLength;
                    s += 2 + 8 * r.readUnsignedShort(s);
                    boolean stackMap = false;
                    for (int i = r.readUnsignedShort(s), t = s + 2; i > 0; i--) {
                        stackMap |= r.readUTF8(t, buf).equals("StackMapTable");
                        t += 6 + r.readInt(t + 2);
                    }
                    methods.add(new Method(name, codeLength, stackMap));
                }
                p += 6 + r.readInt(p + 2);
            }
        }
        return methods;
    }

    private static TaylorTape tape(String which) {
        return which.equals("long") ? TapeCompilerTest.longTape()
                : OdeSystem.parse(TapeCompilerTest.UNROLLED, Set.of("a", "b", "c")).tape();
    }

    /** The class for {@code tape} at {@code maxOrder}, as DoubleTapeRunner compiles it. */
    private static byte[] write(TaylorTape tape, int maxOrder) {
        List<TapeOp> ops = tape.ops();
        int[] base = new int[ops.size()];
        for (int i = 0, c = 0; i < ops.size(); c += ops.get(i).terms().size(), i++) {
            base[i] = c;
        }
        int[] rhs = new int[tape.stateCount()];
        for (int i = 0; i < rhs.length; i++) {
            rhs[i] = tape.rhsSlot(i);
        }
        return new TapeClassWriter(ops, base, maxOrder + 2, rhs).write(maxOrder);
    }

    @ParameterizedTest(name = "{0} tape, maxOrder {1}")
    @CsvSource({"all-kinds, 3", "all-kinds, 19", "all-kinds, 40", "long, 12"})
    void theClassIsVersion61WithFramesAtBranchesAndMethodsWithinTheirLimits(String which, int maxOrder) {
        byte[] bytes = write(tape(which), maxOrder);
        int[] last = TapeCompiler.LAST.get();
        assertThat(new ClassReader(bytes).readUnsignedShort(6)).as("major_version").isEqualTo(61);
        List<Method> methods = methods(bytes);
        int unrolled = 0;
        int generic = 0;
        for (Method m : methods) {
            // the dispatch methods branch (tableswitch) and need frames; the others are straight-line
            boolean dispatch = m.name().equals("run") || m.name().equals("runTo");
            assertThat(m.stackMap()).as("%s has a StackMapTable", m.name()).isEqualTo(dispatch && last[0] > 0);
            // the limits bound the operations; the return is one byte more
            int limit = (m.name().startsWith("f") ? TapeCompiler.FUSED_BYTES : TapeCompiler.CHUNK_BYTES) + 1;
            assertThat(m.codeLength()).as("code_length of %s", m.name()).isLessThanOrEqualTo(limit);
            if (m.name().startsWith("o")) {
                unrolled += m.codeLength();
            } else if (m.name().matches("c\\d+")) {
                generic++;
            }
        }
        // the writer decides the split and the budget on the sizes it counted: exactly those written
        assertThat(unrolled).as("unrolled bytes written").isEqualTo(last[1]);
        assertThat(last[2]).isEqualTo(bytes.length);
        if (which.equals("all-kinds")) { // orders 0..30 of this tape fit the default budget (384 KiB)
            assertThat(last[0]).as("orders unrolled").isBetween(Math.min(maxOrder + 1, 31), maxOrder + 1);
        } else {
            assertThat(generic).as("generic methods of the long tape").isGreaterThanOrEqualTo(2);
        }
    }
}
