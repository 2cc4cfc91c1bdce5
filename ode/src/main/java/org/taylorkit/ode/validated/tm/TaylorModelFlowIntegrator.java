package org.taylorkit.ode.validated.tm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.interval.tm.TaylorModelSpace;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.tape.TaylorTape;

/**
 * Validated integration of sets by Taylor-model flows (Berz &amp; Makino) with a QR-preconditioned error
 * part and automatic splitting: for an initial box and interval parameters, {@link #integrate} returns
 * enclosures of every solution from every point of the box, for every parameter value, over every step
 * and at the end ({@link SetFlowSolution} states the guarantee).
 *
 * <p><b>Representation</b> ({@link FlowSet}). The set is {@code x = P(ξ) + Q·e}: {@code P} a vector of
 * Taylor-model polynomials of order {@code q} ({@link #withTmOrder}) in the normalised initial deviations
 * {@code ξ ∈ [−1, 1]^d} (one variable per state and per parameter of positive width; a parameter is a
 * state with {@code p' = 0}), {@code Q} a point frame and {@code e} in an interval vector {@code E} that
 * collects every error made so far. {@code ξ} is never re-parametrised, so it stays the initial state:
 * splitting the domain of {@code ξ} splits the initial box.
 *
 * <p><b>One step</b> from {@code t0} to {@code t1 = t0 + h} (proof of each inclusion in
 * {@code docs/theory/validated.md}, "Taylor-model flows, shrink wrapping and splitting"):
 * <ol>
 * <li>The time-Taylor coefficients {@code x_k(P(ξ))}, {@code k < K} ({@link #withOrder}), as Taylor models:
 *     the system's tape run over Taylor-model arithmetic from {@code P} (truncations in {@code ξ} go to
 *     the remainders).</li>
 * <li>A box {@code X̂ ⊇ P + Q·hull(E, 0)}; interval coefficients over it and the high-order a priori
 *     test {@code Σ_{k<K} x_k(X̂)·[0,h]^k + x_K([t0,t1], B)·[0,h]^K ⊆ int B} give {@code N ⊇ x([t0, t1])}
 *     and the Lagrange coefficient {@code x_K([t0,t1], N)} (candidate inflated on failure, {@code h}
 *     halved).</li>
 * <li>For a true state {@code P(ξ) + Q·e}: {@code x(t1) = T(P(ξ)) + DT(ζ)·Q·e + x_K(θ)·h^K} with
 *     {@code T = Σ_{k<K} x_k h^k}, {@code ζ ∈ X̂} (mean value form). {@code T(P(ξ))} is the Taylor model
 *     {@code Σ x_k(ξ)·h^k}; {@code J ⊇ DT(X̂)·Q} comes from interval jets seeded with {@code Q}. The new
 *     polynomial is that model's polynomial part (recentred); its remainder and the Lagrange term form
 *     the fresh error {@code r}; the error part is updated Lohner's way: {@code Q'} = the Q factor of
 *     {@code mid J} (columns by decreasing length times {@code wid E}), {@code E' = (Q'⁻¹J)·E + Q'⁻¹r}
 *     with a rigorous enclosure of {@code Q'⁻¹}.</li>
 * <li>The end box is {@code B(P') + Q'E'} intersected with {@code B(P') + J·E + r} and {@code N}; the step
 *     box is the hull over 8 sub-intervals of the step of the time polynomial's range (mean value form
 *     in {@code τ}) plus {@code J_τ·E}, intersected with {@code N}.</li>
 * </ol>
 * The step length is chosen so that the Lagrange term is near a tolerance relative to {@code max(1, ‖x‖)}
 * ({@code max(e^{1−2K}, 1e-15)}, as {@code ValidatedIntegrator}'s rule), predicted from the previous step.
 *
 * <p><b>Why not shrink wrapping.</b> Absorbing the remainder into the polynomial by a scaling
 * (Makino–Berz) needs a contraction test of the form {@code |I − A·DP(S)|·δ + |A|·ρ < δ}; flows contract
 * sets into thin curved bands, where {@code |A| ~ 10³} and the Jacobian of {@code P} turns across the
 * band, so the test fails (on Van der Pol μ = 1 it failed from t ≈ 2 even with local inverses on 256
 * sub-boxes), after which interval remainders grew like {@code e^{5t}}. The QR frame moves the errors with
 * the signed Jacobian, so they follow the flow's contraction; see the theory section.
 *
 * <p><b>Splitting.</b> A piece asks for a split when a step cannot be validated (step size underflow,
 * a domain error over its range, no enclosure of the new frame's inverse) or when the truncation part
 * of a step's fresh error (the remainder of the Taylor-model arithmetic, not the Lagrange term in time,
 * which a split does not reduce) exceeds {@value #SPLIT_LOCAL_ERROR} of a state's width (the polynomial
 * no longer resolves the set; the truncation in {@code ξ} shrinks with the piece). It is split along the variable with the largest relative contribution
 * ({@link FlowPiece#splitDirection}) by the exact domain split {@link TaylorModel#split}; both halves keep
 * the error part and continue from the current time. Pieces run in generations: all pieces of a
 * generation run in parallel ({@link #withThreads}) until they finish or ask for a split; then the
 * requests are granted in the pieces' stable order while the number of pieces stays within
 * {@link #withMaxPieces}. A request that cannot be granted is denied: a piece that only asked to be
 * refined (truncation or error growth) goes on as it is, still rigorous, to the end or to a step it
 * cannot validate; a piece whose step could not be validated fails, and the integration then ends
 * with status {@code FAILED} and the reason ({@code "split budget of N pieces spent at t = …"}) once
 * the other pieces are done. {@link #withInitialSplits} cuts the initial box up front. Every piece's
 * computation depends only on its own set, so the result is the same for any number of threads.
 *
 * <p><b>Refinement levels.</b> A split halves the polynomial part but keeps the accumulated error part
 * {@code E}, and {@code E} is moved by an interval Jacobian over the whole piece, so its growth rate is
 * set by the piece's size <em>while the errors were made</em>. When a piece's error part reaches 0.1 of
 * its polynomial part (largest widths over the states), splitting it no longer helps: its initial
 * sub-box is integrated again from the start time one refinement level up, where a piece also splits
 * whenever its error-to-polynomial ratio has grown 256-fold (level 1; 128 at level 2, 64 at level 3,
 * never below 1e-8) since the piece started, so pieces get small before their errors grow. The
 * abandoned attempt's steps are dropped; each restart uses one unit of the piece budget. At level 3 a
 * piece whose error part exceeds its polynomial part fails with that reason. Sets that need no
 * refinement (Van der Pol μ = 1) run exactly as before; Van der Pol μ = 2 is restarted once. Per
 * instance, the restart ratio can be raised ({@link #withRestartRatio}) and the initial set cut by hand
 * before the run ({@link #withInitialSplits}), as LALO20 W = 0.1 needs.
 *
 * <p><b>Error folding</b> ({@link #withErrorFolding}, off by default): the error part is turned into
 * extra Taylor-model variables, so each initial state carries its own error ({@link ErrorFolding}).
 *
 * <p><b>Symbolic remainders</b> ({@link #withSymbolicRemainders}, off by default): the errors of the last
 * N steps are kept as interval vectors with enclosures of the products of the steps' point linear maps
 * {@code Φ = mid J} ({@link SymbolicRemainder}); the jets are then seeded with the identity
 * ({@code J ⊇ DT(X̂)}), {@code Q·e} is moved by {@code Φ} (Lohner's frame, point matrices only), and each
 * step boxes only its nonlinear interaction {@code (J − Φ)·s} and its fresh error as a new entry; the
 * entry that leaves a full queue joins {@code E}. This keeps Taylor models of order 3–4 stable on
 * LALO20 W = 0.1, where step 3's per-step boxing of {@code E} compounds (proof and measurements in the
 * theory notes, "Symbolic remainders").
 *
 * <p>Only forward integration ({@code t1 ≥ t0}). Immutable and thread-safe; the tape is built once per
 * {@link #integrate} call and shared by the per-thread runners.
 */
