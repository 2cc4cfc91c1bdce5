package org.taylorkit.ode.validated;

import java.util.Arrays;
import org.taylorkit.interval.Interval;

/**
 * The state of one validated integration and its step (see {@link ValidatedIntegrator} for the
 * method and the proofs). {@link Method#NAIVE_BOX} keeps a box {@code r}; the other methods keep a
 * {@link LohnerSet}. Not thread-safe.
 */
final class ValidatedRun {

    private static final int MAX_HALVINGS = 60;
    /** Attempts per step for the Lohner methods: accuracy retries plus halvings. */
    private static final int MAX_ATTEMPTS = 80;
    /** Retries that shorten a validated step whose remainder is above the target. */
    private static final int MAX_ACCURACY_RETRIES = 3;
    /** The smallest target of the remainder term, relative to max(1, ‖x‖): below the rounding level of the end value. */
    static final double REMAINDER_FLOOR = 1e-17;

    private final IntervalTaylorStepper stepper;
    private final Method method;
    private final int n;
    private final int p;
    private final double maxStep;
    /** NAIVE_BOX: the box. */
    private Interval[] r;
    /** The Lohner methods: the set. */
    private final LohnerSet set;
    /** The tightest known box of the current set (for the output). */
    private Interval[] box;
    private double lastStep = Double.NaN;
    private double growth = 1;
    private String failure;

    ValidatedRun(IntervalTaylorStepper stepper, Method method, Interval[] box0, double maxStep) {
        this.stepper = stepper;
        this.method = method;
        this.n = box0.length;
        this.p = stepper.order();
        this.maxStep = maxStep;
        this.box = box0.clone();
        if (method == Method.NAIVE_BOX) {
            r = box0.clone();
            set = null;
        } else {
            set = LohnerSet.of(box0, method);
        }
    }

    Interval[] enclosure() {
        return box.clone();
    }

    /** The set before the next step as a {@link LohnerSet.Snapshot}; {@code null} for {@link Method#NAIVE_BOX}. */
    LohnerSet.Snapshot snapshot() {
        return set == null ? null : set.snapshot();
    }

    String failure() {
        return failure;
    }

    /** One validated step from {@code t0} towards {@code tEnd}, or {@code null} (see {@link #failure()}). */
    ValidatedStep step(double t0, double tEnd) {
        return method == Method.NAIVE_BOX ? naive(t0, tEnd) : lohner(t0, tEnd);
    }

