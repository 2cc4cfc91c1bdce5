package org.taylorkit.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.ensemble.BoxSampler;
import org.taylorkit.ode.ensemble.EnsembleSpec;

/**
 * An ensemble as a Spark job: a {@link Dataset} of member rows in, a Dataset of result rows out,
 * one runner (one compiled tape, one integrator) per partition. The integration of each row is the
 * local ensemble's ({@code org.taylorkit.ode.ensemble}), so results are bit-for-bit those of
 * {@code Ensemble} and of single runs; Spark adds distribution, not arithmetic.
 *
 * <p>Member rows: a {@code long} column {@code index}, then for {@link MemberKind#POINTS} a
 * {@code double} column per state variable (named like it) and optionally per parameter, for
 * {@link MemberKind#BOXES} columns {@code <x>_lo, <x>_hi}. Results: {@code index, status, t}, then
 * the state ({@code <x>} or {@code <x>_lo, <x>_hi}) and, for points with an event, {@code event_t}
 * (null when none occurred). Row order across partitions is Spark's: sort by {@code index} to read
 * results in input order.
 */
public final class SparkEnsemble {

    /** The name of the member index column. */
    public static final String INDEX = "index";

    private SparkEnsemble() {
    }

    /**
     * Members drawn uniformly from a box, computed on the executors: row i is
     * {@code sampler.sample(i)} whatever the partitioning (see {@link BoxSampler}).
     *
     * @param names the column of each sampler component (state variables or parameters)
     * @param count the number of members
     * @param partitions the number of partitions
     */
    public static Dataset<Row> sample(SparkSession spark, List<String> names, BoxSampler sampler, long count, int partitions) {
        if (names.size() != sampler.dimension()) {
            throw new IllegalArgumentException(names.size() + " column names for a sampler of dimension " + sampler.dimension());
        }
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(INDEX, DataTypes.LongType, false));
        for (String n : names) {
            fields.add(DataTypes.createStructField(n, DataTypes.DoubleType, false));
        }
        StructType schema = DataTypes.createStructType(fields);
        MapPartitionsFunction<Long, Row> draw = ids -> new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return ids.hasNext();
            }

            @Override
            public Row next() {
                long i = ids.next();
                double[] x = sampler.sample(i);
                Object[] cells = new Object[x.length + 1];
                cells[0] = i;
                for (int k = 0; k < x.length; k++) {
                    cells[k + 1] = x[k];
                }
                return RowFactory.create(cells);
            }
        };
        return spark.range(0, count, 1, partitions).mapPartitions(draw, Encoders.row(schema));
    }

    /**
     * Integrates every member row.
     *
     * @param spec the problem (serializable; each partition builds its runner from it)
     * @param kind points (double) or boxes (validated)
     * @param members the member rows (see the class comment)
     * @return the result rows, lazily: write or collect them to run the job
     * @throws IllegalArgumentException if a column is missing, unknown or not numeric, or the spec is invalid
     */
    public static Dataset<Row> run(EnsembleSpec spec, MemberKind kind, Dataset<Row> members) {
        OdeSystem system = spec.system();
        StructType in = members.schema();
        List<String> names = Arrays.asList(in.fieldNames());
        int indexColumn = column(names, INDEX);
        List<String> states = system.variables();
        List<String> params = system.parameters();
        List<String> known = new ArrayList<>();
        known.add(INDEX);
        int[] lower = new int[states.size()];
        int[] upper = null;
        int[] paramColumns = null;
        double[] defaults = new double[params.size()];
        if (kind == MemberKind.POINTS) {
            for (int i = 0; i < lower.length; i++) {
                lower[i] = column(names, states.get(i));
            }
            known.addAll(states);
            for (int i = 0; i < params.size(); i++) {
                String text = spec.parameters().get(params.get(i));
                defaults[i] = text == null ? Double.NaN : EnsembleSpec.value(text, "parameter " + params.get(i));
                int c = names.indexOf(params.get(i));
                if (c >= 0) {
                    if (paramColumns == null) {
                        paramColumns = new int[params.size()];
                        Arrays.fill(paramColumns, -1);
                    }
                    paramColumns[i] = c;
                    known.add(params.get(i));
                } else if (text == null) {
                    throw new IllegalArgumentException("parameter " + params.get(i) + " has neither a default nor a column");
                }
            }
        } else {
            upper = new int[states.size()];
            for (int i = 0; i < lower.length; i++) {
                List<String> ends = EnsemblePartition.boxColumns(states.get(i));
                lower[i] = column(names, ends.get(0));
                upper[i] = column(names, ends.get(1));
                known.addAll(ends);
            }
        }
        for (String n : names) {
            if (!known.contains(n)) {
                throw new IllegalArgumentException("member column '" + n + "' is neither " + INDEX + ", a state variable ("
                        + String.join(", ", states) + ") nor a parameter" + (params.isEmpty() ? "" : " (" + String.join(", ", params) + ")"));
            }
        }
        for (int c = 0; c < names.size(); c++) {
            boolean ok = c == indexColumn ? in.fields()[c].dataType().equals(DataTypes.LongType)
                    : in.fields()[c].dataType().equals(DataTypes.DoubleType);
            if (!ok) {
                throw new IllegalArgumentException("member column '" + names.get(c) + "' has type " + in.fields()[c].dataType()
                        + "; expected " + (c == indexColumn ? "long" : "double"));
            }
        }
        EnsemblePartition job = new EnsemblePartition(spec, kind, indexColumn, lower, upper, paramColumns, defaults);
        return members.mapPartitions(job, Encoders.row(resultSchema(spec, kind, states)));
    }

    /** The schema of the result rows. */
    public static StructType resultSchema(EnsembleSpec spec, MemberKind kind, List<String> states) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(INDEX, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField("status", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("t", DataTypes.DoubleType, false));
        for (String s : states) {
            if (kind == MemberKind.POINTS) {
                fields.add(DataTypes.createStructField(s, DataTypes.DoubleType, false));
            } else {
                for (String end : EnsemblePartition.boxColumns(s)) {
                    fields.add(DataTypes.createStructField(end, DataTypes.DoubleType, false));
                }
            }
        }
        if (kind == MemberKind.POINTS && spec.event() != null) {
            fields.add(DataTypes.createStructField("event_t", DataTypes.DoubleType, true));
        }
        return DataTypes.createStructType(fields);
    }

    private static int column(List<String> names, String name) {
        int c = names.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("the members have no column '" + name + "' (columns: " + String.join(", ", names) + ")");
        }
        return c;
    }
}
