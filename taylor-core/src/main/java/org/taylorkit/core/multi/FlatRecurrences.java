package org.taylorkit.core.multi;

/**
 * Division and square root of multivariate series stored flat (one {@code double[]} of homogeneous
 * parts in graded-lex order, see {@link MonomialIndex}), without the per-operation objects of
 * {@link HomogeneousArithmetic}: the hot operations of low-order expansions (Orekit's Kepler and J2
 * accelerations divide and take square roots at every step).
 *
 * <p><b>Same operations, same order.</b> These are the recurrences of
 * {@code GenericKernels.div} and {@code GenericKernels.sqrt} as they run over
 * {@link HomogeneousArithmetic}, performed on the same parts in the same order with the same
 * roundings: a product of parts is accumulated from zero by {@link ProductSchedule#mulAddPart}, a
 * scalar times a part is {@code v·s}, a sum {@code x + y} or difference {@code x − y} element by
 * element, a quotient by the degree-0 part {@code v / s}. So the results are bit-identical to the
 * generic path (tests compare them bit for bit); the formulas remain documented once, in the kernels.
 * Callers check the domain (constant terms) first, as for the generic path.
 *
 * <p>Each call allocates one scratch array of twice the largest part; nothing else. Stateless.
 */
public final class FlatRecurrences {

    private FlatRecurrences() {
    }

    /**
     * {@code c = a / b} to the index's order (first {@code size()} entries of each): {@code c_0 = a_0/b_0},
     * {@code c_k = (a_k − Σ_{j=0..k−1} c_j·b_{k−j}) / b_0} for every degree k ≥ 1. {@code c} must not be
     * {@code a} or {@code b}.
     */
    public static void divide(MonomialIndex index, double[] a, double[] b, double[] c) {
        ProductSchedule schedule = index.schedule();
        int order = index.order();
        double b0 = b[0];
        double c0 = a[0] / b0;
        c[0] = c0;
        double[] t = new double[index.count(order)];
        for (int k = 1; k <= order; k++) {
            int ok = index.offset(k);
            int n = index.count(k);
            // j = 0: the degree-0 quotient times b_k.
            for (int i = 0; i < n; i++) {
                c[ok + i] = a[ok + i] - b[ok + i] * c0;
            }
            for (int j = 1; j < k; j++) {
                java.util.Arrays.fill(t, 0, n, 0.0);
                schedule.mulAddPart(c, index.offset(j), j, b, index.offset(k - j), k - j, t, 0);
                for (int i = 0; i < n; i++) {
                    c[ok + i] = c[ok + i] - t[i];
                }
            }
            for (int i = 0; i < n; i++) {
                c[ok + i] = c[ok + i] / b0;
            }
        }
    }

    /**
     * {@code c = √a} to the index's order: {@code c_0 = √a_0} ({@link Math#sqrt}), and for k ≥ 1
     * {@code c_k = (a_k − (2 Σ_{1≤j<k/2} c_j c_{k−j} + [k even] c_{k/2}²)) / (2 c_0)}. {@code c} must not
     * be {@code a}.
     */
    public static void sqrt(MonomialIndex index, double[] a, double[] c) {
        ProductSchedule schedule = index.schedule();
        int order = index.order();
        double c0 = Math.sqrt(a[0]);
        c[0] = c0;
        double twoC0 = c0 * 2.0;
        int largest = index.count(order);
        double[] scratch = new double[2 * largest];
        for (int k = 1; k <= order; k++) {
            int ok = index.offset(k);
            int n = index.count(k);
            boolean any = false;
            // s accumulates in scratch[0, n), each product in scratch[largest, largest + n).
            for (int j = 1; j < k - j; j++) {
                if (!any) {
                    java.util.Arrays.fill(scratch, 0, n, 0.0);
                    schedule.mulAddPart(c, index.offset(j), j, c, index.offset(k - j), k - j, scratch, 0);
                    any = true;
                } else {
                    java.util.Arrays.fill(scratch, largest, largest + n, 0.0);
                    schedule.mulAddPart(c, index.offset(j), j, c, index.offset(k - j), k - j, scratch, largest);
                    for (int i = 0; i < n; i++) {
                        scratch[i] = scratch[i] + scratch[largest + i];
                    }
                }
            }
            if (any) {
                for (int i = 0; i < n; i++) {
                    scratch[i] = scratch[i] * 2.0;
                }
            }
            if ((k & 1) == 0) {
                int h = k / 2;
                int dest = any ? largest : 0;
                java.util.Arrays.fill(scratch, dest, dest + n, 0.0);
                schedule.mulAddPart(c, index.offset(h), h, c, index.offset(h), h, scratch, dest);
                if (any) {
                    for (int i = 0; i < n; i++) {
                        scratch[i] = scratch[i] + scratch[largest + i];
                    }
                }
                any = true;
            }
            for (int i = 0; i < n; i++) {
                double num = any ? a[ok + i] - scratch[i] : a[ok + i];
                c[ok + i] = num / twoC0;
            }
        }
    }
}
