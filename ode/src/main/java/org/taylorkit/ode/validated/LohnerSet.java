package org.taylorkit.ode.validated;

import org.taylorkit.interval.Interval;
import org.taylorkit.ode.dynamics.SmallMatrices;

/**
 * The set of states carried by {@link Method#LOHNER_QR} and {@link Method#DOUBLETON} between steps,
 * and its update by the mean-value form of the step map (see {@code docs/theory/validated.md}).
 *
 * <p>Representation: {@code c + C·r0 + B·r} with a point vector {@code c}, point matrices {@code C}
 * and {@code B}, the initial deviations {@code r0 = X0 − mid(X0)} (never changed) and an interval
 * vector {@code r}. {@link Method#LOHNER_QR} has no {@code C·r0} part (the initial box starts in
 * {@code r}); {@link Method#DOUBLETON} starts with {@code C = I}, {@code B = I}, {@code r = 0}, and
 * also carries a box {@code D} obtained by evaluating the step polynomial directly over the previous
 * (intersected) box, which it intersects with the parallelepiped enclosure every step.
 *
 * <p>Update, for {@code y ∋ φ(c)} and enclosures of {@code J·C} and {@code J·B}, where {@code J} is the
 * set of derivatives {@code DP(ξ)}, {@code ξ ∈ X̂} (from {@link #hullWithCentre}), of the step polynomial:
 * for {@code x = c + C·r0 + B·r} in the set, {@code φ(x) ∈ y + (J·C)·r0 + (J·B)·r} (mean-value form,
 * {@code x − c = C·r0 + B·r}). With {@code c' = mid(y)}, {@code C' = mid(J·C)},
 * {@code B'} the Q factor of a QR decomposition of {@code mid(J·B)} (columns sorted by length times
 * the width of {@code r}, Lohner's rule) and an enclosure {@code B'⁻¹} of its inverse:
 * {@code φ(x) ∈ c' + C'·r0 + B'·r'} with
 * {@code r' = (B'⁻¹·J·B)·r + B'⁻¹·((y − c') + (J·C − C')·r0)}, because
 * {@code y + JC·r0 + JB·r = c' + C'·r0 + B'·B'⁻¹·((y − c') + (JC − C')·r0 + JB·r)} holds for each
 * member and every interval operation encloses its exact counterpart. Not thread-safe.
 */
final class LohnerSet {

    private final int n;
    private final boolean doubleton;
    private double[] c;
    private double[][] cMat;
    private final Interval[] r0;
    private double[][] b;
    private Interval[] r;
    /** The tightest known box of the current set. */
    private Interval[] box;

    private LohnerSet(Interval[] box0, boolean doubleton) {
        this.n = box0.length;
        boolean point = true;
        for (Interval v : box0) {
            point &= v.isPoint();
        }
        // a point has r0 = 0: the C·r0 part vanishes and the doubleton is the QR set
        this.doubleton = doubleton && !point;
        this.c = IntervalMatrices.mid(box0);
        this.b = SmallMatrices.identity(n);
        Interval[] dev = new Interval[n];
        for (int i = 0; i < n; i++) {
            // the exact real set box0[i] − c[i], enclosed by an interval subtraction
            dev[i] = box0[i].subtract(Interval.point(c[i]));
        }
        if (doubleton) {
            cMat = SmallMatrices.identity(n);
            r0 = dev;
            r = IntervalMatrices.point(new double[n]);
        } else {
            r0 = null;
            r = dev;
        }
        this.box = box0.clone();
    }

    /** The set {@code box0} as {@code c + B·r} ({@link Method#LOHNER_QR}) or as a doubleton. */
    static LohnerSet of(Interval[] box0, Method method) {
        return new LohnerSet(box0, method == Method.DOUBLETON);
    }

    /** The centre {@code c} (a point; need not belong to the set). */
    double[] centre() {
        return c.clone();
    }

    /** A copy of the tightest known box of the set. */
    Interval[] box() {
        return box.clone();
    }

    /**
     * A box containing the set and the centre {@code c}: the hull of {@code c} and the intersection
     * of the known box with {@code c + C·r0 + B·r} (all three contain the set, so the intersection
     * does; boxes are convex, so it also contains every segment from {@code c} to a member).
     */
    Interval[] hullWithCentre() {
        Interval[] e = evaluate(c, cMat, b, r);
        Interval[] out = new Interval[n];
        for (int i = 0; i < n; i++) {
            Interval cut = e[i].intersection(box[i]);
            out[i] = (cut.isEmpty() ? e[i] : cut).hull(Interval.point(c[i]));
        }
        return out;
    }

    /**
     * The frame matrix to seed the jets with: {@code [C | B]} (n × 2n) for a doubleton, {@code B}
     * otherwise. Jets seeded with it give {@code J·C} and {@code J·B} directly (see
     * {@link #advanceSeeded}), which is up to rounding never wider than forming {@code J} first and
     * multiplying (forward differentiation applies the point seed before each interval coefficient;
     * {@code a·(G·S) ⊆ (a·G)·S} by subdistributivity).
     */
    Interval[][] seed() {
        Interval[][] s = new Interval[n][];
        for (int i = 0; i < n; i++) {
            s[i] = new Interval[doubleton ? 2 * n : n];
            for (int j = 0; j < n; j++) {
                if (doubleton) {
                    s[i][j] = Interval.point(cMat[i][j]);
                    s[i][n + j] = Interval.point(b[i][j]);
                } else {
                    s[i][j] = Interval.point(b[i][j]);
                }
            }
        }
        return s;
    }

