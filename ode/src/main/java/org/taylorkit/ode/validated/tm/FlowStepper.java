package org.taylorkit.ode.validated.tm;

import java.util.List;
import java.util.Map;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.tm.ShrinkWrap;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.interval.tm.TaylorModelSpace;
import org.taylorkit.ode.tape.GenericTapeRunner;
import org.taylorkit.ode.tape.TaylorTape;
import org.taylorkit.ode.validated.DomainCheckedArithmetic;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * One Taylor-model flow step (see {@link TaylorModelFlowIntegrator} for the method and the proof).
 * The state is a vector of Taylor models in the normalised variables {@code ξ ∈ [−1, 1]^d}: the
 * {@code n} states, then one model per uncertain parameter ({@code p' = 0}). Holds its own tape
 * runners (one over {@link TaylorModel}s for the time-Taylor coefficients, one over intervals for the
 * Lagrange remainder): not thread-safe, one per thread.
 */
final class FlowStepper {

    /** Halvings of a step before it counts as failed (then the piece asks for a split). */
    private static final int MAX_HALVINGS = 24;
    private static final int MAX_ACCURACY_RETRIES = 3;
    private static final int APRIORI_ITERATIONS = 4;

    /** The outcome of {@link #step}: either a validated step with the next models, or a failure. */
    record Outcome(TaylorModel[] next, ValidatedStep step, double nextStep, double inflation, double remainder,
            String failure) {
        static Outcome failed(String why) {
            return new Outcome(null, null, Double.NaN, Double.NaN, Double.NaN, why);
        }
    }

    private final int n;
    private final int d;
    private final int order;
    private final double tolerance;
    private final TaylorModelSpace space;
    private final GenericTapeRunner<TaylorModel> models;
    private final GenericTapeRunner<Interval> intervals;
    private final List<String> wideNames;
    private final Interval[] wideValues;

    FlowStepper(TaylorTape tape, TaylorModelSpace space, int n, int order, double tolerance,
            Map<String, Interval> parameters, List<String> wideNames) {
        this.n = n;
        this.d = space.dimension();
        this.order = order;
        this.tolerance = tolerance;
        this.space = space;
        this.models = new GenericTapeRunner<>(tape, space.arithmetic(), Math.max(1, order - 1));
        this.intervals = new GenericTapeRunner<>(tape, DomainCheckedArithmetic.INSTANCE, order);
        this.wideNames = wideNames;
        this.wideValues = new Interval[wideNames.size()];
        for (int j = 0; j < wideValues.length; j++) {
            wideValues[j] = parameters.get(wideNames.get(j));
        }
        parameters.forEach((name, v) -> {
            if (!wideNames.contains(name)) {
                models.setParameter(name, space.constant(v));
                intervals.setParameter(name, v);
            }
        });
    }

    /**
     * One step from {@code t0} towards {@code tEnd} for the set {@code x}, trying the length
     * {@code guess} first ({@code NaN}: estimate it), halved when validation fails and shortened when the
     * time-remainder misses the tolerance.
     */
    Outcome step(TaylorModel[] x, double t0, double tEnd, double guess) {
        for (int j = 0; j < wideValues.length; j++) {
            models.setParameter(wideNames.get(j), x[n + j]);
            Interval range = x[n + j].bound().intersection(wideValues[j]);
            intervals.setParameter(wideNames.get(j), range.isEmpty() ? wideValues[j] : range);
        }
        int low = order - 1;
        TaylorModel[][] c = new TaylorModel[n][low + 1];
        Interval[][] bounds = new Interval[n][low + 1];
        try {
            TaylorModel[] x0 = java.util.Arrays.copyOf(x, n);
            if (low >= 1) {
                models.compute(space.constant(t0), x0, low, false);
                for (int i = 0; i < n; i++) {
                    System.arraycopy(models.stateCoefficients(i), 0, c[i], 0, low + 1);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    c[i][0] = x[i];
                }
            }
            for (int i = 0; i < n; i++) {
                for (int k = 0; k <= low; k++) {
                    bounds[i][k] = c[i][k].bound();
                }
            }
        } catch (ArithmeticException e) {
            return Outcome.failed("domain error in the right-hand side over the set at t=" + t0 + ": " + e.getMessage());
        }
        double scale = 1;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, bounds[i][0].mag());
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
            Interval hh = Interval.point(t1).subtract(Interval.point(t0));
            Interval s = Interval.of(0, hh.sup());
            Interval time = Interval.of(t0, t1);
            Interval[][] apriori = apriori(time, bounds, s);
            if (apriori == null) {
                why = "no a priori enclosure (the high-order inclusion test failed)";
                h /= 2;
                continue;
            }
            Interval[] enclosure = apriori[0];
            Interval[] top = apriori[1];
            double err = 0;
            for (Interval v : top) {
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
                o = finish(x, c, top, enclosure, t0, t1, hh, s);
            } catch (ArithmeticException e) {
                why = "the step's Taylor models overflowed: " + e.getMessage();
                h /= 2;
                continue;
            }
            if (o.failure() != null) {
                return o;
            }
            double nominal = t1 == tEnd && tEnd - t0 < h ? h : t1 - t0;
            double growth = err == 0 ? 2 : Math.max(0.5, Math.min(2, 0.9 * Math.pow(target / err, 1.0 / order)));
            return new Outcome(o.next(), o.step(), nominal * growth, o.inflation(), o.remainder(), null);
        }
        return Outcome.failed("step size underflow at t=" + t0 + " (step " + h + "): " + why);
    }

    /** The end models, the step enclosure and the shrink wrap of a validated step. */
    private Outcome finish(TaylorModel[] x, TaylorModel[][] c, Interval[] top, Interval[] enclosure, double t0,
            double t1, Interval hh, Interval s) {
        int low = order - 1;
        Interval hk = hh.pow(order);
        Interval sk = s.pow(order);
        TaylorModel tau = space.constant(s);
        TaylorModel[] end = new TaylorModel[d];
        Interval[] endBox = new Interval[n];
        Interval[] stepBox = new Interval[n];
        double remainder = 0;
        for (int i = 0; i < n; i++) {
            TaylorModel acc = c[i][low];
            TaylorModel over = c[i][low];
            for (int k = low - 1; k >= 0; k--) {
                acc = scale(acc, hh).add(c[i][k]);
                over = over.multiply(tau).add(c[i][k]);
            }
            end[i] = acc.add(space.constant(top[i].multiply(hk)));
            over = over.add(space.constant(top[i].multiply(sk)));
            endBox[i] = end[i].bound();
            Interval cut = over.bound().intersection(enclosure[i]);
            stepBox[i] = cut.isEmpty() ? enclosure[i] : cut;
            if (!endBox[i].isBounded() || !stepBox[i].isBounded()) {
                throw new ArithmeticException("an enclosure is not finite");
            }
            remainder = Math.max(remainder, end[i].remainder().wid());
        }
        for (int j = n; j < d; j++) {
            end[j] = x[j];
        }
        ShrinkWrap.Result w = ShrinkWrap.wrap(end);
        if (w == null) {
            return Outcome.failed("shrink wrapping refused at t=" + t1 + " (remainder width " + remainder
                    + "): the set's polynomial is too nonlinear or its linear part too ill-conditioned");
        }
        ValidatedStep step = new ValidatedStep(t0, t1, order, stepBox, endBox);
        return new Outcome(w.models(), step, Double.NaN, w.factor() - 1, remainder, null);
    }

    private TaylorModel scale(TaylorModel a, Interval h) {
        return h.isPoint() ? a.multiply(h.inf()) : a.multiply(space.constant(h));
    }

    /**
     * The high-order a priori test (Corliss &amp; Rihm; as {@code AprioriEnclosure.highOrder} for
     * boxes): {@code N = Σ_{k<K} low_k·s^k + x_K(time, B)·s^K ⊆ int B} proves that every solution from
     * the set stays in {@code N} over the step; returns {@code {N, x_K(time, N)}} or {@code null}.
     */
    private Interval[][] apriori(Interval time, Interval[][] low, Interval s) {
        Interval[] poly = new Interval[n];
        for (int i = 0; i < n; i++) {
            Interval acc = Interval.point(0);
            for (int k = low[i].length - 1; k >= 0; k--) {
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
        try {
            intervals.compute(time, box, order, false);
        } catch (ArithmeticException e) {
            return null;
        }
        Interval[] top = new Interval[n];
        for (int i = 0; i < n; i++) {
            top[i] = intervals.stateCoefficients(i)[order];
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
        int last = bounds[0].length - 1;
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
