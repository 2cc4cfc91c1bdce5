package org.taylorkit.ode.validated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;

/**
 * Validated (rigorous) integration of {@code x' = f(t, x, p)} with the interval Taylor method: for an
 * initial box {@code X0} (one {@link Interval} per state; points are degenerate boxes) and interval
 * parameters, {@link #integrate} returns boxes that contain the true solution from <em>every</em>
 * point of {@code X0}, for every parameter value in its interval, at the end time and over each step.
 *
 * <p>One step from {@code t0} to {@code t1} (exact doubles; {@code H ∋ t1 − t0}, {@code s = [0, H]}):
 * <ol>
 * <li>A priori enclosure {@code B ⊇ x([t0, t1])} by the Picard–Lindelöf test
 *     {@code X + s·f([t0,t1], B) ⊆ B} ({@link AprioriEnclosure#solution}), refined with the high-order
 *     Taylor bound {@code Σ_{k<p} x_k(X) s^k + x_p(B) s^p} (the per-step enclosure), for
 *     {@link Method#NAIVE_BOX}; the Lohner methods use the high-order test of item 3.</li>
 * <li>The end value {@code x(t1) ∈ Σ_{k<p} x_k(t0, ·)·H^k + x_p([t0,t1], B)·H^p}: the Taylor polynomial
 *     of order {@code p − 1} plus the Lagrange remainder, whose coefficient is enclosed by running the
 *     tape over {@code B} (interval Taylor coefficients from {@link IntervalTaylorStepper}).</li>
 * <li>{@link Method#NAIVE_BOX} evaluates this over the whole box (first-order Picard enclosure,
 *     Jorba–Zou step halved on failure). The Lohner methods ({@link Method#DOUBLETON}, the default, and
 *     {@link Method#LOHNER_QR}) instead take the a priori box from the high-order test
 *     {@code Σ_{k<p} x_k(t0, X̂) s^k + x_p([t0,t1], B) s^p ⊆ int B} ({@link AprioriEnclosure#highOrder}),
 *     and keep the set as {@code c + C·r0 + Q·r} (doubleton) or {@code c + Q·r} (QR), moved by the
 *     mean-value form {@code φ(x) ∈ y + J·(x − c)} with {@code y ∋ φ(c)} (Taylor polynomial at the
 *     centre plus the remainder over {@code B}) and {@code J ⊇ Σ_{k<p} Dx_k(t0, X̂)·H^k} from order-1
 *     interval jets over a box {@code X̂} containing the set and {@code c} (see {@code LohnerSet};
 *     Lohner 1987; Nedialkov, Jackson &amp; Corliss 1999). The end box is also intersected with the
 *     direct evaluation {@code Σ_{k<p} x_k(t0, X̂) H^k + x_p H^p}.</li>
 * </ol>
 * Lohner methods choose the step so that the remainder term {@code |x_p|·h^p} is near
 * {@code max(e^{1−2p}, 1e-17)·max(1, ‖x‖)}: predicted from the previous step (the first from the last
 * Taylor coefficients at the centre), shortened when a validated step misses the target, halved when
 * a validation fails. The integration stops with status {@code FAILED} and a reason when the step
 * size underflows ({@code t0 + h == t0}), after {@link #withMaxSteps} steps, when a set becomes
 * unbounded, or when a {@link StepMonitor} given to the integration asks it to.
 *
 * <p>Only forward integration ({@code t1 ≥ t0}). Immutable and thread-safe: each {@link #integrate}
 * call uses its own tape runners.
 */
public final class ValidatedIntegrator {

    /** The default Taylor order. */
    public static final int DEFAULT_ORDER = 20;

    private final OdeSystem system;
    private final int order;
    private final Method method;
    private final Map<String, Interval> parameters;
    private final int maxSteps;
    private final double maxStep;

    private ValidatedIntegrator(OdeSystem system, int order, Method method, Map<String, Interval> parameters,
            int maxSteps, double maxStep) {
        this.system = system;
        this.order = order;
        this.method = method;
        this.parameters = parameters;
        this.maxSteps = maxSteps;
        this.maxStep = maxStep;
    }

    /** An integrator for {@code system} with order {@value #DEFAULT_ORDER}, {@link Method#DOUBLETON}, 100000 steps. */
    public static ValidatedIntegrator of(OdeSystem system) {
        return new ValidatedIntegrator(Objects.requireNonNull(system, "system"), DEFAULT_ORDER, Method.DOUBLETON,
                Map.of(), 100_000, Double.POSITIVE_INFINITY);
    }

    /**
     * With Taylor order {@code p} (the remainder term is of order {@code p}).
     *
     * @throws IllegalArgumentException unless {@code 2 ≤ p ≤ 60}
     */
    public ValidatedIntegrator withOrder(int p) {
        if (p < 2 || p > 60) {
            throw new IllegalArgumentException("validated integration: the order must be between 2 and 60, got " + p);
        }
        return new ValidatedIntegrator(system, p, method, parameters, maxSteps, maxStep);
    }

    /** With the set representation {@code m}. */
    public ValidatedIntegrator withMethod(Method m) {
        return new ValidatedIntegrator(system, order, Objects.requireNonNull(m, "method"), parameters, maxSteps, maxStep);
    }

