package org.taylorkit.interval.solve;

import java.util.List;
import java.util.Optional;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;
import org.taylorkit.interval.enclosure.Box;
import org.taylorkit.core.series.FieldTaylorN;

/**
 * A rigorous enclosure of {@code ∫_B f} over a box {@code B} of dimension 1 to 3, in double
 * intervals, by Taylor models in Taylor-form representation (Tucker 2011, §5.3; Berz &amp; Makino
 * 1998). On each piece {@code X} of a partition of {@code B}, with midpoint {@code m} and
 * {@code δ = x − m}, Taylor's theorem with the integral remainder gives
 * <pre>f(x) = Σ_{|α|&lt;K} c_α(m) δ^α + Σ_{|α|=K} r_α(x) δ^α,   r_α(x) ∈ C_α(X),</pre>
 * where {@code c_α(m)} are enclosed by the interval Taylor series at the point {@code m} and
 * {@code C_α(X)} by the interval series with the piece itself as expansion point (the polynomial with
 * interval remainder coefficients is a Taylor model of {@code f} on {@code X}). The polynomial is
 * integrated exactly, {@code ∫ δ_i^j = (h^{j+1} − l^{j+1})/(j+1)} over {@code [l, h] = X_i − m_i}, and
 * each remainder term by orthants around {@code m}, where {@code δ^α} has one sign (see
 * {@link #integrate(FieldTaylorN, FieldTaylorN, Interval[], double[])}). All in outward-rounded
 * interval arithmetic. The piece with the widest contribution is bisected (across its widest side)
 * until the sum is narrower than the tolerance or the budget of pieces is spent.
 *
 * <p><b>Singular integrands.</b> The series are used only where {@code f} is proven analytic on the
 * piece. A piece without them (a branch point such as √x or |x| at 0, or series overflowing next to
 * one) contributes {@code vol(X)·F(X)} if the IEEE 1788 decorated evaluation proves {@code f} defined
 * and continuous on the whole piece with a bounded range {@code F(X)} — so ∫₀¹ √x encloses 2/3 — and the
 * whole real line otherwise (a pole, a point outside the domain), so an integrand that is singular in
 * the box gives an unbounded enclosure, never a finite wrong one.
 *
 * <p><b>Endpoints known as enclosures.</b> When the true domain lies between this box and an
 * {@link #outer(Box)} box, {@code F(outer)·[0, vol(outer) − vol(box)]} is added, {@code F} the natural
 * interval extension.
 *
 * <p>Configure, then call {@link #integrate()} once (not thread-safe).
 */
public final class RigorousQuadrature {

    /** The default order {@code K} of the Taylor forms in one variable (in 2 and 3 variables: 10 and 6). */
    public static final int DEFAULT_ORDER = 24;

    /** The default (absolute) tolerance on the width of the enclosure. */
    public static final double DEFAULT_TOLERANCE = 1e-10;

    /** The default budget of pieces. */
    public static final int DEFAULT_MAX_PIECES = 200_000;

    /** The largest dimension. */
    public static final int MAX_DIMENSION = 3;

    private final Expr f;
    private final Box box;
    private Box outer;
    private int order;
    private double tolerance = DEFAULT_TOLERANCE;
    private int maxPieces = DEFAULT_MAX_PIECES;
    private SearchProgress progress = SearchProgress.NONE;
    private boolean smoothEverywhere;

    private RigorousQuadrature(Expr f, Box box) {
        this.f = f;
        this.box = box;
        this.order = switch (box.dimension()) {
            case 1 -> DEFAULT_ORDER;
            case 2 -> 10;
            default -> 6;
        };
    }

    /**
     * The integral of {@code f} over {@code box}.
     *
     * @throws IllegalArgumentException if the box has more than {@value #MAX_DIMENSION} sides, a side is
     *     unbounded, or {@code f} uses a variable the box does not have
     */
    public static RigorousQuadrature of(Expr f, Box box) {
        check(f, box);
        return new RigorousQuadrature(f, box);
    }

    static void check(Expr f, Box box) {
        if (box.dimension() > MAX_DIMENSION) {
            throw new IllegalArgumentException("integral: at most " + MAX_DIMENSION + " variables, got "
                    + box.dimension() + " (" + String.join(", ", box.names()) + ")");
        }
        if (!box.isBounded()) {
            throw new IllegalArgumentException("integral: the domain must be bounded, got " + box);
        }
        new ExprSystem(List.of(f), List.copyOf(box.names()));
    }

