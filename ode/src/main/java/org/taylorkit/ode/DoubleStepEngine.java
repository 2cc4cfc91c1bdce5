package org.taylorkit.ode;

import java.util.Arrays;
import org.taylorkit.ode.events.StepPolynomials;
import org.taylorkit.ode.tape.DoubleTapeRunner;

/**
 * The {@code double} engine of one {@link TaylorIntegrator#integrate} run, driven by
 * {@link StepDriver}: the compiled tape's coefficient storage read in place, time as an unevaluated
 * sum hi + lo (Knuth's TwoSum), state and scratch in preallocated primitive arrays. Nothing is
 * allocated per step except for the outputs asked for (dense output, grid points, events found).
 */
final class DoubleStepEngine implements StepEngine<EventOccurrence>, StepInfo, StepSizeRule.LogNorms {

    private final TaylorIntegrator cfg;
    private final DoubleTapeRunner runner;
    private final int n;
    /** The runner's coefficient storage (live): state i's coefficient k at i·stride + k. */
    private final double[] values;
    private final int stride;
    /** The current state; swapped with {@link #xNew} when a step is taken. */
    private double[] x;
    /** The end state of the current step. */
    private double[] xNew;
    private final double[] safety;
    private final DenseOutput dense;
    private final double t0;
    private final double tEnd;
    private final double dir;
    private double[] gridTimes = new double[0];
    private double[][] gridStates = new double[0][];
    private int gridCount;
    private double[] gridScratch;

    private double tHi;
    private double tLo;
    private double h;
    private int p;
    private double xnorm;
    /** The step rule's numerator X for this step and its share of the roots, found before the expansion. */
    private final StepSizeRule.Numerator ruleNum = new StepSizeRule.Numerator();
    private double lastTau;
    /** The order whose norm {@link #logNorm} found with the one before it, or −1. */
    private int pendingNormOrder = -1;
    private double pendingNorm;
    /** The states the norms of {@link #logNorm} and {@link #normPair} range over: normFrom..normTo − 1. */
    private int normFrom;
    private int normTo;
    /**
     * The states from which on the expansion stops at the secondary order ({@link TaylorIntegrator.Builder#secondaryStates}),
     * or n (none).
     */
    private final int secondaryFrom;
    /** The secondary states' step rule: X = max(εa, ε_s·‖y‖), its order q and safety factor. */
    private final StepSizeRule.Numerator secondaryNum = new StepSizeRule.Numerator();

    DoubleStepEngine(TaylorIntegrator cfg, double t0, double[] x0, double tEnd) {
        this.cfg = cfg;
        this.runner = cfg.runner;
        this.n = cfg.system.dimension();
        this.values = runner.values();
        this.stride = runner.stride();
        this.x = x0.clone();
        this.xNew = new double[n];
        this.safety = cfg.safety;
        this.dense = cfg.dense ? new DenseOutput(n) : null;
        this.t0 = t0;
        this.tEnd = tEnd;
        this.dir = Math.signum(tEnd - t0);
        this.tHi = t0;
        this.tLo = 0.0;
        this.secondaryFrom = cfg.secondaryFrom > 0 ? cfg.secondaryFrom : n;
        this.normTo = n;
        if (cfg.gridEvery > 0) {
            gridScratch = new double[n];
            addGrid(t0, x);
        }
    }

    /** The solution after the driver's run. */
    OdeSolution solution(StepDriver.Outcome<EventOccurrence> outcome) {
        return new OdeSolution(cfg.system.variables(), outcome, t0, tHi + tLo, x, dense, Arrays.copyOf(gridTimes, gridCount),
                Arrays.copyOf(gridStates, gridCount));
    }

    // ------------------------------------------------------------------ StepEngine

    @Override
    public int direction() {
        return (int) dir;
    }

    @Override
    public String time() {
        return String.valueOf(tHi);
    }

    @Override
    public String expand(boolean events) {
        xnorm = 0.0;
        for (int i = 0; i < secondaryFrom; i++) {
            xnorm = Math.max(xnorm, Math.abs(x[i]));
        }
        p = cfg.fixedOrder > 0 ? cfg.fixedOrder : (cfg.relTol * xnorm > cfg.absTol ? cfg.orderRel : cfg.orderAbs);
        pendingNormOrder = -1;
        if (secondaryFrom < n && cfg.fixedStep == 0) {
            double ynorm = 0.0;
            for (int i = secondaryFrom; i < n; i++) {
                ynorm = Math.max(ynorm, Math.abs(x[i]));
            }
            int q = Math.min(cfg.secondaryOrder, p);
            secondaryNum.set(Math.max(cfg.absTol, cfg.secondaryTol * ynorm), q, cfg.secondarySafety[q]);
        }
        if (cfg.fixedStep == 0) { // X depends on the state only: its share of the roots is found before the
            // expansion, so that it is not on the chain from the last coefficient to the step size
            ruleNum.set(cfg.fixedOrder > 0 ? Math.max(cfg.absTol, cfg.relTol * xnorm)
                    : (cfg.relTol * xnorm > cfg.absTol ? xnorm : 1.0), p, safety[p]);
        }
        runner.compute(tHi, x, p, events);
        for (int i = 0; i < n; i++) {
            double d = values[i * stride + 1];
            if (!Double.isFinite(d)) {
                return "the right-hand side " + cfg.system.variables().get(i) + "' is "
                        + (Double.isNaN(d) ? "NaN (undefined" : "infinite (singular") + ") at t = " + tHi
                        + ", state " + Arrays.toString(x)
                        + " (e.g. a division by zero, or log or sqrt outside its domain)";
            }
        }
        return null;
    }

