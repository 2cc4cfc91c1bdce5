package org.taylorkit.ode.validated.tm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.interval.tm.TaylorModelSpace;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.tape.TaylorTape;

/**
 * Validated integration of sets by Taylor-model flows (Berz &amp; Makino), with shrink wrapping and
 * automatic splitting: for an initial box and interval parameters, {@link #integrate} returns
 * enclosures of every solution from every point of the box, for every parameter value, over every step
 * and at the end ({@link SetFlowSolution} states the guarantee).
 *
 * <p><b>Representation.</b> The set is a vector of Taylor models of order {@code q} ({@link #withTmOrder})
 * in the normalised deviations {@code ξ ∈ [−1, 1]^d}: one variable per state and per parameter of
 * positive width (a parameter is a state with {@code p' = 0}); a state of zero width gets the tiny
 * radius {@code 1e-12·max(1, |x|)} (a superset, so still rigorous), since the representation needs a
 * nonsingular linear part.
 *
 * <p><b>One step</b> from {@code t0} to {@code t1 = t0 + h}, for the models {@code x0(ξ)}:
 * <ol>
 * <li>The time-Taylor coefficients {@code x_k(ξ)}, {@code k < K} ({@link #withOrder}), as Taylor models:
 *     the system's tape run over Taylor-model arithmetic from {@code x0} (every operation keeps the
 *     model invariant, truncations in {@code ξ} going to the remainders).</li>
 * <li>A rigorous a priori box {@code N ⊇ x([t0, t1])} by the high-order inclusion test
 *     {@code Σ_{k<K} B(x_k)·[0,h]^k + x_K([t0,t1], B)·[0,h]^K ⊆ int B} (interval tape over the candidate
 *     box {@code B}, inflated on failure, {@code h} halved), and the remainder coefficient
 *     {@code x_K([t0,t1], N)}.</li>
 * <li>The end set {@code x(t1) ∈ Σ_{k<K} x_k(ξ)·h^k + x_K([t0,t1], N)·h^K} (Taylor's theorem with the
 *     Lagrange remainder per component), in Taylor-model arithmetic; the step enclosure is the range
 *     bound of the same sum with {@code τ ∈ [0, h]} for {@code h}, intersected with {@code N}.</li>
 * <li>Shrink wrapping ({@link org.taylorkit.interval.tm.ShrinkWrap}): the remainders are absorbed into
 *     the polynomials, scaled by a proved factor {@code q = 1 + δ}, so that they are not propagated
 *     through the next step's arithmetic with interval overestimation.</li>
 * </ol>
 * The step length is chosen so that the Lagrange term is near a tolerance relative to {@code max(1, ‖x‖)}
 * ({@code max(e^{1−2K}, 1e-15)}, as {@code ValidatedIntegrator}'s rule), predicted from the previous step.
 *
 * <p><b>Splitting.</b> A piece asks for a split when a step cannot be validated (step size underflow,
 * a domain error over its range, shrink wrapping refused) or when the shrink-wrap factor of a step
 * exceeds {@code 1 + }{@value #SPLIT_INFLATION} (the set grows by more than that fraction in one step:
 * its remainder is no longer small against its extent). It is split along the variable with the largest
 * relative contribution ({@link FlowPiece#splitDirection}) by the exact domain split
 * {@link TaylorModel#split} and both halves continue from the current time. Pieces run in generations:
 * all pieces of a generation run in parallel ({@link #withThreads}) until they finish or ask for a
 * split; then the split requests are granted in the pieces' stable order while the number of pieces
 * stays within {@link #withMaxPieces}. A request that cannot be granted ends the integration with
 * status {@code FAILED} and the reason ({@code "split budget of N pieces spent at t = …"}). Every piece's
 * computation depends only on its own models, so the result is the same for any number of threads.
 *
 * <p>Only forward integration ({@code t1 ≥ t0}). Immutable and thread-safe; the tape is built once per
 * {@link #integrate} call and shared by the per-thread runners.
 */
public final class TaylorModelFlowIntegrator {

