package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.RigorousReciprocal;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * Rigorous enclosures of cot. Doubles: {@link RigorousReciprocal} (monotone pieces, double-double point values rounded once:
 * tightest up to an ulp; a pole inside gives the entire line). Apfloat: from the enclosures it is built of
 * (set-based division: an argument reaching a pole gives an unbounded result, never a wrong finite one,
 * and {@code cot [0, 0]} is empty).
 */
final class CotEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return RigorousReciprocal.cot(x);
    }

    /**
     * The intersection of two enclosures of the same set {@code {cot x : x ∈ X, sin x ≠ 0}}:
     * {@code −tan(x − π/2)} (bounded across the zeros {@code π/2 + kπ} of cot) and {@code 1/tan x}
     * (set-based: ∅ for {@code X = [0, 0]}, the one pole with a decimal value, and one-sided at it,
     * {@code cot [0, 1] = [cot 1, +∞]}). The second is valid because tan is the entire line on any X
     * that may hold a pole of tan, and elsewhere {@code 1/tan x = cot x} wherever {@code sin x ≠ 0}.
     */
    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        ApfloatInterval xr = x.roundedTo(digits);
        ApfloatInterval shifted = xr.subtract(ApfloatInterval.pi(digits + 5).divide(ApfloatInterval.point(2.0, digits + 5)))
                .tan().negate();
        ApfloatInterval reciprocal = ApfloatInterval.point(1.0, digits).divide(xr.tan());
        return shifted.intersection(reciprocal).roundedTo(digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        Interval s = x.sin();
        return s.inf() > 0 || s.sup() < 0 ? null : "cot: the argument " + x + " may contain a pole (sin of it contains 0)";
    }
}
