package org.taylorkit.ode.field;

import org.taylorkit.core.function.Functions;
import java.util.ArrayList;
import java.util.List;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.Event;
import org.taylorkit.ode.IntegrationStatistics;
import org.taylorkit.ode.StepSizeRule;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.events.SignChangeLocator;
import org.taylorkit.ode.tape.GenericTapeRunner;

/** One run of {@link FieldTaylorIntegrator#integrate}: the step loop over {@code T}. */
final class FieldIntegration<T> implements FieldStepInfo<T> {

    private final FieldTaylorIntegrator<T> cfg;
    private final Arithmetic<T> ar;
    private final GenericTapeRunner<T> runner;
    private final int n;
    private final T[][] rows;
    private final long[] orderCounts;
    private final SignChangeLocator locator;
    private final double[][] eventRows;
    private final FieldDenseOutput<T> dense;
    private final List<FieldEventOccurrence<T>> occurrences = new ArrayList<>();
    private final List<FieldEventOccurrence<T>> pending = new ArrayList<>();
    private final List<T> gridTimes = new ArrayList<>();
    private final List<T[]> gridStates = new ArrayList<>();

    private T t;
    private T h;
    /** The state at the end of the step being reported to observers. */
    private T[] stepState;
    private int p;
    private long steps;
    private long shortened;
    private double minStep = Double.POSITIVE_INFINITY;
    private double maxStep;

    @SuppressWarnings("unchecked")
    FieldIntegration(FieldTaylorIntegrator<T> cfg) {
        this.cfg = cfg;
        this.ar = cfg.ar;
        this.runner = cfg.runner;
        this.n = cfg.system.dimension();
        T[] probe = runner.stateCoefficients(0);
        this.rows = (T[][]) java.lang.reflect.Array.newInstance(probe.getClass(), n);
        for (int i = 0; i < n; i++) {
            rows[i] = runner.stateCoefficients(i);
        }
        this.orderCounts = new long[cfg.maxOrder + 1];
        this.locator = cfg.events.length > 0 ? new SignChangeLocator(cfg.events.length, cfg.maxOrder) : null;
        this.eventRows = new double[cfg.events.length][cfg.maxOrder + 1];
        this.dense = cfg.dense ? new FieldDenseOutput<>(ar, n) : null;
    }

    /** Σ_{k=0..p} c_k τ^k by Horner's rule in T. */
    static <T> T horner(Arithmetic<T> ar, T[] c, int p, T tau) {
        T f = c[p];
        for (int k = p - 1; k >= 0; k--) {
            f = ar.add(ar.multiply(f, tau), c[k]);
        }
        return f;
    }

