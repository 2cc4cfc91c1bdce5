package org.taylorkit.interval.solve;

import java.util.Optional;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;

/**
 * The outcome of {@link RigorousQuadrature#integrate()} or {@link PreciseQuadrature#integrate()}: an
 * interval that contains the exact integral. An unbounded enclosure means the integrand could not be
 * bounded on some piece (a singularity, or a point where it is undefined, such as {@code 1/x} near 0):
 * the integral may not exist, and no finite claim is made. Where the integrand is proved undefined on a whole
 * piece, the integral does not exist, and the note ends with {@link #DOES_NOT_EXIST}.
 *
 * @param value the enclosure in double (for a high-precision run, an outward double enclosure of
 *     {@link #highPrecisionValue()})
 * @param highPrecisionValue the enclosure in Apfloat intervals, for {@link PreciseQuadrature}
 * @param pieces the number of sub-intervals (sub-boxes) the domain was finally cut into
 * @param toleranceMet whether the enclosure is at most as wide as the tolerance asked for
 * @param note why the tolerance was not met, if it was not
 */
public record IntegralEnclosure(Interval value, Optional<ApfloatInterval> highPrecisionValue, int pieces,
        boolean toleranceMet, Optional<String> note) {

    /** How a note ends when the integrand is proved undefined on a piece of positive volume. */
    public static final String DOES_NOT_EXIST = "so the integral does not exist";

    /** Whether the enclosure is finite. */
    public boolean isBounded() {
        return value.isBounded() && highPrecisionValue.map(ApfloatInterval::isBounded).orElse(true);
    }
}
