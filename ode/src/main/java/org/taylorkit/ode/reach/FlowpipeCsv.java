package org.taylorkit.ode.reach;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * Writes a {@link Flowpipe} as CSV: the header {@code piece,t_lo,t_hi,<var>_lo,<var>_hi,…} (state
 * variables in system order), then one row per step, pieces numbered from 1, each piece's steps in
 * time order: the step's time interval and its enclosure over that whole interval. A step that
 * several pieces share (a split piece's steps before the split belong to all its descendants) is
 * written once, by the first piece that has it, and its {@code piece} column names every piece it
 * holds for, as ranges: {@code 1-4}, or {@code 1-2;5} if they are not consecutive. Bounds are decimals
 * rounded outward ({@link OutwardDecimal}), so each row still encloses what the step proved. Lines end
 * with {@code \n}.
 */
public final class FlowpipeCsv {

    private FlowpipeCsv() {
    }

    /** The header line (without the line end). */
    public static String header(List<String> variables) {
        StringBuilder sb = new StringBuilder("piece,t_lo,t_hi");
        for (String v : variables) {
            sb.append(',').append(v).append("_lo,").append(v).append("_hi");
        }
        return sb.toString();
    }

    /**
     * Writes the header and the rows.
     *
     * @throws IOException from the writer
     */
    public static void write(Flowpipe flowpipe, Writer out) throws IOException {
        out.write(header(flowpipe.variables()));
        out.write('\n');
        Map<ValidatedStep, List<Integer>> holders = holders(flowpipe);
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < flowpipe.pieceCount(); i++) {
            for (ValidatedStep s : flowpipe.steps(i)) {
                List<Integer> h = holders.get(s);
                if (h.get(0) != i) {
                    continue; // written with the first piece that has it
                }
                row.setLength(0);
                row.append(ranges(h)).append(',').append(OutwardDecimal.lower(s.t0())).append(',')
                        .append(OutwardDecimal.upper(s.t1()));
                for (Interval x : s.stepEnclosure()) {
                    row.append(',').append(OutwardDecimal.lower(x.inf())).append(',').append(OutwardDecimal.upper(x.sup()));
                }
                out.write(row.append('\n').toString());
            }
        }
    }

    /** The number of rows {@link #write} writes after the header: the distinct steps. */
    public static int rowCount(Flowpipe flowpipe) {
        return holders(flowpipe).size();
    }

    /** For each distinct step (by identity), the 0-based pieces that have it, ascending. */
    private static Map<ValidatedStep, List<Integer>> holders(Flowpipe flowpipe) {
        Map<ValidatedStep, List<Integer>> h = new IdentityHashMap<>();
        for (int i = 0; i < flowpipe.pieceCount(); i++) {
            for (ValidatedStep s : flowpipe.steps(i)) {
                List<Integer> l = h.computeIfAbsent(s, k -> new ArrayList<>());
                if (l.isEmpty() || l.get(l.size() - 1) != i) {
                    l.add(i);
                }
            }
        }
        return h;
    }

    /** 1-based piece numbers as ranges: {@code 3}, {@code 1-4}, {@code 1-2;5}. */
    private static String ranges(List<Integer> pieces) {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        while (k < pieces.size()) {
            int first = pieces.get(k);
            int last = first;
            while (k + 1 < pieces.size() && pieces.get(k + 1) == last + 1) {
                last = pieces.get(++k);
            }
            k++;
            sb.append(sb.length() == 0 ? "" : ";").append(first + 1);
            if (last > first) {
                sb.append('-').append(last + 1);
            }
        }
        return sb.toString();
    }
}
