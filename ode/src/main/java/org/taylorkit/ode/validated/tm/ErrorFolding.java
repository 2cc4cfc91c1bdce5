package org.taylorkit.ode.validated.tm;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.interval.tm.TaylorModelSpace;
import org.taylorkit.ode.validated.IntervalMatrices;

/**
 * Folding the error part of a {@link FlowSet} into the polynomial part as new Taylor-model variables
 * ("error symbols" {@code η ∈ [−1, 1]}), so that each initial state carries its own error from then on
 * and the error is moved by the Taylor-model arithmetic of the polynomial (its dependence on {@code ξ}
 * kept in the cross terms {@code ξ^α η^β}) instead of by one interval Jacobian over the whole piece.
 *
 * <p><b>Fold.</b> With {@code x = P(ξ) + Q·e}, {@code e ∈ E}: for a folded column {@code j} write
 * {@code e_j = m_j + r_j·η_j} with {@code [m_j − r_j, m_j + r_j] ⊇ E_j} (outward rounded) and
 * {@code η_j ∈ [−1, 1]}; then {@code x = P(ξ) + Σ_j Q_{:,j}(m_j + r_j η_j) + Σ_{j unfolded} Q_{:,j} e_j}.
 * The new polynomial {@code P'(ξ, η)} is built in Taylor-model arithmetic (products and sums rounded
 * into its remainders) and the folded components of {@code E} become {@code [0, 0]}. For each
 * trajectory {@code η_j} is one fixed number in {@code [−1, 1]}, so the set identity holds for all later
 * steps, whose proof (see {@link TaylorModelFlowIntegrator}) is pointwise over the whole domain of the
 * Taylor-model variables.
 *
 * <p><b>Release.</b> The symbols are a fixed number of variables of the {@link TaylorModelSpace}, in
 * {@code blocks} of {@code width} variables. When every block is in use, the oldest block is released
 * before the next fold: each polynomial is split into the part without the block's variables
 * ({@link TaylorModel#substitute} by 0, exact) and the rest, whose range {@code D} over the domain is
 * bounded; {@code D} goes back into the error part, {@code E' = E + Q⁻¹·D} with a rigorous enclosure of
 * {@code Q⁻¹} (or, if none can be formed, into the models' remainders). Immutable.
 */
final class ErrorFolding {

    /** No folding. */
    static final ErrorFolding NONE = new ErrorFolding(-1, 0, 0, Double.POSITIVE_INFINITY);

    private final int first;
    private final int width;
    private final int blocks;
    private final double ratio;

    /**
     * @param first the index of the first symbol variable in the Taylor-model space
     * @param width the symbols per block (at most the number of states: the dominant columns of Q are folded)
     * @param blocks the number of blocks
     * @param ratio the error-to-polynomial ratio ({@link FlowPiece#errorRatio}) above which a piece folds
     */
    ErrorFolding(int first, int width, int blocks, double ratio) {
        this.first = first;
        this.width = width;
        this.blocks = blocks;
        this.ratio = ratio;
    }

    /** Whether folding is on. */
    boolean enabled() {
        return blocks > 0;
    }

    /** The fold threshold on the error-to-polynomial ratio. */
    double ratio() {
        return ratio;
    }

    /** The number of symbol variables. */
    int variables() {
        return width * blocks;
    }

    /**
     * The set with its error part folded into block {@code fold % blocks} (released first when
     * {@code fold ≥ blocks}: that block holds the symbols of fold {@code fold − blocks}); symbolic
     * remainders are first moved into the error box ({@link FlowSet#withSymbolicInErrors}), so the fold
     * takes every error.
     */
    FlowSet fold(FlowSet set, int fold) {
        int n = set.errors().length;
        int block = fold % blocks;
        FlowSet s = fold >= blocks ? release(set.withSymbolicInErrors(), block) : set.withSymbolicInErrors();
        TaylorModel[] models = s.models().clone();
        TaylorModelSpace space = models[0].space();
        double[][] q = s.frame();
        Interval[] e = s.errors().clone();
        int[] cols = dominantColumns(q, e, Math.min(width, n));
        for (int k = 0; k < cols.length; k++) {
            int j = cols[k];
            if (e[j].wid() == 0 && e[j].inf() == 0) {
                continue;
            }
            double m = e[j].mid();
            double r = Math.max(Interval.point(m).subtract(Interval.point(e[j].inf())).sup(),
                    Interval.point(e[j].sup()).subtract(Interval.point(m)).sup());
            TaylorModel eta = space.variable(space.variables().name(first + block * width + k)).multiply(r);
            for (int i = 0; i < n; i++) {
                if (q[i][j] == 0) {
                    continue;
                }
                Interval shift = Interval.point(q[i][j]).multiply(Interval.point(m));
                models[i] = models[i].add(eta.multiply(q[i][j])).add(space.constant(shift));
            }
            e[j] = Interval.point(0);
        }
        return s.with(models, q, e);
    }

    /** The set without block {@code block}'s symbols: their part of each polynomial moved into the error part. */
    FlowSet release(FlowSet set, int block) {
        int n = set.errors().length;
        TaylorModel[] models = set.models().clone();
        Interval[] d = new Interval[n];
        for (int i = 0; i < n; i++) {
            TaylorModel p = models[i];
            for (int k = 0; k < width; k++) {
                p = p.substitute(first + block * width + k, 0, 0);
            }
            d[i] = models[i].polynomialPart().subtract(p.polynomialPart()).bound();
            models[i] = p;
        }
        Interval[][] inv = IntervalMatrices.inverseEnclosure(set.frame());
        Interval[] e = set.errors();
        if (inv != null) {
            Interval[] add = IntervalMatrices.multiply(inv, d);
            if (IntervalMatrices.isFiniteBox(add)) {
                return set.with(models, set.frame(), IntervalMatrices.add(e, add));
            }
        }
        for (int i = 0; i < n; i++) {
            models[i] = models[i].add(models[i].space().constant(d[i]));
        }
        return set.with(models, set.frame(), e);
    }

    /** The indices of the {@code k} columns of {@code q} with the largest length times width of {@code e}. */
    private static int[] dominantColumns(double[][] q, Interval[] e, int k) {
        int n = e.length;
        double[] key = new double[n];
        Integer[] idx = new Integer[n];
        for (int j = 0; j < n; j++) {
            idx[j] = j;
            double len = 0;
            for (double[] row : q) {
                len = Math.hypot(len, row[j]);
            }
            key[j] = len * e[j].mag();
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(key[b], key[a]));
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
