package org.taylorkit.ode.validated.tm;

import java.util.List;
import java.util.Map;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.interval.tm.TaylorModelSpace;
import org.taylorkit.interval.tm.TimeCoefficientSweep;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.dynamics.SmallMatrices;
import org.taylorkit.ode.tape.GenericTapeRunner;
import org.taylorkit.ode.tape.TaylorTape;
import org.taylorkit.ode.validated.IntervalMatrices;
import org.taylorkit.ode.validated.IntervalTaylorStepper;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * One Taylor-model flow step of a {@link FlowSet} (see {@link TaylorModelFlowIntegrator} for the
 * method and the proof). Holds its own tape runners (the tape over {@link TaylorModel}s for the
 * time-Taylor coefficients of the polynomial part, an {@link IntervalTaylorStepper} for the a priori
 * enclosure, the Lagrange remainder and the Jacobian of the step map): not thread-safe, one per thread.
 */
final class FlowStepper {

    /** Halvings of a step before it counts as failed (then the piece asks for a split). */
    private static final int MAX_HALVINGS = 24;
    private static final int MAX_ACCURACY_RETRIES = 3;
    private static final int APRIORI_ITERATIONS = 4;

    /**
     * The outcome of {@link #step}: either a validated step with the next set, or a failure. The
     * {@code localError} is the largest ratio of the step's new error width (truncations in time and in
     * the deviations, rounding) to the width of its state over the set: the split criterion.
     */
    record Outcome(FlowSet next, ValidatedStep step, double nextStep, double localError, String failure) {
        static Outcome failed(String why) {
            return new Outcome(null, null, Double.NaN, Double.NaN, why);
        }
    }

    private final int n;
    private final int d;
    private final int order;
    private final double tolerance;
    private final TaylorModelSpace space;
    private final GenericTapeRunner<TaylorModel> models;
    private final IntervalTaylorStepper intervals;
    private final List<String> wideNames;
    /** See {@link #lastTruncationRatio()}. */
    private double lastTruncation = Double.NaN;

    FlowStepper(OdeSystem system, TaylorTape tape, TaylorModelSpace space, int order, double tolerance,
            Map<String, Interval> parameters, List<String> wideNames) {
        this.n = system.dimension();
        this.d = space.dimension();
        this.order = order;
        this.tolerance = tolerance;
        this.space = space;
        this.models = new GenericTapeRunner<>(tape, space.arithmetic(), Math.max(1, order - 1));
        this.intervals = new IntervalTaylorStepper(system, order, parameters);
        this.wideNames = wideNames;
        models.setOrderSchedule(new TimeCoefficientSweep(space, TimeCoefficientSweep.FLOW_RATIO,
                TimeCoefficientSweep.FLOW_MIN_SIZE)::atOrder);
        parameters.forEach((name, v) -> {
            if (!wideNames.contains(name)) {
                models.setParameter(name, space.constant(v));
            }
        });
    }

    /**
     * For the last validated step: the largest ratio, over the states, of the width of the remainder of
     * the Taylor-model arithmetic (truncation in the deviations and rounding; not the Lagrange term in
     * time) to the width of the state's new polynomial part. The part of the local error a split reduces.
     */
    double lastTruncationRatio() {
        return lastTruncation;
    }

