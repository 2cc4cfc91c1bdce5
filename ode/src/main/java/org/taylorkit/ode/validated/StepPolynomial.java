package org.taylorkit.ode.validated;

import org.taylorkit.interval.Interval;

/**
 * The interval Taylor polynomial with Lagrange remainder of one validated step, rebuilt from the
 * step's record so that the solution can be enclosed over <em>part</em> of the step (for event
 * location): for every solution from the integrator's initial box and every {@code σ ∈ [0, t1 − t0]},
 * <pre>x(t0 + σ) ∈ (Σ_{k<p} x_k(t0, X)·σ^k + x_p([t0, t1], B)·σ^p) ∩ B,</pre>
 * where {@code X} is the box of the set at {@code t0} (the previous step's end enclosure, or the
 * initial box) and {@code B} is the step enclosure.
 *
 * <p>Proof: each solution's state at {@code t0} lies in {@code X}, and the solution stays in
 * {@code B} over the step (the guarantee of {@link ValidatedStep}); by Taylor's theorem with the
 * Lagrange remainder, {@code x_i(t0 + σ) = Σ_{k<p} x_{i,k}(t0, x(t0))σ^k + x_{i,p}(t0 + θ, x(t0 + θ))σ^p}
 * for some {@code θ ∈ [0, σ]}, and the interval tape encloses {@code x_{i,k}} over {@code X} and
 * {@code x_{i,p}} over {@code [t0, t1] × B} (inclusion property). Interval Horner evaluation over an
 * interval {@code S ∋ σ} encloses the sum for every {@code σ ∈ S}.
 *
 * <p>When the integrator's set at {@code t0} is known as {@code c + A·u}, {@code u ∈ U}, with a box
 * {@code X̂} containing it and {@code c} ({@link LohnerSet.Snapshot}), the <em>mean-value form</em> is
 * intersected as well:
 * <pre>x(t0 + σ) ∈ Σ_{k<p} x_k(t0, c)·σ^k + (Σ_{k<p} (Dx_k(t0, X̂)·A)·σ^k)·U + x_p([t0, t1], B)·σ^p.</pre>
 * Proof: for {@code x0 = c + A·u} the polynomial part {@code P(σ, x0) = Σ_{k<p} x_k(t0, x0)σ^k} is
 * {@code P(σ, c) + D_xP(σ, ξ)·A·u} per component, with {@code ξ} on the segment from {@code c} to
 * {@code x0}, inside the convex {@code X̂} (mean value theorem); the order-1 interval jets seeded with
 * {@code A} enclose {@code Dx_k(t0, ξ)·A} for all {@code ξ ∈ X̂}, and the remainder is as above. This
 * is the integrator's own step map (Lohner's method) evaluated at part of the step, and avoids the
 * wrapping of the box {@code X}, which grows with the step length. It is evaluated centred in time
 * as well (see {@code meanValue}). Immutable after construction.
 */
final class StepPolynomial {

    private final double t0;
    private final double t1;
    private final double hSup;
    private final Interval[] b;
    private final Interval[][] low;
    private final Interval[] remainder;
    /** Mean-value form ({@code null} without a set): {@code x_k(t0, c)}, {@code Dx_k(t0, X̂)·S} as {@code [i][j][k]}, {@code U}. */
    private final Interval[][] lowAtCentre;
    private final Interval[][][] slopes;
    private final Interval[] deviations;
    private final int remainderPower;

