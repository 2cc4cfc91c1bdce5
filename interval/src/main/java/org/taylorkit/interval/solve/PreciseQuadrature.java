package org.taylorkit.interval.solve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apfloat.Apfloat;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.function.ApfloatIntervalArithmetic;
import org.taylorkit.interval.Interval;

/**
 * A rigorous enclosure of {@code ∫_a^b f(x) dx} in Apfloat intervals of a chosen number of digits
 * (one variable). On each piece {@code [a, b]} with midpoint {@code m}, Taylor's theorem gives
 * {@code f(x) = Σ_{j<K} c_j(m)(x − m)^j + c_K(ξ)(x − m)^K} with {@code ξ} between {@code m} and {@code x};
 * the interval series at the point {@code m} encloses {@code c_j(m)}, the series with the piece itself
 * as expansion point encloses {@code c_K(ξ)} for every {@code ξ} in it ({@code C_K}). Integrating,
 * <pre>∫_a^b f ∈ Σ_{j<K} c_j(m)·(h^{j+1} − l^{j+1})/(j+1) + C_K·h^{K+1}/(K+1) − C_K·l^{K+1}/(K+1),</pre>
 * {@code l = a − m}, {@code h = b − m}: on each of {@code [a, m]} and {@code [m, b]} the factor
 * {@code (x − m)^K} has one sign, so the mean-value theorem for integrals applies to each half. The
 * series are used only where {@code f} is proven analytic on the piece (checked in double on its
 * outward double hull); other pieces contribute {@code (b − a)·F([a, b])} where the decorated evaluation
 * proves {@code f} continuous there with a bounded range ({@link ContinuousRange}: √x at 0), else the
 * whole line until cut small enough, so a singular integrand gives an unbounded enclosure. Pieces are
 * bisected, widest contribution first, until the sum is narrower than the tolerance.
 *
 * <p>The endpoints may be enclosures ({@code π} to the working precision): the integral over
 * {@code [sup A, inf B]} is computed and {@code F(A)·[0, wid A] + F(B)·[0, wid B]} added.
 */
public final class PreciseQuadrature {

    /** The default budget of pieces. */
    public static final int DEFAULT_MAX_PIECES = 100_000;

    private final Expr f;
    private final String name;
    private final ApfloatInterval lower;
    private final ApfloatInterval upper;
    private final int digits;
    private final ApfloatIntervalArithmetic ar;
    private int order;
    private double tolerance;
    private int maxPieces = DEFAULT_MAX_PIECES;
    private SearchProgress progress = SearchProgress.NONE;

    private PreciseQuadrature(Expr f, String name, ApfloatInterval lower, ApfloatInterval upper, int digits) {
        this.f = f;
        this.name = name;
        this.lower = lower;
        this.upper = upper;
        this.digits = digits;
        this.ar = ApfloatIntervalArithmetic.ofDigits(digits);
        this.order = Math.min(40, Math.max(12, digits));
        this.tolerance = Math.pow(10, 3 - digits);
    }