    /**
     * One step from {@code t0} towards {@code tEnd}, trying the length {@code guess} first ({@code NaN}:
     * estimate it), halved when validation fails and shortened when the Lagrange term misses the tolerance.
     */
    Outcome step(FlowSet set, double t0, double tEnd, double guess) {
        TaylorModel[] x = set.models();
        for (int j = 0; j < wideNames.size(); j++) {
            models.setParameter(wideNames.get(j), x[n + j]);
        }
        int low = order - 1;
        Interval[] xhat = set.hull(n);
        if (!IntervalMatrices.isFiniteBox(xhat)) {
            return Outcome.failed("the enclosure became unbounded at t=" + t0);
        }
        TaylorModel[][] c = new TaylorModel[n][low + 1];
        IntervalTaylorStepper.Jets jets;
        Interval tt0 = Interval.point(t0);
        try {
            models.compute(space.constant(t0), java.util.Arrays.copyOf(x, n), low, false);
            for (int i = 0; i < n; i++) {
                System.arraycopy(models.stateCoefficients(i), 0, c[i], 0, low + 1);
            }
            // with symbolic remainders J ⊇ DT(X̂) itself (its point part moves the queue), else J ⊇ DT(X̂)·Q
            double[][] seed = set.symbolic().enabled() ? SmallMatrices.identity(n) : set.frame();
            jets = intervals.directionalJets(tt0, xhat, IntervalMatrices.point(seed), low);
        } catch (ArithmeticException e) {
            return Outcome.failed("domain error in the right-hand side over the set at t=" + t0 + ": " + e.getMessage());
        }
        Interval[][] bounds = jets.value();
        double scale = 1;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, xhat[i].mag());
        }
        double target = tolerance * scale;
        double h = Double.isNaN(guess) ? firstStep(bounds, target) : guess;
        String why = "no a priori enclosure";
        int retries = 0;
        for (int attempt = 0; attempt <= MAX_HALVINGS + MAX_ACCURACY_RETRIES; attempt++) {
            double t1 = tEnd - t0 <= h ? tEnd : t0 + h;
            if (!(t1 > t0)) {
                break;
            }
            Interval hh = Interval.point(t1).subtract(tt0);
            Interval s = Interval.of(0, hh.sup());
            Interval time = Interval.of(t0, t1);
            Interval[][] apriori = apriori(time, bounds, s);
            if (apriori == null) {
                why = "no a priori enclosure (the high-order inclusion test failed)";
                h /= 2;
                continue;
            }
            double err = 0;
            for (Interval v : apriori[1]) {
                err = Math.max(err, v.mag());
            }
            err *= Math.pow(hh.sup(), order);
            if (err > 2 * target && retries < MAX_ACCURACY_RETRIES) {
                retries++;
                h = (t1 - t0) * Math.max(0.2, Math.min(0.9, 0.9 * Math.pow(target / err, 1.0 / order)));
                continue;
            }
            Outcome o;
            try {
                o = finish(set, c, jets.derivative(), apriori[1], apriori[0], t0, t1, hh, s);
            } catch (ArithmeticException e) {
                why = "the step's Taylor models overflowed: " + e.getMessage();
                h /= 2;
                continue;
            }
            if (o == null) {
                why = "the new error frame could not be formed";
                h /= 2;
                continue;
            }
            double nominal = t1 == tEnd && tEnd - t0 < h ? h : t1 - t0;
            double growth = err == 0 ? 2 : Math.max(0.5, Math.min(2, 0.9 * Math.pow(target / err, 1.0 / order)));
            return new Outcome(o.next(), o.step(), nominal * growth, o.localError(), null);
        }
        return Outcome.failed("step size underflow at t=" + t0 + " (step " + h + "): " + why);
    }

    /**
     * The end set, the step enclosure and the Lohner update of the error part, or null when the new
     * frame's inverse cannot be enclosed.
     */
    private Outcome finish(FlowSet set, TaylorModel[][] c, Interval[][][] dx, Interval[] top, Interval[] apriori,
            double t0, double t1, Interval hh, Interval s) {
        int low = order - 1;
        Interval hk = hh.pow(order);
        TaylorModel[] next = set.models().clone();
        Interval[] fresh = new Interval[n];
        double[] truncation = new double[n];
        Interval[] stepBox = new Interval[n];
        Interval[][] jac = new Interval[n][n];
        Interval[][] jacOver = new Interval[n][n];
        for (int i = 0; i < n; i++) {
            TaylorModel acc = c[i][low];
            for (int k = low - 1; k >= 0; k--) {
                acc = scale(acc, hh).add(c[i][k]);
            }
            Interval r = acc.remainder().add(top[i].multiply(hk));
            double m = r.mid();
            TaylorModel centred = acc.polynomialPart().add(m);
            next[i] = centred.polynomialPart();
            fresh[i] = r.subtract(Interval.point(m)).add(centred.remainder());
            truncation[i] = acc.remainder().add(centred.remainder()).wid();
            for (int j = 0; j < n; j++) {
                Interval a = dx[low][i][j];
                Interval b = dx[low][i][j];
                for (int k = low - 1; k >= 0; k--) {
                    a = a.multiply(hh).add(dx[k][i][j]);
                    b = b.multiply(s).add(dx[k][i][j]);
                }
                jac[i][j] = a;
                jacOver[i][j] = b;
            }
            stepBox[i] = overStep(c[i], top[i], hh.sup());
        }
        Interval[] e = set.errors();
        Interval[] meanValue;
        Interval[] overErrors;
        // E' = Q'⁻¹·(frameMap·e + intoE): Lohner's update of the error part; frameMap is J (Lohner) or Φ·Q
        // (symbolic remainders), intoE the fresh error (Lohner) or the entry that left a full queue
        Interval[][] frameMap;
        Interval[] intoE;
        SymbolicRemainder queue = set.symbolic();
        if (queue.enabled()) {
            // jac ⊇ DT(X̂) (identity seeds): point part Φ = mid jac moves Q·e and the queue exactly, the
            // rest (jac − Φ)·s is the step's nonlinear interaction, a new queue entry with the fresh error
            Interval[][] frame = IntervalMatrices.point(set.frame());
            Interval[][] phi = IntervalMatrices.point(IntervalMatrices.mid(jac));
            Interval[][] spread = IntervalMatrices.subtract(jac, phi);
            Interval[] held = queue.box();
            Interval[] interaction = IntervalMatrices.multiply(IntervalMatrices.multiply(spread, frame), e);
            Interval[] over = IntervalMatrices.multiply(IntervalMatrices.multiply(jacOver, frame), e);
            meanValue = IntervalMatrices.add(IntervalMatrices.multiply(IntervalMatrices.multiply(jac, frame), e), fresh);
            if (held != null) {
                interaction = IntervalMatrices.add(interaction, IntervalMatrices.multiply(spread, held));
                over = IntervalMatrices.add(over, IntervalMatrices.multiply(jacOver, held));
                meanValue = IntervalMatrices.add(meanValue, IntervalMatrices.multiply(jac, held));
            }
            overErrors = over;
            frameMap = IntervalMatrices.multiply(phi, frame);
            SymbolicRemainder.Advanced advanced = queue.advance(phi, IntervalMatrices.add(interaction, fresh));
            intoE = advanced.overflow();
            queue = advanced.queue();
        } else {
            overErrors = IntervalMatrices.multiply(jacOver, e);
            meanValue = IntervalMatrices.add(IntervalMatrices.multiply(jac, e), fresh);
            frameMap = jac;
            intoE = fresh;
        }
        double[][] q = IntervalMatrices.orthogonalFactor(sortedColumns(IntervalMatrices.mid(frameMap), e));
        Interval[][] qInv = IntervalMatrices.inverseEnclosure(q);
        if (qInv == null) {
            return null;
        }
        Interval[] eNew = IntervalMatrices.multiply(IntervalMatrices.multiply(qInv, frameMap), e);
        if (intoE != null) {
            eNew = IntervalMatrices.add(eNew, IntervalMatrices.multiply(qInv, intoE));
        }
        for (int i = 0; i < n; i++) {
            Interval cut = stepBox[i].add(overErrors[i]).intersection(apriori[i]);
            stepBox[i] = cut.isEmpty() ? apriori[i] : cut;
        }
        if (!IntervalMatrices.isFiniteBox(eNew) || !IntervalMatrices.isFiniteBox(meanValue)) {
            return null;
        }
        FlowSet nextSet = new FlowSet(next, q, eNew, queue);
        Interval[] qe = nextSet.errorBox();
        Interval[] endBox = new Interval[n];
        double local = 0;
        double trunc = 0;
        for (int i = 0; i < n; i++) {
            Interval p = next[i].bound();
            Interval cut = p.add(qe[i]).intersection(p.add(meanValue[i])).intersection(stepBox[i]);
            endBox[i] = cut.isEmpty() ? p.add(meanValue[i]) : cut;
            if (!endBox[i].isBounded()) {
                return null;
            }
            local = Math.max(local, fresh[i].wid() / Math.max(p.wid(), Double.MIN_NORMAL));
            trunc = Math.max(trunc, truncation[i] / Math.max(p.wid(), Double.MIN_NORMAL));
        }
        lastTruncation = trunc;
        return new Outcome(nextSet, new ValidatedStep(t0, t1, order, stepBox, endBox), Double.NaN, local, null);
    }

    /** Sub-intervals of a step for its enclosure over time. */
    private static final int TIME_PIECES = 8;

    /**
     * A bound of {@code Σ_{k<K} c_k τ^k + top·τ^K} over {@code τ ∈ [0, h]} and the domain: the hull over
     * {@value #TIME_PIECES} sub-intervals {@code [b_j, b_{j+1}]} (covering {@code [0, h]}) of
     * {@code B(T(μ_j)) + [b_j − μ_j, b_{j+1} − μ_j]·T'([b_j, b_{j+1}]) + top·[b_j, b_{j+1}]^K}, where
     * {@code T(μ_j)} is the Taylor model of the polynomial at the double {@code μ_j} (rigorous scaling)
     * and {@code T'} is enclosed by interval Horner over the coefficients' bounds: for each initial
     * state the mean value theorem in {@code τ} gives {@code T(τ) ∈ T(μ_j) + (τ − μ_j)·T'(ζ)}.
     */
    private Interval overStep(TaylorModel[] c, Interval top, double h) {
        int low = order - 1;
        Interval[] b = new Interval[low + 1];
        for (int k = 0; k <= low; k++) {
            b[k] = c[k].bound();
        }
        Interval hull = null;
        for (int j = 0; j < TIME_PIECES; j++) {
            double lo = j == 0 ? 0 : h * j / TIME_PIECES;
            double hi = j == TIME_PIECES - 1 ? h : h * (j + 1) / TIME_PIECES;
            double mu = 0.5 * (lo + hi);
            Interval range = Interval.of(lo, hi);
            TaylorModel at = c[low];
            Interval slope = b[low].multiply(Interval.point(low));
            for (int k = low - 1; k >= 0; k--) {
                at = at.multiply(mu).add(c[k]);
                if (k >= 1) {
                    slope = slope.multiply(range).add(b[k].multiply(Interval.point(k)));
                }
            }
            Interval dev = range.subtract(Interval.point(mu));
            Interval piece = at.bound().add(dev.multiply(low >= 1 ? slope : Interval.point(0)))
                    .add(top.multiply(range.pow(order)));
            hull = hull == null ? piece : hull.hull(piece);
        }
        return hull;
    }

    /** Columns of {@code m} by decreasing length times the width of {@code e} (Lohner's rule). */
    private static double[][] sortedColumns(double[][] m, Interval[] e) {
        int k = m.length;
        Integer[] idx = new Integer[k];
        double[] key = new double[k];
        for (int j = 0; j < k; j++) {
            idx[j] = j;
            double len = 0;
            for (double[] row : m) {
                len = Math.hypot(len, row[j]);
            }
            key[j] = len * e[j].wid();
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(key[b], key[a]));
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                out[i][j] = m[i][idx[j]];
            }
        }
        return out;
    }

    private TaylorModel scale(TaylorModel a, Interval h) {
        return h.isPoint() ? a.multiply(h.inf()) : a.multiply(space.constant(h));
    }

    /**
     * The high-order a priori test (Corliss &amp; Rihm; as {@code AprioriEnclosure.highOrder}):
     * {@code N = Σ_{k<K} low_k·s^k + x_K(time, B)·s^K ⊆ int B} proves that every solution from the set
     * stays in {@code N} over the step; returns {@code {N, x_K(time, N)}} or {@code null}.
     */
    private Interval[][] apriori(Interval time, Interval[][] low, Interval s) {
        Interval[] poly = new Interval[n];
        for (int i = 0; i < n; i++) {
            Interval acc = Interval.point(0);
            for (int k = order - 1; k >= 0; k--) {
                acc = acc.multiply(s).add(low[i][k]);
            }
            if (!acc.isBounded() || acc.isEmpty()) {
                return null;
            }
            poly[i] = acc;
        }
        Interval sp = s.pow(order);
        Interval[] b = inflate(poly, 0.05);
        for (int it = 0; it < APRIORI_ITERATIONS; it++) {
            Interval[] top = top(time, b);
            if (top == null) {
                return null;
            }
            Interval[] next = new Interval[n];
            boolean inside = true;
            for (int i = 0; i < n; i++) {
                next[i] = poly[i].add(top[i].multiply(sp));
                inside &= next[i].isBounded() && !next[i].isEmpty() && next[i].interior(b[i]);
            }
            if (inside) {
                Interval[] tight = top(time, next);
                return new Interval[][] {next, tight == null ? top : tight};
            }
            for (int i = 0; i < n; i++) {
                if (!next[i].isBounded() || next[i].isEmpty()) {
                    return null;
                }
                next[i] = next[i].hull(b[i]);
            }
            b = inflate(next, 0.1 * (1 << it));
        }
        return null;
    }

    private Interval[] top(Interval time, Interval[] box) {
        Interval[][] cc;
        try {
            cc = intervals.coefficients(time, box, order);
        } catch (ArithmeticException e) {
            return null;
        }
        Interval[] top = new Interval[n];
        for (int i = 0; i < n; i++) {
            top[i] = cc[i][order];
            if (!top[i].isBounded() || top[i].isEmpty()) {
                return null;
            }
        }
        return top;
    }

    /** {@code b} widened by {@code factor} times its width on each side plus a tiny margin (a guess; only the test proves). */
    private static Interval[] inflate(Interval[] b, double factor) {
        Interval[] r = new Interval[b.length];
        for (int i = 0; i < b.length; i++) {
            double w = factor * b[i].wid() + 1e-14 * b[i].mag() + 1e-300;
            r[i] = Interval.of(Math.nextDown(b[i].inf() - w), Math.nextUp(b[i].sup() + w));
        }
        return r;
    }

    /** {@code min_{k ∈ {K−2, K−1}} (target/‖x_k‖)^{1/k}} from the coefficient bounds (1 if both vanish). */
    private double firstStep(Interval[][] bounds, double target) {
        double h = Double.POSITIVE_INFINITY;
        int last = order - 1;
        for (int k = Math.max(1, last - 1); k <= last; k++) {
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm = Math.max(norm, bounds[i][k].mag());
            }
            if (norm > 0) {
                h = Math.min(h, Math.pow(target / norm, 1.0 / k));
            }
        }
        return h == Double.POSITIVE_INFINITY ? 1 : h;
    }
}
