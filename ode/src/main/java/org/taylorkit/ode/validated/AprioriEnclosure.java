package org.taylorkit.ode.validated;

import org.taylorkit.interval.Interval;

/**
 * Rigorous a priori enclosures over one step: of the solution (first-order Picard–Lindelöf test,
 * then a high-order Taylor refinement) and of the solution of the variational equations.
 * Stateless apart from the stepper it runs.
 */
final class AprioriEnclosure {

    private static final int PICARD_ITERATIONS = 12;

    private AprioriEnclosure() {
    }

    /**
     * A box {@code B} with {@code x(t) ∈ B} for all {@code t ∈ [t0, t1]} and every solution from
     * {@code x(t0) ∈ box}, or {@code null} if the test does not succeed.
     *
     * <p>Proof (Picard–Lindelöf with Schauder's theorem; Lohner 1987, Eijgenraam 1981): {@code time}
     * encloses {@code [t0, t1]}, {@code s = [0, h]} encloses every elapsed time. If
     * {@code N = box + s·f(time, B) ⊆ B} for a compact box {@code B}, the Picard operator
     * {@code (Px)(t) = x0 + ∫_{t0}^{t} f(τ, x(τ)) dτ} maps the continuous curves with values in
     * {@code B} into themselves (the integral is {@code (t − t0)} times a mean value in the convex
     * box {@code f(time, B)}), so a solution in {@code B} exists (and is the unique one, f being
     * locally Lipschitz); then {@code x(t) ∈ N} as well, and {@code N} is returned. {@code f} is the
     * first Taylor coefficient from the interval tape, which encloses {@code f} over the inputs.
     * The candidate boxes are inflated estimates; only the final inclusion test matters.
     */
    static Interval[] solution(IntervalTaylorStepper stepper, Interval time, Interval[] box, Interval s) {
        int n = box.length;
        Interval[] f = firstCoefficient(stepper, time, box);
        if (f == null) {
            return null;
        }
        Interval[] b = new Interval[n];
        for (int i = 0; i < n; i++) {
            b[i] = box[i].add(s.multiply(f[i]));
        }
        for (int it = 0; it < PICARD_ITERATIONS; it++) {
            Interval[] inflated = inflate(b, it);
            f = firstCoefficient(stepper, time, inflated);
            if (f == null) {
                return null;
            }
            Interval[] next = new Interval[n];
            boolean inside = true;
            for (int i = 0; i < n; i++) {
                next[i] = box[i].add(s.multiply(f[i]));
                inside &= !next[i].isEmpty() && next[i].isBounded() && next[i].interior(inflated[i]);
            }
            if (inside) {
                return next;
            }
            if (!IntervalMatrices.isFiniteBox(next)) {
                return null;
            }
            b = next;
        }
        return null;
    }

    /**
     * The high-order refinement of a verified a priori box {@code b}:
     * {@code (Σ_{k<p} x_k(t0, box)·s^k + x_p(time, b)·s^p) ∩ b}.
     *
     * <p>Proof: each component of a solution is {@code C^p}; by Taylor's theorem with the Lagrange
     * remainder, {@code x_i(t0 + σ) = Σ_{k<p} x_{i,k}(t0, x0) σ^k + x_{i,p}(t0 + τ, x(t0 + τ)) σ^p} for
     * some {@code τ ∈ [0, σ]}, and {@code (t0 + τ, x(t0 + τ)) ∈ time × b}. With
     * {@code σ ∈ s}, {@code lowCoefficients[i][k] ∋ x_{i,k}(t0, x0)} and
     * {@code remainderCoefficient[i] ∋ x_{i,p}} over {@code time × b}, interval Horner evaluation
     * encloses the right-hand side; intersecting with {@code b} keeps both true statements.
     */
    static Interval[] refine(Interval[][] lowCoefficients, Interval[] remainderCoefficient, Interval s, Interval[] b) {
        int n = b.length;
        Interval[] r = new Interval[n];
        for (int i = 0; i < n; i++) {
            Interval cut = StepPolynomial.horner(lowCoefficients[i], remainderCoefficient[i], s).intersection(b[i]);
            r[i] = cut.isEmpty() ? b[i] : cut;
        }
        return r;
    }

    /**
     * A validated high-order a priori enclosure over one step: the step enclosure {@code N} and the
     * enclosure {@code remainder[i] ∋ x_{i,p}(t, x)} of the order-{@code p} Taylor coefficient over
     * {@code time × N}, for every solution from the set whose coefficients {@code low} enclose.
     *
     * @param enclosure {@code N ⊇ x([t0, t1])}
     * @param remainder {@code x_p(time, N)}, one interval per state
     */
    record HighOrder(Interval[] enclosure, Interval[] remainder) {
    }

