package org.taylorkit.examples.cli;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/** Decimal text of Apfloat values, at most the given number of significant digits. */
final class ApfloatText {

    private ApfloatText() {
    }

    static String format(Apfloat v, int digits) {
        if (v.signum() == 0) {
            return "0";
        }
        Apfloat r = v.precision() > digits ? ApfloatMath.round(v, digits, java.math.RoundingMode.HALF_EVEN) : v;
        return r.toString(true);
    }
}