    @Override
    public int order() {
        return p;
    }

    /**
     * The fixed step, or |h| from the tolerances and the last two coefficients ({@link StepSizeRule},
     * from the norms themselves, by tables and a short series instead of {@code log} and {@code exp}): automatic order,
     * X = ‖x‖ in the relative regime and 1 in the absolute one; fixed order, X = max(εa, εr·‖x‖).
     */
    @Override
    public double proposeStep() {
        if (cfg.fixedStep > 0) {
            return cfg.fixedStep;
        }
        if (secondaryFrom == n) {
            double before = normPair(p - 1);
            return StepSizeRule.step(ruleNum, before, pendingNorm, this);
        }
        return Math.min(ruleOver(0, secondaryFrom, ruleNum), ruleOver(secondaryFrom, n, secondaryNum));
    }

    /**
     * The step rule {@code nu} over the states from..to − 1 only (their norms of orders nu.p − 1 and nu.p):
     * with secondary states, the primary states' rule at p and the secondary states' own rule at q.
     */
    private double ruleOver(int from, int to, StepSizeRule.Numerator nu) {
        normFrom = from;
        normTo = to;
        pendingNormOrder = -1;
        double before = normPair(nu.p - 1);
        double h = StepSizeRule.step(nu, before, pendingNorm, this);
        normFrom = 0;
        normTo = n;
        pendingNormOrder = -1;
        return h;
    }

    @Override
    public String undefinedStepMessage() {
        return "NaN Taylor coefficients at t = " + tHi
                + " (a right-hand side is undefined there, e.g. log or sqrt of a negative number)";
    }

    @Override
    public boolean clampStep(double hAbs) {
        double remaining = (tEnd - tHi) - tLo;
        h = dir * hAbs;
        if (hAbs >= Math.abs(remaining)) {
            h = remaining;
            return true;
        }
        return false;
    }

    @Override
    public boolean stepUnderflows(double hAbs) {
        return cfg.fixedStep == 0 && hAbs <= 4 * Math.ulp(tHi);
    }

    @Override
    public void eventCoefficients(double[][] rows) {
        for (int j = 0; j < rows.length; j++) {
            System.arraycopy(values, runner.outputOffset(j), rows[j], 0, p + 1);
        }
    }

    @Override
    public double stepAsDouble() {
        return h;
    }

    @Override
    public EventOccurrence occurrence(int event, double tau, Direction crossing) {
        double[] state = new double[n];
        for (int q = 0; q < n; q++) {
            state[q] = StepPolynomials.horner(values, q * stride, p, tau);
        }
        lastTau = tau;
        return new EventOccurrence(event, (tHi + tau) + tLo, state, crossing);
    }

    @Override
    public void cutStepAtLastOccurrence() {
        h = lastTau;
    }

    @Override
    public double stepMagnitude() {
        return Math.abs(h);
    }

    @Override
    public String computeEndState() {
        hornerAll(h, xNew);
        boolean finite = true;
        for (int i = 0; i < n; i++) {
            finite &= Double.isFinite(xNew[i]);
        }
        return finite ? null : "the state became non-finite in the step from t = " + tHi + " (h = " + h + ")";
    }