    /** The default order in time. */
    public static final int DEFAULT_ORDER = 12;
    /** The default order of the Taylor models in the deviations. */
    public static final int DEFAULT_TM_ORDER = 6;
    /** The relative one-step growth of a shrink wrap above which a piece asks for a split. */
    static final double SPLIT_INFLATION = 0.05;

    private final OdeSystem system;
    private final int order;
    private final int tmOrder;
    private final Map<String, Interval> parameters;
    private final int maxSteps;
    private final int maxPieces;
    private final int threads;

    private TaylorModelFlowIntegrator(OdeSystem system, int order, int tmOrder, Map<String, Interval> parameters,
            int maxSteps, int maxPieces, int threads) {
        this.system = system;
        this.order = order;
        this.tmOrder = tmOrder;
        this.parameters = parameters;
        this.maxSteps = maxSteps;
        this.maxPieces = maxPieces;
        this.threads = threads;
    }

    /**
     * An integrator for {@code system}: order {@value #DEFAULT_ORDER} in time, Taylor models of order
     * {@value #DEFAULT_TM_ORDER}, 100000 steps per piece, at most 64 pieces, one thread per core.
     */
    public static TaylorModelFlowIntegrator of(OdeSystem system) {
        return new TaylorModelFlowIntegrator(Objects.requireNonNull(system, "system"), DEFAULT_ORDER,
                DEFAULT_TM_ORDER, Map.of(), 100_000, 64, Runtime.getRuntime().availableProcessors());
    }

    /** With order {@code K} in time. @throws IllegalArgumentException unless {@code 2 ≤ K ≤ 40} */
    public TaylorModelFlowIntegrator withOrder(int timeOrder) {
        if (timeOrder < 2 || timeOrder > 40) {
            throw new IllegalArgumentException("Taylor-model flow: the order in time must be between 2 and 40, got "
                    + timeOrder);
        }
        return new TaylorModelFlowIntegrator(system, timeOrder, tmOrder, parameters, maxSteps, maxPieces, threads);
    }

    /**
     * With Taylor models of order {@code q} in the deviations.
     *
     * @throws IllegalArgumentException unless {@code 1 ≤ q ≤ 20} (the model size is also limited by
     *     {@code TaylorModelSpace}: at most 2000 coefficients)
     */
    public TaylorModelFlowIntegrator withTmOrder(int q) {
        if (q < 1 || q > 20) {
            throw new IllegalArgumentException("Taylor-model flow: the Taylor-model order must be between 1 and 20, got "
                    + q);
        }
        return new TaylorModelFlowIntegrator(system, order, q, parameters, maxSteps, maxPieces, threads);
    }

    /**
     * With parameter {@code name} ranging over {@code value} (a parameter of positive width becomes a
     * variable of the Taylor models).
     *
     * @throws IllegalArgumentException if the system has no such parameter or {@code value} is empty or unbounded
     */
    public TaylorModelFlowIntegrator withParameter(String name, Interval value) {
        if (!system.parameters().contains(name)) {
            throw new IllegalArgumentException("Taylor-model flow: no parameter '" + name + "' (parameters: "
                    + (system.parameters().isEmpty() ? "none" : String.join(", ", system.parameters())) + ")");
        }
        if (value == null || value.isEmpty() || !value.isBounded()) {
            throw new IllegalArgumentException("Taylor-model flow: parameter " + name + " = " + value
                    + " must be a nonempty bounded interval");
        }
        Map<String, Interval> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new TaylorModelFlowIntegrator(system, order, tmOrder, p, maxSteps, maxPieces, threads);
    }

