package org.taylorkit.ode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taylorkit.ode.events.SignChangeLocator;
import org.taylorkit.ode.events.StepPolynomials;
import org.taylorkit.ode.tape.DoubleTapeRunner;

/**
 * One run of {@link TaylorIntegrator#integrate}: the step loop and its bookkeeping. Everything the
 * loop touches is allocated in the constructor; a step allocates only for outputs that were asked
 * for (dense output, grid points, events found).
 */
final class DoubleIntegration implements StepInfo, StepSizeRule.LogNorms {

    private final TaylorIntegrator cfg;
    private final DoubleTapeRunner runner;
    private final int n;
    /** The runner's coefficient storage (live): state i's coefficient k at i·stride + k. */
    private final double[] values;
    private final int stride;
    private final double[] x;
    private final double[] xNew;
    private final double[] safety;
    private final long[] orderCounts;
    private final SignChangeLocator locator;
    private final double[][] eventRows;
    private final DenseOutput dense;
    private final List<EventOccurrence> occurrences = new ArrayList<>();
    private final List<EventOccurrence> pending = new ArrayList<>();
    private double[] gridTimes = new double[0];
    private double[][] gridStates = new double[0][];
    private int gridCount;

    private double tHi;
    private double tLo;
    private double h;
    private int p;
    private long steps;
    private long shortened;
    private double minStep = Double.POSITIVE_INFINITY;
    private double maxStep;

    DoubleIntegration(TaylorIntegrator cfg) {
        this.cfg = cfg;
        this.runner = cfg.runner;
        this.n = cfg.system.dimension();
        this.values = runner.values();
        this.stride = runner.stride();
        this.x = new double[n];
        this.xNew = new double[n];
        this.safety = cfg.safety;
        this.orderCounts = new long[cfg.maxOrder + 1];
        this.locator = cfg.events.length > 0 ? new SignChangeLocator(cfg.events.length, cfg.maxOrder) : null;
        this.eventRows = new double[cfg.events.length][cfg.maxOrder + 1];
        this.dense = cfg.dense ? new DenseOutput(n) : null;
    }

    OdeSolution run(double t0, double[] x0, double tEnd) {
        System.arraycopy(x0, 0, x, 0, n);
        tHi = t0;
        tLo = 0.0;
        double dir = Math.signum(tEnd - t0);
        boolean events = locator != null;
        if (cfg.gridEvery > 0) {
            addGrid(t0, x);
        }
        long gridIndex = 1;
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
                message = "maximum number of steps (" + cfg.maxSteps + ") reached at t = " + tHi;
                break;
            }
            double xnorm = 0.0;
            for (int i = 0; i < n; i++) {
                xnorm = Math.max(xnorm, Math.abs(x[i]));
            }
            p = cfg.fixedOrder > 0 ? cfg.fixedOrder : (cfg.relTol * xnorm > cfg.absTol ? cfg.orderRel : cfg.orderAbs);
            runner.compute(tHi, x, p, events);
            int singular = firstNonFiniteDerivative();
            if (singular >= 0) {
                double d = values[singular * stride + 1];
                reason = StopReason.NON_FINITE;
                message = "the right-hand side " + cfg.system.variables().get(singular) + "' is "
                        + (Double.isNaN(d) ? "NaN (undefined" : "infinite (singular") + ") at t = " + tHi
                        + ", state " + Arrays.toString(x)
                        + " (e.g. a division by zero, or log or sqrt outside its domain)";
                break;
            }
            double hAbs = cfg.fixedStep > 0 ? cfg.fixedStep : automaticStep(xnorm);
            if (Double.isNaN(hAbs)) {
                reason = StopReason.NON_FINITE;
                message = "NaN Taylor coefficients at t = " + tHi + " (a right-hand side is undefined there, e.g. log or sqrt of a negative number)";
                break;
            }
            double remaining = (tEnd - tHi) - tLo;
            boolean last = false;
            h = dir * hAbs;
            if (hAbs >= Math.abs(remaining)) {
                h = remaining;
                last = true;
            } else if (cfg.fixedStep == 0 && hAbs <= 4 * Math.ulp(tHi)) {
                reason = StopReason.BLOW_UP;
                message = "step size underflow at t = " + tHi + " (h = " + hAbs
                        + "): the solution appears to blow up (a singularity) at t ≈ " + tHi;
                break;
            }
            int terminalEvent = -1;
            pending.clear();
            if (events) {
                terminalEvent = findEvents();
                if (terminalEvent >= 0) {
                    last = true;
                }
            }
            if (Math.abs(h) < hAbs) {
                shortened++;
            }
            boolean finite = true;
            for (int i = 0; i < n; i++) {
                double v = StepPolynomials.horner(values, i * stride, p, h);
                xNew[i] = v;
                finite &= Double.isFinite(v);
            }
            if (!finite) {
                reason = StopReason.NON_FINITE;
                message = "the state became non-finite in the step from t = " + tHi + " (h = " + h + ")";
                break;
            }
            if (!pending.isEmpty()) { // addAll would copy even an empty list
                occurrences.addAll(pending);
            }
            if (dense != null) {
                dense.add(tHi, tLo, h, p, values, stride);
            }
            if (cfg.gridEvery > 0) {
                gridIndex = gridPoints(t0, dir, gridIndex, last && terminalEvent < 0, tEnd);
            }
            steps++;
            orderCounts[p]++;
            double a = Math.abs(h);
            maxStep = Math.max(maxStep, a);
            if (!last) {
                minStep = Math.min(minStep, a);
            }
            for (StepObserver o : cfg.observers) {
                o.onStep(this);
            }
            advance(h);
            System.arraycopy(xNew, 0, x, 0, n);
            if (last) {
                if (terminalEvent >= 0) {
                    reason = StopReason.EVENT;
                    message = "terminal event " + terminalEvent + " (" + cfg.events[terminalEvent].function() + ") at t = " + tHi;
                } else {
                    tHi = tEnd;
                    tLo = 0.0;
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
        return new OdeSolution(cfg.system.variables(), reason, message, t0, tHi + tLo, x, stats, occurrences, dense,
                Arrays.copyOf(gridTimes, gridCount), Arrays.copyOf(gridStates, gridCount));
    }

    /** Adds h to the compensated time (TwoSum, then renormalize). */
    private void advance(double step) {
        double s = tHi + step;
        double bb = s - tHi;
        double err = (tHi - (s - bb)) + (step - bb);
        double lo = tLo + err;
        tHi = s + lo;
        tLo = lo - (tHi - s);
    }

    /** The first state index whose derivative x_i' = f_i(t, x) (coefficient 1) is not finite, or −1. */
    private int firstNonFiniteDerivative() {
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i * stride + 1])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * |h| from the tolerances and the last two coefficients ({@link StepSizeRule}): automatic order,
     * X = ‖x‖ in the relative regime and 1 in the absolute one; fixed order, X = max(εa, εr·‖x‖).
     */
    private double automaticStep(double xnorm) {
        double logNum;
        if (cfg.fixedOrder > 0) {
            logNum = Math.log(Math.max(cfg.absTol, cfg.relTol * xnorm));
        } else {
            logNum = cfg.relTol * xnorm > cfg.absTol ? Math.log(xnorm) : 0.0;
        }
        return StepSizeRule.step(logNum, p, safety[p], this);
    }

