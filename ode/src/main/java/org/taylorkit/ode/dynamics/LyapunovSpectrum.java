package org.taylorkit.ode.dynamics;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.jet.JetIntegrator;
import org.taylorkit.ode.jet.VariationalEquations;
import org.taylorkit.ode.jet.VariationalJetIntegrator;

/**
 * The Lyapunov spectrum of a flow by the Benettin–Galgani–Giorgilli–Strelcyn (1980) QR method on the
 * variational equations, derived symbolically and integrated with the state on the compiled
 * {@code double} tape ({@link VariationalJetIntegrator} of order 1; no jets are built, nothing is
 * allocated per step).
 *
 * <p><b>Method.</b> Start with Q = I. On each interval [t_k, t_k + Δ] integrate the state with the
 * tangent vectors V' = (∂f/∂x)·V from V(t_k) = Q (the order-1 jet x(t_k) + Q·δ): at t_k + Δ,
 * V = Y = M_k·Q, M_k the state-transition matrix of the interval. The step size is controlled on the
 * state and the tangent vectors together (as {@link JetIntegrator} does). Orthonormalise Y = Q'·R (modified Gram–Schmidt, {@link SmallMatrices#gramSchmidt}), add
 * ln R_jj to the sums S_j and continue with Q'. The estimates are λ_j(t) = S_j / (t − t_0): they
 * converge like O(1/t) plus fluctuations, slowly (the published Lorenz values need t ~ 10⁴). The sum of
 * the estimates is (1/t)·ln|det M(t)|, which by Liouville's formula equals the time average of the trace
 * of ∂f/∂x: for Lorenz exactly −(σ + 1 + β) at every t.
 *
 * <p>The convergence history (estimates after each reorthonormalisation) is kept, in bounded memory: one
 * row per reorthonormalisation up to {@link #MAX_HISTORY} of them; a longer run keeps every 2^j-th row
 * (j the smallest with at most {@code MAX_HISTORY} rows) and the last one. No transient is
 * discarded: start from a point on (or near) the attractor. The reorthonormalisation interval Δ must
 * be short enough that e^{(λ_1 − λ_n)Δ} stays well inside double precision (Lorenz: Δ ≤ 1).
 *
 * <p>Immutable and thread-safe.
 */
public final class LyapunovSpectrum {

    /**
     * The default integration tolerance of {@link #compute(OdeSystem, double[], Map, double, double)}: 1e-9.
     * The estimates at finite T differ from the limit, and from run to run with the rounding (the orbit is
     * chaotic), by far more than the integration error: Lorenz at T = 10⁴ moves by ~10⁻³ between
     * runs whose only difference is the order of the floating-point operations, while a local error of
     * 1e-9 per step changes ln R_jj per interval by ~10⁻⁸ relative; the sum (ln|det M|/T, exact by
     * Liouville's formula) stays exact to the 6 decimals the command line prints. A tighter tolerance
     * raises the Taylor order (and the code the JIT compiles) for digits that the finite time cannot give.
     */
    public static final double DEFAULT_TOLERANCE = 1e-9;

    /**
     * The most rows of the history kept one per reorthonormalisation (100000; about 3 MB for three
     * variables); beyond, the history is decimated (see the class comment), so that memory stays bounded
     * however long the run.
     */
    public static final int MAX_HISTORY = 100_000;