    /**
     * out[i] = Σ_k x_{i,k} τ^k for every state, by Horner's rule per state with a fused multiply-add
     * per order — each polynomial's operations exactly those of {@link StepPolynomials#horner}, so
     * the same bits — with four
     * (then three, or two, then one) polynomials advanced together: their chains of dependent multiply-adds
     * are independent, so the processor overlaps them instead of waiting out each chain in turn
     * (heyoka evaluates its step polynomials the same way, all states at once).
     */
    private void hornerAll(double tau, double[] out) {
        double[] v = values;
        int w = stride;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            int o0 = i * w;
            int o1 = o0 + w;
            int o2 = o1 + w;
            int o3 = o2 + w;
            double f0 = v[o0 + p];
            double f1 = v[o1 + p];
            double f2 = v[o2 + p];
            double f3 = v[o3 + p];
            for (int k = p - 1; k >= 0; k--) {
                f0 = Math.fma(f0, tau, v[o0 + k]);
                f1 = Math.fma(f1, tau, v[o1 + k]);
                f2 = Math.fma(f2, tau, v[o2 + k]);
                f3 = Math.fma(f3, tau, v[o3 + k]);
            }
            out[i] = f0;
            out[i + 1] = f1;
            out[i + 2] = f2;
            out[i + 3] = f3;
        }
        if (i + 3 == n) { // three left (Lorenz): advanced together as well
            int o0 = i * w;
            int o1 = o0 + w;
            int o2 = o1 + w;
            double f0 = v[o0 + p];
            double f1 = v[o1 + p];
            double f2 = v[o2 + p];
            for (int k = p - 1; k >= 0; k--) {
                f0 = Math.fma(f0, tau, v[o0 + k]);
                f1 = Math.fma(f1, tau, v[o1 + k]);
                f2 = Math.fma(f2, tau, v[o2 + k]);
            }
            out[i] = f0;
            out[i + 1] = f1;
            out[i + 2] = f2;
            return;
        }
        if (i + 2 <= n) {
            int o0 = i * w;
            int o1 = o0 + w;
            double f0 = v[o0 + p];
            double f1 = v[o1 + p];
            for (int k = p - 1; k >= 0; k--) {
                f0 = Math.fma(f0, tau, v[o0 + k]);
                f1 = Math.fma(f1, tau, v[o1 + k]);
            }
            out[i] = f0;
            out[i + 1] = f1;
            i += 2;
        }
        if (i < n) {
            out[i] = StepPolynomials.horner(v, i * w, p, tau);
        }
    }

    @Override
    public void recordDense() {
        if (dense != null) {
            dense.add(tHi, tLo, h, p, values, stride);
        }
    }

    @Override
    public boolean gridPoint(long index, boolean completes) {
        double tg = t0 + dir * index * cfg.gridEvery;
        double tau = (tg - tHi) - tLo;
        boolean inside = dir > 0 ? tau <= h : tau >= h;
        if (!inside) {
            if (completes && Math.abs(tg - tEnd) <= 4 * Math.ulp(tEnd)) {
                tau = h;
            } else {
                return false;
            }
        }
        evaluateAt(tau, gridScratch);
        addGrid(tg, gridScratch);
        return true;
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

    @Override
    public void notifyObservers() {
        for (StepObserver o : cfg.observers) {
            o.onStep(this);
        }
    }

    /** Adds h to the compensated time (TwoSum, then renormalize) and makes the new state current. */
    @Override
    public void advance() {
        double s = tHi + h;
        double bb = s - tHi;
        double err = (tHi - (s - bb)) + (h - bb);
        double lo = tLo + err;
        tHi = s + lo;
        tLo = lo - (tHi - s);
        double[] old = x; // the end state becomes current: the arrays trade places, nothing is copied
        x = xNew;
        xNew = old;
    }

    @Override
    public void landOnEnd() {
        tHi = tEnd;
        tLo = 0.0;
    }

    // ------------------------------------------------------------------ StepSizeRule.LogNorms

    /**
     * ln‖x_k‖∞ of this step's coefficients of order k over the states normFrom..normTo − 1 (all of
     * them but while a rule over a part runs; −∞ if all zero, NaN if one is NaN). The step
     * size rule asks for k = p − 1 and then p: one pass over the states finds both maxima, and the
     * second is kept for the call that follows.
     */
    @Override
    public double logNorm(int k) {
        if (k == pendingNormOrder) {
            pendingNormOrder = -1;
            return Math.log(pendingNorm);
        }
        if (k + 1 <= p) {
            return Math.log(normPair(k));
        }
        double[] v = values;
        double m = 0.0;
        for (int i = normFrom, o = normFrom * stride + k; i < normTo; i++, o += stride) {
            double a = Math.abs(v[o]);
            if (!(a <= m)) {
                m = a; // also propagates NaN
            }
        }
        return Math.log(m);
    }

    /**
     * ‖x_k‖∞, returned, and ‖x_{k+1}‖∞, kept as the pending norm of order k + 1, in one pass over the
     * states (k + 1 ≤ p; a NaN coefficient makes its norm NaN).
     */
    private double normPair(int k) {
        double[] v = values;
        double m = 0.0;
        double m1 = 0.0;
        for (int i = normFrom, o = normFrom * stride + k; i < normTo; i++, o += stride) {
            double a = Math.abs(v[o]);
            if (!(a <= m)) {
                m = a; // also propagates NaN
            }
            double b = Math.abs(v[o + 1]);
            if (!(b <= m1)) {
                m1 = b;
            }
        }
        pendingNorm = m1;
        pendingNormOrder = k + 1;
        return m;
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
    public int dimension() {
        return n;
    }

    @Override
    public double state(int i) {
        return xNew[i];
    }

    @Override
    public void stateAt(double t, double[] out) {
        evaluateAt((t - tHi) - tLo, out);
    }

    /** The state at τ after the step start, from the step polynomials. */
    private void evaluateAt(double tau, double[] out) {
        hornerAll(tau, out);
    }

    @Override
    public double coefficient(int i, int k) {
        if (k < 0 || k > p) {
            throw new IndexOutOfBoundsException("coefficient " + k + " of a step of order " + p);
        }
        return values[i * stride + k];
    }
}
