package org.taylorkit.ode.field;

import org.taylorkit.core.function.Functions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.StepDriver;
import org.taylorkit.ode.StepEngine;
import org.taylorkit.ode.StepSizeRule;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.tape.GenericTapeRunner;

/**
 * The engine of one {@link FieldTaylorIntegrator#integrate} run over any coefficient arithmetic
 * (Apfloat, jets, boxed doubles), driven by {@link StepDriver}: time, state and step in {@code T};
 * step sizes chosen in {@code double} from natural logarithms of the coefficient norms (so norms
 * beyond the double range are handled); event roots found on the double-rounded polynomial and
 * polished by Newton's method in {@code T}; domain errors of the arithmetic (an
 * {@link ArithmeticException}) reported as undefined right-hand sides.
 *
 * @param <T> the coefficient type
 */
final class GenericStepEngine<T> implements StepEngine<FieldEventOccurrence<T>>, FieldStepInfo<T>, StepSizeRule.LogNorms {

    private final FieldTaylorIntegrator<T> cfg;
    private final Arithmetic<T> ar;
    private final GenericTapeRunner<T> runner;
    private final int n;
    private final T[][] rows;
    private final FieldDenseOutput<T> dense;
    private final List<T> gridTimes = new ArrayList<>();
    private final List<T[]> gridStates = new ArrayList<>();
    private final T t0;
    private final T tEnd;
    private final int dir;

    private T t;
    private T[] x;
    private T[] xNew;
    private T h;
    private T lastTau;
    private int p;
    private double logX;

    @SuppressWarnings("unchecked")
    GenericStepEngine(FieldTaylorIntegrator<T> cfg, T t0, T[] x0, T tEnd) {
        this.cfg = cfg;
        this.ar = cfg.ar;
        this.runner = cfg.runner;
        this.n = cfg.system.dimension();
        T[] probe = runner.stateCoefficients(0);
        this.rows = (T[][]) java.lang.reflect.Array.newInstance(probe.getClass(), n);
        for (int i = 0; i < n; i++) {
            rows[i] = runner.stateCoefficients(i);
        }
        this.dense = cfg.dense ? new FieldDenseOutput<>(ar, n) : null;
        this.t0 = t0;
        this.tEnd = tEnd;
        this.t = t0;
        this.x = x0.clone();
        this.dir = ar.signum(ar.subtract(tEnd, t0));
        if (cfg.gridEvery != null) {
            gridTimes.add(t0);
            gridStates.add(x.clone());
        }
    }

    /** Σ_{k=0..p} c_k τ^k by Horner's rule in T. */
    static <T> T horner(Arithmetic<T> ar, T[] c, int p, T tau) {
        T f = c[p];
        for (int k = p - 1; k >= 0; k--) {
            f = ar.add(ar.multiply(f, tau), c[k]);
        }
        return f;
    }

    /** The solution after the driver's run. */
    FieldOdeSolution<T> solution(StepDriver.Outcome<FieldEventOccurrence<T>> outcome) {
        return new FieldOdeSolution<>(ar, cfg.system.variables(), outcome, t0, t, x, dense, gridTimes, gridStates);
    }

    // ------------------------------------------------------------------ StepEngine

    @Override
    public int direction() {
        return dir;
    }

    @Override
    public String time() {
        return String.valueOf(t);
    }

    @Override
    public String expand(boolean events) {
        logX = logNorm(x);
        p = cfg.fixedOrder > 0 ? cfg.fixedOrder : (cfg.logRelTol + logX > cfg.logAbsTol ? cfg.orderRel : cfg.orderAbs);
        try {
            runner.compute(t, x, p, events);
            return null;
        } catch (ArithmeticException e) {
            return "the right-hand side is undefined at t = " + t + ": " + e.getMessage();
        }
    }

    @Override
    public int order() {
        return p;
    }

    /** The fixed step's norm, or |h| from the tolerances and the last two coefficients ({@link StepSizeRule}), logs in T's range. */
    @Override
    public double proposeStep() {
        if (cfg.fixedStep != null) {
            return ar.norm(cfg.fixedStep);
        }
        double logNum;
        if (cfg.fixedOrder > 0) {
            logNum = Math.max(cfg.logAbsTol, cfg.logRelTol + logX);
        } else {
            logNum = cfg.logRelTol + logX > cfg.logAbsTol ? logX : 0.0;
        }
        return StepSizeRule.step(logNum, p, TaylorIntegrator.safetyFactor(p, cfg.fixedOrder > 0), this);
    }

