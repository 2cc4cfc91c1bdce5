package org.taylorkit.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.ensemble.BoxMemberRunner;
import org.taylorkit.ode.ensemble.DoubleMemberRunner;
import org.taylorkit.ode.ensemble.EnsembleSpec;
import org.taylorkit.ode.ensemble.Member;
import org.taylorkit.ode.ensemble.MemberResult;
import org.taylorkit.ode.ensemble.MemberRunner;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * Integrates the members of one Spark partition with one runner (one compiled tape, one
 * integrator), built on the executor when the partition's first row arrives; rows are mapped
 * lazily, one at a time. The runners are those of the local ensemble, so a row's result is bit for
 * bit the local ensemble's (and a single run's) for the same member.
 */
final class EnsemblePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final EnsembleSpec spec;
    private final MemberKind kind;
    private final int indexColumn;
    /** POINTS: the column of each state variable; BOXES: of each lower end. */
    private final int[] stateColumns;
    /** BOXES: the column of each upper end. */
    private final int[] upperColumns;
    /** POINTS: the column of each parameter, -1 where the default applies; null if no parameter has a column. */
    private final int[] parameterColumns;
    private final double[] parameterDefaults;

    EnsemblePartition(EnsembleSpec spec, MemberKind kind, int indexColumn, int[] stateColumns, int[] upperColumns,
            int[] parameterColumns, double[] parameterDefaults) {
        this.spec = spec;
        this.kind = kind;
        this.indexColumn = indexColumn;
        this.stateColumns = stateColumns;
        this.upperColumns = upperColumns;
        this.parameterColumns = parameterColumns;
        this.parameterDefaults = parameterDefaults;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Iterator<>() {
            private MemberRunner<Member, MemberResult> points;
            private MemberRunner<Interval[], ValidatedSolution> boxes;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                long index = row.getLong(indexColumn);
                if (kind == MemberKind.POINTS) {
                    if (points == null) {
                        points = DoubleMemberRunner.factory(spec).get();
                    }
                    return point(index, points.run(member(row)));
                }
                if (boxes == null) {
                    boxes = BoxMemberRunner.factory(spec).get();
                }
                return box(index, boxes.run(box(row)));
            }
        };
    }

    private Member member(Row row) {
        double[] x = new double[stateColumns.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = row.getDouble(stateColumns[i]);
        }
        if (parameterColumns == null) {
            return new Member(x, null);
        }
        double[] p = parameterDefaults.clone();
        for (int i = 0; i < p.length; i++) {
            if (parameterColumns[i] >= 0) {
                p[i] = row.getDouble(parameterColumns[i]);
            }
        }
        return new Member(x, p);
    }

    private Interval[] box(Row row) {
        Interval[] b = new Interval[stateColumns.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = Interval.of(row.getDouble(stateColumns[i]), row.getDouble(upperColumns[i]));
        }
        return b;
    }

    private Row point(long index, MemberResult r) {
        boolean withEvent = spec.event() != null;
        Object[] cells = new Object[3 + r.state().length + (withEvent ? 1 : 0)];
        cells[0] = index;
        cells[1] = r.status().label();
        cells[2] = r.t();
        for (int i = 0; i < r.state().length; i++) {
            cells[3 + i] = r.state()[i];
        }
        if (withEvent) {
            cells[cells.length - 1] = Double.isNaN(r.eventTime()) ? null : r.eventTime();
        }
        return RowFactory.create(cells);
    }

    private static Row box(long index, ValidatedSolution s) {
        Interval[] e = s.enclosure();
        Object[] cells = new Object[3 + 2 * e.length];
        cells[0] = index;
        cells[1] = s.status().label();
        cells[2] = s.t();
        for (int i = 0; i < e.length; i++) {
            cells[3 + 2 * i] = e[i].inf();
            cells[4 + 2 * i] = e[i].sup();
        }
        return RowFactory.create(cells);
    }

    static List<String> boxColumns(String variable) {
        return List.of(variable + "_lo", variable + "_hi");
    }
}
