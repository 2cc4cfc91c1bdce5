package org.taylorkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * The reference STMs of {@link KeplerStmStart}, optionally kept in a text file between runs (system
 * property {@value #PROPERTY}: a path; unset, every run computes its references, several seconds per
 * start). One line per start: e, E₀, the reference digits and tolerance, and the 16 entries, all as
 * hexadecimal floating-point literals so that they read back bit for bit. A line whose key (start,
 * digits, tolerance) does not match is ignored, so a change of the reference settings recomputes.
 */
final class ReferenceCache {

    /** The system property naming the cache file. */
    static final String PROPERTY = "taylorkit.wp.referenceCache";

    private ReferenceCache() {
    }

    /** The start's reference STM, from the cache file if it has it, else computed (and appended to the file). */
    static double[][] stm(KeplerStmStart start) {
        String file = System.getProperty(PROPERTY);
        String key = key(start);
        if (file != null && Files.exists(Path.of(file))) {
            try {
                for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                    if (line.startsWith(key + " ")) {
                        return parse(line.substring(key.length() + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading the reference cache " + file, e);
            }
        }
        double[][] stm = start.referenceStm();
        if (file != null) {
            StringBuilder sb = new StringBuilder(key);
            for (double[] row : stm) {
                for (double v : row) {
                    sb.append(' ').append(Double.toHexString(v));
                }
            }
            try {
                Files.write(Path.of(file), List.of(sb.toString()), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("writing the reference cache " + file, e);
            }
        }
        return stm;
    }

    private static String key(KeplerStmStart start) {
        return String.format(Locale.ROOT, "%s %s %d %s", Double.toHexString(start.eccentricity()),
                Double.toHexString(start.anomaly()), KeplerStmStart.REFERENCE_DIGITS,
                Double.toHexString(KeplerStmStart.REFERENCE_TOLERANCE));
    }

    private static double[][] parse(String entries) {
        String[] f = entries.trim().split(" ");
        if (f.length != 16) {
            throw new IllegalStateException("a reference cache line has " + f.length + " entries, expected 16");
        }
        double[][] m = new double[4][4];
        for (int i = 0; i < 16; i++) {
            m[i / 4][i % 4] = Double.parseDouble(f[i]);
        }
        return m;
    }
}
