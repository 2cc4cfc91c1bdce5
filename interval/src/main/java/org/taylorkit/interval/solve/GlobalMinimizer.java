package org.taylorkit.interval.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.taylorkit.core.series.FieldTaylorN;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.enclosure.Box;

/**
 * The global minimum of {@code f} over a bounded box, by branch and bound (Hansen &amp; Walster,
 * <i>Global Optimization Using Interval Analysis</i>, 2004; Tucker 2011, §5.2). Boxes are taken by
 * least lower bound; on each box {@code X}:
 * <ul>
 *   <li><b>lower bound</b>: the larger of the natural interval extension and the second-order Taylor
 *       form {@code f(m) + ∇f(m)·(X − m) + ½(X − m)ᵀ H(X) (X − m)} (interval gradient at the midpoint,
 *       interval Hessian over the box, both from interval Taylor series of {@code f});</li>
 *   <li><b>upper bound</b> of the minimum: {@code f} evaluated rigorously at the midpoint and at the
 *       Newton point {@code m − mid(H)⁻¹∇f(m)} when it lies in the box (local refinement);</li>
 *   <li><b>monotonicity test</b>: if {@code ∂f/∂x_i} has a constant sign on {@code X}, no global
 *       minimizer lies in {@code X} unless on the face of the search box that {@code f} decreases
 *       towards; the box is discarded or reduced to that face;</li>
 *   <li><b>non-convexity test</b>: if {@code ∂²f/∂x_i² < 0} on {@code X} and {@code X_i} is inside the
 *       search box's side, {@code X} holds no local minimizer;</li>
 *   <li><b>interval Newton on the gradient</b> for boxes inside the search box: a minimizer there is a
 *       zero of {@code ∇f}, so {@code X ← K(X) ∩ X} with the {@link Krawczyk} operator of {@code ∇f}
 *       and Jacobian {@code H(X)};</li>
 *   <li>discarded when its lower bound exceeds the best upper bound, final when narrower than the
 *       tolerance, bisected otherwise.</li>
 * </ul>
 * The derivative tests are used only where {@code f} is proven analytic on the box. See
 * {@link Minimization} for what the result guarantees.
 */
public final class GlobalMinimizer {

    /** The default width below which a box is final. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** The default budget of boxes. */
    public static final int DEFAULT_MAX_BOXES = 200_000;

    private final ExprSystem f;
    private final Interval[] box;
    private double tolerance = DEFAULT_TOLERANCE;
    private long maxBoxes = DEFAULT_MAX_BOXES;
    private SearchProgress progress = SearchProgress.NONE;

    private GlobalMinimizer(ExprSystem f, Interval[] box) {
        this.f = f;
        this.box = box;
    }

    /**
     * The minimizer of {@code objective} over {@code box}.
     *
     * @throws IllegalArgumentException if a side is unbounded or the expression uses a variable the box
     *     does not have
     */
    public static GlobalMinimizer of(Expr objective, Box box) {
        if (!box.isBounded()) {
            throw new IllegalArgumentException("minimize: the box must be bounded, got " + box);
        }
        return new GlobalMinimizer(new ExprSystem(List.of(objective), List.copyOf(box.names())), BoxGeometry.sides(box));
    }

