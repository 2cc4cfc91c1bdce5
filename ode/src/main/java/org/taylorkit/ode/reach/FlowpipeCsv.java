package org.taylorkit.ode.reach;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * Writes a {@link Flowpipe} as CSV: the header {@code piece,t_lo,t_hi,<var>_lo,<var>_hi,…} (state
 * variables in system order), then one row per piece and step, pieces numbered from 1, steps in
 * time order: the step's time interval and its enclosure over that whole interval. Bounds are
 * decimals rounded outward ({@link OutwardDecimal}), so each row still encloses what the step
 * proved. Lines end with {@code \n}.
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
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < flowpipe.pieceCount(); i++) {
            for (ValidatedStep s : flowpipe.steps(i)) {
                row.setLength(0);
                row.append(i + 1).append(',').append(OutwardDecimal.lower(s.t0())).append(',').append(OutwardDecimal.upper(s.t1()));
                for (Interval x : s.stepEnclosure()) {
                    row.append(',').append(OutwardDecimal.lower(x.inf())).append(',').append(OutwardDecimal.upper(x.sup()));
                }
                out.write(row.append('\n').toString());
            }
        }
    }
}