    FieldOdeSolution<T> run(T t0, T[] x0, T tEnd) {
        T[] x = x0.clone();
        t = t0;
        int dir = ar.signum(ar.subtract(tEnd, t0));
        boolean events = locator != null;
        if (cfg.gridEvery != null) {
            gridTimes.add(t0);
            gridStates.add(x.clone());
        }
        int gridIndex = 1;
        StopReason reason;
        String message;
        while (true) {
            if (dir == 0) {
                reason = StopReason.COMPLETED;
                message = "completed";
                break;
            }
            if (steps >= cfg.maxSteps) {
                reason = StopReason.MAX_STEPS;
                message = "maximum number of steps (" + cfg.maxSteps + ") reached at t = " + t;
                break;
            }
            double logX = logNorm(x);
            p = cfg.fixedOrder > 0 ? cfg.fixedOrder : (cfg.logRelTol + logX > cfg.logAbsTol ? cfg.orderRel : cfg.orderAbs);
            try {
                runner.compute(t, x, p, events);
            } catch (ArithmeticException e) {
                reason = StopReason.NON_FINITE;
                message = "the right-hand side is undefined at t = " + t + ": " + e.getMessage();
                break;
            }
            T remaining = ar.subtract(tEnd, t);
            boolean last = false;
            double hAbs;
            T hT;
            if (cfg.fixedStep != null) {
                hT = cfg.fixedStep;
                hAbs = ar.norm(hT);
            } else {
                hAbs = automaticStep(logX);
                if (Double.isNaN(hAbs)) {
                    reason = StopReason.NON_FINITE;
                    message = "NaN coefficient norms at t = " + t;
                    break;
                }
                hT = Double.isInfinite(hAbs) ? null : ar.fromDouble(hAbs);
            }
            if (hT == null || ar.signum(ar.subtract(hT, ar.apply(Functions.ABS, remaining))) >= 0) {
                h = remaining;
                last = true;
            } else {
                h = dir > 0 ? hT : ar.negate(hT);
                if (cfg.fixedStep == null && (hAbs == 0 || ar.isZero(ar.subtract(ar.add(t, h), t)))) {
                    reason = StopReason.BLOW_UP;
                    message = "step size underflow at t = " + t + " (h = " + hAbs
                            + "): the solution appears to blow up (a singularity) at t ≈ " + t;
                    break;
                }
            }
            int terminalEvent = -1;
            pending.clear();
            if (events) {
                terminalEvent = findEvents();
                if (terminalEvent >= 0) {
                    last = true;
                }
            }
            double taken = ar.norm(h);
            if (taken < hAbs) { // cut to the end time or a terminal event (hAbs is +∞ for "anything goes")
                shortened++;
            }
            T[] xNew = ar.newArray(n);
            for (int i = 0; i < n; i++) {
                xNew[i] = horner(ar, rows[i], p, h);
            }
            occurrences.addAll(pending);
            if (dense != null) {
                dense.add(t, h, p, rows);
            }
            if (cfg.gridEvery != null) {
                gridIndex = gridPoints(t0, dir, gridIndex, last && terminalEvent < 0, tEnd);
            }
            steps++;
            orderCounts[p]++;
            maxStep = Math.max(maxStep, taken);
            if (!last) {
                minStep = Math.min(minStep, taken);
            }
            if (!cfg.observers.isEmpty()) {
                stepState = xNew;
                for (FieldStepObserver<T> o : cfg.observers) {
                    o.onStep(this);
                }
            }
            t = ar.add(t, h);
            x = xNew;
            if (last) {
                if (terminalEvent >= 0) {
                    reason = StopReason.EVENT;
                    message = "terminal event " + terminalEvent + " (" + cfg.events[terminalEvent].function() + ") at t = " + t;
                } else {
                    t = tEnd;
                    reason = StopReason.COMPLETED;
                    message = "completed";
                }
                break;
            }
        }
        if (minStep == Double.POSITIVE_INFINITY) {
            minStep = maxStep;
        }
        IntegrationStatistics stats = IntegrationStatistics.of(steps, shortened, orderCounts, minStep, maxStep);
        return new FieldOdeSolution<>(ar, cfg.system.variables(), reason, message, t0, t, x, stats, occurrences, dense,
                gridTimes, gridStates);
    }