    /**
     * The integral of {@code f} over {@code [a, b]} for {@code a ∈ lower}, {@code b ∈ upper}, in
     * {@code digits}-digit intervals; default order {@code clamp(digits, 12, 40)} and default tolerance
     * {@code 10^(3 − digits)}.
     *
     * @throws IllegalArgumentException if an endpoint is unbounded or empty, {@code sup lower > inf upper},
     *     {@code digits < 1}, or {@code f} uses another variable
     */
    public static PreciseQuadrature of(Expr f, String variable, ApfloatInterval lower, ApfloatInterval upper, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("integral: digits must be ≥ 1, got " + digits);
        }
        if (!lower.isBounded() || !upper.isBounded() || lower.isEmpty() || upper.isEmpty()) {
            throw new IllegalArgumentException("integral: the bounds of " + variable + " must be finite numbers");
        }
        if (lower.sup().compareTo(upper.inf()) > 0) {
            throw new IllegalArgumentException("integral: the lower bound of " + variable + " exceeds the upper bound");
        }
        new ExprSystem(List.of(f), List.of(variable));
        return new PreciseQuadrature(f, variable, lower, upper, digits);
    }

    /** Series of order {@code k} (1 to 60). */
    public PreciseQuadrature order(int k) {
        if (k < 1 || k > 60) {
            throw new IllegalArgumentException("integral: the order must be between 1 and 60, got " + k);
        }
        this.order = k;
        return this;
    }

    /** Stops when the enclosure is at most {@code w} wide (finite, ≥ 0). */
    public PreciseQuadrature tolerance(double w) {
        if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("integral: the tolerance must be a finite number ≥ 0, got " + w);
        }
        this.tolerance = w;
        return this;
    }

    /** Cuts the interval into at most {@code n ≥ 1} pieces. */
    public PreciseQuadrature maxPieces(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("integral: the budget of pieces must be ≥ 1, got " + n);
        }
        this.maxPieces = n;
        return this;
    }

    /** Reports progress to {@code p}. */
    public PreciseQuadrature progress(SearchProgress p) {
        this.progress = p;
        return this;
    }

    private record Piece(Apfloat a, Apfloat b, ApfloatInterval integral, String failure, boolean hopeless) {
        Piece(Apfloat a, Apfloat b, ApfloatInterval integral, String failure) {
            this(a, b, integral, failure, false);
        }

        double width() {
            return integral.isBounded() ? integral.widDouble() : Double.POSITIVE_INFINITY;
        }
    }

    /** Runs the adaptive quadrature. */
    public IntegralEnclosure integrate() {
        boolean smoothEverywhere = smooth(lower.inf(), upper.sup());
        AdaptivePartition.Outcome<Piece> run = new AdaptivePartition<Piece>(Piece::width, p -> {
            Apfloat m = ApfloatInterval.of(p.a(), p.b(), digits).mid();
            return !(m.compareTo(p.a()) > 0 && m.compareTo(p.b()) < 0) ? null
                    : List.of(piece(p.a(), m, smoothEverywhere), piece(m, p.b(), smoothEverywhere));
        }, Piece::failure, Piece::hopeless).run(piece(lower.sup(), upper.inf(), smoothEverywhere), tolerance, maxPieces, progress);
        List<Piece> finished = run.pieces();
        String note = run.note();
        // summed with ten guard digits: the outward rounding of each addition (about one unit in the
        // last digit) would otherwise add up over many pieces to more than the tolerance
        ApfloatInterval total = ApfloatInterval.of(new Apfloat(0), new Apfloat(0), digits + 10L);
        for (Piece p : finished) {
            total = total.add(p.integral());
        }
        total = total.add(slab(lower)).add(slab(upper)).roundOut(digits);
        boolean met = total.isBounded() && total.widDouble() <= tolerance;
        Interval asDouble = total.isBounded() ? Interval.of(total.infDouble(), total.supDouble()) : Interval.entire();
        if (!met && note == null) { // every piece met its share; the outward rounding of the sum did not
            note = "the sum of the " + finished.size() + " pieces, rounded outward at " + digits
                    + " digits, is wider than the tolerance (more digits or a larger tolerance)";
        }
        return new IntegralEnclosure(asDouble, Optional.of(total), finished.size(), met,
                met ? Optional.empty() : Optional.ofNullable(note));
    }


    /** {@code F(E)·[0, wid E]}: the part of the integral between the ends of an endpoint enclosure {@code E}. */
    private ApfloatInterval slab(ApfloatInterval end) {
        if (end.isPoint()) {
            return ar.zero();
        }
        ApfloatInterval range = f.evaluate(ar, Map.of(name, end));
        return range.multiply(ApfloatInterval.of(new Apfloat(0), end.wid(), digits));
    }

    private boolean smooth(Apfloat a, Apfloat b) {
        ApfloatInterval x = ApfloatInterval.of(a, b, digits);
        return new ExprSystem(List.of(f), List.of(name)).smooth(new Interval[] {Interval.of(x.infDouble(), x.supDouble())});
    }

    private Piece piece(Apfloat a, Apfloat b, boolean smoothEverywhere) {
        ApfloatInterval x = ApfloatInterval.of(a, b, digits);
        if (f.symbols().isEmpty()) {
            ApfloatInterval v = f.evaluate(ar, Map.of()).multiply(ApfloatInterval.point(b, digits).subtract(ApfloatInterval.point(a, digits)));
            return v.isBounded() && !v.isEmpty() ? new Piece(a, b, v, null)
                    : new Piece(a, b, ApfloatInterval.entire(digits), "the integrand " + f + " is not a real number");
        }
        if (!smoothEverywhere && !smooth(a, b)) {
            return continuousOr(a, b, x);
        }
        ApfloatInterval sum;
        try {
            sum = TaylorFormIntegral.of(f, name, ar, ApfloatInterval.point(a, digits), ApfloatInterval.point(b, digits),
                    ApfloatInterval.point(x.mid(), digits), x, order);
        } catch (ArithmeticException notFormed) {
            sum = ApfloatInterval.entire(digits);
        }
        if (!sum.isBounded() || sum.isEmpty()) {
            return continuousOr(a, b, x);
        }
        return new Piece(a, b, sum, null);
    }

    /**
     * A piece [a, b] without a Taylor form: {@code (b − a)·F([a, b])}, F the Apfloat interval extension,
     * if {@link ContinuousRange} proves {@code f} continuous on the piece's outward double hull; otherwise
     * the whole real line with the reason.
     */
    private Piece continuousOr(Apfloat a, Apfloat b, ApfloatInterval x) {
        Interval hull = Interval.of(x.infDouble(), x.supDouble());
        ContinuousRange.Result r = ContinuousRange.of(f, List.of(name), new Interval[] {hull});
        String failure = r.failure();
        if (failure == null) {
            ApfloatInterval range = f.evaluate(ar, Map.of(name, x));
            if (range.isBounded() && !range.isEmpty()) {
                return new Piece(a, b, range.multiply(ApfloatInterval.point(b, digits).subtract(ApfloatInterval.point(a, digits))), null);
            }
            failure = "is unbounded";
        }
        return new Piece(a, b, ApfloatInterval.entire(digits), ContinuousRange.note(failure, name + " ∈ " + hull,
                r.nowhereDefined()), r.nowhereDefined());
    }
}
