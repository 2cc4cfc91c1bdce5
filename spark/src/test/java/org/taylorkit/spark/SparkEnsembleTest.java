package org.taylorkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.ensemble.BoxMemberRunner;
import org.taylorkit.ode.ensemble.BoxSampler;
import org.taylorkit.ode.ensemble.DoubleMemberRunner;
import org.taylorkit.ode.ensemble.Ensemble;
import org.taylorkit.ode.ensemble.EnsembleSpec;
import org.taylorkit.ode.ensemble.Member;
import org.taylorkit.ode.ensemble.MemberResult;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * The Spark job in local mode ({@code local[2]}, no cluster) gives bit-for-bit the local ensemble's
 * results, for sampled double members and for validated boxes. One session for the class: Spark's
 * start-up dominates the time of these tests.
 */
class SparkEnsembleTest {

    static final EnsembleSpec LORENZ = EnsembleSpec.of("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z", "0", "1")
            .withParameter("sigma", "10").withParameter("rho", "28").withParameter("beta", "8/3")
            .withEvent("z - 27", Direction.UP, false);

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("taylor-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sampledMembersOnSparkEqualTheLocalEnsembleBitForBit(@TempDir Path dir) {
        // rho sampled too: a parameter column overrides the default per member
        BoxSampler sampler = new BoxSampler(new double[] {-1, -1, 20, 26}, new double[] {1, 1, 30, 30}, 11);
        List<String> columns = List.of("x", "y", "z", "rho");
        int n = 120;
        Dataset<Row> members = SparkEnsemble.sample(spark, columns, sampler, n, 3);
        Dataset<Row> results = SparkEnsemble.run(LORENZ, MemberKind.POINTS, members);
        Path out = dir.resolve("lorenz.parquet");
        results.write().parquet(out.toString());
        List<Row> rows = spark.read().parquet(out.toString()).orderBy(SparkEnsemble.INDEX).collectAsList();

        List<Member> local = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] s = sampler.sample(i);
            local.add(new Member(new double[] {s[0], s[1], s[2]}, new double[] {10, s[3], 8.0 / 3}));
        }
        List<MemberResult> expected = Ensemble.builder(DoubleMemberRunner.factory(LORENZ)).threads(2).build().collect(local);
        assertThat(rows).hasSize(n);
        assertThat(rows.get(0).schema().fieldNames()).containsExactly("index", "status", "t", "x", "y", "z", "event_t");
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            MemberResult e = expected.get(i);
            assertThat(r.getLong(0)).isEqualTo(i);
            assertThat(r.getString(1)).isEqualTo(e.status().label());
            assertThat(r.getDouble(2)).isEqualTo(e.t());
            for (int k = 0; k < 3; k++) {
                assertThat(r.getDouble(3 + k)).as("member %d component %d", i, k).isEqualTo(e.state()[k]);
            }
            if (Double.isNaN(e.eventTime())) {
                assertThat(r.isNullAt(6)).isTrue();
            } else {
                assertThat(r.getDouble(6)).isEqualTo(e.eventTime());
            }
        }
    }

    @Test
    void boxesRunThroughTheSameJobAndEqualTheLocalValidatedEnsemble() {
        EnsembleSpec vdp = EnsembleSpec.of("x' = y; y' = mu*(1 - x^2)*y - x", "0", "0.5").withParameter("mu", "1");
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("index", DataTypes.LongType, false),
                DataTypes.createStructField("x_lo", DataTypes.DoubleType, false),
                DataTypes.createStructField("x_hi", DataTypes.DoubleType, false),
                DataTypes.createStructField("y_lo", DataTypes.DoubleType, false),
                DataTypes.createStructField("y_hi", DataTypes.DoubleType, false)));
        List<Row> in = new ArrayList<>();
        List<Interval[]> boxes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double x = -1.5 + 0.5 * i;
            in.add(RowFactory.create((long) i, x - 1e-3, x + 1e-3, 0.5 - 1e-3, 0.5 + 1e-3));
            boxes.add(new Interval[] {Interval.of(x - 1e-3, x + 1e-3), Interval.of(0.5 - 1e-3, 0.5 + 1e-3)});
        }
        List<Row> rows = SparkEnsemble.run(vdp, MemberKind.BOXES, spark.createDataFrame(in, schema).repartition(2))
                .orderBy(SparkEnsemble.INDEX).collectAsList();
        List<ValidatedSolution> expected = Ensemble.builder(BoxMemberRunner.factory(vdp)).threads(2).build().collect(boxes);
        assertThat(rows).hasSize(6);
        for (int i = 0; i < 6; i++) {
            Row r = rows.get(i);
            ValidatedSolution e = expected.get(i);
            assertThat(r.getString(1)).isEqualTo("completed");
            for (int k = 0; k < 2; k++) {
                assertThat(r.getDouble(3 + 2 * k)).isEqualTo(e.enclosure()[k].inf());
                assertThat(r.getDouble(4 + 2 * k)).isEqualTo(e.enclosure()[k].sup());
            }
        }
    }

    @Test
    void theMainReadsACsvOfMembersAndWritesCsvResults(@TempDir Path dir) throws Exception {
        // x' = -k x from x0: x(1) = x0 exp(-k) (closed form)
        Path in = dir.resolve("members.csv");
        java.nio.file.Files.writeString(in, "x,k\n1,0\n2,1\n3,0.5\n");
        Path out = dir.resolve("out");
        String summary = SparkEnsembleMain.run(new String[] {"--ode", "x' = -k*x", "--param", "k=1", "--inits", in.toString(),
            "--to", "1", "--out", out.toString(), "--format", "csv", "--partitions", "2"}, spark);
        assertThat(summary).startsWith("{\"members\":3,\"completed\":3,\"statuses\":{\"completed\":3},\"seconds\":")
                .endsWith(",\"partitions\":2}");
        List<Row> rows = spark.read().option("header", "true").option("inferSchema", "true").csv(out.toString())
                .orderBy("index").collectAsList();
        double[] expected = {1, 2 * Math.exp(-1), 3 * Math.exp(-0.5)};
        for (int i = 0; i < 3; i++) {
            assertThat(rows.get(i).getAs("index").toString()).isEqualTo(Integer.toString(i));
            assertThat(((Number) rows.get(i).getAs("x")).doubleValue()).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-15));
        }
        java.nio.file.Files.writeString(in, "x,k\n1,0\n2,one\n");
        assertThatThrownBy(() -> SparkEnsembleMain.run(new String[] {"--ode", "x' = -k*x", "--inits", in.toString(), "--to", "1",
            "--out", out.toString()}, spark)).hasMessage("--inits " + in + ": line 3: a value is missing or not a number");
    }

    @Test
    void aMissingColumnIsNamedBeforeTheJobRuns() {
        Dataset<Row> members = SparkEnsemble.sample(spark, List.of("x", "y"), new BoxSampler(new double[2], new double[2], 1), 3, 1);
        assertThatThrownBy(() -> SparkEnsemble.run(LORENZ, MemberKind.POINTS, members))
                .hasMessage("the members have no column 'z' (columns: index, x, y)");
    }
}
