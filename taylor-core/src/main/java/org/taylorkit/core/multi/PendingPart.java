package org.taylorkit.core.multi;

import java.util.Arrays;

/**
 * A deferred homogeneous part: the recipe of a part that {@link HomogeneousArithmetic} has not computed
 * yet (a product of two parts, an element-wise scaling of a part, or a sum of two parts), evaluated when
 * its coefficients are first needed ({@link HomogeneousPart#c()}).
 *
 * <p><b>Why.</b> The recurrence kernels build every coefficient as a chain such as
 * {@code s = s + (a_j·c_{k−j})·j}, and an eager arithmetic allocates a new part for every product,
 * scaling and sum of that chain (23× the size of the result for {@code exp} of a 6-variable order-8
 * series). Deferred, the whole chain is evaluated into one output array with one scratch array per
 * nesting level of sums, reused along the chain; the kernels are unchanged.
 *
 * <p><b>Same results.</b> Evaluation performs exactly the floating-point operations of the eager
 * arithmetic, in the same order: a product is accumulated from zero by
 * {@link ProductSchedule#mulAddPart}, completed before it is scaled; a scaling is applied to the
 * completed child; a sum adds the completed right child to the completed left child element by element
 * ({@code x + sign·y}). So deferred and eager results are bit-identical.
 *
 * <p><b>Bounds.</b> A recipe is a tree over parts (shared subtrees are evaluated once per use, since a
 * subtree evaluated into its parent's array is not cached). {@link #weight} counts the nodes with
 * multiplicity; {@link HomogeneousArithmetic} computes a part at once when its recipe's weight exceeds
 * {@link #MAX_WEIGHT} (a computed part then weighs 1 as a child), which bounds both the recursion depth
 * and the re-evaluation of shared subtrees. Immutable; evaluation only writes the caller's arrays.
 */
abstract class PendingPart {

    /** The largest weight (nodes counted with multiplicity) of a deferred recipe. */
    static final int MAX_WEIGHT = 256;

    /** Nodes counted with multiplicity, ≥ 1. */
    final int weight;

    PendingPart(int weight) {
        this.weight = weight;
    }

    /** The weight a part contributes as a child: 1 when it is computed, its recipe's weight otherwise. */
    static int weightOf(HomogeneousPart p) {
        return p.pending == null || p.isComputed() ? 1 : p.pending.weight;
    }

    /** Writes the part's {@code n} coefficients to {@code out[0..n)}; scratch arrays from level {@code level} on. */
    abstract void evaluate(double[] out, int n, Scratch scratch, int level);

    /** Writes the coefficients of {@code p} (size {@code n}) to {@code out[0..n)}. */
    static void evaluate(HomogeneousPart p, double[] out, int n, Scratch scratch, int level) {
        double[] c = p.computed();
        if (c != null) {
            System.arraycopy(c, 0, out, 0, n);
        } else {
            p.pending.evaluate(out, n, scratch, level);
        }
    }

    /** Scratch arrays of one evaluation, one per nesting level of sums, allocated on first use. */
    static final class Scratch {
        private final int n;
        private double[][] levels = new double[2][];

        Scratch(int n) {
            this.n = n;
        }

        double[] at(int level) {
            if (level >= levels.length) {
                levels = Arrays.copyOf(levels, Math.max(level + 1, 2 * levels.length));
            }
            double[] s = levels[level];
            if (s == null) {
                s = new double[n];
                levels[level] = s;
            }
            return s;
        }
    }

    /** The graded product of two computed parts of degrees ≥ 1. */
    static final class Product extends PendingPart {
        private final ProductSchedule schedule;
        private final double[] a;
        private final int da;
        private final double[] b;
        private final int db;

        Product(ProductSchedule schedule, double[] a, int da, double[] b, int db) {
            super(1);
            this.schedule = schedule;
            this.a = a;
            this.da = da;
            this.b = b;
            this.db = db;
        }

        @Override
        void evaluate(double[] out, int n, Scratch scratch, int level) {
            Arrays.fill(out, 0, n, 0.0);
            schedule.mulAddPart(a, 0, da, b, 0, db, out, 0);
        }
    }

    /** Element-wise {@code v·s} ({@link #MUL}), {@code v/s} ({@link #DIV}) or {@code −v} ({@link #NEG}). */
    static final class Map extends PendingPart {
        static final int MUL = 0;
        static final int DIV = 1;
        static final int NEG = 2;

        private final HomogeneousPart x;
        private final int op;
        private final double s;

        Map(HomogeneousPart x, int op, double s) {
            super(1 + weightOf(x));
            this.x = x;
            this.op = op;
            this.s = s;
        }

        @Override
        void evaluate(double[] out, int n, Scratch scratch, int level) {
            PendingPart.evaluate(x, out, n, scratch, level);
            switch (op) {
                case MUL -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = out[i] * s;
                    }
                }
                case DIV -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = out[i] / s;
                    }
                }
                default -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = -out[i];
                    }
                }
            }
        }
    }

    /** Element-wise {@code x + sign·y} of two parts of one degree. */
    static final class Combine extends PendingPart {
        private final HomogeneousPart x;
        private final HomogeneousPart y;
        private final double sign;

        Combine(HomogeneousPart x, HomogeneousPart y, double sign) {
            super(1 + weightOf(x) + weightOf(y));
            this.x = x;
            this.y = y;
            this.sign = sign;
        }

        @Override
        void evaluate(double[] out, int n, Scratch scratch, int level) {
            PendingPart.evaluate(x, out, n, scratch, level);
            double[] t = scratch.at(level);
            PendingPart.evaluate(y, t, n, scratch, level + 1);
            for (int i = 0; i < n; i++) {
                out[i] = out[i] + sign * t[i];
            }
        }
    }
}