    /**
     * ln max_i |v_i| (−∞ if all vanish; NaN if a norm is NaN), through {@code ar.log} when a nonzero
     * value is outside the double range.
     */
    private double logNorm(T[] v) {
        double m = 0;
        boolean slow = false;
        boolean any = false;
        for (T vi : v) {
            if (ar.isZero(vi)) {
                continue;
            }
            any = true;
            double d = ar.norm(vi);
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
            if (d == 0 || Double.isInfinite(d)) {
                slow = true;
            } else {
                m = Math.max(m, d);
            }
        }
        if (!any) {
            return Double.NEGATIVE_INFINITY;
        }
        if (!slow) {
            return Math.log(m);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (T vi : v) {
            if (!ar.isZero(vi)) {
                best = Math.max(best, ar.toDouble(ar.apply(Functions.LOG, ar.apply(Functions.ABS, vi))));
            }
        }
        return best;
    }

    private double logNorm(int k) {
        T[] column = ar.newArray(n);
        for (int i = 0; i < n; i++) {
            column[i] = rows[i][k];
        }
        return logNorm(column);
    }

    /** |h| from the tolerances and the last two coefficients ({@link StepSizeRule}), logs in T's range. */
    private double automaticStep(double logX) {
        double logNum;
        if (cfg.fixedOrder > 0) {
            logNum = Math.max(cfg.logAbsTol, cfg.logRelTol + logX);
        } else {
            logNum = cfg.logRelTol + logX > cfg.logAbsTol ? logX : 0.0;
        }
        return StepSizeRule.step(logNum, p, TaylorIntegrator.safetyFactor(p, cfg.fixedOrder > 0), this::logNorm);
    }

    /** Events: sign changes on the double-rounded polynomial, roots polished by Newton in T. */
    private int findEvents() {
        for (int j = 0; j < eventRows.length; j++) {
            T[] g = runner.outputCoefficients(j);
            for (int k = 0; k <= p; k++) {
                eventRows[j][k] = ar.toDouble(g[k]);
            }
        }
        int c = locator.locate(eventRows, p, ar.toDouble(h));
        for (int i = 0; i < c; i++) {
            int j = locator.event(i);
            int after = locator.after(i);
            Event e = cfg.events[j];
            if (!e.direction().accepts(-after, after)) {
                continue;
            }
            T tau = polish(runner.outputCoefficients(j), locator.tau(i));
            T[] state = ar.newArray(n);
            for (int q = 0; q < n; q++) {
                state[q] = horner(ar, rows[q], p, tau);
            }
            pending.add(new FieldEventOccurrence<>(j, ar.add(t, tau), state, after > 0 ? Direction.UP : Direction.DOWN));
            if (e.terminal()) {
                h = tau;
                return j;
            }
        }
        return -1;
    }

    /** Newton's method on g's polynomial in T from the double root τ0, to the tolerance. */
    private T polish(T[] g, double tau0) {
        T tau = ar.fromDouble(tau0);
        double limit = Math.min(cfg.logAbsTol, cfg.logRelTol) - 7 + Math.log(Math.max(Math.abs(tau0), Double.MIN_NORMAL));
        for (int iter = 0; iter < 40; iter++) {
            T f = g[p];
            T d = ar.zero();
            for (int k = p - 1; k >= 0; k--) {
                d = ar.add(ar.multiply(d, tau), f);
                f = ar.add(ar.multiply(f, tau), g[k]);
            }
            if (ar.isZero(f) || ar.isZero(d)) {
                break;
            }
            T delta = ar.divide(f, d);
            if (Math.abs(ar.toDouble(delta)) > 1e-6 * Math.max(Math.abs(ar.toDouble(h)), 1e-300)) {
                break; // Newton is leaving the root the double search found: keep the double root
            }
            tau = ar.subtract(tau, delta);
            if (ar.isZero(delta) || logNorm1(delta) < limit) {
                break;
            }
        }
        return tau;
    }

    private double logNorm1(T v) {
        T[] one = ar.newArray(1);
        one[0] = v;
        return logNorm(one);
    }

    private int gridPoints(T t0, int dir, int index, boolean completes, T tEnd) {
        T end = ar.add(t, h);
        while (true) {
            T offset = ar.multiply(cfg.gridEvery, index);
            T tg = dir > 0 ? ar.add(t0, offset) : ar.subtract(t0, offset);
            int beyond = ar.signum(ar.subtract(tg, end)) * dir;
            T tau;
            if (beyond > 0) {
                if (!completes || !ar.isZero(ar.subtract(tg, tEnd))) {
                    return index;
                }
                tau = h;
            } else {
                tau = ar.subtract(tg, t);
            }
            T[] out = ar.newArray(n);
            for (int i = 0; i < n; i++) {
                out[i] = horner(ar, rows[i], p, tau);
            }
            gridTimes.add(tg);
            gridStates.add(out);
            index++;
        }
    }

    // ------------------------------------------------------------------ FieldStepInfo

    @Override
    public T start() {
        return t;
    }

    @Override
    public T step() {
        return h;
    }

    @Override
    public T end() {
        return ar.add(t, h);
    }

    @Override
    public int order() {
        return p;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public T state(int i) {
        return stepState[i];
    }

    @Override
    public T[] stateAt(T time) {
        T tau = ar.subtract(time, t);
        T[] out = ar.newArray(n);
        for (int i = 0; i < n; i++) {
            out[i] = horner(ar, rows[i], p, tau);
        }
        return out;
    }

    @Override
    public T coefficient(int i, int k) {
        if (k < 0 || k > p) {
            throw new IndexOutOfBoundsException("coefficient " + k + " of a step of order " + p);
        }
        return rows[i][k];
    }
}