    /**
     * Moves the set through one step. {@code y ∋ φ(c)}; {@code js ⊇ DP(X̂)·S} for the seed {@code S}
     * of {@link #seed} (its first {@code n} columns enclose {@code J·C} for a doubleton, the last
     * {@code n} {@code J·B}); {@code direct} (or {@code null}) a box known to contain the image of the
     * set. Returns {@code false}, leaving the set unchanged, when the new representation cannot be
     * formed (unbounded values, or the inverse of the new frame cannot be enclosed).
     */
    boolean advanceSeeded(Interval[] y, Interval[][] js, Interval[] direct) {
        Interval[][] jb = new Interval[n][n];
        Interval[][] jc = doubleton ? new Interval[n][n] : null;
        int off = doubleton ? n : 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(js[i], off, jb[i], 0, n);
            if (doubleton) {
                System.arraycopy(js[i], 0, jc[i], 0, n);
            }
        }
        return advance(y, jc, jb, direct);
    }

    private boolean advance(Interval[] y, Interval[][] jc, Interval[][] jb, Interval[] direct) {
        double[] cNew = IntervalMatrices.mid(y);
        Interval[] z = new Interval[n];
        for (int i = 0; i < n; i++) {
            z[i] = y[i].subtract(Interval.point(cNew[i]));
        }
        Interval[] meanValue = IntervalMatrices.add(y, IntervalMatrices.multiply(jb, r));
        double[][] cMatNew = null;
        if (doubleton) {
            cMatNew = IntervalMatrices.mid(jc);
            Interval[][] diff = new Interval[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    diff[i][j] = jc[i][j].subtract(Interval.point(cMatNew[i][j]));
                }
            }
            z = IntervalMatrices.add(z, IntervalMatrices.multiply(diff, r0));
            meanValue = IntervalMatrices.add(meanValue, IntervalMatrices.multiply(jc, r0));
        }
        double[][] q = IntervalMatrices.orthogonalFactor(sortedColumns(IntervalMatrices.mid(jb)));
        Interval[][] qInv = IntervalMatrices.inverseEnclosure(q);
        if (qInv == null) {
            return false;
        }
        Interval[] rNew = IntervalMatrices.add(IntervalMatrices.multiply(IntervalMatrices.multiply(qInv, jb), r),
                IntervalMatrices.multiply(qInv, z));
        if (!IntervalMatrices.isFiniteBox(rNew) || !IntervalMatrices.isFiniteBox(meanValue)) {
            return false;
        }
        Interval[] parallelepiped = evaluate(cNew, cMatNew, q, rNew);
        Interval[] end = new Interval[n];
        for (int i = 0; i < n; i++) {
            Interval cut = parallelepiped[i].intersection(meanValue[i]);
            if (cut.isEmpty()) {
                cut = meanValue[i];
            }
            if (direct != null) {
                Interval d = cut.intersection(direct[i]);
                cut = d.isEmpty() ? cut : d;
            }
            end[i] = cut;
        }
        if (!IntervalMatrices.isFiniteBox(end)) {
            return false;
        }
        c = cNew;
        cMat = cMatNew;
        b = q;
        r = rNew;
        box = end;
        return true;
    }

    /**
     * The set as a mean-value form: every member is {@code centre + seed·u} for some
     * {@code u ∈ deviations} ({@code seed = [C | B]}, {@code u = (r0, r)} for a doubleton;
     * {@code B} and {@code r} otherwise), and {@code hull} is a box containing the set and the centre.
     * Used to enclose the solutions over part of a step (the crossing search's {@code StepPolynomial}).
     */
    record Snapshot(double[] centre, Interval[][] seed, Interval[] deviations, Interval[] hull) {
    }

    /** The current set as a {@link Snapshot} (copies). */
    Snapshot snapshot() {
        Interval[] u;
        if (doubleton) {
            u = new Interval[2 * n];
            System.arraycopy(r0, 0, u, 0, n);
            System.arraycopy(r, 0, u, n, n);
        } else {
            u = r.clone();
        }
        return new Snapshot(c.clone(), seed(), u, hullWithCentre());
    }

    /** Whether the set is a doubleton (and the caller should provide the direct image box). */
    boolean isDoubleton() {
        return doubleton;
    }

    /** {@code c + C·r0 + B·r} as a box ({@code C·r0} omitted when {@code C} is {@code null}). */
    private Interval[] evaluate(double[] cc, double[][] cm, double[][] bb, Interval[] rr) {
        Interval[] e = IntervalMatrices.add(IntervalMatrices.point(cc), IntervalMatrices.multiply(IntervalMatrices.point(bb), rr));
        if (cm != null) {
            e = IntervalMatrices.add(e, IntervalMatrices.multiply(IntervalMatrices.point(cm), r0));
        }
        return e;
    }

    /** Columns of {@code mm} reordered by decreasing length times the width of {@code r} (Lohner). */
    private double[][] sortedColumns(double[][] mm) {
        int[] order = new int[n];
        double[] key = new double[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
            double len = 0;
            for (int i = 0; i < n; i++) {
                len = Math.hypot(len, mm[i][j]);
            }
            key[j] = len * r[j].wid();
        }
        // insertion sort by decreasing key, stable (n is small)
        for (int i = 1; i < n; i++) {
            int v = order[i];
            int k = i - 1;
            while (k >= 0 && key[order[k]] < key[v]) {
                order[k + 1] = order[k];
                k--;
            }
            order[k + 1] = v;
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = mm[i][order[j]];
            }
        }
        return out;
    }
}
