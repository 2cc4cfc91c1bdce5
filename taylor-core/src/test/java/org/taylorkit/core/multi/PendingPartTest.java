package org.taylorkit.core.multi;

import org.taylorkit.core.function.Functions;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.kernels.GenericKernels;
import org.taylorkit.core.testing.Gen;

/** Deferred homogeneous parts give bit-identical results to computing every operation at once. */
class PendingPartTest {

    /**
     * The same arithmetic, but every part it returns is computed before the call returns (the eager
     * behaviour): a proxy that reads each result's coefficients.
     */
    @SuppressWarnings("unchecked")
    private static Arithmetic<HomogeneousPart> eager(HomogeneousArithmetic h) {
        return (Arithmetic<HomogeneousPart>) Proxy.newProxyInstance(Arithmetic.class.getClassLoader(),
                new Class<?>[] {Arithmetic.class}, (proxy, m, args) -> {
                    Object r;
                    try {
                        r = m.invoke(h, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (r instanceof HomogeneousPart p) {
                        p.toArray();
                        assertThat(p.isComputed()).isTrue();
                    }
                    return r;
                });
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void kernelsOverDeferredPartsEqualEagerBitForBit(long seed) {
        Gen g = new Gen(seed);
        int n = g.intBetween(1, 4);
        int order = g.intBetween(1, 8);
        MonomialIndex idx = MonomialIndex.of(n, order);
        HomogeneousArithmetic h = idx.homogeneous();
        Arithmetic<HomogeneousPart> e = eager(h);
        double[] a = g.coefficients(idx.size(), 1.0);
        double[] b = g.coefficients(idx.size(), 1.0);
        a[0] = g.uniform(0.5, 2.0);
        b[0] = g.uniform(0.5, 2.0);
        String what = g + " n=" + n + " N=" + order;
        assertThat(h.join(KernelRunner.apply(h, h.split(a), Functions.EXP)))
                .as("exp %s", what).containsExactly(h.join(KernelRunner.apply(e, h.split(a), Functions.EXP)));
        assertThat(h.join(KernelRunner.apply(h, h.split(a), Functions.LOG)))
                .as("log %s", what).containsExactly(h.join(KernelRunner.apply(e, h.split(a), Functions.LOG)));
        assertThat(h.join(KernelRunner.apply(h, h.split(a), Functions.SQRT)))
                .as("sqrt %s", what).containsExactly(h.join(KernelRunner.apply(e, h.split(a), Functions.SQRT)));
        assertThat(h.join(KernelRunner.binary(h, h.split(a), h.split(b), GenericKernels::div)))
                .as("div %s", what)
                .containsExactly(h.join(KernelRunner.binary(e, h.split(a), h.split(b), GenericKernels::div)));
        assertThat(h.join(KernelRunner.apply(h, h.split(a), Functions.SIN)))
                .as("sin %s", what).containsExactly(h.join(KernelRunner.apply(e, h.split(a), Functions.SIN)));
        assertThat(h.join(KernelRunner.apply(h, h.split(a), Functions.COS)))
                .as("cos %s", what).containsExactly(h.join(KernelRunner.apply(e, h.split(a), Functions.COS)));
    }

    /** A long chain of sums of scaled products (beyond the recipe weight bound) against a plain loop. */
    @Test
    void longChainsEqualAPlainLoop() {
        MonomialIndex idx = MonomialIndex.of(3, 6);
        HomogeneousArithmetic h = idx.homogeneous();
        HomogeneousPart[] p = h.split(new Gen(5).coefficients(idx.size(), 1.0));
        HomogeneousPart s = HomogeneousPart.ZERO;
        double[] ref = new double[idx.count(4)];
        for (int j = 1; j <= 600; j++) {
            HomogeneousPart t = h.divide(h.multiply(h.multiply(p[1 + j % 3], p[3 - j % 3]), j), 7);
            s = j % 2 == 0 ? h.add(s, t) : h.subtract(s, t);
            double[] prod = new double[ref.length];
            idx.schedule().mulAddPart(p[1 + j % 3].toArray(), 0, 1 + j % 3, p[3 - j % 3].toArray(), 0, 3 - j % 3,
                    prod, 0);
            for (int i = 0; i < ref.length; i++) {
                double ti = prod[i] * j / 7;
                ref[i] = j == 1 ? -ti : j % 2 == 0 ? ref[i] + 1.0 * ti : ref[i] + -1.0 * ti;
            }
        }
        assertThat(s.toArray()).containsExactly(ref);
    }

    /** Doubling by {@code x + x} shares subtrees; the weight bound keeps this linear and exact. */
    @Test
    void sharedSubtreesStayCheapAndExact() {
        MonomialIndex idx = MonomialIndex.of(2, 4);
        HomogeneousArithmetic h = idx.homogeneous();
        HomogeneousPart[] p = h.split(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
        HomogeneousPart x = h.negate(p[2]);
        for (int i = 0; i < 200; i++) {
            x = h.add(x, x);
        }
        assertThat(x.toArray()).containsExactly(-4 * Math.pow(2, 200), -5 * Math.pow(2, 200), -6 * Math.pow(2, 200));
    }
}
