package org.taylorkit.core;

import org.apfloat.Apfloat;

/**
 * The decimal text of an Apfloat value, exactly as stored: plain notation for moderate exponents,
 * scientific below 10⁻⁶ and from 10²¹ on (JavaScript's thresholds), so 10⁻⁵⁰⁰⁰ prints as
 * {@code 1e-5000}, not 5 000 zeros. Zero is {@code "0"}. Shared by the interval text and the command line.
 */
public final class ApfloatDecimal {

    private ApfloatDecimal() {
    }

    /** {@code v} in plain or scientific notation, every stored digit kept. */
    public static String text(Apfloat v) {
        if (v.signum() == 0) {
            return "0";
        }
        long scale = v.scale();
        return scale > 21 || scale < -6 ? v.toString(false) : v.toString(true);
    }
}