    @Override
    public String undefinedStepMessage() {
        return "NaN coefficient norms at t = " + t;
    }

    @Override
    public boolean clampStep(double hAbs) {
        T remaining = ar.subtract(tEnd, t);
        T hT = cfg.fixedStep != null ? cfg.fixedStep : Double.isInfinite(hAbs) ? null : ar.fromDouble(hAbs);
        if (hT == null || ar.signum(ar.subtract(hT, ar.apply(Functions.ABS, remaining))) >= 0) {
            h = remaining;
            return true;
        }
        h = dir > 0 ? hT : ar.negate(hT);
        return false;
    }

    @Override
    public boolean stepUnderflows(double hAbs) {
        return cfg.fixedStep == null && (hAbs == 0 || ar.isZero(ar.subtract(ar.add(t, h), t)));
    }

    @Override
    public void eventCoefficients(double[][] eventRows) {
        for (int j = 0; j < eventRows.length; j++) {
            T[] g = runner.outputCoefficients(j);
            for (int k = 0; k <= p; k++) {
                eventRows[j][k] = ar.toDouble(g[k]);
            }
        }
    }

    @Override
    public double stepAsDouble() {
        return ar.toDouble(h);
    }

    @Override
    public FieldEventOccurrence<T> occurrence(int event, double tau, Direction crossing) {
        lastTau = polish(runner.outputCoefficients(event), tau);
        return new FieldEventOccurrence<>(event, ar.add(t, lastTau), evaluateAt(lastTau), crossing);
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
            if (ar.isZero(delta) || logNorm(List.of(delta)) < limit) {
                break;
            }
        }
        return tau;
    }

    @Override
    public void cutStepAtLastOccurrence() {
        h = lastTau;
    }

    @Override
    public double stepMagnitude() {
        return ar.norm(h);
    }

    @Override
    public String computeEndState() {
        xNew = evaluateAt(h);
        return null;
    }

    @Override
    public void recordDense() {
        if (dense != null) {
            dense.add(t, h, p, rows);
        }
    }

    @Override
    public boolean gridPoint(long index, boolean completes) {
        T offset = ar.multiply(cfg.gridEvery, (int) index);
        T tg = dir > 0 ? ar.add(t0, offset) : ar.subtract(t0, offset);
        int beyond = ar.signum(ar.subtract(tg, ar.add(t, h))) * dir;
        T tau;
        if (beyond > 0) {
            if (!completes || !ar.isZero(ar.subtract(tg, tEnd))) {
                return false;
            }
            tau = h;
        } else {
            tau = ar.subtract(tg, t);
        }
        gridTimes.add(tg);
        gridStates.add(evaluateAt(tau));
        return true;
    }

    @Override
    public void notifyObservers() {
        for (FieldStepObserver<T> o : cfg.observers) {
            o.onStep(this);
        }
    }

    @Override
    public void advance() {
        t = ar.add(t, h);
        x = xNew;
    }

    @Override
    public void landOnEnd() {
        t = tEnd;
    }

    // ------------------------------------------------------------------ norms

    /**
     * ln max_i |v_i| (−∞ if all vanish; NaN if a norm is NaN), through {@code ar.log} when a nonzero
     * value is outside the double range.
     */
    private double logNorm(Iterable<T> v) {
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

    private double logNorm(T[] v) {
        return logNorm(Arrays.asList(v));
    }

    /** ln‖x_k‖ over the state components' coefficients of order k. */
    @Override
    public double logNorm(int k) {
        List<T> column = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            column.add(rows[i][k]);
        }
        return logNorm(column);
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
    public int dimension() {
        return n;
    }

    @Override
    public T state(int i) {
        return xNew[i];
    }

    @Override
    public T[] stateAt(T time) {
        return evaluateAt(ar.subtract(time, t));
    }

    /** The state at τ after the step start, from the step polynomials in T. */
    private T[] evaluateAt(T tau) {
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
