package org.taylorkit.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.ensemble.BoxSampler;
import org.taylorkit.ode.ensemble.EnsembleSpec;

/**
 * The ensemble job for {@code spark-submit} (or plain {@code java} in local mode):
 * <pre>
 * spark-submit --class org.taylorkit.spark.SparkEnsembleMain taylor-spark.jar \
 *   --ode "x' = y; y' = -x" (--inits members.csv | --sample x=[0,1] --sample y=[0,1] --count N [--seed S])
 *   [--param name=value]... [--from T0] --to T [--event G [--direction up|down|both] [--terminal]]
 *   [--validated] [--tol EPS] [--order K] [--max-steps N] [--partitions P]
 *   --out DIR [--format parquet|csv]
 * </pre>
 * {@code --inits} is a CSV file with a header (state variables and optionally parameters; with
 * {@code --validated}, {@code <x>_lo,<x>_hi} per state variable); its row order gives the member
 * index. Results are written to DIR in the format chosen, with the columns of
 * {@link SparkEnsemble}. The master comes from {@code spark-submit}; run without one, the job uses
 * {@code local[*]}. Prints one line of JSON: {@code members}, {@code completed}, {@code statuses},
 * {@code seconds}, {@code partitions}.
 */
public final class SparkEnsembleMain {

    private SparkEnsembleMain() {
    }