public final class TaylorModelFlowIntegrator {

    /** The default order in time. */
    public static final int DEFAULT_ORDER = 10;
    /** The default order of the Taylor models in the deviations. */
    public static final int DEFAULT_TM_ORDER = 6;
    /** The default budget of pieces ({@link #withMaxPieces}). */
    public static final int DEFAULT_MAX_PIECES = 64;
    /** The local error of one step, relative to the set's width, above which a piece asks for a split. */
    static final double SPLIT_LOCAL_ERROR = 1e-4;
    /** The largest queue of symbolic remainders ({@link #withSymbolicRemainders}). */
    public static final int MAX_SYMBOLIC = 10_000;

    private final OdeSystem system;
    private final int order;
    private final int tmOrder;
    private final Map<String, Interval> parameters;
    private final int maxSteps;
    private final int maxPieces;
    private final int threads;
    private final Fold fold;
    private final Refine refine;
    /** The capacity of the queue of symbolic remainders (0: none). */
    private final int symbolic;

    /**
     * Hand-chosen refinement: the pieces the initial set is cut into per variable before the run (each
     * a power of two; empty: none), and the error ratio at which a piece restarts one level up.
     */
    private record Refine(Map<String, Integer> grid, double restartRatio) {
        static final Refine DEFAULT = new Refine(Map.of(), PieceScheduler.RESTART_RATIO);
    }

