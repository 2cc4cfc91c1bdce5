package org.taylorkit.examples.cli;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * Decimal text of Apfloat values, at most the given number of significant digits: plain notation for
 * moderate exponents, scientific below 10⁻⁶ and from 10²¹ on (JavaScript's thresholds, also those of the
 * Apfloat interval text), so 10⁻⁵⁰⁰⁰ prints as {@code 1e-5000}, not 5 000 zeros.
 */
final class ApfloatText {

    private ApfloatText() {
    }

    static String format(Apfloat v, int digits) {
        if (v.signum() == 0) {
            return "0";
        }
        Apfloat r = v.precision() > digits ? ApfloatMath.round(v, digits, java.math.RoundingMode.HALF_EVEN) : v;
        long scale = r.scale();
        return scale > 21 || scale < -6 ? r.toString(false) : r.toString(true);
    }
}