    /** ln‖x_k‖∞ of this step's coefficients of order k (−∞ if all zero, NaN if one is NaN). */
    @Override
    public double logNorm(int k) {
        return Math.log(coefficientNorm(k));
    }

    private double coefficientNorm(int k) {
        double m = 0.0;
        for (int i = 0; i < n; i++) {
            double v = Math.abs(values[i * stride + k]);
            if (!(v <= m)) {
                m = v; // also propagates NaN
            }
        }
        return m;
    }

    /**
     * Locates this step's crossings, records the counted ones as pending occurrences and cuts the
     * step at the first terminal one.
     *
     * @return the index of the terminal event hit, or −1
     */
    private int findEvents() {
        for (int j = 0; j < eventRows.length; j++) {
            System.arraycopy(values, runner.outputOffset(j), eventRows[j], 0, p + 1);
        }
        int c = locator.locate(eventRows, p, h);
        for (int i = 0; i < c; i++) {
            double tau = locator.tau(i);
            int j = locator.event(i);
            int after = locator.after(i);
            Event e = cfg.events[j];
            if (!e.direction().accepts(-after, after)) {
                continue;
            }
            double[] state = new double[n];
            for (int q = 0; q < n; q++) {
                state[q] = StepPolynomials.horner(values, q * stride, p, tau);
            }
            pending.add(new EventOccurrence(j, (tHi + tau) + tLo, state, after > 0 ? Direction.UP : Direction.DOWN));
            if (e.terminal()) {
                h = tau;
                return j;
            }
        }
        return -1;
    }

    private long gridPoints(double t0, double dir, long index, boolean completes, double tEnd) {
        double[] out = new double[n];
        while (true) {
            double tg = t0 + dir * index * cfg.gridEvery;
            double tau = (tg - tHi) - tLo;
            boolean inside = dir > 0 ? tau <= h : tau >= h;
            if (!inside) {
                if (completes && Math.abs(tg - tEnd) <= 4 * Math.ulp(tEnd)) {
                    tau = h;
                } else {
                    return index;
                }
            }
            for (int i = 0; i < n; i++) {
                out[i] = StepPolynomials.horner(values, i * stride, p, tau);
            }
            addGrid(tg, out);
            index++;
        }
    }

    private void addGrid(double t, double[] state) {
        if (gridCount == gridTimes.length) {
            int c = Math.max(16, gridCount * 2);
            gridTimes = Arrays.copyOf(gridTimes, c);
            gridStates = Arrays.copyOf(gridStates, c);
        }
        gridTimes[gridCount] = t;
        gridStates[gridCount] = state.clone();
        gridCount++;
    }

    // ------------------------------------------------------------------ StepInfo

    @Override
    public double start() {
        return tHi + tLo;
    }

    @Override
    public double step() {
        return h;
    }

    @Override
    public double end() {
        return (tHi + h) + tLo;
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
    public double state(int i) {
        return xNew[i];
    }

    @Override
    public void stateAt(double t, double[] out) {
        double tau = (t - tHi) - tLo;
        for (int i = 0; i < n; i++) {
            out[i] = StepPolynomials.horner(values, i * stride, p, tau);
        }
    }

    @Override
    public double coefficient(int i, int k) {
        if (k < 0 || k > p) {
            throw new IndexOutOfBoundsException("coefficient " + k + " of a step of order " + p);
        }
        return values[i * stride + k];
    }
}