    /**
     * The error-folding settings ({@link ErrorFolding}): blocks of symbols, symbols per block, fold ratio, and
     * the largest degree of a monomial in the symbols and the largest total degree of a monomial with a
     * symbol ({@link Integer#MAX_VALUE}: the Taylor-model order).
     */
    private record Fold(int blocks, int width, double ratio, int symbolDegree, int symbolTermOrder) {
        static final Fold NONE = new Fold(0, 0, Double.POSITIVE_INFINITY, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    private TaylorModelFlowIntegrator(OdeSystem system, int order, int tmOrder, Map<String, Interval> parameters,
            int maxSteps, int maxPieces, int threads, Fold fold, Refine refine, int symbolic) {
        this.symbolic = symbolic;
        this.fold = fold;
        this.refine = refine;
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
                DEFAULT_TM_ORDER, Map.of(), 100_000, DEFAULT_MAX_PIECES, Runtime.getRuntime().availableProcessors(), Fold.NONE, Refine.DEFAULT, 0);
    }

    /**
     * The default Taylor-model order for {@code variables} Taylor-model variables (states plus wide
     * parameters): {@value #DEFAULT_TM_ORDER}, lowered until the polynomial's C(d + q, q) coefficients
     * fit {@link TaylorModelSpace#MAX_COEFFICIENTS} (a 12-dimensional quadrotor gets q = 4); at least 1.
     */
    public static int defaultTmOrder(int variables) {
        int q = DEFAULT_TM_ORDER;
        while (q > 1 && MonomialIndex.binomial(variables + q, q) > TaylorModelSpace.MAX_COEFFICIENTS) {
            q--;
        }
        return q;
    }

    /** With order {@code K} in time. @throws IllegalArgumentException unless {@code 2 ≤ K ≤ 40} */
    public TaylorModelFlowIntegrator withOrder(int timeOrder) {
        if (timeOrder < 2 || timeOrder > 40) {
            throw new IllegalArgumentException("Taylor-model flow: the order in time must be between 2 and 40, got "
                    + timeOrder);
        }
        return new TaylorModelFlowIntegrator(system, timeOrder, tmOrder, parameters, maxSteps, maxPieces, threads, fold, refine, symbolic);
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
        return new TaylorModelFlowIntegrator(system, order, q, parameters, maxSteps, maxPieces, threads, fold, refine, symbolic);
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
        return new TaylorModelFlowIntegrator(system, order, tmOrder, p, maxSteps, maxPieces, threads, fold, refine, symbolic);
    }

    /** With at most {@code n ≥ 1} steps per piece (history included); then the status is {@code FAILED}. */
    public TaylorModelFlowIntegrator withMaxSteps(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Taylor-model flow: maxSteps must be at least 1, got " + n);
        }
        return new TaylorModelFlowIntegrator(system, order, tmOrder, parameters, n, maxPieces, threads, fold, refine, symbolic);
    }