    /**
     * One step of a Lohner method. The step size is chosen so that the remainder term
     * {@code |x_p(T, N)|·h^p} is near {@link #remainderTarget}{@code ·max(1, ‖x‖)}: predicted from
     * the previous step (or, for the first, from the last Taylor coefficients at the centre),
     * shortened by {@code (target/error)^{1/p}} when a validated step misses the target, halved when
     * the a priori enclosure or the set update fails. Heuristics only choose {@code h}; the proofs in
     * {@link AprioriEnclosure#highOrder} and {@link LohnerSet} decide.
     */
    private ValidatedStep lohner(double t0, double tEnd) {
        Interval tt0 = Interval.point(t0);
        Interval[] xhat = set.hullWithCentre();
        if (!IntervalMatrices.isFiniteBox(xhat)) {
            failure = "the enclosure became unbounded at t=" + t0;
            return null;
        }
        double[] c = set.centre();
        Interval[][] lowAtCentre;
        IntervalTaylorStepper.Jets overX;
        try {
            overX = stepper.directionalJets(tt0, xhat, set.seed(), p - 1); // first: an error names the set's hull
            lowAtCentre = stepper.coefficients(tt0, IntervalMatrices.point(c), p - 1);
        } catch (ArithmeticException e) {
            failure = "domain error in the right-hand side at t=" + t0 + " over the set " + Arrays.toString(xhat)
                    + ": " + e.getMessage();
            return null;
        }
        Interval[][] lowOverX = overX.value();
        Interval[][][] dx = overX.derivative();
        double scale = 1;
        for (Interval v : xhat) {
            scale = Math.max(scale, v.mag());
        }
        double target = remainderTarget(p) * scale;
        double h = Double.isNaN(lastStep) ? firstStep(lowAtCentre, target) : lastStep * growth;
        h = Math.min(h, maxStep);
        String why = "no a priori enclosure";
        int retries = 0;
        for (int attempt = 0; attempt <= MAX_ATTEMPTS; attempt++) {
            double t1 = tEnd - t0 <= h ? tEnd : t0 + h;
            if (!(t1 > t0)) {
                break;
            }
            Interval tt1 = Interval.point(t1);
            Interval hh = tt1.subtract(tt0);
            Interval s = Interval.of(0, hh.sup());
            AprioriEnclosure.HighOrder ho = AprioriEnclosure.highOrder(stepper, tt0.hull(tt1), lowOverX, s);
            if (ho == null) {
                why = "no a priori enclosure (high-order test failed)";
                h /= 2;
                continue;
            }
            Interval[] rem = ho.remainder();
            double err = 0;
            for (Interval v : rem) {
                err = Math.max(err, v.mag());
            }
            err *= Math.pow(hh.sup(), p);
            if (err > 2 * target && retries < MAX_ACCURACY_RETRIES && t1 - t0 > Math.ulp(t0) * 64) {
                retries++;
                h = (t1 - t0) * Math.max(0.2, Math.min(0.9, 0.9 * Math.pow(target / err, 1.0 / p)));
                continue;
            }
            Interval[] y = new Interval[n];
            Interval[] direct = new Interval[n];
            for (int i = 0; i < n; i++) {
                y[i] = StepPolynomial.horner(lowAtCentre[i], rem[i], hh);
                direct[i] = StepPolynomial.horner(lowOverX[i], rem[i], hh);
            }
            // DP(X̂)·S ⊆ Σ_{k<p} (Dx_k(t0, X̂)·S)·H^k for the set's frame seed S, entrywise Horner
            // (the remainder is in y, see LohnerSet)
            int m = dx[0][0].length;
            Interval[][] jac = new Interval[n][m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    Interval acc = dx[p - 1][i][j];
                    for (int k = p - 2; k >= 0; k--) {
                        acc = acc.multiply(hh).add(dx[k][i][j]);
                    }
                    jac[i][j] = acc;
                }
            }
            if (!IntervalMatrices.isFiniteBox(y) || !IntervalMatrices.isFinite(jac) || !set.advanceSeeded(y, jac, direct)) {
                why = "the new enclosure is not finite";
                h /= 2;
                continue;
            }
            double nominal = t1 == tEnd && tEnd - t0 < h ? h : t1 - t0;
            lastStep = nominal;
            growth = err == 0 ? 2 : Math.max(0.5, Math.min(2, 0.9 * Math.pow(target / err, 1.0 / p)));
            box = set.box();
            return new ValidatedStep(t0, t1, p, ho.enclosure(), box);
        }
        failure = "step size underflow at t=" + t0 + ": " + why;
        return null;
    }

    /**
     * The relative target of the remainder term for order {@code p}: {@code max(e^{1−2p}, 1e-17)}, the
     * tolerance for which Jorba and Zou's rule {@code p ≈ −½ ln ε + 1} picks about order {@code p}
     * (so low orders take reasonable steps) but never far below the rounding level (order 20:
     * {@code 1.2e-17}; on Lorenz this minimised the accumulated width).
     */
    static double remainderTarget(int p) {
        return Math.max(Math.exp(1 - 2.0 * p), REMAINDER_FLOOR);
    }

    /** The first step: {@code min_{k ∈ {p−2, p−1}} (target/‖x_k‖)^{1/k}} from the coefficients at the centre. */
    private double firstStep(Interval[][] low, double target) {
        double h = rootBound(low, target);
        return h == Double.POSITIVE_INFINITY ? 1 : h;
    }

    /**
     * {@code min_{k ∈ {p−2, p−1}} (numerator/‖x_k‖)^{1/k}} over the coefficient enclosures {@code low}
     * (magnitudes), or +∞ when both coefficients vanish.
     */
    private double rootBound(Interval[][] low, double numerator) {
        double h = Double.POSITIVE_INFINITY;
        for (int k = Math.max(1, p - 2); k <= p - 1; k++) {
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm = Math.max(norm, low[i][k].mag());
            }
            if (norm > 0) {
                h = Math.min(h, Math.pow(numerator / norm, 1.0 / k));
            }
        }
        return h;
    }

    /** One step of {@link Method#NAIVE_BOX} (first-order Picard enclosure, Jorba–Zou step, halving). */
    private ValidatedStep naive(double t0, double tEnd) {
        Interval tt0 = Interval.point(t0);
        Interval[] xbox = r.clone();
        if (!IntervalMatrices.isFiniteBox(xbox)) {
            failure = "the enclosure became unbounded at t=" + t0;
            return null;
        }
        Interval[][] low;
        try {
            low = stepper.coefficients(tt0, xbox, p - 1);
        } catch (ArithmeticException e) {
            failure = "domain error in the right-hand side at t=" + t0 + ": " + e.getMessage();
            return null;
        }
        double h = Math.min(estimateStep(low, xbox), maxStep);
        if (!Double.isNaN(lastStep)) {
            h = Math.min(h, 4 * lastStep);
        }
        String why = "no a priori enclosure";
        for (int attempt = 0; attempt <= MAX_HALVINGS; attempt++, h /= 2) {
            double t1 = tEnd - t0 <= h ? tEnd : t0 + h;
            if (!(t1 > t0)) {
                break;
            }
            Interval tt1 = Interval.point(t1);
            Interval hh = tt1.subtract(tt0);
            Interval s = Interval.of(0, hh.sup());
            Interval time = tt0.hull(tt1);
            Interval[] b = AprioriEnclosure.solution(stepper, time, xbox, s);
            if (b == null) {
                why = "no a priori enclosure (Picard test failed)";
                continue;
            }
            try {
                ValidatedStep step = naiveStep(t0, t1, time, hh, s, low, b);
                if (step != null) {
                    lastStep = t1 - t0;
                    return step;
                }
                why = "the new enclosure is not finite";
            } catch (ArithmeticException e) {
                why = "domain error: " + e.getMessage();
            }
        }
        failure = "step size underflow at t=" + t0 + ": " + why;
        return null;
    }

    private ValidatedStep naiveStep(double t0, double t1, Interval time, Interval hh, Interval s, Interval[][] low,
            Interval[] b) {
        Interval[] rem = remainder(stepper.coefficients(time, b, p));
        Interval[] next = new Interval[n];
        for (int i = 0; i < n; i++) {
            next[i] = StepPolynomial.horner(low[i], rem[i], hh);
        }
        if (!IntervalMatrices.isFiniteBox(next)) {
            return null;
        }
        Interval[] over = AprioriEnclosure.refine(low, rem, s, b);
        r = next;
        box = next;
        return new ValidatedStep(t0, t1, p, over, next);
    }

    private static Interval[] remainder(Interval[][] coefficients) {
        Interval[] r = new Interval[coefficients.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = coefficients[i][coefficients[i].length - 1];
        }
        return r;
    }

    /**
     * Jorba–Zou step estimate from the last two coefficients (a heuristic: validation decides):
     * {@code ρ = min_{k ∈ {p−2, p−1}} (m/‖x_k‖)^{1/k}}, {@code m = max(1, ‖x‖)}, {@code h = ρ/e²·e^{−0.7/(p−1)}}.
     */
    private double estimateStep(Interval[][] low, Interval[] xbox) {
        double scale = 1;
        for (Interval v : xbox) {
            scale = Math.max(scale, v.mag());
        }
        double rho = rootBound(low, scale);
        if (rho == Double.POSITIVE_INFINITY) {
            rho = 1;
        }
        return rho / (Math.E * Math.E) * Math.exp(-0.7 / (p - 1));
    }
}