    /** Told the time after each reorthonormalisation, e.g. to show progress; see {@link #compute(OdeSystem, double[], Map, double, double, double, Progress)}. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Called after reorthonormalisation {@code k} (0-based) of {@code count}, at time {@code t}.
         *
         * @param k the index of the interval just done
         * @param count the number of intervals
         * @param t the time reached
         */
        void done(long k, long count, double t);
    }

    private final double t;
    private final double[] exponents;
    private final double[] finalState;
    private final double[] historyTimes;
    private final double[][] history;

    private LyapunovSpectrum(double t, double[] exponents, double[] finalState, double[] historyTimes, double[][] history) {
        this.t = t;
        this.exponents = exponents;
        this.finalState = finalState;
        this.historyTimes = historyTimes;
        this.history = history;
    }

    /**
     * The spectrum over [0, T] with tolerance {@value #DEFAULT_TOLERANCE}; see
     * {@link #compute(OdeSystem, double[], Map, double, double, double)}.
     */
    public static LyapunovSpectrum compute(OdeSystem system, double[] x0, Map<String, Double> params, double T,
            double reorthInterval) {
        return compute(system, x0, params, T, reorthInterval, DEFAULT_TOLERANCE);
    }

    /**
     * The Lyapunov spectrum of {@code system} along the orbit from {@code x0} at t = 0 over [0, T].
     *
     * @param system the system (autonomous or not)
     * @param x0 the initial state
     * @param params values of the system's parameters
     * @param T the total time (positive)
     * @param reorthInterval Δ, the time between reorthonormalisations (positive; the last interval may be shorter)
     * @param tolerance the integration tolerance (absolute and relative)
     * @return the spectrum and its history
     * @throws IllegalArgumentException for a non-positive T or Δ, a wrong x0 length, an unknown parameter
     * @throws ArithmeticException if the integration fails or the tangent vectors degenerate
     */
    public static LyapunovSpectrum compute(OdeSystem system, double[] x0, Map<String, Double> params, double T,
            double reorthInterval, double tolerance) {
        return compute(system, x0, params, T, reorthInterval, tolerance, null);
    }

    /**
     * The number of reorthonormalisation intervals of a run over [0, T] (the last one may be shorter).
     *
     * @param T the total time (positive, finite)
     * @param reorthInterval Δ (positive, finite)
     * @return ⌈T/Δ⌉, rounding T/Δ within 1e-9 of an integer down to it
     */
    public static long intervals(double T, double reorthInterval) {
        double q = Math.ceil(T / reorthInterval - 1e-9);
        return q >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, (long) q);
    }

    /**
     * As {@link #compute(OdeSystem, double[], Map, double, double, double)}, telling {@code progress} (if not
     * null) the time after each reorthonormalisation.
     */
    public static LyapunovSpectrum compute(OdeSystem system, double[] x0, Map<String, Double> params, double T,
            double reorthInterval, double tolerance, Progress progress) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(params, "params");
        if (!(T > 0) || !Double.isFinite(T)) {
            throw new IllegalArgumentException("LyapunovSpectrum: the total time T must be positive and finite, got " + T);
        }
        if (!(reorthInterval > 0) || !Double.isFinite(reorthInterval)) {
            throw new IllegalArgumentException("LyapunovSpectrum: the reorthonormalisation interval must be positive, got "
                    + reorthInterval);
        }
        int n = system.dimension();
        if (x0.length != n) {
            throw new IllegalArgumentException("LyapunovSpectrum: expected " + n + " initial values ("
                    + String.join(", ", system.variables()) + "), got " + x0.length);
        }
        VariationalJetIntegrator.Builder b = VariationalJetIntegrator.builder(system).jetOrder(1).tolerance(tolerance);
        for (Map.Entry<String, Double> p : params.entrySet()) {
            b.parameter(p.getKey(), p.getValue());
        }
        VariationalJetIntegrator jet = b.build();
        VariationalEquations eq = jet.equations();
        double[] y = new double[eq.dimension()];
        double[][] m = new double[n][n];
        long segments = intervals(T, reorthInterval);
        // the history: every stride-th row (stride a power of two, doubled whenever the rows fill up) and the last
        double[] times = new double[(int) Math.min(segments, MAX_HISTORY) + 1];
        double[][] hist = new double[times.length][];
        int rows = 0;
        long stride = 1;
        double[][] q = SmallMatrices.identity(n);
        double[] sums = new double[n];
        double[] x = x0.clone();
        double t = 0;
        for (long k = 0; k < segments; k++) {
            double tNext = k == segments - 1 ? T : Math.min(T, (k + 1) * reorthInterval);
            System.arraycopy(x, 0, y, 0, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    y[eq.component(i, 1 + j)] = q[i][j];
                }
            }
            OdeSolution s = jet.propagate(t, y, tNext);
            for (int i = 0; i < n; i++) {
                x[i] = s.state(i);
                for (int j = 0; j < n; j++) {
                    m[i][j] = s.state(eq.component(i, 1 + j));
                }
            }
            double[] r = SmallMatrices.gramSchmidt(m, q);
            for (int j = 0; j < n; j++) {
                sums[j] += Math.log(r[j]);
            }
            t = tNext;
            if ((k + 1) % stride == 0 || k == segments - 1) {
                if (rows == MAX_HISTORY && k < segments - 1) { // full: keep the rows at multiples of 2·stride
                    for (int i = 1; i < rows; i += 2) {
                        times[i / 2] = times[i];
                        hist[i / 2] = hist[i];
                    }
                    for (int i = rows / 2; i < rows; i++) {
                        hist[i] = null;
                    }
                    rows /= 2;
                    stride *= 2;
                }
                if ((k + 1) % stride == 0 || k == segments - 1) {
                    times[rows] = t;
                    hist[rows] = new double[n];
                    for (int j = 0; j < n; j++) {
                        hist[rows][j] = sums[j] / t;
                    }
                    rows++;
                }
            }
            if (progress != null) {
                progress.done(k, segments, t);
            }
        }
        times = Arrays.copyOf(times, rows);
        hist = Arrays.copyOf(hist, rows);
        double[] ex = hist[rows - 1].clone();
        Arrays.sort(ex);
        for (int i = 0; i < n / 2; i++) {
            double tmp = ex[i];
            ex[i] = ex[n - 1 - i];
            ex[n - 1 - i] = tmp;
        }
        return new LyapunovSpectrum(t, ex, x, times, hist);
    }

    /** The total time T. */
    public double t() {
        return t;
    }

    /** The exponents at time T, in descending order (a copy). */
    public double[] exponents() {
        return exponents.clone();
    }

    /** The sum of the exponents: the time average of the trace of ∂f/∂x along the orbit (Liouville). */
    public double sum() {
        double s = 0;
        for (double v : exponents) {
            s += v;
        }
        return s;
    }

    /** The state at time T (a copy). */
    public double[] finalState() {
        return finalState.clone();
    }

    /**
     * The times of the reorthonormalisations (the history's abscissae), a copy: all of them for up to
     * {@link #MAX_HISTORY} intervals, else every 2^j-th and the last.
     */
    public double[] historyTimes() {
        return historyTimes.clone();
    }

    /**
     * The running estimates after each reorthonormalisation (decimated as {@link #historyTimes()} beyond
     * {@link #MAX_HISTORY} intervals): row k holds S_j / t_k in Gram–Schmidt
     * order (which is the descending order once the estimates have separated). A copy.
     */
    public double[][] history() {
        double[][] h = new double[history.length][];
        for (int i = 0; i < h.length; i++) {
            h[i] = history[i].clone();
        }
        return h;
    }

    @Override
    public String toString() {
        return "LyapunovSpectrum[t = " + t + ", exponents " + Arrays.toString(exponents) + "]";
    }
}
