package org.taylorkit.examples.cli;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.core.ApfloatDecimal;

/**
 * Decimal text of Apfloat values, at most the given number of significant digits, in the notation of
 * {@link ApfloatDecimal} (scientific below 10⁻⁶ and from 10²¹ on).
 */
final class ApfloatText {

    private ApfloatText() {
    }

    static String format(Apfloat v, int digits) {
        if (v.signum() == 0) {
            return "0";
        }
        return ApfloatDecimal.text(v.precision() > digits ? ApfloatMath.round(v, digits, java.math.RoundingMode.HALF_EVEN) : v);
    }
}
