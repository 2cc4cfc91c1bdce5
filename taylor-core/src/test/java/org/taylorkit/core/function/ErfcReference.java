package org.taylorkit.core.function;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * The reference values of {@code ErfcAccuracyTest}: Apfloat's erfc at 40 digits (an implementation
 * independent of ours) at a seeded set of points — uniform samples over [−6, 27.3] by range, plus
 * every regime boundary and Taylor-centre edge (multiples of 1/8 up to 6.125) and its neighbouring
 * doubles. Apfloat takes ~0.1 s per value on [1, 10], so the values are stored in {@value #RESOURCE}
 * (written by {@link #main}, checked against a fresh Apfloat run by the slow test).
 */
final class ErfcReference {

    static final long SEED = 20_261_207L;
    static final String RESOURCE = "erfc-apfloat40.txt";
    static final int DIGITS = 40;

    /** {lo, hi, count} of the uniform samples. */
    private static final double[][] RANGES = {
        {-6, -0.5, 120}, {-0.5, 0.5, 160}, {0.5, 1, 200}, {1, 2, 200}, {2, 4, 200},
        {4, 8, 160}, {8, 27.3, 200}, {26.4, 27.3, 80},
    };

    private ErfcReference() {
    }

    /** The sample points, always the same. */
    static double[] samples() {
        Random random = new Random(SEED);
        List<Double> xs = new ArrayList<>();
        for (double[] r : RANGES) {
            for (int i = 0; i < (int) r[2]; i++) {
                xs.add(r[0] + (r[1] - r[0]) * random.nextDouble());
            }
        }
        for (int k = -4; k <= 49; k++) {
            double b = k / 8.0;
            xs.add(Math.nextDown(b));
            xs.add(b);
            xs.add(Math.nextUp(b));
        }
        for (double b : new double[] {26.543258454250981, 27.226017111108364, 27.3}) { // erfc = 2⁻¹⁰²², 2⁻¹⁰⁷⁵
            xs.add(Math.nextDown(b));
            xs.add(b);
        }
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Apfloat's erfc of the exact double x, at {@value #DIGITS} digits. */
    static Apfloat erfc(double x) {
        return ApfloatMath.erfc(new Apfloat(new BigDecimal(x)).precision(DIGITS));
    }

    /** The stored table: x (as Double.toString) and its reference, one pair a line. */
    static List<String[]> table() throws IOException {
        try (InputStream in = ErfcReference.class.getResourceAsStream(RESOURCE)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    rows.add(line.trim().split(" "));
                }
            }
            return rows;
        }
    }

    /** A line of the table: x and its reference in scientific notation (all digits kept). */
    static String row(double x) {
        return x + " " + new BigDecimal(erfc(x).toString(true)).toString();
    }

    /** Writes the table to the path given. */
    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        for (double x : samples()) {
            out.append(row(x)).append('\n');
        }
        Files.writeString(Path.of(args[0]), out.toString());
    }
}