    /** With at most {@code n ≥ 1} pieces ({@code 1}: no splitting). */
    public TaylorModelFlowIntegrator withMaxPieces(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Taylor-model flow: maxPieces must be at least 1, got " + n);
        }
        return new TaylorModelFlowIntegrator(system, order, tmOrder, parameters, maxSteps, n, threads, fold, refine, symbolic);
    }

    /** With {@code n ≥ 1} worker threads (the result does not depend on it). */
    public TaylorModelFlowIntegrator withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Taylor-model flow: threads must be at least 1, got " + n);
        }
        return new TaylorModelFlowIntegrator(system, order, tmOrder, parameters, maxSteps, maxPieces, n, fold, refine, symbolic);
    }

    /**
     * With error folding ({@link ErrorFolding}): {@code blocks} blocks of {@code width} error symbols,
     * added as Taylor-model variables; a piece folds the dominant {@code width} columns of its error part
     * into the next block whenever its error part exceeds {@code ratio} of its polynomial part (largest
     * widths), releasing the oldest block into the error part when all are in use. {@code blocks = 0}: no
     * folding (the default).
     *
     * @throws IllegalArgumentException unless {@code blocks ≥ 0}, {@code width ≥ 1} when {@code blocks > 0},
     *     and {@code ratio > 0}
     */
    public TaylorModelFlowIntegrator withErrorFolding(int blocks, int width, double ratio) {
        if (blocks < 0 || (blocks > 0 && width < 1) || !(ratio > 0)) {
            throw new IllegalArgumentException("Taylor-model flow: error folding needs blocks >= 0, width >= 1 and ratio > 0,"
                    + " got blocks=" + blocks + ", width=" + width + ", ratio=" + ratio);
        }
        return new TaylorModelFlowIntegrator(system, order, tmOrder, parameters, maxSteps, maxPieces, threads,
                blocks == 0 ? Fold.NONE : new Fold(blocks, width, ratio, Integer.MAX_VALUE, Integer.MAX_VALUE), refine, symbolic);
    }

    /**
     * With error folding as {@link #withErrorFolding(int, int, double)} whose polynomials keep only the
     * monomials of degree at most {@code symbolDegree} in the error symbols (total degree still up to the
     * Taylor-model order); the products of higher degree in the symbols go to the remainders like terms
     * above the order ({@link TaylorModelSpace#of(Map, int, int, int)}). A symbol stands for an error
     * scaled by its radius, so its square is of the order of the error squared, at a fraction of the
     * coefficients (4 states and 4 symbols at q = 5: 406 instead of 1 287 with degree 1, 756 with 2).
     * The guarantee is the same for every value.
     *
     * @throws IllegalArgumentException as {@link #withErrorFolding(int, int, double)}, or unless
     *     {@code symbolDegree ≥ 1}
     */
    public TaylorModelFlowIntegrator withErrorFolding(int blocks, int width, double ratio, int symbolDegree) {
        return withErrorFolding(blocks, width, ratio, symbolDegree, Integer.MAX_VALUE);
    }

    /**
     * As {@link #withErrorFolding(int, int, double, int)}, and a monomial with an error symbol is kept only up
     * to total degree {@code symbolTermOrder} (the others up to the Taylor-model order q): the error's
     * dependence on the initial state is carried to order {@code symbolTermOrder − 1} in the deviations
     * ({@link TaylorModelSpace#of(Map, int, int, int, int)}); 4 states and 4 symbols at q = 5 with degree 2
     * and term order 3: 236 coefficients. {@code Integer.MAX_VALUE}: q.
     *
     * @throws IllegalArgumentException as {@link #withErrorFolding(int, int, double, int)}, or unless
     *     {@code symbolTermOrder ≥ 1}
     */
    public TaylorModelFlowIntegrator withErrorFolding(int blocks, int width, double ratio, int symbolDegree,
            int symbolTermOrder) {
        if (symbolDegree < 1) {
            throw new IllegalArgumentException("Taylor-model flow: the degree of the error symbols must be at least 1, got "
                    + symbolDegree);
        }
        if (symbolTermOrder < 1) {
            throw new IllegalArgumentException("Taylor-model flow: the order of the terms with error symbols must be at"
                    + " least 1, got " + symbolTermOrder);
        }
        TaylorModelFlowIntegrator tm = withErrorFolding(blocks, width, ratio);
        return blocks == 0 ? tm : new TaylorModelFlowIntegrator(system, order, tmOrder, parameters, maxSteps, maxPieces,
                threads, new Fold(blocks, width, ratio, symbolDegree, symbolTermOrder), refine, symbolic);
    }

    /**
     * With the initial box cut up front into {@code pieces} equal parts along {@code variable} (a state,
     * or a parameter given a positive width by {@link #withParameter}); several variables make a grid.
     * The parts are exact halvings of the normalised domain, so each is a sub-box of the initial box and
     * the guarantee is unchanged; they count against {@link #withMaxPieces}, start at refinement level 0
     * and split or restart on demand like any piece (the ARCH-COMP tools' packages choose such splits per
     * instance). Small pieces from the start keep the error part's wrapping small while it is made (see
     * the theory notes); with a budget equal to the grid, the pieces run without refinement.
     *
     * @throws IllegalArgumentException if {@code variable} is neither a state nor a parameter of the
     *     system, or {@code pieces} is not a power of two between 1 and 1024
     */
    public TaylorModelFlowIntegrator withInitialSplits(String variable, int pieces) {
        if (variable == null || !system.variables().contains(variable) && !system.parameters().contains(variable)) {
            throw new IllegalArgumentException("Taylor-model flow: cannot cut along '" + variable + "': no such state"
                    + " or parameter (states: " + String.join(", ", system.variables()) + ")");
        }
        if (pieces < 1 || pieces > 1024 || Integer.bitCount(pieces) != 1) {
            throw new IllegalArgumentException("Taylor-model flow: the initial pieces along " + variable
                    + " must be a power of two between 1 and 1024 (exact halvings), got " + pieces);
        }
        Map<String, Integer> g = new LinkedHashMap<>(refine.grid());
        g.put(variable, pieces);
        return new TaylorModelFlowIntegrator(system, order, tmOrder, parameters, maxSteps, maxPieces, threads, fold,
                new Refine(Map.copyOf(g), refine.restartRatio()), symbolic);
    }

    /**
     * With the initial set halved along each of {@code variables} before the flow starts (a name given
     * k times is cut into 2^k pieces): {@link #withInitialSplits(String, int)} for each distinct name.
     *
     * @throws IllegalArgumentException as {@link #withInitialSplits(String, int)}
     */
    public TaylorModelFlowIntegrator withInitialSplits(String... variables) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String v : variables) {
            counts.merge(v, 2, (a, b) -> a * b);
        }
        TaylorModelFlowIntegrator tm = this;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            tm = tm.withInitialSplits(e.getKey(), e.getValue() * refine.grid().getOrDefault(e.getKey(), 1));
        }
        return tm;
    }

    /**
     * With the error ratio (largest width of a piece's error part over that of its polynomial part) at
     * which a piece is integrated again from the start one refinement level up, instead of the default
     * 0.1; at the last level a piece fails above the larger of this and
     * 1. A larger ratio lets a set whose polynomial part contracts while its error part does not (LALO20)
     * go on with the wider enclosure it has; it changes when pieces restart, never what they enclose.
     *
     * @throws IllegalArgumentException unless {@code ratio > 0} and finite
     */
    public TaylorModelFlowIntegrator withRestartRatio(double ratio) {
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("Taylor-model flow: the restart ratio must be positive and finite, got " + ratio);
        }
        return new TaylorModelFlowIntegrator(system, order, tmOrder, parameters, maxSteps, maxPieces, threads, fold,
                new Refine(refine.grid(), ratio), symbolic);
    }

    /**
     * With symbolic remainders (Flow*'s, Chen &amp; Sankaranarayanan): the errors of the last {@code capacity}
     * steps are kept as interval vectors together with enclosures of the products of the steps' point
     * linear maps {@code Φ = mid J} since they were made ({@link SymbolicRemainder}); a step boxes only
     * its own nonlinear interaction {@code (J − Φ)·s} and fresh error, and the entry that leaves a full
     * queue goes into the Lohner part {@code Q·E}. The guarantee is the same (proof in the theory notes,
     * "Symbolic remainders"); what changes is how fast the error part grows where the Lohner update's
     * wrapping dominates (LALO20 at low Taylor-model orders). {@code 0}: none (the default).
     *
     * @throws IllegalArgumentException unless {@code 0 ≤ capacity ≤ }{@value #MAX_SYMBOLIC}
     */
    public TaylorModelFlowIntegrator withSymbolicRemainders(int capacity) {
        if (capacity < 0 || capacity > MAX_SYMBOLIC) {
            throw new IllegalArgumentException("Taylor-model flow: the queue of symbolic remainders must hold between 0"
                    + " and " + MAX_SYMBOLIC + " steps, got " + capacity);
        }
        return new TaylorModelFlowIntegrator(system, order, tmOrder, parameters, maxSteps, maxPieces, threads, fold,
                refine, capacity);
    }

    /** The capacity of the queue of symbolic remainders ({@link #withSymbolicRemainders}; 0: none). */
    public int symbolicRemainders() {
        return symbolic;
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
        int width = Math.min(fold.width(), n);
        int first = domain.size();
        for (int k = 0; k < fold.blocks() * width; k++) {
            String name = "eta" + (k / width + 1) + "_" + (k % width + 1);
            while (domain.containsKey(name) || system.parameters().contains(name)) {
                name = "_" + name;
            }
            domain.put(name, Interval.of(-1, 1));
        }
        int symbols = domain.size() - first;
        int termOrder = Math.min(fold.symbolTermOrder(), tmOrder);
        int cap = Math.min(fold.symbolDegree(), termOrder);
        long size = TaylorModelSpace.size(domain.size(), tmOrder, symbols, cap, termOrder);
        if (size > TaylorModelSpace.MAX_COEFFICIENTS) {
            throw new IllegalArgumentException("Taylor-model flow: " + domain.size() + " Taylor-model variables ("
                    + (first - n) + " wide parameters, " + symbols + " error symbols"
                    + (cap < tmOrder ? " of degree " + cap : "") + (termOrder < tmOrder ? " in terms of order " + termOrder : "")
                    + ") at order " + tmOrder + " need " + size + " coefficients, more than "
                    + TaylorModelSpace.MAX_COEFFICIENTS + ": lower the Taylor-model order or the error folding");
        }
        ErrorFolding folding = fold.blocks() == 0 ? ErrorFolding.NONE
                : new ErrorFolding(first, width, fold.blocks(), fold.ratio());
        TaylorModelSpace space = TaylorModelSpace.of(domain, tmOrder, first, cap, termOrder);
        TaylorModel[] x0 = new TaylorModel[first];
        Interval[] initial = new Interval[first];
        for (int i = 0; i < n; i++) {
            x0[i] = normalised(space, system.variables().get(i), box[i]);
            initial[i] = box[i];
        }
        for (int j = 0; j < wide.size(); j++) {
            x0[n + j] = normalised(space, wide.get(j), parameters.get(wide.get(j)));
            initial[n + j] = parameters.get(wide.get(j));
        }
        TaylorTape tape = system.tape();
        double tolerance = Math.max(Math.exp(1 - 2.0 * order), 1e-15);
        PieceScheduler scheduler = new PieceScheduler(() -> new FlowStepper(system, tape, space, order, tolerance,
                parameters, wide), n, t1, maxSteps, maxPieces, threads, SPLIT_LOCAL_ERROR, initial, folding,
                refine.restartRatio());
        FlowSet start = FlowSet.initial(x0, n, symbolic);
        return scheduler.run(start, t0, initialPieces(new FlowPiece("", List.of(), start, t0, Double.NaN), domain));
    }

    /** The root piece cut by {@link #withInitialSplits} (in the domain's variable order), or the root alone. */
    private List<FlowPiece> initialPieces(FlowPiece root, Map<String, Interval> domain) {
        List<String> names = new ArrayList<>(domain.keySet());
        long total = 1;
        for (Map.Entry<String, Integer> e : refine.grid().entrySet()) {
            if (!names.contains(e.getKey())) {
                throw new IllegalArgumentException("Taylor-model flow: cannot cut along parameter '" + e.getKey()
                        + "': it is a point (give it a width with withParameter)");
            }
            total *= e.getValue();
        }
        if (total > maxPieces) {
            throw new IllegalArgumentException("Taylor-model flow: " + total + " initial pieces " + refine.grid()
                    + " exceed the budget of " + maxPieces + " pieces");
        }
        List<FlowPiece> pieces = List.of(root);
        for (int j = 0; j < names.size(); j++) {
            int cuts = Integer.numberOfTrailingZeros(refine.grid().getOrDefault(names.get(j), 1));
            for (int c = 0; c < cuts; c++) {
                List<FlowPiece> next = new ArrayList<>();
                for (FlowPiece p : pieces) {
                    next.addAll(List.of(p.split(j)));
                }
                pieces = next;
            }
        }
        return pieces;
    }

    /** The model {@code mid + rad·ξ} of the interval {@code x} (a tiny radius for a point, see the class comment). */
    private static TaylorModel normalised(TaylorModelSpace space, String name, Interval x) {
        return space.variable(name).multiply(x.rad()).add(x.mid());
    }
}
