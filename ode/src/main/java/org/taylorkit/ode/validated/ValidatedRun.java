package org.taylorkit.ode.validated;

import java.util.Arrays;
import java.util.Comparator;
import org.taylorkit.interval.Interval;

/**
 * The state of one validated integration and its step (see {@link ValidatedIntegrator} for the
 * method and the proofs). The set is {@code c + A·r}: for {@link Method#NAIVE_BOX} {@code c = 0},
 * {@code A = I} and {@code r} is the box; for {@link Method#LOHNER_QR} {@code c} is a point,
 * {@code A} a nearly orthogonal point matrix and {@code r} an interval vector. Not thread-safe.
 */
final class ValidatedRun {

    private static final int MAX_HALVINGS = 60;

    private final IntervalTaylorStepper stepper;
    private final Method method;
    private final int n;
    private final int p;
    private final double maxStep;
    private double[] c;
    private double[][] a;
    private Interval[] r;
    /** The tightest known box of the current set (for the output). */
    private Interval[] box;
    private double lastStep = Double.NaN;
    private String failure;

    ValidatedRun(IntervalTaylorStepper stepper, Method method, Interval[] box0, double maxStep) {
        this.stepper = stepper;
        this.method = method;
        this.n = box0.length;
        this.p = stepper.order();
        this.maxStep = maxStep;
        this.box = box0.clone();
        this.a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
        }
        if (method == Method.NAIVE_BOX) {
            c = new double[n];
            r = box0.clone();
        } else {
            c = IntervalMatrices.mid(box0);
            r = new Interval[n];
            for (int i = 0; i < n; i++) {
                // exact real set box0[i] − c[i] enclosed by an interval subtraction
                r[i] = box0[i].subtract(Interval.point(c[i]));
            }
        }
    }

    Interval[] enclosure() {
        return box.clone();
    }

    String failure() {
        return failure;
    }

    /** One validated step from {@code t0} towards {@code tEnd}, or {@code null} (see {@link #failure()}). */
    ValidatedStep step(double t0, double tEnd) {
        Interval tt0 = Interval.point(t0);
        // the whole current set, with the centre c included so the mean-value segments stay inside
        Interval[] xbox = method == Method.NAIVE_BOX ? r.clone() : withCentre();
        if (!IntervalMatrices.isFiniteBox(xbox)) {
            failure = "the enclosure became unbounded at t=" + t0;
            return null;
        }
        Interval[] centre = method == Method.NAIVE_BOX ? xbox : IntervalMatrices.point(c);
        Interval[][] low;
        try {
            low = stepper.coefficients(tt0, centre, p - 1);
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
                ValidatedStep step = method == Method.NAIVE_BOX
                        ? naiveStep(t0, t1, time, hh, s, low, b)
                        : lohnerStep(t0, t1, tt0, time, hh, s, xbox, low, b);
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
            next[i] = horner(low[i], rem[i], hh);
        }
        if (!IntervalMatrices.isFiniteBox(next)) {
            return null;
        }
        Interval[] over = AprioriEnclosure.refine(low, rem, s, b);
        r = next;
        box = next;
        return new ValidatedStep(t0, t1, p, over, next);
    }

    private ValidatedStep lohnerStep(double t0, double t1, Interval tt0, Interval time, Interval hh, Interval s,
            Interval[] xbox, Interval[][] lowAtCentre, Interval[] b) {
        // Df over the a priori box, then the variational a priori enclosure W
        Interval[][] id = IntervalMatrices.identity(n);
        IntervalTaylorStepper.Jets first = stepper.jets(time, b, id, 1);
        Interval[][] w = AprioriEnclosure.variational(first.derivative()[1], s);
        if (w == null || !IntervalMatrices.isFinite(first.derivative()[1])) {
            return null;
        }
        IntervalTaylorStepper.Jets overB = stepper.jets(time, b, w, p);
        IntervalTaylorStepper.Jets overX = stepper.jets(tt0, xbox, id, p - 1);
        Interval[] rem = new Interval[n];
        for (int i = 0; i < n; i++) {
            rem[i] = overB.value()[i][p];
        }
        // y ∋ φ(c): Taylor polynomial at the centre plus the Lagrange remainder over B
        Interval[] y = new Interval[n];
        for (int i = 0; i < n; i++) {
            y[i] = horner(lowAtCentre[i], rem[i], hh);
        }
        // J ⊇ Dφ(X): Σ_{k<p} Dx_k(X) H^k + (Dx_p·V)(B, W) H^p, entrywise Horner
        Interval[][] jac = new Interval[n][n];
        Interval[][][] dx = overX.derivative();
        Interval[][] dRem = overB.derivative()[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Interval acc = dRem[i][j];
                for (int k = p - 1; k >= 0; k--) {
                    acc = acc.multiply(hh).add(dx[k][i][j]);
                }
                jac[i][j] = acc;
            }
        }
        if (!IntervalMatrices.isFiniteBox(y) || !IntervalMatrices.isFinite(jac)) {
            return null;
        }
        Interval[][] m = IntervalMatrices.multiply(jac, IntervalMatrices.point(a));
        // the mean-value box y + M·r, valid by itself
        Interval[] meanValue = IntervalMatrices.add(y, IntervalMatrices.multiply(m, r));
        double[] cNew = IntervalMatrices.mid(y);
        Interval[] z = new Interval[n];
        for (int i = 0; i < n; i++) {
            z[i] = y[i].subtract(Interval.point(cNew[i]));
        }
        double[][] q = IntervalMatrices.orthogonalFactor(sortedColumns(IntervalMatrices.mid(m)));
        Interval[][] qInv = IntervalMatrices.inverseEnclosure(q);
        if (qInv == null) {
            return null;
        }
        Interval[] rNew = IntervalMatrices.add(IntervalMatrices.multiply(IntervalMatrices.multiply(qInv, m), r),
                IntervalMatrices.multiply(qInv, z));
        if (!IntervalMatrices.isFiniteBox(rNew) || !IntervalMatrices.isFiniteBox(meanValue)) {
            return null;
        }
        Interval[] parallelepiped = IntervalMatrices.add(IntervalMatrices.point(cNew),
                IntervalMatrices.multiply(IntervalMatrices.point(q), rNew));
        Interval[] end = new Interval[n];
        for (int i = 0; i < n; i++) {
            Interval cut = parallelepiped[i].intersection(meanValue[i]);
            end[i] = cut.isEmpty() ? meanValue[i] : cut;
        }
        Interval[][] lowOverX = overX.value();
        Interval[] over = AprioriEnclosure.refine(lowOverX, rem, s, b);
        c = cNew;
        a = q;
        r = rNew;
        box = end;
        return new ValidatedStep(t0, t1, p, over, end);
    }

    /** {@code c + A·(r ∪ {0})}: encloses the current set and the centre {@code c}. */
    private Interval[] withCentre() {
        Interval[] r0 = new Interval[n];
        for (int i = 0; i < n; i++) {
            r0[i] = r[i].hull(Interval.point(0));
        }
        return IntervalMatrices.add(IntervalMatrices.point(c), IntervalMatrices.multiply(IntervalMatrices.point(a), r0));
    }

    /** Columns of {@code mid(J·A)} reordered by decreasing length times the width of {@code r} (Lohner). */
    private double[][] sortedColumns(double[][] mm) {
        Integer[] order = new Integer[n];
        double[] key = new double[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
            double len = 0;
            for (int i = 0; i < n; i++) {
                len = Math.hypot(len, mm[i][j]);
            }
            key[j] = len * r[j].wid();
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -key[j]));
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = mm[i][order[j]];
            }
        }
        return out;
    }

    private static Interval[] remainder(Interval[][] coefficients) {
        Interval[] r = new Interval[coefficients.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = coefficients[i][coefficients[i].length - 1];
        }
        return r;
    }

    /** {@code Σ_{k<p} low[k]·h^k + top·h^p} by interval Horner (encloses the value for every {@code h ∈ hh}). */
    private static Interval horner(Interval[] low, Interval top, Interval hh) {
        Interval acc = top;
        for (int k = low.length - 1; k >= 0; k--) {
            acc = acc.multiply(hh).add(low[k]);
        }
        return acc;
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
        double rho = Double.POSITIVE_INFINITY;
        for (int k = Math.max(1, p - 2); k <= p - 1; k++) {
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm = Math.max(norm, low[i][k].mag());
            }
            if (norm > 0) {
                rho = Math.min(rho, Math.pow(scale / norm, 1.0 / k));
            }
        }
        if (rho == Double.POSITIVE_INFINITY) {
            rho = 1;
        }
        return rho / (Math.E * Math.E) * Math.exp(-0.7 / (p - 1));
    }
}