    /**
     * Boxes narrower than {@code w} are final.
     *
     * @throws IllegalArgumentException unless {@code w} is finite and ≥ 0
     */
    public GlobalMinimizer tolerance(double w) {
        if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("minimize: the tolerance must be a finite number ≥ 0, got " + w);
        }
        this.tolerance = w;
        return this;
    }

    /** At most {@code n ≥ 1} boxes are examined. */
    public GlobalMinimizer maxBoxes(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("minimize: the budget of boxes must be ≥ 1, got " + n);
        }
        this.maxBoxes = n;
        return this;
    }

    /** Reports progress to {@code p}. */
    public GlobalMinimizer progress(SearchProgress p) {
        this.progress = p;
        return this;
    }

    /** A box with a valid lower bound of {@code f} over it. */
    private record Node(double lower, Interval[] x) {
    }

    /** The state of one run. */
    private final class Run {
        double upper = Double.POSITIVE_INFINITY;
        final boolean smoothEverywhere = f.smooth(box);

        void tryPoint(double[] p, Interval[] x) {
            for (int i = 0; i < p.length; i++) {
                if (!x[i].contains(p[i])) {
                    return;
                }
            }
            Interval v;
            try {
                v = f.value(0, BoxGeometry.points(p));
            } catch (ArithmeticException outsideTheDomain) { // 1/x at x = 0: no value there, no upper bound from it
                return;
            }
            if (!v.isEmpty() && v.sup() < upper) {
                upper = v.sup();
            }
        }

        /** Bounds and tests on {@code x}: the box to keep (maybe reduced) with its lower bound, or null. */
        Node examine(Interval[] x) {
            Interval natural = f.value(0, x);
            if (natural.isEmpty()) {
                return null;
            }
            double lower = natural.inf();
            double[] m = BoxGeometry.midpoint(x);
            tryPoint(m, x);
            if (!(smoothEverywhere || f.smooth(x))) {
                return new Node(lower, x);
            }
            FieldTaylorN<Interval> overBox = f.series(0, x, 2);
            FieldTaylorN<Interval> atMid = f.series(0, BoxGeometry.points(m), 1);
            if (overBox == null || atMid == null) {
                return new Node(lower, x);
            }
            Interval[] g = overBox.gradient();
            Interval[][] h = overBox.hessian();
            boolean reduced = false;
            for (int i = 0; i < x.length; i++) {
                boolean inside = x[i].inf() > box[i].inf() && x[i].sup() < box[i].sup();
                if (g[i].inf() > 0 || g[i].sup() < 0) {
                    double face = g[i].inf() > 0 ? box[i].inf() : box[i].sup();
                    if (!x[i].contains(face)) {
                        return null;
                    }
                    if (!x[i].isPoint()) {
                        x = x.clone();
                        x[i] = Interval.point(face);
                        reduced = true;
                    }
                } else if (inside && h[i][i].sup() < 0) {
                    return null;
                }
            }
            if (reduced) {
                return new Node(lower, x);
            }
            lower = Math.max(lower, taylorForm(x, m, atMid, h).inf());
            Interval[] gm = atMid.gradient();
            double[] newton = newtonPoint(m, gm, h);
            if (newton != null) {
                tryPoint(newton, x);
            }
            if (BoxGeometry.interior(x, box)) {
                Interval[] k = Krawczyk.image(x, m, gm, h);
                if (k != null) {
                    Interval[] y = BoxGeometry.intersection(k, x);
                    if (y == null) {
                        return null;
                    }
                    x = y;
                }
            }
            return new Node(lower, x);
        }
    }

    /** {@code f(m) + ∇f(m)·d + ½ dᵀ H(X) d} with {@code d = X − m}: contains {@code f(X)} by Taylor's theorem. */
    private static Interval taylorForm(Interval[] x, double[] m, FieldTaylorN<Interval> atMid, Interval[][] h) {
        int n = x.length;
        Interval[] gm = atMid.gradient();
        Interval[] d = new Interval[n];
        for (int i = 0; i < n; i++) {
            d[i] = x[i].subtract(Interval.point(m[i]));
        }
        Interval sum = atMid.value();
        Interval half = Interval.point(0.5);
        for (int i = 0; i < n; i++) {
            sum = sum.add(gm[i].multiply(d[i])).add(half.multiply(h[i][i]).multiply(d[i].sqr()));
            for (int j = i + 1; j < n; j++) {
                sum = sum.add(h[i][j].multiply(d[i].multiply(d[j])));
            }
        }
        return sum;
    }

    /** {@code m − mid(H)⁻¹ mid(∇f(m))} in floating point (a guess, checked rigorously by the caller). */
    private static double[] newtonPoint(double[] m, Interval[] gm, Interval[][] h) {
        int n = m.length;
        double[][] mid = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mid[i][j] = h[i][j].mid();
            }
        }
        double[][] inv = Krawczyk.invert(mid);
        if (inv == null) {
            return null;
        }
        double[] p = m.clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i] -= inv[i][j] * gm[j].mid();
            }
        }
        return p;
    }

    /** Runs the search. */
    public Minimization minimize() {
        Run run = new Run();
        PriorityQueue<Node> queue = new PriorityQueue<>(Comparator.comparingDouble(Node::lower));
        queue.add(new Node(Double.NEGATIVE_INFINITY, box));
        List<Node> done = new ArrayList<>();
        List<Node> left = new ArrayList<>();
        long processed = 0;
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            if (node.lower() > run.upper) {
                break; // every other box has a larger lower bound
            }
            if (processed >= maxBoxes) {
                left.add(node);
                continue;
            }
            processed++;
            if ((processed & 255) == 0) {
                progress.update(processed, queue.size());
            }
            Node kept = run.examine(node.x());
            if (kept == null || kept.lower() > run.upper) {
                continue;
            }
            Interval[] x = kept.x();
            if (x != node.x() && BoxGeometry.diameter(x) < 0.75 * BoxGeometry.diameter(node.x())) {
                queue.add(kept); // contracted: examine again (a tighter lower bound) before splitting
                continue;
            }
            Interval[][] halves = BoxGeometry.diameter(x) <= tolerance ? null : BoxGeometry.split(x, BoxGeometry.widest(x));
            if (halves == null) {
                done.add(kept);
                run.tryPoint(BoxGeometry.midpoint(x), x);
            } else {
                queue.add(new Node(kept.lower(), halves[0]));
                queue.add(new Node(kept.lower(), halves[1]));
            }
        }
        progress.update(processed, 0);
        double lo = Double.POSITIVE_INFINITY;
        List<Interval[]> candidates = new ArrayList<>();
        for (List<Node> nodes : List.of(done, left)) {
            for (Node n : nodes) {
                if (n.lower() <= run.upper) {
                    lo = Math.min(lo, n.lower());
                    candidates.add(n.x());
                }
            }
        }
        List<Box> minimizers = new ArrayList<>();
        for (Interval[] c : BoxGeometry.clusters(candidates)) {
            minimizers.add(BoxGeometry.box(f.names(), c));
        }
        Interval minimum = candidates.isEmpty() ? Interval.empty() : Interval.of(Math.min(lo, run.upper), run.upper);
        return new Minimization(minimum, minimizers, left.isEmpty(), processed);
    }
}