    /**
     * @throws ArithmeticException on a domain error in the right-hand side (cannot happen for a step
     *     the integrator validated with the same stepper, but is reported rather than hidden)
     */
    StepPolynomial(IntervalTaylorStepper stepper, double t0, double t1, Interval[] start, Interval[] stepEnclosure,
            LohnerSet.Snapshot set) {
        this.t0 = t0;
        this.t1 = t1;
        this.hSup = Interval.point(t1).subtract(Interval.point(t0)).sup();
        this.b = stepEnclosure.clone();
        int p = stepper.order();
        this.remainderPower = p;
        this.low = stepper.coefficients(Interval.point(t0), start, p - 1);
        Interval[][] top = stepper.coefficients(Interval.point(t0).hull(Interval.point(t1)), b, p);
        this.remainder = new Interval[b.length];
        for (int i = 0; i < b.length; i++) {
            remainder[i] = top[i][p];
        }
        if (set == null) {
            lowAtCentre = null;
            slopes = null;
            deviations = null;
            return;
        }
        Interval tt0 = Interval.point(t0);
        lowAtCentre = stepper.coefficients(tt0, IntervalMatrices.point(set.centre()), p - 1);
        IntervalTaylorStepper.Jets jets = stepper.directionalJets(tt0, set.hull(), set.seed(), p - 1);
        int n = b.length;
        int m = set.deviations().length;
        slopes = new Interval[n][m][p];
        for (int k = 0; k < p; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    slopes[i][j][k] = jets.derivative()[k][i][j];
                }
            }
        }
        deviations = set.deviations();
    }

    double t0() {
        return t0;
    }

    double t1() {
        return t1;
    }

    /** An upper bound of the step length {@code t1 − t0}. */
    double lengthUpper() {
        return hSup;
    }

    /** The times {@code t0 + S} (outward), clipped to the step. */
    Interval times(Interval s) {
        Interval t = Interval.point(t0).add(s).intersection(Interval.of(t0, t1));
        return t.isEmpty() ? Interval.of(t0, t1) : t;
    }

    /** The elapsed times {@code T − t0} of the times {@code T} within the step (outward), in {@code [0, hSup]}. */
    Interval elapsed(Interval times) {
        Interval s = times.subtract(Interval.point(t0)).intersection(Interval.of(0, hSup));
        return s.isEmpty() ? Interval.point(0) : s;
    }

    /** A box containing {@code x(t0 + σ)} of every solution, for every {@code σ ∈ s ∩ [0, t1 − t0]}. */
    Interval[] enclose(Interval s) {
        Interval[] e = new Interval[b.length];
        Interval sm = Interval.point(s.mid());
        Interval ds = s.subtract(sm);
        Interval sp = s.pow(remainderPower);
        for (int i = 0; i < b.length; i++) {
            Interval cut = horner(low[i], remainder[i], s).intersection(b[i]);
            if (lowAtCentre != null && !cut.isEmpty()) {
                Interval mv = meanValue(i, s, sm, ds, sp);
                Interval both = cut.intersection(mv);
                // two enclosures of the same values cannot be disjoint; if rounding made them so, keep one
                cut = both.isEmpty() || !both.isBounded() ? cut : both;
            }
            e[i] = cut.isEmpty() ? b[i] : cut;
        }
        return e;
    }

    /**
     * Component {@code i} of the mean-value form (class comment), centred in time as well: with
     * {@code P(σ, x0) = Σ_{k<p} x_k(t0, x0)σ^k}, {@code P(σ, x0) = P(σm, x0) + ∂_σP(η, x0)(σ − σm)} for
     * some {@code η ∈ S} (mean value theorem in σ, {@code σm} the midpoint of {@code S}); both terms are
     * enclosed by the mean-value form in {@code x0} ({@code ∂_σP} has the coefficients
     * {@code k·x_k}, whose x-derivatives the jets enclose as well); the remainder
     * {@code x_p·σ^p} is added over {@code S}. Centring in time avoids the growth of interval Horner
     * over a wide {@code S} away from 0.
     */
    private Interval meanValue(int i, Interval s, Interval sm, Interval ds, Interval sp) {
        Interval value = hornerAt(lowAtCentre[i], sm);
        Interval slope = derivativeAt(lowAtCentre[i], s);
        for (int j = 0; j < deviations.length; j++) {
            value = value.add(hornerAt(slopes[i][j], sm).multiply(deviations[j]));
            slope = slope.add(derivativeAt(slopes[i][j], s).multiply(deviations[j]));
        }
        return value.add(slope.multiply(ds)).add(remainder[i].multiply(sp));
    }

    /**
     * {@code Σ_{k<p} low[k]·s^k + top·s^p} by interval Horner, {@code p = low.length}: encloses the
     * value for every {@code s} in the interval (the Taylor polynomial of a step with its remainder term).
     */
    static Interval horner(Interval[] low, Interval top, Interval s) {
        Interval acc = top;
        for (int k = low.length - 1; k >= 0; k--) {
            acc = acc.multiply(s).add(low[k]);
        }
        return acc;
    }

    /** {@code Σ_k c[k]·s^k} by interval Horner. */
    private static Interval hornerAt(Interval[] c, Interval s) {
        Interval acc = c[c.length - 1];
        for (int k = c.length - 2; k >= 0; k--) {
            acc = acc.multiply(s).add(c[k]);
        }
        return acc;
    }

    /** {@code Σ_{k≥1} k·c[k]·s^(k−1)} by interval Horner (the integer factors are exact). */
    private static Interval derivativeAt(Interval[] c, Interval s) {
        if (c.length < 2) {
            return Interval.point(0);
        }
        Interval acc = c[c.length - 1].multiply(Interval.point(c.length - 1));
        for (int k = c.length - 2; k >= 1; k--) {
            acc = acc.multiply(s).add(c[k].multiply(Interval.point(k)));
        }
        return acc;
    }
}
