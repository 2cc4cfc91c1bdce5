package org.taylorkit.interval.enclosure;

import java.util.Optional;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;

/**
 * The result of a range enclosure ({@link Enclosures}): an interval that contains
 * {@code {f(x) : x in the box, f defined at x}} — always, whatever the method — and how it was
 * obtained.
 *
 * <p>{@link #range()} is empty exactly when the expression was found undefined on the whole box
 * ({@code log(x)} over {@code x ∈ [−2, −1]}). For bisection, {@link #subBoxes()} counts the
 * enclosures computed, {@link #excess()} bounds how much wider the enclosure is than the true range
 * (from values of {@code f} at points of the box, which are attained), and
 * {@link #toleranceMet()} says whether that bound reached the requested tolerance before the budget
 * of sub-boxes ran out. {@link #note()} explains a fallback, e.g. a Taylor model that could not be
 * formed because {@code log} met 0, so the natural extension was used. Immutable and thread-safe.
 */
public final class RangeEnclosure {

    private final Interval range;
    private final EnclosureMethod method;
    private final EnclosureMethod inner;
    private final int order;
    private final int subBoxes;
    private final double tolerance;
    private final double excess;
    private final boolean toleranceMet;
    private final String note;
    private final ApfloatInterval highPrecision;
    private final int digits;

    RangeEnclosure(Interval range, EnclosureMethod method, EnclosureMethod inner, int order, int subBoxes,
            double tolerance, double excess, boolean toleranceMet, String note) {
        this(range, method, inner, order, subBoxes, tolerance, excess, toleranceMet, note, null, 0);
    }

    private RangeEnclosure(Interval range, EnclosureMethod method, EnclosureMethod inner, int order, int subBoxes,
            double tolerance, double excess, boolean toleranceMet, String note, ApfloatInterval highPrecision,
            int digits) {
        this.highPrecision = highPrecision;
        this.digits = digits;
        this.range = range;
        this.method = method;
        this.inner = inner;
        this.order = order;
        this.subBoxes = subBoxes;
        this.tolerance = tolerance;
        this.excess = excess;
        this.toleranceMet = toleranceMet;
        this.note = note;
    }

    /** This result with the high-precision enclosure it came from. */
    RangeEnclosure withHighPrecision(ApfloatInterval range, int digits) {
        return new RangeEnclosure(this.range, method, inner, order, subBoxes, tolerance, excess, toleranceMet, note,
                range, digits);
    }

    static RangeEnclosure direct(Interval range, EnclosureMethod method, int order, String note) {
        return new RangeEnclosure(range, method, null, order, 1, Double.NaN, Double.NaN, true, note);
    }

    /** The enclosure of the range (empty if the expression is undefined on the whole box). */
    public Interval range() {
        return range;
    }

    /**
     * The enclosure in high-precision interval arithmetic, for results computed with a number of
     * digits ({@link Enclosures#enclose(org.taylorkit.core.expr.Expr, Box, EnclosureMethod, int, int)});
     * empty for double results. {@link #range()} is then its outward double enclosure.
     */
    public Optional<ApfloatInterval> highPrecisionRange() {
        return Optional.ofNullable(highPrecision);
    }

    /** The number of significant digits of a high-precision result; 0 for double results. */
    public int digits() {
        return digits;
    }

    /** Whether the range is empty (the expression is undefined at every point of the box). */
    public boolean isEmpty() {
        return range.isEmpty();
    }

    /** An upper bound of the width of {@link #range()} (rounded up); NaN if empty. */
    public double width() {
        return range.wid();
    }

    /** The method asked for. */
    public EnclosureMethod method() {
        return method;
    }

    /** For {@link EnclosureMethod#BISECT}, the method used on each sub-box; empty otherwise. */
    public Optional<EnclosureMethod> innerMethod() {
        return Optional.ofNullable(inner);
    }

    /** The order of the Taylor form or model (of the inner method for bisection); 0 if none is used. */
    public int order() {
        return order;
    }

    /** The number of (sub-)box enclosures computed: 1 for the direct methods. */
    public int subBoxes() {
        return subBoxes;
    }

    /** The requested tolerance of a bisection; NaN for the direct methods. */
    public double tolerance() {
        return tolerance;
    }

    /**
     * For bisection, an upper bound (rounded up) of {@code width(range()) − width(true range)}: the
     * true minimum is within {@code [inf, a]} and the maximum within {@code [b, sup]} for computed
     * values {@code a}, {@code b} of {@code f} at points of the box, and the excess is
     * {@code (a − inf) + (sup − b)}. NaN for the direct methods, {@code +∞} if no point value was found.
     */
    public double excess() {
        return excess;
    }

    /** Whether a bisection reached its tolerance ({@code excess() ≤ tolerance()}); true for direct methods. */
    public boolean toleranceMet() {
        return toleranceMet;
    }

    /** An explanation of a fallback to a weaker method, if one happened. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** E.g. {@code [0.0, 0.25] by taylor-model (order 5)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(range.toString()).append(" by ").append(method.cliName());
        if (inner != null) {
            sb.append(" (").append(inner.cliName());
            if (order > 0) {
                sb.append(" order ").append(order);
            }
            sb.append(", ").append(subBoxes).append(" sub-boxes, excess ≤ ").append(excess)
                    .append(toleranceMet ? "" : ", tolerance not met").append(')');
        } else if (order > 0) {
            sb.append(" (order ").append(order).append(')');
        }
        note().ifPresent(n -> sb.append("; ").append(n));
        return sb.toString();
    }
}
