package org.taylorkit.ode.validated.tm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.validated.ValidatedSolution;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * Runs the pieces of a Taylor-model flow in generations (see {@link TaylorModelFlowIntegrator}): the
 * pieces of one generation in parallel, each until it completes, fails for good (step limit, last
 * refinement level) or asks for a split or a restart of its initial sub-box one refinement level up;
 * then the requests in stable id order while the budget lasts (a split or a restart uses one unit; a
 * restarted piece's abandoned steps are dropped). A request the budget cannot pay for is denied: a
 * piece that only asked to be refined (its error part or truncation error grew) goes on as it is,
 * never asking again and never given up for its error ratio, to the end or to a step it cannot
 * validate; a piece whose step could not be validated fails ({@code "split budget of N pieces spent
 * at t = …"}), while the other pieces go on. Deterministic: a piece's run depends only on its own
 * state, and the grants only on the ordered requests.
 */
final class PieceScheduler {

    /** The highest refinement level a piece is restarted at (see {@link FlowPiece#level}). */
    static final int MAX_LEVEL = 3;
    /**
     * A piece at level {@code L ≥ 1} splits when its error ratio ({@link FlowPiece#errorRatio}) exceeds
     * {@code LEVEL_ONE_GROWTH / 2^(L−1)} times its ratio at its start, or {@link #GROWTH_FLOOR} if that is larger.
     */
    static final double LEVEL_ONE_GROWTH = 256;
    /** See {@link #LEVEL_ONE_GROWTH}. */
    static final double GROWTH_FLOOR = 1e-8;
    /**
     * The error ratio above which a piece below {@link #MAX_LEVEL} is restarted one level up (at the last
     * level, the piece fails when the ratio exceeds 1).
     */
    static final double RESTART_RATIO = 0.1;

    private final Supplier<FlowStepper> steppers;
    private final int n;
    private final double tEnd;
    private final int maxSteps;
    private final int maxPieces;
    private final int threads;
    private final double splitInflation;
    private final Interval[] initial;
    private final ErrorFolding folding;
    /** The error ratio above which a piece below {@link #MAX_LEVEL} restarts ({@link #RESTART_RATIO} by default). */
    private final double restartRatio;

    PieceScheduler(Supplier<FlowStepper> steppers, int n, double tEnd, int maxSteps, int maxPieces, int threads,
            double splitInflation, Interval[] initial, ErrorFolding folding) {
        this(steppers, n, tEnd, maxSteps, maxPieces, threads, splitInflation, initial, folding, RESTART_RATIO);
    }

    /**
     * With {@code restartRatio}: the error ratio above which a piece below the last level restarts (at
     * the last level a piece fails above the larger of it and 1).
     */
    PieceScheduler(Supplier<FlowStepper> steppers, int n, double tEnd, int maxSteps, int maxPieces, int threads,
            double splitInflation, Interval[] initial, ErrorFolding folding, double restartRatio) {
        this.restartRatio = restartRatio;
        this.initial = initial.clone();
        this.folding = folding;
        this.steppers = steppers;
        this.n = n;
        this.tEnd = tEnd;
        this.maxSteps = maxSteps;
        this.maxPieces = maxPieces;
        this.threads = threads;
        this.splitInflation = splitInflation;
    }

    /**
     * Runs the pieces {@code roots} (the whole initial set, or its sub-boxes cut up front; each counts
     * against the budget) from {@code t0}; {@code initialSet} is the whole initial set at {@code t0},
     * from which restarts are cut.
     */
    SetFlowSolution run(FlowSet initialSet, double t0, List<FlowPiece> roots) {
        List<FlowPiece> active = new ArrayList<>(roots);
        List<FlowPiece> leaves = new ArrayList<>();
        List<FlowPiece> nodes = new ArrayList<>();
        int count = roots.size();
        FlowPiece firstDenied = null;
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tm-flow-piece");
            t.setDaemon(true);
            return t;
        }) : null;
        ThreadLocal<FlowStepper> local = ThreadLocal.withInitial(steppers);
        try {
            while (!active.isEmpty()) {
                runGeneration(active, pool, local);
                List<FlowPiece> next = new ArrayList<>();
                for (FlowPiece p : active) {
                    boolean asks = p.end == FlowPiece.End.SPLIT || p.end == FlowPiece.End.RESTART;
                    if (!asks) {
                        nodes.add(p);
                        leaves.add(p);
                    } else if (count < maxPieces) {
                        count++;
                        if (p.end == FlowPiece.End.RESTART) {
                            next.add(p.restart(initialSet, t0)); // the attempt's steps are dropped
                        } else {
                            nodes.add(p);
                            next.addAll(List.of(p.split(p.splitVariable)));
                        }
                    } else if (!p.stepFailed) {
                        // a refinement the budget cannot pay for: the piece is valid as it is and goes on
                        // unrefined, until the end or a step it cannot validate
                        p.refinable = false;
                        p.end = null;
                        p.reason = null;
                        next.add(p);
                    } else {
                        nodes.add(p);
                        p.end = FlowPiece.End.FAILED;
                        p.reason = "split budget of " + maxPieces + (maxPieces == 1 ? " piece" : " pieces")
                                + " spent at t = " + p.t + " (piece " + label(p) + ": " + p.reason + ")";
                        if (firstDenied == null || p.t < firstDenied.t) {
                            firstDenied = p;
                        }
                        leaves.add(p);
                    }
                }
                active = next;
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return collect(leaves, nodes, firstDenied == null ? null : firstDenied.reason);
    }

    private void runGeneration(List<FlowPiece> active, ExecutorService pool, ThreadLocal<FlowStepper> local) {
        if (pool == null || active.size() == 1) {
            for (FlowPiece p : active) {
                advance(p, local.get());
            }
            return;
        }
        List<Future<?>> fs = new ArrayList<>();
        for (FlowPiece p : active) {
            fs.add(pool.submit(() -> advance(p, local.get())));
        }
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Taylor-model flow interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(c);
            }
        }
    }

    /** Runs one piece until it completes, fails for good or asks for a split. */
    private void advance(FlowPiece p, FlowStepper stepper) {
        if (Double.isNaN(p.birthRatio)) {
            p.birthRatio = p.errorRatio(n);
        }
        while (p.t < tEnd) {
            if (p.stepCount() >= maxSteps) {
                p.end = FlowPiece.End.FAILED;
                p.reason = "step limit " + maxSteps + " reached at t=" + p.t;
                return;
            }
            FlowStepper.Outcome o = stepper.step(p.set, p.t, tEnd, p.nextStep);
            if (o.failure() != null) {
                p.stepFailed = true;
                requestSplit(p, o.failure());
                return;
            }
            p.own.add(o.step());
            p.set = o.next();
            p.t = o.step().t1();
            p.nextStep = o.nextStep();
            if (p.t >= tEnd) {
                break;
            }
            if (folding.enabled() && p.errorRatio(n) > folding.ratio()) {
                p.set = folding.fold(p.set, p.folds++);
            }
            String dominated = errorDominates(p);
            if (dominated != null) {
                giveUp(p, "at t=" + p.t + " " + dominated);
                return;
            }
            if (!p.refinable) {
                continue;
            }
            double ratio = p.errorRatio(n);
            if (p.level >= 1 && ratio > Math.max(GROWTH_FLOOR, (LEVEL_ONE_GROWTH / (1 << (p.level - 1))) * p.birthRatio)) {
                requestSplit(p, "the error part grew to " + ratio + " of the polynomial part at t=" + p.t + " (level " + p.level + ")");
                return;
            }
            // only the part of the local error a split reduces (the truncation in the deviations); the
            // Lagrange term in time, tied to an absolute tolerance, would ask small pieces for ever more splits
            double local = stepper.lastTruncationRatio();
            if (local > splitInflation) {
                requestSplit(p, "the truncation error of a step reached " + local + " of the set's width at t=" + p.t);
                return;
            }
        }
        p.end = FlowPiece.End.COMPLETED;
    }

    /**
     * Asks for a split, unless the accumulated error part is already wider than the polynomial part in
     * some state: a split halves the polynomial's range but keeps the error part, so it cannot help, and
     * the piece fails with that reason instead of spending the budget.
     */
    private void requestSplit(FlowPiece p, String why) {
        String dominated = errorDominates(p);
        if (dominated != null) {
            giveUp(p, why + "; not split: " + dominated);
            return;
        }
        p.end = FlowPiece.End.SPLIT;
        p.reason = why;
        p.splitVariable = p.splitDirection(n);
    }

    /**
     * A piece whose error part dominates: restarted from its initial sub-box one refinement level up,
     * or failed with {@code why} at the last level.
     */
    private static void giveUp(FlowPiece p, String why) {
        p.reason = why;
        p.end = p.level < MAX_LEVEL ? FlowPiece.End.RESTART : FlowPiece.End.FAILED;
    }

    /**
     * Why the piece's error part is too wide compared with its polynomial part (their largest widths
     * over the states; ratio above {@link #RESTART_RATIO} or the ratio set), or null. Largest widths, not state by state:
     * where the set turns (a state at its extreme over the piece) the polynomial part is thin in that
     * state for a moment while the error part is not, and that alone is no reason to give up.
     */
    private String errorDominates(FlowPiece p) {
        if (!p.refinable) {
            return null; // nothing to save it for: it goes on while its steps can be validated
        }
        double ratio = p.errorRatio(n);
        if (ratio > (p.level < MAX_LEVEL ? restartRatio : Math.max(1, restartRatio))) {
            return "the accumulated error part reached " + ratio + " of the width of the set's polynomial part"
                    + " (level " + p.level + "), which a split would not reduce";
        }
        return null;
    }

    private static String label(FlowPiece p) {
        return p.id.isEmpty() ? "initial set" : p.id;
    }

    private SetFlowSolution collect(List<FlowPiece> leaves, List<FlowPiece> nodes, String denied) {
        leaves.sort(Comparator.comparing(p -> p.id));
        nodes.sort(Comparator.comparing(p -> p.id));
        double t = Double.POSITIVE_INFINITY;
        for (FlowPiece p : leaves) {
            t = Math.min(t, p.t);
        }
        Interval[] hull = null;
        List<ValidatedSolution> pieces = new ArrayList<>();
        List<Interval[]> boxes = new ArrayList<>();
        for (FlowPiece p : leaves) {
            Interval[] at = at(p, t);
            if (hull == null) {
                hull = at;
            } else {
                for (int i = 0; i < n; i++) {
                    hull[i] = hull[i].hull(at[i]);
                }
            }
            boolean done = p.end == FlowPiece.End.COMPLETED;
            boxes.add(p.initialBox(initial));
            pieces.add(ValidatedSolution.of(p.t, p.box(n), done ? ValidatedSolution.Status.COMPLETED
                    : ValidatedSolution.Status.FAILED, done ? null : p.reason, p.history()));
        }
        List<ValidatedStep> all = new ArrayList<>();
        for (FlowPiece p : nodes) {
            all.addAll(p.own);
        }
        String reason = denied;
        if (reason == null) {
            FlowPiece first = null;
            for (FlowPiece p : leaves) {
                if (p.end != FlowPiece.End.COMPLETED && (first == null || p.t < first.t)) {
                    first = p;
                }
            }
            reason = first == null ? null : "piece " + label(first) + ": " + first.reason;
        }
        ValidatedSolution.Status status = reason == null ? ValidatedSolution.Status.COMPLETED
                : ValidatedSolution.Status.FAILED;
        return new SetFlowSolution(t, status, reason, hull, pieces, boxes, all);
    }

    /** An enclosure of the piece's solutions at time {@code t ≤ p.t}. */
    private Interval[] at(FlowPiece p, double t) {
        if (t == p.t) {
            return p.box(n);
        }
        Interval[] h = null;
        for (ValidatedStep s : p.history()) {
            if (s.t0() <= t && t <= s.t1()) {
                Interval[] b = s.t1() == t ? s.endEnclosure() : s.stepEnclosure();
                if (h == null) {
                    h = b;
                } else {
                    for (int i = 0; i < n; i++) {
                        h[i] = h[i].intersection(b[i]);
                    }
                }
            }
        }
        return h;
    }
}
