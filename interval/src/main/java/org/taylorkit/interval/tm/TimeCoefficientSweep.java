package org.taylorkit.interval.tm;

/**
 * Cheaper Taylor coefficients in time for a flow whose state is a vector of Taylor models: the
 * coefficient {@code x_k} of order {@code k} will be multiplied by {@code τ^k} with a small step
 * {@code τ}, so its terms of high degree in the deviations weigh little, while its remainder (the
 * truncation and rounding errors of the products that formed it) grows with {@code k}. For each order
 * {@code k ≥ 1}, {@link #atOrder} moves the highest-degree terms of each state's {@code x_k} into its
 * remainder ({@link TaylorModel#truncate}) as long as their size, measured as
 * {@code Σ_{deg α > D} |c_α|·|B_α|}, stays within {@code ratio} times the width of that remainder (so the
 * remainder grows by at most about that factor), all states being cut at the same degree; and it returns
 * {@link TaylorModelSpace#sweepingArithmetic(double)} for the operations of order {@code k}, whose products
 * are cut by the same rule against their own inherent remainder. A product of low-degree operands forms
 * only their pairs: in 7 variables at order 6, 38 760 pairs of total degree ≤ 6, 3 876 of degree ≤ 4,
 * against 112 848 (and the degree-7 monomials one by one) for a full product. Nothing is cut where the
 * remainders are zero (exact polynomials), so the rule adapts to the error the arithmetic makes anyway.
 *
 * <p><b>Rigor.</b> The choice of the degrees is a heuristic (rounded sums); only the truncations are proofs:
 * each moves the range of the removed terms over the box into the remainder with outward rounding, so
 * every coefficient stays a Taylor model of the true Taylor coefficient, whatever the ratio. The ratio
 * only sets how much wider the models get.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeCoefficientSweep {

    /**
     * The ratio the Taylor-model flow uses: a sweep may about double a coefficient's remainder. Measured on
     * LALO20 W = 0.1 (2 pieces, 211 steps either way): the product pairs formed fall to 0.49 of the unswept
     * run's, the final x4 width goes from 0.198 to 0.202; at 0.5, 0.61 and 0.199; at 3 the width is 0.242; a
     * product cut at 4 times its inherent remainder makes the error part outgrow the polynomial part (17
     * pieces). Every ARCH-COMP verdict is the same at 1 (docs/benchmarks.md, "faster Taylor-model arithmetic").
     */
    public static final double FLOW_RATIO = 1;

    /**
     * The smallest space the flow sweeps in: below it products are so cheap that choosing and making the
     * cuts costs more than it saves (Van der Pol μ = 2, 28 coefficients: 1.07–1.29 times the CPU of the
     * unswept run over three interleaved pairs; CVDP μ = 1, 210 coefficients: 0.87–1.08).
     */
    public static final int FLOW_MIN_SIZE = 120;

    private final TaylorModelArithmetic arithmetic;
    private final double ratio;
    private final int minSize;

    /**
     * The sweep with the given ratio over the models of {@code space}.
     *
     * @throws IllegalArgumentException if {@code ratio} is not positive and finite
     */
    public TimeCoefficientSweep(TaylorModelSpace space, double ratio) {
        this(space, ratio, 0);
    }

    /**
     * The sweep with the given ratio, doing nothing in a space of fewer than {@code minSize} coefficients.
     *
     * @throws IllegalArgumentException if {@code ratio} is not positive and finite
     */
    public TimeCoefficientSweep(TaylorModelSpace space, double ratio, int minSize) {
        this.arithmetic = space.sweepingArithmetic(ratio);
        this.ratio = ratio;
        this.minSize = minSize;
    }

    /** The ratio of the removed terms' size to a remainder's width that a sweep allows. */
    public double ratio() {
        return ratio;
    }

    /**
     * For the states' coefficients of order {@code k ≥ 1}: truncates them in place at the lowest common
     * degree that the rule allows (see the class comment) and returns the arithmetic for the operations
     * at order {@code k}; in a space of fewer than {@code minSize} coefficients leaves them and returns
     * {@link TaylorModelSpace#arithmetic()}.
     *
     * @throws IllegalArgumentException if a model belongs to another space
     */
    public TaylorModelArithmetic atOrder(int k, TaylorModel[] states) {
        TaylorModelSpace space = arithmetic.space();
        if (space.size() < minSize) {
            for (TaylorModel x : states) {
                space.same(x, "TimeCoefficientSweep");
            }
            return space.arithmetic();
        }
        int order = space.order();
        int degree = 0;
        for (int i = 0; i < states.length && degree < order; i++) {
            TaylorModel x = space.same(states[i], "TimeCoefficientSweep");
            double budget = ratio * x.remainder().wid();
            double[] mag = x.degreeMagnitudes();
            double tail = 0;
            int d = order;
            while (d > degree && tail + mag[d] <= budget) {
                tail += mag[d];
                d--;
            }
            degree = Math.max(degree, d);
        }
        for (int i = 0; i < states.length; i++) {
            states[i] = states[i].truncate(degree);
        }
        return arithmetic;
    }
}