    /**
     * The true domain lies between this quadrature's box and {@code outerBox} (same names, containing it).
     *
     * @throws IllegalArgumentException if {@code outerBox} does not contain the box
     */
    public RigorousQuadrature outer(Box outerBox) {
        if (!outerBox.names().equals(box.names()) || !outerBox.contains(box)) {
            throw new IllegalArgumentException("integral: the outer box " + outerBox + " must contain " + box);
        }
        this.outer = outerBox;
        return this;
    }

    /** Taylor forms of order {@code k} (1 to 40). */
    public RigorousQuadrature order(int k) {
        if (k < 1 || k > 40) {
            throw new IllegalArgumentException("integral: the order must be between 1 and 40, got " + k);
        }
        this.order = k;
        return this;
    }

    /** Stops when the enclosure is at most {@code w} wide (finite, ≥ 0). */
    public RigorousQuadrature tolerance(double w) {
        if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("integral: the tolerance must be a finite number ≥ 0, got " + w);
        }
        this.tolerance = w;
        return this;
    }

    /** Cuts the box into at most {@code n ≥ 1} pieces. */
    public RigorousQuadrature maxPieces(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("integral: the budget of pieces must be ≥ 1, got " + n);
        }
        this.maxPieces = n;
        return this;
    }

    /** Reports progress to {@code p} (pieces so far, pieces waiting to be cut). */
    public RigorousQuadrature progress(SearchProgress p) {
        this.progress = p;
        return this;
    }

    /** A piece of the partition and an enclosure of the integral over it. */
    private record Piece(Interval[] x, Interval integral, String failure, boolean hopeless) {
        Piece(Interval[] x, Interval integral, String failure) {
            this(x, integral, failure, false);
        }

        double width() {
            return integral.wid();
        }
    }

    /** Runs the adaptive quadrature. */
    public IntegralEnclosure integrate() {
        smoothEverywhere = new ExprSystem(List.of(f), List.copyOf(box.names())).smooth(BoxGeometry.sides(box));
        List<String> names = List.copyOf(box.names());
        AdaptivePartition.Outcome<Piece> run = new AdaptivePartition<Piece>(Piece::width, p -> {
            Interval[][] halves = BoxGeometry.split(p.x(), BoxGeometry.widest(p.x()));
            return halves == null ? null : List.of(piece(names, halves[0]), piece(names, halves[1]));
        }, Piece::failure, Piece::hopeless).run(piece(names, BoxGeometry.sides(box)), tolerance, maxPieces, progress);
        List<Piece> finished = run.pieces();
        String note = run.note();
        Interval total = Interval.point(0);
        for (Piece p : finished) {
            total = total.add(p.integral());
        }
        if (outer != null) {
            total = total.add(endSlabs(names));
        }
        boolean met = total.wid() <= tolerance;
        if (!met && note == null) { // every piece met its share; the outward rounding of the sum did not
            note = "the sum of the " + finished.size() + " pieces, rounded outward, is wider than the tolerance (a larger tolerance)";
        }
        return new IntegralEnclosure(total, Optional.empty(), finished.size(), met, met ? Optional.empty() : Optional.ofNullable(note));
    }


    /** {@code F(outer)·[0, vol(outer) − vol(inner)]}: the integral over the part of the true domain outside the box. */
    private Interval endSlabs(List<String> names) {
        Interval volOuter = volume(BoxGeometry.sides(outer));
        Interval volInner = volume(BoxGeometry.sides(box));
        Interval extra = volOuter.subtract(volInner);
        if (extra.sup() <= 0) {
            return Interval.point(0);
        }
        Interval range = new ExprSystem(List.of(f), names).value(0, BoxGeometry.sides(outer));
        return range.multiply(Interval.of(0, extra.sup()));
    }

    static Interval volume(Interval[] x) {
        Interval v = Interval.point(1);
        for (Interval s : x) {
            v = v.multiply(Interval.point(s.sup()).subtract(Interval.point(s.inf())));
        }
        return v;
    }

    private Piece piece(List<String> names, Interval[] x) {
        ExprSystem system = new ExprSystem(List.of(f), names);
        if (f.symbols().isEmpty()) {
            Interval v = system.value(0, x).multiply(volume(x));
            return new Piece(x, v.isBounded() && !v.isEmpty() ? v : Interval.entire(),
                    v.isBounded() && !v.isEmpty() ? null : "the integrand " + f + " is not a real number");
        }
        if (!smoothEverywhere && !system.smooth(x)) {
            return continuousOr(names, x);
        }
        double[] m = BoxGeometry.midpoint(x);
        if (x.length == 1) {
            Interval v;
            try {
                v = TaylorFormIntegral.of(f, names.get(0), IntervalArithmetic.INSTANCE, Interval.point(x[0].inf()),
                        Interval.point(x[0].sup()), Interval.point(m[0]), x[0], order);
            } catch (ArithmeticException notFormed) {
                v = Interval.entire();
            }
            return v.isBounded() && !v.isEmpty() ? new Piece(x, v, null) : continuousOr(names, x);
        }
        FieldTaylorN<Interval> atPoint = system.series(0, BoxGeometry.points(m), order - 1);
        FieldTaylorN<Interval> overPiece = system.series(0, x, order);
        if (atPoint == null || overPiece == null) {
            return continuousOr(names, x);
        }
        Interval integral = integrate(atPoint, overPiece, x, m);
        if (!integral.isBounded() || integral.isEmpty()) {
            return continuousOr(names, x);
        }
        return new Piece(x, integral, null);
    }

    /**
     * A piece without a Taylor form: {@code vol(X)·F(X)} if {@link ContinuousRange} proves {@code f}
     * continuous on it with a bounded range, otherwise the whole real line with the reason.
     */
    private Piece continuousOr(List<String> names, Interval[] x) {
        ContinuousRange.Result r = ContinuousRange.of(f, names, x);
        return r.range() != null ? new Piece(x, r.range().multiply(volume(x)), null)
                : new Piece(x, Interval.entire(), ContinuousRange.note(r.failure(), BoxGeometry.box(names, x).toString(),
                        r.nowhereDefined()), r.nowhereDefined());
    }

    /**
     * {@code Σ_{|α|<K} c_α(m) ∫_X δ^α + Σ_{|α|=K} Σ_orthants C_α ∫_orthant δ^α}, {@code δ = x − m}: the
     * integral of the Taylor form. The remainder's coefficient functions
     * {@code (K/α!)∫_0^1 (1−t)^{K−1} ∂^α f(m + tδ) dt} are continuous with values in {@code C_α}, and
     * {@code δ^α} has one sign on each orthant around {@code m}, so each orthant's integral lies in
     * {@code C_α·∫_orthant δ^α}.
     */
    private Interval integrate(FieldTaylorN<Interval> atPoint, FieldTaylorN<Interval> overPiece, Interval[] x, double[] m) {
        int n = x.length;
        Interval[][] left = new Interval[n][];
        Interval[][] right = new Interval[n][];
        for (int i = 0; i < n; i++) {
            Interval l = Interval.point(x[i].inf()).subtract(Interval.point(m[i]));
            Interval h = Interval.point(x[i].sup()).subtract(Interval.point(m[i]));
            left[i] = new Interval[order + 1];
            right[i] = new Interval[order + 1];
            for (int j = 0; j <= order; j++) {
                Interval k = Interval.point(j + 1);
                left[i][j] = l.pow(j + 1).negate().divide(k);
                right[i][j] = h.pow(j + 1).divide(k);
            }
        }
        MonomialIndex low = atPoint.index();
        Interval sum = Interval.point(0);
        int[] e = new int[n];
        for (int p = 0; p < low.size(); p++) {
            Interval c = atPoint.coefficientAt(p);
            if (c.isPoint() && c.inf() == 0) {
                continue;
            }
            Interval term = c;
            for (int i = 0; i < n; i++) {
                e[i] = low.exponent(p, i);
                term = term.multiply(left[i][e[i]].add(right[i][e[i]]));
            }
            sum = sum.add(term);
        }
        MonomialIndex high = overPiece.index();
        for (int p = high.offset(order); p < high.size(); p++) {
            Interval c = overPiece.coefficientAt(p);
            for (int i = 0; i < n; i++) {
                e[i] = high.exponent(p, i);
            }
            for (int orthant = 0; orthant < 1 << n; orthant++) {
                Interval term = c;
                for (int i = 0; i < n; i++) {
                    term = term.multiply(((orthant >> i) & 1) == 0 ? left[i][e[i]] : right[i][e[i]]);
                }
                sum = sum.add(term);
            }
        }
        return sum;
    }
}