    /**
     * The high-order a priori enclosure test (Corliss &amp; Rihm 1996): a box {@code N} with
     * {@code x(t) ∈ N} for all {@code t ∈ [t0, t1]} and every solution from the set, and the
     * remainder coefficient over it; or {@code null} when the test does not succeed within a few
     * inflated guesses (the caller shortens the step).
     *
     * <p>Inputs: {@code low[i][k] ∋ x_{i,k}(t0, x0)} for {@code k < p} and every initial state
     * {@code x0} of the set (e.g. coefficients over a box containing it), {@code time ⊇ [t0, t1]},
     * {@code s = [0, h] ∋ t − t0}.
     *
     * <p>Proof: let {@code B} be a candidate box and
     * {@code N = Σ_{k<p} low_k·s^k + x_p(time, B)·s^p} (interval Horner). Suppose {@code N ⊆ int B}.
     * Take a solution from {@code x0}; {@code x0 ∈ N ⊆ int B} (the σ = 0 term). While it stays in
     * {@code B} on {@code [t0, t0 + σ]}, Taylor's theorem with the Lagrange remainder gives per
     * component {@code x_i(t0 + σ) = Σ_{k<p} x_{i,k}(t0, x0)σ^k + x_{i,p}(t0 + θ_i, x(t0 + θ_i))σ^p}
     * with {@code θ_i ∈ [0, σ]} and {@code x(t0 + θ_i) ∈ B}, so {@code x(t0 + σ) ∈ N ⊆ int B}. Hence the
     * last time in {@code [t0, t1]} up to which the solution stays in {@code B} cannot be before
     * {@code t1} (by continuity it would stay a little longer), and the solution cannot cease to
     * exist while it stays in the compact {@code B} on which {@code f} is analytic (the domain-checked
     * tape refuses boxes where it is not). So every solution exists on {@code [t0, t1]} and lies in
     * {@code N}; {@code N ⊆ B} is then itself an a priori box, and the returned remainder is
     * {@code x_p} re-evaluated over {@code time × N} (tighter than over {@code B}).
     * The guesses are heuristics; only the inclusion test is proof.
     */
    static HighOrder highOrder(IntervalTaylorStepper stepper, Interval time, Interval[][] low, Interval s) {
        int n = low.length;
        int p = stepper.order();
        Interval[] poly = new Interval[n];
        for (int i = 0; i < n; i++) {
            Interval acc = Interval.point(0);
            for (int k = p - 1; k >= 0; k--) {
                acc = acc.multiply(s).add(low[i][k]);
            }
            poly[i] = acc;
        }
        if (!IntervalMatrices.isFiniteBox(poly)) {
            return null;
        }
        Interval sp = s.pow(p);
        Interval[] b = inflateRelative(poly, 0.05);
        for (int it = 0; it < HIGH_ORDER_ITERATIONS; it++) {
            Interval[] top = topCoefficient(stepper, time, b, p);
            if (top == null) {
                return null;
            }
            Interval[] next = new Interval[n];
            boolean inside = true;
            for (int i = 0; i < n; i++) {
                next[i] = poly[i].add(top[i].multiply(sp));
                inside &= !next[i].isEmpty() && next[i].isBounded() && next[i].interior(b[i]);
            }
            if (inside) {
                Interval[] tight = topCoefficient(stepper, time, next, p);
                return new HighOrder(next, tight == null ? top : tight);
            }
            if (!IntervalMatrices.isFiniteBox(next)) {
                return null;
            }
            Interval[] grown = new Interval[n];
            for (int i = 0; i < n; i++) {
                grown[i] = next[i].hull(b[i]);
            }
            b = inflateRelative(grown, 0.1 * (1 << it));
        }
        return null;
    }

    private static final int HIGH_ORDER_ITERATIONS = 4;

    private static Interval[] topCoefficient(IntervalTaylorStepper stepper, Interval time, Interval[] box, int p) {
        Interval[][] c;
        try {
            c = stepper.coefficients(time, box, p);
        } catch (ArithmeticException e) {
            return null;
        }
        Interval[] top = new Interval[box.length];
        for (int i = 0; i < top.length; i++) {
            top[i] = c[i][p];
        }
        return IntervalMatrices.isFiniteBox(top) ? top : null;
    }

    /** {@code b} enlarged by {@code factor} times its width on each side, plus a tiny absolute margin (heuristic). */
    private static Interval[] inflateRelative(Interval[] b, double factor) {
        Interval[] r = new Interval[b.length];
        for (int i = 0; i < b.length; i++) {
            double w = factor * b[i].wid() + 1e-14 * b[i].mag() + 1e-300;
            r[i] = Interval.of(Math.nextDown(b[i].inf() - w), Math.nextUp(b[i].sup() + w));
        }
        return r;
    }

    private static Interval[] firstCoefficient(IntervalTaylorStepper stepper, Interval time, Interval[] box) {
        Interval[][] c;
        try {
            c = stepper.coefficients(time, box, 1);
        } catch (ArithmeticException e) {
            return null;
        }
        Interval[] f = new Interval[box.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = c[i][1];
        }
        return IntervalMatrices.isFiniteBox(f) ? f : null;
    }

    /** An enlarged box (a heuristic: any superset would do, only the later inclusion test is proof). */
    private static Interval[] inflate(Interval[] b, int iteration) {
        double factor = 0.1 * (1 << Math.min(iteration, 6));
        Interval[] r = new Interval[b.length];
        for (int i = 0; i < b.length; i++) {
            double w = factor * b[i].wid() + 1e-14 * b[i].mag() + 1e-300;
            r[i] = Interval.of(Math.nextDown(b[i].inf() - w), Math.nextUp(b[i].sup() + w));
        }
        return r;
    }
}