    /** With at most {@code n ≥ 1} steps per piece (history included); then the status is {@code FAILED}. */
    public TaylorModelFlowIntegrator withMaxSteps(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Taylor-model flow: maxSteps must be at least 1, got " + n);
        }
        return new TaylorModelFlowIntegrator(system, order, tmOrder, parameters, n, maxPieces, threads);
    }

    /** With at most {@code n ≥ 1} pieces ({@code 1}: no splitting). */
    public TaylorModelFlowIntegrator withMaxPieces(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Taylor-model flow: maxPieces must be at least 1, got " + n);
        }
        return new TaylorModelFlowIntegrator(system, order, tmOrder, parameters, maxSteps, n, threads);
    }

    /** With {@code n ≥ 1} worker threads (the result does not depend on it). */
    public TaylorModelFlowIntegrator withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Taylor-model flow: threads must be at least 1, got " + n);
        }
        return new TaylorModelFlowIntegrator(system, order, tmOrder, parameters, maxSteps, maxPieces, n);
    }

    /** The system. */
    public OdeSystem system() {
        return system;
    }

    /** The order in time. */
    public int order() {
        return order;
    }

    /** The order of the Taylor models. */
    public int tmOrder() {
        return tmOrder;
    }

    /**
     * Integrates from every state in {@code box} at {@code t0} to {@code t1}.
     *
     * @param t0 the initial time (finite)
     * @param box the initial box, one nonempty bounded interval per state, in system order
     * @param t1 the end time, {@code ≥ t0} (finite)
     * @throws IllegalArgumentException on a wrong box length, an empty or unbounded component, a
     *     parameter without a value, or {@code t1 < t0}
     */
    public SetFlowSolution integrate(double t0, Interval[] box, double t1) {
        int n = system.dimension();
        if (box == null || box.length != n) {
            throw new IllegalArgumentException("Taylor-model flow: the box has " + (box == null ? 0 : box.length)
                    + " components for the " + n + " state variables " + system.variables());
        }
        for (int i = 0; i < n; i++) {
            if (box[i] == null || box[i].isEmpty() || !box[i].isBounded()) {
                throw new IllegalArgumentException("Taylor-model flow: initial " + system.variables().get(i) + " = "
                        + box[i] + " must be a nonempty bounded interval");
            }
        }
        if (!Double.isFinite(t0) || !Double.isFinite(t1) || t1 < t0) {
            throw new IllegalArgumentException("Taylor-model flow: need finite t0 ≤ t1, got t0=" + t0 + ", t1=" + t1);
        }
        for (String p : system.parameters()) {
            if (!parameters.containsKey(p)) {
                throw new IllegalArgumentException("Taylor-model flow: parameter '" + p + "' has no value");
            }
        }
        List<String> wide = new ArrayList<>();
        for (String p : system.parameters()) {
            if (parameters.get(p).wid() > 0) {
                wide.add(p);
            }
        }
        Map<String, Interval> domain = new LinkedHashMap<>();
        for (String v : system.variables()) {
            domain.put(v, Interval.of(-1, 1));
        }
        for (String p : wide) {
            domain.put(p, Interval.of(-1, 1));
        }
        TaylorModelSpace space = TaylorModelSpace.of(domain, tmOrder);
        TaylorModel[] x0 = new TaylorModel[domain.size()];
        for (int i = 0; i < n; i++) {
            x0[i] = normalised(space, system.variables().get(i), box[i]);
        }
        for (int j = 0; j < wide.size(); j++) {
            x0[n + j] = normalised(space, wide.get(j), parameters.get(wide.get(j)));
        }
        TaylorTape tape = system.tape();
        double tolerance = Math.max(Math.exp(1 - 2.0 * order), 1e-15);
        PieceScheduler scheduler = new PieceScheduler(() -> new FlowStepper(tape, space, n, order, tolerance,
                parameters, wide), n, t1, maxSteps, maxPieces, threads, SPLIT_INFLATION);
        return scheduler.run(new FlowPiece("", List.of(), x0, t0, Double.NaN));
    }

    /** The model {@code mid + rad·ξ} of the interval {@code x} (a tiny radius for a point, see the class comment). */
    private static TaylorModel normalised(TaylorModelSpace space, String name, Interval x) {
        double rad = x.rad();
        if (rad == 0) {
            rad = 1e-12 * Math.max(1, Math.abs(x.mid()));
        }
        return space.variable(name).multiply(rad).add(x.mid());
    }
}