    /**
     * With parameter {@code name} ranging over {@code value} (e.g. {@code Interval.fromDecimal} or
     * {@code Interval.point(8).divide(Interval.point(3))} for 8/3: an enclosure, not a rounded double).
     *
     * @throws IllegalArgumentException if the system has no such parameter, or {@code value} is empty or unbounded
     */
    public ValidatedIntegrator withParameter(String name, Interval value) {
        if (!system.parameters().contains(name)) {
            throw new IllegalArgumentException("validated integration: no parameter '" + name + "' (parameters: "
                    + (system.parameters().isEmpty() ? "none" : String.join(", ", system.parameters())) + ")");
        }
        if (value.isEmpty() || !value.isBounded()) {
            throw new IllegalArgumentException("validated integration: parameter " + name + " = " + value
                    + " must be a nonempty bounded interval");
        }
        Map<String, Interval> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new ValidatedIntegrator(system, order, method, Map.copyOf(p), maxSteps, maxStep);
    }

    /** With at most {@code n ≥ 1} steps (then the status is {@code FAILED}). */
    public ValidatedIntegrator withMaxSteps(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("validated integration: maxSteps must be at least 1, got " + n);
        }
        return new ValidatedIntegrator(system, order, method, parameters, n, maxStep);
    }

    /** With steps no longer than {@code h > 0} (the step control may choose shorter ones). */
    public ValidatedIntegrator withMaxStep(double h) {
        if (!(h > 0)) {
            throw new IllegalArgumentException("validated integration: maxStep must be positive, got " + h);
        }
        return new ValidatedIntegrator(system, order, method, parameters, maxSteps, h);
    }

    /** The system. */
    public OdeSystem system() {
        return system;
    }

    /** The Taylor order. */
    public int order() {
        return order;
    }

    /** The set representation. */
    public Method method() {
        return method;
    }

    /**
     * Integrates from every state in {@code box} at {@code t0} to {@code t1}.
     *
     * @param t0 the initial time (finite)
     * @param box the initial box, one nonempty bounded interval per state variable, in system order
     * @param t1 the end time, {@code ≥ t0} (finite)
     * @return the solution record (see {@link ValidatedSolution} for the guarantee)
     * @throws IllegalArgumentException on a wrong box length, an empty or unbounded component, a
     *     parameter without a value, or {@code t1 < t0}
     */
    public ValidatedSolution integrate(double t0, Interval[] box, double t1) {
        return integrate(t0, box, t1, null, null);
    }

    /**
     * Told of every validated step as it is made; may end the integration early.
     */
    @FunctionalInterface
    public interface StepMonitor {
        /**
         * Called after each validated step, in order.
         *
         * @return null to go on, or the reason to stop now (the solution then ends after this step with
         *     status {@code FAILED} and the reason {@code "stopped: " + reason})
         */
        String afterStep(ValidatedStep step);
    }

    /**
     * As {@link #integrate(double, Interval[], double)}, telling {@code monitor} of each step; when it
     * asks to stop, the solution ends there (status {@code FAILED}, reason {@code "stopped: …"}), with
     * every step made so far and the usual guarantee for them.
     */
    public ValidatedSolution integrate(double t0, Interval[] box, double t1, StepMonitor monitor) {
        return integrate(t0, box, t1, null, Objects.requireNonNull(monitor, "monitor"));
    }

    /**
     * As {@link #integrate(double, Interval[], double)}; if {@code starts} is not {@code null}, the set
     * at the start of each step is appended to it (one entry per step, in order; {@code null}
     * entries for {@link Method#NAIVE_BOX}), for enclosures over part of a step.
     */
    ValidatedSolution integrate(double t0, Interval[] box, double t1, List<LohnerSet.Snapshot> starts) {
        return integrate(t0, box, t1, starts, null);
    }

    private ValidatedSolution integrate(double t0, Interval[] box, double t1, List<LohnerSet.Snapshot> starts,
            StepMonitor monitor) {
        int n = system.dimension();
        if (box.length != n) {
            throw new IllegalArgumentException("validated integration: the box has " + box.length
                    + " components for the " + n + " state variables " + system.variables());
        }
        for (int i = 0; i < n; i++) {
            if (box[i] == null || box[i].isEmpty() || !box[i].isBounded()) {
                throw new IllegalArgumentException("validated integration: initial " + system.variables().get(i)
                        + " = " + box[i] + " must be a nonempty bounded interval");
            }
        }
        if (!Double.isFinite(t0) || !Double.isFinite(t1) || t1 < t0) {
            throw new IllegalArgumentException("validated integration: need finite t0 ≤ t1, got t0=" + t0 + ", t1=" + t1);
        }
        for (String p : system.parameters()) {
            if (!parameters.containsKey(p)) {
                throw new IllegalArgumentException("validated integration: parameter '" + p + "' has no value");
            }
        }
        IntervalTaylorStepper stepper = new IntervalTaylorStepper(system, order, parameters);
        ValidatedRun run = new ValidatedRun(stepper, method, box, maxStep);
        List<ValidatedStep> steps = new ArrayList<>();
        double t = t0;
        while (t < t1) {
            if (steps.size() >= maxSteps) {
                return new ValidatedSolution(t, run.enclosure(), ValidatedSolution.Status.FAILED,
                        "step limit " + maxSteps + " reached at t=" + t, steps);
            }
            LohnerSet.Snapshot start = starts == null ? null : run.snapshot();
            ValidatedStep step = run.step(t, t1);
            if (step == null) {
                return new ValidatedSolution(t, run.enclosure(), ValidatedSolution.Status.FAILED, run.failure(), steps);
            }
            steps.add(step);
            if (starts != null) {
                starts.add(start);
            }
            t = step.t1();
            String stop = monitor == null ? null : monitor.afterStep(step);
            if (stop != null && t < t1) {
                return new ValidatedSolution(t, run.enclosure(), ValidatedSolution.Status.FAILED, "stopped: " + stop, steps);
            }
        }
        return new ValidatedSolution(t, run.enclosure(), ValidatedSolution.Status.COMPLETED, null, steps);
    }
}
