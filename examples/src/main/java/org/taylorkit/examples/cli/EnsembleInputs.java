package org.taylorkit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.ensemble.BoxSampler;

/**
 * The members of {@code taylor ensemble}: rows of an {@code --inits} CSV file (header: every state
 * variable, optionally parameters; checked in full before anything runs, then read again lazily so a
 * file of 10⁷ rows is never held in memory), or {@code --sample} boxes drawn with a seed.
 */
final class EnsembleInputs {

    private EnsembleInputs() {
    }

    /** Where each input column goes: state variable {@code i} (i ≥ 0) or parameter {@code -1 - i}. */
    record Layout(OdeSystem system, int[] target) {

        <M> M member(EnsembleNumbers<M, ?> numbers, String[] cells) {
            String[] state = new String[system.dimension()];
            String[] params = null;
            for (int j = 0; j < target.length; j++) {
                if (target[j] >= 0) {
                    state[target[j]] = cells[j];
                } else {
                    if (params == null) {
                        params = new String[system.parameters().size()];
                    }
                    params[-1 - target[j]] = cells[j];
                }
            }
            return numbers.member(state, params);
        }
    }

    /** Which system names an input may give a value to, with the error for any other name. */
    static Layout layout(OdeSystem system, List<String> names, String source) {
        int[] target = new int[names.size()];
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            int s = system.variables().indexOf(name);
            int p = system.parameters().indexOf(name);
            if (s < 0 && p < 0) {
                throw new IllegalArgumentException(source + ": '" + name + "' is neither a state variable ("
                        + String.join(", ", system.variables()) + ") nor a parameter"
                        + (system.parameters().isEmpty() ? "" : " (" + String.join(", ", system.parameters()) + ")"));
            }
            if (names.subList(0, j).contains(name)) {
                throw new IllegalArgumentException(source + ": '" + name + "' is given twice");
            }
            target[j] = s >= 0 ? s : -1 - p;
        }
        for (String v : system.variables()) {
            if (!names.contains(v)) {
                throw new IllegalArgumentException(source + ": no value for state variable " + v + " (state: "
                        + String.join(", ", system.variables()) + ")");
            }
        }
        return new Layout(system, target);
    }

    /** The names of a CSV file's header (its first line). */
    static List<String> header(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null || line.isBlank()) {
                throw new IllegalArgumentException("--inits " + file + ": line 1: expected a header naming the state variables");
            }
            List<String> names = new ArrayList<>();
            for (String n : line.split(",", -1)) {
                names.add(n.strip());
            }
            return names;
        }
    }

    /**
     * Reads the whole file once and checks every row: the number of values and each value.
     *
     * @return the number of members (non-blank rows after the header)
     * @throws IllegalArgumentException for the first bad row, with its line number and column name
     */
    static long check(Path file, List<String> names, EnsembleNumbers<?, ?> numbers) throws IOException {
        long rows = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            long lineNumber = 1;
            String line;
            while ((line = r.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != names.size()) {
                    throw new IllegalArgumentException("--inits " + file + ": line " + lineNumber + ": expected " + names.size()
                            + " values (" + String.join(",", names) + "), got " + cells.length);
                }
                for (int j = 0; j < cells.length; j++) {
                    String problem = numbers.problem(cells[j]);
                    if (problem != null) {
                        throw new IllegalArgumentException("--inits " + file + ": line " + lineNumber + ", column "
                                + names.get(j) + ": " + problem);
                    }
                }
                rows++;
            }
        }
        return rows;
    }

    /** The rows of a checked file as members, read lazily; closes the file when the last row was read. */
    static <M> Iterator<M> rows(Path file, Layout layout, EnsembleNumbers<M, ?> numbers) throws IOException {
        BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        r.readLine();
        return new Iterator<>() {
            private String next = advance();

            private String advance() {
                try {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (!line.isBlank()) {
                            return line;
                        }
                    }
                    r.close();
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public M next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                String[] cells = next.split(",", -1);
                next = advance();
                return layout.member(numbers, cells);
            }
        };
    }

    /**
     * The generator of {@code --sample}: each name with an interval {@code [a, b]} is drawn uniformly
     * (member i from the seed and i alone, {@link BoxSampler}); a name with a single value keeps it.
     */
    static <M> LongFunction<M> sampler(Map<String, String> sample, Layout layout, EnsembleNumbers<M, ?> numbers, long seed) {
        int k = sample.size();
        double[] lo = new double[k];
        double[] hi = new double[k];
        int j = 0;
        for (Map.Entry<String, String> e : sample.entrySet()) {
            double[] range = range(e.getKey(), e.getValue());
            lo[j] = range[0];
            hi[j] = range[1];
            j++;
        }
        BoxSampler sampler = new BoxSampler(lo, hi, seed);
        return i -> {
            double[] x = sampler.sample(i);
            String[] cells = new String[k];
            for (int c = 0; c < k; c++) {
                cells[c] = Double.toString(x[c]);
            }
            return layout.member(numbers, cells);
        };
    }

    private static double[] range(String name, String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            String[] ends = t.substring(1, t.length() - 1).split(",", -1);
            if (ends.length != 2) {
                throw new IllegalArgumentException("--sample: value of " + name + " ('" + text + "'): expected [a,b]");
            }
            double a = OdeOptions.finiteEntry("--sample", name, ends[0].strip());
            double b = OdeOptions.finiteEntry("--sample", name, ends[1].strip());
            if (a > b) {
                throw new IllegalArgumentException("--sample: value of " + name + " ('" + text + "'): the lower end exceeds the upper");
            }
            return new double[] {a, b};
        }
        double v = OdeOptions.finiteEntry("--sample", name, t);
        return new double[] {v, v};
    }
}