    /** Entry point; exits with status 1 and one line on standard error on bad input. */
    public static void main(String[] args) {
        try {
            System.out.println(run(args, null));
        } catch (IllegalArgumentException e) {
            System.err.println("taylor-spark: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Runs the job on {@code session} (or on a session built from the Spark configuration when null)
     * and returns the JSON summary line.
     */
    public static String run(String[] args, SparkSession session) {
        Map<String, List<String>> o = options(args);
        EnsembleSpec spec = EnsembleSpec.of(required(o, "--ode"), single(o, "--from", "0"), required(o, "--to"))
                .withTolerance(single(o, "--tol", null));
        String order = single(o, "--order", null);
        String maxSteps = single(o, "--max-steps", null);
        spec = spec.withOrder(order == null ? null : Integer.valueOf(order)).withMaxSteps(maxSteps == null ? null : Long.valueOf(maxSteps));
        for (String p : o.getOrDefault("--param", List.of())) {
            String[] kv = assignment(p, "--param");
            spec = spec.withParameter(kv[0], kv[1]);
        }
        String event = single(o, "--event", null);
        if (event != null) {
            spec = spec.withEvent(event, Direction.parse(single(o, "--direction", "both")), o.containsKey("--terminal"));
        }
        MemberKind kind = o.containsKey("--validated") ? MemberKind.BOXES : MemberKind.POINTS;
        String format = single(o, "--format", "parquet");
        if (!format.equals("parquet") && !format.equals("csv")) {
            throw new IllegalArgumentException("--format must be parquet or csv, got " + format);
        }
        String out = required(o, "--out");
        SparkSession spark = session != null ? session
                : SparkSession.builder().appName("taylor-ensemble").master(System.getProperty("spark.master", "local[*]")).getOrCreate();
        int partitions = Integer.parseInt(single(o, "--partitions", Integer.toString(spark.sparkContext().defaultParallelism())));
        Dataset<Row> members = members(spark, o, spec, partitions);
        long start = System.nanoTime();
        Dataset<Row> results = SparkEnsemble.run(spec, kind, members).cache();
        if (format.equals("parquet")) {
            results.write().mode("overwrite").parquet(out);
        } else {
            results.write().mode("overwrite").option("header", "true").csv(out);
        }
        Map<String, Long> statuses = new java.util.TreeMap<>();
        for (Row r : results.groupBy("status").count().collectAsList()) {
            statuses.put(r.getString(0), r.getLong(1));
        }
        results.unpersist();
        double seconds = (System.nanoTime() - start) * 1e-9;
        long total = statuses.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder s = new StringBuilder();
        statuses.forEach((k, v) -> s.append(s.length() == 0 ? "" : ",").append('"').append(k).append("\":").append(v));
        return "{\"members\":" + total + ",\"completed\":" + statuses.getOrDefault("completed", 0L) + ",\"statuses\":{" + s
                + "},\"seconds\":" + seconds + ",\"partitions\":" + members.rdd().getNumPartitions() + "}";
    }

    private static Dataset<Row> members(SparkSession spark, Map<String, List<String>> o, EnsembleSpec spec, int partitions) {
        String inits = single(o, "--inits", null);
        List<String> sample = o.getOrDefault("--sample", List.of());
        if ((inits == null) == sample.isEmpty()) {
            throw new IllegalArgumentException("give the members with exactly one of --inits FILE.csv and --sample name=[a,b]... --count N");
        }
        if (inits == null) {
            List<String> names = new ArrayList<>();
            double[] lo = new double[sample.size()];
            double[] hi = new double[sample.size()];
            for (int i = 0; i < sample.size(); i++) {
                String[] kv = assignment(sample.get(i), "--sample");
                names.add(kv[0]);
                String range = kv[1].strip();
                if (!range.startsWith("[") || !range.endsWith("]") || range.split(",").length != 2) {
                    throw new IllegalArgumentException("--sample " + sample.get(i) + ": expected name=[a,b]");
                }
                String[] ends = range.substring(1, range.length() - 1).split(",");
                lo[i] = EnsembleSpec.value(ends[0], "--sample " + kv[0]);
                hi[i] = EnsembleSpec.value(ends[1], "--sample " + kv[0]);
            }
            long count = Long.parseLong(required(o, "--count"));
            long seed = Long.parseLong(single(o, "--seed", "1"));
            for (String v : spec.system().variables()) {
                if (!names.contains(v)) {
                    throw new IllegalArgumentException("--sample: no range for state variable " + v);
                }
            }
            return SparkEnsemble.sample(spark, names, new BoxSampler(lo, hi, seed), count, partitions);
        }
        Dataset<Row> text = spark.read().option("header", "true").csv(inits);
        List<Column> numbers = new ArrayList<>();
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(SparkEnsemble.INDEX, DataTypes.LongType, false));
        for (String c : text.columns()) {
            numbers.add(functions.col(c).try_cast(DataTypes.DoubleType).as(c.strip()));
            fields.add(DataTypes.createStructField(c.strip(), DataTypes.DoubleType, true));
        }
        StructType schema = DataTypes.createStructType(fields);
        JavaRDD<Row> indexed = text.select(numbers.toArray(new Column[0])).javaRDD().zipWithIndex().map(p -> {
            Object[] cells = new Object[p._1().length() + 1];
            cells[0] = p._2();
            for (int i = 0; i < p._1().length(); i++) {
                cells[i + 1] = p._1().get(i);
            }
            return RowFactory.create(cells);
        });
        Dataset<Row> members = spark.createDataFrame(indexed, schema);
        Row bad = members.filter(functions.expr(String.join(" OR ", nullChecks(text.columns())))).orderBy(SparkEnsemble.INDEX)
                .limit(1).collectAsList().stream().findFirst().orElse(null);
        if (bad != null) {
            throw new IllegalArgumentException("--inits " + inits + ": line " + (bad.getLong(0) + 2) + ": a value is missing or not a number");
        }
        List<StructField> strict = new ArrayList<>();
        for (StructField f : schema.fields()) {
            strict.add(DataTypes.createStructField(f.name(), f.dataType(), false));
        }
        return spark.createDataFrame(members.javaRDD(), DataTypes.createStructType(strict)).repartition(partitions);
    }

    private static List<String> nullChecks(String[] columns) {
        List<String> checks = new ArrayList<>();
        for (String c : columns) {
            checks.add("`" + c.strip() + "` IS NULL OR isnan(`" + c.strip() + "`)");
        }
        return checks;
    }

    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            if (a.equals("--terminal") || a.equals("--validated")) {
                o.computeIfAbsent(a, k -> new ArrayList<>()).add("true");
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            o.computeIfAbsent(a, k -> new ArrayList<>()).add(args[++i]);
        }
        List<String> known = List.of("--ode", "--inits", "--sample", "--count", "--seed", "--param", "--from", "--to", "--event",
                "--direction", "--terminal", "--validated", "--tol", "--order", "--max-steps", "--partitions", "--out", "--format");
        for (String k : o.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown option " + k + " (options: " + String.join(" ", known) + ")");
            }
        }
        return o;
    }

    private static String required(Map<String, List<String>> o, String name) {
        String v = single(o, name, null);
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }

    private static String single(Map<String, List<String>> o, String name, String fallback) {
        List<String> v = o.get(name);
        if (v == null) {
            return fallback;
        }
        if (v.size() > 1) {
            throw new IllegalArgumentException(name + " is given twice");
        }
        return v.get(0);
    }

    private static String[] assignment(String text, String option) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException(option + ": expected name=value, got '" + text + "'");
        }
        return new String[] {text.substring(0, eq).strip(), text.substring(eq + 1).strip()};
    }
}
